import { z } from 'zod';
import { shortenAtWord } from '../cards/card-kit';
import { pick } from '../content/localized';
import { LANGUAGES, type Lang } from '../language/languages';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';

/**
 * A button that names an article shows its short title: Teams cuts a button title off mid-word ("Slik snakker du med
 * en ungdom du er bekymret fo"), and a row of two or three buttons on a 1280-wide window leaves each about 30
 * characters. The full title stays in the card's heading. content/knowledge/short-titles.json: article id → language
 * → short title.
 */
export const SHORT_TITLE_MAX = 30;

const shortTitleSchema = z.string().trim().min(1).max(SHORT_TITLE_MAX);

export const shortTitlesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'article ids are kebab-case'),
  z
    .object(Object.fromEntries(LANGUAGES.map((l) => [l, shortTitleSchema.optional()])) as Record<Lang, z.ZodOptional<typeof shortTitleSchema>>)
    .strict()
    .refine((v) => v.nb !== undefined && v.en !== undefined, { message: 'nb and en are required' }),
);
export type ShortTitles = z.infer<typeof shortTitlesSchema>;

export const SHORT_TITLES_FILE = contentPath('knowledge', 'short-titles.json');

export function parseShortTitles(raw: unknown): ShortTitles {
  return shortTitlesSchema.parse(raw);
}

/** Every article has a short title, and every short title an article: a new article cannot ship with a clipped button. */
export function checkShortTitles(titles: ShortTitles, articleIds: readonly string[]): string[] {
  const ids = new Set(articleIds);
  return [
    ...articleIds.filter((id) => titles[id] === undefined).map((id) => `${id}: no short title in ${SHORT_TITLES_FILE}`),
    ...Object.keys(titles).filter((id) => !ids.has(id)).map((id) => `${id}: short title for an unknown article`),
  ];
}

let loaded: ShortTitles | undefined;

/** The shipped short titles, read and checked once (with zod unless the build checked this very file). */
export function shortTitles(): ShortTitles {
  loaded ??= readDataFile(SHORT_TITLES_FILE, shortTitlesSchema);
  return loaded;
}


/**
 * The title for a button naming an article, in the language the card is in (with the same fallback as the article's
 * text). `fullTitle` is used as it is when it fits, else shortened at a word boundary.
 */
export function articleButtonTitle(articleId: string, lng: Lang, fullTitle: string, titles: ShortTitles = shortTitles()): string {
  const entry = titles[articleId];
  const short = entry ? pick(entry, lng)?.value : undefined;
  return short ?? shortenAtWord(fullTitle, SHORT_TITLE_MAX);
}
