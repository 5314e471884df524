import { BoundedMemo } from '../language/bounded-memo';
import { tokenize } from '../language/text';
import { loadDangerLexicon, type DangerLexicon, type Rule } from './danger-words';
import type { Utterance } from './types';
import type { DangerDetector } from './understand';
import { withinDistance } from '../language/edit-distance';

/**
 * Recognises messages that signal immediate danger, in every supported language, whatever language the
 * turn is answered in. Recall matters far more than precision: a false alarm shows emergency numbers
 * above an otherwise normal answer; a miss could cost a life.
 *
 * The words are data (content/understanding/danger/, compiled by danger-words.ts): rules over normalised text (see
 * `normalize`). Norwegian and English words are first corrected for typos against the rule vocabulary (one edit for
 * words of 5+ letters, two for 9+). Non-Latin languages are matched on stems and common spellings; they need review by
 * native speakers.
 */

function matches(rules: readonly Rule[], text: string): boolean {
  return rules.some((rule) => rule.every((part) => part.test(text)));
}

/** How plainly a message names danger: harm to someone (strong), or a topic at a time or danger in general words (weak). */
export type DangerStrength = 'strong' | 'weak';

export interface DangerWords {
  /** How plainly the normalised message signals immediate danger in any supported language, or undefined. */
  strength(message: string): DangerStrength | undefined;
  /** Replaces misspelt words by the rule word they are closest to, so "drpe meg" and "tørr ikke gå hjem" still match. */
  correctTypos(normalized: string): string;
}

/** The danger check over one lexicon (the shipped one below; a test's edited copy). */
export function createDangerWords(lexicon: DangerLexicon): DangerWords {
  const targets: ReadonlySet<string> = new Set(lexicon.typoTargets);
  /** Recent corrections: each needs an edit-distance check against every rule word. */
  const corrections = new BoundedMemo<string, string>(5000);
  /** The rule word a token is a typo of, or the token itself. */
  const correctToken = (token: string): string => {
    if (token.length < 4 || targets.has(token) || lexicon.notTypos.has(token)) return token;
    return corrections.get(token, (t) => {
      const max = t.length >= 9 ? 2 : 1;
      // Typos rarely hit the first letter; requiring it keeps "ganger" from becoming "danger".
      for (const word of targets) if (word[0] === t[0] && withinDistance(t, word, max)) return word;
      return t;
    });
  };
  const correctTypos = (normalized: string): string => tokenize(normalized).map(correctToken).join(' ');
  const { wholeWords, stems } = lexicon;
  return {
    correctTypos,
    strength(message) {
      const normalized = message.replace(lexicon.notUrgent, ' ');
      const corrected = correctTypos(normalized);
      const typos = corrected !== normalized;
      if (matches(wholeWords.strong, normalized) || matches(stems.strong, normalized) || (typos && matches(wholeWords.strong, corrected))) return 'strong';
      if (matches(wholeWords.weak, normalized) || matches(stems.weak, normalized) || (typos && matches(wholeWords.weak, corrected))) return 'weak';
      return undefined;
    },
  };
}

const shipped = createDangerWords(loadDangerLexicon());

/** Replaces misspelt words by the rule word they are closest to, so "drpe meg" and "tørr ikke gå hjem" still match. */
export function correctTypos(normalized: string): string {
  return shipped.correctTypos(normalized);
}

/** How plainly the normalised message signals immediate danger in any supported language, or undefined. */
export function dangerStrength(message: string): DangerStrength | undefined {
  return shipped.strength(message);
}

/** True when the normalised message signals immediate danger in any supported language. */
export function signalsDanger(message: string): boolean {
  return dangerStrength(message) !== undefined;
}

export const dangerDetector: DangerDetector = {
  isDanger: (u: Utterance) => signalsDanger(u.normalized),
};
