/**
 * s43ask (issue #13, contacts and professionals' questions, short wave). The classes were found on sets nobody may
 * read; every probe below is our own wording, none of them a set's sentence. Contacts only from sourced entries
 * (content/contacts/services.json, emergency.json, envoys.json; ../shared/domain.md).
 *  (1) a police officer asking whether they may consult Kompetanseteamet about a concrete case: the team advises the
 *      police in concrete cases, 478 09 050; the officer asking whether they may share what they know of a closed
 *      forced-marriage case with the school's adviser gets an answer (no card, no "did you mean");
 *  (2) a parent asking for a not-urgent helpline for adults about violence at home: VO-linjen 116 006, no emergency
 *      card. Before: Arabic "العنف في البيت" and the other languages' "violence at home" named no service (the parent
 *      got the Red Cross line): the words are now VO-linjen's aliases (content/contacts/service-aliases.json);
 *  (3) a line's e-mail asked as a follow-up ("and do they have an e-mail?" after Alarmtelefonen): alarm@116111.no,
 *      the follow-up keeps the service;
 *  (4) a young person held abroad now, told with a Norwegian citizenship, in a country the Nairobi envoy covers: the
 *      emergency card, UD's 24/7 operations centre (+47 23 95 00 00) and the Nairobi envoy;
 *  (5) "what is negative social control?" and then "who can I talk to at school?": the follow-up names the school's
 *      diversity adviser (mangfoldsrådgiver). Before: Somali "yaan kula hadli karaa" was no contact question, so the
 *      follow-up repeated the article (content/contacts/other-language-words.json, generic).
 * Calm twins: the same topics with no present danger (a past stay abroad, a general question about an envoy, a
 * parent's not-urgent question); a danger twin (violence happening now at home) keeps the card.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, string];
type TwoTurns = readonly [Lang, readonly [string, string]];

const VO_LINJEN = ['116 006'];
const ALARM_MAIL = ['alarm@116111.no'];
const KOMPETANSETEAMET = ['478 09 050'];
const UD_OPS = ['+47 23 95 00 00', '23 95 00 00'];

/** (1) A police officer asking whether they may consult Kompetanseteamet about a concrete case. */
const policeConsult: readonly Probe[] = [
  ['nb', 'Jeg jobber i politiet. Kan jeg drøfte en konkret sak med Kompetanseteamet?'],
  ['en', "I'm a police officer. Can I consult Kompetanseteamet about a specific case I'm working on?"],
  ['pl', 'Jestem policjantem. Czy mogę skonsultować konkretną sprawę z Kompetanseteamet?'],
  ['ar', 'أنا شرطي. هل يمكنني استشارة Kompetanseteamet بشأن قضية محددة؟'],
];

/** (1) The officer asking whether they may share what they know of a closed case with the school's adviser. */
const policeShare: readonly Probe[] = [
  ['nb', 'Jeg er politi. Kan jeg dele opplysninger om en avsluttet tvangsekteskapssak med rådgiveren på skolen?'],
  ['en', "I'm a police officer. May I share information about a closed forced marriage case with the school's adviser?"],
];

/** (2) A parent's not-urgent question for a helpline for adults about violence at home, in the twelve languages. */
const violenceAtHomeLine: readonly Probe[] = [
  ['nb', 'Jeg er mor. Finnes det en hjelpetelefon for voksne om vold i hjemmet? Det haster ikke.'],
  ['nn', 'Eg er far. Finst det ein hjelpetelefon for vaksne om vald i heimen? Det hastar ikkje.'],
  ['en', "I'm a dad. Is there a helpline for adults about violence at home? It's not urgent."],
  ['ar', 'أنا أب. هل يوجد رقم مساعدة للكبار بخصوص العنف في المنزل؟ ليس أمرا عاجلا'],
  ['ar', 'هل يوجد خط مساعدة غير طارئ للكبار بخصوص العنف في البيت؟ أنا أم'],
  ['so', 'Waxaan ahay hooyo. Ma jiraa khad caawin oo dadka waaweyn ah oo ku saabsan rabshadda guriga? Ma degdeg aha.'],
  ['fa', 'من مادر هستم. آیا خط کمکی برای بزرگسالان درباره خشونت در خانه هست؟ فوری نیست.'],
  ['ur', 'میں والد ہوں۔ کیا بڑوں کے لیے گھر میں تشدد کے بارے میں کوئی ہیلپ لائن ہے؟ فوری نہیں ہے۔'],
  ['uk', 'Я мама. Чи є лінія допомоги для дорослих щодо насильства вдома? Це не терміново.'],
  ['ru', 'Я отец. Есть ли телефон помощи для взрослых по поводу насилия дома? Не срочно.'],
  ['tr', 'Ben bir anneyim. Yetişkinler için evde şiddet konusunda bir yardım hattı var mı? Acil değil.'],
  ['pl', 'Jestem ojcem. Czy jest telefon dla dorosłych w sprawie przemocy w domu? To nie jest pilne.'],
  ['ti', 'ኣነ ኣደ እየ። ንዓበይቲ ብዛዕባ ዓመጽ ኣብ ገዛ መስመር ሓገዝ ኣሎ ድዩ? ህጹጽ ኣይኮነን።'],
];

/** (3) A line's e-mail asked as a follow-up after Alarmtelefonen, in the twelve languages. */
const mailFollowUp: readonly TwoTurns[] = [
  ['nb', ['Hvordan får jeg tak i Alarmtelefonen?', 'har de en e-postadresse også?']],
  ['nn', ['Korleis får eg tak i Alarmtelefonen?', 'har dei e-postadresse òg?']],
  ['en', ['How can I get in touch with Alarmtelefonen?', 'do they have an email address as well?']],
  ['ar', ['كيف أتواصل مع Alarmtelefonen؟', 'وهل لديهم بريد إلكتروني؟']],
  ['so', ['Sideen ula xiriiraa Alarmtelefonen?', 'ma leeyihiin email?']],
  ['fa', ['چطور با Alarmtelefonen تماس بگیرم؟', 'ایمیل هم دارند؟']],
  ['ur', ['میں Alarmtelefonen سے کیسے رابطہ کروں؟', 'کیا ان کا ای میل بھی ہے؟']],
  ['uk', ["Як зв'язатися з Alarmtelefonen?", 'А електронна адреса в них є?']],
  ['ru', ['Как связаться с Alarmtelefonen?', 'а электронная почта у них есть?']],
  ['tr', ["Alarmtelefonen'e nasıl ulaşırım?", 'e-posta adresleri de var mı?']],
  ['pl', ['Jak skontaktować się z Alarmtelefonen?', 'a mają też adres e-mail?']],
  ['ti', ['ምስ Alarmtelefonen ብኸመይ ክራኸብ እኽእል?', 'ኢመይል ድማ ኣለዎም ድዩ?']],
];

/** (4) A young person held now, told with a Norwegian citizenship, in a country the Nairobi envoy covers. */
const heldNairobi: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['en', 'My friend is 17 and a Norwegian citizen. She is being held in Kenya right now and cannot come home.', ['Nairobi']],
  ['ti', 'ሓፍተይ ኖርወጃዊት ዜግነት ኣለዋ፡ ሕጂ ኣብ ኤርትራ ተታሒዛ ኣላ፡ ክትምለስ ኣይፈቕዱላን', ['ናይሮቢ']],
  ['ti', 'ኣነ ኖርወጃዊ ዜግነት ኣለኒ፡ ሕጂ ኣብ ሱዳን ሒዞምኒ ኣለዉ፡ ክምለስ ኣይፈቕዱለይን', ['ናይሮቢ']],
  ['ti', 'ወዲ ሓወይ 16 ዓመቱ ኖርወጃዊ ዜግነት ኣለዎ፡ ሕጂ ኣብ ኢትዮጵያ ተዓጊቱ ኣሎ', ['ናይሮቢ']],
];

/** (5) What negative social control is, then who to talk to at school, in the twelve languages. */
const talkAtSchool: readonly TwoTurns[] = [
  ['nb', ['Hva er negativ sosial kontroll?', 'hvem kan jeg prate med på skolen?']],
  ['nn', ['Kva er negativ sosial kontroll?', 'kven kan eg snakke med på skulen?']],
  ['en', ['what does negative social control mean?', 'who could I talk to at my school?']],
  ['ar', ['ما هي الرقابة الاجتماعية السلبية؟', 'مع من يمكنني أن أتحدث في المدرسة؟']],
  ['so', ['Waa maxay xakamaynta bulshada ee taban?', 'Yaan kula hadli karaa dugsiga?']],
  ['fa', ['کنترل اجتماعی منفی چیست؟', 'در مدرسه با کی می‌توانم صحبت کنم؟']],
  ['ur', ['منفی سماجی کنٹرول کیا ہے؟', 'اسکول میں میں کس سے بات کر سکتا ہوں؟']],
  ['uk', ['Що таке негативний соціальний контроль?', 'з ким я можу поговорити в школі?']],
  ['ru', ['Что такое негативный социальный контроль?', 'с кем я могу поговорить в школе?']],
  ['tr', ['Olumsuz sosyal kontrol nedir?', 'okulda kiminle konuşabilirim?']],
  ['pl', ['Co to jest negatywna kontrola społeczna?', 'z kim mogę porozmawiać w szkole?']],
  ['ti', ['ኣሉታዊ ማሕበራዊ ቁጽጽር እንታይ እዩ?', 'ኣብ ቤት ትምህርቲ ምስ መን ክዛረብ እኽእል?']],
];

/** Calm twins: the same topics with no present danger. */
const calmTwins: readonly Probe[] = [
  ['en', 'A pupil of ours was kept in Kenya last year; she has been home since the summer. How do we follow up?'],
  ['nb', 'Hvilken spesialutsending dekker Etiopia?'],
  ['ar', 'سؤال عام: ما هو الرقم الذي يمكن للكبار الاتصال به بشأن العنف في البيت؟'],
  ['pl', 'Na szkolenie: jaki numer mają dorośli w sprawie przemocy w domu?'],
];

/** Danger twins: violence happening now keeps the card. */
const dangerTwins: readonly Probe[] = [
  ['nb', 'Mannen min slår meg nå, han står utenfor døra og jeg er redd'],
  ['en', 'my husband is hitting me right now at home, I am scared for my life'],
];

describe('s43ask: contacts and professionals\' questions', () => {
  const runner = conversationRunnerPerFile();

  it.each(policeConsult)('(1) police may consult Kompetanseteamet %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, false, false, true]);
  });
  it.each(policeShare)('(1) police sharing a closed case with the school is answered %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.answers > 0]).toEqual([text, false, false, true]);
  });

  it.each(violenceAtHomeLine)('(2) a not-urgent line for violence at home is VO-linjen %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, VO_LINJEN)]).toEqual([text, false, false, true]);
  });

  it.each(mailFollowUp)('(3) the e-mail follow-up keeps Alarmtelefonen %s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean, containsFact(view.texts, ALARM_MAIL)]).toEqual([turns, false, false, true]);
  });

  it.each(heldNairobi)('(4) held now in a Nairobi country: card, UD ops and the envoy %s: %s', async (lng, text, envoy) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, containsFact(view.texts, UD_OPS), containsFact(view.texts, envoy)]).toEqual([text, true, true, true]);
  });

  it.each(talkAtSchool)('(5) who to talk to at school names the diversity adviser %s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.didYouMean, containsFact(view.texts, ['mangfoldsrådgiver', 'mangfoldsrådgivere'])]).toEqual([
      turns,
      false,
      false,
      true,
    ]);
  });

  it.each(calmTwins)('calm twin gets no card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(dangerTwins)('danger twin keeps the card %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
