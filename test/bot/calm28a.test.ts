import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms by class (calm28a, issue #13): a parent who says yes to a child's own wish (a school trip) and asks for
 * someone to talk to gets the lines without the attention block; a threat, a cutting or a child's marriage beside the
 * yes keeps it, as danger beside a young writer's ask for a line does. Phrasings written for this test.
 */
describe('conversation: calm requests for a line without the attention block, their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg er 15. Pappa sier han skal drepe meg hvis jeg møter kjæresten min igjen. Finnes det en chat jeg kan skrive til?'],
    ['en', "i'm 15 and my parents are sending me to Pakistan next week to get married. is there a chat where i can talk to someone?"],
    ['ar', 'عمري 15 سنة وأبوي ضربني امبارح. هل في خط أقدر أتكلم فيه مع أحد؟'],
    ['ru', 'Мне 15, брат угрожает убить меня. Есть ли линия, где можно с кем-то поговорить?'],
    ['pl', 'Mam 15 lat, boję się wrócić do domu, ojciec mnie bije. Czy jest jakiś telefon, gdzie mogę z kimś porozmawiać?'],
  ] as const)('%s: danger told beside the ask for a line keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  it.each([
    ['nb', 'Jeg er mor til en jente på 13. Klassen skal på leirskole i tre dager og hun vil så gjerne være med. Jeg har sagt ja, men slekta sier det ikke passer seg. Hvem kan jeg snakke med som forelder?'],
    ['nn', 'Eg er far til ei jente på 14. Klassen skal på tur over to netter og ho vil gjerne vere med. Eg har sagt ja, men folk i miljøet snakkar. Kven kan eg prate med?'],
    ['en', 'I am a father. My daughter is 13 and her class goes on a three-day camp. I said yes, but relatives say it is not proper. Who can I talk to as a parent?'],
    ['ar', 'أنا أب، بنتي عمرها 13 وصفها رايح رحلة مدرسية ثلاث أيام. أنا موافق بس الأقارب يتكلمون. مع مين أقدر أتكلم؟'],
    ['ru', 'Я отец, дочери 13 лет, класс едет в лагерь на три дня. Я согласен, но родственники против. С кем я могу поговорить как родитель?'],
    ['pl', 'Jestem mamą 13-letniej córki, klasa jedzie na trzydniową wycieczkę. Zgodziłam się, ale rodzina gada. Z kim mogę porozmawiać jako rodzic?'],
    ['tr', 'Kızım 13 yaşında, sınıfı üç günlük bir geziye gidiyor. Ben izin verdim ama akrabalar konuşuyor. Bir ebeveyn olarak kiminle konuşabilirim?'],
    ['so', 'Gabadhayda waa 13 jir, fasalkeedu waxay aadayaan socdaal iskuul oo saddex maalmood ah. Waan u oggolaaday, laakiin qaraabada ayaa hadlaya. Yaan la hadli karaa anigoo waalid ah?'],
    ['fa', 'دخترم ۱۳ سالشه و کلاسش سه روز میره اردوی مدرسه. من موافقم ولی فامیل حرف میزنن. به عنوان پدر یا مادر با کی می‌تونم حرف بزنم؟'],
    ['ur', 'میری بیٹی 13 سال کی ہے، اس کی کلاس تین دن کے سکول ٹرپ پر جا رہی ہے۔ میں نے اجازت دے دی ہے لیکن رشتہ دار باتیں کرتے ہیں۔ میں والدین کے طور پر کس سے بات کر سکتی ہوں؟'],
    ['ti', 'ጓለይ 13 ዓመታ እያ፡ ክፍላ ንሰለስተ መዓልቲ ናብ leirskole ትኸይድ። ኣነ ፈቒደላ ግን ኣዝማድ ይዛረቡ። ከም ወላዲ ምስ መን ክዛረብ እኽእል?'],
  ] as const)('%s: a parent who says yes to a child\'s school trip asks for someone to talk to: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  // Ukrainian: no recognizer reads a parent's "whom can I talk to?" yet (left for the lead): only the alarm is checked.
  it('uk: a parent who says yes to a child\'s school trip gets no attention block', async () => {
    const view = await runner.turn('uk', 'Я мама, доньці 13 років, клас їде в табір на три дні. Я погодилася, але родичі проти. З ким я можу поговорити як мати?');
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er mor til en jente på 13. Jeg har sagt ja til at hun reiser til Somalia i sommer, men jeg er redd de skal omskjære henne der.'],
    ['en', 'I am a father. I said yes to the trip, but my brother is threatening to kill my daughter if she goes.'],
    ['ar', 'أنا أم، بنتي عمرها 14. أنا موافقة على السفر بس أبوها يبغى يزوجها هناك في الصيف.'],
  ] as const)('%s: a threat, a cutting or a child\'s marriage beside the parent\'s yes keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
