import { isLang, type Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';
import type { Candidate, Intent, Recognizer, Understanding, Utterance } from './types';

/** Tells whether a message signals immediate danger. High recall matters more than precision. */
export interface DangerDetector {
  isDanger(utterance: Utterance): boolean;
  /** Whether a young person writes about themselves (their age, their own parents): the children's lines come first. */
  isYoungWriter?(utterance: Utterance): boolean;
}

export function prepareUtterance(text: string, lng: Lang): Utterance {
  const normalized = normalize(text);
  return { text, lng, normalized, tokens: tokenize(normalized) };
}

/** Below this, no candidate is trusted and the turn is "unknown" (with suggestions if any). */
export const MIN_SCORE = 0.35;

/**
 * The one understanding step per turn: danger first, then every recognizer reads the same utterance
 * and the most confident reading wins. Features plug in by adding a recognizer, not another `if`.
 */
export function createUnderstanding(recognizers: readonly Recognizer[], danger: DangerDetector) {
  return function understand(text: string, lng: Lang): Understanding {
    const utterance = prepareUtterance(text, lng);
    const candidates: Candidate[] = recognizers
      .flatMap((r) => r.recognize(utterance))
      .filter((c) => Number.isFinite(c.score))
      .sort((a, b) => b.score - a.score);
    const best = candidates[0];
    const intent: Intent = best && best.score >= MIN_SCORE ? best.intent : fallbackIntent(candidates);
    const youngWriter = danger.isYoungWriter?.(utterance) === true;
    return { danger: danger.isDanger(utterance), ...(youngWriter ? { youngWriter } : {}), intent: youngWriter ? forYoungWriter(intent) : intent, candidates };
  };
}

export type Understand = ReturnType<typeof createUnderstanding>;

/** With nothing confident: suggest the closest articles if there are any, otherwise say we don't know. */
function fallbackIntent(candidates: readonly Candidate[]): Intent {
  const suggestions = candidates
    .filter((c): c is Candidate & { intent: { kind: 'article'; articleId: string } } => c.intent.kind === 'article' && c.score >= 0.15)
    .slice(0, 3)
    .map((c) => c.intent.articleId);
  return suggestions.length > 0 ? { kind: 'suggest', articleIds: suggestions } : { kind: 'unknown' };
}

export { isLang };

/**
 * A young person writing about their own situation needs the children's and young people's lines, not the services
 * for professionals: a guidance, triage or contact reading becomes a contact question for them (keeping a country
 * or whereabouts the message named). Statistics, commands and registration are left as they are.
 */
function forYoungWriter(intent: Intent): Intent {
  switch (intent.kind) {
    case 'contact':
      return { kind: 'contact', query: { ...intent.query, youngSelf: true } };
    case 'article':
    case 'suggest':
    case 'unknown':
    case 'triage':
      return { kind: 'contact', query: { youngSelf: true } };
    default:
      return intent;
  }
}
