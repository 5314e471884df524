import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';
import { alarmed } from '../helpers/danger-alarm';
import { toBokmal } from '../../src/language/spelling';
import { questionFor, judgeReply, type DomainFact } from '../../scripts/domain-coverage';
import type { TurnView } from '../../src/evaluation/conversation-eval';

/**
 * Every fact in domain.md answerable, measured in nynorsk too (issue #13, facts33). Our own probe sentences, written as
 * people type them, for the classes the nynorsk coverage showed: nynorsk words for what the statistics count (løn,
 * førespurnader, tilskot), cases told as coming "frå minoritetsrådgjevarane", the amount an allocation-letter task is
 * bound with (an article's fact, never a store figure under another label), and an example asked for (a project, not a
 * figure). Each probe is calm: none gets the emergency card.
 */
const runner = conversationRunnerPerFile();

describe('nynorsk words for what the statistics count', () => {
  it.each([
    ['løn', 'lønn'],
    ['førespurnader', 'henvendelser'],
    ['tilskot', 'tilskudd'],
    ['sjukefråvær', 'sykefravær'],
    ['utanriksstasjonar', 'utenriksstasjoner'],
    ['oppgåva', 'oppgaven'],
  ])('%s reads as %s', (nn, nb) => {
    expect(toBokmal(nn)).toBe(nb);
  });

  it.each([
    ['kva var løna til kvinnene i prosent av løna til mennene i IMDi i 2025?', 'nn', ['94,6']],
    ['kvinner si løn samanlikna med menn i imdi 2023, kor mange prosent?', 'nn', ['95,3']],
    ['kor mange saker kom frå minoritetsrådgjevarane til kompetanseteamet i juni 2008?', 'nn', ['18']],
  ] as const)('%s', async (text, lang, figure) => {
    await expectAnsweredWith(runner, lang as Lang, text, [figure]);
    expect(alarmed(text, lang as Lang)).toBe(false);
  });
});

describe('the amount an allocation-letter task is bound with comes from the allocation-letter article', () => {
  it.each([
    ['kor mykje pengar er oppdrag 2021-29 bunde med?', 'nn'],
    ['hvor mye penger er satt av til oppdrag 2021-29 i tildelingsbrevet?', 'nb'],
    ['how much funding is tied to assignment 2021-29?', 'en'],
  ] as const)('%s → 0,5 mill. kroner', async (text, lang) => {
    await expectAnsweredWith(runner, lang, text, [['0,5 mill', '0.5 million', 'NOK 0.5']]);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
  });

  it('a money question naming a service, no task, still gets the store figure', async () => {
    await expectAnsweredWith(runner, 'nb', 'hvor mye penger fikk Kompetanseteamet i 2024?', [['2,2 mill']]);
  });
});

describe('an example asked for is a project, not a figure', () => {
  it.each([
    ['kan du gi et eksempel på et prosjekt under delmål C i tilskuddet?', 'nb'],
    ['har du eit døme på eit prosjekt som fekk tilskot under delmål C?', 'nn'],
  ] as const)('%s', async (text, lang) => {
    await expectAnsweredWith(runner, lang, text, [['Skeiv verden', 'Hjelpeskilden']]);
  });

  it('a number asked with it is still a figure', async () => {
    const view = await runner.turn('nb', 'hvor mange prosjekter fikk tilskudd under delmål C i 2023, for eksempel?');
    expect(view.answers).toBeGreaterThan(0);
    expect(view.texts.join(' ')).toMatch(/Statistikk/u);
  });
});

describe('the nynorsk coverage questions and their judge', () => {
  const fact = (value: string | number, extra: Partial<DomainFact> = {}): DomainFact => ({
    id: 'X1', topic: 'mangfoldsrådgivere', service: 'mangfoldsrådgivere', year: 2023, metric: 'oppgave', value, unit: null, breakdown: null,
    statement_nb: 'Mangfoldsrådgiverne følger opp utsatte.', source: { file: 'x', lines: '1' }, ...extra,
  });
  const view = (texts: string[]): TurnView => ({
    texts, cards: [], replyLanguage: 'nn', languages: ['nn'], emergency: false, didYouMean: false, cannotAnswer: false, languageCard: false, answers: 1,
  });

  it('asks in nynorsk as people type it', () => {
    expect(questionFor(fact(59, { metric: 'antall henvendelser', unit: 'henvendelser' }), 'nn')).toBe('kor mange førespurnader hadde mangfaldsrådgjevarane i 2023?');
    expect(questionFor(fact(5, { metric: 'tilskudd', unit: 'mill. kroner', service: null, topic: 'tilskudd' }), 'nn')).toBe('kor mykje var tilskot for tilskota i 2023?');
  });

  it('finds a bokmål value in a nynorsk reply by its words’ bokmål forms, and not in a reply about something else', () => {
    const f = fact('oppfølging av utsatte og kompetanseheving');
    expect(judgeReply(f, 'nn', view(['Oppgåva er å følgje opp utsette og å heve kompetansen hos tilsette.']))).toBe('answered');
    expect(judgeReply(f, 'nn', view(['Kompetanseteamet har telefon 478 09 050.']))).toBe('wrong-figure');
  });

  it('finds a span by both its numbers, whole', () => {
    const f = fact('24–62 år', { metric: 'rådgivernes alder', year: 2008 });
    expect(judgeReply(f, 'nb', view(['Rådgiverne var mellom 24 og 62 år.']))).toBe('answered');
    expect(judgeReply(f, 'nb', view(['I 2024 var det 620 saker.']))).toBe('wrong-figure');
  });
});
