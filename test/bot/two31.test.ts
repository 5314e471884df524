import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Two needs in one message where the second was lost (issue #13, session 31): each class with its own example
 * sentences, through the real bot, every fact shown.
 */
describe('two needs in one message: the second need is answered too', () => {
  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, message: string, facts: readonly (readonly string[])[], answers?: number): Promise<void> {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    if (answers !== undefined) expect(view.cards.filter((c) => c.kind === 'answer').length).toBe(answers);
  }

  const KT = ['478 09 050'];
  const RED_CROSS = ['815 55 201'];

  // A Norwegian service name written with another script's prefix or suffix glued on is read as the name.
  it.each<[Lang, string]>([
    ['ar', 'أريد رقم هاتف الKompetanseteamet من فضلك'],
    ['ti', 'ናይ Kompetanseteametን ቁጽሪ ስልኪ እንታይ እዩ?'],
    ['ur', 'Kompetanseteametکا فون نمبر کیا ہے؟'],
  ])('a name glued to another script (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, KT)).toBe(true);
    expect(view.cards.some((c) => c.kind === 'answer')).toBe(true);
  });

  // Somewhere to live asked as a question ("where could I stay"), by a grown-up who says so.
  it.each<[Lang, string]>([
    ['en', "I'm 19 and my parents want to marry me off. Who can I call, and where could I stay if I leave?"],
    ['nb', 'Jeg er 22. Familien vil gifte meg bort. 1) hvor kan jeg bo hvis jeg drar? 2) hva er nummeret til Røde Kors-telefonen?'],
    ['en', "I'm 22. My family is forcing me to marry. 1) where can I live if I run away? 2) what is the Red Cross helpline number?"],
  ])('somewhere to live, asked as a question (%s): Kompetanseteamet beside the other need', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, KT)).toBe(true);
    if (/Red Cross|Røde Kors/u.test(message)) expect(containsFact(view.texts, RED_CROSS)).toBe(true);
  });

  // An afterthought ("oh and", "forresten", "кстати", "przy okazji") opens a second question.
  it.each<[Lang, string]>([
    ['en', 'How many cases did the envoys have in 2023? oh and what is the email address of Kompetanseteamet'],
    ['nb', 'Hvor mange saker hadde spesialutsendingene i 2023? forresten, hva er e-postadressen til Kompetanseteamet'],
    ['ru', 'Сколько дел было у спецпосланников в 2023 году? кстати, какой e-mail у Kompetanseteamet'],
    ['pl', 'Ile spraw mieli specjalni wysłannicy w 2023 roku? przy okazji, jaki jest e-mail do Kompetanseteamet'],
  ])('an afterthought question (%s): the figure and the e-mail', async (lang, message) => {
    await expectFacts(lang, message, [['245'], ['kompetanseteamet@bufdir.no']], 2);
  });

  // Two metrics of one service, the second of a year and the first of none: the latest figure and the year's.
  it.each<[Lang, string]>([
    ['nb', 'hvor mange mangfoldsrådgivere finnes det, og hvor mange stillinger ble lagt til i 2024?'],
    ['nn', 'kor mange mangfaldsrådgivarar finst det, og kor mange nye stillingar kom i 2024?'],
    ['en', 'how many diversity advisers are there and how many new positions were added in 2024?'],
  ])('two metrics, one of a year (%s): 59 advisers and the new positions', async (lang, message) => {
    await expectFacts(lang, message, [['59'], ['6']], 2);
  });

  // A part that opens as a question and says who asks ("can we at the school …") asks; it is no introduction.
  it.each<[Lang, string]>([
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023? og kan vi på skolen ringe kompetanseteamet selv'],
    ['en', 'how many cases did the envoys have in 2023? and can we at the school ring Kompetanseteamet ourselves'],
  ])('a figure, then a question naming the asker (%s)', async (lang, message) => {
    await expectFacts(lang, message, [['245'], KT], 2);
  });
});
