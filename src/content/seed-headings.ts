/**
 * The headings of a seed document, so a card can name the section a citation comes from ("IMDi årsrapport 2023,
 * «Mangfoldsrådgivere»") instead of a file name and line numbers.
 *
 * The seeds are text extracted from PDFs (one of them converted to Markdown), so "heading" is a rule, not markup:
 *
 * 1. Markdown: a line starting with `#` is a heading when it has at least three letters ("# 32 115" and "# 51 %" are
 *    infographic figures, not headings). Emphasis (`**`, `*`, `<b>`) is removed. (A document with any `# Word` line is
 *    read as Markdown.)
 * 2. Plain text: a line that starts after a blank line (or after a bare URL, where a PDF page ended) is a heading when
 *    it is short (≤ 80 characters), starts with a capital letter or a section number ("1. Innledning", "3.1 Busetjing",
 *    but not a footnote "2 Tildelingsbrev …"), does not end like a sentence, a label or a broken line (. , ; : ! ? -
 *    or the PDF's line-break mark `), holds at least three letters, fewer than three numbers (table rows) and no tab
 *    (tables), and is not the document's running page header (a line that repeats three times or more) or a page
 *    marker ("Side 6"). Its paragraph must start a new sentence after it: the next non-blank line starts with a capital
 *    letter, a digit or a bullet, so the first line of a wrapped paragraph is not taken for a heading.
 *    A heading may run over a second line when the first breaks mid-phrase: the second line (≤ 60 characters, not
 *    itself a sentence end) starts in lower case.
 * Table rows are not headings: a line with a date ("Frist: 30.10.2024"), one ending in a count that is not a year
 * ("Antall saker jobbet med 381"), one followed by a bare value on its own line, or a source line ("Kilde: IMDi").
 *
 * Headings set in capitals are given sentence case ("ARBEID MOT …" → "Arbeid mot …").
 *
 * The rule was checked by eye against every cited line range (scripts/seed-sections.ts prints them); lines it still
 * takes for headings wrongly are listed in `NOT_HEADINGS` there, each with its reason.
 */

export interface SeedHeading {
  /** 1-based line number of the heading's first line. */
  readonly line: number;
  readonly heading: string;
}

const MAX_LINE = 80;
const MAX_SECOND_LINE = 60;
const SENTENCE_OR_BREAK_END = /[.,;:!?\-`–]$/;
const STARTS_LIKE_HEADING = /^(?:\p{Lu}|\d+(?:\.\d+)+\.?\s+\p{Lu}|\d+\.\s+\p{Lu})/u;
const STARTS_NEW_BLOCK = /^(?:\p{Lu}|\d|[-•*–·])/u;
const URL_LINE = /^https?:\/\/\S+$/;
const PAGE_MARKER = /^(?:side|page|s\.)\s*\d+$/i;

function cleanMarkdown(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/<\/?b>/g, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "ARBEID MOT NEGATIV SOSIAL KONTROLL" reads as shouting on a card: sentence case for headings set in capitals. */
function readableCase(heading: string): string {
  if (/\p{Ll}/u.test(heading) || heading.split(/\s+/).length < 2) return heading;
  const lower = heading.toLocaleLowerCase('nb');
  return lower.charAt(0).toLocaleUpperCase('nb') + lower.slice(1);
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

const NUMBER_TOKEN = /^\d[\d.,%]*$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A date (30.10.2024) marks a deadline or table cell, never a heading. */
const DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;
const SOURCE_LINE = /^(?:kilde|source)\b/i;

function numberCount(text: string): number {
  return text.split(/\s+/).filter((token) => NUMBER_TOKEN.test(token)).length;
}

/** A table row ends with a count ("Antall saker jobbet med 381"); a heading may end with a year ("Mangfaldskonferansen 2023"). */
function endsWithCount(text: string): boolean {
  const last = text.split(/\s+/).at(-1) ?? '';
  return NUMBER_TOKEN.test(last) && !YEAR.test(last);
}

/** What follows a table cell: a bare date or number on its own line. */
function isBareValue(text: string | undefined): boolean {
  return text !== undefined && /^[\d.,%\s–-]+$/.test(text);
}

/** Everything but the ending: a line a heading may start with. */
function looksLikeHeadingStart(text: string): boolean {
  return (
    text.length <= MAX_LINE &&
    STARTS_LIKE_HEADING.test(text) &&
    letterCount(text) >= 3 &&
    numberCount(text) < 3 &&
    !DATE.test(text) &&
    !SOURCE_LINE.test(text) &&
    !text.includes('\t') &&
    !URL_LINE.test(text) &&
    !PAGE_MARKER.test(text)
  );
}

/** The headings of one seed's text, in line order. `exclude` lists 1-based lines the rule must not take. */
export function findSeedHeadings(text: string, exclude: ReadonlySet<number> = new Set()): SeedHeading[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const trimmed = lines.map((l) => l.trim());
  const isMarkdown = trimmed.some((l) => /^#{1,4}\s+\p{L}/u.test(l));
  const repeats = new Map<string, number>();
  for (const l of trimmed) if (l) repeats.set(l, (repeats.get(l) ?? 0) + 1);

  const headings: SeedHeading[] = [];
  const nextNonBlank = (from: number): string | undefined => {
    for (let j = from; j < trimmed.length; j++) if (trimmed[j]) return trimmed[j];
    return undefined;
  };

  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i] ?? '';
    if (!line || exclude.has(i + 1)) continue;
    if (isMarkdown) {
      if (line.startsWith('#')) {
        const heading = cleanMarkdown(line);
        if (letterCount(heading) >= 3) headings.push({ line: i + 1, heading: readableCase(heading) });
      }
      continue;
    }
    const before = i === 0 ? '' : (trimmed[i - 1] ?? '');
    if (before !== '' && !URL_LINE.test(before)) continue;
    const text = line.replace(/\s+/g, ' ');
    if (!looksLikeHeadingStart(text) || (repeats.get(line) ?? 0) >= 3) continue;

    const second = trimmed[i + 1] ?? '';
    // A heading broken over two lines ("… vold (2021-" / "2024)"), or the first line of a wrapped paragraph.
    if (second && (/^\p{Ll}/u.test(second) || /\(\d{4}[-–]$/.test(text))) {
      const following = nextNonBlank(i + 2);
      const joined = `${text} ${second.replace(/\s+/g, ' ')}`.replace(/([-–]) (?=\d)/g, '$1');
      if (
        second.length <= MAX_SECOND_LINE &&
        !SENTENCE_OR_BREAK_END.test(second) &&
        (following === undefined || (STARTS_NEW_BLOCK.test(following) && !isBareValue(following))) &&
        numberCount(joined) < 3 &&
        !endsWithCount(joined)
      ) {
        headings.push({ line: i + 1, heading: readableCase(joined) });
        i += 1;
      }
      continue;
    }
    if (SENTENCE_OR_BREAK_END.test(text) || endsWithCount(text)) continue;
    const following = nextNonBlank(i + 1);
    if (following === undefined || (STARTS_NEW_BLOCK.test(following) && !isBareValue(following))) headings.push({ line: i + 1, heading: readableCase(text) });
  }
  return headings;
}

/** The nearest heading at or before `line` (1-based), if any. `headings` must be sorted by line. */
export function headingAt(headings: readonly SeedHeading[], line: number): SeedHeading | undefined {
  let found: SeedHeading | undefined;
  for (const h of headings) {
    if (h.line > line) break;
    found = h;
  }
  return found;
}
