import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';
import { loadLanguageDetector, type LanguageDetector } from '../../src/language/detect-language';

/**
 * Issue #13 (lang35), our own probes with their twins.
 *  1. Urdu typed in Latin letters (Roman Urdu) whose nouns are Norwegian service names ("Røde Kors", "barnevernet",
 *     "mangfoldsrådgiver"): its grammar words (kar, karni, baat, pe, paas, wala/wali…) make it Urdu, while Norwegian and
 *     English sentences with a word that looks Urdu ("kar", "se", "me", "pe", a name like Wali) stay as they are.
 *  2. A religious school or class sought for a child here (a Quran school, a mosque's classes, a Sunday school) is
 *     declined politely in every language, with no emergency card: the child's age is no danger. A Quran school with a
 *     country abroad, a year there or against the child's will keeps the long-stay concern and the emergency card.
 */
describe('lang35: Roman Urdu beside Norwegian names', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  it.each([
    'mangfoldsrådgiver se baat karni hai',
    'Kors-telefonen pe anonymous call kar sakti hun?',
    'barnevernet se baat karni hai, number bata do',
    'spesialutsendinger ke paas kaise jana hai',
    'Røde Kors wali hotline pe baat kar sakte hain?',
    'Kompetanseteamet wale kab tak khule hote hain',
    'Norway mein helsesøster ke sath baat kar sakti hun?',
    'bufdir ki site pe sab kuch milta hai kya',
  ])('Urdu: %s', (text) => {
    expect(detector.detect(text).lng).toBe('ur');
  });

  it.each<[Lang, string]>([
    ['nb', 'Han er en grei kar som jobber i barnevernet'],
    ['nb', 'kan du se på saken min'],
    ['nn', 'me vil vite meir om Røde Kors'],
    ['en', 'me and my sister need help from Røde Kors'],
    ['en', 'Hai, can I call Kompetanseteamet?'],
    ['en', 'can I talk to Kompetanseteamet about my cousin Wali'],
    ['nb', 'vennen min Wali er redd for faren sin'],
    ['en', 'what is the pe teacher supposed to do if a girl is scared'],
    ['nb', 'gymlæreren sier hun ikke får være med på pe'],
  ])('twin stays %s: %s', (lng, text) => {
    expect(detector.detect(text).lng).toBe(lng);
  });
});

describe('lang35: answered in Urdu whatever the Teams language', () => {
  const runner = conversationRunnerPerFile();
  it.each<[Lang, string]>([
    ['en', 'mangfoldsrådgiver se baat karni hai'],
    ['nb', 'Kors-telefonen pe anonymous call kar sakti hun?'],
    ['nn', 'barnevernet se baat karni hai, number bata do'],
    ['nb', 'Røde Kors ka number kya hai?'],
  ])('Teams %s: %s', async (teams, text) => {
    const view = await runner.turn(teams, text);
    expect(view.replyLanguage).toBe('ur');
  });
});

describe('lang35: a religious school sought for a child is declined', () => {
  const runner = conversationRunnerPerFile();
  it.each<[Lang, string]>([
    ['nb', 'Kan dere anbefale en god koranskole for sønnen min på 8 år?'],
    ['nb', 'Vet du om en søndagsskole i Oslo for barn på 6 år?'],
    ['nn', 'Kan de tilrå ein god koranskule for dottera mi på 9 år?'],
    ['en', 'Can you recommend a good Quran school for my 10 year old daughter?'],
    ['en', 'Which mosque has weekend Islamic classes for kids around age 7?'],
    ['ar', 'هل يمكنكم أن تنصحوني بمدرسة لتحفيظ القرآن لابني عمره ٨ سنوات؟'],
    ['ur', 'کیا آپ میری 9 سال کی بیٹی کے لیے کوئی اچھا مدرسہ بتا سکتے ہیں؟'],
    ['so', 'Ma ii tilmaami kartaa dugsi quraan oo wanaagsan wiilkeyga 8 jir ah?'],
    ['fa', 'می‌توانید یک کلاس قرآن خوب برای پسر ۱۰ ساله‌ام معرفی کنید؟'],
    ['tr', 'Oğlum 9 yaşında, iyi bir Kuran kursu önerebilir misiniz?'],
    ['pl', 'Czy możecie polecić dobrą szkołę religijną dla mojej córki, ma 8 lat?'],
    ['ru', 'Можете посоветовать хорошую воскресную школу для моего сына 7 лет?'],
    ['uk', 'Чи можете порадити хорошу недільну школу для доньки 8 років?'],
    ['ti', 'ንወደይ ዕድሚኡ 8 ዓመት ዝኾነ ጽቡቕ ቤት ትምህርቲ ቁርኣን ክትመኽሩኒ ትኽእሉ ዶ?'],
  ])('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each<[Lang, string]>([
    ['en', 'They are sending my 12 year old sister to a Quran school in Pakistan for a year'],
    ['nb', 'Foreldrene vil sende dattera på 13 på koranskole i Somalia'],
    ['en', "My parents will put my brother (14) in a quran school for a long time, he doesn't want to go"],
    ['nb', 'Kan dere anbefale en koranskole i Pakistan for dattera mi på 12 år? Hun skal bo der et år'],
  ])('twin keeps the emergency card, %s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(isDanger(text, lng) || alarmed(text, lng)).toBe(true);
  });
});
