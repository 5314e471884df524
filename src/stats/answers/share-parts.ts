import { z } from 'zod';
import { contentPath } from '../../paths/content-root';
import { readDataFile } from '../../paths/data-file';
import { wordReviewSchema } from '../../language/word-review';
import { normalize } from '../../language/text';
import { breakdownDimensionSchema, metricSchema, serviceIdSchema, type ServiceId } from '../store/published-figure';

/**
 * The parts of a published figure a follow-up asks for by an organisation's name ("and IMDi's share?", "what part
 * came through Udir?" after Kompetanseteamet's funding): content/stats/share-parts.json. The organisation named is the
 * part asked, not a service of its own whose figures are wanted (issue #13, left33).
 */
const sharePartSchema = z
  .object({
    names: z.array(z.string().regex(/^\S+$/u)).min(1),
    services: z.array(serviceIdSchema).min(1),
    metric: metricSchema,
    breakdown: breakdownDimensionSchema,
    category: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u),
    /** The year the part is published for, when the figure asked before names none. */
    year: z.number().int(),
  })
  .strict();
const sharePartsFileSchema = z.object({ $comment: z.string().optional(), review: wordReviewSchema, parts: z.array(sharePartSchema).min(1) }).strict();

/** One part, as the file gives it (the names folded as messages are when read). */
export type SharePart = Readonly<z.output<typeof sharePartSchema>>;

let loaded: readonly SharePart[] | undefined;

export function shareParts(file: string = contentPath('stats', 'share-parts.json')): readonly SharePart[] {
  if (loaded) return loaded;
  loaded = readDataFile(file, sharePartsFileSchema).parts.map((p) => ({ ...p, names: p.names.map((n) => normalize(n)) }));
  return loaded;
}

/** A name may carry a short ending glued to it ("imdis", "udir'den" read as one word): at most this many letters. */
const MAX_ENDING = 4;

function namesPart(token: string, part: SharePart): boolean {
  return part.names.some((name) => token.startsWith(name) && token.length - name.length <= MAX_ENDING);
}

/** The words of a message without the part's name: what else it names is read from these. */
export function withoutPartName(tokens: readonly string[], part: SharePart): string[] {
  return tokens.filter((t) => !namesPart(t, part));
}

/** The part of one of `services`' figures that a message's words name, if one does. */
export function sharePartNamed(tokens: readonly string[], services: readonly ServiceId[], parts: readonly SharePart[] = shareParts()): SharePart | undefined {
  return parts.find(
    (part) => part.services.some((s) => services.includes(s)) && tokens.some((t) => namesPart(t, part)),
  );
}
