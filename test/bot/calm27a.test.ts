import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms by class (calm27a, issue #13): a wedding or a journey the writer says is wanted (chosen, looked forward
 * to, no pressure, everyone happy), and a question the writer says is about no one (curiosity, a school project, a
 * made-up training case), get their answer without the attention block; each has a dangerous twin that keeps it.
 * Phrasings written for this test.
 */
describe('conversation: wanted plans and questions about no one without the attention block, their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg er miljøarbeider. En beboer på 24 skal gifte seg i Marokko i juni. Hun og forloveden møttes på jobb, begge familiene er glade og hun gleder seg. Hvem kan hun kontakte der om noe skulle skje?'],
    ['nn', 'Eg er lærar. Ei elev på 19 skal gifte seg i Pakistan til sommaren. Ho og kjærasten møtte kvarandre på universitetet, alle er glade og det er ikkje noko press. Kven kan ho kontakte der om noko skjer?'],
    ['en', 'I work at NAV. A client of 29 is getting married in Erbil this summer. They met at work, both families are happy and there is no pressure at all. Who could she contact there if something went wrong?'],
    ['ar', 'أنا مرشدة في مدرسة لتعليم الكبار. طالبة عمرها 25 ستتزوج في بغداد هذا الصيف، هي متحمسة والعائلتين مبسوطين. من يساعدها هناك إذا حدث شيء؟'],
    ['so', 'Waxaan ahay macallin. Arday 23 jir ah ayaa guursanaysa xagaagan Muqdisho, labada qoys waa faraxsan yihiin, cadaadis ma jiro. Yaa caawin kara haddii ay dhibaato dhacdo?'],
    ['fa', 'من مددکار هستم. یکی از مراجعان ۲۶ ساله تابستان در کابل ازدواج می‌کند، همه خوشحال هستند و هیچ فشاری نیست. اگر آنجا مشکلی پیش بیاید به کی زنگ بزند؟'],
    ['ur', 'میں استاد ہوں۔ میری ایک طالبہ 24 سال کی ہے، اس کی شادی گرمیوں میں کراچی میں ہوگی، سب خوش ہیں اور کوئی دباؤ نہیں۔ اگر وہاں کچھ ہو جائے تو کس سے رابطہ کرے؟'],
    ['ru', 'Я социальный работник. Клиентка, 27 лет, летом выходит замуж в Грозном, познакомились на работе, обе семьи рады, никакого давления. К кому она может обратиться там, если что-то случится?'],
    ['uk', 'Я працюю в NAV. Клієнтка, 28 років, влітку виходить заміж у Туреччині, познайомилися в університеті, всі раді, без тиску. До кого вона може звернутися там, якщо щось станеться?'],
    ['pl', 'Pracuję w NAV. Klientka, 26 lat, latem wychodzi za mąż w Turcji, poznali się na studiach, obie rodziny się cieszą, bez presji. Do kogo może się zwrócić na miejscu, gdyby coś się stało?'],
    ['tr', "NAV'da çalışıyorum. 25 yaşında bir danışanım bu yaz Irak'ta evleniyor, üniversitede tanıştılar, iki aile de mutlu, hiçbir baskı yok. Orada bir şey olursa kime başvurabilir?"],
    ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓሚለይ 25 ዓመት ኣብ ኤርትራ ክትምርዖ እያ፣ ኩሎም ሕጉሳት እዮም፣ ብዘይ ጸቕጢ። ሽግር እንተ ኣጋጢሙ ናበይ ትድውል?'],
    ['nb', 'Vi skal på ferie til Tyrkia i tre uker i juli med døtrene våre på 12 og 15. Vi har returbilletter, og jentene gleder seg til å se bestemor. Hvilken ambassade hjelper om noe skjer der?'],
    ['en', 'Our daughter (16) and I fly to Lahore in July to visit her grandparents. She is so excited, and we have return tickets for August. Which embassy helps if anything happens there?'],
  ] as const)('%s: a wanted wedding or holiday: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'A client of 29 has her wedding in Erbil this summer. She says she wants it, but she cried and said she has no choice.'],
    ['nb', 'En elev på 19 skal på ferie til Pakistan i sommer. Hun sier hun gleder seg, men faren har tatt passet hennes.'],
    ['en', 'A happy family holiday to Somalia next week, the girl of 12 is so excited, but her uncle has taken her passport.'],
    ['nb', 'Eleven min er 16 år og skal gifte seg i Irak i sommer. Hun sier hun gleder seg, og begge familiene er glade.'],
    ['pl', 'Uczennica, 19 lat, latem wychodzi za mąż w Turcji. Mówi, że bardzo się cieszy, ale płakała i boi się ojca.'],
  ] as const)('%s: harm, tears, papers taken or a child\'s marriage beside "wanted" keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  it.each([
    ['nb', 'Bare nysgjerrig, ikke om noen bestemt: blir jenter holdt igjen i utlandet etter sommerferien? Hvor mange saker er det?'],
    ['en', 'Just curious, not about anyone in particular: are girls really kept abroad after the summer holidays? How many cases did the envoys have in 2023?'],
    ['uk', 'Для шкільного проєкту: скільки справ мали посланці в посольствах у 2023 році?'],
    ['ru', 'Готовлю учебный кейс для коллег: вымышленная девочка 15 лет, семья планирует поездку летом. К кому обращаться в первую очередь?'],
    ['pl', 'Pytam z ciekawości, nie chodzi o nikogo: czy to prawda, że niektóre dziewczyny zostają za granicą po wakacjach? Ile jest takich spraw?'],
    ['tr', "Okul projesi için soruyorum: 2023'te elçiler kaç vakayla ilgilendi?"],
  ] as const)('%s: a question about no one: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Not about anyone in particular, but my friend of 15 is being taken to Somalia tomorrow to be cut.'],
    ['ru', 'Просто интересно: что делать, если меня завтра увезут в Чечню и отберут паспорт?'],
  ] as const)('%s: a harm at hand beside "about no one" keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A teacher's duty question about everyday control where "nothing indicates violence": advice on the duty, no alarm.
  it.each([
    ['pl', 'Jestem pedagogiem. Uczennica (15) mówi, że rodzice sprawdzają jej telefon, ale brak oznak przemocy. Czy muszę zgłosić to do barnevernet?'],
    ['en', 'I am a teacher. A pupil (15) says her parents check her phone, but there are no signs of violence. Must I notify barnevernet?'],
  ] as const)('%s: a duty question with no sign of violence: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
