import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { tokenize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { fold, leadingWords, matchesAt, partsCompiler, type Part } from './situation-cues';
import { PhraseTrie } from './phrase-trie';

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
    review: z.enum(['machine-assisted', 'native-reviewed']),
    frames: z.object({ person: framesSchema, place: framesSchema }).strict(),
    roles: z.partialRecord(roleSchema, roleWordsSchema),
    /** How a duty is named or asked about ("opplysningsplikt", "do I have to tell the police"). */
    duties: z.partialRecord(dutySchema, phrases.min(1)),
  })
  .strict();
export type RoleFile = z.input<typeof roleFileSchema>;

export interface AskerReading {
  /** Who the writer says they are; absent when the message does not say. */
  readonly role?: Role;
  /** The duties the message asks about, in the order the message names them. */
  readonly duties: readonly Duty[];
}

export interface RoleReader {
  read(text: string): AskerReading;
}

interface Compiled<T> {
  readonly value: T;
  readonly parts: readonly Part[];
}

/**
 * Phrases by the words they start with (see phrase-trie.ts), or by the first two letters of a word beginning, so a
 * token meets only its own. Matches come in the order they always did (phrases by their first word in the order
 * added, then those by word beginning), which decides between two roles read at the same place.
 */
class PhraseIndex<T> {
  private readonly byWords = new PhraseTrie<Compiled<T>>();
  private readonly byPrefix = new Map<string, Compiled<T>[]>();
  private readonly compile = partsCompiler();

  add(phrase: string, value: T): void {
    const parts = this.compile(phrase, String(value));
    const first = parts[0];
    const entry = { value, parts };
    if (first?.kind === 'word') this.byWords.add(leadingWords(parts), entry);
    else if (first?.kind === 'prefix') {
      const key = [...first.prefix].slice(0, 2).join('');
      const list = this.byPrefix.get(key);
      if (list) list.push(entry);
      else this.byPrefix.set(key, [entry]);
    }
  }

  /** Every phrase that matches, with where it starts. */
  *matches(tokens: readonly string[]): Generator<{ readonly value: T; readonly at: number; readonly length: number }> {
    for (const [at, token] of tokens.entries()) {
      for (const c of this.byWords.candidates(tokens, at)) if (matchesAt(c.parts, tokens, at)) yield { value: c.value, at, length: c.parts.length };
      if (this.byPrefix.size === 0) continue;
      const letters = [...token];
      const keys = letters.length >= 2 ? [letters.slice(0, 2).join(''), letters[0] ?? ''] : [letters[0] ?? ''];
      for (const key of keys) for (const c of this.byPrefix.get(key) ?? []) if (matchesAt(c.parts, tokens, at)) yield { value: c.value, at, length: c.parts.length };
    }
  }
}

/** A frame with a word in its slot: "jeg er @" and "fastlege" give "jeg er fastlege". */
function fill(frame: string, word: string): string {
  return frame
    .split(/\s+/u)
    .map((w) => (w === SLOT ? word : w))
    .join(' ');
}

export function createRoleReader(files: readonly z.output<typeof roleFileSchema>[]): RoleReader {
  const roles = new PhraseIndex<Role>();
  const duties = new PhraseIndex<Duty>();
  for (const file of files) {
    for (const [role, words] of Object.entries(file.roles) as Array<[Role, z.output<typeof roleWordsSchema>]>) {
      for (const frame of file.frames.person) for (const word of words.person) roles.add(fill(frame, word), role);
      for (const frame of file.frames.place) for (const word of words.place) roles.add(fill(frame, word), role);
      for (const statement of words.statements) roles.add(statement, role);
    }
    for (const [duty, list] of Object.entries(file.duties) as Array<[Duty, string[]]>) for (const phrase of list) duties.add(phrase, duty);
  }
  return {
    read(text) {
      const tokens = tokenize(fold(text));
      let best: { value: Role; at: number; length: number } | undefined;
      for (const m of roles.matches(tokens)) {
        if (!best || m.at < best.at || (m.at === best.at && m.length > best.length)) best = m;
      }
      const named: Duty[] = [];
      for (const m of duties.matches(tokens)) if (!named.includes(m.value)) named.push(m.value);
      return { ...(best ? { role: best.value } : {}), duties: named };
    },
  };
}

/** Reads content/understanding/roles/: one file per language; a broken file names itself. */
export function loadRoleReader(dir: string = contentPath('understanding', 'roles')): RoleReader {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const result = roleFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
      if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
      return result.data;
    });
  return createRoleReader(files);
}
