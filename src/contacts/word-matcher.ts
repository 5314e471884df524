import { tokenize } from '../language/text';
import { fold } from './country-names';

/** A word list folded like the text: a trailing * matches a word's start, a leading * its end. */
export interface WordMatcher {
  /** Where a phrase of the list starts in `tokens`, with its length: by token, then in the list's order. */
  at(tokens: readonly string[]): { index: number; length: number }[];
}

interface Phrase {
  /** The phrase's place in the list, so matches at one token come out in the list's order. */
  readonly order: number;
  readonly words: readonly string[];
  /** "dorosł*": the last word matches a token's start. */
  readonly prefix: boolean;
  /** "*ዓበይቲ": the first word matches a token's end. */
  readonly suffix: boolean;
}

const NONE: readonly Phrase[] = [];

function matchesAt(tokens: readonly string[], i: number, phrase: Phrase): boolean {
  const { words } = phrase;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[i + j];
    const w = words[j] ?? '';
    if (token === undefined) return false;
    if (token === w) continue;
    if (j === words.length - 1 && phrase.prefix && token.startsWith(w)) continue;
    if (j === 0 && phrase.suffix && token.endsWith(w)) continue;
    return false;
  }
  return true;
}

/**
 * The list's phrases by their first word, so a message's tokens are each looked up once instead of tried against
 * every phrase of every language (most messages name no verb of calling in any of the twelve). A phrase whose first
 * word may match only part of a token (a leading *, or one word with a trailing *) is tried at every token.
 */
export function wordMatcher(phrases: readonly string[]): WordMatcher {
  const byFirstWord = new Map<string, Phrase[]>();
  const everywhere: Phrase[] = [];
  phrases.forEach((p, order) => {
    const phrase: Phrase = { order, words: tokenize(fold(p.replace(/^\*|\*$/gu, ''))), prefix: p.endsWith('*'), suffix: p.startsWith('*') };
    const first = phrase.words[0];
    if (first === undefined) return; // no words: matches nowhere
    if (phrase.suffix || (phrase.prefix && phrase.words.length === 1)) everywhere.push(phrase);
    else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  });
  return {
    at(tokens) {
      const found: { index: number; length: number }[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const exact = byFirstWord.get(tokens[i] ?? '') ?? NONE;
        // Both lists are in the list's order; merged, so the matches at this token come out in that order.
        let a = 0;
        let b = 0;
        for (;;) {
          const x = exact[a];
          const y = everywhere[b];
          let phrase: Phrase;
          if (x !== undefined && (y === undefined || x.order < y.order)) {
            phrase = x;
            a++;
          } else if (y !== undefined) {
            phrase = y;
            b++;
          } else break;
          if (matchesAt(tokens, i, phrase)) found.push({ index: i, length: phrase.words.length });
        }
      }
      return found;
    },
  };
}
