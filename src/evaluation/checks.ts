import type { EvalUnderstanding as Understanding } from './typed-understanding';
import type { EvalItem, ExpectationKind } from './eval-set';

/** The verdict on one item: whether it passed, and what the engine produced (for the confusion table). */
export interface Verdict {
  readonly pass: boolean;
  /** A short label of what came out, e.g. "article:fgm", "suggest", "unknown". */
  readonly got: string;
}

export type Check = (item: EvalItem, understanding: Understanding) => Verdict;
export type Checks = ReadonlyMap<ExpectationKind, Check>;

/** A short label for what the engine decided. */
export function describeIntent(u: Understanding): string {
  const intent = u.intent;
  switch (intent.kind) {
    case 'article':
      return `article:${intent.articleId}`;
    case 'suggest':
      return `suggest:${intent.articleIds.join('|')}`;
    case 'contact':
      return `contact:${intent.query.serviceId ?? intent.query.country ?? intent.query.place ?? '?'}`;
    case 'stats':
      return `stats:${intent.query.service ?? '?'}`;
    default:
      return intent.kind;
  }
}

/** Declining means not answering with something: "I can't answer" or "did you mean…" (or the help card). */
export function declined(u: Understanding): boolean {
  return u.intent.kind === 'unknown' || u.intent.kind === 'suggest' || u.intent.kind === 'help';
}

const articleCheck: Check = (item, u) => ({
  pass: item.expect.kind === 'article' && u.intent.kind === 'article' && u.intent.articleId === item.expect.id,
  got: describeIntent(u),
});

const outOfScopeCheck: Check = (_item, u) => ({ pass: declined(u), got: describeIntent(u) });

/** An emergency passes when the danger flag is raised; whatever answer follows it does not matter here. */
const emergencyCheck: Check = (_item, u) => ({ pass: u.danger, got: u.danger ? 'danger' : `no-danger ${describeIntent(u)}` });

/** A triage item passes when the message starts the triage conversation (intent `triage`). */
const triageCheck: Check = (_item, u) => ({ pass: u.intent.kind === 'triage', got: describeIntent(u) });

/** The guidance checks (and the triage's, which needs nothing from outside). Contacts and statistics add theirs with `registerCheck` or by passing a map to `runEvaluation`. */
const registry = new Map<ExpectationKind, Check>([
  ['article', articleCheck],
  ['out-of-scope', outOfScopeCheck],
  ['emergency', emergencyCheck],
  ['triage', triageCheck],
]);

export function registerCheck(kind: ExpectationKind, check: Check): void {
  registry.set(kind, check);
}

export function registeredChecks(): Checks {
  return new Map(registry);
}
