import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, session 18, in phrasings written for this test: a request for a helpline named by what it is about
 * ("the Red Cross line on forced marriage", "the helpline on violence in close relationships") gets the number and no
 * emergency block, in every language; a danger told beside the request still gets the emergency card first; a service
 * for people of a kind abroad ("Norwegians abroad") is no case abroad; a question on sick-leave rules is declined.
 */
describe('helplines named by their topic, services for people in general, near-field work rules (session 18)', () => {
  const runner = conversationRunnerPerFile();
  const say = async (lang: Lang, turns: readonly string[]) => readTurn((await runner.converse({ lang, turns: [...turns] })).replies, runner.markers);

  it.each([
    ['nb', 'Kan du gi meg nummeret til Røde Kors-telefonen om tvangsekteskap? En kollega trenger det i dag', ['815 55 201']],
    ['nb', 'hva er telefonnummeret til hjelpetelefonen om vold i nære relasjoner?', ['116 006']],
    ['nn', 'kva er nummeret til telefonen om negativ sosial kontroll og æresrelatert vald?', ['815 55 201']],
    ['en', 'what is the number of the Red Cross helpline on forced marriage and honour-related violence? a client asked me today', ['815 55 201']],
    ['en', 'could you give me the number of the helpline on violence in close relationships?', ['116 006']],
    ['ar', 'ما هو رقم خط الصليب الأحمر بشأن الزواج القسري والعنف المرتبط بالشرف؟', ['815 55 201']],
    ['fa', 'شماره خط کمک دربارهٔ خشونت در روابط نزدیک را می‌خواهم', ['116 006']],
    ['ur', 'جبری شادی کے بارے میں ریڈ کراس ہیلپ لائن کا نمبر کیا ہے؟', ['815 55 201']],
    ['ru', 'Подскажите номер линии по вопросам насилия в близких отношениях', ['116 006']],
    ['tr', 'Yakın ilişkilerde şiddet hattının numarası nedir?', ['116 006']],
    ['pl', 'Jaki jest numer telefonu Czerwonego Krzyża w sprawie małżeństw przymusowych?', ['815 55 201']],
  ] as const)('%s: the line is answered with its number and no emergency block: %s', async (lang, message, number) => {
    const view = await say(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, number)).toBe(true);
  });

  it.each([
    ['nb', 'faren min sier han dreper meg hvis jeg ikke gifter meg. hva er nummeret til røde kors telefonen om tvangsekteskap?'],
    ['en', "my brother beat me last night and i'm scared to go home. what is the red cross helpline on forced marriage?"],
    ['ar', 'أبي ضربني اليوم وهددني بالقتل. ما رقم خط الصليب الأحمر بشأن الزواج القسري؟'],
    ['ru', 'Отец избил меня и угрожает убить. Какой номер Красного Креста по принудительным бракам?'],
  ] as const)('%s: a danger beside the request still gets the emergency card: %s', async (lang, message) => {
    expect((await say(lang, [message])).emergency).toBe(true);
  });

  it.each([
    ['en', 'what number do Norwegians stuck abroad call at the foreign ministry, and which envoy covers Iraq?', ['23 95 00 00']],
    ['nb', 'hvem er spesialutsendingen for unge som holdes igjen i utlandet, i Irak?', ['Amman']],
  ] as const)('%s: a service for people of a kind abroad is no case: no 112 block: %s', async (lang, message, fact) => {
    const view = await say(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, fact)).toBe(true);
  });

  it.each([
    ['nb', ['hvem er spesialutsendingen for unge som holdes igjen i utlandet, i Irak?', 'og Somalia?'], ['Nairobi']],
    ['en', ['which envoy helps young people held abroad in Pakistan?', 'and Sudan?'], ['Nairobi']],
  ] as const)('%s: a follow-up of a service for people abroad in general is no case either: %j', async (lang, turns, fact) => {
    const view = await say(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, fact)).toBe(true);
  });

  it.each([
    ['nb', 'hvordan når jeg Alarmtelefonen? og hva er politiets vanlige nummer, ikke 112?', ['116 111'], ['02800']],
    ['nn', 'korleis når eg Alarmtelefonen, og kva nummer har politiet når det ikkje er 112?', ['116 111'], ['02800']],
  ] as const)('%s: "how do I reach" a line and the police number that is not 112: both numbers, no emergency block: %s', async (lang, message, line, police) => {
    const view = await say(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, line)).toBe(true);
    expect(containsFact(view.texts, police)).toBe(true);
  });

  it('a pupil named as held abroad is still a case with the numbers first', async () => {
    expect((await say('nb', ['eleven min på 15 er holdt igjen i Somalia og får ikke reise hjem. hvem ringer jeg?'])).emergency).toBe(true);
  });

  it.each([
    ['en', 'how many days of self-certified sick leave can an employee take in Norway?'],
    ['nb', 'hvor mange egenmeldingsdager har jeg som ansatt i kommunen?'],
    ['ru', 'Сколько дней больничного можно взять без справки врача в Норвегии?'],
  ] as const)('%s: a question on sick-leave rules is declined, with no answer card and no emergency numbers: %s', async (lang, message) => {
    const view = await say(lang, [message]);
    expect(view.answers).toBe(0);
    expect(view.emergency).toBe(false);
  });
});
