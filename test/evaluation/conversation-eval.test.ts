import path from 'node:path';
import { type Activity, MessageFactory } from 'botbuilder';
import { withReviewNote } from '../../src/bot/review-note';
import { type AdaptiveCard, adaptiveCard, container, factSet, heading, openUrlAction, paragraph, toAttachment } from '../../src/cards/card-kit';
import { emergencyCard, emergencyReply } from '../../src/cards/emergency-card';
import { declined, formatReport, parseEvalSet, phrasingLookup, registerCheck, registeredChecks, runEvaluation } from '../../src/evaluation';
import { buildUnderstanding } from '../../src/evaluation/build-understanding';
import { type ComposedEvaluation, loadComposedEvaluation } from '../../src/evaluation/composed';
import { cardMarkers, cardTexts, classifyCard, containsFact, type ConversationItem, type ConversationRunner, createConversationRunner, evaluateConversations, formatConversationReport, formatConversationSetsTable, type ItemVerdict, judgeItem, normalizeForMatch, parseConversationSet, readTurn, summarize, type TurnView } from '../../src/evaluation/conversation-eval';
import { type Count, type DangerReport, dangerSetFiles, loadDangerSet, scoreDangerSet } from '../../src/evaluation/danger-eval';
import type { Intent } from '../../src/features';
import { articleCard } from '../../src/knowledge/article-card';
import { cannotAnswerCard } from '../../src/knowledge/cannot-answer-card';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { suggestionCard } from '../../src/knowledge/suggestion-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import type { Recognizer, Understanding } from '../../src/understanding/types';
import { FIXTURE_ARTICLES } from '../knowledge/article-fixtures';

// (was conversation-eval.test.ts)

const i18n = createI18n();
const markers = cardMarkers(i18n);
const t = (lng: 'nb' | 'nn' | 'en' | 'ar') => fixedT(i18n, lng);
const contacts = loadEmergencyContacts();
const reply = (card: AdaptiveCard): Partial<Activity> => MessageFactory.attachment(toAttachment(card));

describe('normalising what a person reads', () => {
  it('drops the left-to-right isolates of right-to-left cards', () => {
    expect(normalizeForMatch('اتصل بـ \u2066116 111\u2069')).toBe(normalizeForMatch('اتصل بـ 116111'));
    expect(containsFact(['اتصل بـ \u2066116 111\u2069'], ['116 111'])).toBe(true);
  });

  it('reads a number with or without its spaces, but not inside a longer number', () => {
    expect(containsFact(['Alarmtelefonen: 116 111'], ['116111'])).toBe(true);
    expect(containsFact(['Ring 116111 nå'], ['116 111'])).toBe(true);
    expect(containsFact(['+47 23 95 00 00'], ['23950000'])).toBe(true);
    expect(containsFact(['Ring 02800'], ['2800'])).toBe(false);
    expect(containsFact(['Ring 02800'], ['02800'])).toBe(true);
  });

  it('folds å, ø and æ on both sides, and case, width and spacing', () => {
    expect(containsFact(['Kompetanseteamet mot æresrelatert vold'], ['aeresrelatert'])).toBe(true);
    expect(containsFact(['Ålesund  og   Bodø'], ['alesund og bodo'])).toBe(true);
    expect(containsFact(['Ring １１２'], ['112'])).toBe(true);
    expect(containsFact(['Amman'], ['Ankara', 'AMMAN'])).toBe(true);
    expect(containsFact(['Nairobi'], ['Amman'])).toBe(false);
  });
});

describe('the text a card shows', () => {
  it('reads text blocks, facts, rich text and button titles; a link shows its label', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'Container', items: [{ type: 'TextBlock', text: 'Heading' }, { type: 'TextBlock', text: '**See** [ung.no](https://ung.no/x)' }] },
        { type: 'FactSet', facts: [{ title: '116 111', value: 'Alarmtelefonen' }] },
        { type: 'RichTextBlock', inlines: ['plain', { type: 'TextRun', text: 'run' }] },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Ring 112', url: 'tel:112' }] },
        { type: 'Image', url: 'https://example.org/x.png', altText: 'not shown' },
      ],
      actions: [{ type: 'Action.Submit', title: 'Yes', data: { verb: 'x' } }],
    };
    expect(cardTexts(card)).toEqual(['Heading', 'See ung.no', '116 111', 'Alarmtelefonen', 'plain', 'run', 'Ring 112', 'Yes']);
  });

  it('reads what a "show" button opens in place (ToggleVisibility) after the open part, and not a hidden part no button shows', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Open answer' },
        { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Les mer', targetElements: ['more', { elementId: 'sources' }] }] },
        { type: 'Container', id: 'more', isVisible: false, items: [{ type: 'TextBlock', text: 'Step 3: call 116 111' }] },
        { type: 'Container', id: 'sources', isVisible: false, items: [{ type: 'TextBlock', text: '[Bufdir](https://bufdir.no)' }] },
        { type: 'Container', id: 'never', isVisible: false, items: [{ type: 'TextBlock', text: 'Nobody can open this' }] },
        { type: 'TextBlock', text: 'After' },
      ],
    };
    expect(cardTexts(card)).toEqual(['Open answer', 'Les mer', 'After', 'Step 3: call 116 111', 'Bufdir']);
  });

  it('reads the steps, things to avoid and sources an article card keeps behind "Les mer" and "Kilder"', () => {
    const view = {
      id: 'forced-marriage',
      title: 'Tvangsekteskap',
      short: 'Et ekteskap der minst én ikke kan si nei. Det er straffbart.',
      steps: ['Snakk med eleven alene.', 'Kontakt Kompetanseteamet.', 'Meld til barnevernet.'],
      dont: ['Ikke kontakt familien.', 'Ikke bruk slektninger som tolk.'],
      relatedServices: [],
      followUps: [],
      sources: [
        { kind: 'web', title: 'Bufdir: Kompetanseteamet', url: 'https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/', checked: '2026-11-01' },
        { kind: 'law', title: 'Straffeloven § 253', url: 'https://lovdata.no/lov/2005-05-20-28/§253', checked: '2026-11-01' },
      ],
      textLng: 'nb',
    } as const;
    const texts = cardTexts(articleCard('nb', t('nb'), view));
    for (const hidden of ['3. Meld til barnevernet.', '- Ikke bruk slektninger som tolk.', 'Straffeloven § 253']) {
      expect(texts.some((text) => text.includes(hidden))).toBe(true);
    }
  });

  it('reads the answer behind a danger turn\'s "show the answer" button', () => {
    const answer = adaptiveCard('nb', [container('nb', [heading('Tvangsekteskap'), paragraph('Kontakt Kompetanseteamet.')])]);
    const card = emergencyReply(emergencyCard('nb', t('nb'), contacts), [answer], [], 'nb', t('nb'));
    const view = readTurn([reply(card)], markers);
    expect(view.emergency).toBe(true);
    expect(view.replyLanguage).toBe('nb');
    expect(view.cards[0]?.behind.map((c) => c.kind)).toEqual(['answer']);
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});

describe('which card a person is looking at', () => {
  it('tells "did you mean", "cannot answer" and the emergency card apart, with or without the review note', () => {
    const suggestion = suggestionCard('en', t('en'), [{ articleId: 'fgm', title: 'FGM' }]);
    const cannot = cannotAnswerCard('en', t('en'));
    expect(classifyCard(suggestion, markers)).toBe('did-you-mean');
    expect(classifyCard(cannot, markers)).toBe('cannot-answer');
    expect(classifyCard(cannotAnswerCard('ar', t('ar')), markers)).toBe('cannot-answer');
    const replay = { replay: 'intent', intent: { kind: 'unknown' } } as const;
    expect(classifyCard(withReviewNote(suggestion, t('en'), replay), markers)).toBe('did-you-mean');
    expect(classifyCard(withReviewNote(cannot, t('en'), replay), markers)).toBe('cannot-answer');
    expect(classifyCard(emergencyCard('ar', t('ar'), contacts), markers)).toBe('emergency');
  });

  it('does not take a contact card with a 112 button, or an article, for the emergency card or a refusal', () => {
    const contact = adaptiveCard('nb', [container('nb', [heading('Politiet'), factSet([{ title: 'Telefon', value: '112' }])])], [openUrlAction('Ring 112', 'tel:112')]);
    expect(classifyCard(contact, markers)).toBe('answer');
    const article = articleCard('nb', t('nb'), {
      id: 'fgm',
      title: 'Kjønnslemlestelse',
      short: 'Kort svar.',
      steps: [],
      dont: [],
      relatedServices: [],
      followUps: [{ articleId: 'forced-marriage', title: 'Tvangsekteskap' }],
      sources: [],
      textLng: 'nb',
    });
    expect(classifyCard(article, markers)).toBe('answer');
  });
});

describe('the set format', () => {
  const good = { id: 'a', lang: 'nb', group: 'g', kind: 'k', turns: ['x'], mustContain: [['y']], outOfScope: false, emergency: false, note: 'n' };

  it('accepts a set and rejects unknown fields, too many turns, unknown languages and repeated ids', () => {
    expect(parseConversationSet('ok', [good])).toHaveLength(1);
    expect(() => parseConversationSet('extra', [{ ...good, expect: 'x' }])).toThrow('extra is invalid');
    expect(() => parseConversationSet('turns', [{ ...good, turns: ['1', '2', '3', '4', '5'] }])).toThrow('0.turns');
    expect(() => parseConversationSet('none', [{ ...good, turns: [] }])).toThrow('0.turns');
    expect(() => parseConversationSet('lang', [{ ...good, lang: 'de' }])).toThrow('0.lang');
    expect(() => parseConversationSet('dup', [good, good])).toThrow('duplicate id a');
  });

  it('never quotes a message when it rejects one', () => {
    expect(() => parseConversationSet('secret', [{ ...good, turns: ['do not print me', 42] }])).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('do not print me') as unknown }),
    );
  });
});

describe('verdicts', () => {
  const item = (over: Partial<ConversationItem>): ConversationItem => ({
    id: 'i',
    lang: 'nn',
    group: 'g',
    kind: 'k',
    turns: ['x'],
    mustContain: [['Amman'], ['Kompetanseteamet']],
    outOfScope: false,
    emergency: false,
    note: 'gloss',
    ...over,
  });
  const view = (over: Partial<TurnView>): TurnView => ({
    texts: ['Amman', 'Kompetanseteamet'],
    cards: [],
    replyLanguage: 'nn',
    languages: ['nn'],
    emergency: false,
    didYouMean: false,
    cannotAnswer: false,
    languageCard: false,
    answers: 1,
    ...over,
  });

  it('passes an answer with every fact, in the language written', () => {
    expect(judgeItem(item({}), view({})).pass).toBe(true);
  });

  it('fails a missing fact, nynorsk answered in bokmål, a "did you mean" and a missing emergency card', () => {
    expect(judgeItem(item({}), view({ texts: ['Amman'] })).reasons).toEqual(['missing fact 2']);
    expect(judgeItem(item({}), view({ replyLanguage: 'nb' })).reasons).toEqual(['wrong language nb']);
    expect(judgeItem(item({}), view({ didYouMean: true, answers: 0 })).reasons).toEqual(['did-you-mean']);
    expect(judgeItem(item({ emergency: true }), view({})).reasons).toEqual(['no emergency card']);
  });

  it('counts an emergency card on a calm item as a false alarm, not a fail', () => {
    const verdict = judgeItem(item({}), view({ emergency: true }));
    expect(verdict).toMatchObject({ pass: true, falseAlarm: true });
  });

  it('passes an out-of-scope item only when declined with nothing invented', () => {
    const oos = item({ outOfScope: true, mustContain: [] });
    expect(judgeItem(oos, view({ cannotAnswer: true, answers: 0 })).pass).toBe(true);
    expect(judgeItem(oos, view({ didYouMean: true, answers: 0 })).pass).toBe(true);
    expect(judgeItem(oos, view({})).reasons).toEqual(['not declined', 'answered out of scope (1 answer card)']);
  });
});

/** A tiny set written here: an envoy, an off-topic question, a danger message, a triage follow-up, nynorsk. */
const EXAMPLES = parseConversationSet('examples', [
  { id: 'envoy-iraq', lang: 'en', group: 'contacts', kind: 'envoy', turns: ['who covers Iraq?'], mustContain: [['Amman']], outOfScope: false, emergency: false, note: 'which envoy covers Iraq' },
  { id: 'weather', lang: 'nb', group: 'off-topic', kind: 'out-of-scope', turns: ['hva er været i morgen'], mustContain: [], outOfScope: true, emergency: false, note: 'weather tomorrow' },
  {
    id: 'threat',
    lang: 'nb',
    group: 'danger',
    kind: 'danger',
    turns: ['de truer med å drepe henne'],
    mustContain: [['112'], ['116 111']],
    outOfScope: false,
    emergency: true,
    note: 'they threaten to kill her',
  },
  {
    id: 'triage-step',
    lang: 'nb',
    group: 'triage',
    kind: 'follow-up',
    turns: ['jeg er bekymret for en elev', 'nei'],
    mustContain: [['Hvor er personen']],
    outOfScope: false,
    emergency: false,
    note: 'worried about a pupil, then: no immediate danger; asks where the person is',
  },
  { id: 'nn-fm', lang: 'nn', group: 'guidance', kind: 'article', turns: ['kva er tvangsekteskap'], mustContain: [['tvangsekteskap']], outOfScope: false, emergency: false, note: 'what is forced marriage, nynorsk' },
]);

describe('conversations end to end through the real bot', () => {
  let runner: ConversationRunner;
  beforeAll(async () => {
    runner = await createConversationRunner();
  });
  afterAll(async () => {
    await runner.close();
  });

  it('scores a tiny set by what a person sees, and reports failures by their notes only', async () => {
    const report = await evaluateConversations(EXAMPLES, runner);
    const byId = Object.fromEntries(report.verdicts.map((v) => [v.id, v]));
    expect(byId['envoy-iraq']).toMatchObject({ pass: true, replyLanguage: 'en' });
    expect(byId['weather']).toMatchObject({ pass: true, declined: true, answeredWithCard: false });
    expect(byId['threat']).toMatchObject({ pass: true, emergency: true, replyLanguage: 'nb' });
    expect(byId['triage-step']).toMatchObject({ pass: true });
    expect(byId['nn-fm']).toMatchObject({ pass: true, replyLanguage: 'nn' });
    expect(report.emergencyRecall).toEqual({ passed: 1, total: 1 });
    expect(report.falseAlarms.passed).toBe(0);

    const failing = await evaluateConversations([{ ...EXAMPLES[0]!, mustContain: [['Nairobi']], note: 'iraq envoy, wrong fact on purpose' }], runner);
    const printed = formatConversationReport(failing, { failures: true });
    expect(printed).toContain('envoy-iraq en envoy: missing fact 1 — iraq envoy, wrong fact on purpose');
    expect(printed).not.toContain('who covers Iraq');
  });
});

describe('conversations with one Teams locale for every item', () => {
  let runner: ConversationRunner;
  beforeAll(async () => {
    runner = await createConversationRunner({ locale: 'en-US' });
  });
  afterAll(async () => {
    await runner.close();
  });

  it('answers a nynorsk and an English question from an English Teams each in the language written', async () => {
    const report = await evaluateConversations(EXAMPLES.filter((e) => e.lang === 'nn' || e.lang === 'en'), runner);
    for (const verdict of report.verdicts) expect(verdict).toMatchObject({ pass: true, replyLanguage: verdict.lang });
    expect(report.verdicts.map((v) => v.lang)).toEqual(expect.arrayContaining(['nn', 'en']));
  });
});

describe('the per-set table npm run eval prints', () => {
  const verdict = (lang: ConversationItem['lang'], pass: boolean, extra: Partial<ItemVerdict> = {}): ItemVerdict => ({
    id: `${lang}-x`,
    lang,
    kind: 'single',
    group: 'school',
    note: '',
    outOfScope: false,
    expectedEmergency: false,
    answered: pass,
    missingFacts: [],
    emergency: false,
    didYouMean: false,
    cannotAnswer: false,
    declined: false,
    answeredWithCard: true,
    replyLanguage: lang,
    wrongLanguage: false,
    mixedLanguages: false,
    falseAlarm: false,
    error: undefined,
    pass,
    reasons: [],
    ms: 1,
    ...extra,
  });

  it('marks each figure below the bar of a fresh blind set, and only those', () => {
    const report = summarize([
      ...Array.from({ length: 19 }, () => verdict('nb', true)),
      verdict('nb', false, { didYouMean: true }),
      ...Array.from({ length: 9 }, () => verdict('so', true)),
      verdict('so', false, { expectedEmergency: true, emergency: false }),
    ]);
    const [header, row, legend] = formatConversationSetsTable([{ name: 'blind-x', report }]).split('\n');
    expect(header).toMatch(/^set\s+items\s+core\s+dym\s+recall\s+nb\s+nn\s+en\s+ar/);
    const cells = row!.trim().split(/\s+/);
    // name, items, core, dym, recall, then nb nn en ar so …
    expect(cells.slice(0, 5)).toEqual(['blind-x', '30', '93.3', '3.3*', '0.0*']);
    expect(cells[5]).toBe('95.0'); // nb at the 95 % bar
    expect(cells[6]).toBe('–'); // no nn items
    expect(cells[9]).toBe('90.0'); // so at the 90 % bar
    expect(cells[10]).toBe('–'); // fa: no items
    expect(legend).toContain('core ≥ 95 % nb/nn/en');
  });
});

// (was build-understanding.test.ts)

describe('the composed understanding', () => {
  const understand = buildUnderstanding({ articles: FIXTURE_ARTICLES });

  it('raises danger first and still reads the question', () => {
    const u = understand('hjelp, de skal tvangsgifte meg i morgen', 'nb');
    expect(u.danger).toBe(true);
    expect(u.intent).toEqual({ kind: 'article', articleId: 'forced-marriage' });
  });

  it('keeps bot commands and articles apart', () => {
    expect(understand('språk', 'nb').intent).toEqual({ kind: 'choose-language' });
    expect(understand('hva er tvangsekteskap', 'nb')).toMatchObject({ danger: false, intent: { kind: 'article', articleId: 'forced-marriage' } });
  });

  it('takes further recognizers, and the most confident reading wins', () => {
    const contacts: Recognizer = {
      name: 'contacts',
      recognize: (u) => (u.normalized.includes('telefon') ? [{ intent: { kind: 'contact', query: { serviceId: 'kompetanseteamet' } }, score: 0.9, source: 'contacts' }] : []),
    };
    const withContacts = buildUnderstanding({ articles: FIXTURE_ARTICLES, recognizers: [contacts] });
    expect(withContacts('telefonnummer til kompetanseteamet', 'nb').intent).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
    expect(withContacts('hva er kompetanseteamet', 'nb').intent).toEqual({ kind: 'article', articleId: 'service-kompetanseteamet' });
  });
});

// (was run-eval.test.ts)

const items = parseEvalSet('demo', [
  { q: 'hva er tvangsekteskap', lang: 'nb', category: 'forced-marriage', expect: { kind: 'article', id: 'forced-marriage' } },
  { q: 'what is fgm', lang: 'en', category: 'fgm', expect: { kind: 'article', id: 'fgm' } },
  { q: 'hva blir været', lang: 'nb', category: 'out-of-scope', expect: { kind: 'out-of-scope' } },
  { q: 'hjelp meg', lang: 'nb', category: 'emergency', expect: { kind: 'emergency' } },
  { q: 'hvem dekker Somalia', lang: 'nb', category: 'contacts', expect: { kind: 'contact', first: 'envoy-nairobi' } },
]);

/** A scripted understanding: each question has a fixed answer. */
function scripted(answers: Record<string, { intent: Intent; danger?: boolean }>) {
  return (text: string, _lng: Lang): Understanding<Intent> => {
    const a = answers[text] ?? { intent: { kind: 'unknown' } };
    return { intent: a.intent, danger: a.danger ?? false, candidates: [] };
  };
}

const understand = scripted({
  'hva er tvangsekteskap': { intent: { kind: 'article', articleId: 'forced-marriage' } },
  'what is fgm': { intent: { kind: 'article', articleId: 'forced-marriage' } },
  'hva blir været': { intent: { kind: 'suggest', articleIds: ['fgm'] } },
  'hjelp meg': { intent: { kind: 'help' }, danger: true },
  'hvem dekker Somalia': { intent: { kind: 'contact', query: { country: 'SO' } } },
});

describe('evaluation runner', () => {
  it('rejects a malformed set with the reason', () => {
    expect(() => parseEvalSet('bad', [{ q: 'x', lang: 'xx', category: 'c', expect: { kind: 'article' } }])).toThrow('bad is invalid');
  });

  it('scores top-1 per language, out-of-scope rejection, emergency recall and confusions', () => {
    const report = runEvaluation(items, understand);
    expect(report.articles).toEqual({ total: 2, passed: 1, rate: 0.5 });
    expect(report.articleByLang).toEqual({ en: { total: 1, passed: 0, rate: 0 }, nb: { total: 1, passed: 1, rate: 1 } });
    expect(report.outOfScopeRejection.rate).toBe(1);
    expect(report.outOfScopeUnknown.rate).toBe(0);
    expect(report.emergencyRecall.rate).toBe(1);
    expect(report.confusions).toEqual([{ expected: 'article:fgm', got: 'article:forced-marriage', count: 1 }]);
    // No contact check is registered by the guidance feature: the item is listed, not counted.
    expect(report.unchecked).toBe(1);
    expect(formatReport(report)).toContain('emergency recall');
  });

  it('lets other features plug in their checks', () => {
    const checks = new Map(registeredChecks());
    checks.set('contact', (item, u) => ({
      pass: item.expect.kind === 'contact' && u.intent.kind === 'contact' && u.intent.query.country === 'SO',
      got: u.intent.kind,
    }));
    const report = runEvaluation(items, understand, checks);
    expect(report.unchecked).toBe(0);
    expect(report.byKind.contact).toEqual({ total: 1, passed: 1, rate: 1 });
  });

  it('has a global registry too', () => {
    registerCheck('stats', () => ({ pass: true, got: 'stats' }));
    expect(registeredChecks().has('stats')).toBe(true);
  });

  it('counts "did you mean" and "can\'t answer" as declining', () => {
    expect(declined({ intent: { kind: 'unknown' }, danger: false, candidates: [] })).toBe(true);
    expect(declined({ intent: { kind: 'suggest', articleIds: ['fgm'] }, danger: false, candidates: [] })).toBe(true);
    expect(declined({ intent: { kind: 'article', articleId: 'fgm' }, danger: false, candidates: [] })).toBe(false);
  });
});

describe('questions copied into the phrasings', () => {
  it('are reported apart, so the honest figure is visible', () => {
    const isPhrasing = phrasingLookup([{ nb: ['Hva er tvangsekteskap?'] }]);
    expect(isPhrasing('hva er  tvangsekteskap')).toBe(true);
    expect(isPhrasing('hva er kjønnslemlestelse')).toBe(false);
    const report = runEvaluation(items, understand, registeredChecks(), { isPhrasing });
    expect(report.seenAsPhrasing).toBe(1);
    expect(report.articlesUnseen).toEqual({ total: 1, passed: 0, rate: 0 });
    expect(formatReport(report)).toContain('not verbatim in phrasings (1 are)');
  });
});

// (was danger-floor.test.ts)

/**
 * Holds the danger sets (test/eval/danger) at or above what was last achieved: a change that makes the bot miss
 * danger, raise false alarms on calm questions, or take a worried adult for a child fails the build. Raise the floors
 * when the figures improve; never lower them to make a change pass. The first scores of each set, measured blind,
 * are in test/eval/README.md.
 */
/** Achieved 2026-12-02 on blind-1 (after tuning on its glosses): 100 % in every language; false alarms 0.7 % (1/135). */
const RECALL_FLOORS: Readonly<Record<Lang, number>> = {
  nb: 1,
  nn: 1,
  en: 1,
  ar: 1,
  so: 1,
  fa: 1,
  ur: 1,
  uk: 1,
  ru: 1,
  tr: 1,
  pl: 1,
  ti: 1,
};
/** The bar: at most 2 % of calm messages on the same topics raise the alarm. */
const MAX_FALSE_ALARMS = 0.02;
const MIN_ADULTS_KEPT = 0.98;

const rate = (c: Count | undefined) => (c && c.total > 0 ? c.passed / c.total : 1);

describe('danger sets hold their floors', () => {
  let evaluation: ComposedEvaluation;
  let reports: DangerReport[];
  beforeAll(async () => {
    evaluation = await loadComposedEvaluation(() => new Date('2026-12-02T12:00:00Z'));
    reports = dangerSetFiles(path.join(__dirname, '..', 'eval', 'danger')).map((file) => scoreDangerSet(loadDangerSet(file), evaluation.understand));
  }, 120_000);

  it('has at least one set with every language', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const lng of LANGUAGES) expect(reports.some((r) => (r.rows.get(lng)?.recall.total ?? 0) >= 15)).toBe(true);
  });

  it.each(LANGUAGES.map((lng) => [lng] as const))('%s: emergency recall at or above its floor', (lng) => {
    for (const report of reports) expect(rate(report.rows.get(lng)?.recall)).toBeGreaterThanOrEqual(RECALL_FLOORS[lng]);
  });

  it('raises at most 2 % false alarms on calm messages about the same topics', () => {
    // `passed` counts the calm messages that raised the alarm.
    for (const report of reports) {
      const alarms = report.rows.get('all')?.falseAlarms;
      expect(alarms?.total ?? 0).toBeGreaterThan(0);
      expect((alarms?.passed ?? 0) / (alarms?.total ?? 1)).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
    }
  });

  it('does not take a worried adult for a young person writing about themselves', () => {
    for (const report of reports) expect(rate(report.rows.get('all')?.adultsKept)).toBeGreaterThanOrEqual(MIN_ADULTS_KEPT);
  });
});
