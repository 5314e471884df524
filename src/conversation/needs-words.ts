import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema, type Lang } from '../language/languages';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';
import { LazyLanguageMap } from '../language/lazy-language-map';
import { normalize, tokenize } from '../language/text';

/**
 * Where one message may ask two things, per language (content/understanding/needs/<lng>.json), so a native-speaker
 * reviewer edits them without touching code:
 * - `join`: words or phrases between two questions ("og", "and also", "а також", "ve ayrıca"), matched as whole words;
 * - `marks`: punctuation that ends a question or a clause ("?", "؟", ";", a spaced dash), when more text follows;
 * - `prefixJoin`: a conjunction written onto the next word (Arabic "وهل", "وكم"), split off only before the listed
 *   question words, so a word that merely starts with the same letter ("وزارة") is never cut;
 * - `questionStarts`: words that open a question ("hva", "er", "kan", "هل", "czy"); a comma is a place to split when
 *   the clauses on both sides of it open with one ("Hva er nummeret, er den anonym?").
 * - `pointsBack`: words that point back to what the message said before ("det", "that", "это"); a short part made of
 *   little more than a question word and one of them ("Hva innebærer det?", "what does that mean?") asks about the
 *   story, so it is read as the whole message, never as a need of its own.
 * - `callers`: words that name a group of callers ("voksne", "adults", "البالغين"; "barn", "children"): a part that
 *   names the other group than the line asked about before it ("Alarmtelefonen's number, and the one for adults?")
 *   asks for that group's lines. A trailing * matches a word's start, a leading * its end (Tigrinya "ንዓበይቲኸ").
 * - `requests`: words or phrases that open a question or a request written without a question mark: question words,
 *   "send me", "legg ved", "I need", and what a contact is ("nummeret", "the e-mail", "رقم"). A closing sentence or a
 *   last part that opens with one ("… i 2022? Og legg ved nummeret deres") asks as a question does; a plain
 *   statement after a question ("Hva betyr det? Skal ha foreldremøte") does not. Matched on the first words, after
 *   any join words; a trailing * on a phrase's last word matches that word's start.
 * - `questionEnds`: in a verb-final language (Turkish, Tigrinya, Urdu, Farsi, Somali) the question word or the
 *   question ending comes late ("… okulda kime danışabilirim", "… wici karaan ma jiraa"): words or phrases that end
 *   a question, matched on a part's last words; a lone * stands for any one word ("kime *": "kime" and a verb), a
 *   leading * on a word matches its end ("*mısınız"), a trailing * its start ("numara*": what is asked for, named last). A part that ends with one asks as one that opens with a request.
 * - `reasons`: words that open a clause giving the reason for the question before it ("since", "fordi", "потому что"):
 *   a part not understood with that clause ("is there training for our staff since we have no adviser?") is read
 *   without it, the clause being story (the whole message's reading drew on it).
 * A place to split is only an offer: src/conversation/needs.ts keeps a split only when every part is understood.
 */
export const needsWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    join: z.array(z.string().trim().min(1)).min(1),
    marks: z.array(z.string().trim().min(1).max(2)).min(1),
    prefixJoin: z.array(z.object({ prefix: z.string().trim().min(1), before: z.array(z.string().trim().min(1)).min(1) }).strict()).optional(),
    questionStarts: z.array(z.string().trim().min(1)).optional(),
    pointsBack: z.array(z.string().trim().min(1)).optional(),
    callers: z.object({ adults: z.array(z.string().trim().min(1)).min(1), young: z.array(z.string().trim().min(1)).min(1) }).strict().optional(),
    requests: z.array(z.string().trim().min(1)).optional(),
    questionEnds: z.array(z.string().trim().min(1)).optional(),
    reasons: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();
export type NeedsWordsFile = z.infer<typeof needsWordsFileSchema>;

/** One language's places to split, as patterns over the message as written (each match is cut out). */
export interface NeedsWords {
  readonly boundaries: readonly RegExp[];
  /** Normalised words that point back to the story ("det", "that"). */
  readonly pointsBack: ReadonlySet<string>;
  /** Which group of callers a part names, if one: adults, or children and young people. */
  readonly callerGroup: (part: string) => CallerGroup | undefined;
  /**
   * Whether a sentence or part asks something: it ends in a question mark, or opens (after any join words) as a
   * question or a request ("og legg ved nummeret", "and send me their e-mail", "وكمان رقم …"), or, in a verb-final
   * language, ends as a question ("… kime danışabilirim").
   */
  readonly asks: (part: string) => boolean;
  /** The part before its first reason clause ("is there training for our staff" of "… since we have no adviser"), if it has one after a few words. */
  readonly withoutReason: (part: string) => string | undefined;
  /** The join words' tokens ("og", "ve", "и"), normalised and without accents, as they stand between two questions or two names. */
  readonly joinWords: ReadonlySet<string>;
}

/** The fewest words a question must have before a reason clause for it to be cut off. */
const MIN_WORDS_BEFORE_REASON = 3;

export type CallerGroup = 'adults' | 'young';

/** Whether a normalised token is one of the words ("voksne", "dorosł*", "*ዓበይቲ*"). */
function wordMatcher(words: readonly string[]): (token: string) => boolean {
  const forms = words.map((w) => normalize(w)).map((w) => ({ start: w.startsWith('*'), end: w.endsWith('*'), core: w.replace(/^\*|\*$/gu, '') }));
  return (token) => forms.some((f) => (f.start && f.end ? token.includes(f.core) : f.end ? token.startsWith(f.core) : f.start ? token.endsWith(f.core) : token === f.core));
}

/** A letter, a combining mark, a digit or an apostrophe inside a word ("Mangfoldsrådgiver'lar", "ከምኡ'ውን"). */
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}'’]";
/** Commas and spaces around a join word belong to neither question. */
const AROUND = '[\\s,،፣]*';

/**
 * A numbered item of a list written on one line ("1) who advises us … 2) is there a course …", "(1) … (2) …"), in
 * every language and script: the marker is cut out, so each item may be a part. One digit only, so an age in
 * brackets ("a girl (16)") is never a marker.
 */
const LIST_MARKER = /(?<=^|\s)\(?[1-9\u0661-\u0669\u06F1-\u06F9]\)\s+/gu;

/** A question mark in any of the twelve languages' scripts, ending a sentence or part. */
const QUESTION_MARK_END = /[?؟፧]$/u;

/** A normalised token without its combining marks ("và" → "va"), as the country reader folds the text it reads. */
export const withoutAccents = (token: string): string => token.normalize('NFD').replace(/[\u0300-\u036f\u0654\u0655]/gu, '').normalize('NFC');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "og så" also matches "og  så" and "og\nså". */
const phrasePattern = (phrase: string): string => phrase.split(/\s+/u).map(escape).join('\\s+');
const longestFirst = (phrases: readonly string[]): string[] => [...new Set(phrases)].sort((a, b) => b.length - a.length);

export function compileNeedsWords(file: NeedsWordsFile): NeedsWords {
  const joins = longestFirst(file.join).map(phrasePattern).join('|');
  // The mark stays with the question it ends; only the space after it is cut. A dash between digits ("2022–2023") has no space after it.
  const marks = longestFirst(file.marks).map(escape).join('|');
  const boundaries = [new RegExp(`${AROUND}(?<!${WORD_CHAR})(?:${joins})(?!${WORD_CHAR})${AROUND}`, 'giu'), new RegExp(`(?<=${marks})\\s+`, 'gu'), LIST_MARKER];
  // "Hva er nummeret til Røde Kors-telefonen, er den anonym?": a comma between two clauses that each start as a
  // question. A clause before the comma that starts otherwise ("Når hun er over 18, kan hun ringe selv?") is not one.
  if (file.questionStarts && file.questionStarts.length > 0) {
    const starts = `(?:${longestFirst(file.questionStarts).map(phrasePattern).join('|')})(?!${WORD_CHAR})`;
    const clauseStart = `(?:^|[.!?:;؟؛።፧]\\s*|[,،፣]\\s*)`;
    boundaries.push(new RegExp(`(?<=${clauseStart}${starts}[^,،፣.!?:;؟؛።፧]*[,،፣])\\s+(?=${starts})`, 'giu'));
  }
  for (const { prefix, before } of file.prefixJoin ?? []) {
    const words = longestFirst(before).map(phrasePattern).join('|');
    boundaries.push(new RegExp(`${AROUND}(?<!${WORD_CHAR})${escape(prefix)}(?=(?:${words})(?!${WORD_CHAR}))`, 'giu'));
  }
  const adults = wordMatcher(file.callers?.adults ?? []);
  const young = wordMatcher(file.callers?.young ?? []);
  const callerGroup = (part: string): CallerGroup | undefined => {
    const tokens = tokenize(normalize(part));
    const isAdults = tokens.some(adults);
    const isYoung = tokens.some(young);
    return isAdults === isYoung ? undefined : isAdults ? 'adults' : 'young';
  };
  const joinWords = new Set(file.join.flatMap((phrase) => tokenize(normalize(phrase))));
  const requests = (file.requests ?? []).map((phrase) => {
    const tokens = tokenize(normalize(phrase));
    return { tokens, prefix: phrase.trim().endsWith('*') };
  });
  const opensWith = (tokens: readonly string[], phrase: { readonly tokens: readonly string[]; readonly prefix: boolean }): boolean =>
    phrase.tokens.length > 0 &&
    phrase.tokens.every((word, i) => {
      const token = tokens[i];
      return token !== undefined && (phrase.prefix && i === phrase.tokens.length - 1 ? token.startsWith(word) : token === word);
    });
  // A word keeps its leading * (an ending) and a lone * stays a word of its own; tokenize drops the * itself.
  const ends = (file.questionEnds ?? []).map((phrase) =>
    phrase.split(/\s+/u).flatMap((word) => {
      if (word === '*') return ['*'];
      const tokens = tokenize(normalize(word)).map((token, i) => (i === 0 && word.startsWith('*') ? `*${token}` : token));
      return word.endsWith('*') && tokens.length > 0 ? [...tokens.slice(0, -1), `${tokens[tokens.length - 1]}*`] : tokens;
    }),
  );
  const endsWith = (tokens: readonly string[], phrase: readonly string[]): boolean => {
    // A lone * in the phrase is one word of any kind, so the phrase never matches the whole part by itself.
    if (phrase.length === 0 || tokens.length <= phrase.filter((w) => w === '*').length) return false;
    const offset = tokens.length - phrase.length;
    return offset >= 0 && phrase.every((word, i) => {
      const token = tokens[offset + i] ?? '';
      if (word === '*') return true;
      if (word.startsWith('*')) return token.endsWith(word.slice(1)) && token.length > word.length;
      return word.endsWith('*') ? token.startsWith(word.slice(0, -1)) : token === word;
    });
  };
  const asks = (part: string): boolean => {
    if (QUESTION_MARK_END.test(part.trim())) return true;
    const tokens = tokenize(normalize(part));
    const first = tokens.findIndex((token) => !joinWords.has(token));
    if (first < 0) return false;
    const rest = tokens.slice(first);
    return requests.some((phrase) => opensWith(rest, phrase)) || ends.some((phrase) => endsWith(rest, phrase));
  };
  const reason = file.reasons && file.reasons.length > 0 ? new RegExp(`[\\s,،፣]*(?<!${WORD_CHAR})(?:${longestFirst(file.reasons).map(phrasePattern).join('|')})(?!${WORD_CHAR})`, 'iu') : undefined;
  const withoutReason = (part: string): string | undefined => {
    const at = reason?.exec(part)?.index;
    if (at === undefined) return undefined;
    const before = part.slice(0, at);
    return tokenize(normalize(before)).length >= MIN_WORDS_BEFORE_REASON ? before : undefined;
  };
  const joinTokens = new Set([...joinWords].map(withoutAccents));
  return { boundaries, pointsBack: new Set((file.pointsBack ?? []).map((w) => normalize(w))), callerGroup, asks, withoutReason, joinWords: joinTokens };
}

/** Reads every language's file; a broken file names itself. Each language's words are compiled when first asked for. */
export function loadNeedsWords(dir: string = contentPath('understanding', 'needs')): ReadonlyMap<Lang, NeedsWords> {
  const out: Array<[Lang, { file: string; compile: () => NeedsWords }]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = readDataFile(path.join(dir, file), needsWordsFileSchema);
    out.push([data.lang, { file: path.join(dir, file), compile: () => compileNeedsWords(data) }]);
  }
  // Compiled per language on first use (a message splits with its own language's boundaries).
  return new LazyLanguageMap(out);
}
