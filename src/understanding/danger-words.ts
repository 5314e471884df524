import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES, langSchema, type Lang } from '../language/languages';
import { normalize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * The plain danger check's words (danger-detector.ts), as reviewable data: content/understanding/danger/<lng>.json, one
 * file per language with a review status, and rules.json saying which concepts must meet. Norwegian and English are read
 * together as whole words (people mix them); every other language on its own, its stems anywhere in the message. What
 * each field means is in the files' $comment. Compiled once, when loaded, into regular expressions.
 */

const conceptName = z.string().regex(/^[a-z][A-Za-z]*$/u, 'a concept name in camelCase');
const entry = z
  .string()
  .min(1)
  .regex(/^\S+(?: \S+)*$/u, 'words separated by single spaces');
const word = z.string().min(1).regex(/^\S+$/u, 'one word per entry');

export const dangerFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    /** Words (nb, nn, en) or stems (the other languages) per concept. */
    concepts: z.record(conceptName, z.array(entry).min(1)),
    /** nb, nn, en: words in this order, slot by slot ("slår" … "meg"). */
    sequences: z
      .record(
        conceptName,
        z
          .array(
            z
              .object({
                words: z.array(word).min(1),
                optional: z.boolean().optional(),
              })
              .strict(),
          )
          .min(2)
          .refine((slots) => slots.at(-1)?.optional !== true, 'the last slot cannot be optional'),
      )
      .optional(),
    /** nb, nn, en: a cry for help, not a request for a task. */
    plea: z
      .object({
        /** The whole message is one of these (punctuation aside). */
        alone: z.array(entry),
        /** One of these followed by "!". */
        cry: z.array(entry),
        /** One of these, unless a word of notBefore (a task: "help me translate") follows. */
        phrases: z.array(
          z
            .object({
              words: entry,
              notFollowedBy: z.array(word).min(1).optional(),
            })
            .strict(),
        ),
        notBefore: z.array(word),
      })
      .partial()
      .strict()
      .optional(),
    /**
     * Every other language: what right after a plea's stem makes it a request for a task, not a cry ("помогите найти
     * номер", "pomóż mi zrozumieć", "ساعدني في معرفة"): a lookup or an understanding asked, never a person to find.
     */
    pleaTasks: z.array(entry).optional(),
    /**
     * Phrases that name the opposite of danger ("non-emergency", "no immediate danger", "немає небезпеки"), removed
     * before reading: every language, so a danger word the writer denies is not read as danger.
     */
    notUrgent: z.array(entry).optional(),
    /**
     * A harm the writer says is not done ("nobody hits me", "ikkje redd for at dei slår meg", "qof i garaacay ma jiro"):
     * removed before reading like notUrgent, so control told with "but no one beats her" is not read as a beating.
     */
    harmDenied: z.array(entry).optional(),
    /** nb, nn, en: rule words never corrected to (notTargets) and ordinary words never corrected (notTypos). */
    typos: z
      .object({ notTargets: z.array(word), notTypos: z.array(word) })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type DangerFile = z.infer<typeof dangerFileSchema>;

const rulesOf = z.array(z.array(conceptName).min(1));
const groupSchema = z
  .object({
    languages: z.array(langSchema).min(1),
    strong: rulesOf,
    weak: rulesOf,
  })
  .strict();
export const dangerRulesSchema = z
  .object({
    $comment: z.string().optional(),
    /** Norwegian and English: whole words, read together, misspellings corrected to the typo targets' words. */
    wholeWords: groupSchema.extend({ typoTargets: z.array(conceptName) }).strict(),
    /** Every other language: stems, each language read on its own. */
    stems: groupSchema,
  })
  .strict();
export type DangerRules = z.infer<typeof dangerRulesSchema>;

/** A rule matches when every part is found somewhere in the message. */
export type Rule = readonly RegExp[];

export interface DangerLexicon {
  /** Phrases that name the opposite of danger (not urgent, a harm denied), to be removed (global). */
  readonly notUrgent: RegExp;
  /** Norwegian and English rules, matched on the message and on its typo-corrected form. */
  readonly wholeWords: {
    readonly strong: readonly Rule[];
    readonly weak: readonly Rule[];
  };
  /** The other languages' rules, each language's own. */
  readonly stems: {
    readonly strong: readonly Rule[];
    readonly weak: readonly Rule[];
  };
  /** The words misspellings are corrected to, in the order they are tried. */
  readonly typoTargets: readonly string[];
  /** Ordinary words one letter from a rule word: never corrected. */
  readonly notTypos: ReadonlySet<string>;
}

/**
 * A word boundary that works for every script (JavaScript's \b only knows ASCII letters). A letter or mark is written
 * as two alternatives, not as one class `[\p{L}\p{M}]`: V8 builds every property class of a pattern when it makes
 * and compiles it, and a class merging two properties costs it about twice as much as the two tried in turn (the same
 * characters: no code point is both; docs/performance.md, session 39). Every concept's pattern is made at start and
 * run by the first message.
 */
const LETTER_OR_MARK = '(?:\\p{L}|\\p{M})';
const B = `(?<!${LETTER_OR_MARK})`;
const E = `(?!${LETTER_OR_MARK})`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whole words (or word beginnings when the entry ends with `*`), a space standing for any white space. */
function wordAlternatives(list: readonly string[]): string {
  return [...new Set(list.map((w) => normalize(w)))]
    .map((w) => (w.endsWith('*') ? escape(w.slice(0, -1)) + `${LETTER_OR_MARK}*` : escape(w)).replace(/ /g, '\\s+'))
    .join('|');
}
/** Entries as written (normalised, escaped), a space matching the one space of normalised text. */
const literal = (list: readonly string[]): string => [...new Set(list.map((w) => escape(normalize(w))))].join('|');

/** Reads content/understanding/danger/ and compiles it; a broken file names itself. */
export function loadDangerLexicon(dir: string = contentPath('understanding', 'danger')): DangerLexicon {
  const parse = <T>(file: string, schema: z.ZodType<T>): T => {
    return readDataFile(path.join(dir, file), schema);
  };
  const rules = parse('rules.json', dangerRulesSchema);
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json');
  const grouped = [...rules.wholeWords.languages, ...rules.stems.languages];
  for (const lang of LANGUAGES) {
    if (!names.includes(`${lang}.json`)) throw new Error(`${dir} has no ${lang}.json`);
    if (grouped.filter((l) => l === lang).length !== 1) throw new Error(`rules.json must name ${lang} in exactly one group`);
  }
  const files = new Map<Lang, DangerFile>();
  for (const name of names) {
    const data = parse(name, dangerFileSchema);
    if (`${data.lang}.json` !== name) throw new Error(`${path.join(dir, name)} says lang "${data.lang}"`);
    files.set(data.lang, data);
  }
  const fileOf = (lang: Lang): DangerFile => {
    const data = files.get(lang);
    if (data === undefined) throw new Error(`${dir} has no ${lang}.json`);
    return data;
  };
  const notUrgent = [...rules.wholeWords.languages, ...rules.stems.languages].flatMap((l) => [...(fileOf(l).notUrgent ?? []), ...(fileOf(l).harmDenied ?? [])]);
  return {
    // No phrases: nothing to remove (an empty group would match between every two characters).
    notUrgent: notUrgent.length > 0 ? new RegExp(`(?<![\\p{L}])(${literal(notUrgent)})(?![\\p{L}])`, 'gu') : /(?!)/gu,
    ...compileWholeWords(rules.wholeWords, rules.wholeWords.languages.map(fileOf)),
    stems: compileStems(rules.stems, rules.stems.languages.map(fileOf)),
  };
}

/** Each file's concepts a rule never names are words that would silently do nothing: a misspelt concept name. */
function checkUsed(file: DangerFile, concepts: readonly string[], used: ReadonlySet<string>): void {
  const unused = concepts.filter((c) => !used.has(c));
  if (unused.length > 0) throw new Error(`danger/${file.lang}.json: no rule in rules.json names ${unused.join(', ')}`);
}

function compileWholeWords(group: DangerRules['wholeWords'], files: readonly DangerFile[]): Pick<DangerLexicon, 'wholeWords' | 'typoTargets' | 'notTypos'> {
  const used = new Set([...group.strong.flat(), ...group.weak.flat(), ...group.typoTargets]);
  for (const file of files) checkUsed(file, [...Object.keys(file.concepts), ...Object.keys(file.sequences ?? {}), ...(file.plea ? ['plea'] : [])], used);
  const wordsOf = (concept: string): string[] => files.flatMap((f) => f.concepts[concept] ?? []);

  const compiled = new Map<string, RegExp>();
  const conceptNames = new Set(files.flatMap((f) => Object.keys(f.concepts)));
  for (const concept of conceptNames) compiled.set(concept, new RegExp(`${B}(?:${wordAlternatives(wordsOf(concept))})${E}`, 'u'));

  const sequenceNames = new Set(files.flatMap((f) => Object.keys(f.sequences ?? {})));
  for (const concept of sequenceNames) {
    if (compiled.has(concept)) throw new Error(`danger: ${concept} is both a concept and a sequence`);
    const shapes = files.map((f) => f.sequences?.[concept]).filter((s) => s !== undefined);
    const first = shapes[0] ?? [];
    const same = shapes.every((s) => s.length === first.length && s.every((slot, i) => (slot.optional ?? false) === (first[i]?.optional ?? false)));
    if (!same) throw new Error(`danger: the files' ${concept} sequences need the same slots, optional in the same places`);
    const parts = first.map((slot, i) => {
      const alternatives = wordAlternatives(shapes.flatMap((s) => s[i]?.words ?? []));
      return slot.optional === true ? `(?:(?:${alternatives})\\s+)?` : i < first.length - 1 ? `(?:${alternatives})\\s+` : `(?:${alternatives})`;
    });
    compiled.set(concept, new RegExp(`${B}${parts.join('')}${E}`, 'u'));
  }

  const plea = compilePlea(files);
  if (plea !== undefined) compiled.set('plea', plea);

  const ruleOf = (rule: readonly string[]): Rule =>
    rule.map((concept) => {
      const regex = compiled.get(concept);
      if (regex === undefined) throw new Error(`danger/rules.json: no file of ${group.languages.join(', ')} has words for ${concept}`);
      return regex;
    });
  const notTargets = new Set(files.flatMap((f) => f.typos?.notTargets ?? []).map((w) => normalize(w)));
  const typoTargets = group.typoTargets
    .flatMap((concept) => {
      if (!conceptNames.has(concept)) throw new Error(`danger/rules.json: typo target ${concept} has no words`);
      return wordsOf(concept).flatMap((w) => normalize(w).match(/[a-zæøå]+/gu) ?? []);
    })
    .filter((w) => w.length >= 5 && !notTargets.has(w));
  return {
    wholeWords: {
      strong: group.strong.map(ruleOf),
      weak: group.weak.map(ruleOf),
    },
    typoTargets: [...new Set(typoTargets)],
    notTypos: new Set(files.flatMap((f) => f.typos?.notTypos ?? []).map((w) => normalize(w))),
  };
}

/**
 * "hjelp!" / "help me" as a plea: the whole message, a cry with "!", or the phrase not followed by a task ("help me
 * translate my CV" is a request). A phrase's notFollowedBy leaves a longer phrase to be read on its own ("please help
 * me translate": "help me" is followed by a task).
 */
function compilePlea(files: readonly DangerFile[]): RegExp | undefined {
  const all = <K extends 'alone' | 'cry' | 'notBefore'>(key: K) => files.flatMap((f) => f.plea?.[key] ?? []);
  const phrases = files.flatMap((f) => f.plea?.phrases ?? []);
  const parts: string[] = [];
  if (all('alone').length > 0) parts.push(`^[\\s!.,]*(?:${literal(all('alone'))})[\\s!.,]*$`);
  if (all('cry').length > 0) parts.push(`${B}(?:${literal(all('cry'))})\\s*!`);
  if (phrases.length > 0) {
    const alternatives = phrases.map((p) => literal([p.words]) + (p.notFollowedBy ? `(?![\\s,]+(?:${literal(p.notFollowedBy)})${E})` : '')).join('|');
    const task = all('notBefore').length > 0 ? `(?![\\s,]+(?:${literal(all('notBefore'))})${E})` : '';
    parts.push(`${B}(?:${alternatives})${E}${task}`);
  }
  return parts.length > 0 ? new RegExp(parts.join('|'), 'u') : undefined;
}

/** The most words a message may have for a plea in it to be the message itself ("ساعدوني أرجوكم"). */
const PLEA_ALONE_WORDS = 6;

/**
 * A plea found by its stems ("ساعدني", "помогите") is a cry for help when it ends the message or is cried out with
 * "!", or when the message is a few words long; "help me write my CV" or "помогите найти курсы" asks for a task.
 * Danger described in a longer message is the situation reader's (content/understanding/situation).
 */
function pleaOfStems(stems: string, tasks: string): string {
  const notTask = tasks.length > 0 ? `(?![\\s,]+(?:${tasks}))` : '';
  return `(?:${stems})${notTask}[^\\p{L}\\p{N}]*(?:!|$)|^(?=(?:\\S+\\s+){0,${PLEA_ALONE_WORDS - 1}}\\S*\\s*$)[\\s\\S]*(?:${stems})${notTask}`;
}

/** Question marks of the scripts we read (Latin, Arabic, Ethiopic). */
const QUESTION_MARKS = '?؟፧';

/**
 * "Help" as a noun ("caawimaad", "pomocy") is a cry as a plea is, but not in a question: "Halkee waalidku ka heli karaan
 * caawimaad?", "Gdzie szukać pomocy?" ask where to find help. A plea's verb asked ("ساعدوني؟", "can you help me?") stays
 * a plea.
 */
function helpNounOfStems(stems: string): string {
  return `(?:${stems})[^\\p{L}\\p{N}${QUESTION_MARKS}]*(?:!|$)|^(?![\\s\\S]*[${QUESTION_MARKS}])(?=(?:\\S+\\s+){0,${PLEA_ALONE_WORDS - 1}}\\S*\\s*$)[\\s\\S]*(?:${stems})`;
}

function compileStems(group: DangerRules['stems'], files: readonly DangerFile[]): DangerLexicon['stems'] {
  const used = new Set([...group.strong.flat(), ...group.weak.flat()]);
  const strong: Rule[] = [];
  const weak: Rule[] = [];
  const named = new Set<string>();
  for (const file of files) {
    if (file.sequences || file.plea || file.typos)
      throw new Error(`danger/${file.lang}.json: sequences, plea and typos are for whole-word languages`);
    checkUsed(file, Object.keys(file.concepts), used);
    const compiled = new Map<string, RegExp>();
    for (const [concept, stems] of Object.entries(file.concepts)) {
      named.add(concept);
      // Each stem on its own, so a stray "|" or bracket is named rather than silently joined with its neighbour.
      for (const stem of stems) {
        try {
          new RegExp(normalize(stem), 'u');
        } catch (error) {
          throw new Error(
            `danger/${file.lang}.json: the ${concept} stem "${stem}" is not a valid pattern (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      }
      const joined = normalize(stems.join('|'));
      const tasks = (file.pleaTasks ?? []).map((t) => normalize(t).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');
      compiled.set(concept, new RegExp(concept === 'plea' ? pleaOfStems(joined, tasks) : concept === 'helpNoun' ? helpNounOfStems(joined) : joined, 'u'));
    }
    // A language without words for a rule's concept never fires that rule (Tigrinya names no weapon yet).
    const rulesFor = (list: readonly (readonly string[])[]): Rule[] =>
      list.filter((rule) => rule.every((c) => compiled.has(c))).map((rule) => rule.map((c) => compiled.get(c) ?? /(?!)/u));
    // A language's one-concept rules as one expression: any of them fires it (one test per message, not one per concept).
    const merge = (rules: readonly Rule[]): Rule[] => {
      const single = rules.filter((rule) => rule.length === 1).flat();
      const merged: Rule[] = single.length > 0 ? [[new RegExp(single.map((r) => `(?:${r.source})`).join('|'), 'u')]] : [];
      return [...merged, ...rules.filter((rule) => rule.length > 1)];
    };
    strong.push(...merge(rulesFor(group.strong)));
    weak.push(...merge(rulesFor(group.weak)));
  }
  for (const concept of used) if (!named.has(concept)) throw new Error(`danger/rules.json: no file of ${group.languages.join(', ')} has stems for ${concept}`);
  return { strong, weak };
}
