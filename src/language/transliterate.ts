import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readLanguageFiles } from '../paths/data-file';
import { wordReviewSchema } from './word-review';
import type { Detection } from './detect-language';
import type { Lang } from './languages';

/**
 * Russian and Ukrainian typed in Latin letters ("gde mozhno pozvonit?", "de mozhna pohovoryty?") read in Cyrillic, so
 * every reader, which knows these languages in Cyrillic only, reads the message as if typed on a Cyrillic keyboard.
 * The letter tables are data, one file per language under content/understanding/transliteration/. Norwegian names
 * (Kompetanseteamet, barnevernet, NAV), numbers and addresses are left as typed, and a message with any Cyrillic
 * letter is read exactly as before.
 */
const fileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: z.enum(['ru', 'uk']),
    review: wordReviewSchema,
    /** Latin letter groups (lower-case) and their Cyrillic letters; a group ending in "$" fits only at a word's end. */
    letters: z.record(z.string().regex(/^[a-z']+\$?$/u), z.string().min(1)),
    /** Whole words (lower-case) whose usual Latin spelling the letters would read wrongly. */
    words: z.record(z.string().regex(/^[a-z']+$/u), z.string().min(1)),
    /** Norwegian words left as typed; an entry of six letters or more also keeps the words it begins. */
    keep: z.array(z.string().regex(/^[a-z]+$/u)).min(1),
  })
  .strict();

export type TranslitLang = z.infer<typeof fileSchema>['lang'];

interface Table {
  /** Letter groups, longest first. */
  readonly groups: readonly { readonly latin: string; readonly cyrillic: string; readonly atEnd: boolean }[];
  readonly words: ReadonlyMap<string, string>;
  readonly keepWords: ReadonlySet<string>;
  readonly keepBeginnings: readonly string[];
}

const LATIN_LETTER = /[a-z]/giu;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
/** A token kept whole: a number, an address, a Norwegian word with æ ø å. */
const KEPT_TOKEN = /[\d@/æøåÆØÅ]|www\./u;
const LATIN_WORD = /[a-z][a-z'’]*/giu;

function tableOf(file: z.infer<typeof fileSchema>): Table {
  const groups = Object.entries(file.letters)
    .map(([key, cyrillic]) => ({ latin: key.replace(/\$$/u, ''), cyrillic, atEnd: key.endsWith('$') }))
    .sort((a, b) => b.latin.length - a.latin.length || Number(b.atEnd) - Number(a.atEnd));
  return {
    groups,
    words: new Map(Object.entries(file.words)),
    keepWords: new Set(file.keep),
    keepBeginnings: file.keep.filter((word) => word.length >= 6),
  };
}

export interface Transliterator {
  /** The message in Cyrillic when its letters are all Latin (numbers and Norwegian names kept); otherwise as typed. */
  toCyrillic(text: string, lng: string | undefined): string;
}

export function loadTransliterator(dir: string = contentPath('understanding', 'transliteration')): Transliterator {
  const tables = new Map<string, Table>(readLanguageFiles(dir, fileSchema).map((file) => [file.lang, tableOf(file)]));

  const kept = (table: Table, word: string): boolean =>
    table.keepWords.has(word) || table.keepBeginnings.some((beginning) => word.startsWith(beginning));

  const wordToCyrillic = (table: Table, typed: string): string => {
    // The typographic apostrophe (’) as the typed one: a soft sign in Russian, the apostrophe before я ю є ї in Ukrainian.
    const lower = typed.toLowerCase().replace(/’/gu, "'");
    const bare = lower.replace(/'+$/u, '');
    if (kept(table, bare)) return typed;
    const whole = table.words.get(lower) ?? table.words.get(bare);
    let out = whole ?? '';
    if (whole === undefined) {
      for (let at = 0; at < lower.length; ) {
        const group = table.groups.find((g) => lower.startsWith(g.latin, at) && (!g.atEnd || at + g.latin.length === lower.length));
        if (!group) {
          out += lower[at];
          at += 1;
          continue;
        }
        out += group.cyrillic;
        at += group.latin.length;
      }
    }
    // "Gde" at a sentence's start stays capitalised; the readers fold case anyway.
    return typed[0] !== lower[0] ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  };

  return {
    toCyrillic(text, lng) {
      const table = lng === undefined ? undefined : tables.get(lng);
      if (!table) return text;
      const latin = text.match(LATIN_LETTER)?.length ?? 0;
      const cyrillic = text.match(CYRILLIC_LETTER)?.length ?? 0;
      // A message with any Cyrillic letter is read exactly as typed: only a message typed wholly in Latin letters is converted.
      if (latin === 0 || cyrillic > 0) return text;
      return text
        .split(/(\s+)/u)
        .map((token) => (KEPT_TOKEN.test(token) ? token : token.replace(LATIN_WORD, (word) => wordToCyrillic(table, word))))
        .join('');
    },
  };
}

/** The two languages typed in Latin letters that the transliteration reads: each other's sibling variety. */
const SLAVIC: ReadonlySet<string> = new Set<TranslitLang>(['ru', 'uk']);

/**
 * The language a message typed in Latin letters is read in as Cyrillic: the detected one when the detection is reliable;
 * otherwise the conversation's Russian or Ukrainian when the few words lean to either of the two ("a v 2018?" in a
 * Russian conversation, "a v 2019 rotsi?" in a Ukrainian one), since a short follow-up keeps its conversation's
 * language. A message no Slavic word marks ("email Kompetanseteamet?", "and their phone?") stays as typed.
 */
export function transliterationLanguage(detected: Pick<Detection, 'lng' | 'reliable'>, conversation: Lang | undefined): Lang | undefined {
  if (detected.reliable) return detected.lng;
  if (detected.lng !== undefined && SLAVIC.has(detected.lng) && conversation !== undefined && SLAVIC.has(conversation)) return conversation;
  return undefined;
}
