import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Everyday errands declined, not alarmed (issue #13, hb33c): our own probe sentences for a shop's or pharmacy's
 * opening hours, posted staff's own leave and travel forms, and the recognition in Norway of a marriage the couple
 * chose. Each is declined politely with no emergency card; each danger twin (the same errand beside violence, a marriage
 * against someone's will or a child's marriage) keeps the emergency card or stays in scope.
 */
describe('everyday errands declined (hb33c)', () => {
  const runner = conversationRunnerPerFile();

  const declined: [Lang, string][] = [
    ['nb', 'nar stenger apoteket pa sentrum i kveld'],
    ['nb', 'når åpner apoteket på lørdag?'],
    ['nb', 'hva er åpningstidene til vaktapoteket i bergen'],
    ['nn', 'når stengjer apoteket i dag'],
    ['en', 'what time does the pharmacy near the station close today?'],
    ['pl', 'o której zamykana jest apteka przy dworcu?'],
    ['uk', 'до котрої години працює аптека біля вокзалу?'],
    ['ru', 'до скольки работает аптека возле вокзала?'],
    ['tr', 'nöbetçi eczane nerede, saat kaçta kapanıyor?'],
    ['nb', 'hvor finner jeg skjemaet for ferie som utsendt?'],
    ['en', 'my son is getting married in morocco to a girl he met at uni, everyone is happy. how do we get the marriage recognised in norway?'],
    ['en', 'will our marriage be recognized in norway? we married in kenya and no one is forcing anyone'],
  ];
  it.each(declined)('%s: "%s" is declined without the emergency card', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
    expectDeclined(await runner.turn(lang, text), lang);
  });

  const dangerTwins: [Lang, string][] = [
    ['nb', 'når stenger apoteket? må kjøpe bandasje før pappa slår meg igjen'],
    ['en', 'what time does the pharmacy close? i need to get out before my husband kills me'],
    ['uk', 'аптека ще працює? чоловік побив мене, потрібні бинти'],
    ['en', 'my daughter is 16 and is being married in turkey, the family is happy. is the marriage recognised in norway?'],
  ];
  it.each(dangerTwins)('%s: "%s" keeps the emergency card', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    expect((await runner.turn(lang, text)).emergency).toBe(true);
  });

  it('a marriage she does not want stays in scope, answered, not declined', async () => {
    const text = 'my daughter marries in turkey this summer, everyone is happy, but she told me she does not want to. is the marriage recognised in norway?';
    const view = await runner.turn('en', text);
    expect(view.answers).toBeGreaterThan(0);
  });
});

/**
 * A plan of the government named by the harm it is against ("handlingsplanen mot tvangsekteskap", "the action plan
 * against forced marriage", "план дій проти…"): a question about policy or its history, read like an embassy asked about,
 * answered without the emergency card or the "112 if acute" line; the same plan named in a young person's own danger
 * keeps the card.
 */
describe('a plan of the government named by its topic (hb33c)', () => {
  const runner = conversationRunnerPerFile();

  const calm: [Lang, string][] = [
    ['nb', 'hvilket år kom den første handlingsplanen mot tvangsekteskap?'],
    ['nn', 'kva år kom handlingsplanen mot kjønnslemlesting?'],
    ['en', 'which year did the government\'s action plan against forced marriage start?'],
    ['uk', 'коли був прийнятий план дій проти примусових шлюбів?'],
    ['tr', 'zorla evliliğe karşı eylem planı hangi yıl başladı?'],
    ['pl', 'w którym roku rząd przyjął plan działań przeciwko małżeństwom przymusowym?'],
  ];
  it.each(calm)('%s: "%s" is read with no alarm', async (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
  });

  const danger: [Lang, string][] = [
    ['nb', 'jeg er 16 og blir tvunget til å gifte meg i sommer, finnes det en handlingsplan mot tvangsekteskap som hjelper meg?'],
    ['en', "my dad says i will be married off in pakistan this summer, i'm 15. is there an action plan against forced marriage that can stop him?"],
  ];
  it.each(danger)('%s: "%s" keeps the emergency card', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    expect((await runner.turn(lang, text)).emergency).toBe(true);
  });
});
