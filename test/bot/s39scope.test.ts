import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * s39scope (issue #13): our own probes (none of them a tuned set's sentence) for
 *  1. questions next to the field, asked with nothing of it: everyday immigration chores (an appointment for a
 *     residence card, renewing one's own passport at the embassy, a visa for a relative's visit) and general law
 *     outside the field (the rules on emergency placement of children, custody in a divorce) are declined politely,
 *     not read as "did you mean" or a danger; the same subject with the field's topics (a passport taken, a trip to be
 *     married, harm) keeps its answer or card;
 *  2. the MFA's operations centre asked for as "the 24-hour number for Norwegians abroad" in every language;
 *  3. Røde Kors-telefonen asked for by its name in each language, Persian written with the joined "صلیب‌سرخ".
 */
type Probe = readonly [string, Lang, string];

const declined: readonly Probe[] = [
  ['residence card', 'en', 'How do I book an appointment to get my residence card?'],
  ['residence card', 'nn', 'Korleis bestiller eg time for å få opphaldskort?'],
  ['residence card', 'ar', 'كيف أحجز موعدا للحصول على بطاقة الإقامة؟'],
  ['residence card', 'so', 'Sideen ballan uga qabsadaa kaarka deganaanshaha?'],
  ['residence card', 'uk', 'Як записатися на прийом, щоб отримати посвідку на проживання?'],
  ['residence card', 'pl', 'Jak umówić wizytę, żeby dostać kartę pobytu?'],
  ['own passport', 'so', 'Waxaan rabaa inaan cusboonaysiiyo baasaboorkayga safaaradda, sidee?'],
  ['own passport', 'so', 'Sideen baasaboorkayga ugu cusboonaysiiyaa safaaradda?'],
  ['own passport', 'fa', 'می‌خواهم پاسپورتم را در سفارت تمدید کنم، چطور؟'],
  ['own passport', 'ur', 'مجھے اپنے سفارت خانے میں اپنا پاسپورٹ تجدید کرنا ہے، کیسے؟'],
  ['own passport', 'uk', 'Мені треба продовжити свій паспорт у посольстві, як?'],
  ['own passport', 'ru', 'Мне нужно продлить свой паспорт в посольстве, как?'],
  ['visit visa', 'tr', 'Kız kardeşim beni ziyaret etmek istiyor. Nasıl vize alır?'],
  ['emergency placement rules', 'en', 'What are the general rules for emergency placement of children?'],
  ['emergency placement rules', 'nb', 'Hva er de generelle reglene for akuttplassering av barn?'],
  ['emergency placement rules', 'nn', 'Kva er dei generelle reglane for akuttplassering av barn?'],
  ['emergency placement rules', 'so', 'Waa maxay xeerarka guud ee meelaynta degdegga ah ee carruurta?'],
  ['emergency placement rules', 'ur', 'بچوں کی ہنگامی جگہ منتقلی کے عام قوانین کیا ہیں؟'],
  ['emergency placement rules', 'uk', 'Які загальні правила термінового влаштування дітей?'],
  ['emergency placement rules', 'ru', 'Какие общие правила экстренного устройства детей?'],
  ['emergency placement rules', 'tr', 'Çocukların acil yerleştirilmesi için genel kurallar nelerdir?'],
  ['custody', 'so', 'Yaa hela xaddaanada carruurta marka la furo?'],
  ['custody', 'uk', 'Хто отримує опіку над дітьми при розлученні?'],
  ['custody', 'ti', 'ኣብ ፍትሕ ናይ ቆልዑ ሓላፍነት መን ይወስድ?'],
];

/** The same subjects with the field in them: the card stays. */
const dangers: readonly Probe[] = [
  ['emergency placement, harm', 'en', 'She needs an emergency placement tonight, her father threatened to kill her.'],
  ['emergency placement, harm', 'nb', 'Vi må ha en akuttplassering i kveld, faren har slått henne.'],
  ['passport taken', 'fa', 'خانواده‌اش پاسپورتش را گرفته‌اند و او می‌ترسد.'],
  ['passport taken, embassy', 'so', 'Aabaheed ayaa qaatay baasaboorkeeda, waxay ku xayiran tahay Soomaaliya, safaaradda ma caawin kartaa?'],
  ['passport at the embassy, kept abroad', 'en', 'I need to renew my passport at the embassy but I am stuck abroad and my family will not let me come back.'],
  ['burns', 'uk', "У неї опіки на руках, батько її б'є."],
];

const MFA = ['23 95 00 00'];
const mfaAsked: readonly Probe[] = [
  ['mfa', 'nn', 'Kva er nummeret som er ope heile døgnet for nordmenn i utlandet?'],
  ['mfa', 'en', 'Is there a number for Norwegians abroad that is open 24 hours?'],
  ['mfa', 'ar', 'ما هو الرقم المتاح على مدار الساعة للنرويجيين في الخارج؟'],
  ['mfa', 'so', 'Waa maxay lambarka 24 saac furan ee Norwiijiyaanka dibadda jooga?'],
  ['mfa', 'fa', 'شماره ۲۴ ساعته برای نروژی‌ها در خارج از کشور چیست؟'],
  ['mfa', 'ur', 'بیرون ملک نارویجن لوگوں کے لیے 24 گھنٹے والا نمبر کیا ہے؟'],
  ['mfa', 'uk', 'Який цілодобовий номер для норвежців за кордоном?'],
  ['mfa', 'ru', 'Какой круглосуточный номер для норвежцев за границей?'],
  ['mfa', 'tr', 'Yurt dışındaki Norveçliler için 24 saat açık numara nedir?'],
  ['mfa', 'pl', 'Jaki jest całodobowy numer dla Norwegów za granicą?'],
  ['mfa', 'ti', 'ንኖርወጃውያን ኣብ ወጻኢ ናይ 24 ሰዓት ቁጽሪ እንታይ እዩ?'],
];

const RED_CROSS = ['815 55 201'];
const redCrossAsked: readonly Probe[] = [
  ['red cross', 'fa', 'شماره خط تلفن ناشناس صلیب‌سرخ'],
  ['red cross', 'fa', 'معلم هستم، پرونده قبلی تمام شده. خط ناشناس صلیب سرخ کدام است؟'],
  ['red cross', 'ur', 'میں استاد ہوں۔ پچھلا کیس حل ہو گیا تھا۔ ریڈ کراس کی گمنام لائن کا نمبر کیا ہے؟'],
  ['red cross', 'ar', 'ما رقم خط الصليب الاحمر المجهول؟'],
  ['red cross', 'so', 'Waa maxay lambarka khadka qarsoodiga ah ee Laanqeyrta Cas?'],
  ['red cross', 'uk', 'Який номер анонімної лінії Червоного Хреста?'],
  ['red cross', 'ru', 'Какой номер анонимной линии Красного Креста?'],
  ['red cross', 'tr', 'Kızılhaç anonim hattının numarası nedir?'],
  ['red cross', 'pl', 'Jaki jest numer anonimowej linii Czerwonego Krzyża?'],
  ['red cross', 'ti', 'ናይ ቀይሕ መስቀል ስውር መስመር ቁጽሪ እንታይ እዩ?'],
];

describe('s39scope: questions next to the field, asked without it, are declined politely', () => {
  const runner = conversationRunnerPerFile();

  test.each(declined)('%s (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
    expect(view.didYouMean).toBe(false);
  });

  test.each(dangers)('%s keeps the card (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(view.cannotAnswer).toBe(false);
  });
});

describe('s39scope: the MFA operations centre and Røde Kors-telefonen asked for by what they are', () => {
  const runner = conversationRunnerPerFile();

  test.each(mfaAsked)('%s (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, MFA)).toBe(true);
  });

  test.each(redCrossAsked)('%s (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, RED_CROSS)).toBe(true);
  });
});
