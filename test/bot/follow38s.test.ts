import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';
import { createCountryNames } from '../../src/contacts/country-names';

/**
 * follow38s (issue #13): contact follow-ups.
 *  3. A short everyday word must not be read as a country: Persian "آلمان" (Germany) folded to "المان" had left the
 *     stem "مان" as a name, so Arabic "كمان" (also: ك + مان) was Germany, and "is there a chat too?" after the Red
 *     Cross line was answered with the Ankara envoy (who advises on Germany). With that gone, Arabic "شات"/"الشات"
 *     (chat) ask a detail of the last contact.
 *  2. "Which countries does the envoy cover?" after an envoy answer gives the post's whole coverage (operational and
 *     guidance countries), in several languages.
 * Twins: the same follow-ups without the earlier turn; "also" in an ordinary Arabic sentence; Germany still read in
 * Arabic and Persian; a danger with "كمان" in it still a danger.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[], readonly string[]];

const RED_CROSS_AR = 'كيف أتصل بخط الصليب الأحمر عن السيطرة الاجتماعية؟';
const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 3. "also" is no country; chat words ask the last contact's detail
  ['also+chat', ['ar', [RED_CROSS_AR, 'وعندهم شات كمان؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', [RED_CROSS_AR, 'في دردشة كمان ولا بس تلفون؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['Røde Kors-telefonen شو رقمهم؟', 'فيه شات؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['Røde Kors-telefonen شو رقمهم؟', 'ممكن أكلمهم بالشات كمان؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['ما هو رقم Kompetanseteamet؟', 'وايميلهم كمان؟'], [['kompetanseteamet@bufdir.no']], ['ألمانيا', 'أنقرة']]],
  // 2. an envoy's whole coverage
  ['coverage', ['en', ['Who is the special envoy in Amman?', 'Which countries does that envoy cover?'], [['Jordan'], ['Iraq'], ['Iran'], ['Syria']], []]],
  ['coverage', ['nb', ['hvem er spesialutsendingen i Amman?', 'hvilke land dekker hun?'], [['Jordan'], ['Irak'], ['Iran'], ['Syria']], []]],
  ['coverage', ['ar', ['من هو المبعوث الخاص في عمّان؟', 'ما الدول التي يغطيها؟'], [['الأردن'], ['العراق'], ['إيران'], ['سوريا']], []]],
  ['coverage', ['en', ['who is the envoy in Nairobi?', 'what countries does the envoy cover?'], [['Kenya'], ['Somalia']], []]],
  ['coverage', ['en', ['who is the envoy in Islamabad?', 'which countries does the envoy cover?'], [['Pakistan'], ['Afghanistan']], []]],
  ['coverage', ['en', ['who is the envoy in Ankara?', 'which countries does the envoy cover?'], [['Turkey', 'Türkiye'], ['Russia']], []]],
];

describe('follow38s: follow-ups after a contact (chat "also" in Arabic, an envoy\'s coverage)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_cls, [lang, turns, facts, absent]) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    for (const word of absent) expect([word, containsFact(view.texts, [word])]).toEqual([word, false]);
  });

  it('twins: the chat follow-ups alone read no country and raise no alarm', async () => {
    for (const text of ['وعندهم شات كمان؟', 'في دردشة كمان ولا بس تلفون؟']) {
      const view = await runner.turn('ar', text);
      expect(view.emergency).toBe(false);
      // (a list of every helpline may name the four envoy posts; none is chosen for Germany)
      expect([text, containsFact(view.texts, ['ألمانيا'])]).toEqual([text, false]);
    }
  });

  it('"also" in an ordinary Arabic sentence is no country; Germany, Oman and Amman are still read', () => {
    const countries = createCountryNames();
    const codes = (text: string, lng: Lang): string[] => countries.find(text, lng).map((m) => m.code);
    expect(codes('عندي سؤال كمان عن الزواج القسري', 'ar')).toEqual([]);
    expect(codes('وأنا كمان بدي أعرف', 'ar')).toEqual([]);
    expect(codes('كمان', 'ar')).toEqual([]);
    expect(codes('مان', 'fa')).toEqual([]);
    expect(codes('أخذوها إلى ألمانيا', 'ar')).toEqual(['DE']);
    expect(codes('سافروا المانيا', 'ar')).toEqual(['DE']);
    expect(codes('بردنش آلمان', 'fa')).toEqual(['DE']);
    expect(codes('خانواده‌ام در آلمان هستند', 'fa')).toEqual(['DE']);
    expect(codes('هو من عمان', 'ar')).toEqual(['OM']);
    expect(codes('سفارة النرويج في عمّان', 'ar').length).toBeGreaterThan(0);
  });

  it('a danger with "كمان" in it is still a danger; a calm sentence with it is calm', () => {
    expect(isDanger('أهلي أخذوا جوازي وكمان بدهم يزوجوني غصب عني', 'ar')).toBe(true);
    expect(isDanger('عندي سؤال كمان عن خط الصليب الأحمر', 'ar')).toBe(false);
  });
});
