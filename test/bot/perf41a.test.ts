import { type Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { PhraseListGroup } from '../../src/contacts/phrase-list-group';
import { compilePhrases } from '../../src/contacts/contact-recognizer';
import { fold } from '../../src/contacts/country-names';
import { normalize, tokenize } from '../../src/language/text';

/**
 * perf41a (issue #16, throughput): the contact reading's plain phrase lists (~60 for a message: the contact words, the
 * places covered, a minor, an embassy, the recognizer's own lists…) each looked every token of a message up in their
 * own maps; `exactAt` and the lists' `test` were the contact reader's largest self-time in a whole-turn profile. Now
 * the lists of a recognizer (and the module's fixed lists) are filed in one `PhraseListGroup`: where a message's tokens
 * can start a phrase is found once for all of them, and each list checks its phrases only there. A speed change: every
 * list must answer as before. The classes:
 *  (a) a list's answer is the plain reading of its phrases (whole phrases as consecutive tokens, "word*" as a prefix of
 *      the last word), for our own messages in the twelve languages;
 *  (b) the places are the tokens' own: the same tokens in a copy, a copy with a phrase masked ('#', as `withoutPhrases`
 *      masks), a list compiled after a message was read (a language's list made on first use), and many messages one
 *      after another, each read as itself;
 *  (c) through the bot, a contact question in each language is still answered in its language, and a danger told with
 *      the contact words keeps the emergency card, its calm twin (a course asked for, a general question) does not.
 */

type Phrases = readonly string[];
const words = (p: string): readonly string[] => tokenize(fold(p));

/** The plain reading a list must give: each phrase tried at each token, as written, with no index at all. */
function plainReading(phrases: Phrases, tokens: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const prefix = phrase.endsWith('*');
    const ws = words(prefix ? phrase.slice(0, -1) : phrase);
    if (ws.length === 0) return false;
    return tokens.some((_, at) => ws.every((w, j) => (prefix && j === ws.length - 1 ? (tokens[at + j] ?? '').startsWith(w) : tokens[at + j] === w)));
  });
}

/** Our own phrase lists: whole phrases, prefix phrases, two lists sharing first words and heads. */
const LISTS: Readonly<Record<string, Phrases>> = {
  contact: ['hvem kontakter', 'kven kontaktar', 'who do i contact', 'contact*', 'kontakt*', 'مع من أتواصل', 'yaan la xiriiraa', 'با چه کسی تماس', 'کس سے رابطہ', 'до кого звернутися', 'к кому обратиться', 'kime başvur*', 'z kim się skontaktować', 'ንመን ክረክብ'],
  embassy: ['ambassade*', 'embass*', 'السفارة', 'safaaradda', 'سفارت*', 'посольств*', 'büyükelçili*', 'ambasad*', 'ኤምባሲ'],
  minor: ['jente på 15', 'ei jente på 15', 'a girl of 15', 'under 18', 'بنت عمرها 15', 'gabar 15 jir ah', 'دختر ۱۵ ساله', 'لڑکی 15 سال', 'дівчина 15 років', 'девочка 15 лет', '15 yaşında bir kız', 'dziewczyna 15 lat'],
  sharesFirstWords: ['hvem er', 'who is', 'kontaktperson', 'contact person', 'к кому'],
};

/** Our own messages, one or more a language. */
const MESSAGES: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hvem kontakter jeg når en jente på 15 sier hun skal gifte seg i sommer?'],
  ['nb', 'Kontaktperson på ambassaden i Amman, hvem er det?'],
  ['nn', 'Kven kontaktar eg når ei jente på 15 er redd for å bli send ut?'],
  ['en', 'Who do I contact about a girl of 15 who is afraid of being sent abroad? Is the embassy the contact?'],
  ['en', 'who is the contact person for schools'],
  ['ar', 'مع من أتواصل بخصوص بنت عمرها 15 سنة؟ وهل السفارة تساعد؟'],
  ['so', 'Yaan la xiriiraa haddii gabar 15 jir ah ay ka baqayso in dibadda loo diro? Safaaradda ma caawisaa?'],
  ['fa', 'با چه کسی تماس بگیرم؟ یک دختر ۱۵ ساله می‌ترسد. سفارتخانه کمک می‌کند؟'],
  ['ur', 'کس سے رابطہ کروں؟ ایک لڑکی 15 سال کی ہے اور ڈرتی ہے'],
  ['uk', 'До кого звернутися, якщо дівчина 15 років боїться поїздки? Чи допоможе посольство?'],
  ['ru', 'К кому обратиться, если девочка 15 лет боится, что её увезут? Посольство поможет?'],
  ['tr', '15 yaşında bir kız yurt dışına götürülmekten korkuyor, kime başvurmalıyım? Büyükelçilik yardım eder mi?'],
  ['pl', 'Z kim się skontaktować, gdy dziewczyna 15 lat boi się wyjazdu? Czy ambasada pomoże?'],
  ['ti', 'ንመን ክረክብ? ሓንቲ ጓል ኣብ ኤምባሲ ክትከይድ ትፈርህ'],
  ['nb', 'Ingenting av dette står her: bare et vanlig spørsmål om været i morgen.'],
];

describe('perf41a (a): each list of a group reads as its phrases plainly read', () => {
  const group = new PhraseListGroup(words);
  const compiled = Object.entries(LISTS).map(([name, phrases]) => [name, phrases, group.compile(phrases)] as const);
  it.each(MESSAGES)('%s: %s', (_lang, message) => {
    const tokens = tokenize(fold(normalize(message)));
    for (const [name, phrases, list] of compiled) expect([name, list.test(tokens)]).toEqual([name, plainReading(phrases, tokens)]);
  });
  it('the probes meet every list at least once and miss each at least once (the test reads both answers)', () => {
    for (const [name, phrases] of compiled) {
      const answers = MESSAGES.map(([, m]) => plainReading(phrases, tokenize(fold(normalize(m)))));
      expect([name, answers.includes(true), answers.includes(false)]).toEqual([name, true, true]);
    }
  });
});

describe('perf41a (b): the places are those of the tokens asked about', () => {
  it('a copy of the tokens, and a copy with the phrase masked, are each read as themselves', () => {
    const group = new PhraseListGroup(words);
    const contact = group.compile(LISTS.contact ?? []);
    const tokens = tokenize(fold(normalize('Hvem kontakter jeg om dette?')));
    expect(contact.test(tokens)).toBe(true);
    expect(contact.test([...tokens])).toBe(true);
    // As `withoutPhrases` masks a phrase: the same length, the phrase's first word replaced.
    expect(contact.test(tokens.map((t) => (t === 'hvem' || t === 'kontakter' ? '#' : t)))).toBe(false);
    expect(contact.test(tokens)).toBe(true);
  });
  it('a list compiled after a message was read (a language\'s list made on first use) reads that message too', () => {
    const group = new PhraseListGroup(words);
    const contact = group.compile(LISTS.contact ?? []);
    const tokens = tokenize(fold(normalize('Kontaktperson på ambassaden, hvem er det?')));
    expect(contact.test(tokens)).toBe(true);
    const embassy = group.compile(LISTS.embassy ?? []);
    const firstWords = group.compile(LISTS.sharesFirstWords ?? []);
    expect([embassy.test(tokens), firstWords.test(tokens)]).toEqual([true, true]);
  });
  it('many messages one after another (more than the places kept) are each read as themselves', () => {
    const group = new PhraseListGroup(words);
    const lists = Object.values(LISTS).map((phrases) => [phrases, group.compile(phrases)] as const);
    for (let pass = 0; pass < 3; pass++)
      for (const [, message] of MESSAGES) {
        const tokens = tokenize(fold(normalize(message)));
        for (const [phrases, list] of lists) expect([message, list.test(tokens)]).toEqual([message, plainReading(phrases, tokens)]);
      }
  });
  it('compilePhrases keeps its gapped phrases ("hvor kan ... lese") beside the group\'s plain ones', () => {
    const read = compilePhrases(['hvor kan ... lese', 'kontakt*']);
    expect(read.test(tokenize(fold('hvor kan vi lese om det')))).toBe(true);
    expect(read.test(tokenize(fold('kontaktinformasjon takk')))).toBe(true);
    expect(read.test(tokenize(fold('hvor er det')))).toBe(false);
  });
});

const runner = conversationRunnerPerFile();

/** (c) A contact question in each language: answered in its language, no "did you mean", no emergency card. */
const contactQuestions: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hvem kan skolen vår kontakte for å få råd om negativ sosial kontroll generelt?'],
  ['nn', 'Kven kan skulen vår kontakte for å få råd om negativ sosial kontroll generelt?'],
  ['en', 'Who can our school contact for general advice on negative social control?'],
  ['ar', 'بمن تتصل مدرستنا للحصول على نصيحة عامة حول السيطرة الاجتماعية السلبية؟'],
  ['so', 'Yaa dugsigeenu la xiriiri karaa si uu u helo talo guud oo ku saabsan xakamaynta bulsheed ee xun?'],
  ['fa', 'مدرسه ما برای مشورت کلی درباره کنترل اجتماعی منفی با چه کسی تماس بگیرد؟'],
  ['ur', 'ہمارا اسکول منفی سماجی کنٹرول پر عمومی مشورے کے لیے کس سے رابطہ کرے؟'],
  ['uk', 'До кого може звернутися наша школа по загальну пораду щодо негативного соціального контролю?'],
  ['ru', 'К кому может обратиться наша школа за общим советом по негативному социальному контролю?'],
  ['tr', 'Okulumuz olumsuz sosyal kontrol hakkında genel tavsiye için kime başvurabilir?'],
  ['pl', 'Z kim może się skontaktować nasza szkoła, by uzyskać ogólną radę w sprawie negatywnej kontroli społecznej?'],
  ['ti', 'ቤት ትምህርትና ብዛዕባ ኣሉታዊ ማሕበራዊ ቁጽጽር ሓፈሻዊ ምኽሪ ንምርካብ ንመን ክትረክብ ትኽእል?'],
];

describe('perf41a (c): through the bot, contact questions as before', () => {
  it.each(contactQuestions)('%s: a contact question is answered in its language, calm', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect([view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([false, false, false]);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
  });
});

/** A danger told with the contact words (taken abroad tomorrow to be married), and calm twins with the same words. */
const dangerWithContactWords: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hvem kontakter jeg nå? Eleven min på 15 sier at faren tar henne med til Pakistan i morgen for å gifte henne bort.'],
  ['nn', 'Kven kontaktar eg no? Eleven min på 15 seier at faren tek ho med til Pakistan i morgon for å gifte ho bort.'],
  ['en', 'Who do I contact now? My pupil, 15, says her father is taking her to Pakistan tomorrow to marry her off.'],
];
const calmTwins: readonly (readonly [Lang, string])[] = [
  // A course asked for: the same contact words, no one at risk.
  ['nb', 'Hvem kontakter jeg for å bestille et kurs om tvangsekteskap til lærerne våre?'],
  // A general question about what the embassies do.
  ['en', 'Who do I contact in general to learn what the embassies do about forced marriage abroad?'],
  // Training for the staff.
  ['nn', 'Kven kontaktar eg for å få eit kurs om tvangsekteskap for dei tilsette?'],
];

describe('perf41a (c): a danger told with the contact words keeps the card; its calm twins do not get it', () => {
  it.each(dangerWithContactWords)('%s: danger, the emergency card', async (lang, message) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(true);
    expect(view.texts.join('\n')).toContain('112');
  });
  it.each(calmTwins)('%s: calm twin, no emergency card', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
  });
});
