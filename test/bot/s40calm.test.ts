import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s40calm (issue #13, false alarms): calm messages that got the emergency card, with our own probes (none of them a
 * tuned or blind set's sentence), each class with danger twins that must keep the card.
 *  1. A relative or a professional tells of a grown-up (over 18) under family control and says plainly that there is
 *     no violence and no threats, in the coordinated forms the word lists missed ("verken vold eller trusler", nn
 *     "utan trugsmål", "neither violence nor threats", "нет ни насилия, ни угроз", "نه خشونتی هست نه تهدیدی",
 *     "نہ تشدد ہے نہ دھمکی", "rabshad iyo hanjabaad midna ma jiro", "ዓመጽን ምፍርራሕን የለን"): harmDenied
 *     (content/understanding/situation/<lang>.json), so everyday control stays calm. Danger twins: the same denial of
 *     the past, then a beating and a death threat last night; a marriage trip next week beside "no threats".
 *  2. A young person under family control who only asks for a line or a chat without giving their name, in the words
 *     the lists missed (Arabic "بدون أن أقول اسمي", Somali "khad qarsoodi ah", Tigrinya "ስመይ ከይነገርኩ"): 'anonymous',
 *     which earlier sessions chose to read as a calm word beside everyday control (src/understanding/understand.ts,
 *     lineAskedCalmly). Talking "without my family knowing" ('secret') keeps the "112 if acute" block on purpose and is
 *     not changed here. Danger twins: a wedding trip next week, a beating and a death threat.
 *  3. A parent who wants to say yes to a child's everyday wish (a party) while relatives call it shameful, and asks
 *     where parents get support: 'parentAgrees' ("I want to let her go", "I don't want to be a strict father") now
 *     masks the 'againstWill' its own words start, and relatives' talk of shame ('honour') no longer outweighs the
 *     parent's yes (src/understanding/danger-reader.ts wantedCalm). Danger twins: the uncle threatens to beat or kill her.
 *     Tigrinya still gets the card ("to go" reads as a journey): not done here.
 */
type Probe = readonly [Lang, string];

const runner = conversationRunnerPerFile();
afterAll(() => runner.close());

const adultNoViolence: readonly Probe[] = [
  ["nb", "Søsteren min er 27, og familien bestemmer hvem hun får treffe, men det er verken vold eller trusler. Hvem kan hun snakke med?"],
  ["nn", "Søstera mi er 27, og familien bestemmer kven ho får treffe, men det skjer utan trugsmål. Kven kan ho snakke med?"],
  ["nn", "Søstera mi er 27, og familien bestemmer kven ho får treffe, men det er verken vald eller trugsmål. Kven kan ho snakke med?"],
  ["en", "My sister is 27 and the family decides who she may meet, but there is neither violence nor threats. Who can she talk to?"],
  ["ar", "أختي عمرها 27 سنة والعائلة تقرر من تقابل، لكن لا عنف ولا تهديدات. مع من يمكنها أن تتحدث؟"],
  ["so", "Walaashay waa 27 jir, qoyskuna waxay go\'aamiyaan cidda ay la kulanto, laakiin rabshad iyo hanjabaad midna ma jiro. Yay la hadli kartaa?"],
  ["fa", "خواهرم ۲۷ ساله است و خانواده تصمیم می‌گیرد با چه کسی ملاقات کند، اما نه خشونتی هست نه تهدیدی. با چه کسی می‌تواند صحبت کند؟"],
  ["ur", "میری بہن 27 سال کی ہے اور خاندان طے کرتا ہے کہ وہ کس سے ملے، لیکن نہ تشدد ہے نہ دھمکی۔ وہ کس سے بات کر سکتی ہے؟"],
  ["ur", "میری بہن 27 سال کی ہے اور خاندان طے کرتا ہے کہ وہ کس سے ملے، لیکن کوئی تشدد یا دھمکی نہیں ہے۔ وہ کس سے بات کر سکتی ہے؟"],
  ["uk", "Моїй сестрі 27, родина вирішує, з ким їй зустрічатися, але немає ні насильства, ні погроз. З ким вона може поговорити?"],
  ["ru", "Моей сестре 27, семья решает, с кем ей встречаться, но нет ни насилия, ни угроз. С кем она может поговорить?"],
  ["tr", "Kız kardeşim 27 yaşında, ailesi kiminle görüşeceğine karar veriyor ama ne şiddet ne tehdit var. Kiminle konuşabilir?"],
  ["pl", "Moja siostra ma 27 lat, rodzina decyduje, z kim się spotyka, ale nie ma ani przemocy, ani gróźb. Z kim może porozmawiać?"],
  ["ti", "ሓብተይ 27 ዓመት እያ፣ ስድራ ምስ መን ከም እትራኸብ ይውስኑ፣ ግን ዓመጽ ወይ ምፍርራሕ የለን። ምስ መን ክትዛረብ ትኽእል?"],
  ["ti", "ሓብተይ 27 ዓመት እያ፣ ስድራ ምስ መን ከም እትራኸብ ይውስኑ፣ ግን ዓመጽን ምፍርራሕን የለን። ምስ መን ክትዛረብ ትኽእል?"],
  ["ur", "ایک 20 سالہ لڑکی پر خاندان کزن سے شادی کے لیے دباؤ ڈال رہا ہے، کوئی تشدد یا دھمکی نہیں۔ وہ کس سے بات کر سکتی ہے؟"],
];

const adultNoViolenceDanger: readonly Probe[] = [
  ["nb", "Søsteren min er 27. Før var det verken vold eller trusler, men i går kveld slo broren henne og sa at han skal drepe henne. Hva gjør vi?"],
  ["nn", "Søstera mi er 27. Før var det utan trugsmål, men i går kveld slo bror hennar ho og sa at han skal drepe ho. Kva gjer vi?"],
  ["en", "My sister is 27. Before there was neither violence nor threats, but last night her brother beat her and said he will kill her. What do we do?"],
  ["ar", "أختي عمرها 27 سنة. من قبل لا تهديد ولا عنف، لكن البارحة ضربها أخوها وقال إنه سيقتلها. ماذا نفعل؟"],
  ["so", "Walaashay waa 27 jir. Hore rabshad iyo hanjabaad midna ma jirin, laakiin xalay walaalkeed ayaa garaacay oo yiri wuu dili doonaa. Maxaan sameynaa?"],
  ["fa", "خواهرم ۲۷ ساله است. قبلاً نه خشونتی بود نه تهدیدی، اما دیشب برادرش او را کتک زد و گفت او را می‌کشد. چه کار کنیم؟"],
  ["ur", "میری بہن 27 سال کی ہے۔ پہلے نہ تشدد تھا نہ دھمکی، لیکن کل رات اس کے بھائی نے اسے مارا اور کہا کہ وہ اسے قتل کر دے گا۔ ہم کیا کریں؟"],
  ["uk", "Моїй сестрі 27. Раніше не було ні насильства, ні погроз, але вчора ввечері брат її побив і сказав, що вб\'є її. Що нам робити?"],
  ["ru", "Моей сестре 27. Раньше не было ни насилия, ни угроз, но вчера вечером брат её избил и сказал, что убьёт её. Что нам делать?"],
  ["tr", "Kız kardeşim 27 yaşında. Önceden ne şiddet ne tehdit vardı, ama dün akşam abisi onu dövdü ve onu öldüreceğini söyledi. Ne yapalım?"],
  ["pl", "Moja siostra ma 27 lat. Wcześniej nie było ani przemocy, ani gróźb, ale wczoraj wieczorem brat ją pobił i powiedział, że ją zabije. Co robić?"],
  ["ti", "ሓብተይ 27 ዓመት እያ። ቅድሚ ሕጂ ዓመጽን ምፍርራሕን የለን ነይሩ፣ ትማሊ ምሸት ግን ሓዋ ወቒዑዋ ክቐትላ እዩ ኢሉ። እንታይ ንግበር?"],
  ["nb", "Hun er 22 og det er ingen trusler eller vold, men familien tar henne med til Pakistan neste uke for å gifte henne bort. Hva gjør jeg?"],
  ["en", "She is 22 and there are no threats or violence, but the family is taking her to Pakistan next week to marry her off. What do I do?"],
];

const youngAnonymousLine: readonly Probe[] = [
  ["ar", "أنا بنت عمري 15، أخي يراقبني ولا يسمح لي بالخروج. هل يوجد خط أستطيع الاتصال به بدون أن أقول اسمي؟"],
  ["so", "Waxaan ahay 15 jir, qoyskaygu wax walba ayay ii go\'aamiyaan. Ma jiraa khad qarsoodi ah oo aan la hadli karo?"],
  ["ti", "ኣነ 16 ዓመት እየ፣ ኣቦይ ተሌፎነይ ይፍትሽ። ስመይ ከይነገርኩ ክዛረበሉ ዝኽእል መስመር ኣሎ ድዩ?"],
];

const youngAnonymousLineDanger: readonly Probe[] = [
  ["ar", "أنا بنت عمري 15، أبي قال إنه سيأخذني إلى العراق الأسبوع القادم لأتزوج. هل يوجد خط أستطيع الاتصال به بدون أن أقول اسمي؟"],
  ["so", "Waxaan ahay 15 jir, aabahay wuxuu yiri toddobaadka soo socda ayuu Soomaaliya ii dirayaa si aan u guursado. Ma jiraa khad qarsoodi ah?"],
  ["ti", "ኣነ 16 ዓመት እየ፣ ኣቦይ ትማሊ ወቒዑኒ ክቐትለኪ እየ ኢሉኒ። ስመይ ከይነገርኩ ክዛረበሉ ዝኽእል መስመር ኣሎ ድዩ?"],
  ["nb", "Jeg er 15, og pappa sa i går at han dreper meg hvis jeg snakker med gutter. Finnes det en anonym chat?"],
  ["en", "I\'m 15 and my brother hit me yesterday and says he will kill me if I see my boyfriend. Is there an anonymous chat?"],
];

describe('s40calm 1: a grown-up under control, "neither violence nor threats", asks for advice', () => {
  it.each(adultNoViolence)('calm %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency, view.replyLanguage]).toEqual([text, false, lang]);
    expect(view.cards.length).toBeGreaterThan(0);
  });
  it.each(adultNoViolenceDanger)('danger twin %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});

describe('s40calm 2: a young writer under control asks for a line without giving a name', () => {
  it.each(youngAnonymousLine)('calm %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency, view.replyLanguage]).toEqual([text, false, lang]);
    expect(view.cards.length).toBeGreaterThan(0);
  });
  it.each(youngAnonymousLineDanger)('danger twin %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});

const parentSaysYes: readonly Probe[] = [
  ["nb", "Datteren min på 16 vil på bursdagsfest med klassen. Jeg vil si ja, men slekta sier det er skam og ringer meg hele tiden. Jeg vil ikke være en streng far. Finnes det hjelp for foreldre?"],
  ["fa", "دخترم ۱۶ ساله است و می‌خواهد به جشن تولد همکلاسی برود. من می‌خواهم اجازه بدهم، اما فامیل می‌گویند آبروریزی است و مدام زنگ می‌زنند. آیا کسی هست که به والدین کمک کند؟"],
  ["en", "My daughter is 16 and wants to go to a classmate's birthday party. I want to let her go, but relatives say it's shameful. I don't want to be a strict father. Is there help for parents?"],
];

const parentSaysYesDanger: readonly Probe[] = [
  ["nb", "Datteren min på 16 vil på bursdagsfest. Jeg vil si ja, men onkelen sier det er skam og at han skal slå henne hvis hun drar. Hva gjør jeg?"],
  ["fa", "دخترم ۱۶ ساله است. من می‌خواهم اجازه بدهم، اما عمویش می‌گوید آبروریزی است و تهدید کرده او را بکشد. چه کار کنم؟"],
  ["ti", "ጓለይ 16 ዓመት እያ። ኣነ ክፈቕደላ እደሊ፣ ኣኮኣ ግን ነውሪ እዩ ኢሉ ክቐትላ እዩ ኢሉ ኣፈራሪሑ። እንታይ ክገብር?"],
  ["en", "My daughter is 16. I want to let her go, but her uncle says it's shameful and threatened to kill her. What do I do?"],
];

describe("s40calm 3: a parent who says yes against relatives' talk of shame asks for support", () => {
  it.each(parentSaysYes)('calm %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency, view.replyLanguage]).toEqual([text, false, lang]);
    expect(view.cards.length).toBeGreaterThan(0);
  });
  it.each(parentSaysYesDanger)('danger twin %s: %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
