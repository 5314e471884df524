import { existsSync } from 'node:fs';
import path from 'node:path';
import { containsFact, createConversationRunner, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { formatCoverage, loadDomainFacts, numberSpellings, questionFor, runCoverage, type CoverageReport, type DomainFact } from '../../scripts/domain-coverage';

/**
 * Every fact in ../shared/domain.md should be answerable (issue #13, point 8). Each fact in domain-facts.json is
 * asked in bokmål, in nynorsk (as people type it: kor mange, kva, kor mykje) and in English, with a question built from its own fields, through the real bot; the share
 * whose reply shows the value may not fall below what has been reached. Raise a floor when a gap is closed.
 */
const FACTS_FILE = path.resolve(__dirname, '../../../shared/domain-facts.json');
const FLOOR = { nb: 0.915, nn: 0.915, en: 0.875 } as const;

const factsPresent = existsSync(FACTS_FILE);

(factsPresent ? describe : describe.skip)('domain facts answered by the bot', () => {
  let facts: DomainFact[];
  let runner: ConversationRunner;
  let report: CoverageReport;

  beforeAll(async () => {
    facts = loadDomainFacts(FACTS_FILE);
    runner = await createConversationRunner();
    report = await runCoverage(runner, facts);
  }, 420_000);

  afterAll(async () => {
    await runner?.close();
  });

  it('asks about every fact without giving its figure away in the question', () => {
    expect(facts.length).toBeGreaterThanOrEqual(242);
    for (const fact of facts) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const question = questionFor(fact, lang);
        expect(question).toMatch(/\?$/);
        if (typeof fact.value === 'number') expect([fact.id, containsFact([question], numberSpellings(fact))]).toEqual([fact.id, false]);
      }
    }
  });

  it.each(['nb', 'nn', 'en'] as const)('answers at least the floor share of the facts in %s', (lang) => {
    const share = report.share[lang] ?? 0;
    if (share < FLOOR[lang]) console.log(formatCoverage(report));
    expect(share).toBeGreaterThanOrEqual(FLOOR[lang]);
  });

  it("shows IMDi's equality-report figures under their own labels (women's share by staff group, pay, sick leave)", () => {
    const answered = (id: string) => report.results.filter((r) => r.fact.id === id && r.lang !== 'nn').map((r) => `${r.lang} ${r.kind}`);
    for (const id of ['F202', 'F203', 'F204', 'F205', 'F206', 'F207', 'F210', 'F211', 'F212', 'F213', 'F215', 'F216', 'F221']) {
      expect([id, answered(id)]).toEqual([id, ['nb answered', 'en answered']]);
    }
  });

  it("answers the youth panel, the national conference and the research IMDi cites from their article", () => {
    const answered = (id: string) => report.results.filter((r) => r.fact.id === id && r.lang !== 'nn').map((r) => `${r.lang} ${r.kind}`);
    for (const id of ['F089', 'F094', 'F095', 'F096', 'F098', 'F100', 'F101', 'F104']) expect([id, answered(id)]).toEqual([id, ['nb answered', 'en answered']]);
  });

  it('answers the post 71 grant, June 2008 at Kompetanseteamet, IMDi\'s share of it and the 2008 schools per county from the store', () => {
    const answered = (id: string) => report.results.filter((r) => r.fact.id === id && r.lang !== 'nn').map((r) => `${r.lang} ${r.kind}`);
    for (const id of ['F068', 'F113', 'F114', 'F157', 'F158', 'F168', 'F169', 'F170', 'F171', 'F172', 'F173', 'F175']) {
      expect([id, answered(id)]).toEqual([id, ['nb answered', 'en answered']]);
    }
  });

  it('answers "how much" about a grant with the amount, not the projects or positions it pays for', () => {
    const answered = (id: string) => report.results.filter((r) => r.fact.id === id && r.lang !== 'nn').map((r) => `${r.lang} ${r.kind}`);
    for (const id of ['F066', 'F069', 'F105', 'F106', 'F107']) expect([id, answered(id)]).toEqual([id, ['nb answered', 'en answered']]);
  });

  it('answers in nynorsk the pay ratio, the cases the minority advisers sent and the services\' tasks (facts33)', () => {
    const answered = (id: string, lang: string) => report.results.filter((r) => r.fact.id === id && r.lang === lang).map((r) => r.kind);
    for (const id of ['F004', 'F158', 'F178', 'F206', 'F216']) expect([id, answered(id, 'nn')]).toEqual([id, ['answered']]);
  });

  it('answers the amount a numbered allocation-letter task is bound with, and an example of a sub-goal C project, in every language (facts33)', () => {
    const answered = (id: string) => report.results.filter((r) => r.fact.id === id).map((r) => `${r.lang} ${r.kind}`);
    for (const id of ['F110', 'F111', 'F131']) expect([id, answered(id)]).toEqual([id, ['nb answered', 'nn answered', 'en answered']]);
  });
});
