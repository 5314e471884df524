import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * two38 (issue #13): the second need in one message was dropped. Our own probes (none of them an evaluation item's
 * sentence), each with a twin that asks the first need only and must get one answer without the second:
 *  A. a part asking for a website to read ("…, and is there a site for pupils about it?", "czy jest jakaś strona dla
 *     uczniów", "موقع نرويجي يقرأ فيه", "сайт NKVTS") was read as the part before again or as a guessed article:
 *     it is the sites' card of its own (needs.ts `siteAsked`); NKVTS names dinutvei.no.
 *  B. a line about violence at home written as people write it in so, fa, nn ("khad rabshadaha qoyska", "خشونت تو
 *     خونه", "telefonlinje for vald i naere relasjonar") was no service: it is VO-linjen.
 *  C. a figure asked "now" beside another figure's year ("how many envoy posts now, and the cases for 2023?"): each
 *     figure is answered, the year not drawn into the first.
 */
type Probe = readonly [string, Lang, string, readonly (readonly string[])[], string, readonly (readonly string[])[]];

const SITES = ['Nora', 'ung.no'];
const probes: readonly Probe[] = [
  // [class, language, two needs, facts of both, the first need alone, the second need's facts it must not show]
  ['A', 'en', 'how many cases did Kompetanseteamet have in 2022, and is there a website for students about this?', [SITES], 'how many cases did Kompetanseteamet have in 2022?', [SITES]],
  ['A', 'pl', 'ile spraw mieli doradcy mangfoldsrådgiver w 2023 i czy jest jakaś strona dla uczniów o tym?', [SITES], 'ile spraw mieli doradcy mangfoldsrådgiver w 2023?', [SITES]],
  ['A', 'ar', 'كم حالة عند mangfoldsrådgiverne في 2023؟ وهل يوجد موقع نرويجي يقرأ فيه التلاميذ عن حقوقهم؟', [SITES], 'كم حالة عند mangfoldsrådgiverne في 2023؟', [SITES]],
  ['A', 'nb', 'hva er nummeret til kompetanseteamet, og finnes det en side for elever om negativ sosial kontroll?', [['478 09 050'], SITES], 'hva er nummeret til kompetanseteamet?', [SITES]],
  ['A', 'ru', 'дайте номер SEIF, и ещё нужен сайт NKVTS, где можно почитать про насилие', [['22 03 48 30'], ['dinutvei.no']], 'дайте номер SEIF', [['dinutvei.no']]],
  ['A', 'nn', 'kor mange saker hadde utsendingane i 2023, og finst det ei nettside for elevar om dette?', [['245'], SITES], 'kor mange saker hadde utsendingane i 2023?', [SITES]],
  ['B', 'fa', 'شماره Kompetanseteamet چیه؟ یه خط هم هست برای خشونت تو خونه که خود زن زنگ بزنه؟', [['478 09 050', '۴۷۸ ۰۹ ۰۵۰'], ['116 006', '۱۱۶ ۰۰۶']], 'شماره Kompetanseteamet چیه؟', [['116 006', '۱۱۶ ۰۰۶']]],
  ['B', 'so', 'Waa maxay lambarka SEIF? oo ma jiraa khad rabshadaha qoyska ah oo ay wici karto?', [['22 03 48 30'], ['116 006']], 'Waa maxay lambarka SEIF?', [['116 006']]],
  ['B', 'nn', 'kva er nummeret til SEIF, og finst det ei telefonlinje for vald i naere relasjonar?', [['22 03 48 30'], ['116 006']], 'kva er nummeret til SEIF?', [['116 006']]],
  ['B', 'fa', 'سایت dinutvei.no مال کدوم سازمانه؟ یه شماره هم برای خشونت در خانه هست؟', [['NKVTS'], ['116 006', '۱۱۶ ۰۰۶']], 'سایت dinutvei.no مال کدوم سازمانه؟', [['116 006', '۱۱۶ ۰۰۶']]],
  ['B', 'so', 'Lambarka Alarmtelefonen waa maxay? oo khadka rabshadaha qoyska ee dadka waaweyn?', [['116 111'], ['116 006']], 'Lambarka Alarmtelefonen waa maxay?', [['116 006']]],
  ['C', 'en', 'how many envoy posts are there now and what was the total case count for 2023?', [['245']], 'how many envoy posts are there now?', [['245']]],
];

describe('two38: the second need in one message is kept (issue #13)', () => {
  const runner = conversationRunnerPerFile();
  it.each(probes)('%s %s: %s', async (_cls, lng, both, facts, firstOnly, notFacts) => {
    const view = await runner.turn(lng, both);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    const twin = await runner.turn(lng, firstOnly);
    expect(twin.emergency).toBe(false);
    expect(twin.answers).toBe(1);
    for (const spellings of notFacts) expect([spellings, containsFact(twin.texts, spellings)]).toEqual([spellings, false]);
  });
});
