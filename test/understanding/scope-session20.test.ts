import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * Issue #13, session 20: errands near the field (booking an interpreter, proofreading, games for a children's party, a
 * shared Teams calendar, video games and going to bed late, a passport appointment, a diploma recognised abroad) are
 * declined in every language, through the shipped scope words (content/understanding/scope) and the signals the danger
 * reader gives the scope reader in the bot. A harm, a marriage, a trip abroad or control said beside them keeps them in
 * scope. The sentences are this file's own.
 */
const scope = loadScopeReader();
const danger = createDangerReader(loadSituationReader());
const outOfScope = (lang: Lang, text: string): readonly string[] => {
  const signals = danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
  return scope.read(text, signals).outOfScope;
};

describe('an everyday errand near the field is out of scope, in every language', () => {
  it.each([
    // Booking an interpreter: an errand, though "interpreter" is a word of the field.
    ['nb', 'Hvordan bestiller jeg tolk til utviklingssamtalen på fredag?'],
    ['nn', 'Korleis bestiller eg tolk til ein legetime neste veke?'],
    ['en', 'Where do I book an interpreter for a meeting with a tenant on Monday?'],
    ['pl', 'Jak zamówić tłumacza na wizytę u lekarza?'],
    ['ru', 'Как заказать переводчика на встречу в школе?'],
    ['ar', 'كيف أحجز مترجماً لموعد عند الطبيب؟'],
    // Proofreading.
    ['nb', 'Kan du korrekturlese rapporten min før jeg sender den?'],
    ['nn', 'Kan du sjå over skrivefeila i søknaden min?'],
    ['en', 'Could you proofread my cover letter?'],
    ['tr', 'Raporumdaki yazım hatalarını düzeltebilir misin?'],
    ['ru', 'Проверь, пожалуйста, орфографию в моём письме'],
    // Games for a children's party.
    ['nb', 'Hva er gode leker til et barnebursdag med seksåringer?'],
    ['nn', 'Har du idear til selskapsleikar for småskulen?'],
    ['en', 'We need party games for the kindergarten summer party'],
    ['ur', 'چھوٹے بچوں کی سالگرہ کی پارٹی میں کون سے کھیل اچھے ہیں؟'],
    ['pl', 'Jakie zabawy na przyjęcie urodzinowe dla pięciolatków?'],
    // A shared calendar in Teams, even beside a service's name.
    ['nb', 'Hvordan setter vi opp en felles kalender i Teams på NAV-kontoret?'],
    ['nn', 'Korleis lagar vi ein delt kalender for teamet vårt?'],
    ['en', 'How can our child welfare office share a team calendar?'],
    ['uk', 'Як додати спільний календар для колег?'],
    ['ru', 'Как настроить общий календарь для отдела в Teams?'],
    // Video games and going to bed late, with no control or harm.
    ['nb', 'Sønnen min spiller dataspill til langt på natt, hvordan får jeg ham til å legge seg tidligere?'],
    ['nn', 'Dottera mi legg seg altfor seint fordi ho sit med dataspel'],
    ['en', 'My teenager plays video games until 2am, how do I get him to sleep?'],
    ['tr', 'Oğlum bütün gece bilgisayar oyunu oynuyor, ne yapabilirim?'],
    ['ar', 'ابنتي تلعب ألعاب الفيديو طوال الليل'],
    // A passport appointment.
    ['nb', 'Hvor bestiller jeg passtime for hele familien?'],
    ['en', 'How early should I book a passport appointment before the summer?'],
    ['ur', 'نئے پاسپورٹ کے لیے اپوائنٹمنٹ کیسے ملے گی؟'],
    ['tr', 'Pasaport randevusu nasıl alınır?'],
    // A diploma recognised abroad.
    ['nb', 'Hvordan får jeg godkjent utdanningen min fra Norge i Polen?'],
    ['nn', 'Kva gjer eg for å få godkjent utdanninga mi i eit anna land?'],
    ['en', 'How do I get my degree recognised in another country?'],
    ['pl', 'Gdzie złożyć wniosek o nostryfikację dyplomu?'],
    ['uk', 'Де подати документи на нострифікацію диплома для роботи в Польщі?'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(outOfScope(lang, text).length).toBeGreaterThan(0);
  });
});

describe('the same errands stay in scope when a harm, a marriage, a trip or control is told beside them', () => {
  it.each([
    // Using an interpreter in a case is a question of the field.
    ['nb', 'Bør vi bruke tolk når vi snakker med eleven om at hun skal giftes bort?'],
    ['en', 'Should we book an interpreter for the talk with the girl who is afraid of being married off?'],
    ['ar', 'هل نحجز مترجماً للحديث مع الفتاة التي يريد أهلها تزويجها بالقوة؟'],
    // Whether to book one for a meeting is a question of using interpreters, not the errand of how to book.
    ['nb', 'Bør vi bestille tolk til hjemmebesøket hos familien?'],
    ['nn', 'Skal vi tinge tolk til samtalen med mora?'],
    ['en', 'Should we order an interpreter for the home visit?'],
    ['pl', 'Czy powinniśmy zamówić tłumacza na rozmowę z matką?'],
    // Proofreading a report of a threat.
    ['nb', 'Kan du korrekturlese bekymringsmeldingen om jenta som blir truet av broren sin?'],
    // Bedtime with control or violence.
    ['nb', 'Faren slår ham når han legger seg for sent og tar fra ham mobilen'],
    ['en', 'Her father locks her in her room when she stays up late'],
    // A passport taken, or a trip abroad.
    ['nb', 'Faren har tatt passet hennes og skal sende henne til hjemlandet i sommer'],
    ['tr', 'Babası pasaportunu aldı ve onu yaz tatilinde Türkiye de evlendirecek'],
    // A party or games told with a marriage.
    ['en', 'At the birthday party her aunt said she will be married to her cousin in Pakistan'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(outOfScope(lang, text)).toEqual([]);
  });
});
