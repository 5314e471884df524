import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { isDanger, alarmed, expectCalmByTheRules } from '../helpers/danger-alarm';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { normalize } from '../../src/language/text';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * dev129 (issue #13, the development set general-blind-129): three classes of danger the first run missed or
 * answered without the lines a person held abroad needs, with our own probes (none of them a tuned set's sentence):
 *  1. someone who HAS followed a person for a time ("har følgt etter ho i fleire veker", "стежили за нею"): the
 *     perfect and past forms of waitedFor were missing in nn, ar, fa, uk, ru and pl, where nb and en had them;
 *  2. children to be moved to live with relatives abroad, with a parent's fear that they will not come back
 *     ("moving the kids to live with her brother in …", "flytte borna for å bu hjå …"): a trip in every language, so
 *     the rules for a trip with neverReturn fire even when the message also asks which envoy covers the country; the
 *     plural "they will not come back" was missing in ar, so, uk, ru, pl and ti;
 *  3. a person "moved there" by the family, with the country said only as where she calls from: a journey abroad for
 *     the contact reading too, so the emergency card names the envoy and UD's 24-hour operations centre.
 *  4. (statistics) the people an adviser scheme helped, asked by gender after the scheme's name ("the adviser scheme in
 *     2008, how many women and men did they help?"): the persons in the cases, not the advisers' own headcount.
 *  5. (duty) a service told as already contacted ("we have contacted child welfare; should the family know?"): a step
 *     told, not a way to reach the service asked for; the duty answer with its caution and Kompetanseteamet, not the
 *     service's contact card (contactDone, content/contacts, twelve languages).
 * Calm twins: a statistic, the law, a course for staff, a case closed years ago, which envoy covers a country, a family
 * moving inside Norway.
 */
type Probe = readonly [string, Lang, string];

const dangers: readonly Probe[] = [
  ["followed", "nn", "helsesøster her: ei jente på 17 seier at kjærasten til syster hennar og onkelen har følgt etter ho heile hausten"],
  ["followed", "nb", "en kvinne på krisesenteret sier at eksmannen og fetteren hans har fulgt etter henne i tre uker"],
  ["followed", "en", "a patient told me her husband and his cousins have followed her for a month now"],
  ["followed", "ar", "مريضتي تقول إن زوجها وإخوته لاحقوها طوال الشهر الماضي"],
  ["followed", "so", "bukaankaygu waxay sheegtay in ninkeeda iyo walaalihiis ay daba socdeen bil dhan"],
  ["followed", "fa", "بیمارم می‌گوید شوهرش و برادرانش یک ماه است او را تعقیب کرده‌اند"],
  ["followed", "ur", "میری مریضہ کہتی ہے کہ اس کا شوہر اور اس کے بھائی ایک مہینے سے اس کا پیچھا کر رہے ہیں"],
  ["followed", "uk", "пацієнтка каже, що чоловік і його брати стежили за нею цілий місяць"],
  ["followed", "ru", "пациентка говорит, что муж и его братья следили за ней весь месяц"],
  ["followed", "tr", "hastam kocası ve kardeşlerinin bir aydır onu takip ettiğini anlatıyor"],
  ["followed", "pl", "pacjentka mówi, że mąż i jego bracia śledzili ją przez cały miesiąc"],
  ["followed", "ti", "ሕማምተይ ሰብኣያን ኣሕዋቱን ንሓደ ወርሒ ይስዕብዋ ከም ዝነበሩ ትብል"],
  ["moved to live", "en", "the mother now plans on moving the three kids to live with her brother in Kabul, and the father fears they will never come back"],
  ["moved to live", "nb", "moren vil flytte de tre barna for å bo hos onkelen i Kabul, og faren er redd de aldri kommer tilbake"],
  ["moved to live", "nn", "mora vil flytte dei tre borna for å bu hjå onkelen i Kabul, og faren er redd dei aldri kjem tilbake"],
  ["moved to live", "ar", "الأم تريد نقل الاطفال الثلاثة للعيش عند خالهم في كابول والأب يخاف أنهم لن يعودوا"],
  ["moved to live", "so", "hooyadu waxay rabtaa in carruurta saddexda ah ugu noolaadaan adeerkood Kabul, aabbahana wuxuu ka baqayaa inay dib uma soo noqon doonaan"],
  ["moved to live", "fa", "مادر می‌خواهد بچه ها را به کابل برای زندگی پیش دایی ببرد و پدر می‌ترسد دیگر برنمیگردند"],
  ["moved to live", "ur", "ماں بچوں کو کابل میں ماموں کے پاس رہنے کے لیے بھیجنا چاہتی ہے اور باپ کو ڈر ہے کہ وہ کبھی واپس نہیں آئیں گے"],
  ["moved to live", "uk", "мати хоче відправити дітей жити до дядька в Кабул, а батько боїться, що вони не повернуться"],
  ["moved to live", "ru", "мать хочет отправить детей жить к дяде в Кабул, а отец боится, что они не вернутся"],
  ["moved to live", "tr", "anne çocukları Kabil'de dayılarının yanında yaşamaya götürmek istiyor, baba geri dönmeyeceklerinden korkuyor"],
  ["moved to live", "pl", "matka chce, żeby dzieci zamieszkać u wuja w Kabulu, a ojciec boi się, że nigdy nie wrócą"],
  ["moved to live", "ti", "ኣደ ቆልዑ ኣብ ካቡል ምስ ኣኮኦም ክነብሩ ክትሰዶም ትደሊ፣ ኣቦ ኣይክምለሱን ኢሉ ይፈርህ"],
];

const calm: readonly Probe[] = [
  ["followed", "nn", "Kva er statistikken på kor mange som har vorte følgt etter av familien sin?"],
  ["followed", "nn", "For fem år sidan hadde vi ei sak der brørne hadde følgt etter ei jente, det er avslutta no. Kva lærte vi av det?"],
  ["followed", "en", "what does the law say if someone has been followed by relatives?"],
  ["followed", "ru", "Для курса для сотрудников: что делать, если девушку преследовали родственники?"],
  ["followed", "pl", "Szkolenie dla nauczycieli: jak rozmawiać z uczennicą, którą śledzili krewni?"],
  ["moved to live", "en", "which envoy covers Afghanistan?"],
  ["moved to live", "en", "how many children moved to live with relatives abroad last year, according to the statistics?"],
  ["moved to live", "nb", "Familien flyttet til Norge for å bo nær besteforeldrene, barna trives godt. Hvem er mangfoldsrådgiver i Drammen?"],
  ["moved to live", "en", "we are moving the kids to live closer to their grandparents in Bergen, what school should we pick?"],
];

describe('dev129: followed for weeks, children moved to live abroad, read as danger in twelve languages', () => {
  const situation = loadSituationReader();
  const CLASS_RULES: Record<string, RegExp> = { followed: /^waited-for$/u, 'moved to live': /^(sent-away-for-good|never-return)/u };

  it.each(dangers)('danger %s %s: %s', (cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
    const fired = situation.read(text, [], lng).danger;
    expect([text, fired.some((id) => CLASS_RULES[cls]?.test(id) === true)]).toEqual([text, true]);
  });
  it.each(calm)('calm twin %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
});

describe('dev129: through the bot', () => {
  const runner = conversationRunnerPerFile();
  const UD = ['+47 23 95 00 00', '23 95 00 00', '23950000'];

  it('nn: a woman followed for weeks by her husband\'s family, told by a nurse: the card with 112, no "did you mean"', async () => {
    const view = await runner.turn('nn', 'sjukepleiar her: ei kvinne (30) fortel at svigerfamilien har følgt etter ho sidan jul, og at ho ikkje tør gå heim');
    expect(view.emergency).toBe(true);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  it('en: children to be moved to live with relatives in Iran, a parent who fears they will not return, and which envoy covers it: the card and Amman', async () => {
    const view = await runner.turn('en', 'Our client says her ex wants to take their two boys (8 and 11) to live with his mother in Tehran after the summer, and she fears they will never come back. Which special envoy would handle Iran?');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
  });

  it('en: a relative says the family moved a girl there, and she calls from Iraq afraid: the envoy in Amman and UD\'s 24-hour line', async () => {
    const view = await runner.turn('en', 'my cousin (15) phoned me from Iraq, terrified. her parents moved her there in the autumn and she says she is not allowed to leave the house');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, UD)).toBe(true);
  });

  it('nb: a girl the family moved there, told by her teacher: the envoy and UD\'s line', async () => {
    const view = await runner.turn('nb', 'ei elev (16) ringte meg fra Irak og gråt. familien flyttet henne dit i vinter og nå skal hun gifte seg med en fetter');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, UD)).toBe(true);
  });

  it('calm twins through the bot: which envoy covers Iran, and a family that moved inside Norway', async () => {
    const envoy = await runner.turn('en', 'which special envoy covers Iran these days?');
    expect(envoy.emergency).toBe(false);
    expect(containsFact(envoy.texts, ['Amman'])).toBe(true);
    const moved = 'we are moving the kids to live closer to their grandparents in Bergen, who is the diversity adviser there?';
    expectCalmByTheRules(await runner.turn('en', moved), moved, 'en');
  });
});

describe('dev129: people helped, asked by gender after the adviser scheme is named', () => {
  const NOW = new Date('2026-12-07T12:00:00Z');
  const metricOf = (q: string, lng: Lang) => parseStatsQuestion(normalize(q), NOW, lng)?.query;
  it.each([
    ['en', 'The minority adviser scheme, in its start year 2008: how many girls vs boys did they assist?'],
    ['en', 'For the minority adviser scheme in 2008, how many women and men were helped?'],
    ['nb', 'Minoritetsrådgiverordningen i 2008, hvor mange kvinner og menn hjalp de?'],
  ] as const)('%s: %s asks persons by gender', (lng, q) => {
    expect(metricOf(q, lng)).toMatchObject({ metric: 'persons', breakdown: 'gender', fromYear: 2008 });
  });
  it('the advisers themselves by gender stay their headcount', () => {
    expect(metricOf('The minority adviser scheme, 2008: how many women and men worked there?', 'en')).toMatchObject({ metric: 'staff' });
  });
  const runner = conversationRunnerPerFile();
  it('en: the 2008 persons split by gender through the bot (shared/domain.md §9)', async () => {
    const view = await runner.turn('en', 'The minority adviser scheme, in its start year 2008: how many women vs men did they assist?');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['282'])).toBe(true);
    expect(containsFact(view.texts, ['107'])).toBe(true);
  });
});

describe('dev129: a service already contacted is a step told, not a contact asked for', () => {
  const runner = conversationRunnerPerFile();
  it('en: whether to tell the family that child welfare was contacted: the advice with Kompetanseteamet', async () => {
    const view = await runner.turn('en', 'Should we let the family know we have contacted child welfare, or might that endanger the girl? what do people usually advise in honour cases');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050', '47809050'])).toBe(true);
  });
  it('en: a number asked beside a contact already made is still a contact card', async () => {
    const view = await runner.turn('en', 'I have contacted the police already. What is Kompetanseteamet\'s phone number?');
    expect(containsFact(view.texts, ['478 09 050', '47809050'])).toBe(true);
  });
});
