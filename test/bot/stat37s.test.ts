import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { normalize } from '../../src/language/text';
import { toEnglishCues } from '../../src/stats/answers/stats-words';

/**
 * Figure questions and figure follow-ups in the nine other languages (issue #13, stat37s). Our own probes, as people
 * type them, each class with calm or other-figure twins; every figure from content/stats/published.json only.
 *  1. A follow-up that moves a figure to another year ("and 2022?", "و در سال ۲۰۲۳؟"), also after a Persian question
 *     that calls the grant "کمک هزینه" (read as a grant, so the amount, not the organisations counted).
 *  2. A follow-up asking how many advisers there were in total (59 in 2023) after a question about adult education;
 *     Tigrinya "ብጠቕላላ" (in total) and "ነይሮም" (they were) read as words of a headcount question.
 *  3. A follow-up asking the extra kroner from Udir (NOK 1 m in 2024) after Kompetanseteamet's funding: Turkish
 *     "ek olarak", "ilave olarak", "ekstra" (in addition) ask that part of the figure, and "kron" reads as kroner.
 *  4. Single figure questions that already worked stay answered: Nora's share from campaigns (70 %), 2022 involuntary
 *     stays abroad (113), fear of forced marriage in 2008 (63, 91), 2007-2008 inquiries and growth (both 28 % and ~40 %),
 *     the national resource environments in 2023 (14 organisations, NOK 37.5 m), Kompetanseteamet's recent years.
 */
describe('figure questions and follow-ups in the other languages (stat37s)', () => {
  const runner = conversationRunnerPerFile();
  const clean = (texts: readonly string[]): string[] => texts.map((t) => t.replace(/[\u2066-\u2069\u2060]/gu, ''));

  const answered: ReadonlyArray<[Lang, readonly string[], readonly string[]]> = [
    // 1. another year
    ['fa', ['کمک هزینه دولتی برای سازمان‌های داوطلب در سال ۲۰۲۲ چقدر بود؟'], ['9.9']],
    ['fa', ['کمک هزینه دولتی برای سازمان‌های داوطلب در سال ۲۰۲۲ چقدر بود؟', 'و در سال ۲۰۲۳؟'], ['10.4']],
    ['fa', ['کمک‌هزینه سازمان‌های داوطلبانه در ۲۰۲۱ چقدر بود؟', 'و ۲۰۲۲؟'], ['9.9']],
    ['fa', ['بودجه سازمانهای داوطلبانه در 2022 چقدر بود', '2023 چطور؟'], ['10.4']],
    ['ar', ['كم عدد الحالات عند فريق الكفاءات سنة 2021؟', 'وفي 2022؟'], ['891']],
    ['ru', ['Сколько дел было у Kompetanseteamet в 2021 году?', 'А в 2022?'], ['891']],
    ['pl', ['Ile spraw miał Kompetanseteamet w 2021?', 'A w 2022?'], ['891']],
    ['so', ['Immisa kiis ayuu Kompetanseteamet helay 2021?', '2022-kii se?'], ['891']],
    ['ur', ['2021 میں Kompetanseteamet کے پاس کتنے کیس تھے؟', 'اور 2022 میں؟'], ['891']],
    ['nb', ['hvor mange saker hadde kompetanseteamet i 2021', 'og 2022?'], ['891']],
    // 2. the advisers in total
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ ትምህርቲ ዓበይቲ ይሰርሑ ድዮም?', 'ብጠቕላላ ኣብ 2023 ክንደይ ነይሮም?'], ['59']],
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ ትምህርቲ ዓበይቲ ይሰርሑ ድዮም?', 'ኣብ 2023 ክንደይ ነይሮም?'], ['59']],
    ['ti', ['ኣማኸርቲ ብዙሕነት እንታይ ይገብሩ?', 'ብጠቓላላ ክንደይ እዮም?'], ['59']],
    ['ar', ['هل في مستشارين تنوع بيشتغلوا بمراكز تعليم الكبار؟', 'وكم عددهم كلهم سنة 2023؟'], ['59']],
    ['so', ['La-taliyayaasha kala duwanaanshaha ma ka shaqeeyaan waxbarashada dadka waaweyn?', 'Guud ahaan immisa ayay ahaayeen 2023?'], ['59']],
    ['ru', ['Работают ли советники по многообразию в образовании для взрослых?', 'А сколько их было всего в 2023?'], ['59']],
    // 3. the extra kroner from Udir
    ['tr', ['Kompetanseteamet 2024\'te ne kadar para aldı?', 'Udir\'den ek olarak kaç kron geldi?'], ['1.000.000']],
    ['tr', ['Kompetanseteamet 2024 yılında ne kadar ödenek aldı?', 'İlave olarak Udir üzerinden ne kadar para geldi?'], ['1.000.000']],
    ['tr', ['Kompetanseteamet 2024 yılında ne kadar ödenek aldı?', 'Ekstra olarak eğitim bakanlığından kaç kron?'], ['1.000.000']],
    // 4. single questions and other follow-ups
    ['en', ['What share of Nora\'s traffic came from campaigns in 2023?'], ['70']],
    ['ur', ['Nora چیٹ بوٹ کیا ہے؟', 'اس کی کتنی ٹریفک مہمات سے آئی؟'], ['70']],
    ['so', ['Immisa kiis oo ku saabsan joogitaan dibadda oo aan ikhtiyaari ahayn ayaa jiray 2022?'], ['113']],
    ['so', ['2008 immisa kiis ayaa ku saabsanaa cabsi guur qasab ah?'], ['63', '91']],
    ['fa', ['در سال ۲۰۰۷ و ۲۰۰۸ تیم تخصصی چند درخواست داشت و چقدر افزایش یافت؟'], ['177', '248', '28', '40']],
    ['tr', ['2023\'te ulusal kaynak ortamlarına ne kadar hibe verildi ve kaç kuruluş aldı?'], ['14', '37,5']],
    ['ru', ['Сколько обращений получала Kompetanseteamet за последние годы?'], ['891', '2023']],
  ];

  it.each(answered)('%s %j: the figure asked is shown', async (lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    const texts = clean(view.texts);
    for (const fact of facts) expect([fact, containsFact(texts, [fact])]).toEqual([fact, true]);
  });

  it('twin: cases asked in Tigrinya after the advisers stay cases (899, 897), not their headcount', async () => {
    const texts = clean((await runner.turn('ti', ['ኣማኸርቲ ብዙሕነት እንታይ ይገብሩ?', 'ኣብ 2023 ክንደይ ጉዳያት ነይሮምዎም?'])).texts);
    expect(containsFact(texts, ['899'])).toBe(true);
  });

  it('twin: "ek olarak" without a funder named after the funding is no part of the figure', async () => {
    const view = await runner.turn('tr', ['Kompetanseteamet 2024\'te ne kadar para aldı?', 'Ek olarak ne yapabilirim?']);
    expect(view.emergency).toBe(false);
    expect(containsFact(clean(view.texts), ['1.000.000'])).toBe(false);
  });

  it('twin: a study grant asked in Persian is no figure', async () => {
    const view = await runner.turn('fa', ['چطور می‌توانم کمک هزینه تحصیلی بگیرم؟']);
    expect(view.emergency).toBe(false);
    expect(clean(view.texts).some((t) => t.startsWith('احصائیه'))).toBe(false);
  });

  it('the words are read as the English cues', () => {
    expect(toEnglishCues(normalize('کمک هزینه سازمان‌های داوطلب'), 'fa')).toContain('grant');
    expect(toEnglishCues(normalize('ብጠቕላላ ክንደይ'), 'ti')).toContain('in total');
    expect(toEnglishCues(normalize('kaç kron geldi'), 'tr')).toContain('kroner');
    // Twin: "kron" is read so in Turkish only.
    expect(toEnglishCues(normalize('ile kron'), 'pl')).not.toContain('kroner');
  });
});
