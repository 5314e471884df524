/**
 * part43 (issue #13): a message with one part in scope and one out of scope. Before, a message that asked an everyday
 * errand (the weather, homework, a fine, a recipe) beside a question of ours was answered as if the errand were not
 * there: the reader could not tell it had left part of the message unanswered. Now the in-scope part is answered and
 * one short line (guidance:cannot.aside, twelve languages) says the rest is outside what the bot helps with. The
 * scope reader marks it (`aside`: an 'unrelated' subject read, no out-of-scope rule fired), the understanding keeps it
 * only for a calm, understood question (never beside danger, a case, a young writer's story or the second opinion).
 * Our own probes, none of them a set's sentence.
 * Twins: the errand alone is still declined as before; the in-scope question alone gets no extra line; a danger told
 * beside an everyday question keeps the emergency card and gets no line.
 * Class 2: a calm parent's long story (where the family came from long ago, a teen who wants out with friends or to the
 * cinema, people in the community who talk, "nobody is in danger") ending in "is there anyone who helps parents with
 * this?". Before, the story's words won: "er i fare" / "is in danger" read as a person placed abroad ("er i", "is in":
 * contact words `held`), so the envoy for the country of origin answered; the cinema read as an everyday errand and
 * the whole message was declined; "er det noen som hjelper" was no question of who advises. Now the lines that also
 * talk with parents answer (Røde Kors-telefonen, the diversity advisers, who also work with parents), no emergency
 * card; danger twins (a beating and a threat tonight, a trip to keep a boy abroad) keep the card.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/** The aside line in each language (locales/<lng>/guidance.json cannot.aside), by a part of it. */
const ASIDE: Readonly<Record<Lang, string>> = {
  nb: 'utenfor det jeg hjelper med',
  nn: 'utanfor det eg hjelper med',
  en: 'outside what I help with',
  ar: 'خارج ما أساعد فيه',
  so: 'waxaan ka caawiyo',
  fa: 'در آن کمک می‌کنم',
  ur: 'میں مدد کرتا ہوں',
  uk: 'з чим я допомагаю',
  ru: 'с чем я помогаю',
  tr: 'yardımcı olduğum konuların dışında',
  pl: 'w czym pomagam',
  ti: 'ዝሕግዘሉ',
};
const hasAside = (texts: readonly string[], lng: Lang): boolean => texts.some((t) => t.includes(ASIDE[lng]));

/** An everyday errand beside a question of ours: [language, message, a fact of the in-scope answer]. */
const mixed: readonly (readonly [Lang, string, readonly string[]])[] = [
  ['nb', 'Blir det regn i Stavanger i morgen? Og hva er nummeret til Kompetanseteamet?', ['Kompetanseteamet']],
  ['nb', 'Jeg trenger en oppskrift på fiskesuppe. Hva betyr meldeplikt for lærere?', ['barnevern']],
  ['nb', 'Jeg har fått en fartsbot. Ellers lurer jeg på hvem som er spesialutsending for Pakistan.', ['Islamabad']],
  ['nb', 'Kan du hjelpe meg med mattelekser, og hvor mange saker hadde Kompetanseteamet i 2023?', ['1 137', '1137']],
  ['nn', 'Kjem det snø i Tromsø i morgon? Og kva er nummeret til Kompetanseteamet?', ['Kompetanseteamet']],
  ['en', 'Will it rain in Bergen tomorrow? Also, what number do I call for the Red Cross line?', ['815 55 201']],
  ['en', 'Could you help with my maths homework, and what does the duty to notify mean for a teacher?', ['child welfare']],
  ['ar', 'كيف سيكون الطقس غدا في بيرغن؟ وما رقم Kompetanseteamet؟', ['Kompetanseteamet', '478', '٤٧٨']],
  ['so', 'Cimiladu sidee bay tahay berri? Oo waa maxay lambarka Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['fa', 'هوای فردا در برگن چطور است؟ و شماره Kompetanseteamet چیست؟', ['Kompetanseteamet', '478', '۴۷۸']],
  ['ur', 'کل برگن میں موسم کیسا ہوگا؟ اور Kompetanseteamet کا نمبر کیا ہے؟', ['Kompetanseteamet', '478', '۴۷۸']],
  ['uk', 'Яка завтра погода в Бергені? І який номер Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['ru', 'Какая завтра погода в Бергене? И какой номер Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['tr', "Yarın Bergen'de hava nasıl olacak? Ve Kompetanseteamet'in numarası ne?", ['Kompetanseteamet', '478']],
  ['pl', 'Jaka jutro będzie pogoda w Bergen? I jaki jest numer do Kompetanseteamet?', ['Kompetanseteamet', '478']],
  ['ti', 'ጽባሕ ኣብ በርገን ኩነታት ኣየር ከመይ እዩ? ቁጽሪ Kompetanseteamet እንታይ እዩ?', ['Kompetanseteamet', '478']],
];

/** The errand alone: declined as before, with no aside line. */
const whollyOut: readonly (readonly [Lang, string])[] = [
  ['nb', 'Blir det regn i Stavanger i morgen?'],
  ['nb', 'Kan du hjelpe meg med mattelekser?'],
  ['en', 'Will it rain in Bergen tomorrow?'],
  ['uk', 'Яка завтра погода в Бергені?'],
];

/** The question of ours alone: answered, with no aside line. */
const inScopeOnly: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hva er nummeret til Kompetanseteamet?'],
  ['en', 'What does the duty to notify mean for a teacher?'],
  ['ru', 'Какой номер Kompetanseteamet?'],
  ['tr', "Kompetanseteamet'in numarası ne?"],
];

/** A present danger told beside an everyday question: the emergency card, no aside line. */
const dangerBeside: readonly (readonly [Lang, string])[] = [
  ['nb', 'Svigerfaren min skal gifte bort datteren min og truer henne nå. Forresten, hvordan blir været i morgen?'],
];

/** Class 2: a calm parent's long story asking who helps parents. */
const parentStories: readonly (readonly [Lang, string])[] = [
  ['nb', 'Hei, jeg er mor til en gutt på 13. Vi kom fra Irak for ti år siden og jeg jobber på sykehjem. Han vil være med venner i helgene, og folk i moskeen prater om hvem som gjør hva. Jeg vil ikke være så streng som min mor var. Ingen er i fare. Finnes det noen som hjelper foreldre med slikt?'],
  ['nn', 'Eg er far til ei jente på 14. Ho vil på kino med venninner og vi krangler, og folk i miljøet snakkar. Ingen er i fare. Er det nokon som hjelper foreldre med slikt?'],
  ['en', "I'm a mum. We came here from Somalia long ago. My son of 14 wants to go to the cinema with friends and we argue, and people at the mosque talk. No one is in danger. Is there anyone who helps parents with this?"],
  ['ar', 'أنا أب لولد عمره 14 سنة. جئنا من العراق قبل سنوات طويلة وأنا أعمل بالليل. ابني يريد أن يذهب إلى السينما مع أصدقائه ونتخانق كثيرا، والناس في الجالية يتكلمون. لا أحد في خطر. هل يوجد أحد يساعد الأهل في هذا؟'],
  ['so', 'Waxaan ahay aabe gabar 14 jir ah leh. Waxaan ka nimid Soomaaliya sanado badan ka hor. Waxay rabtaa inay saaxiibadeed la baxdo, waanu murannaa, dadka bulshaduna way hadlaan. Qofna khatar kuma jiro. Ma jiraa qof caawiya waalidiinta arrintan?'],
  ['fa', 'من پدر یک دختر ۱۴ ساله هستم. سال‌ها پیش از افغانستان آمدیم. دخترم می‌خواهد با دوستانش بیرون برود و ما زیاد دعوا می‌کنیم، مردم جامعه حرف می‌زنند. هیچ کس در خطر نیست. آیا کسی هست که به والدین کمک کند؟'],
  ['ru', 'Я отец дочери 14 лет. Мы приехали из Дагестана много лет назад. Она хочет гулять с подругами, мы часто ссоримся, а люди в общине сплетничают. Никто не в опасности. Есть ли кто-то, кто помогает родителям с этим?'],
  ['ti', 'ኣነ ኣቦ ጓል 14 ዓመት እየ። ቅድሚ ብዙሕ ዓመታት ካብ ኤርትራ መጺእና። ምስ መሓዙታ ክትወጽእ ትደሊ፡ ብዙሕ ንባኣስ፡ ሰባት ኣብ ማሕበረሰብ ይዛረቡ። ዝኾነ ሰብ ኣብ ሓደጋ የለን። ንወለዲ ዝሕግዝ ሰብ ኣሎ ድዩ?'],
];
/** The Red Cross line's number (any digits) or the diversity advisers' card. */
const PARENT_LINES = ['815 55 201', '81555201', '٨١٥ ٥٥ ٢٠١', '۸۱۵ ۵۵ ۲۰۱', 'imdi.no', 'Mangfoldsrådgiver', 'Mangfaldsrådgivar'];
/** Danger twins: the same kind of story with a present danger told. */
const parentStoriesDanger: readonly (readonly [Lang, string])[] = [
  ['nb', 'Jeg er far til ei jente på 14. Hun vil på kino med venninner og vi krangler, og folk i menigheten snakker. Broren hennes slo henne i går og truer med å gjøre det igjen i kveld. Er det noen som hjelper foreldre med slikt?'],
  ['en', "I'm a mum. My son of 14 wants to go to the cinema with friends and we argue. His uncle says he will take him to Somalia next week and keep him there. Is there anyone who helps parents with this?"],
];

describe('part43: a calm parent\'s long story asking who helps parents', () => {
  const runner = conversationRunnerPerFile();

  it.each(parentStories)('who helps parents answers, no emergency card, no envoy (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.cannotAnswer, view.didYouMean]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, PARENT_LINES)]).toEqual([text, true]);
    // The envoy for the country of origin answered first before (an envoy among "more contacts" further down is fine).
    expect([text, view.texts.slice(0, 4).some((t) => /Nairobi|Amman|Islamabad|Ankara/u.test(t))]).toEqual([text, false]);
    expect(hasAside(view.texts, lng)).toBe(false);
  });

  it.each(parentStoriesDanger)('danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});

describe('part43: an everyday errand beside a question of ours', () => {
  const runner = conversationRunnerPerFile();

  it.each(mixed)('the in-scope part answered, and one line that the rest is not ours (%s): %s', async (lng, text, fact) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.cannotAnswer, view.answers > 0]).toEqual([text, false, false, true]);
    expect([text, containsFact(view.texts, fact)]).toEqual([text, true]);
    expect([text, hasAside(view.texts, lng)]).toEqual([text, true]);
    expect(view.texts.filter((t) => t.includes(ASIDE[lng]))).toHaveLength(1);
  });

  it.each(whollyOut)('wholly out of scope: still declined, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
    expect(hasAside(view.texts, lng)).toBe(false);
  });

  it.each(inScopeOnly)('in scope with no errand: answered, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.cannotAnswer, view.answers > 0, hasAside(view.texts, lng)]).toEqual([text, false, true, false]);
  });

  it.each(dangerBeside)('danger beside an everyday question keeps the card, no aside line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, hasAside(view.texts, lng)]).toEqual([text, true, false]);
  });
});
