import { type Lang } from '../../src/language/languages';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Lines, chats and organisations asked alone, as a follow-up or as a second need (issue #13, lines36): our own probes,
 * each class with a twin that must not change.
 *  1. A service's channels: the chat of the Red Cross line and VO-linjen, a website on violence in close relationships
 *     (dinutvei.no, run by NKVTS), asked alone or after the service's card.
 *  2. A line for the person beside advice for the professional: both answered.
 *  3. An organisation for immigrant parents or mothers: SEIF (22 03 48 30), beside a line asked too.
 *  4. The police's non-emergency number (02800) in the other languages.
 */
const SEIF = ['22 03 48 30'];
const VO = ['116 006'];
const RED_CROSS = ['815 55 201'];
const KOMPETANSETEAMET = ['478 09 050'];
const DINUTVEI = ['dinutvei.no'];
const NON_EMERGENCY = ['02800'];

const answered = (view: TurnView, lang: Lang): void => {
  expect([view.didYouMean, view.cannotAnswer, view.emergency, view.replyLanguage]).toEqual([false, false, false, lang]);
};
const shows = (view: TurnView, facts: readonly (readonly string[])[]): boolean[] => facts.map((f) => containsFact(view.texts, f));

describe('lines, chats and organisations (lines36)', () => {
  const runner = conversationRunnerPerFile();

  describe('1. a service\'s channels', () => {
    it.each<[Lang, string[], readonly string[], readonly string[]]>([
      ['en', ['Does the Red Cross line also have a chat?'], RED_CROSS, ['rodekorstelefonen.no']],
      ['ar', ['هل يوجد لخط الصليب الأحمر دردشة؟'], RED_CROSS, ['rodekorstelefonen.no']],
      ['uk', ['Чи є в лінії Червоного Хреста чат?'], RED_CROSS, ['rodekorstelefonen.no']],
      ['tr', ['Kızılhaç hattının sohbet adresi nedir?'], RED_CROSS, ['rodekorstelefonen.no']],
      ['nn', ['Har VO-linja chat òg?'], VO, ['volinjen.no']],
      ['ar', ['هل لخط VO دردشة؟'], VO, ['volinjen.no']],
      ['ti', ['VO-linjen ቻት ኣለዎ ድዩ?'], VO, ['volinjen.no']],
      ['nb', ['Hva er nummeret til Røde Kors-telefonen?', 'Har de chat også?'], RED_CROSS, ['rodekorstelefonen.no']],
      ['ru', ['Какой номер у VO-linjen?', 'А чат у них есть?'], VO, ['volinjen.no']],
    ])('%s %j shows the line and its chat', async (lang, turns, phone, chat) => {
      const view = await runner.turn(lang, turns);
      answered(view, lang);
      expect(shows(view, [phone, chat])).toEqual([true, true]);
    });

    it.each<[Lang, string]>([
      ['nb', 'Er det en nettside for vold i nære relasjoner?'],
      ['nb', 'finnes det ei nettside om vold i familien'],
      ['en', 'Is there a website about domestic violence?'],
      ['ru', 'Есть ли сайт о домашнем насилии?'],
      ['ar', 'هل يوجد موقع عن العنف الأسري؟'],
      ['pl', 'Czy jest strona o przemocy domowej?'],
      ['ar', 'من يدير موقع dinutvei.no؟'],
      ['ti', 'dinutvei.no መን እዩ ዘካይዶ?'],
      ['en', 'who runs dinutvei.no?'],
    ])('%s "%s": dinutvei.no and NKVTS', async (lang, text) => {
      const view = await runner.turn(lang, text);
      answered(view, lang);
      expect(shows(view, [DINUTVEI, ['NKVTS']])).toEqual([true, true]);
    });

    it('twin: a website for young people to read about their rights is still Nora and ung.no', async () => {
      const view = await runner.turn('nb', 'Finnes det en nettside der unge kan lese om rettighetene sine?');
      answered(view, 'nb');
      expect(shows(view, [['ung.no'], DINUTVEI])).toEqual([true, false]);
    });
  });

  describe('2. a line for the person beside advice for the professional', () => {
    it.each<[Lang, string]>([
      ['ar', 'أنا أعمل في NAV. أين يمكن لعميلة تتعرض للسيطرة الاقتصادية أن تحصل على مساعدة، وما هو رقم خط العنف الأسري؟'],
      ['nn', 'Eg er NAV-rettleiar. Kven kan gje meg råd om ein brukar som blir kontrollert økonomisk, og kva er nummeret til VO-linja?'],
      ['ru', 'Я медсестра. Кто может проконсультировать меня по делу пациентки, которую контролирует семья, и какой номер линии по домашнему насилию для неё самой?'],
      ['pl', 'Pracuję w NAV. Kto może mi doradzić w sprawie klientki kontrolowanej przez rodzinę i jaki jest numer telefonu w sprawie przemocy domowej dla niej?'],
      ['tr', "NAV'da çalışıyorum. Ekonomik olarak kontrol edilen bir danışan nereden yardım alabilir ve aile içi şiddet hattının numarası nedir?"],
      ['en', "I work in child welfare. Who coordinates housing for someone after they turn 18, and what's the number for VO-linjen?"],
    ])('%s "%s": Kompetanseteamet and VO-linjen', async (lang, text) => {
      const view = await runner.turn(lang, text);
      answered(view, lang);
      expect(shows(view, [KOMPETANSETEAMET, VO])).toEqual([true, true]);
    });
  });

  describe('3. an organisation for immigrant parents', () => {
    it.each<[Lang, string]>([
      ['nb', 'Jeg jobber i barnehage. Finnes det en organisasjon som kan støtte en bekymret innvandrermor?'],
      ['nn', 'Finst det ein organisasjon som hjelper innvandrarforeldre?'],
      ['en', 'Is there an organisation that helps refugee parents who worry about their kids?'],
      ['pl', 'Czy jest organizacja, która pomaga rodzicom imigrantom?'],
      ['ru', 'Есть ли организация, которая поддерживает родителей-иммигрантов?'],
      ['ar', 'هل توجد منظمة تساعد الأمهات المهاجرات؟'],
      ['tr', 'Göçmen ailelere destek olan bir dernek var mı?'],
      ['so', 'Ma jiraa urur caawiya waalidiinta soo-galootiga ah?'],
    ])('%s "%s": SEIF', async (lang, text) => {
      const view = await runner.turn(lang, text);
      answered(view, lang);
      expect(shows(view, [SEIF])).toEqual([true]);
    });

    it.each<[Lang, string]>([
      ['nb', 'Trenger et nummer til en hjelpelinje for vold i nære relasjoner og en rådgivningsorganisasjon for innvandrere'],
      ['pl', 'Potrzebuję numeru telefonu w sprawie przemocy domowej i organizacji doradczej dla imigrantów'],
    ])('%s "%s": VO-linjen and SEIF', async (lang, text) => {
      const view = await runner.turn(lang, text);
      answered(view, lang);
      expect(shows(view, [VO, SEIF])).toEqual([true, true]);
    });

    it.each<[Lang, string]>([
      ['en', "Our organisation works with refugees. What is Kompetanseteamet's number?"],
      ['nb', 'Vi er en frivillig organisasjon for innvandrerkvinner. Hvor kan vi få kurs?'],
    ])('twin %s "%s": the asker\'s own organisation asks for no SEIF', async (lang, text) => {
      const view = await runner.turn(lang, text);
      expect(shows(view, [SEIF])).toEqual([false]);
    });

    it('reads the organisation only where it is asked', () => {
      const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
      expect(contacts.read('Finnes det en organisasjon som hjelper innvandrerforeldre?')?.query.immigrantOrganisation).toBe(true);
      expect(contacts.read('Vi er en organisasjon for flyktninger. Hva er nummeret til VO-linjen?')?.query.immigrantOrganisation).toBeUndefined();
    });
  });

  describe('4. the police\'s non-emergency number', () => {
    it.each<[Lang, string]>([
      ['ar', 'ما رقم الشرطة لغير الطوارئ؟'],
      ['ar', 'ما هو رقم الشرطة في النرويج إذا لم يكن الأمر طارئا؟'],
      ['fa', 'شماره پلیس برای موارد غیر اضطراری چیست؟'],
      ['fa', 'شماره پولیس اگر عاجل نباشد چیست؟'],
      ['so', 'Lambarka booliska marka aysan ahayn xaalad degdeg ah?'],
      ['ti', 'ናይ ፖሊስ ቁጽሪ ንዘይህጹጽ ጉዳይ እንታይ እዩ?'],
      ['ur', 'اگر ایمرجنسی نہ ہو تو پولیس کا نمبر کیا ہے؟'],
      ['nn', 'Kva er nummeret til politiet når det ikkje hastar?'],
      ['ru', 'Как позвонить в полицию, если это не срочно?'],
    ])('%s "%s": 02800', async (lang, text) => {
      const view = await runner.turn(lang, text);
      answered(view, lang);
      expect(shows(view, [NON_EMERGENCY])).toEqual([true]);
    });
  });
});
