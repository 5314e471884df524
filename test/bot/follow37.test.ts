import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { createCountryNames } from '../../src/contacts/country-names';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Leftovers of the development sets 112 and 113 (issue #13, follow37). Our own probes, each class with its twin:
 *  1. a follow-up that narrows where the advisers work by "only" ("bare på videregående?") is where they work, not a
 *     count of schools; a count of schools asked stays a figure.
 *  2. "has it been like that all along?" after the envoy of a country gets the 2008 history line; a detail of the
 *     card asked beside it ("are they open the whole time?") stays the card.
 *  3. Tigrinya country names with "and" (ን…ን), "also" (ውን) or the question (ዶ) after them are read as countries; a
 *     name that ends in ን itself (ሱዳን) stays whole.
 *  4. short Polish messages with "mi" (Polish "me", Turkish question particle) are answered in Polish; Turkish
 *     questions with "mi" stay Turkish.
 *  5. Kompetanseteamet's members and its opening hours asked in one sentence: both answered.
 */
describe('follow37: leftovers of the development sets 112 and 113', () => {
  const runner = conversationRunnerPerFile();
  const shows = (texts: readonly string[], spellings: readonly string[]): boolean => containsFact(texts, spellings);

  const ADULT_EDUCATION = ['adult-education', 'adult education', 'voksenopplæring', 'vaksenopplæring', 'kształcenia dorosłych', 'edukacji dorosłych', 'yetişkin', 'дорослих', 'взрослых'];
  const narrowed: ReadonlyArray<[Lang, string, string]> = [
    ['en', 'how many diversity advisers are there now?', 'are they just at upper secondary schools?'],
    ['en', 'how many diversity advisors does imdi have', 'do they only work in upper-secondary schools'],
    ['nb', 'hvor mange mangfoldsrådgivere er det?', 'jobber de bare på videregående skoler?'],
    ['nb', 'hvor mange mangfoldsradgivere finnes', 'er de kun på videregående skoler'],
    ['nn', 'kor mange mangfaldsrådgivarar er det?', 'jobbar dei berre på vidaregåande skular?'],
  ];
  it.each(narrowed)('%s: "only" a kind of school after the advisers\' headcount is where they work (%s → %s)', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    expect(shows(view.texts, ADULT_EDUCATION)).toBe(true);
  });
  it('twin: a count of schools asked after the headcount stays a figure of schools (29 in 2008)', async () => {
    const view = await runner.turn('en', ['how many diversity advisers are there?', 'how many upper secondary schools?']);
    expect(shows(view.texts, ['29'])).toBe(true);
  });

  const allAlong: ReadonlyArray<[Lang, string, string]> = [
    ['nb', 'hvilken ambassade dekker Iran?', 'har det vært sånn hele tiden?'],
    ['nn', 'kva ambassade har ansvar for iran?', 'har det vore slik heile vegen?'],
    ['en', 'which embassy covers iran?', 'has it been like that all along?'],
    ['pl', 'która ambasada obsługuje Iran?', 'czy tak było przez cały czas?'],
    ['tr', 'iran hangi büyükelçiliğe bağlı?', 'başından beri mi böyle?'],
  ];
  it.each(allAlong)('%s: "all along" after the envoy of a country is the 2008 post (%s → %s)', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.replyLanguage).toBe(lng);
    expect(shows(view.texts, ['2008'])).toBe(true);
    expect(shows(view.texts, ['Ankara'])).toBe(true);
  });
  it('twin: "are they open the whole time?" after the envoy of a country is the card, not the history', async () => {
    const view = await runner.turn('nb', ['hvilken ambassade dekker Iran?', 'er de åpne hele tiden?']);
    expect(shows(view.texts, ['Amman'])).toBe(true);
    expect(shows(view.texts, ['Ankara'])).toBe(false);
  });

  describe('Tigrinya country lists', () => {
    const countries = createCountryNames();
    const lists: ReadonlyArray<[string, readonly string[]]> = [
      ['ኣብ ኤርትራን ሱዳንን ዘሎ ጉዳይ', ['ER', 'SD']],
      ['ሶማልያን ኬንያን ኣየናይ ኤምባሲ', ['SO', 'KE']],
      ['ኢትዮጵያን ኤርትራን ብዝምልከት', ['ET', 'ER']],
      ['ኣብ ሶርያን ኢራቕን', ['SY', 'IQ']],
      ['ንኢትዮጵያን ንሶማልያን', ['ET', 'SO']],
      ['ኤርትራውን ከምኡ ድዩ', ['ER']],
      ['ኢራንዶ?', ['IR']],
    ];
    it.each(lists)('%s names %j', (text, codes) => {
      expect(countries.find(text, 'ti').map((m) => m.code)).toEqual(codes);
    });
    it('twin: names that end in ን themselves stay whole (Sudan, Afghanistan)', () => {
      expect(countries.find('ሱዳን', 'ti').map((m) => m.code)).toEqual(['SD']);
      expect(countries.find('ኣፍጋኒስታን', 'ti').map((m) => m.code)).toEqual(['AF']);
    });
  });

  const polish: readonly string[] = ['Zabrali mi paszport', 'ojciec zabrał mi paszport', 'brat mi grozi', 'zabrała mi telefon i nie pozwala wyjść', 'mój wujek mi grozi'];
  it.each(polish)('pl: "%s" is answered in Polish with the emergency card', async (text) => {
    const view = await runner.turn('pl', text);
    expect(view.replyLanguage).toBe('pl');
    expect(view.emergency).toBe(true);
  });
  it.each(['czy możesz mi podać numer do Kompetanseteamet?', 'powiedz mi, ilu jest doradców ds. różnorodności'])('calm twin: Polish "%s" is answered in Polish without the card', async (text) => {
    const view = await runner.turn('pl', text);
    expect(view.replyLanguage).toBe('pl');
    expect(view.emergency).toBe(false);
  });
  it.each(['Kompetanseteamet hafta sonu açık mı?', 'okul danışmanı var mı?'])('twin: Turkish "%s" stays Turkish', async (text) => {
    const view = await runner.turn('tr', text);
    expect(view.replyLanguage).toBe('tr');
  });

  const MEMBERS = ['UDI', 'Politidirektoratet', 'Police Directorate', 'POD'];
  const HOURS = ['9–15', '09:00–15:00', '9 a.m.', '09.00', '9-15', '09–15'];
  const membersAndHours: ReadonlyArray<[Lang, string]> = [
    ['nb', 'hvem består kompetanseteamet av og hvilke tider kan man ringe dem?'],
    ['nb', 'hvordan er kompetanseteamet sammensatt og når er de åpne'],
    ['nn', 'kven består kompetanseteamet av, og når kan ein ringje?'],
    ['en', 'who makes up kompetanseteamet and what are their opening hours?'],
    ['nb', 'hvilke direktorater er med i kompetanseteamet og er de åpne på kvelden?'],
  ];
  it.each(membersAndHours)('%s: members and opening hours in one sentence get both (%s)', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.replyLanguage).toBe(lng);
    expect(view.emergency).toBe(false);
    expect(shows(view.texts, MEMBERS)).toBe(true);
    expect(shows(view.texts, HOURS)).toBe(true);
  });
});
