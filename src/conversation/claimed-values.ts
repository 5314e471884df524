import { normalize } from '../language/text';
import type { Lang } from '../language/languages';
import type { ClaimedValues } from '../stats/answers/stats-query';
import type { Utterance } from '../understanding/types';

/**
 * The numbers a doubting message names ("er du sikker? jeg trodde det var rundt 900", "the report says 28 %"): the
 * values only, never the words around them, for the answer to say what those values are. A year (2008) is not a
 * value the user thought the figure was; "rundt", "about", "ca." make the values approximate.
 */
export interface Claim {
  readonly values: readonly number[];
  readonly approximate: boolean;
  /** Said as a percentage ("28 %", "28 prosent"). */
  readonly percent: boolean;
}

/** Arabic-Indic and Persian digits read as the digits they are. */
const DIGITS: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]),
  ...[...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)]),
]);

/** A number with thousands grouped by a space or a dot ("1 200", "1.200"), then an optional percent sign. */
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\p{L}\p{N}])(\s*[%٪])?/gu;
/** Four digits in this span are a year, not a count. */
const YEARS = { from: 1990, to: 2035 };
/** More than this is not one of the values the sources count (and a phone number is not a claim about a figure). */
const MAX_VALUE = 100_000_000;
const MAX_VALUES = 3;

export function readClaim(text: string, tokens: readonly string[], words: { readonly approximately: ReadonlySet<string>; readonly percent: ReadonlySet<string> }): Claim | undefined {
  const plain = text.replace(/[٠-٩۰-۹]/gu, (d) => DIGITS[d] ?? d);
  const values: number[] = [];
  let percent = false;
  for (const match of plain.matchAll(NUMBER)) {
    const value = Number(`${(match[1] ?? '').replace(/[ \u00a0\u202f]/gu, '')}${match[2] ? `.${match[2]}` : ''}`);
    const at = match.index ?? 0;
    // "28 %", "28 prosent", and Turkish "yüzde 28", "%28".
    const isPercent = match[3] !== undefined || /[%٪]\s*$/u.test(plain.slice(0, at)) || percentWordNear(plain, at, at + match[0].length, words.percent);
    if (!Number.isFinite(value) || value > MAX_VALUE) continue;
    if (!isPercent && Number.isInteger(value) && value >= YEARS.from && value <= YEARS.to) continue;
    if (values.length > 0 && isPercent !== percent) continue;
    percent = isPercent;
    if (!values.includes(value)) values.push(value);
    if (values.length === MAX_VALUES) break;
  }
  if (values.length === 0) return undefined;
  return { values, approximate: tokens.some((t) => words.approximately.has(t)), percent };
}

function percentWordNear(text: string, start: number, end: number, percentWords: ReadonlySet<string>): boolean {
  const next = /^\s*(\p{L}+)/u.exec(text.slice(end))?.[1];
  const before = /(\p{L}+)\s*$/u.exec(text.slice(0, start))?.[1];
  return [next, before].some((word) => word !== undefined && percentWords.has(normalize(word).trim()));
}

/**
 * The values a message claims a figure has, read with its language's words ("the report says 28 %, is that right?"),
 * for the statistics reading of a claim checked in a message of its own (no answer before it to doubt).
 */
export function claimReader(words: ReadonlyMap<Lang, { readonly approximately: ReadonlySet<string>; readonly percent: ReadonlySet<string> }>): (u: Utterance) => ClaimedValues | undefined {
  return (u) => {
    const own = words.get(u.lng);
    const claim = own ? readClaim(u.text, u.tokens, own) : undefined;
    return claim ? { values: [...claim.values], approximate: claim.approximate, percent: claim.percent } : undefined;
  };
}
