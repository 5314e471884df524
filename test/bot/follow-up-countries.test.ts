import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/** Every text of the replies' cards, as one string. */
function cardsText(activities: readonly Partial<Activity>[]): string {
  return activities.map((a) => JSON.stringify(a.attachments?.map((x) => x.content) ?? [])).join('\n');
}

/**
 * Issue #13 (follow-ups about envoys): after an answer about one country's envoy, a longer follow-up that names
 * another country ("what if they take her to X instead?") asks the same for that country, in every script.
 */
describe('conversation: a country follow-up after an envoy answer', () => {
  const { chat } = oneAppPerFile();

  const cases: readonly { lng: string; locale: string; first: string; firstCity: string; then: string; city: string }[] = [
    { lng: 'nb', locale: 'nb-NO', first: 'hvilken ambassade dekker Pakistan?', firstCity: 'Islamabad', then: 'hva om de heller tar henne med til Eritrea da?', city: 'Nairobi' },
    { lng: 'nn', locale: 'nn-NO', first: 'kva ambassade dekkjer Pakistan?', firstCity: 'Islamabad', then: 'kva viss dei tek henne med til Eritrea i staden?', city: 'Nairobi' },
    { lng: 'ur', locale: 'ur-PK', first: 'ایران کے لیے کون سا سفارت خانہ ذمہ دار ہے؟', firstCity: 'Amman', then: 'اور اگر وہ لڑکی بنگلہ دیش میں ہو تو؟', city: 'Islamabad' },
    { lng: 'fa', locale: 'fa-IR', first: 'کدام سفارت مسئول سومالی است؟', firstCity: 'Nairobi', then: 'اگر او را به جای سومالی به عراق ببرند چه؟', city: 'Amman' },
    { lng: 'ti', locale: 'ti-ER', first: 'ኣየናይ ኤምባሲ ንፓኪስታን ይሕግዝ?', firstCity: 'Islamabad', then: 'ናብ ኤርትራ እንተ ወሲዶማኸ?', city: 'Nairobi' },
    { lng: 'uk', locale: 'uk-UA', first: 'Яке посольство відповідає за Пакистан?', firstCity: 'Islamabad', then: 'а якщо її відвезуть до Ірану замість Пакистану?', city: 'Amman' },
    { lng: 'tr', locale: 'tr-TR', first: 'Pakistan için hangi büyükelçilik sorumlu?', firstCity: 'Islamabad', then: "peki kızı Eritre'ye götürürlerse ne olur?", city: 'Nairobi' },
    { lng: 'pl', locale: 'pl-PL', first: 'Która ambasada odpowiada za Pakistan?', firstCity: 'Islamabad', then: 'a jeśli zabiorą ją do Erytrei zamiast do Pakistanu?', city: 'Nairobi' },
    { lng: 'so', locale: 'so-SO', first: "Safaaradee ayaa mas'uul ka ah Pakistan?", firstCity: 'Islamabad', then: 'haddii ay gabadha u qaadaan Eritrea beddelkeeda?', city: 'Nairobi' },
  ];

  it.each(cases)('$lng: "$then" after "$first" is answered with $city', async ({ locale, first, firstCity, then, city }) => {
    const replies: Partial<Activity>[] = [];
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(cardsText([reply])).toContain(firstCity))
      .send(then)
      .assertReply((reply) => void replies.push(reply))
      .startTest();
    expect(cardsText(replies)).toContain(city);
  });

  it('a sure topic question that names a country stays its own question ("signs … in families from Pakistan")', async () => {
    const replies: Partial<Activity>[] = [];
    await chat({ locale: 'en-US' })
      .send('which embassy covers Iraq?')
      .assertReply((reply) => expect(cardsText([reply])).toContain('Amman'))
      .send('what are the signs of forced marriage in families from Pakistan?')
      .assertReply((reply) => void replies.push(reply))
      .startTest();
    expect(cardsText(replies)).not.toContain('Islamabad');
  });
});
