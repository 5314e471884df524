import { z } from 'zod';
import { langSchema, type Lang } from '../../language/languages';
import { contentPath } from '../../paths/content-root';
import { wordReviewSchema } from '../../language/word-review';
import { readDataFile } from '../../paths/data-file';
import { ReadingMemo } from '../../language/reading-memo';
import { requiredLiterals, WORD_END, WORD_START } from './required-literals';
import { builtRewriteFacts, type RewriteFacts, type RewriteScript } from './rewrite-facts';

/**
 * Statistics words in the nine other answer languages (ar, so, fa = Dari, ur, uk, ru, tr, pl, ti), rewritten to
 * the English cue words the statistics recognizer reads ("сколько дел" → "how many cases", "پارسال" → "last year"),
 * so one parser serves every language. Service names stay as they are: Norwegian names ("Kompetanseteamet",
 * "mangfoldsrådgiver") are recognised in any language. The words are reviewable data (content/stats/stats-words.json);
 * machine-assisted, not reviewed by native speakers.
 */

/** `normalize` writes Arabic-keyboard ي/ك as Persian ی/ک; the patterns must too. */
const persianKeyboard = (source: string): string => source.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');

/**
 * A whole word (or phrase) of any script: no letter or combining mark on either side. The two properties are written
 * as alternatives, not as one class `[\p{L}\p{M}]`: V8 builds every property class when it makes a pattern, a merged
 * class at about twice the cost of the two tried in turn, and the same characters match (no code point is both a
 * letter and a mark; docs/performance.md, sessions 39 and 40). `requiredLiterals` reads this form (WORD_START).
 */
function wordSource(source: string): string {
  return `${WORD_START}${persianKeyboard(source)}${WORD_END}`;
}
const word = (source: string): RegExp => new RegExp(wordSource(source), 'gu');

type Rewrite = readonly [RegExp, string];

const rewrites = (english: string, sources: readonly string[]): Rewrite[] => sources.map((s) => [word(s), ` ${english} `]);

const rewrite = z.object({ english: z.string().trim().min(1), patterns: z.array(z.string().min(1)).min(1) }).strict();
const rewriteFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    /** In order: longer phrases first, so "آخر 5 سنوات" is read before "سنوات". */
    rewrites: z.array(rewrite).min(1),
    /** Rewrites read only in one language, after the others ("ile", how many, is Turkish "with": Polish only). */
    languageRewrites: z.array(rewrite.extend({ lang: langSchema }).strict()),
    /** The Teams menu's statistics command as a whole message, in every language. */
    commands: z.array(z.string().trim().min(1)).min(1),
    /** Requests to register a case in the other languages, each the whole message (a pattern). */
    registerRequests: z.array(z.string().min(1)).min(1),
  })
  .strict();

export interface StatsWords {
  readonly rewrites: readonly Rewrite[];
  readonly languageRewrites: ReadonlyMap<Lang, readonly Rewrite[]>;
  /** Folded like the text (Arabic-keyboard ي/ك as Persian ی/ک). */
  readonly commands: ReadonlySet<string>;
  readonly registerRequest: RegExp;
}

type StatsWordsFile = z.infer<typeof rewriteFileSchema>;

function readStatsWordsFile(file: string): StatsWordsFile {
  return readDataFile(file, rewriteFileSchema);
}

/**
 * content/stats/stats-words.json with every pattern compiled, so a broken pattern throws with its file named (the
 * tests load it so; the recognizer compiles each pattern only when a message may need it, see `lazyWords`).
 */
export function loadStatsWords(file: string = contentPath('stats', 'stats-words.json')): StatsWords {
  const data = readStatsWordsFile(file);
  const languageRewrites = new Map<Lang, Rewrite[]>();
  for (const { lang, english, patterns } of data.languageRewrites) languageRewrites.set(lang, [...(languageRewrites.get(lang) ?? []), ...rewrites(english, patterns)]);
  return {
    rewrites: data.rewrites.flatMap(({ english, patterns }) => rewrites(english, patterns)),
    languageRewrites,
    commands: new Set(data.commands.map((c) => persianKeyboard(c))),
    registerRequest: new RegExp(persianKeyboard(data.registerRequests.map((r) => `^(?:${r})$`).join('|')), 'u'),
  };
}

/** The rewrites of content/stats/stats-words.json, in the file's order. */
export function loadStatsRewrites(file?: string): readonly Rewrite[] {
  return loadStatsWords(file).rewrites;
}

const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;

/** Eastern Arabic and Persian digits (٢٠٢٣, ۲۰۲۳) as ASCII, so years are read in any script. */
function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const FIRST_LETTER = /\p{L}/u;

/** The scripts other than Latin that the rewrites are written in. */
const SCRIPTS = { arabic: /\p{Script=Arabic}/u, cyrillic: /\p{Script=Cyrillic}/u, ethiopic: /\p{Script=Ethiopic}/u } as const satisfies Record<RewriteScript, RegExp>;
type Script = keyof typeof SCRIPTS;

/**
 * The one non-Latin script every letter of a rewrite's pattern is written in, if there is one: such a pattern cannot
 * match a message without a letter of that script, and a rewrite only ever adds Latin letters, spaces and digits, so
 * a script missing from the message stays missing. (Escapes such as \p{L} and \d are not letters of the pattern.)
 */
function scriptOf(source: string): Script | undefined {
  const bare = source.replace(/\\[pP]\{[^}]*\}|\\./gu, '');
  // A first letter before U+0370 (Latin: two thirds of the ~1,900 patterns) is in none of the three scripts, so no
  // script holds every letter; the first message works this out for every pattern, so it is decided on that letter.
  const first = FIRST_LETTER.exec(bare)?.[0].codePointAt(0);
  if (first === undefined || first < 0x0370) return undefined;
  const letters = bare.match(/\p{L}/gu) ?? [];
  const scripts = Object.keys(SCRIPTS) as Script[];
  const script = scripts.find((s) => letters.length > 0 && letters.every((letter) => SCRIPTS[s].test(letter)));
  return script;
}

/**
 * A rewrite compiled on first use: most messages need few of the ~900 patterns (a Norwegian question none of the
 * Arabic-script, Cyrillic or Ethiopic ones, nor a Somali word whose letters it lacks), and compiling them all cost
 * every process, and every test file that loads the recognizer, 0.1–0.25 s.
 */
class LazyRewrite {
  #pattern: RegExp | undefined;
  #literals: readonly string[] | undefined | null = null;
  readonly script: Script | undefined;
  constructor(
    readonly source: string,
    readonly english: string,
  ) {
    // The build's facts of this very source (dist/data/stats-rewrites.json), when the bundle runs: the same as working
    // them out here, without the ~1,900 scripts and the literals of the first message.
    const facts = builtRewriteFacts(source);
    this.script = facts ? facts[0] || undefined : scriptOf(source);
    if (facts) this.#literals = facts[1] ?? undefined;
  }
  /**
   * Strings one of which every match contains (`requiredLiterals`), or undefined when none is known. Worked out when
   * the rewrite is first filed for a message's scripts: a Latin message files about a third of the ~1,900, and
   * working them all out was ~5–10 ms of the first answer.
   */
  get literals(): readonly string[] | undefined {
    if (this.#literals === null) this.#literals = requiredLiterals(this.source);
    return this.#literals;
  }
  /** Whether the text holds one of the strings every match contains (when none is known: it may match). */
  mayMatch(text: string): boolean {
    return this.literals === undefined || this.literals.some((literal) => text.includes(literal));
  }
  get pattern(): RegExp {
    return (this.#pattern ??= new RegExp(this.source, 'gu'));
  }
}

interface LazyWords {
  /** In the file's order: longer phrases first, so "آخر 5 سنوات" is read before "سنوات". */
  readonly rewrites: readonly LazyRewrite[];
  /** Each language's own rewrites, compiled the first time a message of that language comes. */
  readonly languageRewrites: (lng: Lang) => readonly Rewrite[];
  readonly commands: ReadonlySet<string>;
  readonly registerRequest: () => RegExp;
}

let lazy: LazyWords | undefined;
/** The file read on the first message that needs it; each pattern compiled when first tried. */
function lazyWords(): LazyWords {
  if (lazy) return lazy;
  const data = readStatsWordsFile(contentPath('stats', 'stats-words.json'));
  const perLanguage = new Map<Lang, readonly Rewrite[]>();
  let registerRequest: RegExp | undefined;
  return (lazy = {
    rewrites: data.rewrites.flatMap(({ english, patterns }) => patterns.map((s) => new LazyRewrite(wordSource(s), ` ${english} `))),
    languageRewrites: (lng) => {
      let list = perLanguage.get(lng);
      if (!list) perLanguage.set(lng, (list = data.languageRewrites.filter((r) => r.lang === lng).flatMap(({ english, patterns }) => rewrites(english, patterns))));
      return list;
    },
    commands: new Set(data.commands.map((c) => persianKeyboard(c))),
    registerRequest: () => (registerRequest ??= new RegExp(persianKeyboard(data.registerRequests.map((r) => `^(?:${r})$`).join('|')), 'u')),
  });
}

/**
 * The rewrites a message is tried against: those of the scripts it is written in. A Norwegian or English message,
 * most of the traffic, skips the Arabic-script, Cyrillic and Ethiopic patterns (about two thirds) unread.
 */
export function rewritesFor(text: string): ReadonlyArray<{ readonly pattern: RegExp; readonly english: string; readonly literals?: readonly string[] | undefined }> {
  return gatedRewritesFor(text).list;
}

function gatedRewritesFor(text: string): GatedRewrites {
  const present = onlyBelowGreek(text) ? [] : (Object.keys(SCRIPTS) as Script[]).filter((s) => SCRIPTS[s].test(text));
  const key = present.join(' ');
  let gated = REWRITES_BY_SCRIPTS.get(key);
  if (!gated) REWRITES_BY_SCRIPTS.set(key, (gated = gate(lazyWords().rewrites.filter((r) => r.script === undefined || present.includes(r.script)))));
  return gated;
}
/**
 * Whether every character comes before the Greek block (U+0370): Latin letters, digits and punctuation, most of the
 * traffic. Arabic, Cyrillic and Ethiopic letters all come after it, so such a text has none of the scripts without
 * three Unicode property tests.
 */
function onlyBelowGreek(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0370) return false;
  return true;
}

/** The list for each combination of scripts (at most eight), made once. */
const REWRITES_BY_SCRIPTS = new Map<string, GatedRewrites>();

/**
 * A list of rewrites with each one's place filed under the first three letters of each of its required literals
 * (`requiredLiterals`: one of them is in every match), so a text is looked at once (a hash of each three letters in
 * it) instead of once per rewrite (~400 `includes` for a Latin text, ~800 for an Arabic one, for each of the ~3.5 texts
 * of a message): a rewrite none of whose literals' three letters are in the text cannot match, and is not tried.
 * Rewrites with a literal shorter than three letters ("19", "’") or none are always taken, and then run only when the
 * text holds one of their literals (`LazyRewrite.mayMatch`).
 */
interface GatedRewrites {
  readonly list: readonly LazyRewrite[];
  /** The places of the rewrites filed under each three letters' hash (different letters may share a hash: that only tries more). */
  readonly byGram: ReadonlyMap<number, readonly number[]>;
  /** The places of the rewrites tried on every text. */
  readonly always: readonly number[];
  /** Scratch: the mark of the last text each place was taken for. */
  readonly taken: Uint32Array;
}

function gramHash(text: string, at: number): number {
  return (Math.imul(Math.imul(text.charCodeAt(at), 1031) + text.charCodeAt(at + 1), 1031) + text.charCodeAt(at + 2)) & 0x3fffffff;
}

function gate(list: readonly LazyRewrite[]): GatedRewrites {
  const byGram = new Map<number, number[]>();
  const always: number[] = [];
  list.forEach(({ literals }, place) => {
    if (literals === undefined || literals.some((literal) => literal.length < 3)) return void always.push(place);
    for (const hash of new Set(literals.map((literal) => gramHash(literal, 0)))) {
      const places = byGram.get(hash);
      if (places) places.push(place);
      else byGram.set(hash, [place]);
    }
  });
  return { list, byGram, always, taken: new Uint32Array(list.length) };
}

let takenMark = 0;

/** The places, from `from` on and in order, of the rewrites one of whose literals' first three letters occur in `text`. */
function placesToTry({ byGram, always, taken }: GatedRewrites, text: string, from: number): number[] {
  if (++takenMark === 0xffffffff) {
    takenMark = 1;
    for (const gated of REWRITES_BY_SCRIPTS.values()) gated.taken.fill(0);
  }
  const places: number[] = [];
  const take = (place: number) => {
    if (place >= from && taken[place] !== takenMark) {
      taken[place] = takenMark;
      places.push(place);
    }
  };
  for (const place of always) take(place);
  for (let at = 0; at + 3 <= text.length; at++) {
    const filed = byGram.get(gramHash(text, at));
    if (filed) for (const place of filed) take(place);
  }
  return places.sort((a, b) => a - b);
}

/**
 * Every rewrite pattern's facts, worked out from its source (not taken from the build's list): what the build writes
 * to dist/data/stats-rewrites.json (scripts/check-data.mjs).
 */
export function workedOutRewriteFacts(): ReadonlyMap<string, RewriteFacts> {
  return new Map(lazyWords().rewrites.map((r) => [r.source, [scriptOf(r.source) ?? '', requiredLiterals(r.source) ?? null] as const]));
}

/** Every rewrite, in order (for tests: `rewritesFor` must give the same text as all of them). */
export function allRewrites(): readonly Rewrite[] {
  return lazyWords().rewrites.map((r) => [r.pattern, r.english] as const);
}

/**
 * The English cues of the texts of the message being read: the statistics recognizer, the countries it asks about,
 * the history reader and the follow-up's slots rewrite the same texts (see `ReadingMemo`).
 */
const cuesOfMessage = new ReadingMemo<string>();

/** The normalised message with other-language statistics words replaced by the English cues. */
export function toEnglishCues(normalized: string, lng?: Lang): string {
  return cuesOfMessage.get(`${lng ?? ''}\u0000${normalized}`, () => englishCuesOf(normalized, lng));
}

function englishCuesOf(normalized: string, lng: Lang | undefined, reuse = true): string {
  let text = rewrittenByAll(asciiDigits(normalized), reuse);
  for (const [pattern, english] of lng === undefined ? [] : lazyWords().languageRewrites(lng)) text = text.replace(pattern, english);
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The English cues of one text, not kept: with `reuse` false the list is searched for it as before session 36
 * (`placesToTry`), neither from a text it is part of nor kept for its parts. For the check that both give the same
 * cues (scripts/rewrite-reuse-check.ts, test/understanding/perf36c.test.ts).
 */
export function englishCuesOfText(normalized: string, lng: Lang | undefined, reuse: boolean): string {
  return englishCuesOf(normalized, lng, reuse);
}

/**
 * The rewrites that may match a text (`LazyRewrite.mayMatch`: it holds one of the strings every match contains, or
 * none is known), by their places in the list of its scripts, for the last texts rewritten. A part of such a text (a
 * sentence or a clause of the message, which the statistics, history and follow-up readers rewrite after the whole)
 * holds no string the whole does not hold: when it is tried against the same list (it is written in the same
 * scripts), the rewrites that may match it are among the whole's, in the same order, and the search of the list by
 * its three letters (`placesToTry`) is skipped. Nothing else changes: each is still tested on the part
 * (`mayMatch`), and once the part is rewritten the rest of the list is searched for the new text as before
 * (session 36, perf36c).
 */
interface MayMatch {
  readonly text: string;
  readonly gated: GatedRewrites;
  readonly places: readonly number[];
}
const recentlyRead: MayMatch[] = [];
/** At most this many texts kept (the last ones): a message's whole text and its longest parts. */
const RECENTLY_READ = 8;

/** The places of the rewrites that may match `text`, in order: from a text it is part of, or searched. */
function mayMatchPlaces(gated: GatedRewrites, text: string, reuse: boolean): readonly number[] {
  if (!reuse) return placesToTry(gated, text, 0);
  for (const read of recentlyRead) {
    if (read.gated === gated && read.text.includes(text)) return read.places.filter((place) => gated.list[place]?.mayMatch(text));
  }
  const places = placesToTry(gated, text, 0).filter((place) => gated.list[place]?.mayMatch(text));
  if (recentlyRead.length >= RECENTLY_READ) recentlyRead.shift();
  recentlyRead.push({ text, gated, places });
  return places;
}

/** The text with every rewrite of its scripts' list applied in order (once a rewrite changes it, the rest are tried on what it is now). */
function rewrittenByAll(original: string, reuse: boolean): string {
  let text = original;
  const gated = gatedRewritesFor(text);
  let places = mayMatchPlaces(gated, text, reuse);
  for (let k = 0; k < places.length; k++) {
    const place = places[k] ?? 0;
    const rewrite = gated.list[place];
    if (!rewrite || !rewrite.mayMatch(text)) continue;
    const rewritten = text.replace(rewrite.pattern, rewrite.english);
    if (rewritten === text) continue;
    // The text changed: the rewrites after this one are tried on what it is now.
    text = rewritten;
    places = placesToTry(gated, text, place + 1);
    k = -1;
  }
  return text;
}

/** The Teams menu's statistics command as a whole message, in every language. */
export function isStatsCommand(normalized: string): boolean {
  return lazyWords().commands.has(normalized.replace(/[?!.؟]+$/u, '').trim());
}

/** The Teams menu's register command and plain requests to register a case, in the other languages. */
export function isRegisterRequestOther(normalized: string): boolean {
  return lazyWords().registerRequest().test(normalized.replace(/[?!.؟]+$/u, '').trim());
}
