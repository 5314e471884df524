import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13 (session 20): the emergency card only where someone is in danger. Calm messages of the classes that drew
 * it before (a report or an e-mail "sent", a duty question asked in general, a case long over, marriage pressure with
 * no date or trip planned, a cutting the person went through as a baby) get their answer with no "call 112" block;
 * each calm message has a dangerous twin in the same words' field (a person sent abroad, a pupil to be married next
 * week, a cutting planned on a trip), which keeps the card. Everyday school matters near the field (holiday dates, a
 * letter for a parents' meeting, child benefit) are declined in the languages we answer in. Sentences are this file's own.
 */
const runner = conversationRunnerPerFile();
const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);

describe("a thing sent, or Norwegian 'for sent' (late), is no person sent away", () => {
  it.each([
    ["en", "I sent an email to the diversity adviser yesterday and got no answer. Who else can I contact?"],
    ["en", "We sent our report to child welfare today. What usually happens next?"],
    ["nb", "Jeg kom for sent til fagdagen i går. Hvor finner jeg presentasjonen om negativ sosial kontroll?"],
  ] as const)('%s: calm, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it.each([
    ["en", "My pupil was sent to Pakistan yesterday and her phone is off. Who do I call?"],
    ["en", "They are sending her to Somalia tomorrow, she told me crying. What do I do?"],
  ] as const)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe("a duty question asked in general, or with no case at hand", () => {
  it.each([
    ["nb", "Jeg spør generelt, har ingen konkret sak: har helsesykepleier plikt til å melde hvis en elev sier at hun skal giftes bort?"],
    ["nn", "Generelt spørsmål frå ein lærar: må eg melde til barnevernet om ei elev fortel at ho skal giftast bort? Inga konkret sak no."],
    ["en", "General question, no specific case: must a teacher notify child welfare if a pupil says her parents plan to marry her off?"],
    ["so", "Waxaan ahay macallin. Su'aal guud: haddii arday ii sheegto in qoyskeedu rabo inay guursiiyaan, ma waajib baa inaan u sheego barnevernet?"],
    ["fa", "من معلم هستم. سوال کلی: اگر یک دانش‌آموز بگوید خانواده‌اش می‌خواهند او را شوهر بدهند، آیا باید به barnevernet خبر بدهم؟"],
    ["pl", "Jestem nauczycielką. Pytanie ogólne: czy muszę zgłosić do barnevernet, jeśli uczennica powie, że rodzina chce ją wydać za mąż?"],
  ] as const)('%s: calm, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Jeg er lærer. Ei elev på 15 sa i dag at hun skal giftes bort i Pakistan neste uke. Har jeg plikt til å melde?"],
    ["en", "I'm a teacher. A 15-year-old pupil told me today she will be married off in Iraq next week. Must I notify anyone?"],
    ["nn", "Eg er lærar. Ei elev på 15 fortalde i dag at ho skal giftast bort i Somalia neste veke. Må eg melde?"],
  ] as const)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe("a forced marriage long over", () => {
  it.each([
    ["nb", "Jeg er fastlege. En pasient ble tvangsgiftet for seks år siden, nå er hun skilt og har det trygt. Har jeg meldeplikt?"],
    ["nn", "Eg er lærar i vaksenopplæringa. Ein deltakar vart tvangsgift for fem år sidan, no er ho skild. Må eg melde noko?"],
    ["en", "I'm a GP. A patient was forced to marry six years ago and is now divorced. Do I have any duty to report?"],
  ] as const)('%s: calm, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it.each([
    ["nb", "Jeg er fastlege. En pasient på 17 forteller at hun skal tvangsgiftes i morgen. Har jeg meldeplikt?"],
    ["en", "I'm a GP. A 17-year-old patient says she will be forced to marry tomorrow. Do I have a duty to report?"],
  ] as const)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe("marriage pressure with no date and no trip planned", () => {
  it.each([
    ["en", "I teach adults. A 26-year-old learner says her family is pushing her to marry, no date set and nothing planned yet. Where can she get advice herself?"],
    ["nb", "Jeg er NAV-veileder. En bruker på 25 sier familien presser henne til å gifte seg, men ingen dato er satt og ingenting er planlagt. Hvor kan hun få råd?"],
    ["ur", "میں استاد ہوں۔ ایک طالبہ کہتی ہے کہ رشتہ داروں نے شادی کی بات کی ہے، کوئی تاریخ طے نہیں ہوئی۔ ہم کس سے مشورہ کریں؟"],
    ["so", "Hooyo ayaan ahay. Qaraabadu waxay ku cadaadinayaan in gabadhayda la gudo, laakiin anigu waan diiday oo mana jiro safar. Xaggee caawimaad laga helaa?"],
  ] as const)('%s: calm, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it.each([
    ["en", "A 16-year-old pupil says her family is forcing her to marry and the wedding is this Saturday. Who do I call?"],
    ["so", "Gabadhayda 8 jir ah waxay rabaan inay gudaan, berri ayay u safrayaan Soomaaliya. Maxaan sameeyaa?"],
  ] as const)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe("a cutting the person went through as a baby or a little girl", () => {
  it.each([
    ["en", "School nurse. A 15-year-old told me she was cut as a baby before the family came here. She is fine and has no sisters. Do I have to tell child welfare?"],
    ["nn", "Jordmor her. Ei kvinne fortel at ho vart kjønnslemlesta som lita. Ho ventar ein gut. Har eg plikt til å melde noko?"],
  ] as const)('%s: calm, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it.each([
    ["en", "School nurse. A 15-year-old says her little sister will be cut when they travel to Sudan next week. What do I do?"],
  ] as const)('%s: the dangerous twin keeps the emergency card: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe('school holiday dates, a letter for a parents\' meeting and child benefit are declined in every language', () => {
  it.each([
    ["tr", "Bu yıl okulların kış tatili ne zaman başlıyor?"],
    ["nb", "Når begynner sommerferien for skolene i Bergen i år?"],
    ["en", "Could you write an invitation to the parents meeting on Thursday for my class?"],
    ["ti", "ንወለዲ ደብዳቤ ዕድመ ናብ ኣኼባ ወለዲ ክትጽሕፈለይ ትኽእል ዶ?"],
    ["so", "Sideen u codsadaa lacagta carruurta? Bishii hore ayaan Bergen u guuray."],
    ["ru", "Когда начинаются летние каникулы в норвежских школах?"],
    ["pl", "Kiedy zaczynają się wakacje w norweskich szkołach w tym roku?"],
    ["ar", "متى تبدأ العطلة الصيفية في مدارس النرويج هذا العام؟"],
    ["uk", "Коли починаються літні канікули в норвезьких школах?"],
    ["fa", "تعطیلات تابستانی مدرسه‌ها در نروژ کی شروع می‌شود؟"],
    ["ur", "ناروے میں اسکول کی چھٹیاں کب شروع ہوتی ہیں؟"],
    ["nn", "Når byrjar sommarferien for skulane i år?"],
  ] as const)('%s: declined, no emergency card: %s', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
    expect(turn.emergency).toBe(false);
  });

  it.each([
    ["tr", "Yaz tatili başlayınca babası kızı Türkiye'ye götürüp orada evlendirecek. Kime başvurmalıyım?"],
    ["so", "Gabadhayda 15 jir ah waxay rabaan inay berri guursiiyaan nin aanay aqoon. Maxaan sameeyaa?"],
  ] as const)('%s: the same holiday beside a child taken abroad and married stays in scope, emergency first: %s', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});
