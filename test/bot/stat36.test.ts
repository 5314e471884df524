import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { normalize } from '../../src/language/text';

// ─── stat36.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A figure beside another figure or beside a "what is", and figure follow-ups (issue #13, stat36): our own probes, as
 * people type them in the twelve languages. Every part is answered in one reply, with both published figures where the
 * sources disagree (899 and 897 cases in 2023), from content/stats/published.json only.
 *  1. Two figures in one message: the advisers' number (59) and their 2023 cases; the envoys' and a youth website.
 *  2. A role beside a figure: what a diversity adviser does and how many there are (59 in 2023).
 *  3. Figure follow-ups: the advisers after the envoys, the new 2024 positions (6), Nora's traffic share (70 %), the
 *     extra education money via Udir, the TikTok influencer of Nora's campaign (Superminoritet).
 *  4. 2008: the persons the minority advisers helped (391) and the women among them (282), also where Arabic, Urdu,
 *     Somali and Tigrinya put the advisers right before the second "how many".
 */
describe('figures beside figures, roles and follow-ups (stat36)', () => {
  const runner = conversationRunnerPerFile();

  const cases: ReadonlyArray<[Lang, readonly string[], readonly string[]]> = [
    // 1. two figures
    ['en', ['How many diversity advisers are there and how many cases did they have in 2023?'], ['59', '899', '897']],
    ['nn', ['kor mange mangfaldsrådgivarar finst det og kor mange saker hadde dei i 2023?'], ['59', '899', '897']],
    ['ti', ['ክንደይ ኣማኸርቲ ብዙሕነት ኣለዉ፣ ኣብ 2023 ድማ ክንደይ ጉዳያት ነይሮምዎም?'], ['59', '899', '897']],
    ['ur', ['تنوع کے مشیر کتنے ہیں اور 2023 میں ان کے پاس کتنے کیس تھے؟'], ['59', '899', '897']],
    ['nb', ['hvor mange saker hadde spesialutsendingene i 2023, og finnes det en nettside for ungdom?'], ['245', 'Nora']],
    ['pl', ['Ile spraw mieli specjalni wysłannicy w 2023 i czy jest strona internetowa dla młodzieży?'], ['245', 'Nora']],
    // 2. a role beside a figure
    ['ar', ['ماذا يفعل مستشار التنوع وكم عددهم؟'], ['59']],
    ['so', ['Maxay qabtaan la-taliyayaasha kala duwanaanshaha, immisase way yihiin?'], ['59']],
    ['so', ['La-taliyayaasha kala duwanaanshaha maxay qabtaan? immisa bay yihiin?'], ['59']],
    ['ur', ['ڈائیورسٹی ایڈوائزر کیا کرتا ہے اور وہ کتنے ہیں؟'], ['59']],
    ['ur', ['تنوع کے مشیر کیا کام کرتے ہیں اور وہ کتنے ہیں؟'], ['59']],
    ['ti', ['ኣማኸርቲ ብዙሕነት እንታይ ይገብሩ? ክንደይ እዮም?'], ['59']],
    // 3. follow-ups
    ['pl', ['Ile spraw mieli specjalni wysłannicy w 2023?', 'A ilu jest doradców ds. różnorodności?'], ['59']],
    ['ru', ['Сколько консультантов по вопросам многообразия работало в 2023 году?', 'А сколько новых должностей появилось в 2024 году?'], ['6']],
    ['uk', ['Що таке Nora?', 'А яка частка відвідувань Nora прийшла із соцмереж?'], ['70']],
    ['nn', ['kor mykje pengar fekk kompetanseteamet i 2024?', 'og den ekstra millionen frå Kunnskapsdepartementet?'], ['Udir']],
    ['nb', ['hvilke kampanjer hadde IMDi i sosiale medier?', 'og influenseren på tiktok?'], ['Superminoritet']],
    ['en', ['which influencer on TikTok did IMDi work with?'], ['Superminoritet']],
    ['ur', ['ٹک ٹاک مہم میں کون سا انفلوئنسر تھا؟'], ['Superminoritet']],
    ['ti', ['ኣብ ዘመተ ቲክቶክ እቲ ኢንፍሉወንሰር መን ነይሩ?'], ['Superminoritet']],
    // 4. 2008
    ['ti', ['ኣብ 2008 ኣማኸርቲ ሚኖሪቲ ክንደይ ሰባት ሓገዙ? ክንደይ ካብኦም ደቂ ኣንስትዮ ነበሩ?'], ['391', '282']],
    ['so', ['Sannadkii 2008 immisa qof ayay la-taliyayaasha laga tirada badan caawiyeen, immisana waxay ahaayeen haween?'], ['391', '282']],
    ['ar', ['كم شخصاً ساعد مستشارو الأقليات في 2008 وكم منهم نساء؟'], ['391', '282']],
    ['ur', ['2008 میں اقلیتی مشیروں نے کتنے لوگوں کی مدد کی اور ان میں سے کتنی خواتین تھیں؟'], ['391', '282']],
    ['nb', ['hvor mange personer hjalp minoritetsradgiverne 2008 hvor mange var kvinner'], ['391', '282']],
  ];

  it.each(cases)('%s %j: every figure asked is shown', async (lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    const texts = view.texts.map((t) => t.replace(/[\u2066-\u2069\u2060]/gu, ''));
    for (const fact of facts) expect([fact, containsFact(texts, [fact])]).toEqual([fact, true]);
  });

  const now = new Date('2026-12-06T12:00:00Z');
  const read = (lang: Lang, text: string) => parseStatsQuestion(normalize(text), now, lang)?.query;

  it('"how many of them women" after "how many persons" asks the persons; beside the advisers alone it stays their headcount (twin)', () => {
    expect(read('ar', 'كم شخصاً ساعد مستشارو الأقليات في 2008 وكم منهم نساء؟')).toMatchObject({ metric: 'persons', fromYear: 2008 });
    expect(read('so', 'Sannadkii 2008 immisa qof ayay la-taliyayaasha laga tirada badan caawiyeen, immisana waxay ahaayeen haween?')).toMatchObject({ metric: 'persons' });
    // Twins: no persons counted before, so the advisers are counted.
    expect(read('en', 'how many diversity advisers are there?')).toMatchObject({ metric: 'staff' });
    expect(read('ur', 'تنوع کے مشیر کیا کرتے ہیں اور وہ کتنے ہیں؟')).toMatchObject({ metric: 'staff' });
  });

  it('"helped" words read as help given only with a count asked; a plea for help is no figure (twin)', () => {
    expect(toEnglishCues(normalize('ኣማኸርቲ ክንደይ ሰባት ሓገዙ'), 'ti')).toContain('helped');
    expect(toEnglishCues(normalize('immisa qof ayay caawiyeen'), 'so')).toContain('helped');
    expect(read('ar', 'ساعدني من فضلك')).toBeUndefined();
    expect(read('so', 'fadlan i caawi')).toBeUndefined();
    expect(read('ur', 'میری مدد کریں')).toBeUndefined();
  });
});
