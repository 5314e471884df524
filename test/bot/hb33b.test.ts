import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Facts the sources give but the bot did not show (issue #13, hb33b): our own probe sentences, not evaluation items.
 * Classes: a service's hours or chat asked (the Red Cross line's hours, written 09:00–17:00 outside Norwegian like
 * Kompetanseteamet's; VO-linjen asked as "the line that is for violence in close relationships", then its chat); a
 * service asked by its kind (SEIF as a self-help service for immigrants; 113 as the medical emergency number in Dari);
 * a named thing asked by its kind (the TikTok campaign's influencer, the advisers' social media, the conference's name,
 * the action plan's name and period, the study behind the double focus, the adviser mandate's deadline).
 * Every probe is calm: none may get the emergency card.
 */
describe('facts shown when asked by their kind (hb33b)', () => {
  const runner = conversationRunnerPerFile();

  const RED_CROSS_HOURS = ['09:00–17:00', '9–17'];
  const SEIF = ['SEIF', '22 03 48 30'];

  const single: [Lang, string, string[][]][] = [
    ['tr', 'Kızılhaç hattı ne zaman açık?', [RED_CROSS_HOURS]],
    ['ru', 'когда работает телефон Красного Креста?', [RED_CROSS_HOURS]],
    ['nn', 'finst det eit sjølvhjelpstilbod for innvandrarar her i byen?', [SEIF]],
    ['nb', 'finnes det et selvhjelpstilbud for innvandrere?', [SEIF]],
    ['fa', 'شماره آمبولانس و شماره پلیس برای موارد غیر فوری چیست؟', [['113'], ['02800']]],
    // Left open: naming Nora itself ("Nora'nın TikTok kampanyası") still routes to Nora's contact card, and "IMDi" beside a
    // year ("IMDi'nin 2022 konferansı") to the statistics card; the questions below, asked by the kind alone, are answered.
    ['tr', "TikTok'taki kampanyada hangi influencer ile çalışıldı?", [['Superminoritet']]],
    ['ru', 'советники по многообразию есть в каких соцсетях?', [['Instagram'], ['Snapchat']]],
    ['pl', 'na jakich portalach społecznościowych działają doradcy ds. różnorodności?', [['Snapchat']]],
    ['en', 'which social media are the diversity advisers on?', [['Snapchat']]],
    ['nb', 'hva heter den nye handlingsplanen, og hvor lenge gjelder den?', [['Sjef i eget liv'], ['2028']]],
    ['nn', 'kva heiter handlingsplanen som gjeld no og kor lenge varer han', [['Sjef i eget liv'], ['2028']]],
    ['en', "what's the current action plan called and what years does it cover?", [['Sjef i eget liv'], ['2028']]],
    ['nn', 'kva studie sa at ein må hjelpe både ungdommen og foreldra?', [['Fafo']]],
    ['en', 'what was the deadline for IMDi to revise the diversity adviser mandate?', [['01.04.2024', '1 April 2024']]],
    ['tr', "ulusal konferansın 2022'deki başlığı neydi?", [['Bak lukkede dører']]],
    ['ru', 'как называлась национальная конференция в 2022 году?', [['Bak lukkede dører']]],
    ['pl', 'jak nazywała się krajowa konferencja w 2022 roku?', [['Bak lukkede dører']]],
  ];

  it.each(single)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });

  const followUps: [Lang, string[], string[]][] = [
    ['en', ['what number is for domestic violence?', 'is there a chat as well?'], ['volinjen.no']],
    ['en', ['which line is for violence in close relationships', 'can she write to them in a chat?'], ['volinjen.no']],
    ['tr', ["ankara'daki elçi hangi ülkelere bakıyor?", 'rusya da mı?'], ['Çeçenistan']],
  ];

  it.each(followUps)('%s follow-up: %j', async (lang, turns, fact) => {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect([fact, containsFact(view.texts, fact)]).toEqual([fact, true]);
  });
});
