import type { Activity, TestFlow } from 'botbuilder';
import { LOCALE_OF, cardMarkers, containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13 (session 19): follow-ups keep the context of the last answer. Each row is a conversation; every turn is
 * answered in its language, and the last answer shows each fact (any one of its spellings).
 * - after a figure: a case type named by words that name it only together ("negativ sosial kontroll"), in nynorsk
 *   words, another service with a glued Arabic "ل" or a Ukrainian "з", the origins, the advisers' own number, a doubt
 *   about the change (both years), the envoys at the embassies in Urdu (postpositions not counted), how the cases
 *   were split (by case type);
 * - after a service's card: when to call, in a dialect's "å" for "og"; whether a grown sister may call herself;
 * - after names and history: when the name changed, who was in the team then, a country after the history of the
 *   posts, which post covered a country in 2008, the years of the plan, what a post covers, the envoys' cities;
 * - a "did you mean …?" in between keeps the answer before it.
 */
const CONVERSATIONS: ReadonlyArray<readonly [Lang, readonly string[], readonly (readonly string[])[]]> = [
  ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2022?', 'hvor mange gjaldt ufrivillig utenlandsopphold?', 'Og negativ sosial kontroll, da?'], [['135'], ['2022']]],
  ['nn', ['Kor mange saker fekk kompetanseteamet i 2022?', 'kor mange av desse handla om trugsmål og vald?'], [['368']]],
  ['uk', ['Скільки справ мали спеціальні посланці у 2023 році?', 'а радники з різноманіття?'], [['899']]],
  ['ar', ['كم حالة كانت عند المبعوثين الخاصين في 2023؟', 'ولمستشاري التنوع؟'], [['899']]],
  ['ar', ['كم عدد حالات مستشاري التنوع في 2023؟', 'ومن أي بلدان كان أغلبهم؟'], [['العراق', 'Iraq']]],
  ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange rådgjevarar er det?'], [['59']]],
  ['en', ['Kompetanseteamet: number of cases in 2021?', 'and in 2022?', 'are you sure it went down?'], [['759'], ['891']]],
  ['ur', ['2023 میں mangfoldsrådgivere کے کیسز زیادہ تر کن ممالک سے تھے؟', 'اور سفارت خانوں میں خصوصی نمائندوں کے؟'], [['روس', 'Russia']]],
  ['nb', ['Hvor mange saker hadde Kompetanseteamet i 2022?', 'og hvordan fordeler de seg?'], [['368'], ['135'], ['113']]],
  ['en', ['Kompetanseteamet cases 2022', 'can you break that down?'], [['368'], ['135']]],
  ['nb', ['hva er nummeret til røde kors-telefonen?', 'å når kan vi ringe dem?'], [['9–17']]],
  ['en', ['Kompetanseteamet contact details', 'can my sister, who is 25, phone them herself?'], [['18']]],
  ['nb', ['hva het mangfoldsrådgiverne før?', 'og når ble navnet endret?'], [['2024']]],
  ['uk', ["Коли з'явився Kompetanseteamet?", 'які відомства тоді входили до команди?'], [['UDI'], ['POD']]],
  ['fa', ['ایران با کدام سفارت است؟', 'مگر قبلا آنکارا نبود؟', 'و ترکیه؟'], [['Ankara', 'آنکارا']]],
  ['ur', ['پاکستان کے لیے کون سا سفارت خانہ ہے؟', 'اور 2008 میں بنگلہ دیش کا ذمہ دار کون تھا؟'], [['Colombo', 'کولمبو']]],
  ['nn', ['kva er den gjeldande handlingsplanen mot negativ sosial kontroll?', 'kva periode gjeld den for?'], [['2025'], ['2028']]],
  ['tr', ["Ankara büyükelçiliğindeki özel görevli ne yapar?", 'hangi ülkelerle ilgileniyor?'], [['Rusya', 'Çeçen']]],
  ['en', ['How many cases did the special envoys have in 2023?', 'which cities are they based in?'], [['Nairobi'], ['Ankara']]],
  ['en', ['Kompetanseteamet phone number?', 'hmm the thing', 'are they open on saturdays?'], [['15:00']]],
];

describe('follow-ups keep the context of the last answer (conversations)', () => {
  const { chat } = oneAppPerFile();
  const markers = cardMarkers();
  const shown = (reply: Partial<Activity>) => readTurn([reply], markers);

  it.each(CONVERSATIONS)('[%s] %j', async (lng, turns, facts) => {
    const adapter = chat({ locale: LOCALE_OF[lng] });
    let flow: TestFlow | undefined;
    turns.forEach((message, i) => {
      const last = i === turns.length - 1;
      flow = (flow ?? adapter).send(message).assertReply((reply) => {
        const view = shown(reply);
        expect(view.replyLanguage).toBe(lng);
        if (!last) return;
        expect(view.didYouMean).toBe(false);
        for (const spellings of facts) expect({ spellings, shown: containsFact(view.texts, spellings) }).toEqual({ spellings, shown: true });
      });
    });
    await flow?.startTest();
  });
});
