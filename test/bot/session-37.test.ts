import { type Lang } from '../../src/language/languages';
import { containsFact, readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, rulesOnlyRunnerOfFile, expectAnsweredWith, expectDeclined } from '../helpers/conversation-runner';
import { isDanger, expectCalmByTheRules, alarmed, secondOpinionLine } from '../helpers/danger-alarm';
import { createCountryNames } from '../../src/contacts/country-names';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { createSecondOpinion, loadSecondOpinion, type SecondOpinionModel } from '../../src/understanding/second-opinion';
import { normalize } from '../../src/language/text';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

// ─── dev37a.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * dev37a (issue #13): follow-ups in the nine languages other than nb/nn/en, fixed as classes with our own probes
 * (none of them the development set's sentences):
 *  1. Kompetanseteamet's members asked with a pronoun after the team ("its members?", "кто в него входит?", "ኣባላቱ?").
 *  2. The envoys' competence-raising assignments asked as awareness assignments or sessions, after their case count.
 *  3. The advisers' staff count asked in the past tense or of "these", after a question about their names.
 *  4. Two reports' figures doubted as "another report / both reports / a different number" (Urdu "نمبر" is also a
 *     phone number: no contact card).
 *  5. After an envoy answer, "a girl from X taken to Y" asks about Y; "do cases from Russia go to them too?" asks who
 *     covers Russia, not a figure.
 * Calm twins: a count of cases from a country after an envoy answer stays a figure; a country named alone after an
 * envoy answer is still that country; a family member named beside Kompetanseteamet is no members question.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. members
  ['members', ['ti', ['Kompetanseteamet እንታይ ይገብር?', 'ኣባላታ መን እዮም?'], [['Bufdir'], ['UDI']]]],
  ['members', ['ar', ['شو هو Kompetanseteamet؟', 'مين أعضاؤه؟'], [['Bufdir'], ['UDI']]]],
  ['members', ['so', ['waa maxay Kompetanseteamet?', 'yaa xubnaha ka ah?'], [['Bufdir'], ['UDI']]]],
  ['members', ['fa', ['Kompetanseteamet چیه؟', 'اعضاش کیا هستن؟'], [['Bufdir'], ['UDI']]]],
  ['members', ['ur', ['Kompetanseteamet کیا ہے؟', 'اس کے ممبر کون کون ہیں؟'], [['Bufdir'], ['UDI']]]],
  ['members', ['uk', ['що таке Kompetanseteamet?', 'а хто туди входить?'], [['Bufdir'], ['UDI']]]],
  ['members', ['ru', ['что такое Kompetanseteamet?', 'кто в него входит?'], [['Bufdir'], ['UDI']]]],
  ['members', ['tr', ['Kompetanseteamet nedir?', 'üyeleri kimler?'], [['Bufdir'], ['UDI']]]],
  ['members', ['pl', ['co to jest Kompetanseteamet?', 'kto jest jego członkiem?'], [['Bufdir'], ['UDI']]]],
  // 2. awareness assignments
  ['awareness', ['ar', ['كم قضية كان عند المبعوثين الخاصين في السفارات 2023؟', 'وكم مهمة توعية قدموا في النرويج؟'], [['15', '١٥']]]],
  ['awareness', ['fa', ['نماینده‌های ویژه سفارت‌ها ۲۰۲۳ چند پرونده داشتن؟', 'چند تا ماموریت آگاهی‌بخشی تو نروژ داشتن؟'], [['15', '۱۵']]]],
  ['awareness', ['ur', ['خصوصی نمائندوں کے پاس 2023 میں کتنے کیس تھے؟', 'ناروے میں کتنے آگاہی سیشن کیے؟'], [['15', '۱۵']]]],
  ['awareness', ['so', ['ergayada gaarka ah imisa kiis ayay qabteen 2023?', 'imisa hawlood oo wacyigelin ah ayay ka qabteen Norway?'], [['15']]]],
  ['awareness', ['tr', ['özel temsilciler 2023te kaç vakaya baktı?', 'norveçte kaç farkındalık eğitimi verdiler?'], [['15']]]],
  ['awareness', ['pl', ['ile spraw mieli specjalni wysłannicy w 2023?', 'a ile razy prowadzili podnoszenie świadomości w Norwegii?'], [['15']]]],
  ['awareness', ['ru', ['сколько дел было у спецпредставителей в 2023?', 'а сколько просветительских поездок в Норвегию было?'], [['15']]]],
  ['awareness', ['uk', ['скільки справ мали спецпредставники у 2023?', 'скільки просвітницьких завдань вони виконали в Норвегії?'], [['15']]]],
  // 3. staff in the past tense
  ['staff', ['fa', ['mangfoldsrådgiver قبلا چی صداش میکردن؟ minoritetsrådgiver؟', 'تو ۲۰۲۳ چند نفر از اینها کار میکردن؟'], [['59', '۵۹']]]],
  ['staff', ['ar', ['ما الفرق بين mangfoldsrådgiver و minoritetsrådgiver؟', 'كم واحد منهم كان يشتغل 2023؟'], [['59', '٥٩']]]],
  ['staff', ['ru', ['чем mangfoldsrådgiver отличается от minoritetsrådgiver?', 'а сколько их работало в 2023?'], [['59']]]],
  ['staff', ['uk', ['яка різниця між mangfoldsrådgiver і minoritetsrådgiver?', 'скільки їх працювало у 2023?'], [['59']]]],
  ['staff', ['pl', ['czym różni się mangfoldsrådgiver od minoritetsrådgiver?', 'ilu ich pracowało w 2023?'], [['59']]]],
  // 4. two reports
  ['reports', ['ur', ['2023 میں mangfoldsrådgivere کے کتنے کیس تھے؟', 'ایک اور رپورٹ میں الگ نمبر ہے، کیوں؟'], [['899'], ['897']]]],
  ['reports', ['ur', ['2023 میں mangfoldsrådgivere کے کتنے کیس تھے؟', 'دونوں رپورٹوں میں فرق کیوں ہے؟'], [['899'], ['897']]]],
  ['reports', ['so', ['mangfoldsrådgiverne imisa kiis 2023?', 'maxay labada warbixin u kala duwan yihiin?'], [['899'], ['897']]]],
  ['reports', ['ar', ['كم حالة عند mangfoldsrådgivere في 2023؟', 'ليش التقريرين فيهم أرقام مختلفة؟'], [['899'], ['897']]]],
  ['reports', ['tr', ['mangfoldsrådgiverne 2023te kaç vaka aldı?', 'iki rapor neden farklı sayı veriyor?'], [['899'], ['897']]]],
  ['reports', ['ru', ['сколько дел было у mangfoldsrådgiverne в 2023?', 'почему в двух отчётах разные цифры?'], [['899'], ['897']]]],
  // 5. envoy follow-ups: where she is taken; cases from a country
  ['taken to', ['ru', ['какой спецпредставитель отвечает за Пакистан?', 'а если девушка из Узбекистана сейчас в Турции?'], [['Анкар', 'Ankara']]]],
  ['taken to', ['uk', ['хто зі спецпредставників відповідає за Сомалі?', 'а якщо хлопця з Грузії відправили до Іраку, хто тоді?'], [['Амман', 'Amman']]]],
  ['taken to', ['ar', ['أي مبعوث خاص مسؤول عن الصومال؟', 'وإذا بنت من جورجيا انأخذت إلى العراق؟'], [['عمّان', 'عمان', 'Amman']]]],
  ['taken to', ['ru', ['кто из спецпредставителей отвечает за Сомали?', 'а если парня из Армении увезли в Иран, это к кому?'], [['Амман', 'Amman']]]],
  ['cases from', ['tr', ['Amman\'daki özel temsilci hangi ülkelerden sorumlu?', 'suriyeden gelen vakalar da onlara mı gidiyor?'], [['Amman']]]],
  ['cases from', ['en', ['which countries does the envoy in Ankara cover?', 'do cases from Russia go to them too?'], [['Chechnya']]]],
  ['cases from', ['nb', ['hvilke land dekker spesialutsendingen i Ankara?', 'går saker fra Russland også til dem?'], [['Tsjetsjenia']]]],
  ['cases from', ['tr', ['Ankara\'daki özel temsilci hangi ülkelere bakıyor?', 'rusyadan gelen davalar da onlara mı düşüyor?'], [['Çeçenistan', 'Ankara']]]],
];

describe('dev37a: follow-ups in the nine languages (members, awareness assignments, staff, two reports, envoy countries)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lng, turns, facts]) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('calm twins', () => {
    it('a count of cases from a country after an envoy answer is still a figure, not the envoy', async () => {
      const view = await runner.turn('en', ['which countries does the envoy in Ankara cover?', 'how many cases from Russia did they have?']);
      expect(containsFact(view.texts, ['Chechnya'])).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
    });
    it('a country said only as where she comes from is still the country asked', async () => {
      const view = await runner.turn('en', ['which envoy covers Somalia?', 'and a girl from Iraq?']);
      expect(containsFact(view.texts, ['Amman'])).toBe(true);
    });
    it('family members named beside Kompetanseteamet do not ask its members', async () => {
      const view = await runner.turn('ru', ['что такое Kompetanseteamet?', 'члены семьи против её учёбы, что делать школе?']);
      expect(containsFact(view.texts, ['AVdir'])).toBe(false);
    });
  });
});

// ─── dev37b.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Issue #13, dev37b (development set general-blind-117). Our own probes, not the set's sentences.
 *  1. Taken somewhere by force now: pushed, shoved, dragged or forced into a car, a van or a plane (strong, whatever
 *     the time), and taken or driven to the airport right now (weak: a story, read by the situation reader), in all 12
 *     languages. Calm twins: a holiday trip to the airport, a lift to school, a car park, a bag thrown in the car, an
 *     exchange year the writer looks forward to.
 *  2. "When did the change happen?" after an article (the advisers' new name): the article again, whose text gives the
 *     year, in nb, nn and en, as "when did that happen?" already was.
 */
const dangers: ReadonlyArray<[Lang, string]> = [
  ['nn', 'no køyrer dei meg til flyplassen, eg vil ikkje'],
  ['nn', 'far min tek ho med på flyet no'],
  ['nn', 'dei tvingar meg inn i bilen no'],
  ['nn', 'dei dreg meg inn i bilen'],
  ['nn', 'han tvingar ho inn i bilen no'],
  ['nb', 'de tar henne med til flyplassen nå, hva gjør jeg'],
  ['nb', 'broren min dytter meg inn i bilen akkurat nå'],
  ['nb', 'de kjører meg til gardermoen nå og jeg vil ikke'],
  ['nb', 'hjelp de tvinger meg inn i en bil'],
  ['en', 'they are driving me to the airport right now and i dont want to go'],
  ['en', 'my uncle is pushing her into a van right now'],
  ['en', 'dad is taking my sister to the airport now, she is crying'],
  ['en', 'they shoved me in the car help'],
  ['en', 'they pushed my sister into the car and drove off'],
  ['en', 'getting dragged into a van rn'],
  ['tr', 'beni zorla arabaya bindiriyorlar'],
  ['tr', 'babam beni şimdi havalimanına götürüyor, gitmek istemiyorum'],
  ['pl', 'wpychają mnie do samochodu'],
  ['pl', 'teraz wiozą mnie na lotnisko, nie chcę lecieć'],
  ['ar', 'يدفعونني إلى السيارة بالقوة'],
  ['ar', 'أبي يأخذني إلى المطار الآن ولا أريد'],
  ['fa', 'به زور مرا سوار ماشین کردند'],
  ['ur', 'وہ مجھے زبردستی گاڑی میں بٹھا رہے ہیں'],
  ['ur', 'ابھی مجھے ایئرپورٹ لے جا رہے ہیں'],
  ['so', 'xoog ayay igu gelinayaan gaariga'],
  ['so', 'hadda waxay i geynayaan madaarka'],
  ['uk', 'мене силою заштовхують в машину'],
  ['uk', 'зараз мене везуть в аеропорт, я не хочу'],
  ['ru', 'меня силой заталкивают в машину'],
  ['ru', 'сейчас меня везут в аэропорт, я не хочу лететь'],
  ['ti', 'ብሓይሊ ናብ መኪና የእትዉኒ ኣለዉ'],
  ['ti', 'ሕጂ ናብ መዕርፎ ነፈርቲ ይወስዱኒ ኣለዉ'],
];

const calm: ReadonlyArray<[Lang, string]> = [
  ['nn', 'vi køyrer ho til flyplassen i morgon, ho skal på ferie'],
  ['nn', 'eg køyrer dottera mi til flyplassen no, ho skal på utveksling'],
  ['nb', 'jeg kjører henne til flyplassen for ferien'],
  ['nb', 'hvordan er reglene for å ta barn med på flyet til utlandet'],
  ['en', 'im driving her to the airport for her holiday'],
  ['en', 'getting into the car for school now'],
  ['en', 'we pulled into the car park and waited'],
  ['en', 'i threw my bag in the car this morning'],
  ['en', 'my dad is driving me to the airport now for my exchange year, so excited'],
  ['ur', 'ہم کل چھٹیوں پر ایئرپورٹ جائیں گے'],
  ['so', 'berri waxaan aadaynaa madaarka fasax'],
  ['ti', 'ጽባሕ ናብ መዕርፎ ነፈርቲ ንኸይድ ኢና ንዕረፍቲ'],
];

describe('dev37b: taken somewhere by force now', () => {
  const runner = conversationRunnerPerFile();

  test.each(dangers)('%s danger: %s', async (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  test.each(calm)('%s calm twin: %s', async (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
    const view = await runner.turn(lng, text);
    expectCalmByTheRules(view, text, lng);
  });
});

describe('dev37b: when did the change happen, after an article', () => {
  const runner = conversationRunnerPerFile();
  const cases: ReadonlyArray<[Lang, string, string]> = [
    ['en', 'what are the minority advisers called now?', 'when did this change happen'],
    ['en', 'what are the minority advisers called now?', 'when was the change made'],
    ['en', 'what are the minority advisers called now?', 'what year did the change happen'],
    ['nb', 'hva heter minoritetsrådgiverne nå?', 'når skjedde endringen?'],
    ['nb', 'hva heter minoritetsrådgiverne nå?', 'når ble navnet endret'],
    ['nn', 'ka heiter minoritetsrådgjevarane no?', 'når skjedde endringa?'],
    ['nn', 'ka heiter minoritetsrådgjevarane no?', 'ka tid vart det endra'],
  ];
  test.each(cases)('%s: %s → %s', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['2024'])).toBe(true);
  });
});

// ─── follow37.test.ts ────────────────────────────────────────────────────────────────────────────────────

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

// ─── rules37.test.ts ─────────────────────────────────────────────────────────────────────────────────────

{
/**
 * The six dangers of the tuned sets that only the learned second opinion read (content/understanding/second-opinion-only.json,
 * issue #13, rules37), each put in its class and made a rule. Our own probes, as people type them (no æøå, nynorsk,
 * second-language phrasing, the other languages as natives write them), each class with calm twins that share its words:
 *  1. threat said of a boy: the masculine forms of the threats the lists had only of a girl ("they will sort things out
 *     with him", "разберутся с ним", "rozprawi się z nim"). Twins: paperwork or homework sorted out with him.
 *  2. not let back: relatives who do not let a person go back to Norway ("the family won't let her go back", "родня не
 *     отпускает её обратно"). Twins: an adult who chooses to stay abroad.
 *  3. moved on: a person already moved to another country ("а если её уже перевезли в Турцию?"), a removal told as done.
 *     Twins: a family that moved abroad itself.
 *  4. cutting told as "the procedure" or "the custom" for a small girl, by her mother or an elder, on a trip this season
 *     or with the mother afraid (rule girls-thing-trip-season-elder; ti "ልምዲ"). Twins: the procedure at the dentist or
 *     for a visa (everydayProcedure), a custom of a family dinner.
 *  5. watched and controlled: a professional telling of a married woman whose husband's family follow or watch her and
 *     check her phone (rule watched-and-controlled). Twins: a parent checking homework, a teacher asking whether such checks are
 *     negative social control.
 */
const dangers: ReadonlyArray<[string, Lang, string]> = [
  // 1. threat said of a boy
  ['threat', 'nb', 'bror min sa at de skal ordne opp med ham i kveld fordi han har en kjaereste'],
  ['threat', 'ru', 'брат сказал, что они разберутся с ним сегодня, потому что он дружит с норвежцами'],
  ['threat', 'uk', 'батько сказав, що розбереться з ним, коли він прийде додому'],
  ['threat', 'pl', 'ojciec powiedział, że rozprawi się z nim dziś wieczorem'],
  ['threat', 'ar', 'ابوه قال انه سيتصرف معه الليلة'],
  ['threat', 'nn', 'onkelen seier han skal ordne opp med han når han kjem heim'],
  // 2. not let back
  ['notBack', 'en', 'my sister (19) is in Pakistan and the family won\'t let her go back to Norway'],
  ['notBack', 'nb', 'sosteren min er i irak og familien lar henne ikke reise tilbake'],
  ['notBack', 'ru', 'моя подруга в Дагестане, родственники не отпускают её обратно в Норвегию'],
  ['notBack', 'uk', 'моя сестра в Туреччині, родичі не відпускають її назад'],
  ['notBack', 'pl', 'siostra jest w Pakistanie, rodzina nie pozwala jej wrócić do Norwegii'],
  ['notBack', 'ar', 'أختي في العراق وأهلي منعوها من العودة إلى النرويج'],
  // 3. moved on abroad
  ['movedOn', 'ru', 'а если её уже перевезли в Турцию?'],
  ['movedOn', 'uk', 'її вже перевезли до Туреччини, що нам робити?'],
  ['movedOn', 'nb', 'hva om de allerede har flyttet henne til Pakistan?'],
  ['movedOn', 'en', 'my niece has already been moved to Turkey by her uncle, who do we call'],
  ['movedOn', 'pl', 'kuzynka ma 16 lat, już ją wywieźli do Turcji'],
  // 4. "the procedure", "the custom"
  ['rite', 'en', 'I\'m a nurse. a mother told me her daughter (4) will have the procedure done when they visit her grandmother in Sudan this summer'],
  ['rite', 'en', 'at nursery a mum said her girl will get the procedure done when they travel to Somalia to visit family this summer'],
  ['rite', 'nb', 'mormoren sier at hun skal fa gjort inngrepet nar de reiser til Somalia i sommer'],
  ['rite', 'ti', 'ዓባያ ንጓላ ልምዲ ክትገብረላ ትደሊ እያ፣ ኣደ ፈሪሓ ኣላ'],
  ['rite', 'ti', 'ዓባያ ነታ ጓል እቲ ልምዲ ክትገብረላ ትደሊ፣ ኣዲኣ ፈሪሓ ኣላ'],
  // 5. watched and controlled
  ['watched', 'en', 'I am a teacher. A pupil\'s husband and his family follow her and check her phone every day'],
  ['watched', 'nb', 'jeg er helsesykepleier. familien til en elev følger etter henne og sjekker telefonen hennes'],
  ['watched', 'ru', 'я социальный работник. родственники мужа клиентки следят за ней и проверяют телефон'],
  ['watched', 'en', 'social worker here: a client says her husband\'s family are tracking her and check her messages, what can we do'],
];

const calm: ReadonlyArray<[string, Lang, string]> = [
  // 1.
  ['threat', 'en', 'my uncle is coming tonight to sort out the paperwork with him'],
  ['threat', 'ru', 'дядя приедет сегодня вечером, чтобы разобраться с документами'],
  ['threat', 'nb', 'onkelen kommer i kveld for a ordne papirene med ham'],
  ['threat', 'uk', 'брат допоможе розібратися з домашнім завданням'],
  // 2.
  ['notBack', 'en', 'my sister (25) decided to stay in Pakistan, she likes it there and does not want to come back'],
  ['notBack', 'ru', 'сестра решила остаться в Турции, ей там нравится'],
  ['notBack', 'nb', 'sosteren min har valgt a bo i Irak et ar, hun trives der'],
  // 3.
  ['movedOn', 'en', 'we already moved to Turkey last year, which consulate do we use for passports?'],
  ['movedOn', 'ru', 'мы уже переехали в Турцию, какое консульство выдаёт паспорта?'],
  // 4.
  ['rite', 'en', 'her mother says she will have the procedure done at the dentist when they visit family this summer'],
  ['rite', 'en', 'her mum says she will have the procedure done for the visa when they visit family this summer'],
  ['rite', 'en', 'the grandmother wants to keep our custom of a big Eid dinner next week'],
  ['rite', 'ru', 'бабушка говорит, что летом на даче сделают ей процедуру у стоматолога'],
  // 5.
  ['watched', 'en', 'my mother checks my homework and helps me every evening'],
  ['watched', 'ru', 'мама проверяет домашнее задание сына каждый вечер'],
  ['watched', 'en', 'I am a teacher. is it negative social control when parents check a pupil\'s phone and follow her?'],
  ['watched', 'en', 'I am a teacher. A pupil\'s parents follow her progress and check her homework'],
];

describe('the six dangers only the second opinion read, made rules (rules37)', () => {
  it.each(dangers)('%s %s: %s', (_cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calm)('calm twin %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  describe('the bot whose second opinion never fires', () => {
    let rulesOnly: ConversationRunner | undefined;
    beforeAll(async () => {
      rulesOnly = await rulesOnlyRunnerOfFile();
    }, 120_000);
    afterAll(async () => {
      await rulesOnly?.close();
    });
    const emergency = async (lng: Lang, turns: string[]): Promise<boolean> => {
      if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
      const run = await rulesOnly.converse({ lang: lng, turns });
      return readTurn(run.replies, rulesOnly.markers).emergency;
    };
    it.each<[Lang, string[], string]>([
      ['ru', ['опека. подростку 14 лет дядя сказал, что завтра приедет разобраться с ним из-за его девушки. что нам делать?'], 'дядя приедет завтра, чтобы разобраться с документами на квартиру'],
      ['uk', ['Куди дзвонити, якщо дівчину вивезли до Пакистану?', 'А якщо її вже перевезли до Афганістану?'], 'ми вже переїхали до Туреччини минулого року, діти ходять там до школи'],
      ['en', ['kindergarten teacher here. a mum told us her daughter (3) will get the procedure done when they visit grandma in Somalia this summer. what must we do?'], 'a mum told us her daughter (3) will get the procedure done at the dentist when they visit grandma this summer'],
      ['nb', ['jeg er lege. en pasient sier at mannen og svigerfamilien følger etter henne og sjekker telefonen hennes. hvem ringer jeg?'], 'jeg er lege. en pasients mor følger opp medisinene hennes og sjekker blodtrykket'],
    ])('%s: the card on the danger, none on its calm twin', async (lng, turns, twin) => {
      expect([turns.join(' / '), await emergency(lng, turns)]).toEqual([turns.join(' / '), true]);
      expect([twin, await emergency(lng, [twin])]).toEqual([twin, false]);
    }, 240_000);
  });
});
}

// ─── age37.test.ts ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A writer's own age of 18 or more makes them a grown-up, not a young writer (issue #13, age37): "I'm 24 and my
 * parents…", "jeg er 19 år", "mam 22 lata", "мне 25" get the lines adults call themselves (the Red Cross line,
 * VO-linjen, Kompetanseteamet, which takes people over 18 directly), not the children's lines first. Our own probes, as
 * people type them; twins: a 16- or 17-year-old stays young, a teacher's pupil of 19 or "my 19-year-old daughter" is
 * not the writer's own age.
 */
const ownAdult: ReadonlyArray<[Lang, string]> = [
  ['nb', 'jeg er 19 år og foreldrene mine bestemmer alt'],
  ['nb', 'jeg er 23 og familien min vil ikke at jeg flytter ut'],
  ['nb', 'jeg har fylt 18 nå men pappa styrer fortsatt telefonen min'],
  ['nn', 'eg er 20 år og foreldra mine les meldingane mine'],
  ['nn', 'eg er nitten og får ikkje gå ut om kvelden'],
  ['en', "I'm 24 and my parents decide who I can see"],
  ['en', 'im 19 and my dad checks my phone every day'],
  ['en', 'i am twenty two and my brothers follow me everywhere'],
  ['ar', 'عمري ٢٣ سنة وأهلي يمنعوني من الخروج'],
  ['ar', 'انا عمري 20 واخي يراقب هاتفي'],
  ['so', 'waxaan ahay 21 jir, qoyskaygu ma i ogolaadaan inaan dibadda u baxo'],
  ['fa', '۲۲ سالمه و خانواده‌ام نمیذارن با دوستام برم بیرون'],
  ['fa', 'من 19 سالمه و بابام گوشیمو چک میکنه'],
  ['ur', 'میری عمر 22 سال ہے اور میرے گھر والے مجھے باہر نہیں جانے دیتے'],
  ['ur', 'main 20 saal ki hoon aur mere bhai mera phone check karte hain'],
  ['uk', 'мені 21, батьки перевіряють мій телефон'],
  ['ru', 'мне 25, родители не дают мне встречаться с друзьями'],
  ['ru', 'мне уже 19 лет, а отец решает за меня всё'],
  ['tr', '22 yaşındayım ve ailem arkadaşlarımla görüşmeme izin vermiyor'],
  ['tr', 'ben 19 yasindayim, abim telefonumu kontrol ediyor'],
  ['pl', 'mam 22 lata i rodzice kontrolują mój telefon'],
  ['pl', 'mam juz 19 lat a tata nie pozwala mi wychodzic'],
  ['ti', '22 ዓመተይ እየ ስድራይ ምስ ኣዕሩኽተይ ክወጽእ ኣይፈቕዱለይን'],
  ['ti', 'ዕድመይ 20 እዩ'],
];

/** Young writers, someone else's age, and numbers that are no age: not the writer's own grown-up age. */
const notOwnAdult: ReadonlyArray<[Lang, string]> = [
  ['nb', 'jeg er 17 år og foreldrene mine bestemmer alt'],
  ['nb', 'jeg er 16 og pappa tar telefonen min'],
  ['nb', 'eleven min er 19 år og foreldrene bestemmer alt'],
  ['nb', 'datteren min på 19 får ikke gå ut'],
  ['nn', 'eg er 17 og foreldra mine les meldingane mine'],
  ['en', "I'm 17 and my parents decide who I can see"],
  ['en', 'my 19-year-old daughter is not allowed out'],
  ['en', 'she is 24 and her husband takes her money'],
  ['en', 'I teach a class of 25 pupils'],
  ['ar', 'عمري ١٦ سنة وأهلي يمنعوني من الخروج'],
  ['fa', '۱۷ سالمه و خانواده‌ام نمیذارن برم بیرون'],
  ['ru', 'мне 16, родители не дают мне встречаться с друзьями'],
  ['ru', 'ей 25, муж забирает её деньги'],
  ['uk', 'мені 17, батьки перевіряють мій телефон'],
  ['tr', '17 yaşındayım ve ailem izin vermiyor'],
  ['pl', 'mam 22 uczniów w klasie'],
  ['pl', 'mam 17 lat i rodzice kontrolują mój telefon'],
  ['so', 'waxaan ahay 16 jir'],
  ['ur', 'meri beti 22 saal ki hai'],
  ['ti', '16 ዓመተይ እየ'],
];

describe('the writer’s own age of 18 or more (age37)', () => {
  const contacts = createContactRecognizer({ directory, places, advisers: noAdvisers() });
  it.each(ownAdult)('%s: "%s" says the writer is a grown-up', (_lang, text) => {
    expect(contacts.saysOwnAdultAge(text)).toBe(true);
  });
  it.each(notOwnAdult)('%s: "%s" says no grown-up age of the writer', (_lang, text) => {
    expect(contacts.saysOwnAdultAge(text)).toBe(false);
  });
});

/** A grown-up asking whom to talk to about their own family: the lines adults call, with the young twin's children's line. */
const conversations: ReadonlyArray<[Lang, string, string]> = [
  ['nb', 'jeg er 19 år og foreldrene mine bestemmer alt, får ikke ha venner. hvem kan jeg snakke med?', 'jeg er 16 år og foreldrene mine bestemmer alt, får ikke ha venner. hvem kan jeg snakke med?'],
  ['pl', 'mam 22 lata i rodzice kontrolują mój telefon i nie pozwalają mi wychodzić. do kogo mogę się zwrócić?', 'mam 16 lat i rodzice kontrolują mój telefon i nie pozwalają mi wychodzić. do kogo mogę się zwrócić?'],
  ['ru', 'мне 25, родители проверяют мой телефон и не дают встречаться с друзьями. куда обратиться?', 'мне 15, родители проверяют мой телефон и не дают встречаться с друзьями. куда обратиться?'],
];

describe('a grown-up writer gets the lines adults call themselves, a young twin the children’s line (age37)', () => {
  const runner = conversationRunnerPerFile();
  it.each(conversations)('%s: "%s"', async (lang, adult, young) => {
    const grown = await runner.turn(lang, adult);
    expect(grown.didYouMean || grown.cannotAnswer).toBe(false);
    expect(containsFact(grown.texts, ['815 55 201'])).toBe(true);
    expect(containsFact(grown.texts, ['116 006'])).toBe(true);
    expect(containsFact(grown.texts, ['116 111'])).toBe(false);
    const child = await runner.turn(lang, young);
    expect(containsFact(child.texts, ['116 111'])).toBe(true);
  });
  it.each([
    ['en', "i'm 21, my brothers said i'm finished if i keep seeing my girlfriend and they took my phone and keys"],
    ['nb', 'jeg er 22 og bor hjemme, onkelen min sa jeg er død for familien hvis faren min får vite om kjæresten min, nå har de tatt nøklene mine'],
  ] as const)('%s: a grown-up’s own story of threats keeps the 112 block, with the adult lines (Kompetanseteamet), not the children’s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(view.texts.some((t) => /Alarmtelefonen/u.test(t) && /^\s*1\./u.test(t))).toBe(false);
  });
  it('a grown-up asking whether they may call themselves, or must the school or child welfare: Kompetanseteamet takes over-18s', async () => {
    const view = await runner.turn('en', ['what is the number of Kompetanseteamet?', "i'm 20. can i call them myself or does my school or barnevernet have to do it?"]);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(containsFact(view.texts, ['18'])).toBe(true);
  });
  it('a grown-up who asks for the children’s line by name still gets its number', async () => {
    const view = await runner.turn('nb', 'jeg er 19 og lurer på hva nummeret til alarmtelefonen er');
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
  it('danger told by a grown-up: the emergency card, and the adult lines to contact, not the children’s first', async () => {
    const view = await runner.turn('en', "I'm 24 and my parents want me to marry my cousin next month, I said no and they threatened me. who can I talk to?");
    expect(view.emergency).toBe(true);
    const contact = view.texts.findIndex((t) => /Who to contact/u.test(t));
    expect(contact).toBeGreaterThanOrEqual(0);
    expect(view.texts[contact + 1]).not.toMatch(/Alarmtelefonen/u);
  });
});

// ─── left37.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Issue #13, left37: calm questions the retrained second opinion put its "call 112" line on (session 36, left open),
 * closed as classes, with our own probes (no æøå, nynorsk, the other languages as natives type them):
 *  1. A question about what the law or the rules say ('asksTheLaw': "what does the law say", "hva sier loven", "что
 *     говорит закон"; not "what are we obliged to do", which asks what to do in a case) about a pupil not back after a
 *     holiday, with no event told beside it: no line. A marriage, a harm, a passport taken, a trip or a rite told
 *     beside it still lets the model (or the rules) alarm. ("Ikke kommer tilbake" in nb/nn reads as neverReturn, kept
 *     there, which still lets the model weigh the question: the safe side.)
 *  2. "Is that normal / does that count / is that it" ('asksIfItCounts') about everyday control: no line from the
 *     model; a young writer gets the lines with "call 112" as a plain sentence, not the block (a threat, a marriage or
 *     a passport taken beside the question keeps it).
 */
const runner = conversationRunnerPerFile();

const LAW_CALM: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'hva sier loven om meldeplikt når en elev ikke har kommet tilbake etter sommerferien?'],
  ['nn', 'kva seier lova om meldeplikt dersom ein elev ikkje kome tilbake etter sommarferien?'],
  ['pl', 'co mówi prawo o zgłaszaniu, gdy uczeń nie wrócił po wakacjach?'],
  ['ru', 'что говорит закон, если ученик не вернулся после каникул?'],
  ['ar', 'ماذا يقول القانون إذا لم يعد طالب بعد العطلة؟'],
  ['uk', 'що каже закон, якщо учень не повернувся після канікул?'],
  ['fa', 'قانون چه میگوید وقتی دانش آموزی بعد از تعطیلات برنگشته است؟'],
];

const LAW_DANGER: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'what does the law say, a pupil didnt come back after the holidays and her friend says she was married off there'],
  ['nb', 'hva sier loven? en elev kom ikke tilbake etter ferien og venninna sier hun er giftet bort der'],
  ['en', 'what are the rules? my student never came back from pakistan and they took her passport'],
  ['ru', 'что говорит закон? ученица не вернулась после каникул, её выдали замуж'],
  ['en', 'what does the law say, my pupil is not coming back, her family says she will stay there for good'],
  // A rite told by euphemism on a visit this summer: the rules miss it, the model (asked: a trip beside the law question) reads it.
  ['en', "we're a kindergarten. a mum said her girl (4) will get the old custom done when they visit family this summer, what does the law say?"],
];

const YOUNG_CALM: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'im 15 and my dad reads all my texts, is that normal?'],
  ['nb', 'jeg er 14 og pappa leser meldingene mine, er det normalt?'],
  ['nb', 'jeg er 15 og mamma sjekker mobilen min hele tiden, teller det?'],
  ['pl', 'mam 15 lat i tata czyta moje wiadomości, czy to normalne?'],
  ['tr', '15 yaşındayım, babam mesajlarımı okuyor, bu normal mi?'],
  ['so', 'waxaan ahay 15 sano, aabahay wuxuu akhriyaa farriimahayga, ma caadi baa?'],
  ['ar', 'عمري ١٥ وأبي يقرأ رسائلي، هل هذا طبيعي؟'],
  ['uk', 'мені 15, тато читає мої повідомлення, це нормально?'],
  ['ru', 'мне 15, папа читает мои сообщения, это нормально?'],
];

const YOUNG_DANGER: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'my dad reads my texts and said he will kill me if i talk to boys, is that normal?'],
  ['nb', 'pappa leser meldingene mine og sa han skal drepe meg, er det normalt?'],
  ['en', 'im 15 and my parents say i will marry my cousin in pakistan this summer, is that normal?'],
  ['tr', 'babam mesajlarımı okuyor ve beni öldüreceğini söyledi, bu normal mi?'],
  ['pl', 'mam 15 lat, rodzice zabrali mi paszport i mówią, że zostanę w Pakistanie, czy to normalne?'],
];

/** Some of the probes, by index, for the slower conversation tests. */
function pick(list: ReadonlyArray<readonly [Lang, string]>, at: readonly number[]): Array<readonly [Lang, string]> {
  return list.filter((_, i) => at.includes(i));
}

describe('the question words are read (left37)', () => {
  const reader = loadSituationReader();
  it.each(LAW_CALM)('asksTheLaw (%s): %s', (lng, text) => {
    expect(reader.read(text, [], lng).concepts.has('asksTheLaw')).toBe(true);
  });
  it.each(YOUNG_CALM)('asksIfItCounts (%s): %s', (lng, text) => {
    expect(reader.read(text, [], lng).concepts.has('asksIfItCounts')).toBe(true);
  });
});

describe('calmAsked in the gate (left37)', () => {
  const base: SecondOpinionModel = {
    made: { by: 't', date: 'd', commit: 'c', sets: 1, items: 1, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'f', minItems: 1, kept: 1, keptBy: 'k' },
    prior: 5,
    threshold: 0,
    gate: ['notBack', 'marriedOff'],
    unless: [],
    calmAsked: [{ asks: 'asksTheLaw', besideOnly: ['notBack'] }],
    weights: {},
  };
  const model = createSecondOpinion(base);
  it('keeps a law question beside only the allowed gate concepts from the model, and asks it beside another', () => {
    expect(model.fires('what does the law say when a pupil is not back', new Set(['notBack', 'asksTheLaw']))).toBe(false);
    expect(model.fires('what does the law say, a pupil not back and married off', new Set(['notBack', 'marriedOff', 'asksTheLaw']))).toBe(true);
    expect(model.fires('a pupil is not back after the holidays', new Set(['notBack']))).toBe(true);
  });
  it('the committed model has the gate file\'s calmAsked', () => {
    expect(loadSecondOpinion().fires('what does the law say about reporting a pupil who is not back', new Set(['notBack', 'asksTheLaw']))).toBe(false);
  });
});

describe('calm questions get no 112 line, danger twins keep it (left37)', () => {
  it.each([...LAW_CALM, ...YOUNG_CALM])('calm by the rules and the model (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
  });
  it.each([...LAW_DANGER, ...YOUNG_DANGER])('danger twin alarms (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng) || secondOpinionLine(text, lng)]).toEqual([text, true]);
  });
});

describe('in the conversation (left37)', () => {
  it.each(pick([...LAW_CALM, ...YOUNG_CALM], [0, 3, 7, 8, 11, 14]))('calm (%s): %s gets no attention block', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
  });
  it('a young writer asking if a curfew counts gets the children\'s line', async () => {
    const view = await runner.turn('en', 'im 16 and my parents wont let me go to the party on saturday, is that normal?');
    expect(view.emergency).toBe(false);
    expect(view.texts.join(' ')).toContain('116 111');
  });
  it.each(pick([...LAW_DANGER, ...YOUNG_DANGER], [0, 4, 5, 7, 8]))('danger twin (%s): %s gets the attention block', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});

// ─── stat37s.test.ts ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Figure questions and figure follow-ups in the nine other languages (issue #13, stat37s). Our own probes, as people
 * type them, each class with calm or other-figure twins; every figure from content/stats/published.json only.
 *  1. A follow-up that moves a figure to another year ("and 2022?", "و در سال ۲۰۲۳؟"), also after a Persian question
 *     that calls the grant "کمک هزینه" (read as a grant, so the amount, not the organisations counted).
 *  2. A follow-up asking how many advisers there were in total (59 in 2023) after a question about adult education;
 *     Tigrinya "ብጠቕላላ" (in total) and "ነይሮም" (they were) read as words of a headcount question.
 *  3. A follow-up asking the extra kroner from Udir (NOK 1 m in 2024) after Kompetanseteamet's funding: Turkish
 *     "ek olarak", "ilave olarak", "ekstra" (in addition) ask that part of the figure, and "kron" reads as kroner.
 *  4. Single figure questions that already worked stay answered: Nora's share from campaigns (70 %), 2022 involuntary
 *     stays abroad (113), fear of forced marriage in 2008 (63, 91), 2007-2008 inquiries and growth (both 28 % and ~40 %),
 *     the national resource environments in 2023 (14 organisations, NOK 37.5 m), Kompetanseteamet's recent years.
 */
describe('figure questions and follow-ups in the other languages (stat37s)', () => {
  const runner = conversationRunnerPerFile();
  const clean = (texts: readonly string[]): string[] => texts.map((t) => t.replace(/[\u2066-\u2069\u2060]/gu, ''));

  const answered: ReadonlyArray<[Lang, readonly string[], readonly string[]]> = [
    // 1. another year
    ['fa', ['کمک هزینه دولتی برای سازمان‌های داوطلب در سال ۲۰۲۲ چقدر بود؟'], ['9.9']],
    ['fa', ['کمک هزینه دولتی برای سازمان‌های داوطلب در سال ۲۰۲۲ چقدر بود؟', 'و در سال ۲۰۲۳؟'], ['10.4']],
    ['fa', ['کمک‌هزینه سازمان‌های داوطلبانه در ۲۰۲۱ چقدر بود؟', 'و ۲۰۲۲؟'], ['9.9']],
    ['fa', ['بودجه سازمانهای داوطلبانه در 2022 چقدر بود', '2023 چطور؟'], ['10.4']],
    ['ar', ['كم عدد الحالات عند فريق الكفاءات سنة 2021؟', 'وفي 2022؟'], ['891']],
    ['ru', ['Сколько дел было у Kompetanseteamet в 2021 году?', 'А в 2022?'], ['891']],
    ['pl', ['Ile spraw miał Kompetanseteamet w 2021?', 'A w 2022?'], ['891']],
    ['so', ['Immisa kiis ayuu Kompetanseteamet helay 2021?', '2022-kii se?'], ['891']],
    ['ur', ['2021 میں Kompetanseteamet کے پاس کتنے کیس تھے؟', 'اور 2022 میں؟'], ['891']],
    ['nb', ['hvor mange saker hadde kompetanseteamet i 2021', 'og 2022?'], ['891']],
    // 2. the advisers in total
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ ትምህርቲ ዓበይቲ ይሰርሑ ድዮም?', 'ብጠቕላላ ኣብ 2023 ክንደይ ነይሮም?'], ['59']],
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ ትምህርቲ ዓበይቲ ይሰርሑ ድዮም?', 'ኣብ 2023 ክንደይ ነይሮም?'], ['59']],
    ['ti', ['ኣማኸርቲ ብዙሕነት እንታይ ይገብሩ?', 'ብጠቓላላ ክንደይ እዮም?'], ['59']],
    ['ar', ['هل في مستشارين تنوع بيشتغلوا بمراكز تعليم الكبار؟', 'وكم عددهم كلهم سنة 2023؟'], ['59']],
    ['so', ['La-taliyayaasha kala duwanaanshaha ma ka shaqeeyaan waxbarashada dadka waaweyn?', 'Guud ahaan immisa ayay ahaayeen 2023?'], ['59']],
    ['ru', ['Работают ли советники по многообразию в образовании для взрослых?', 'А сколько их было всего в 2023?'], ['59']],
    // 3. the extra kroner from Udir
    ['tr', ['Kompetanseteamet 2024\'te ne kadar para aldı?', 'Udir\'den ek olarak kaç kron geldi?'], ['1.000.000']],
    ['tr', ['Kompetanseteamet 2024 yılında ne kadar ödenek aldı?', 'İlave olarak Udir üzerinden ne kadar para geldi?'], ['1.000.000']],
    ['tr', ['Kompetanseteamet 2024 yılında ne kadar ödenek aldı?', 'Ekstra olarak eğitim bakanlığından kaç kron?'], ['1.000.000']],
    // 4. single questions and other follow-ups
    ['en', ['What share of Nora\'s traffic came from campaigns in 2023?'], ['70']],
    ['ur', ['Nora چیٹ بوٹ کیا ہے؟', 'اس کی کتنی ٹریفک مہمات سے آئی؟'], ['70']],
    ['so', ['Immisa kiis oo ku saabsan joogitaan dibadda oo aan ikhtiyaari ahayn ayaa jiray 2022?'], ['113']],
    ['so', ['2008 immisa kiis ayaa ku saabsanaa cabsi guur qasab ah?'], ['63', '91']],
    ['fa', ['در سال ۲۰۰۷ و ۲۰۰۸ تیم تخصصی چند درخواست داشت و چقدر افزایش یافت؟'], ['177', '248', '28', '40']],
    ['tr', ['2023\'te ulusal kaynak ortamlarına ne kadar hibe verildi ve kaç kuruluş aldı?'], ['14', '37,5']],
    ['ru', ['Сколько обращений получала Kompetanseteamet за последние годы?'], ['891', '2023']],
  ];

  it.each(answered)('%s %j: the figure asked is shown', async (lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    const texts = clean(view.texts);
    for (const fact of facts) expect([fact, containsFact(texts, [fact])]).toEqual([fact, true]);
  });

  it('twin: cases asked in Tigrinya after the advisers stay cases (899, 897), not their headcount', async () => {
    const texts = clean((await runner.turn('ti', ['ኣማኸርቲ ብዙሕነት እንታይ ይገብሩ?', 'ኣብ 2023 ክንደይ ጉዳያት ነይሮምዎም?'])).texts);
    expect(containsFact(texts, ['899'])).toBe(true);
  });

  it('twin: "ek olarak" without a funder named after the funding is no part of the figure', async () => {
    const view = await runner.turn('tr', ['Kompetanseteamet 2024\'te ne kadar para aldı?', 'Ek olarak ne yapabilirim?']);
    expect(view.emergency).toBe(false);
    expect(containsFact(clean(view.texts), ['1.000.000'])).toBe(false);
  });

  it('twin: a study grant asked in Persian is no figure', async () => {
    const view = await runner.turn('fa', ['چطور می‌توانم کمک هزینه تحصیلی بگیرم؟']);
    expect(view.emergency).toBe(false);
    expect(clean(view.texts).some((t) => t.startsWith('احصائیه'))).toBe(false);
  });

  it('the words are read as the English cues', () => {
    expect(toEnglishCues(normalize('کمک هزینه سازمان‌های داوطلب'), 'fa')).toContain('grant');
    expect(toEnglishCues(normalize('ብጠቕላላ ክንደይ'), 'ti')).toContain('in total');
    expect(toEnglishCues(normalize('kaç kron geldi'), 'tr')).toContain('kroner');
    // Twin: "kron" is read so in Turkish only.
    expect(toEnglishCues(normalize('ile kron'), 'pl')).not.toContain('kroner');
  });
});

// ─── contact37s.test.ts ──────────────────────────────────────────────────────────────────────────────────

// ─── The envoy's other countries asked after whom to call for someone held there (issue #13, contact37s) ───────

/**
 * "Which other countries does the envoy in Ankara cover?" after a question about someone held in Turkey: the city names
 * the post just answered (Ankara is in Turkey), not another country asked about, and the card about whom to call for
 * the person (which lists no coverage) gives way to the post's own card, which names Russia (mostly Chechnya) too.
 * The emergency card stays first (the person is held). Twins: another post's city asks that post, never Ankara's
 * countries; the coverage asked without a person held keeps answering as before.
 */
describe('envoy coverage after someone held abroad (contact37s)', () => {
  const runner = conversationRunnerPerFile();
  const RUSSIA = ['Rusya', 'Russia', 'Russland', 'Росси', 'Chechnya', 'Tsjetsjenia', 'Çeçen', 'Чечн'];

  it.each<[Lang, string, string]>([
    ['tr', "Norveç vatandaşı 19 yaşındaki kızımız Türkiye'de akrabaları tarafından zorla tutuluyor. Ne yapabiliriz?", 'Ankaradaki elçi başka hangi ülkelere bakıyor'],
    ['tr', "Norveçli 17 yaşındaki kuzenim Türkiye'de ailesi tarafından tutuluyor, kime başvurabiliriz?", "Ankara'daki elçi başka hangi ülkelerden sorumlu?"],
    ['tr', "Norveçli 17 yaşındaki kuzenim Türkiye'de ailesi tarafından tutuluyor, kime başvurabiliriz?", "Ankara'daki özel görevli başka hangi ülkeleri kapsıyor?"],
    ['en', 'My Norwegian cousin, 17, is held by her family in Turkey, who can we contact?', 'Which other countries does the envoy in Ankara cover?'],
    ['ru', 'Мою сестру, гражданку Норвегии, держат родственники в Турции. Куда обращаться?', 'А какие ещё страны курирует посланник в Анкаре?'],
  ])('%s: %s → %s names Russia', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, RUSSIA)).toBe(true);
  });

  it('tr: another post named after Turkey is not Ankara\'s coverage', async () => {
    const view = await runner.turn('tr', ["Norveç vatandaşı kızımız Türkiye'de akrabaları tarafından zorla tutuluyor. Ne yapabiliriz?", "Amman'daki elçi hangi ülkelere bakıyor?"]);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, RUSSIA)).toBe(false);
  });

  it('nb: the coverage asked after a calm envoy question stays calm and names the post', async () => {
    const view = await runner.turn('nb', ['Hvilken spesialutsending dekker Tyrkia?', 'hvilke andre land har hun ansvar for?']);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Ankara'])).toBe(true);
  });
});

// ─── The e-mail asked as a follow-up (issue #13, contact37s) ───────────────────────────────────────────────────

/** "And the e-mail?" after Kompetanseteamet or UD's operations centre: that service's published address. */
describe('the e-mail as a follow-up (contact37s)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string, string, string]>([
    ['nb', 'Kan barnehager bruke Kompetanseteamet?', 'og e-posten?', 'kompetanseteamet@bufdir.no'],
    ['nb', 'Kan barnehager bruke Kompetanseteamet?', 'har de epost?', 'kompetanseteamet@bufdir.no'],
    ['ru', 'Какой номер у оперативного центра МИД Норвегии?', 'А электронная почта?', 'UDops@mfa.no'],
    ['ru', 'Какой номер у оперативного центра МИД Норвегии?', 'И какой у них e-mail?', 'UDops@mfa.no'],
  ])('%s: %s → %s', async (lng, first, next, address) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, [address])).toBe(true);
  });
});

// ─── dev37c.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Issue #13 (dev37c): what was left of the development sets -116 and -117, as classes, with our own probes.
 *  1. A professional asks "what do I do / what is expected of me / what is my duty" about a grown-up under everyday
 *     control (her husband decides whom she sees, keeps her money, does not allow her a phone; a brother controls whom
 *     she talks to), nothing else told: the advice for their role (Kompetanseteamet, the Red Cross line), without the
 *     "112 if acute" block. A threat, a beating, a passport taken or a trip abroad keep the block (a child under the same
 *     everyday control gets the duty article, as duty36's calm twin: see the note in dangerTwins).
 *  2. Statistics asked in one sentence beside a remark on what the figure is for ("I'm giving a course"): the sentence
 *     asking which countries most cases came from says what is counted, not the course; nn "ka land", "trugslar og vald".
 */
describe('dev37c', () => {
  const runner = conversationRunnerPerFile();
  const ADVICE = ['Kompetanseteamet', '478 09 050', '815 55 201'];

  const calm: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne i klassen sier mannen bestemmer hvem hun får snakke med. hva forventes av meg?'],
    ['nb', 'jobber på nav. en klient forteller at mannen styrer alle pengene hennes, hva bør jeg gjøre'],
    ['nn', 'eg jobbar på mottak. ei bebuar seier at bror hennar bestemmer kven ho får snakke med. kva skal eg gjere?'],
    ['en', 'I work at a reception centre. A woman living here told me her husband decides who she may see. What should I do?'],
    ['en', 'I teach adults at the municipality. A lady in my class says husband dont allow her to have phone. What is my duty?'],
  ];
  it.each(calm)('%s: a grown-up under everyday control, asked by a professional: advice, no block (%s)', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ADVICE)).toBe(true);
  });

  const dangerTwins: ReadonlyArray<[Lang, string]> = [
    ['en', 'I work at a reception centre. A resident told me her brother controls who she talks to and threatened to send her home. What should I do?'],
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne sier mannen slår henne og bestemmer hvem hun får snakke med. hva forventes av meg?'],
    // Session 43 (lead): the child twin ('jeg er lærer. en elev på 15 sier faren bestemmer hvem hun får snakke med') was
    // taken out: it kept the block only through the learned model, and the same everyday control of a child told by a
    // professional with no threat, harm, trip or marriage is the duty article's calm twin in duty36 (session-36), help34
    // and calm39: the duty answer (child welfare, Kompetanseteamet, "112 if acute" in its steps), not the block
    // (test/bot/session-43.test.ts (rules43)).
    ['en', 'I work at NAV. A client says her husband took her passport and decides who she may see. What should I do?'],
    ['nn', 'eg er lærar på vaksenopplæringa. ei kvinne seier mannen skal sende ho til Pakistan neste veke. kva er forventa av meg?'],
  ];
  it.each(dangerTwins)('%s: the same with a threat, a beating, a child, a passport or a trip keeps the block (%s)', async (lng, text) => {
    expect((await runner.turn(lng, text)).emergency).toBe(true);
  });

  it('the danger reader itself reads none of the calm ones as danger or a concern', () => {
    for (const [lng, text] of calm) expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  const NOW = new Date('2026-06-01T12:00:00Z');
  const query = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

  it.each<[Lang, string]>([
    ['nb', 'hvilke land kommer flest saker fra? skal holde kurs for helsesykepleierne'],
    ['nn', 'ka land kjem dei fleste sakene åt rådgjevarane frå? eg ska ha kurs for lærarar'],
    ['en', 'which countries do most of the cases come from? I am giving a lecture for nurses'],
  ])('%s: the countries most cases came from, beside a course: cases by origin (%s)', (lng, text) => {
    expect(query(text, lng)).toMatchObject({ metric: 'cases', breakdown: 'origin-country' });
  });

  it('twin: a count of courses asked is still the courses', () => {
    expect(query('hvor mange kurs holdt kompetanseteamet i 2023?', 'nb')?.metric).toBe('assignments');
  });

  it('nn: the advisers\' main countries of origin beside a training day, answered with the ranking', async () => {
    await expectAnsweredWith(runner, 'nn', 'ka land kjem dei fleste sakene åt mangfaldsrådgjevarane frå? eg ska ha fagdag', [['Irak'], ['Afghanistan']]);
  });

  it.each<[Lang, string]>([
    ['nn', 'kor mange saker gjaldt trugslar og vald i 2022?'],
    ['nn', 'treng tal for 2022, vald og trugslar'],
    ['nb', 'hvor mange saker i 2022 handlet om vold og trusler?'],
  ])('%s: threats and violence, with or without the g: 368 (%s)', async (lng, text) => {
    await expectAnsweredWith(runner, lng, text, [['368']]);
  });
});

// ─── safety37s.test.ts ───────────────────────────────────────────────────────────────────────────────────

{
/**
 * Three classes of danger that were told past the rules (issue #13, safety37s). Our own probes, as people type them
 * (no æøå, nynorsk, second-language Norwegian, the other languages as natives write them), written as a young writer,
 * a friend or a professional, each class with calm twins that share its words:
 *  1. taken: a relative or someone coming today or tonight to fetch a person and take her to a place she does not know
 *     (or "away"), no harm word. Twins: an uncle fetching her from school, a cinema trip, a sleepover.
 *  2. leaving: an adult threatened in veiled words for moving out ("there will be consequences", "and worse", "she knows
 *     what happens to girls who…"), asked by NAV or refugee services who need housing: the emergency card with
 *     Kompetanseteamet (adults over 18). Twins: a family sad or angry about the move, the consequences for benefits.
 *  3. confined: "they won't let me leave the house" in the first person and told of a pupil. Twins: everyday limits
 *     (school nights, grounded this weekend), which stay calm as the existing rules read them.
 */
const dangers: ReadonlyArray<[string, Lang, string]> = [
  // 1. taken to a place she does not know
  ['taken', 'so', 'adeerkeed ayaa caawa imanaya si uu u qaado una geeyo meel aysan aqoon'],
  ['taken', 'so', 'abtigeed wuxuu imanayaa caawa inuu kaxeeyo, meel ay garanayn ayuu geyn doonaa'],
  ['taken', 'so', 'ardayadayda 14 jir ah adeerkeed maanta ayuu imanayaa si uu meel kale ugu kaxeeyo'],
  ['taken', 'so', 'ardayadayda 13 jir: abtigeed wuxuu imanayaa caawa, wuxuu u kaxaynayaa meel fog oo ay garanayn'],
  ['taken', 'nn', 'onkelen hennar kjem i kveld for å hente ho og ta ho ein stad ho ikkje veit om'],
  ['taken', 'nb', 'ho er 15, onkelen kommer ikveld for aa hente henne og ta henne et sted hun ikke kjenner'],
  ['taken', 'en', 'my friend says her cousins are coming tonight to take her away and she doesnt know where'],
  ['taken', 'ar', 'خالها سيأتي اليوم ليأخذها إلى مكان لا تعرفه'],
  ['taken', 'ar', 'عمها رح يجي الليلة ياخذها مكان ما بتعرفه'],
  ['taken', 'fa', 'عموش امشب میاد که ببرتش یه جایی که نمیدونه کجاست'],
  ['taken', 'fa', 'عموش امروز میاد ببرتش یه جای نامعلوم'],
  ['taken', 'ur', 'اس کا چچا آج رات اسے لینے آ رہا ہے اور کسی انجان جگہ لے جائے گا'],
  ['taken', 'tr', 'öğrencim: dayısı bugün onu almaya geliyor, nereye götüreceklerini bilmiyor'],
  ['taken', 'uk', 'дядько приїде сьогодні забрати її кудись, вона не знає куди'],
  ['taken', 'pl', 'jej wujek przyjeżdża dziś wieczorem, żeby ją zabrać w miejsce, którego nie zna'],
  // 2. an adult threatened in veiled words for leaving home
  ['leaving', 'nb', 'hun er 22 og familien sier de skal ta avstand fra henne og verre hvis hun flytter ut, hun trenger akuttbolig'],
  ['leaving', 'nn', 'ho er 25 og familien seier det blir konsekvensar om ho flyttar ut, NAV treng nødbustad'],
  ['leaving', 'en', 'a 23 year old client told us her family will make her pay and worse if she moves out, she needs a safe place tonight'],
  ['leaving', 'so', 'waa 21 jir, qoyskeeda waxay yiraahdeen haddii ay guriga ka guurto waxay arki doontaa waxa ku dhaca'],
  ['leaving', 'so', 'NAV: gabadh 20 jir ah, qoyskeedu waxay yiraahdeen haddii ay guriga ka guurto cawaaqib ayaa jiri doona'],
  ['leaving', 'ar', 'عمرها 20 وعائلتها قالت إذا تركت البيت ستكون هناك عواقب، تحتاج سكن طارئ'],
  ['leaving', 'pl', 'ma 22 lata, rodzina mówi że jeśli się wyprowadzi, będą konsekwencje. potrzebuje mieszkania'],
  ['leaving', 'tr', '22 yaşında, ailesi evden ayrılırsa sonuçlarına katlanacağını söylüyor, acil barınma lazım'],
  ['leaving', 'tr', 'mülteci hizmetleri: 20 yaşında kadın, evden taşınırsa ailesi sonuçlarına katlanır diyor'],
  ['leaving', 'ru', 'ей 23, семья говорит, что если она уедет из дома, будут последствия'],
  ['leaving', 'uk', 'їй 21, родина каже, що якщо вона переїде, будуть наслідки'],
  ['leaving', 'fa', '۲۲ سالشه، خانواده گفتن اگه از خونه بره عواقبش پای خودشه'],
  ['leaving', 'ur', 'نیشنل سروس: 20 سال کی لڑکی، اگر وہ گھر چھوڑے تو برے نتائج ہوں گے'],
  ['leaving', 'ti', 'ጓል 21 ዓመት፡ ካብ ገዛ እንተ ወጺኣ ሳዕቤን ክህሉ እዩ ይብሉ ስድራኣ'],
  // 3. confined
  ['confined', 'pl', 'nie pozwalają mi wyjść z domu'],
  ['confined', 'pl', 'rodzice nie pozwalają mi wyjść z domu od tygodnia'],
  ['confined', 'pl', 'uczennica mówi, że nie pozwalają jej wyjść z domu'],
  ['confined', 'nb', 'eleven sier at hun ikke får lov å gå ut av huset'],
  ['confined', 'nb', 'jeg får ikke lov å gå ut i det hele tatt'],
  ['confined', 'nn', 'læraren seier at eleven ikkje får lov å gå ut av huset'],
  ['confined', 'en', 'they wont let me leave the house'],
  ['confined', 'en', 'a pupil says her parents wont let her leave the house'],
  ['confined', 'so', 'ima oggolaanayaan inaan guriga ka baxo'],
  ['confined', 'uk', 'батьки не дозволяють мені виходити з дому'],
  ['confined', 'ru', 'родители не разрешают мне выходить из дома'],
  ['confined', 'tr', 'beni evden dışarı çıkarmıyorlar'],
  ['confined', 'tr', 'öğrencim ailesinin onu evden dışarı çıkarmadığını söylüyor'],
  ['confined', 'fa', 'دانش‌آموزم میگه خانواده‌اش نمیذارن از خونه بره بیرون'],
];

const calm: ReadonlyArray<[string, Lang, string]> = [
  // 1. a relative fetching or taking her somewhere known
  ['taken', 'so', 'adeerkeed ayaa maanta ka soo qaadaya dugsiga'],
  ['taken', 'so', 'adeerkeed ayaa caawa imanaya si uu u qaado una geeyo shaleemada'],
  ['taken', 'nb', 'onkelen hennes henter henne på fotballtrening i dag'],
  ['taken', 'nb', 'bestemor kommer i kveld og henter henne, de skal på besøk til tante i bergen'],
  ['taken', 'en', 'her uncle is picking her up from school today'],
  ['taken', 'en', 'her grandmother is coming tonight to fetch her for a sleepover'],
  ['taken', 'ar', 'عمها سيأخذها إلى السينما الليلة'],
  ['taken', 'fa', 'عموش امشب میاد که ببرتش سینما'],
  ['taken', 'tr', 'amcası bugün onu okuldan alacak'],
  ['taken', 'ru', 'дядя сегодня заберёт её из школы'],
  ['taken', 'uk', 'дядько сьогодні забере її зі школи'],
  ['taken', 'ur', 'اس کا چچا آج اسے اسکول سے لینے آئے گا'],
  // 2. a family sad or angry, consequences for benefits
  ['leaving', 'nb', 'hun er 22 og familien blir lei seg hvis hun flytter ut, hvor kan hun få bolig'],
  ['leaving', 'nn', 'ho er 25 og familien blir lei seg om ho flyttar ut, kor kan ho bu'],
  ['leaving', 'en', 'her family will be angry if she moves out, can NAV help with a deposit'],
  ['leaving', 'en', 'what are the consequences for her benefits if she moves out'],
  ['leaving', 'so', 'gabadh 20 jir ah ayaa rabta inay guriga ka guurto, qoyskeeda way ka xumaan doonaan, guri ma heli kartaa'],
  ['leaving', 'ar', 'ما هي عواقب الانتقال من البيت على المساعدة الاجتماعية'],
  ['leaving', 'pl', 'co się stanie z zasiłkiem, jeśli się wyprowadzi? jakie są konsekwencje dla zasiłku'],
  ['leaving', 'uk', 'які наслідки для допомоги, якщо вона переїде'],
  ['leaving', 'ru', 'ей 21, родители расстроятся, если она переедет, где найти квартиру'],
  ['leaving', 'tr', '20 yaşında, evden taşınırsa ailesi üzülecek, ev bulmasına kim yardım eder'],
  ['leaving', 'fa', '۲۴ سالشه و میخواد از خونه بره، خانواده ناراحت میشن'],
  // 3. everyday limits
  ['confined', 'pl', 'nie pozwalają mi wychodzić wieczorem w tygodniu szkolnym'],
  ['confined', 'nb', 'jeg har husarrest denne helgen'],
  ['confined', 'en', 'im grounded this weekend'],
  ['confined', 'en', 'im not allowed out on school nights'],
  ['confined', 'ru', 'мне не разрешают гулять по вечерам в будни'],
  ['confined', 'tr', 'hafta içi akşamları dışarı çıkmama izin vermiyorlar'],
  // not let out alone: control, not confinement (the control article, as the existing rules read it)
  ['confined', 'tr', 'ebe olarak çalışıyorum. hamile bir kadın, eşinin ailesinin onu evden yalnız çıkarmadığını söyledi'],
  ['confined', 'pl', 'rodzice nie pozwalają jej samej wyjść z domu wieczorem'],
  ['confined', 'ru', 'родители не разрешают ей одной выходить из дома вечером'],
];

describe('danger told past the rules: taken to an unknown place, a veiled threat for leaving home, confinement (safety37s)', () => {
  it.each(dangers)('%s %s: %s', (_cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calm)('calm %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  describe('through the bot', () => {
    const runner = conversationRunnerPerFile();

    it.each<[Lang, string]>([
      ['so', 'adeerkeed ayaa caawa imanaya si uu u qaado una geeyo meel aysan aqoon'],
      ['pl', 'nie pozwalają mi wyjść z domu'],
      ['en', 'a pupil says her parents wont let her leave the house'],
    ])('%s: the emergency card first: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(true);
      expect(view.replyLanguage).toBe(lng);
    }, 120_000);

    it('a young writer kept in gets the children\'s line', async () => {
      const view = await runner.turn('pl', 'mam 15 lat i rodzice w ogóle nie pozwalają mi wyjść z domu');
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['116 111'])).toBe(true);
    }, 120_000);

    it.each<[Lang, string]>([
      ['pl', 'ma 22 lata, rodzina mówi że jeśli się wyprowadzi, będą konsekwencje. potrzebuje mieszkania'],
      ['en', 'refugee services here: client 24, her family says there will be consequences and worse if she moves out. we need emergency housing'],
      ['ar', 'عمرها 20 وعائلتها قالت إذا تركت البيت ستكون هناك عواقب، تحتاج سكن طارئ'],
    ])('%s: an adult threatened for leaving home gets the card with Kompetanseteamet', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    }, 120_000);

    it.each<[Lang, string]>([
      ['so', 'adeerkeed ayaa maanta ka soo qaadaya dugsiga'],
      ['ar', 'عمها سيأخذها إلى السينما الليلة'],
      ['en', 'what are the consequences for her benefits if she moves out'],
      ['en', 'im grounded this weekend'],
    ])('%s calm twin: no emergency card by the rules: %s', async (lng, text) => {
      expectCalmByTheRules(await runner.turn(lng, text), text, lng);
    }, 120_000);
  });
});
}

// ─── facts37s.test.ts ────────────────────────────────────────────────────────────────────────────────────

/**
 * Fact questions and errands (issue #13, facts37s). Our own probes, as people type them:
 *  1. an errand about the car's periodic inspection (EU-kontroll, roadworthiness test) is declined in every language,
 *     even though "kontroll" is a word of our domain; a story of control beside a car stays in scope;
 *  2. the national conferences' titles asked by name, and the 2022 one as a follow-up ("konferanse" beside a year is
 *     no longer read as the Turkish "konferans", a lecture, for the statistics card);
 *  3. the Christmas campaign's influencer asked by the campaign (no bare "TikTok" phrasing);
 *  4. which study found what (Proba 2023: control online after the pandemic; Fafo 2023: a double focus).
 */
describe('facts37s', () => {
  const runner = conversationRunnerPerFile();

  const errands: ReadonlyArray<[Lang, string]> = [
    ['nb', 'naar maa bilen vaar paa eu-kontroll? jeg jobber i barnehage og rekker det ikke'],
    ['nn', 'når skal bilen på eu kontroll, eg finn ikkje papira'],
    ['en', 'when is the roadworthiness test due for our kindergarten van?'],
    ['ur', 'ہماری گاڑی کا معائنہ کب ہونا ہے؟'],
    ['ur', 'میری گاڑی کا EU-kontroll کب ہے، کیسے پتہ کروں؟'],
    ['pl', 'kiedy mam przegląd techniczny samochodu?'],
    ['ru', 'когда у нашей машины техосмотр?'],
  ];
  it.each(errands)('%s: the car inspection is declined: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(true);
    expectDeclined(view, lang);
  });

  it('a story of control beside the car is not an errand', async () => {
    const view = await runner.turn('nb', 'eleven sier faren kontrollerer hvem hun er med og kjører henne overalt i bilen, hva gjør skolen?');
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  const conference: ReadonlyArray<[Lang, string]> = [
    ['nn', 'kva heitte konferansen imdi hadde i 2024?'],
    ['nb', 'hva het IMDis konferanse i 2024?'],
    ['en', 'what was the national conference called?'],
    ['ti', 'ሃገራዊ ኮንፈረንስ IMDi ሽሙ እንታይ ነይሩ?'],
  ];
  it.each(conference)('%s: the conference titles: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['Sammen åpner vi dører'], ['Bak lukkede dører']]);
  });

  it('nn: the 2022 conference as a follow-up', async () => {
    const view = await runner.turn('nn', ['kva het konferansen imdi heldt i 2024?', 'og den i 2022 då?']);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.texts.some((t) => t.includes('Bak lukkede dører'))).toBe(true);
  });

  const facts: ReadonlyArray<[Lang, string, string[][]]> = [
    ['nb', 'hvem var influenseren i julekampanjen?', [['Superminoritet']]],
    ['nn', 'kven var influensaren i julekampanjen?', [['Superminoritet']]],
    ['en', 'who was the influencer in the christmas campaign?', [['Superminoritet']]],
    ['nb', 'hvor mange spm svarte mangfoldsrådgiverne på ung.no i 2023, og hvem var influenseren i julekampanjen?', [['145'], ['Superminoritet']]],
    ['en', 'I read a report that said control on social media got worse after covid. Who wrote it?', [['Proba']]],
    ['nb', 'hvem fant ut at kontrollen på sosiale medier ble verre etter korona?', [['Proba']]],
    ['nn', 'kva forsking meinte ein må ha dobbelt fokus, både på fridomen til ungdommen og på foreldra?', [['Fafo']]],
  ];
  it.each(facts)('%s: %s', async (lang, message, want) => {
    await expectAnsweredWith(runner, lang, message, want);
  });
});

// ─── lead, end of session 37 ────────────────────────────────────────────────────────────────────────────────────

/**
 * "Gjort ferdig som meg" (done like me) said of a girl on a summer trip with an elder: the family's word for a cutting,
 * told by the mother who was cut herself (a rules-missed danger of the held-back set -114, class cutting). Our own
 * probes in bokmål and nynorsk; the twins finish a house or homework "as planned" before the same trip.
 */
describe('a girl to be "done like me" on a trip (lead, session 37)', () => {
  it.each<[Lang, string]>([
    ['nb', 'farmor vil ha med datteren min til sudan i ferien så hun blir gjort ferdig som meg'],
    ['nb', 'svigermor mener jenta på 5 må til somalia i sommer for å bli gjort ferdig slik som meg'],
    ['nn', 'mormor tek med jenta til somalia i sommar, ho skal bli gjort ferdig som meg'],
    ['nn', 'bestemor seier at jenta må til egypt i ferien og bli gjord ferdig som meg'],
  ])('danger by the rules (%s): %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each<[Lang, string]>([
    ['nb', 'huset blir gjort ferdig som planlagt før vi reiser til somalia i sommer'],
    ['nn', 'oppussinga vert gjort ferdig som avtalt før mormor kjem frå somalia i sommar'],
  ])('calm by the rules (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});
