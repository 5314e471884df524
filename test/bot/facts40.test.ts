import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * facts40 (issue #13, statistics and history that answer exactly what was asked, with the source on the card).
 * Classes, with our own probes (none of them a tuned set's sentence); every figure comes from
 * content/stats/published.json, which carries its source (document, year, section):
 *  1. Nora's traffic share (70 %, IMDi årsrapport 2023, «Nettportalen Nora») asked as "the people who visit it / come
 *     from social media" (nb, nn, en), Turkish "ne kadarı … sosyal medya", Tigrinya with social media first, "ንNora";
 *     it was read as the campaigns' views.
 *  2. Kompetanseteamet's extra money for 2024 (NOK 2.2 m in the allocation letter, NOK 1 m via Udir, Tildelingsbrev til
 *     IMDi 2024) asked as "how much did … get / add / receive" and "how much extra" in pl, ru, uk …; it was read as
 *     the team's cases. A follow-up "how is that split/divided between IMDi and AVdir?" is IMDi's 150 % share.
 *  3. A split compared with another service's ("is it the same list for the envoys?", "how does it differ for the
 *     advisers?") after the countries of origin: both services' lists side by side (Russia where the advisers have
 *     Afghanistan); it was "did you mean" or the service's article.
 *  4. A month before a year in the ten other languages ("w czerwcu 2008", "в июне 2008", "Haziran 2008"), and the
 *     advisers and Kompetanseteamet named with a month: June 2008's cases by referrer, 18 of the 28 from the minority
 *     advisers (IMDi årsrapport 2008, «Minoritetsrådgiverne»).
 * Calm twins: these are figures questions, never a case; none gets the emergency card. Twins that must NOT take the
 * new readings: a Pride campaign's views, Kompetanseteamet's cases in a year, a follow-up about Norway in general.
 */
type Probe = readonly [Lang, string];
const NOW = new Date('2026-12-07T12:00:00Z');
const parsed = (lng: Lang, text: string) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

describe('facts40: Nora traffic share asked in other words', () => {
  const runner = conversationRunnerPerFile();
  const share: readonly Probe[] = [
    ['nb', 'Hvor mange av de som besøker Nora kommer fra sosiale medier?'],
    ['nn', 'Kor mange av dei som besøkjer Nora kjem via sosiale medium?'],
    ['en', 'What part of the people who visit Nora come through social media ads?'],
    ['tr', 'Nora sitesine gelenlerin ne kadarı sosyal medya reklamlarından geliyor?'],
    ['ti', 'ካብ ማሕበራዊ ሚድያ ንNora ዝመጹ በጻሕቲ ክንደይ ሚእታዊ እዮም?'],
  ];
  it.each(share)('%s: the traffic share, 70 %%, with its source: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ['70'])]).toEqual([text, false, false, true]);
    expect(containsFact(view.texts, ['IMDi årsrapport 2023'])).toBe(true);
  }, 120_000);
  it('a follow-up about where its visitors come from, after the site was asked for (nn)', async () => {
    const view = await runner.turn('nn', ['har de ei nettside om negativ sosial kontroll som passar for ungdom?', 'kor mange av dei som besøkjer ho kjem frå kampanjar i sosiale medium?']);
    expect([view.emergency, containsFact(view.texts, ['70'])]).toEqual([false, true]);
  }, 120_000);
  it('twin: the Pride campaign\'s reach is still its unique users and views, not the traffic share', () => {
    expect(parsed('en', 'how many people saw the Pride campaign in 2023?')?.metric).not.toBe('traffic-share');
    expect(parsed('nb', 'hvor mange visninger fikk sommerkampanjen i 2023?')?.metric).toBe('views');
  });
});

describe('facts40: Kompetanseteamet\'s extra money in 2024', () => {
  const runner = conversationRunnerPerFile();
  const money: readonly Probe[] = [
    ['en', 'how much did the education directorate add for kompetanseteamet in 2024'],
    ['en', 'how much did Kompetanseteamet receive on top in 2024?'],
    ['pl', 'ile dodatkowych środków otrzymał Kompetanseteamet w roku 2024?'],
    ['ru', 'сколько дополнительных денег получил Kompetanseteamet в 2024 году?'],
    ['uk', 'скільки додаткових коштів отримав Kompetanseteamet у 2024 році?'],
  ];
  it.each(money)('%s: read as money for 2024, not cases: %s', (lng, text) => {
    const q = parsed(lng, text);
    expect([text, q?.metric, q?.fromYear, q?.services]).toEqual([text, 'funding-nok', 2024, ['kompetanseteamet']]);
  });
  it('pl "w roku 2024" is the year 2024 ("w roku 23" stays 2023)', () => {
    expect(parsed('pl', 'ile spraw mieli doradcy w roku 2024?')?.fromYear).toBe(2024);
    expect(parsed('pl', 'ile spraw mieli doradcy w roku 23?')?.fromYear).toBe(2023);
  });
  it('en: the card shows NOK 2.2 million and NOK 1 million via Udir, with the allocation letter as source', async () => {
    const view = await runner.turn('en', 'how much did Kompetanseteamet receive on top in 2024?');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['2.2 million'])).toBe(true);
    expect(containsFact(view.texts, ['1 million'])).toBe(true);
    expect(containsFact(view.texts, ['Tildelingsbrev til IMDi 2024'])).toBe(true);
  }, 120_000);
  const split: readonly (readonly [Lang, string, string])[] = [
    ['en', 'how much more money was Kompetanseteamet given in 2024?', 'and how is that divided between IMDi and AVdir?'],
    ['nb', 'hvor mye ekstra penger fikk Kompetanseteamet i 2024?', 'og hvordan er det fordelt mellom IMDi og AVdir?'],
  ];
  it.each(split)('%s: the split between IMDi and AVdir is IMDi\'s 150 %%: %s / %s', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect([second, view.emergency, containsFact(view.texts, ['150'])]).toEqual([second, false, true]);
  }, 120_000);
  it('twin: Kompetanseteamet\'s cases in a year stay cases', () => {
    expect(parsed('en', 'how many cases did Kompetanseteamet get in 2023?')?.metric).toBe('cases');
    expect(parsed('pl', 'ile spraw dostał Kompetanseteamet w 2023?')?.metric).toBe('cases');
  });
});

describe('facts40: a split compared with another service\'s', () => {
  const runner = conversationRunnerPerFile();
  const compared: readonly (readonly [Lang, readonly string[], readonly string[]])[] = [
    ['en', ['what were the envoys\' case numbers for 2023?', 'and the top countries of origin?', 'is that the same list as the diversity advisers have?'], ['Russia', 'Afghanistan']],
    ['en', ['what were the main countries of origin in the envoys\' cases in 2023?', 'how does it differ for the diversity advisers?'], ['Russia', 'Afghanistan']],
    ['nb', ['hvilke land kom flest fra i mangfoldsrådgivernes saker i 2023?', 'er det den samme lista for utsendingene?'], ['Russland', 'Afghanistan']],
    ['pl', ['z jakich krajów pochodziło najwięcej osób w sprawach doradców ds. różnorodności w 2023?', 'czy u specjalnych wysłanników jest taka sama lista?'], ['Rosja', 'Afganistan']],
  ];
  it.each(compared)('%s: both lists side by side: %j', async (lng, turns, facts) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency || view.didYouMean).toBe(false);
    for (const fact of facts) expect([fact, containsFact(view.texts, [fact])]).toEqual([fact, true]);
  }, 120_000);
  it('twin: "is it the same in Norway in general?" names no service: no comparison, the envoys\' figure stays', async () => {
    const view = await runner.turn('en', ['what were the main countries of origin in the envoys\' cases in 2023?', 'is it the same in Norway in general?']);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['Afghanistan'])).toBe(false);
  }, 120_000);
});

describe('facts40: a month before a year, and June 2008\'s referrers', () => {
  const runner = conversationRunnerPerFile();
  const june: readonly Probe[] = [
    ['pl', 'ile spraw przekazali doradcy mniejszościowi zespołowi Kompetanseteamet w czerwcu 2008?'],
    ['ru', 'сколько дел передали советники по делам меньшинств в Kompetanseteamet в июне 2008 года?'],
    ['uk', 'скільки справ передали радники з питань меншин до Kompetanseteamet у червні 2008?'],
    ['tr', "Haziran 2008'de azınlık danışmanları Kompetanseteamet'e kaç vaka bildirdi?"],
    ['ar', 'كم حالة أحالها مستشارو الأقليات إلى Kompetanseteamet في يونيو 2008؟'],
    ['en', 'how many cases did the minority advisers pass to Kompetanseteamet in June 2008?'],
  ];
  it.each(june)('%s: June 2008, Kompetanseteamet\'s cases by referrer: %s', (lng, text) => {
    const q = parsed(lng, text);
    expect([text, q?.month, q?.fromYear, q?.breakdown, q?.services]).toEqual([text, 6, 2008, 'referrer', ['kompetanseteamet']]);
  });
  it('pl: the card gives 18 of the 28 cases, with its source', async () => {
    const view = await runner.turn('pl', 'ile spraw przekazali doradcy mniejszościowi zespołowi Kompetanseteamet w czerwcu 2008?');
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['18'])).toBe(true);
    expect(containsFact(view.texts, ['28'])).toBe(true);
    expect(containsFact(view.texts, ['IMDi årsrapport 2008'])).toBe(true);
  }, 120_000);
  it('twins: a month name with no year is no month; both services for a year stay a comparison', () => {
    expect(parsed('ru', 'сколько дел было у Kompetanseteamet в 2008 году, в июне было больше?')?.month).toBeUndefined();
    const both = parsed('en', 'compare the cases of the diversity advisers and Kompetanseteamet in 2023');
    expect([both?.breakdown, both?.mode]).toEqual([undefined, 'compare']);
  });
});

describe('facts40: who took part in a campaign is a name, not a figure', () => {
  const runner = conversationRunnerPerFile();
  const who: readonly Probe[] = [
    ['nb', 'hvem var tiktokeren som IMDi brukte i juleferiekampanjen?'],
    ['nn', 'kva heitte tiktokaren i juleferiekampanjen til IMDi?'],
    ['en', 'who was the TikTok influencer in IMDi\'s Christmas campaign?'],
    ['pl', 'jak nazywał się influencer z kampanii świątecznej IMDi na TikToku?'],
  ];
  it.each(who)('%s: the Nora article, which names Superminoritet: %s', async (lng, text) => {
    expect(parsed(lng, text)).toBeUndefined();
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ['Superminoritet'])]).toEqual([text, false, false, true]);
  }, 120_000);
  it('twins: a figure asked beside the influencer stays a figure; the name clause does not pull Nora into the advisers\' count', () => {
    expect(parsed('nb', 'hvor mange så kampanjen med influenseren?')?.services).toEqual(['nora']);
    const both = parsed('nb', 'hvor mange spørsmål svarte rådgiverne på ung.no i 2023, og hva het tiktokeren i julekampanjen?');
    expect([both?.services, both?.metric]).toEqual([['diversity-advisers'], 'answers']);
  });
  it('fa: the Pride campaign\'s unique users written as one word (منحصربفرد)', async () => {
    const q = parsed('fa', 'کمپین پراید سال ۲۰۲۳ چند کاربر منحصربفرد داشت؟');
    expect(q?.metric).toBe('unique-users');
    const view = await runner.turn('fa', 'کمپین پراید سال ۲۰۲۳ چند کاربر منحصربفرد داشت؟');
    expect(containsFact(view.texts, ['1846880', '1 846 880', '۱٬۸۴۶٬۸۸۰'])).toBe(true);
  }, 120_000);
});
