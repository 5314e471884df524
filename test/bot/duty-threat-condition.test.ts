import type { Activity } from 'botbuilder';
import { cardMarkers, LOCALE_OF, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Session 19 (the lead's own probe messages, none from an evaluation set): a threat told with its own condition ("her
 * brother threatens that if she goes to work he will beat her") inside a duty question is a case at hand, so the
 * emergency numbers come first — the "if" is the threat's, not the asker's supposition (concept harmIf,
 * src/understanding/danger-reader.ts NOT_SUPPOSED). A duty question that supposes the case ("if a pupil tells me her
 * brother threatens her, must I notify?") stays advice on the duty, in every language, and is not read as a young
 * person's own story when it names the person it is about (src/understanding/understand.ts dutyAboutSomeone).
 */
const markers = cardMarkers();
const seen = (reply: Partial<Activity>) => readTurn([reply], markers);

describe('conversation: a threat told with its own "if" in a duty question', () => {
  const { chat } = oneAppPerFile();

  const AT_HAND: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg jobber på NAV. En jente på 16 fortalte at faren truer med at hvis hun tar jobben, så slår han henne. Må jeg melde til barnevernet?'],
    ['nn', 'Ei jente på 15 seier at broren trugar henne med at viss ho går på festen, slår han henne. Har eg plikt til å melde?'],
    ['en', 'I work at a health station. A 17-year-old told me her uncle threatens that if she keeps seeing her boyfriend he will hurt her. Do I have to tell child welfare?'],
    ['ru', 'Я работаю в NAV. Девушка 17 лет рассказала, что отец угрожает, что если она пойдёт учиться, он её изобьёт. Обязан ли я сообщить в barnevernet?'],
    ['uk', 'Я вчителька. Учениця 15 років каже, що брат погрожує, що якщо вона піде на вечірку, він її поб\'є. Чи мушу я повідомити barnevernet?'],
    ['fa', 'من در مدرسه کار می کنم. دختری ۱۶ ساله گفت برادرش تهدید می کند که اگر با دوستانش بیرون برود او را می زند. آیا باید به barnevernet خبر بدهم؟'],
  ];

  it.each(AT_HAND)('%s: the emergency numbers first', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(seen(reply).emergency).toBe(true);
      })
      .startTest();
  });

  const SUPPOSED: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvis en elev forteller at broren truer henne, må jeg da melde fra til barnevernet?'],
    ['en', 'Hypothetically, if a pupil says her father threatens her, do I have a duty to report it?'],
    ['ru', 'Если ученица расскажет, что брат ей угрожает, должен ли я сообщить в barnevernet?'],
  ];

  it.each(SUPPOSED)('%s: a supposed case gets the duty, no emergency card', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        const view = seen(reply);
        expect(view.emergency).toBe(false);
        expect(view.texts.join('\n')).toMatch(/barnevern/iu);
      })
      .startTest();
  });
});
