import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { indexTerms } from '../../src/knowledge/article-index';
import { toBokmal } from '../../src/language/spelling';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Nynorsk holds where bokmål holds (issue #13, session 32): the nynorsk forms people write meet the same words as their
 * bokmål twins, and the bot answers the nynorsk question with the same fact, in nynorsk.
 */
describe('nynorsk forms read as their bokmål twins', () => {
  // Each pair: a nynorsk (or typed-without-æøå) wording and its bokmål twin, which must index to the same terms.
  it.each<[string, string]>([
    // "-givar" is nynorsk as much as "-gjevar" (the nn locale writes "mangfaldsrådgivar").
    ['kor mange mangfaldsrådgivarar er det', 'hvor mange mangfoldsrådgivere er det'],
    ['kven er minoritetsrådgivaren', 'hvem er minoritetsrådgiveren'],
    // "kva for" is "hvilke".
    ['kva for ambassade har ansvar for irak', 'hvilke ambassade har ansvar for irak'],
    ['kva for skular har rådgivar', 'hvilke skoler har rådgiver'],
    // ø and æ typed as oe and ae, as å as aa.
    ['kjoennslemlesting', 'kjønnslemlestelse'],
    ['kven kan laere oss meir', 'hvem kan lære oss mer'],
  ])('%s ~ %s', (nn, nb) => {
    expect(indexTerms(nn, 'no')).toEqual(indexTerms(nb, 'no'));
  });

  it.each<string>(['poeng', 'does', 'israel'])('%s is left as written', (word) => {
    expect(indexTerms(word, 'no')).toEqual([word]);
  });

  it.each<string>(['noe', 'noen', 'poeng'])('%s keeps its oe', (word) => {
    expect(toBokmal(word)).toBe(word);
  });
});

describe('nynorsk questions get the bokmål twin’s fact, in nynorsk', () => {
  const runner = conversationRunnerPerFile();

  async function expectNn(turns: string | readonly string[], facts: readonly (readonly string[])[], lang: Lang = 'nn'): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.emergency).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  // Failed before: "kva for skular" with "-givarar" read as the adviser article, not the 2008 figure.
  it('which schools had advisers in 2008, asked with kva for and -givarar: 29', async () => {
    await expectNn('kva for skular hadde mangfaldsrådgivarar i 2008', [['29']]);
  });

  // Failed before: ø typed as oe, the FGM word unread; the child-welfare contact alone came back.
  it('child welfare on suspected FGM, typed without ø: the FGM answer and Kompetanseteamet', async () => {
    await expectNn('korleis skal barnevernstenesta gaa fram naar dei mistenkjer kjoennslemlesting hos ei jente?', [['478 09 050']]);
  });

  // Failed on the way (a history phrasing's weights moved): a question about nynorsk words is out of scope.
  it('a nynorsk spelling question is declined', async () => {
    const view = await runner.turn('nn', 'heiter det barnehagar eller barnehagen på nynorsk?');
    expectDeclined(view, 'nn');
  });

  // Passed before and after (a sample of the probes).
  it.each<[string | readonly string[], readonly (readonly string[])[]]>([
    ['kva for ein ambassade dekkjer Afghanistan?', [['Islamabad']]],
    ['kor mange saker hadde spesialutsendingane i 2023', [['245']]],
    [['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og i 2008?'], [['381']]],
    ['kan bebuarar på mottaket ringje kompetanseteamet sjølve?', [['478 09 050']]],
    ['når vart kompetanseteamet oppretta?', [['2004']]],
    ['kva er nummeret til SEIF?', [['22 03 48 30']]],
  ])('%s', async (turns, facts) => {
    await expectNn(turns, facts);
  });
});
