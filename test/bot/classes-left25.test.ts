import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Classes left from session 24 (issue #13, left25), each with its own sentences and a danger twin where one applies.
 */
const runner = conversationRunnerPerFile();

describe('a passport lost on a journey the writer looks forward to is calm', () => {
  /**
   * lostPapers (content/understanding/situation/*.json) with nothing else but the journey, its time and country, or a
   * wedding the writer goes to or the couple chose: no emergency card, no "112 if acute" block; UD's line or the envoy.
   */
  it.each([
    ['nb', 'Jeg skal i bryllupet til broren min i Ankara, han har valgt kona selv. Hvis jeg mister passet der, hvem hjelper meg?'],
    ['nn', 'Eg skal i bryllaupet til syster mi i Islamabad til sommaren. Kven hjelper meg om eg missar passet der?'],
    ['en', "I'm going to my brother's wedding in Lahore next month, he picked his bride himself. Who helps me if I lose my passport there?"],
    ['en', "We're flying to Nairobi in the autumn to visit relatives. What do I do if my passport gets stolen there?"],
    ['pl', 'W lipcu lecę z rodzicami na wesele brata do Turcji. Co zrobić, jeśli zgubię paszport?'],
    ['ru', 'Летом еду с семьёй на свадьбу брата в Дагестан. Кто поможет, если я потеряю паспорт?'],
    ['uk', 'Влітку їду на весілля брата до Туреччини. Хто допоможе, якщо я загублю паспорт?'],
    ['tr', "Yazın ailemle kardeşimin düğününe Pakistan'a gidiyoruz. Pasaportumu kaybedersem kim yardım eder?"],
  ] as const)('%s: no emergency card: %s', async (lang, message) => {
    const view = await runner.turn(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
  });

  it.each([
    ['en', "We're going to Pakistan next month and my dad hid my passport. I'm scared they'll marry me off. Who helps me?"],
    ['nb', 'Vi skal til Irak i sommer, og faren min har tatt passet mitt. Jeg er redd de vil gifte meg bort der.'],
    ['pl', 'Rodzice zabrali mi paszport i w lipcu lecimy do Turcji. Boję się, że wydadzą mnie tam za mąż.'],
  ] as const)('%s: a passport the family keeps stays danger: %s', async (lang, message) => {
    expect((await runner.turn(lang, [message])).emergency).toBe(true);
  });
});

describe('a line asked after an article is answered with the lines', () => {
  /**
   * Not daring to call said with the writer's own "what do I do?" (ownWhatToDo, content/contacts/other-language-words.json)
   * asks for the lines, not what a service does; a line asked with no service named after an article is a question of
   * its own (src/conversation/follow-up.ts).
   */
  it.each([
    ['nn', ['Kva er tvangsekteskap?', 'men eg tør ikkje ringe, kva gjer eg då?']],
    ['nb', ['Hva er negativ sosial kontroll?', 'men jeg tør ikke ringe, hva gjør jeg da?']],
    ['en', ['What is negative social control?', "i'm scared to phone anyone, is there another way?"]],
    ['en', ['What is forced marriage?', "but I don't dare to call, what do I do then?"]],
    ['ru', ['Что такое принудительный брак?', 'я боюсь звонить, что мне делать?']],
    ['uk', ['Що таке примусовий шлюб?', 'я боюся дзвонити, що мені робити?']],
    ['pl', ['Co to jest małżeństwo przymusowe?', 'boję się dzwonić, co mam zrobić?']],
    ['tr', ['Zorla evlendirme nedir?', 'aramaya korkuyorum, ne yapmalıyım?']],
    ['ar', ['ما هو الزواج القسري؟', 'أخاف أتصل، ماذا أفعل؟']],
    ['so', ['Waa maxay guurka qasabka ah?', 'waan ka baqayaa inaan waco, maxaan sameeyaa?']],
    ['ti', ['ብግዲ ምምርዓው እንታይ እዩ?', 'ክድውል እፈርህ፣ እንታይ ክገብር?']],
  ] as const)('%s: the lines, no "did you mean": %j', async (lang, turns) => {
    const view = await runner.turn(lang, [...turns]);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['815 55 201', '116 111'])).toBe(true);
  });
});
