import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * s40facts (issue #13, statistics and history; every figure from content/ data with its source, ../shared/domain.md the
 * authority). Classes, with our own probes (none of them a tuned set's sentence):
 *  1. Which embassy covered Iran in 2008 and which covers it now (Ankara then, Amman now; domain.md §9, §12), asked
 *     as a history question and as "has it always been so?" after the envoy for Iran, in the twelve languages.
 *  2. When the 2008 action plan against forced marriage ended (2008–2011, §11): the plan named as "plan działań",
 *     "plan przeciw…", "qorshaha ficilka", "ውጥን ስጉምቲ", "plan against", "план противодействия" … was not read as a
 *     plan, so Polish and Somali got "did you mean" and Tigrinya the forced-marriage article.
 *  3. The share of girls among the people the diversity advisers helped: not published; the honest answer says so and
 *     gives what is ("most of the people helped were girls", §1). Arabic "البنات"/"الفتيات" with the article, Somali
 *     "gabdhuhu", romanised Urdu "larkiyan" and "what share … girls" in nine languages were not read as a split by gender.
 *  4. The growth from 2007 to 2008 asked after the persons Kompetanseteamet's inquiries concerned: the inquiries
 *     177 → 248 (+40 % computed) beside the report's own 28 % (D02) and the persons 196 → 269; it was the persons alone.
 *  5. "how many minority adviser cases … and how many people were involved/helped?": the persons of the cases (381
 *     cases, 391 persons, June–December 2008, §9), not the advisers' headcount; "how many <service> cases" named the
 *     advisers right after "how many", and Arabic and Somali put the persons after the advisers.
 *  6. The most common countries of origin asked after a case count with one country checked ("is Somalia among them?",
 *     "العراق منها؟"): the published list (Iraq, Somalia, Afghanistan, Pakistan, Syria, §1); it was "did you mean"
 *     or "cannot answer".
 * Calm twins: these are figures and history questions, never a case: none gets the emergency card. Twins that must
 * keep their old reading: today's action plan without a year, the persons' growth asked by name, the advisers'
 * headcount asked beside their cases, "how many of them were from Iraq?", a country's envoy after a count.
 */
type Probe = readonly [Lang, string];
type Chat = readonly [Lang, readonly string[]];
const NOW = new Date('2026-12-07T12:00:00Z');
const parsed = (lng: Lang, text: string) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

const ANKARA = ['Ankara', 'Ankarze', 'Анкара', 'Анкарі', 'Анкаре', 'أنقرة', 'آنکارا', 'انقرہ', 'Anqara', 'ኣንካራ', 'አንካራ'];
const AMMAN = ['Amman', 'Ammanie', 'Амман', 'Аммані', 'Аммане', 'عمّان', 'عمان', 'امان', 'Cammaan', 'ዓማን', 'ኣማን', 'አማን'];

describe('s40facts 1: which embassy covered Iran in 2008, and which does now', () => {
  const runner = conversationRunnerPerFile();
  const history: readonly Probe[] = [
    ['nb', 'Da integreringsrådgiverne startet opp i 2008, hvilken ambassade hadde Iran?'],
    ['nn', 'Kva ambassade hadde ansvaret for Iran i 2008, og kven har det no?'],
    ['en', 'Back in 2008, which embassy looked after Iran for the integration advisers, and which one does today?'],
    ['ar', 'أي سفارة كانت مسؤولة عن إيران عام 2008، وأيها مسؤولة الآن؟'],
    ['so', 'Safaaraddee ayaa Iran qaabilsanayd sanadkii 2008, maantana tee?'],
    ['fa', 'در سال ۲۰۰۸ کدام سفارت مسئول ایران بود و امروز کدام است؟'],
    ['ur', '2008 mein Iran kis embassy ke zimme tha aur ab kis ke paas hai?'],
    ['uk', 'Яке посольство відповідало за Іран у 2008 році, а яке тепер?'],
    ['ru', 'Какое посольство отвечало за Иран в 2008 году, а какое теперь?'],
    ['tr', "2008'de İran'dan hangi büyükelçilik sorumluydu, bugün hangisi?"],
    ['pl', 'Która ambasada odpowiadała za Iran w 2008 roku, a która dzisiaj?'],
    ['ti', 'ኣብ 2008 ኢራን ኣየናይ ኤምባሲ ይሕዛ ነይሩ፣ ሕጂኸ?'],
  ];
  it.each(history)('%s: Ankara then, Amman now: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ANKARA), containsFact(view.texts, AMMAN)]).toEqual([text, false, false, true, true]);
  }, 120_000);
  const always: readonly Chat[] = [
    ['nb', ['hvilken ambassade har saker om Iran?', 'har det alltid vært slik?']],
    ['en', ['who covers Iran among the envoys?', 'has it always been that embassy?']],
    ['ar', ['أي سفارة تتابع قضايا إيران؟', 'هل كان الأمر كذلك دائماً؟']],
    ['so', ['safaaraddee ayaa qabata kiisaska Iran?', 'mar walba sidaas ma ahayd?']],
    ['fa', ['کدام سفارت به پرونده‌های ایران رسیدگی می‌کند؟', 'آیا همیشه همین‌طور بوده؟']],
    ['ur', ['Iran ke cases kaun si embassy dekhti hai?', 'kya hamesha aisa hi tha?']],
    ['uk', ['яке посольство займається справами щодо Ірану?', 'чи так було завжди?']],
    ['ru', ['какое посольство занимается делами по Ирану?', 'так было всегда?']],
    ['tr', ['İran vakalarına hangi büyükelçilik bakıyor?', 'hep böyle miydi?']],
    ['pl', ['która ambasada zajmuje się sprawami Iranu?', 'czy zawsze tak było?']],
    ['ti', ['ጉዳያት ኢራን ኣየናይ ኤምባሲ ይሕዞ?', 'ኩሉ ግዜ ከምኡ ድዩ ነይሩ?']],
  ];
  it.each(always)('%s: "has it always been so?" after the envoy for Iran: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([view.emergency, view.didYouMean, containsFact(view.texts, ANKARA), containsFact(view.texts, AMMAN)]).toEqual([false, false, true, true]);
  }, 120_000);
});

describe('s40facts 2: when the 2008 action plan against forced marriage ended', () => {
  const runner = conversationRunnerPerFile();
  const ended: readonly Probe[] = [
    ['pl', 'W którym roku wygasł plan działań przeciw przymusowym małżeństwom z 2008 roku?'],
    ['pl', 'do którego roku był plan przeciwko małżeństwom zawieranym pod przymusem z 2008 r.?'],
    ['nb', 'Når gikk handlingsplanen mot tvangsekteskap fra 2008 ut?'],
    ['nn', 'Når slutta handlingsplanen mot tvangsekteskap frå 2008?'],
    ['en', 'until what year did the forced marriage action plan that began in 2008 run?'],
    ['ar', 'متى انتهت خطة العمل ضد الزواج القسري لعام 2008؟'],
    ['so', 'Qorshaha ficilka ee guurka qasabka ah ee 2008 goorma ayuu dhammaaday?'],
    ['so', 'qorshihii guurka qasabka ahaa ee la bilaabay 2008 sanadkee ayuu dhamaaday?'],
    ['fa', 'برنامه اقدام علیه ازدواج اجباری سال ۲۰۰۸ کی تمام شد؟'],
    ['ur', 'جبری شادی کے خلاف 2008 کا ایکشن پلان کب ختم ہوا؟'],
    ['uk', 'Коли закінчився план дій проти примусових шлюбів 2008 року?'],
    ['ru', 'Когда закончился план действий против принудительных браков 2008 года?'],
    ['tr', '2008 zorla evlilik eylem planı ne zaman sona erdi?'],
    ['ti', 'ናይ 2008 ውጥን ስጉምቲ ኣንጻር ብግዲ መርዓ መዓስ ተወዲኡ?'],
  ];
  it.each(ended)('%s: the history, with the plan 2008–2011: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ['2011'])]).toEqual([text, false, false, true]);
    expect(containsFact(view.texts, ['IMDi årsrapport 2008'])).toBe(true);
  }, 120_000);
  it('twin: today\'s plan asked without a year of the history stays today\'s plan (Sjef i eget liv, 2025–2028)', async () => {
    const view = await runner.turn('pl', 'jaki plan działań przeciw kontroli społecznej obowiązuje teraz?');
    expect([view.emergency, containsFact(view.texts, ['Sjef i eget liv']), containsFact(view.texts, ['2028'])]).toEqual([false, true, true]);
  }, 120_000);
});

describe('s40facts 3: the share of girls among those helped is not published', () => {
  const runner = conversationRunnerPerFile();
  const share: readonly Probe[] = [
    ['nb', 'hvor stor andel av dem mangfoldsrådgiverne hjalp i 2023 var jenter?'],
    ['nn', 'kor stor del av dei mangfaldsrådgivarane hjelpte i 2023 var jenter?'],
    ['en', 'what share of the people the diversity advisers helped in 2023 were girls?'],
    ['ar', 'ما نسبة البنات بين الذين ساعدهم مستشارو التنوع في 2023؟'],
    ['ar', 'كم نسبة الفتيات من الأشخاص الذين ساعدهم مستشارو التنوع 2023'],
    ['so', 'boqolkiiba immisa ayay gabdhuhu ahaayeen dadka ay caawiyeen mangfoldsrådgiverne 2023?'],
    ['fa', 'چند درصد از کسانی که mangfoldsrådgiverne در ۲۰۲۳ کمک کردند دختر بودند؟'],
    ['ur', '2023 mein mangfoldsrådgiverne ne jin logon ki madad ki un mein kitne fisad larkiyan thin?'],
    ['ur', '2023 میں mangfoldsrådgiverne نے جن لوگوں کی مدد کی ان میں کتنے فیصد لڑکیاں تھیں؟'],
    ['uk', 'який відсоток дівчат серед тих, кому допомогли mangfoldsrådgiverne у 2023?'],
    ['ru', 'какой процент девочек среди тех, кому помогли mangfoldsrådgiverne в 2023?'],
    ['tr', "2023'te mangfoldsrådgiverne'nin yardım ettiği kişilerin yüzde kaçı kızdı?"],
    ['pl', 'jaki odsetek osób, którym pomogli mangfoldsrådgiverne w 2023, stanowiły dziewczyny?'],
    ['ti', 'ኣብ 2023 mangfoldsrådgiverne ዝሓገዝዎም ሰባት ክንደይ ሚእታዊ ኣዋልድ እዮም?'],
  ];
  it.each(share)('%s: the advisers\' people in 2023, split by gender: %s', (lng, text) => {
    const q = parsed(lng, text);
    expect([text, q?.services, q?.fromYear, q?.breakdown]).toEqual([text, ['diversity-advisers'], 2023, 'gender']);
  });
  it('ar: the card says most of those helped were girls, and gives no share of its own', async () => {
    const view = await runner.turn('ar', 'ما نسبة البنات بين الذين ساعدهم مستشارو التنوع في 2023؟');
    expect([view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([false, false, false]);
    expect(containsFact(view.texts, ['فتيات', 'البنات', 'الفتيات', 'بنات'])).toBe(true);
    expect(view.texts.join(' ')).not.toMatch(/[0-9٠-٩۰-۹]+\s*[%٪]/u);
  }, 120_000);
  it('en: "most were girls", and the counts are said not to be published', async () => {
    const view = await runner.turn('en', 'what share of the people the diversity advisers helped in 2023 were girls?');
    expect([view.emergency, containsFact(view.texts, ['girls']), containsFact(view.texts, ['not published'])]).toEqual([false, true, true]);
  }, 120_000);
  it('twins: women\'s share of IMDi\'s staff and "how many girls" words in a case count keep their readings', () => {
    expect(parsed('ar', 'ما نسبة النساء بين موظفي IMDi في 2023؟')?.breakdown).not.toBe('gender');
    expect(parsed('ar', 'كم حالة لدى مستشاري التنوع في 2023؟')?.breakdown).toBeUndefined();
  });
});

describe('s40facts 4: growth 2007→2008 asked after the persons', () => {
  const runner = conversationRunnerPerFile();
  const growth: readonly Chat[] = [
    ['en', ["how many persons were involved in the competence team's inquiries in 2005?", 'and how much did it grow from 2007 to 2008?']],
    ['nb', ['hvor mange personer gjaldt henvendelsene til Kompetanseteamet i 2005?', 'hvor stor var økningen fra 2007 til 2008?']],
  ];
  it.each(growth)('%s: inquiries 177 → 248 (+40 %%), the report\'s 28 %%, and the persons 196 → 269: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    for (const fact of ['177', '248', '40', '28', '196', '269']) expect([fact, containsFact(view.texts, [fact])]).toEqual([fact, true]);
    expect(containsFact(view.texts, ['IMDi årsrapport 2008'])).toBe(true);
  }, 120_000);
  it('twin: the persons\' growth asked by name stays the persons (196 → 269), without the inquiries', async () => {
    const view = await runner.turn('en', ["how many persons were involved in the competence team's inquiries in 2005?", 'and how much did the persons grow from 2007 to 2008?']);
    expect([view.emergency, containsFact(view.texts, ['196']), containsFact(view.texts, ['269']), containsFact(view.texts, ['177'])]).toEqual([false, true, true, false]);
  }, 120_000);
});

describe('s40facts 5: the people involved in the advisers\' 2008 cases are persons, not staff', () => {
  const runner = conversationRunnerPerFile();
  const involved: readonly Probe[] = [
    ['en', 'how many minority adviser cases were there in 2008 and how many people were helped?'],
    ['en', 'how many minority adviser cases were there in 2008 and how many people were involved?'],
    ['nb', 'hvor mange saker hadde minoritetsrådgiverne i 2008, og hvor mange mennesker var involvert?'],
    ['nn', 'kor mange saker hadde minoritetsrådgivarane i 2008, og kor mange menneske var involverte?'],
    ['ar', 'كم حالة لدى مستشاري الأقليات في 2008، وكم شخصا كان معنيا بها؟'],
    ['so', 'immisa kiis ayay lahaayeen la-taliyayaasha laga tirada badan yahay 2008, immisa qof ayaa ku lug lahaa?'],
    ['fa', 'مشاوران اقلیت ها در سال ۲۰۰۸ چند پرونده داشتند و چند نفر درگیر بودند؟'],
    ['ur', '2008 میں اقلیتی مشیروں کے پاس کتنے کیس تھے اور ان میں کتنے لوگ شامل تھے؟'],
    ['uk', 'скільки справ мали радники з питань меншин у 2008 році і скільки людей було залучено?'],
    ['ru', 'сколько дел было у советников по делам меньшинств в 2008 году и сколько людей в них было вовлечено?'],
    ['tr', "2008'de azınlık danışmanlarının kaç vakası vardı ve kaç kişi ilgiliydi?"],
    ['pl', 'ile spraw mieli doradcy ds. mniejszości w 2008 roku i ile osób było w nie zaangażowanych?'],
    ['ti', 'ኣብ 2008 ኣማኸርቲ ወሓዳት ክንደይ ጉዳያት ነይሮም፣ ክንደይ ሰባትከ ተሳቲፎም?'],
  ];
  it.each(involved)('%s: 381 cases and 391 persons: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ['381']), containsFact(view.texts, ['391'])]).toEqual([text, false, false, true, true]);
  }, 120_000);
  it('the staff is not asked beside the cases when "how many" names whose cases they are', () => {
    expect(parsed('en', 'how many minority adviser cases were there in 2008 and how many people were helped?')?.alsoMetrics).toEqual(['persons']);
    expect(parsed('ar', 'كم حالة لدى مستشاري الأقليات في 2008، وكم شخصا كان معنيا بها؟')?.alsoMetrics).toEqual(['persons']);
  });
  it('twins: the advisers\' own number asked beside their cases stays their headcount', () => {
    expect(parsed('en', 'how many minority advisers were there in 2008 and how many cases did they have?')?.alsoMetrics).toEqual(['staff']);
    expect(parsed('en', 'how many minority adviser cases were there in 2008, and how many advisers were there?')?.alsoMetrics).toEqual(['staff']);
    expect(parsed('pl', 'ilu było doradców ds. mniejszości w 2008 i ile spraw prowadzili?')?.alsoMetrics).toEqual(['staff']);
  });
});

describe('s40facts 6: the countries of origin, one checked, after a case count', () => {
  const runner = conversationRunnerPerFile();
  const IRAQ = ['Iraq', 'Irak', 'Ciraaq', 'العراق', 'Ирак'];
  const AFGHANISTAN = ['Afghanistan', 'Afgaanistaan', 'أفغانستان', 'افغانستان'];
  const origins: readonly Chat[] = [
    ['so', ['immisa kiis ayay mangfoldsrådgiverne heleen 2023?', 'waddamada ugu badan ee dadku ka yimaadeen, Itoobiya ma ku jirtaa?']],
    ['so', ['mangfoldsrådgiverne imisa kiis bay lahaayeen 2023?', 'dalalka ay dadku ka yimaadeen kuwa ugu badan, Ciraaq ma ka mid tahay?']],
    ['ar', ['كم حالة عند mangfoldsrådgivere في 2023؟', 'وشو أكثر دول الأصل، العراق منها؟']],
    ['en', ['how many cases did the diversity advisers have in 2023?', 'what were the main countries of origin, was Ethiopia among them?']],
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvilke opprinnelsesland var vanligst, er Eritrea blant dem?']],
  ];
  it.each(origins)('%s: the published list (Iraq … Afghanistan): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([view.emergency, view.didYouMean, view.cannotAnswer, containsFact(view.texts, IRAQ), containsFact(view.texts, AFGHANISTAN)]).toEqual([false, false, false, true, true]);
  }, 120_000);
  it('ar: the top countries of origin with a count before "countries of origin" (أكثر ثلاث دول أصل), asked on its own', async () => {
    const view = await runner.turn('ar', 'ما هي أكثر ثلاث دول أصل بين حالات مستشاري التنوع في 2023؟');
    expect([view.emergency, view.didYouMean, containsFact(view.texts, IRAQ), containsFact(view.texts, AFGHANISTAN)]).toEqual([false, false, true, true]);
  }, 120_000);
  it('twin: a country\'s envoy asked after a case count is that envoy (Nairobi for Somalia), not the list', async () => {
    const view = await runner.turn('en', ['how many cases did the diversity advisers have in 2023?', 'which envoy covers Somalia?']);
    expect([view.emergency, containsFact(view.texts, ['Nairobi'])]).toEqual([false, true]);
  }, 120_000);
});
