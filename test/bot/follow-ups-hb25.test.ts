import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Session 25 (hb25, issue #13): follow-ups and stories that general-blind-62 found missing, each as a class, in own
 * phrasings.
 */

/** Afghanistan, one of the published countries of origin (domain.md §1), as each language's card writes it. */
const AFGHANISTAN = ['Afghanistan', 'أفغانستان', 'افغانستان', 'Afgaanistaan', 'Афганістан', 'Афганистан', 'Afganistan', 'ኣፍጋኒስታን'];

describe('follow-up: where most of the cases came from, after a count, in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvilken bakgrunn hadde de?']],
    ['nn', ['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'kva bakgrunn hadde dei fleste av dei?']],
    ['en', ['how many cases did the diversity advisers have in 2023?', 'what background did most of them have?']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'طيب ومن وين جاؤوا أكثرهم؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'من أي البلاد كانوا؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'وأصلهم من وين؟']],
    ['ar', ['كم حالة كانت عند مستشاري التنوع سنة 2023؟', 'شو جنسياتهم؟']],
    ['so', ['immisa kiis ayay la-taliyayaasha kala duwanaanshaha lahaayeen 2023?', 'dalkee ayay badankood ka yimaadeen?']],
    ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'از کدام ملک‌ها بودند؟']],
    ['ur', ['2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟', 'زیادہ تر لوگ کہاں سے تھے؟']],
    ['uk', ['скільки справ мали радники з питань різноманітності у 2023 році?', 'а звідки вони здебільшого?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а откуда они в основном?']],
    ['ru', ['сколько дел было у советников по разнообразию в 2023 году?', 'а какой страны они были в основном?']],
    ['tr', ["çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", 'peki en çok nereden geliyorlardı?']],
    ['pl', ['ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'z jakiego kraju było najwięcej?']],
    ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሩዎም?', 'መብዛሕትኦም ካበይ መጺኦም?']],
  ] as const)('%s: %j gives the published order of the countries of origin', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});

describe('statistics: where most of the cases came from, asked in one message in everyday words (hb25)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ar', 'من أي بلاد جاءت أغلب حالات مستشاري التنوع في 2023؟'],
    ['fa', 'در سال ۲۰۲۳ بیشتر پرونده‌های مشاوران تنوع از کدام ملک‌ها بودند؟'],
    ['ru', 'из какой страны чаще всего были люди в делах советников по разнообразию в 2023 году?'],
    ['tr', "2023'te çeşitlilik danışmanlarının vakaları en çok nereden geliyordu?"],
    ['pl', 'z jakiego kraju pochodziło najwięcej osób w sprawach doradców ds. różnorodności w 2023?'],
    ['en', "what background did most of the people in the diversity advisers' 2023 cases have?"],
  ] as const)('%s: %s gives the published order of the countries of origin', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.replyLanguage).toBe(lang);
    expect(view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, AFGHANISTAN)).toBe(true);
  });
});
