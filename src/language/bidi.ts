/**
 * Left-to-right isolation for right-to-left text (Arabic, Dari, Urdu). In a right-to-left paragraph the Unicode
 * bidirectional algorithm lays out the groups of a phone number from right to left ("116 111" shows as "111 116",
 * "+47 23 95 00 00" as "00 00 95 23 47+"), and a Latin name next to a number swaps places with it. Wrapping each
 * left-to-right run in LRI … PDI (U+2066 … U+2069) makes the run one neutral unit for the surrounding text and lays
 * it out left to right inside, as it is dialled, typed or searched for.
 *
 * The rule: every maximal left-to-right run is isolated, whether or not the string also has right-to-left letters.
 * A string that is only "+47 23 95 00 00" (a fact title in the emergency table) is still laid out right to left in
 * a right-to-left container, so it needs the isolate as much as a number inside an Arabic sentence does; a lone
 * "112" renders the same either way, and the isolate costs nothing. So the caller decides when (for ar/fa/ur), and
 * these functions isolate everything left to right they are given.
 *
 * A run is one or more words (letters of a left-to-right script, digits, combining marks), or URLs, joined by
 * spaces and the punctuation that sits inside numbers, names, e-mails and addresses (- – ' . , : / @ & + _ # ? = % ~).
 * Punctuation at the end of a run is left outside it ("ring 112." keeps the full stop in the sentence), except a
 * plus that is part of a name ("LGBTQ+"); a sign before a number belongs to it ("−0.3", "+90"). Brackets never join: "Alarmtelefonen (116 111)" is two runs, and the
 * brackets mirror with the right-to-left sentence.
 *
 * Left untouched: text already inside an isolate (so isolating twice is isolating once), a Markdown list number at
 * the start of a line ("1. " is list syntax, not text), and a Markdown link's target (`[label](url)`: only the
 * label is text).
 */

import { BoundedMemo } from './bounded-memo';

export const LRI = '\u2066';
export const PDI = '\u2069';

/** Scripts written right to left. Script_Extensions, so the tatweel and Arabic punctuation count as Arabic. */
const RTL_SCRIPTS = String.raw`\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}\p{Script_Extensions=Adlam}`;
const FIRST_LETTER_RTL = new RegExp(String.raw`^\P{L}*(?=[${RTL_SCRIPTS}])\p{L}`, 'u');

const WORD_START = String.raw`(?:\p{Nd}|(?![${RTL_SCRIPTS}])\p{L})`;
/** A plus right after a word belongs to it ("LGBTQ+", "18+"), unless a word follows ("a+b" joins two). */
const WORD = String.raw`${WORD_START}(?:${WORD_START}|\p{M})*(?:\++(?![\p{L}\p{Nd}]))?`;
/** A web address, whole: its query characters and a trailing slash belong to it; sentence punctuation after it does not. */
const URL_CHAR = String.raw`[^\s<>"'\x60()\[\]{}\u2066-\u2069${RTL_SCRIPTS}]`;
const URL_END = String.raw`[^\s<>"'\x60()\[\]{}\u2066-\u2069${RTL_SCRIPTS}.,;:!?]`;
const URL = String.raw`(?:https?:\/\/|www\.)${URL_CHAR}*${URL_END}`;
/**
 * A sign starts a run only before a digit ("+47", "−0.3", "±0"; elsewhere a plus joins, "a+b"). Left outside, the
 * sign is a neutral beside the isolate and goes with the right-to-left sentence: "(−0.3٪)" showed as "(٪0.3−)". A
 * hyphen is a sign only where no word ends just before it ("كوفيد-19" keeps its hyphen with the word).
 */
const ATOM = String.raw`(?:${URL}|(?:[+\u2212\u00B1]|(?<![\p{L}\p{M}\p{Nd}])-)(?=\p{Nd})${WORD}|${WORD})`;
/**
 * What may sit between two parts of one run: spaces (not line breaks: an isolate ends with its paragraph) and inner
 * punctuation. A figure's group and decimal separators are here in every form the three right-to-left languages
 * write them: the no-break space (U+00A0) and narrow no-break space (U+202F) that group "1 137", the thin and
 * figure spaces, and the Arabic thousands and decimal separators (U+066C, U+066B in "۱٬۱۳۷", "٣٫٥"). Those two are
 * Arabic numbers (class AN) to the bidi algorithm, not separators: left outside, they cut "۱٬۱۳۷" into two isolates
 * that a right-to-left line lays out as "۱۳۷٬۱".
 */
const JOINERS = String.raw`[ \t\u00A0\u2007\u2009\u202F\u066B\u066C\-\u2010-\u2014'\u2019.,:/@&+_#?=%~]+`;
const RUN = String.raw`${ATOM}(?:${JOINERS}${ATOM})*`;

const LINK = String.raw`\[(?<label>[^\]\r\n]*)\]\((?<target>[^)\s]*)\)`;
/** An ordered-list number at a line start: Markdown syntax, which must stay plain digits for the list to render. */
const LIST_NUMBER = String.raw`^[ \t]*\d{1,9}[.)](?=[ \t])`;

/**
 * The two token patterns, made on the first right-to-left text: their script classes (Script_Extensions) take V8 ~8 ms
 * to build, which a start, and an instance that answers only in left-to-right languages, need not spend.
 */
let tokens: { readonly token: RegExp; readonly inline: RegExp } | undefined;
function tokenPatterns(): { readonly token: RegExp; readonly inline: RegExp } {
  tokens ??= {
    /** `m`: `^` matches after \r too, which is how cards separate list lines. */
    token: new RegExp(String.raw`(?<isolate>[\u2066-\u2068])|(?<marker>${LIST_NUMBER})|(?<link>${LINK})|(?<run>${RUN})`, 'gmu'),
    /** Inside a link label no line starts. */
    inline: new RegExp(String.raw`(?<isolate>[\u2066-\u2068])|(?<run>${RUN})`, 'gu'),
  };
  return tokens;
}

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
/** Paragraph separators (bidi class B): an isolate ends at the end of its paragraph, matched or not. */
const PARAGRAPH_END = /[\n\r\u001C-\u001E\u0085\u2029]/u;

/** Where the isolate opened at `start` ends (just after its PDI, or at the end of the paragraph when it has none). */
function endOfIsolate(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (ISOLATE_OPENERS.has(c)) depth++;
    else if (c === PDI && --depth === 0) return i + 1;
    else if (PARAGRAPH_END.test(c)) return i;
  }
  return text.length;
}

function isolateWith(pattern: RegExp, text: string): string {
  let out = '';
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups ?? {};
    const start = match.index;
    out += text.slice(copied, start);
    if (groups['isolate'] !== undefined) {
      const end = endOfIsolate(text, start);
      out += text.slice(start, end);
      pattern.lastIndex = end;
    } else if (groups['link'] !== undefined) {
      out += `[${isolateWith(tokenPatterns().inline, groups['label'] ?? '')}](${groups['target'] ?? ''})`;
    } else if (groups['run'] !== undefined) {
      out += LRI + keepRangesTogether(match[0]) + PDI;
    } else {
      out += match[0];
    }
    copied = pattern.lastIndex;
  }
  return out + text.slice(copied);
}

/** U+2060 WORD JOINER: no line break on either side, invisible. */
export const WORD_JOINER = '\u2060';
const NUMBER_RANGE = /(?<=\p{Nd})([\-\u2010-\u2014])(?=\p{Nd})/gu;

/**
 * A range of numbers ("09–15", "2008–2011") bound with word joiners, so that a narrow column cannot break the line
 * after the dash. In a left-to-right paragraph such a break only looks untidy; in a right-to-left one each line is
 * laid out on its own, and "(أيام العمل 09–15)" broke into "–09" over "15)", which reads as a different range.
 */
function keepRangesTogether(run: string): string {
  return run.replace(NUMBER_RANGE, `${WORD_JOINER}$1${WORD_JOINER}`);
}

/**
 * Strings isolated lately, by their text. A right-to-left card is built anew for every turn from the same content
 * (an article's paragraphs, a service's name and number, the emergency table), and reading a string for its runs was
 * ~0.9 ms of CPU in a right-to-left turn; isolating is a pure function of the string. Process memory only.
 */
const isolatedTexts = new BoundedMemo<string, string>(5_000);

function isolateText(text: string): string {
  return isolateWith(tokenPatterns().token, text);
}

/** Every left-to-right run of `text` wrapped in LRI … PDI (see the rule at the top of this file). */
export function isolateLtr(text: string): string {
  return text === '' ? text : isolatedTexts.get(text, isolateText);
}

/**
 * True when the first letter of `text` outside isolates is from a right-to-left script: what a client that sets a
 * paragraph's direction from its text (dir="auto", rule P2 of the bidi algorithm) shows right to left.
 */
export function startsRightToLeft(text: string): boolean {
  return FIRST_LETTER_RTL.test(text.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/gu, ''));
}

/** The text without directional isolates and the word joiners added inside them (what a reader copies, and what a test compares). */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069\u2060]/gu, '');
}

/**
 * Card properties whose string is shown to the reader (Adaptive Card and Bot Framework hero/thumbnail cards).
 * Everything else (url, id, verb, type, $schema, lang, an input's value, targetElements…) is never changed.
 */
const DISPLAY_KEYS: ReadonlySet<string> = new Set(['text', 'title', 'subtitle', 'fallbackText', 'placeholder', 'label', 'errorMessage', 'altText', 'alt', 'tooltip', 'xAxisTitle', 'yAxisTitle']);
/** Never walked: a submit's data is what the bot receives back (a suggested question must reach the recognizer as written), msteams is Teams' own. */
const OPAQUE_KEYS: ReadonlySet<string> = new Set(['data', 'value', 'msteams', 'url', 'id', 'verb', 'type', '$schema', 'version', 'lang']);
/** The labels a chart draws, inside its `data`. */
const CHART_LABEL_KEYS: ReadonlySet<string> = new Set(['x', 'legend']);

/**
 * Parts of cards this module has isolated. Cards are built once and never changed (their types are readonly), so
 * a part seen here is left as it is: the reply middleware walks every right-to-left card again to catch what was
 * added after it was built, and then only walks the added parts.
 */
const isolatedParts = new WeakSet<object>();

function isolated<T extends object>(part: T): T {
  isolatedParts.add(part);
  return part;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walkChartData(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(walkChartData);
  if (!isRecord(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, typeof value === 'string' && CHART_LABEL_KEYS.has(key) ? isolateLtr(value) : walkChartData(value)]));
}

function walkFacts(facts: readonly unknown[]): unknown[] {
  return facts.map((fact) =>
    isRecord(fact)
      ? { ...fact, ...(typeof fact['title'] === 'string' ? { title: isolateLtr(fact['title']) } : {}), ...(typeof fact['value'] === 'string' ? { value: isolateLtr(fact['value']) } : {}) }
      : fact,
  );
}

function walkCard(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || isolatedParts.has(node)) return node;
  if (Array.isArray(node)) return isolated(node.map(walkCard));
  if (!isRecord(node)) return node;
  const isChart = typeof node['type'] === 'string' && node['type'].startsWith('Chart.');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'facts' && Array.isArray(value)) out[key] = walkFacts(value);
    else if (key === 'data' && isChart) out[key] = walkChartData(value);
    else if (OPAQUE_KEYS.has(key)) out[key] = value;
    else if (typeof value === 'string') out[key] = DISPLAY_KEYS.has(key) ? isolateLtr(value) : value;
    else out[key] = walkCard(value);
  }
  return isolated(out);
}

/**
 * A copy of a card (Adaptive Card, or a hero/thumbnail card's content) with every string a reader sees isolated:
 * text blocks, fact titles and values, action and choice titles, placeholders, labels, chart labels, fallback text,
 * nested show-cards and fallback elements. The walk replaces strings by strings only, so the copy has the card's type.
 * The copy shares the parts that were isolated before (see `isolatedParts`).
 */
export function isolateCardText<T>(card: T): T {
  return walkCard(card) as T;
}
