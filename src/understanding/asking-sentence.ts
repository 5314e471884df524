import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';
import { wordReviewSchema } from '../language/word-review';
import { contentPath } from '../paths/content-root';
import { readLanguageFiles } from '../paths/data-file';
import { STORY_TOKENS } from './story-length';

/**
 * The sentence of a long message that asks (issue #13, longq34): "I have been an adviser for three years … three new
 * cases … when was the revision due?" asks about the revision, not about the cases the story counts. A sentence with a
 * question mark asks; with none, the last sentence holding a question word or an asking phrase of the message's
 * language (content/understanding/asking/<lng>.json: "kva", "lurer på", "tell me"); else the last sentence. A short
 * asking sentence ("Vet du det?", "who wrote it") leans on the sentence before it, which is read with it.
 */
export const ASKING_DIR = contentPath('understanding', 'asking');

export const askingFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    words: z.array(z.string().regex(/^\S+$/u, 'one word per entry')).min(1),
    phrases: z.array(z.string().min(2)),
    /**
     * A polite request to the bot around a question ("can you help me find …", "kan du hjelpe meg å …", "… yardım eder
     * misiniz?"): `lead` opens the message, `tail` ends it. The frame asks nothing itself, so the question inside is
     * read as if asked plainly (issue #13, s41ask). Longest first is not needed: the longest match wins.
     */
    requestFrames: z
      .object({ lead: z.array(z.string().min(2)), tail: z.array(z.string().min(2)) })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type AskingFile = z.infer<typeof askingFileSchema>;

export interface AskingWords {
  readonly words: ReadonlySet<string>;
  /** Normalised phrases, as space-separated tokens. */
  readonly phrases: readonly string[];
  /** The request frames' tokens, longest first. */
  readonly leads?: readonly (readonly string[])[];
  readonly tails?: readonly (readonly string[])[];
}

export function loadAskingWords(dir: string = ASKING_DIR): ReadonlyMap<Lang, AskingWords> {
  const byLang = new Map<Lang, AskingWords>();
  for (const data of readLanguageFiles(dir, askingFileSchema)) {
    byLang.set(data.lang, {
      words: new Set(data.words.map((w) => normalize(w))),
      phrases: data.phrases.map((p) => tokenize(normalize(p)).join(' ')).filter((p) => p.length > 0),
      leads: framesOf(data.requestFrames?.lead),
      tails: framesOf(data.requestFrames?.tail),
    });
  }
  return byLang;
}

function framesOf(phrases: readonly string[] | undefined): readonly (readonly string[])[] {
  return (phrases ?? []).map((p) => tokenize(normalize(p))).filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}

/** What a request needs beside its frame to be a question of its own ("can you help me find Kompetanseteamet's number"). */
const REQUEST_INSIDE_TOKENS = 2;

/**
 * The question inside a polite request to the bot ("can you help me figure out which embassy covers Iraq?" → "figure
 * out which embassy covers Iraq?"), as normalised text, or undefined when the message has no frame or nothing of its
 * own inside it ("can you help me?" stays what it is). Only the recognizers read the inside: danger is read from the
 * whole message, so a plea in a frame stays a plea.
 */
export function requestInside(normalized: string, lng: Lang, words: ReadonlyMap<Lang, AskingWords> = shippedWords()): string | undefined {
  const own = words.get(lng);
  if (!own || (!own.leads?.length && !own.tails?.length)) return undefined;
  const spans = [...normalized.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
  const tokens = spans.map((s) => s.token);
  const lead = own.leads?.find((f) => f.length + REQUEST_INSIDE_TOKENS <= tokens.length && f.every((t, i) => tokens[i] === t));
  const from = lead ? (spans[lead.length - 1]?.end ?? 0) : 0;
  const rest = tokens.slice(lead?.length ?? 0);
  const tail = own.tails?.find((f) => f.length + REQUEST_INSIDE_TOKENS <= rest.length && f.every((t, i) => rest[rest.length - f.length + i] === t));
  const to = tail ? (spans[spans.length - tail.length]?.start ?? normalized.length) : normalized.length;
  if (!lead && !tail) return undefined;
  const inside = normalized.slice(from, to).replace(/^[\s,.:;!-]+/u, '').replace(/[\s,]+$/u, '');
  const asked = tail && /[?؟፧]\s*$/u.test(normalized) ? '?' : '';
  return `${inside}${asked}`;
}

let shipped: ReadonlyMap<Lang, AskingWords> | undefined;
function shippedWords(): ReadonlyMap<Lang, AskingWords> {
  shipped ??= loadAskingWords();
  return shipped;
}

let anyLanguage: AskingWords | undefined;
/**
 * Whether a sentence's tokens hold a question word or an asking phrase of any language, for a reader that does not know
 * the message's language (the article index): only the languages' own words, none that is an everyday word elsewhere.
 */
export function asksInAnyLanguage(tokens: readonly string[]): boolean {
  anyLanguage ??= (() => {
    const all = [...shippedWords().values()];
    return { words: new Set(all.flatMap((w) => [...w.words])), phrases: all.flatMap((w) => w.phrases) };
  })();
  return asksByWords(tokens, anyLanguage);
}

/** Sentence ends: . ! ? and their Arabic, Urdu and Ethiopic forms, or a line break; a full stop after a word of one or two letters or a short number ("ds.", "10.") ends no sentence. */
const SENTENCE_END = /(?<=[!?؟።۔፧]|(?<=\p{L}{3}|\d{4}|\))\.)\s+|\n+/u;
const QUESTION_MARK = /[?؟፧]/u;
/** An asking sentence shorter than this leans on the sentence before it ("Vet du det?", "kven skreiv den"). */
const LEANING_TOKENS = 8;

/** A message split into the sentences that ask and the story around them. */
export interface AskingPart {
  /** The asking sentences (with the one before a short one), as normalised text. */
  readonly focus: string;
  /** How many sentences the message has. */
  readonly sentences: number;
}

function asksByWords(tokens: readonly string[], words: AskingWords | undefined): boolean {
  if (!words) return false;
  if (tokens.some((t) => words.words.has(t))) return true;
  if (words.phrases.length === 0) return false;
  const joined = ` ${tokens.join(' ')} `;
  return words.phrases.some((p) => joined.includes(` ${p} `));
}

/**
 * The part of a long story that asks, or undefined for a message that is no story (one sentence, or no more tokens than
 * `STORY_TOKENS`) or whose asking part is the whole of it.
 */
export function askingPart(normalized: string, lng: Lang, words: ReadonlyMap<Lang, AskingWords> = shippedWords()): AskingPart | undefined {
  if (tokenize(normalized).length <= STORY_TOKENS) return undefined;
  const sentences = normalized
    .split(SENTENCE_END)
    .map((text) => ({ text, tokens: tokenize(text), marked: QUESTION_MARK.test(text) }))
    .filter((s) => s.tokens.length > 0);
  if (sentences.length < 2) return undefined;
  const own = words.get(lng);
  const marked = sentences.flatMap((s, i) => (s.marked ? [i] : []));
  let focus: number[];
  if (marked.length > 0) focus = marked;
  else {
    let last = sentences.length - 1;
    for (let i = sentences.length - 1; i >= 0; i--) {
      if (asksByWords(sentences[i]!.tokens, own)) {
        last = i;
        break;
      }
    }
    focus = [last];
  }
  const first = focus[0]!;
  const withBefore = first > 0 && (sentences[first]?.tokens.length ?? 0) < LEANING_TOKENS ? [first - 1, ...focus] : focus;
  if (withBefore.length >= sentences.length) return undefined;
  return { focus: withBefore.map((i) => sentences[i]!.text).join(' '), sentences: sentences.length };
}
