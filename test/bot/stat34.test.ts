import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * Figures asked in the nine other languages (issue #13, stat34): our own probes, typed as people type in Teams (no
 * diacritics, Roman Urdu, singular nouns, Tigrinya "-ን … -ን" and Arabic "و" written onto the word). Each names a
 * breakdown the sources publish (the envoys' countries of origin, the Pride campaign's unique users, national vs local
 * NGO projects) or two services' counts at once, and gets every figure asked, in its own language, without the
 * emergency card. Each has a calm twin that asks the neighbouring figure and must get that one, not this one.
 */
describe('figures asked in the nine other languages (stat34)', () => {
  const runner = conversationRunnerPerFile();
  const RUSSIA = ['Russia', 'Россия', 'Росія', 'Rusya', 'Rosja', 'Ruush', 'روسيا', 'روسیه', 'روس'];

  async function expectFigures(lang: Lang, text: string, facts: readonly (readonly string[])[], absent: readonly string[] = []): Promise<void> {
    const view = await runner.turn(lang, [text]);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
    expectCalmByTheRules(view, text, lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    for (const spelling of absent) expect([spelling, containsFact(view.texts, [spelling])]).toEqual([spelling, false]);
  }

  it.each<[string, Lang, string, string[][]]>([
    ['ti-origins', 'ti', 'ፍሉያት ልኡኻት ኣብ 2023 ክንደይ ጉዳያት ነይሮምዎም ካብ ኣየኖት ሃገራትከ', [['245'], RUSSIA]],
    ['ar-origins', 'ar', 'المبعوثين الخاصين 2023 عدد الحالات وبلدان الاصل', [['245'], RUSSIA]],
    ['so-origins', 'so', 'ergayada gaarka ah 2023 tirada kiisaska iyo waddamada ay asal ahaan ka yimaadeen', [['245'], RUSSIA]],
    ['ur-origins', 'ur', 'envoys ke 2023 ke cases kitne the aur log kahan kahan se the', [['245'], RUSSIA]],
    ['so-unique', 'so', 'ololaha Pride immisa isticmaale oo gaar ah ayuu gaaray', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['fa-unique', 'fa', 'کمپین پراید چند کاربر منحصر به فرد داشت', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['tr-unique', 'tr', 'pride kampanyasi kac tekil kullaniciya ulasti', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['ru-unique', 'ru', 'сколько уникальных юзеров набрал прайд-ролик', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['so-projects', 'so', 'immisa mashruuc qaran iyo immisa mashruuc maxalli ah ayaa la taageeray 2023', [['18'], ['111']]],
    ['fa-two', 'fa', 'مشاورین تنوع و فرستاده های ویژه هر کدوم چند پرونده داشتن در ۲۰۲۳', [['899'], ['245']]],
    ['ti-two', 'ti', 'ኣብ 2023 ኣማኸርቲ ብዙሕነትን ፍሉያት ልኡኻትን ክንደይ ክንደይ ጉዳያት ነይሮምዎም', [['899'], ['245']]],
    ['pl-headcount', 'pl', 'ilu bylo doradcow ds roznorodnosci w 2023', [['59']]],
    ['so-reach-persons', 'so', 'ololaha pride immisa qof oo kala duwan ayuu gaaray', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['fa-reach-persons', 'fa', 'کمپاین پراید به چند نفر کاربر رسید', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['tr-unique-persons', 'tr', 'pride kampanyasi kac benzersiz kisiye ulasti', [['1 846 880', '1846880', '1.846.880', '1 846 880']]],
    ['ru-headcount', 'ru', 'сколько работало советников по многообразию в 2023', [['59']]],
    ['so-two', 'so', 'la taliyayaasha iyo ergayada immisa kiis 2023', [['899'], ['245']]],
  ])('%s: the figures asked', async (_id, lang, text, facts) => {
    await expectFigures(lang, text, facts);
  });

  // Calm twins: the neighbouring figure, asked the same way, gets that figure and not the probe's.
  it.each<[string, Lang, string, string[][], string[]]>([
    ['ti-origins-advisers', 'ti', 'ኣማኸርቲ ብዙሕነት ኣብ 2023 ጉዳያቶም ካብ ኣየኖት ሃገራትከ', [['Afghanistan', 'ኣፍጋኒስታን']], ['245']],
    ['so-local-only', 'so', 'immisa mashruuc maxalli ah ayaa la taageeray 2023', [['111']], ['18']],
    ['tr-views', 'tr', 'pride kampanyasi kac izlenme aldi', [['4 milyon', '4000000']], []],
    ['pl-cases', 'pl', 'ile spraw mieli doradcy ds roznorodnosci w 2023', [['899']], ['59']],
    ['en-persons-kt', 'en', "how many persons did Kompetanseteamet's inquiries concern in 2008", [['269']], ['1 846 880']],
    ['ru-cases-advisers', 'ru', 'сколько дел было у советников по многообразию в 2023', [['899']], ['59']],
  ])('%s: the twin gets its own figure', async (_id, lang, text, facts, absent) => {
    await expectFigures(lang, text, facts, absent);
  });
});
