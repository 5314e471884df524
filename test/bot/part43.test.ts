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
 * (Class 2 of the brief, a calm parent's long story asking where to get support, is not done here: see the report.)
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
