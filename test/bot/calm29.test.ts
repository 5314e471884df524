import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms by class (calm29, issue #13): a professional's calm question gets its answer without the attention
 * block (the emergency card or the "112 if acute" line), and each class has a twin that tells of a person at risk now
 * and keeps it. Phrasings written for this test.
 */
describe('conversation: calm professionals\' questions without the attention block (calm29)', () => {
  const runner = conversationRunnerPerFile();

  // A school or a body named with a person's word ("ungdomsskole": where the writer works) is no pupil at risk.
  it.each([
    ["nb", "Jeg er helsesykepleier på en ungdomsskole og trenger råd om kjønnslemlestelse. Hvem kan jeg ringe?"],
    ["nn", "Eg er helsesjukepleiar på ein ungdomsskule og treng råd om kjønnslemlesting. Kven kan eg ringje?"],
    ["en", "I'm a counsellor at an ungdomsskole in Bergen. Who can advise me about forced marriage, and what's their number?"],
  ] as const)('%s: a school named with a person\'s word is no person at risk: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Jeg er helsesykepleier på en ungdomsskole. En elev på 15 sier hun skal giftes bort i Pakistan i sommer. Hvem kontakter jeg?"],
    ["nn", "Eg er rektor ved ein ungdomsskule. Ei elev på 14 fortel at ho skal omskjerast når dei reiser til Somalia i sommar. Kva gjer vi?"],
  ] as const)('%s: a pupil at that school with a harm planned keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A course for the staff: the people it names are those the staff meet, not one at risk now. (Persian is left out:
  // its plain danger words read this message as danger, a reading of its own.)
  it.each([
    ["nb", "Vi er lærere på en voksenopplæring, mange av deltakerne våre kommer fra Somalia og Eritrea. Vi ønsker kurs for de ansatte om kjønnslemlestelse. Hvem kan holde det?"],
    ["nn", "Vi jobbar på ein vaksenopplæring, og mange av deltakarane våre kjem frå Somalia. Vi ønskjer eit kurs for dei tilsette om kjønnslemlesting. Kven kan halde det?"],
    ["en", "I teach adult learners, many of our participants are from Somalia and Sudan. We would like a course for our staff on FGM. Who can provide it?"],
    ["pl", "Uczę dorosłych, wielu naszych uczestników pochodzi z Somalii. Chcemy szkolenie dla personelu na temat okaleczania żeńskich narządów płciowych. Kto może je poprowadzić?"],
    ["ru", "Я преподаю взрослым, многие наши участники из Сомали. Мы хотим обучение для сотрудников на тему калечащих операций на женских половых органах. Кто может его провести?"],
    ["uk", "Я викладаю дорослим, багато наших учасників із Сомалі. Ми хочемо навчання для персоналу на тему каліцтва жіночих статевих органів. Хто може його провести?"],
    ["tr", "Yetişkinlere ders veriyorum, katılımcılarımızın çoğu Somali'den. Personelimiz için kadın sünneti hakkında bir eğitim istiyoruz. Bunu kim verebilir?"],
    ["ar", "أدرّس الكبار، وكثير من المشاركين عندنا من الصومال. نريد تدريبًا للموظفين عن ختان الإناث. من يستطيع تقديمه؟"],
    ["ur", "میں بالغوں کو پڑھاتی ہوں، ہمارے بہت سے شرکاء صومالیہ سے ہیں۔ ہم عملے کے لیے خواتین کے ختنے پر ایک تربیت چاہتے ہیں۔ یہ کون کروا سکتا ہے؟"],
    ["so", "Waxaan wax baraa dadka waaweyn, qaar badan oo ka mid ah ka qaybgalayaashayada waxay ka yimaadeen Soomaaliya. Waxaan rabnaa tababar shaqaalaha ah oo ku saabsan gudniinka gabdhaha. Yaa bixin kara?"],
    ["ti", "ንዓበይቲ እምህር እየ፣ ብዙሓት ካብ ተሳተፍትና ካብ ሶማልያ እዮም። ንሰራሕተኛታት ብዛዕባ ምግዛር ደቂ ኣንስትዮ ስልጠና ንደሊ። መን ክህብ ይኽእል?"],
  ] as const)('%s: a course for the staff about the people they meet: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Vi er lærere på en voksenopplæring og ønsker kurs om kjønnslemlestelse. En deltaker sier datteren hennes skal omskjæres i Somalia i sommer. Hva gjør vi?"],
    ["en", "We want a course on FGM for our staff. Also, a participant told us her daughter will be cut in Somalia this summer. What do we do?"],
  ] as const)('%s: a course asked beside a girl to be cut this summer keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A country named as where a family comes from, with no one taken, kept or travelling there, is no case abroad.
  it.each([
    ["nb", "Helsestasjon her. En mor fra Sudan med ei datter på 1 år forteller at hun selv er omskåret, men at de aldri skal gjøre det med datteren og ikke skal reise noe sted. Må vi melde?"],
    ["nn", "Helsestasjon her. Ei mor frå Sudan med ei dotter på 1 år fortel at ho sjølv er omskoren, men at dei aldri skal gjere det med dottera og ikkje skal reise nokon stad. Må vi melde?"],
    ["en", "Health clinic here. A mother from Sudan with a one-year-old daughter says she was cut herself, but they will never do it to the girl and are not travelling anywhere. Must we report?"],
  ] as const)('%s: a country named as origin only: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Helsestasjon her. En mor fra Sudan forteller at hun selv er omskåret, og at svigermor vil ta datteren på 1 år med til Sudan i sommer. Må vi melde?"],
  ] as const)('%s: a trip there planned for the girl keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
