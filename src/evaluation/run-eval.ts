import type { Lang } from '../language/languages';
import { registeredChecks, type Checks } from './checks';
import type { EvalItem } from './eval-set';

export type { UnderstandFn } from './typed-understanding';
import type { UnderstandFn } from './typed-understanding';
import { RateCounter, ratio } from './rate';

export interface Tally {
  readonly total: number;
  readonly passed: number;
  /** passed / total, 0 when there is nothing to count. */
  readonly rate: number;
}

export interface ItemResult {
  readonly item: EvalItem;
  readonly pass: boolean;
  readonly got: string;
  readonly danger: boolean;
  /** False when no check is registered for the item's kind (it is listed, not counted). */
  readonly checked: boolean;
}

export interface Confusion {
  readonly expected: string;
  readonly got: string;
  readonly count: number;
}

export interface EvalReport {
  readonly items: readonly ItemResult[];
  readonly overall: Tally;
  /** In-scope article questions, top-1, per language. */
  readonly articleByLang: Readonly<Partial<Record<Lang, Tally>>>;
  readonly articles: Tally;
  /** In-scope questions whose article was answered or offered among the "did you mean" buttons. */
  readonly articlesTop3: Tally;
  readonly byCategory: Readonly<Record<string, Tally>>;
  readonly byKind: Readonly<Record<string, Tally>>;
  /** Every checked item (topics, contacts, statistics, triage, emergencies, out-of-scope) per language. */
  readonly byLang: Readonly<Record<string, Tally>>;
  /** Out-of-scope questions declined ("can't answer" or "did you mean"). */
  readonly outOfScopeRejection: Tally;
  /** Out-of-scope questions that got a plain "can't answer" rather than suggestions. */
  readonly outOfScopeUnknown: Tally;
  readonly emergencyRecall: Tally;
  readonly emergencyByLang: Readonly<Partial<Record<Lang, Tally>>>;
  /** Non-emergency items that raised the danger flag (false alarms cost little, but are worth watching). */
  readonly falseAlarms: Tally;
  readonly confusions: readonly Confusion[];
  readonly unchecked: number;
  /**
   * In-scope questions that do not appear verbatim among the index's phrasings (see `EvalOptions.isPhrasing`):
   * the honest figure, since a question copied into the phrasings is answered from memory.
   */
  readonly articlesUnseen: Tally;
  readonly seenAsPhrasing: number;
}

export interface EvalOptions {
  /** Tells whether a question is (after normalisation) one of the phrasings the index was built from. */
  readonly isPhrasing?: (q: string) => boolean;
}

class Counter extends RateCounter {
  tally(): Tally {
    return { total: this.total, passed: this.passed, rate: ratio(this) };
  }
}

function tallies<K extends string>(map: Map<K, Counter>): Record<K, Tally> {
  const out = {} as Record<K, Tally>;
  for (const [key, counter] of [...map.entries()].sort(([a], [b]) => a.localeCompare(b))) out[key] = counter.tally();
  return out;
}

function bump<K>(map: Map<K, Counter>, key: K, pass: boolean): void {
  let counter = map.get(key);
  if (!counter) map.set(key, (counter = new Counter()));
  counter.add(pass);
}

function expectedLabel(item: EvalItem): string {
  const e = item.expect;
  switch (e.kind) {
    case 'article':
      return `article:${e.id}`;
    case 'contact':
      return `contact:${e.first}`;
    case 'stats':
      return `stats:${e.service ?? '?'}`;
    default:
      return e.kind;
  }
}

/** Runs every item through `understand` and scores it with the check for its kind. */
export function runEvaluation(items: readonly EvalItem[], understand: UnderstandFn, checks: Checks = registeredChecks(), options: EvalOptions = {}): EvalReport {
  const results: ItemResult[] = [];
  const overall = new Counter();
  const articles = new Counter();
  const unseen = new Counter();
  const top3 = new Counter();
  let seenAsPhrasing = 0;
  const oos = new Counter();
  const oosUnknown = new Counter();
  const emergency = new Counter();
  const falseAlarms = new Counter();
  const articleByLang = new Map<Lang, Counter>();
  const emergencyByLang = new Map<Lang, Counter>();
  const byCategory = new Map<string, Counter>();
  const byKind = new Map<string, Counter>();
  const byLang = new Map<string, Counter>();
  const confusions = new Map<string, Confusion>();
  let unchecked = 0;

  for (const item of items) {
    const understanding = understand(item.q, item.lang);
    const check = checks.get(item.expect.kind);
    if (!check) {
      unchecked++;
      results.push({ item, pass: false, got: 'unchecked', danger: understanding.danger, checked: false });
      continue;
    }
    const verdict = check(item, understanding);
    results.push({ item, pass: verdict.pass, got: verdict.got, danger: understanding.danger, checked: true });
    overall.add(verdict.pass);
    bump(byCategory, item.category, verdict.pass);
    bump(byKind, item.expect.kind, verdict.pass);
    bump(byLang, item.lang, verdict.pass);
    if (item.expect.kind === 'article') {
      articles.add(verdict.pass);
      bump(articleByLang, item.lang, verdict.pass);
      const intent = understanding.intent;
      top3.add(verdict.pass || (intent.kind === 'suggest' && intent.articleIds.includes(item.expect.id)));
      if (options.isPhrasing?.(item.q)) seenAsPhrasing++;
      else unseen.add(verdict.pass);
    }
    if (item.expect.kind === 'out-of-scope') {
      oos.add(verdict.pass);
      oosUnknown.add(understanding.intent.kind === 'unknown');
    }
    if (item.expect.kind === 'emergency') {
      emergency.add(verdict.pass);
      bump(emergencyByLang, item.lang, verdict.pass);
    } else {
      falseAlarms.add(understanding.danger);
    }
    if (!verdict.pass) {
      const expected = expectedLabel(item);
      const key = `${expected}\u0000${verdict.got}`;
      const previous = confusions.get(key);
      confusions.set(key, { expected, got: verdict.got, count: (previous?.count ?? 0) + 1 });
    }
  }

  return {
    items: results,
    overall: overall.tally(),
    articleByLang: tallies(articleByLang),
    articles: articles.tally(),
    articlesTop3: top3.tally(),
    byCategory: tallies(byCategory),
    byKind: tallies(byKind),
    byLang: tallies(byLang),
    outOfScopeRejection: oos.tally(),
    outOfScopeUnknown: oosUnknown.tally(),
    emergencyRecall: emergency.tally(),
    emergencyByLang: tallies(emergencyByLang),
    falseAlarms: falseAlarms.tally(),
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    unchecked,
    articlesUnseen: unseen.tally(),
    seenAsPhrasing,
  };
}
