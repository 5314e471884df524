import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { tokenize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { fold, partsCompiler } from './situation-cues';
import { compiledPhrasesFile, readCompiledPhrases } from './compiled-phrases';
import { compileBook, type PhraseBook, type SourcePhrase } from './phrase-book';
import { PhraseIndex } from './phrase-index';
import type { PhraseCompiler } from './phrase-parts';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * Who is asking, from what the message says about the writer ("jeg jobber i barnevernet", "I'm a GP", "som
 * helsesykepleier har jeg…", "vi i NAV"), and which of a professional's duties the message asks about (the duty to
 * notify child welfare, the duty to avert). The words are data per language (content/understanding/roles/), so a
 * native-speaker reviewer edits them without touching code; the matching is shared.
 *
 * A role is read only from a statement about the writer: a frame in the first person ("jeg er @", "I work at @")
 * with a role's word in the slot, or a role's own statement ("öğretmenim", "my daughter"). A role word alone ("the
 * pupil's teacher said", "barnevernet har saken") names someone else and is not read. Person frames ("jeg er @",
 * "som @ har jeg") take a person's title (lærer, fastlege); place frames ("jeg jobber i @", "vi i @") take a
 * workplace (barnevernet, asylmottaket): "som barnevernet sier" is a relative clause, not a role. Of several
 * statements the earliest wins, and of two at the same place the longer ("lærer på voksenopplæringen" over "lærer").
 *
 * The phrase syntax is the situation reader's (situation-cues.ts): `word*` a word beginning, `...` up to three
 * other words; `@` in a frame is the slot.
 */

export const ROLES = [
  'school',
  'school-health',
  'kindergarten',
  'child-welfare',
  'police',
  'health',
  'nav',
  'refugee-services',
  'reception-centre',
  'adult-education',
  'diversity-adviser',
  'special-envoy',
  'parent',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** The duties a professional asks about: to notify child welfare (opplysningsplikt), to avert a crime (avvergeplikt). */
export const DUTIES = ['notify', 'avert'] as const;
export type Duty = (typeof DUTIES)[number];
const dutySchema = z.enum(DUTIES);

const SLOT = '@';
const phrases = z.array(z.string().min(1));
const framesSchema = z
  .array(z.string().min(1))
  .min(1)
  .refine((list) => list.every((f) => f.split(/\s+/u).filter((w) => w === SLOT).length === 1), { message: `every frame has exactly one ${SLOT}` });

const roleWordsSchema = z
  .object({
    /** Titles that fill a person frame ("fastlege", "school nurse"). */
    person: phrases.default([]),
    /** Workplaces that fill a place frame ("barnevernet", "reception centre"). */
    place: phrases.default([]),
    /** Statements that say the role on their own ("öğretmenim", "my daughter"). */
    statements: phrases.default([]),
  })
  .strict();

export const roleFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    /** Who checked these words: like locales/review-status.json. */
    review: wordReviewSchema,
    /**
     * `opening`: a workplace said as the whole of a message's opening, with the word a language puts before a place
     * ("På mottaket: …", "At the reception centre – …"): where the writer works, as a title alone there says who they
     * are (`titleOpening`). A workplace alone ("Barnevernet: …") may ask about the service, so it is not a frame.
     */
    frames: z.object({ person: framesSchema, place: framesSchema, opening: framesSchema.optional() }).strict(),
    roles: z.partialRecord(roleSchema, roleWordsSchema),
    /** How a duty is named or asked about ("opplysningsplikt", "do I have to tell the police"). */
    duties: z.partialRecord(dutySchema, phrases.min(1)),
    /**
     * Words that tell the person in the case is a grown-up ("en voksen bruker", "an adult client", "her in-laws"): a
     * duty question about her gets the article for people over 18, not the duty to notify child welfare (which is
     * about children), unless a child is told of too.
     */
    grownUp: phrases.optional(),
  })
  .strict();
export type RoleFile = z.input<typeof roleFileSchema>;

export interface AskerReading {
  /** Who the writer says they are; absent when the message does not say. */
  readonly role?: Role;
  /** The duties the message asks about, in the order the message names them. */
  readonly duties: readonly Duty[];
  /**
   * A role's title or workplace named anywhere ("læreren", "the nurse", "politiet"), said of the writer or not: a
   * professional context, not who is asking (that is `role`).
   */
  readonly mentionsRole?: boolean;
  /** The message tells the person in the case is a grown-up (the files' `grownUp` words). */
  readonly grownUp?: boolean;
}

export interface RoleReader {
  read(text: string): AskerReading;
}

/** A frame with a word in its slot: "jeg er @" and "fastlege" give "jeg er fastlege". */
function fill(frame: string, word: string): string {
  return frame
    .split(/\s+/u)
    .map((w) => (w === SLOT ? word : w))
    .join(' ');
}

/** The role reader's lists of phrases: statements of a role, duties named, a service's title or workplace named, a person's title. */
const ROLE_STATEMENTS = 0;
const DUTY_NAMES = 1;
const TITLES = 2;
/** A person's title alone (not a workplace: "Barnevernet: …" may ask about the service), for an opening of its own. */
const PERSON_TITLES = 3;
/** A workplace in an opening frame ("på mottaket"), for an opening of its own. */
const OPENING_PLACES = 4;
/** Words that tell the person in the case is a grown-up. */
const GROWN_UP = 5;
/** The one value of the grown-up list (a PhraseIndex reads values by index). */
const GROWN_UP_VALUES = ['grownUp'] as const;

/** The phrases of the role files, in the order the reader files them. */
function* rolePhrases(files: readonly z.output<typeof roleFileSchema>[]): Generator<SourcePhrase> {
  for (const file of files) {
    for (const [role, words] of Object.entries(file.roles) as Array<[Role, z.output<typeof roleWordsSchema>]>) {
      const value = ROLES.indexOf(role);
      for (const frame of file.frames.person) for (const word of words.person) yield { list: ROLE_STATEMENTS, value, phrase: fill(frame, word), label: role };
      for (const frame of file.frames.place) for (const word of words.place) yield { list: ROLE_STATEMENTS, value, phrase: fill(frame, word), label: role };
      for (const statement of words.statements) yield { list: ROLE_STATEMENTS, value, phrase: statement, label: role };
      // A parent is not a professional context: only the titles and workplaces of the services.
      if (role !== 'parent') for (const word of [...words.person, ...words.place]) yield { list: TITLES, value, phrase: word, label: role };
      if (role !== 'parent') for (const word of words.person) yield { list: PERSON_TITLES, value, phrase: word, label: role };
      if (role !== 'parent') for (const frame of file.frames.opening ?? []) for (const word of words.place) yield { list: OPENING_PLACES, value, phrase: fill(frame, word), label: role };
    }
    for (const [duty, list] of Object.entries(file.duties) as Array<[Duty, string[]]>) for (const phrase of list) yield { list: DUTY_NAMES, value: DUTIES.indexOf(duty), phrase, label: duty };
    for (const phrase of file.grownUp ?? []) yield { list: GROWN_UP, value: 0, phrase, label: 'grownUp' };
  }
}

/** The role files' phrases compiled (by `compile`, by default each distinct word folded once: see partsCompiler). */
export function roleBook(files: readonly z.output<typeof roleFileSchema>[], compile: PhraseCompiler = partsCompiler()): PhraseBook {
  return compileBook(rolePhrases(files), compile);
}

/** `compile`: how the phrases become parts. */
export function createRoleReader(files: readonly z.output<typeof roleFileSchema>[], compile?: PhraseCompiler): RoleReader {
  return roleReaderFromBook(roleBook(files, compile));
}

/** The reader of a book of role phrases (compiled here, or read from the build's file: compiled-phrases.ts). */
function roleReaderFromBook(book: PhraseBook): RoleReader {
  const roles = new PhraseIndex<Role>(book, ROLE_STATEMENTS, ROLES);
  const duties = new PhraseIndex<Duty>(book, DUTY_NAMES, DUTIES);
  const titles = new PhraseIndex<Role>(book, TITLES, ROLES);
  const personTitles = new PhraseIndex<Role>(book, PERSON_TITLES, ROLES);
  const openingPlaces = new PhraseIndex<Role>(book, OPENING_PLACES, ROLES);
  const grownUps = new PhraseIndex(book, GROWN_UP, GROWN_UP_VALUES);
  return {
    read(text) {
      const tokens = tokenize(fold(text));
      let best: { value: Role; at: number; length: number } | undefined;
      for (const m of roles.matches(tokens)) {
        if (!best || m.at < best.at || (m.at === best.at && (m.length > best.length || (m.length === best.length && outranksSchool(m.value, best.value))))) best = m;
      }
      best ??= titleOpening(text, personTitles, titles, openingPlaces);
      const named: Duty[] = [];
      for (const m of duties.matches(tokens)) if (!named.includes(m.value)) named.push(m.value);
      const mentionsRole = (best !== undefined && best.value !== 'parent') || !titles.matches(tokens).next().done;
      const grownUp = !grownUps.matches(tokens).next().done;
      return { ...(best ? { role: best.value } : {}), duties: named, ...(mentionsRole ? { mentionsRole } : {}), ...(grownUp ? { grownUp } : {}) };
    },
  };
}

/**
 * Of two roles read from the same words (same place, same length), a service's wins over the school's: the school's
 * workplaces are word beginnings ("skole*", "skule*") that also begin other services' compounds ("jobber i
 * skolehelsetjenesten" is the school health service, not the school). A parent is not a service.
 */
function outranksSchool(role: Role, best: Role): boolean {
  return best === 'school' && role !== 'school' && role !== 'parent';
}

/**
 * The end of a message's opening when it is a title on its own ("Teacher. A pupil (14) …", "Учитель: ученица …",
 * "معلمة. طالبة …", "Police officer – a girl of 16 …"): a full stop, colon, semicolon, comma, dash or line break with
 * more text after it. A question mark ends a question ("Barnevernet?"), not a statement about the writer.
 */
const OPENING_END = /^\s*([^.:;,!?\n\u2013\u2014\u060C\u061B\u06D4()]+?)\s*(?:[.:;,!\n\u2013\u2014\u060C\u061B\u06D4]|\s-\s)\s*\S/u;

/**
 * A service's title or workplace that is the whole of the message's opening, as busy staff write it ("Teacher. …",
 * "Politibetjent: …"): a statement about the writer as "I am a teacher" is. A title inside a sentence ("the teacher
 * said …") names someone else and is not read.
 */
function titleOpening(text: string, titles: PhraseIndex<Role>, workplaces: PhraseIndex<Role>, places: PhraseIndex<Role>): { value: Role; at: number; length: number } | undefined {
  const opening = OPENING_END.exec(text)?.[1];
  if (!opening) return undefined;
  const tokens = tokenize(fold(opening));
  // "På mottaket: …", "At the reception centre – …": the workplace, in its opening frame, is the whole opening.
  for (const m of places.matches(tokens)) if (m.at === 0 && m.length === tokens.length) return m;
  for (const m of titles.matches(tokens)) {
    if (m.at !== 0 || m.value === 'parent') continue;
    if (m.length === tokens.length) return m;
    // "Lekarka na SOR. …", "Nurse at the ER – …", "lærer på ungdomsskolen: …": the title, one word (a preposition), and
    // a workplace that ends the opening are the same statement about the writer.
    const rest = tokens.slice(m.length + 1);
    if (rest.length > 0 && rest.length <= 3) for (const w of workplaces.matches(rest)) if (w.at === 0 && w.length === rest.length) return m;
  }
  return undefined;
}

/** Reads and checks the role files of `dir` (one per language; a broken file names itself) and compiles their phrases: the build, and a start without the build's file. */
export function compileRolePhrases(dir: string, compile: PhraseCompiler = partsCompiler()): PhraseBook {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      return readDataFile(file, roleFileSchema);
    });
  return roleBook(files, compile);
}

/**
 * Reads content/understanding/roles/. The phrases are compiled by `compile` when it is given; otherwise they are the
 * build's compiled phrases when those were made from these files (the files are then not read again: the build read
 * and checked them), else the files are read and compiled here.
 */
export function loadRoleReader(dir: string = contentPath('understanding', 'roles'), compile?: PhraseCompiler): RoleReader {
  const built = compile ? undefined : readCompiledPhrases(compiledPhrasesFile('roles'), 'roles', dir).book;
  return roleReaderFromBook(built ?? compileRolePhrases(dir, compile));
}
