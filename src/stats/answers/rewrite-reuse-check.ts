/**
 * The check of session 36's reuse in the statistics words' rewrites (`englishCuesOfText`, stats-words.ts): each text of
 * a message as the readers rewrite it (the whole, then its sentences and clauses, with and without numbered
 * assignments) gives the same English cues when its rewrites are taken from the whole it is part of as when the list
 * is searched for it alone. Pure: the caller gives the messages (scripts/rewrite-reuse-check.ts: every turn of the
 * tuned sets and every evaluation question; test/understanding/perf36c.test.ts: a sample).
 */
import { withoutNumberedAssignments } from '../../language/assignment-numbers';
import { normalize } from '../../language/text';
import type { Lang } from '../../language/languages';
import { englishCuesOfText } from './stats-words';

export interface ReuseCheck {
  readonly texts: number;
  /** The places (message number, part number) of the texts whose cues differ: no words of the message. */
  readonly differing: ReadonlyArray<readonly [number, number]>;
}

/** The texts the readers rewrite for one message: the whole first, then its parts. */
export function textsOfMessage(message: string): string[] {
  const whole = normalize(message);
  const sentences = whole.split(/(?<=[?!.؟۔።፧])\s+/u).filter((x) => x.trim().length > 0);
  const clauses = whole.split(/[,;:?!؟،፣።]+/u).filter((x) => x.trim().length > 0);
  const all = [whole, ...sentences, ...clauses];
  return [...new Set([...all, ...all.map(withoutNumberedAssignments)])];
}

export function checkRewriteReuse(messages: ReadonlyArray<{ readonly text: string; readonly lng: Lang | undefined }>): ReuseCheck {
  let texts = 0;
  const differing: Array<readonly [number, number]> = [];
  messages.forEach(({ text, lng }, m) => {
    textsOfMessage(text).forEach((part, p) => {
      texts++;
      if (englishCuesOfText(part, lng, true) !== englishCuesOfText(part, lng, false)) differing.push([m, p]);
    });
  });
  return { texts, differing };
}
