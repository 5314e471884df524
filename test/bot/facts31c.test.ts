import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { forYoungWriter } from '../../src/conversation/reading-rules';
import { loadArticles } from '../../src/knowledge/load-articles';
import type { ServiceId } from '../../src/contacts/service-ids';
import type { IntentBase } from '../../src/understanding/types';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Session 31, facts31c: what makes facts31a's added facts safe to merge. Two classes:
 *  - a phrasing written for a new fact lends its words to the article's document frequencies: a common service word in
 *    it ("mangfoldsrådgivere" in ung.no's "article about the advisers") lowered that word's weight in every article and
 *    tipped close readings (the plan before "Sjef i eget liv" against "what were the advisers called before") to "did
 *    you mean"; the new facts' phrasings name what is new about them, not a service every article names;
 *  - the platforms (Instagram, Snapchat, TikTok) are the online-control article's words: a phrasing of Nora's naming
 *    them ("is IMDi on Instagram", "Christmas campaign … TikTok") took weight from that article, and a sibling reading
 *    a sister's messages became "did you mean"; Nora's facts about them stay in its long text ("which channels");
 *  - an article's longer text lends its words to the article's reading: a young writer asking what a service's site is
 *    beside someone to talk to at school was read as that service's article and lost the service from the lines.
 *    A young writer's reading of an article about a service keeps the service, first among the lines.
 * The sentences are this file's own, none from the evaluation sets.
 */

const runner = conversationRunnerPerFile();

type Row = readonly [Lang, string, readonly (readonly string[])[]];

describe("a young writer who asks what a service is, beside someone at school, gets that service first among the lines", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'Jeg er 15. Hva er Nora for noe? Og finnes det en voksen på skolen jeg kan prate med om familien?', [['Nora'], ['mangfoldsrådgiver']]],
    ['nn', 'Eg er 15. Kva er Nora for noko? Og finst det ein vaksen på skulen eg kan prate med om familien?', [['Nora'], ['mangfaldsrådgivar', 'mangfoldsrådgiver']]],
    ['ar', 'أنا عمري 15 سنة. ما هو موقع Nora؟ وهل يوجد شخص في المدرسة أستطيع التحدث معه عن عائلتي؟', [['Nora'], ['mangfoldsrådgiver', 'مستشار']]],
    ['en', "I'm 15. What is the Nora website? Is there an adult at my school I could talk to?", [['Nora']]],
    ['tr', '15 yaşındayım. Nora sitesi nedir? Okulda konuşabileceğim biri var mı?', [['Nora'], ['mangfoldsrådgiver', 'danışman']]],
    ['pl', 'Mam 15 lat. Co to jest strona Nora? Czy jest ktoś w szkole, z kim mogę porozmawiać o rodzinie?', [['Nora'], ['mangfoldsrådgiver', 'doradc']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    // The service asked about is the first one the card lists.
    const first = view.texts.findIndex((text) => /^1\. /u.test(text));
    expect(view.texts[first]).toContain('Nora');
  });

  it('keeps the service of an article about one, and only of such an article', () => {
    const article = (articleId: string): IntentBase => {
      const intent = { kind: 'article', articleId };
      return intent;
    };
    const serviceOf = (articleId: string): ServiceId | undefined => (articleId === 'service-nora' ? 'nora' : undefined);
    expect(forYoungWriter(article('service-nora'), true, false, serviceOf)).toEqual({ kind: 'contact', query: { serviceId: 'nora', atSchool: true, youngSelf: true } });
    expect(forYoungWriter(article('negative-social-control'), false, false, serviceOf)).toEqual({ kind: 'contact', query: { youngSelf: true } });
    expect(forYoungWriter(article('service-nora'))).toEqual({ kind: 'contact', query: { youngSelf: true } });
  });
});

describe("the new facts' phrasings leave close readings as they were", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'hva het handlingsplanen før «Sjef i eget liv»?', [['Frihet fra negativ sosial kontroll']]],
    ['nb', 'hva het den handlingsplanen som gjaldt før Sjef i eget liv?', [['Frihet fra negativ sosial kontroll']]],
    ['nn', 'kva heitte den førre handlingsplanen, før Sjef i eige liv?', [['Frihet fra negativ sosial kontroll']]],
    ['en', 'what was the name of the action plan that came before Sjef i eget liv?', [['Frihet fra negativ sosial kontroll']]],
    // ung.no's own facts are still found by what is new about them.
    ['nb', 'har IMDi skrevet en artikkel om mangfoldsrådgiverne på ung.no?', [['ung.no']]],
    ['en', 'did IMDi publish an article on ung.no?', [['ung.no']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it.each([
    ['nn', 'skriv ein «boka» eller «boki» på nynorsk?'],
    ['nn', 'er det rett å skrive «jentene» eller «jentone» på nynorsk?'],
  ] as const)('%s: a grammar question stays out of scope: %s', async (lang, message) => expectDeclined(await runner.turn(lang, message), lang));
});

describe("a question about control on social media keeps the online-control article, beside Nora's facts about IMDi's channels", () => {
  const ROWS: readonly Row[] = [
    ['nb', 'faren hennes leser alle meldingene hennes på instagram', [['sosiale medier']]],
    ['nn', 'far hennar les alle meldingane hennar på instagram', [['sosiale medium']]],
    ['en', 'her brothers read all her messages on instagram', [['social media']]],
    ['tr', 'babası tiktok hesabını kontrol ediyor', [['sosyal medya']]],
    ['pl', 'brat czyta jej wiadomości na instagramie', [['internecie']]],
    ['nb', 'hvilke kanaler bruker IMDi for å nå ungdom?', [['Snapchat'], ['Instagram']]],
    ['nn', 'kva kanalar brukar IMDi for å nå unge?', [['Snapchat'], ['Instagram']]],
  ];
  it.each(ROWS)('%s: %s', async (lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer || view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it("no phrasing of Nora's names a platform", async () => {
    const nora = (await loadArticles()).find((a) => a.id === 'service-nora');
    const phrasings = Object.values(nora?.phrasings ?? {}).flat();
    expect(phrasings.length).toBeGreaterThan(0);
    expect(phrasings.filter((p) => /instagram|snapchat|tiktok/iu.test(p))).toEqual([]);
  });
});
