import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { normalize } from '../../src/language/text';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * facts38s (issue #13): figure and fact questions that missed what was asked, fixed as classes with our own probes:
 *  1. "and how many were there?" in the past tense after an answer about where a service's people work (fa بودند,
 *     ar كانوا, tr vardı, pl było): the service's headcount (59 diversity advisers, 2023).
 *  2. Nora's share of traffic from social media asked "how much of its visits" (ar كم من زياراتها, with or without و;
 *     so immisa boqolkiiba) after "what is Nora?": 70 % (IMDi årsrapport 2023, «Nettportalen Nora»).
 *  3. Somali "wadamada asalka" (countries of origin): the order of the advisers' origin countries, not only the count.
 *  4. The Nordic practitioners' network (first gathering in Oslo, 2023) asked beside RVTS's money (NOK 1.04 m): both
 *     answers, in languages that had no phrasing for the network.
 * Twins: a follow-up asking something else after Nora gets no 70 %; a plain case count gets no origin list; RVTS's
 * money alone gets no network.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const OSLO = ['Oslo', 'Осло', 'أوسلو', 'اوسلو', 'اسلو', 'اُسلو', 'ኦስሎ'];
const RVTS_MONEY = ['1,04', '1.04', '1 040 000'];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. headcount asked in the past tense after where they work
  ['headcount', ['fa', ['مشاوران تنوع کجا کار می کنند؟', 'و چند نفر بودند؟'], [['59', '۵۹']]]],
  ['headcount', ['fa', ['مشاوران تنوع کجا کار میکنن؟', 'تعدادشان چند نفر بود؟'], [['59', '۵۹']]]],
  ['headcount', ['ar', ['أين يعمل مستشارو التنوع؟', 'وكم كانوا؟'], [['59', '٥٩']]]],
  ['headcount', ['tr', ['Çeşitlilik danışmanları nerede çalışıyor?', 'peki kaç kişi vardı?'], [['59']]]],
  ['headcount', ['pl', ['Gdzie pracują doradcy ds. różnorodności?', 'a ilu ich było?'], [['59']]]],
  ['headcount', ['nb', ['Hvor jobber mangfoldsrådgiverne?', 'og hvor mange var det?'], [['59']]]],
  // 2. Nora's traffic from social media
  ['traffic', ['ar', ['ما هي نورا؟', 'وكم من زياراتها تأتي من وسائل التواصل الاجتماعي؟'], [['70']]]],
  ['traffic', ['ar', ['ما هي نورا؟', 'كم من زوارها يأتون من مواقع التواصل الاجتماعي؟'], [['70']]]],
  ['traffic', ['so', ['Waa maxay Nora?', 'immisa boqolkiiba booqashadeeda ayaa ka timaada baraha bulshada?'], [['70']]]],
  ['traffic', ['so', ['Waa maxay Nora?', 'immisa boqolkiiba dadka booqda ayaa ka yimaada baraha bulshada?'], [['70']]]],
  ['traffic', ['fa', ['نورا چیست؟', 'و چند درصد بازدیدهایش از شبکه‌های اجتماعی می‌آید؟'], [['70', '۷۰']]]],
  // 3. origin countries of the advisers' cases
  ['origin', ['so', ['Waa kuwee wadamada asalka ugu badan ee kiisaska lataliyayaasha kala duwanaanshaha 2023?'], [['Afgaanistaan', 'Afghanistan']]]],
  ['origin', ['so', ['dalalka asalka ee kiisaska lataliyayaasha kala duwanaanshaha sanadkii 2023'], [['Afgaanistaan', 'Afghanistan']]]],
  ['origin', ['ar', ['من أي بلدان جاء معظم الأشخاص في قضايا مستشاري التنوع عام 2023؟'], [['العراق']]]],
  ['origin', ['nb', ['Hvilke opprinnelsesland var vanligst i sakene til mangfoldsrådgiverne i 2023?'], [['Afghanistan']]]],
  // 4. RVTS money and the Nordic network together
  ['nordic', ['ru', ['Сколько получает RVTS и где прошла первая встреча северной сети?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['uk', ['Скільки коштів отримує RVTS і де зустрілася північна мережа?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['tr', ['RVTS ne kadar para aldı ve İskandinav ağı nerede toplandı?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['pl', ['Ile pieniędzy dostał RVTS i gdzie spotkała się nordycka sieć praktyków?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['nb', ['Hvor mye penger fikk RVTS, og hvor møttes det nordiske nettverket?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['nn', ['Kor mykje pengar fekk RVTS, og kvar møttest det nordiske nettverket?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['ar', ['كم حصلت RVTS من المال وأين عقد أول اجتماع لشبكة دول الشمال؟'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['fa', ['RVTS چقدر پول گرفت و اولین نشست شبکهٔ نوردیک کجا بود؟'], [RVTS_MONEY, OSLO]]],
];

describe('facts38s: figure questions answered in full (headcount follow-up, Nora traffic, origin order, Nordic network)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lng, turns, facts]) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it('the Arabic "how much of its visits … from social media" is read as the share of traffic, with or without و', () => {
    for (const text of ['وكم من زياراتها تأتي من وسائل التواصل الاجتماعي؟', 'كم من زيارات نورا تأتي من وسائل التواصل الاجتماعي؟']) {
      expect(toEnglishCues(normalize(text), 'ar')).toContain('what share of traffic');
    }
    // Visits counted with no social media named stay a count, not a share.
    expect(toEnglishCues(normalize('وكم من زيارات نورا؟'), 'ar')).not.toContain('what share of traffic');
  });

  it('Somali "wadamada asalka" asks the split by country of origin', () => {
    const read = parseStatsQuestion(normalize('Waa kuwee wadamada asalka ugu badan ee kiisaska lataliyayaasha kala duwanaanshaha 2023?'), new Date('2026-12-07T00:00:00Z'), 'so');
    expect(read?.query.breakdown).toBe('origin-country');
    expect(read?.query.service).toBe('diversity-advisers');
  });

  describe('twins that ask something else', () => {
    it('after Nora, a question about its social-media accounts gets no traffic share', async () => {
      const view = await runner.turn('ar', ['ما هي نورا؟', 'هل لديها حساب على وسائل التواصل الاجتماعي؟']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['70 %', '70%', '٧٠'])).toBe(false);
    });
    it('a plain Somali case count of the advisers gets the count, not the origin order', async () => {
      const view = await runner.turn('so', ['Imisa kiis ayay lataliyayaasha kala duwanaanshaha lahaayeen 2023?']);
      expect(containsFact(view.texts, ['899'])).toBe(true);
      expect(containsFact(view.texts, ['Afgaanistaan', 'Afghanistan'])).toBe(false);
    });
    it("RVTS's money alone gets no Nordic network", async () => {
      const view = await runner.turn('nb', ['Hvor mye penger fikk RVTS i 2023?']);
      expect(containsFact(view.texts, RVTS_MONEY)).toBe(true);
      expect(containsFact(view.texts, OSLO)).toBe(false);
    });
    it('after where the advisers work, "how many did they help?" in Persian is not their headcount', async () => {
      const view = await runner.turn('fa', ['مشاوران تنوع کجا کار می کنند؟', 'و چند نفر را کمک کردند؟']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['تعداد مشاوران تنوع'])).toBe(false);
    });
  });
});
