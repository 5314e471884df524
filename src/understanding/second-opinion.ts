/**
 * A statistical second opinion on danger (issue #13): a logistic regression over the character 3-, 4- and 5-grams, the
 * whole words of a message and the situation concepts the rules read in it (session 30: a calm reading such as
 * training asked for or people in general carries its own learned weight beside the words a calm twin shares with its
 * dangerous twin), trained on the `emergency` labels of the tuned conversation sets
 * (scripts/train-second-opinion.ts writes content/understanding/second-opinion.json; session 29's naive Bayes over
 * the n-grams alone counted one word's many n-grams as many pieces of evidence). It reads danger told in words no
 * rule or word list knows; the danger reader asks it only of a turn the rules read as neither danger nor a concern whose
 * situation names one of the model's gate concepts (a harm, a threat, a stay abroad, a fear…), and a turn it fires on
 * gets the short "call 112" line on top of its answer, never the emergency card (src/bot/veiviser-bot.ts `concernOf`).
 *
 * Why not a library: the npm classifier packages (wink-naive-bayes-text-classifier and the like) keep every feature
 * they saw (hundreds of thousands of n-grams here) and offer no feature selection; a pruned table of weights as data,
 * fitted offline by the training script, and the few lines below cost a fraction of the memory (docs/performance.md,
 * issue #16).
 *
 * Pure: the text is folded, cut into features and scored; nothing of it is kept or logged.
 */
import { z } from 'zod';
import { CONCEPTS } from './situation-cues';
import { normalize } from '../language/text';
import { readDataFile } from '../paths/data-file';
import { contentPath } from '../paths/content-root';

/**
 * The text as the model reads it: `normalize` (NFKC, lower case, Arabic harakat, tatweel and zero-width characters
 * removed, whitespace collapsed), then ø → o, æ → ae, ł → l, ı → i and every combining mark removed (é → e, å → a),
 * so a word typed with or without its accents is one feature.
 */
export function foldForModel(text: string): string {
  return normalize(text)
    .replace(/[øæłı]/gu, (c) => FOLDED_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const FOLDED_LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ł: 'l', ı: 'i' };

const N_GRAMS: readonly number[] = [3, 4, 5];
const WORD = /[\p{L}\p{N}_]+/gu;
/** A whole word's feature is the word after this prefix (an n-gram never holds a colon after a letter run of its own). */
export const WORD_PREFIX = 'W:';

/**
 * A concept the rules read in the turn (src/understanding/situation-cues.ts CONCEPTS) is a feature after this prefix:
 * the folded text is lower case, so no n-gram or word holds "C:".
 */
export const CONCEPT_PREFIX = 'C:';

/** The number of words of a text as the model reads it. */
export function wordsOf(text: string): number {
  return foldForModel(text).match(WORD)?.length ?? 0;
}

/**
 * The features of a text, each once: its character 3-, 4-, 5-grams (padded with a space each side), its words, and
 * the concepts the rules read in it (`concepts`: the situation's concepts; issue #13, model30): the model weighs a
 * calm reading ("training asked for", "a child sent home ill") beside the words it shares with a dangerous twin.
 */
export function featuresOf(text: string, concepts: Iterable<string> = []): Set<string> {
  const folded = foldForModel(text);
  const padded = ` ${folded} `;
  // An n-gram is n code points (not UTF-16 units): each is cut from the text between code-point starts, the same
  // strings in the same order as joining slices of the spread characters, at about half the CPU (no array per n-gram;
  // docs/performance.md § Test suite (session 36)).
  const starts: number[] = [];
  for (let i = 0; i < padded.length; i += (padded.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) starts.push(i);
  starts.push(padded.length);
  const points = starts.length - 1;
  const features = new Set<string>();
  for (const n of N_GRAMS) for (let i = 0; i + n <= points; i++) features.add(padded.slice(starts[i], starts[i + n]));
  for (const word of folded.match(WORD) ?? []) features.add(WORD_PREFIX + word);
  for (const concept of concepts) features.add(CONCEPT_PREFIX + concept);
  return features;
}

/**
 * What the readers beside the situation read in a turn, for the gate's `calmReadings`: a question about a case asked by
 * someone not writing as a young person (a duty, "what do I do?", whom to contact: `caseAsked`), a grown-up named (an
 * age of 18 or more, no child: `grownUp`).
 */
export const CALM_READINGS = ['caseAsked', 'grownUp'] as const;
export type CalmReading = (typeof CALM_READINGS)[number];

export const secondOpinionModelSchema = z
  .object({
    made: z
      .object({
        by: z.string(),
        date: z.string(),
        commit: z.string(),
        sets: z.number().int().positive(),
        items: z.number().int().positive(),
        emergencyItems: z.number().int().positive(),
        /** SHA-256 of the sets' files (name and text, in name order): the test checks the model was made from these. */
        setsHash: z.string().regex(/^[0-9a-f]{64}$/),
        features: z.string(),
        minItems: z.number().int().positive(),
        kept: z.number().int().positive(),
        keptBy: z.string(),
      })
      .strict(),
    /** The model's bias: the logit of a text with none of the features. */
    prior: z.number(),
    /** A turn scores (a logit) above this to fire. */
    threshold: z.number(),
    /** The situation concepts one of which the turn must name for the second opinion to be asked. */
    gate: z.array(z.enum(CONCEPTS)).min(1),
    /** The calm concepts that stop it (each lost none of the blind sets' first-run misses it caught). */
    unless: z.array(z.enum(CONCEPTS)),
    /**
     * The fewest words a turn must have to be asked (session 30): on two or three words ("og i dag da?", "and Syria?")
     * the logit is the bias and one concept's weight, not evidence; a short follow-up's danger is the conversation's
     * (carried by the rules), never the model's.
     */
    minWords: z.number().int().nonnegative().optional(),
    /**
     * Gate concepts that do not open the gate on their own (session 36): a time word ("today") beside nothing else of the
     * gate is no evidence of a case — a fire drill told "today" at a reception centre got the line after a retrain.
     */
    notAlone: z.array(z.enum(CONCEPTS)).optional(),
    /**
     * A raised bar: a turn that names one of these calm concepts (training asked for, an anonymous line, people in
     * general, a hedge, a case returned…) fires only above this higher threshold. The rules' calm reading is weighed,
     * not obeyed: a plain danger the model scores high still gets the line (test/eval/README.md, Session 29 short wave).
     */
    raisedBar: z.object({ concepts: z.array(z.enum(CONCEPTS)).min(1), threshold: z.number() }).strict().optional(),
    /**
     * Calm questions asked (session 37, issue #13): a turn that asks one of these questions (`asks`: what the law or the
     * rules say, "is that normal / does that count / is that it") and names no gate concept but those of `besideOnly`
     * (a pupil not back, everyday control, a time word) asks about the law or about what counts, with no event told
     * beside it that the rules missed: it is not asked. A gate concept outside `besideOnly` (a marriage, a threat, a
     * removal) still lets the model weigh the turn.
     */
    calmAsked: z.array(z.object({ asks: z.enum(CONCEPTS), besideOnly: z.array(z.enum(CONCEPTS)).min(1) }).strict()).optional(),
    /**
     * Calm readings beside the situation (session 39, issue #13): a turn the other readers read as one of these
     * (`reading`: a question about a case asked by someone who does not write as a young person — a duty, "what do I
     * do?", whom to talk to; or a grown-up named, an age of 18 or more and no child), that names every concept of
     * `needs` and no gate concept but those of `besideOnly`, asks about everyday control or tells of a grown-up's
     * marriage word with nothing the rules missed beside it: it is not asked. A gate concept outside `besideOnly` (a
     * threat, a fear, a trip, a time, a harm) still lets the model weigh the turn.
     */
    calmReadings: z
      .array(z.object({ reading: z.enum(CALM_READINGS), needs: z.array(z.enum(CONCEPTS)).optional(), besideOnly: z.array(z.enum(CONCEPTS)).min(1) }).strict())
      .optional(),
    /**
     * Feature → weight (rounded to 4 decimals). Checked in one loop rather than entry by entry with
     * `z.record` (20,000 entries: ~150 ms of a busy machine's CPU against ~2 ms).
     */
    weights: z.custom<Readonly<Record<string, number>>>(isWeightTable, { message: 'weights must map each feature to a finite number' }),
  })
  .strict();
function isWeightTable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const w of Object.values(value)) if (typeof w !== 'number' || !Number.isFinite(w)) return false;
  return true;
}

export type SecondOpinionModel = z.infer<typeof secondOpinionModelSchema>;

export const SECOND_OPINION_FILE = (): string => contentPath('understanding', 'second-opinion.json');

export interface SecondOpinion {
  /** The score of a text whose situation reads `concepts`: the prior (the bias) plus the weights of its features. */
  score(text: string, concepts?: ReadonlySet<string>): number;
  /**
   * Whether a turn whose situation reads `concepts` (one of `gate`, none of `unless`, no calm question only (`calmAsked`),
   * no calm reading of `readings` with only its concepts (`calmReadings`); above the raised bar if one of its concepts)
   * gets the second opinion's "call 112" line.
   */
  fires(text: string, concepts: ReadonlySet<string>, readings?: ReadonlySet<CalmReading>): boolean;
  readonly threshold: number;
}

export function createSecondOpinion(model: SecondOpinionModel): SecondOpinion {
  // Only the table and three numbers are kept, not the parsed file (its object of 20,000 keys).
  const weights = new Map(Object.entries(model.weights));
  const { prior, threshold } = model;
  const minWords = model.minWords ?? 0;
  const gate: readonly string[] = [...model.gate];
  const unless: readonly string[] = [...model.unless];
  const notAlone: ReadonlySet<string> = new Set(model.notAlone ?? []);
  const raised: readonly string[] = model.raisedBar?.concepts ?? [];
  const raisedThreshold = Math.max(threshold, model.raisedBar?.threshold ?? threshold);
  const calmAsked = (model.calmAsked ?? []).map((c) => ({ asks: c.asks, besideOnly: new Set<string>(c.besideOnly) }));
  const askedCalmly = (concepts: ReadonlySet<string>): boolean =>
    calmAsked.some((c) => concepts.has(c.asks) && gate.every((g) => !concepts.has(g) || c.besideOnly.has(g)));
  const calmReadings = (model.calmReadings ?? []).map((c) => ({ reading: c.reading, needs: c.needs ?? [], besideOnly: new Set<string>(c.besideOnly) }));
  const readCalmly = (concepts: ReadonlySet<string>, readings: ReadonlySet<CalmReading>): boolean =>
    calmReadings.some((c) => readings.has(c.reading) && c.needs.every((n) => concepts.has(n)) && gate.every((g) => !concepts.has(g) || c.besideOnly.has(g)));
  const barFor = (concepts: ReadonlySet<string>): number => (raised.some((c) => concepts.has(c)) ? raisedThreshold : threshold);
  const score = (text: string, concepts: ReadonlySet<string> = new Set()): number => {
    let sum = prior;
    for (const f of featuresOf(text, concepts)) sum += weights.get(f) ?? 0;
    return sum;
  };
  return {
    score,
    threshold,
    fires: (text, concepts, readings = NO_READINGS) =>
      gate.some((c) => concepts.has(c) && !notAlone.has(c)) &&
      !unless.some((c) => concepts.has(c)) &&
      !askedCalmly(concepts) &&
      !readCalmly(concepts, readings) &&
      wordsOf(text) >= minWords &&
      score(text, concepts) > barFor(concepts),
  };
}

const NO_READINGS: ReadonlySet<CalmReading> = new Set();

let loaded: SecondOpinion | undefined;

/** The committed model, read and checked once, on the first turn that asks it. */
export function loadSecondOpinion(file: string = SECOND_OPINION_FILE()): SecondOpinion {
  if (file !== SECOND_OPINION_FILE()) return createSecondOpinion(readDataFile(file, secondOpinionModelSchema));
  return (loaded ??= createSecondOpinion(readDataFile(file, secondOpinionModelSchema)));
}
