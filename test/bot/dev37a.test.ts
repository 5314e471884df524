import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

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
