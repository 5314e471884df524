import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES, langSchema, type Lang } from '../language/languages';
import { ownLanguageOnlySchema, ownLanguagesOf } from '../language/own-language';
import { tokenize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { compiledPhrasesFile, readCompiledPhrases } from './compiled-phrases';
import { compileBook, type PhraseBook, type SourcePhrase } from './phrase-book';
import { PhraseIndex } from './phrase-index';
import type { PhraseCompiler } from './phrase-parts';
import { CONCEPTS as SITUATION_CONCEPTS, fold, partsCompiler } from './situation-cues';
import { wordReviewSchema } from '../language/word-review';

/**
 * Whether a message is about our domain at all, and whether it is a professional's "what do I do?" about a case,
 * from cue phrases kept as data (content/understanding/scope/): the words per language, the rules that weigh them in
 * rules.json. The rules read the scope words together with what the other readers found in the same message (the
 * situation's concepts, the danger words, the asker's role), so "how do I renew my passport?" is an everyday matter
 * while "my father took my passport" is a danger, and "family reunification" in a forced-marriage story is a case.
 *
 * Phrase syntax: the situation reader's (situation-cues.ts).
 */

export const SCOPE_CONCEPTS = [
  /** An everyday administrative or unrelated subject: a driving licence, renewing one's passport, tax, a benefit, the weather, a recipe, IT help. */
  'unrelated',
  /** A word of our domain that the situation cues do not hold: control, pressure, fear, the services by name. */
  'domain',
  /** The ask of someone who must act: "what do I do?", "who do I tell?", "how should I proceed?". */
  'whatToDo',
  /**
   * Help asked with a task ("help me with", "помогите с", "допоможіть з", "ساعدني في"): with an everyday subject, the
   * "help" is a request about the task, not the cry for help the plain danger words read.
   */
  'helpWith',
  /** A bare plea for help ("help!", "помогите", "pomocy"): with an everyday subject and no person named, the same request. */
  'plea',
  /**
   * The bot asked to book or buy travel ("can you book me a flight", "kan du bestille hotell", "забронируйте билет"):
   * a ticket and a date read as a trip soon, but a booking asked of the bot is an errand, not a person sent away.
   */
  'booking',
  /**
   * An errand with the asker's own tools or another agency's paperwork: IT support, a password to reset, logging in
   * to Teams, a NAV form or the tax return, registering absence in the school's admin system, the pay of a service's
   * staff ("average salary in barnevern"). Out of scope even beside a service's name or the asker's role ("our child
   * welfare office's Teams account", "I work at NAV: how do I send the form?"), which keep a plain everyday subject in
   * scope; only a harm, a control or a concern described keeps it (rules.json).
   */
  'errand',
  /**
   * Somewhere the asker looked for a thing and did not find it ("finner ikke noe på intranettet", "not on the
   * intranet"): the intranet is where they searched for a person or a number, not an IT errand (rules.json).
   */
  'searchedIn',
  /**
   * What the asker's own service can get ("hva kan vi få fra teamet?", "can you help us?", "що ми можемо отримати?"):
   * with a role named, a question about the help for that role (roleAsk in rules.json), answered with the services
   * that advise it and how to reach them, not "did you mean".
   */
  'forUs',
  /**
   * A subject next to the domain but outside it: another law or rule (carrying a knife in public, traffic rules), the
   * hours of Norwegian or civics tuition a participant is owed, a lesson plan or teaching material, child support or a
   * visitation agreement. Out of scope even beside a plain danger word ("kniv" in a question about the knife law) or a
   * person ("the participants"); a harm, a control, a marriage against someone's will or a concern keeps it in (rules.json).
   */
  'nearField',
  /**
   * A service's general law or procedure asked in general: the case-handling deadlines of child welfare, the law on
   * emergency placement, the visa rules an embassy applies. Out of scope even beside the service's name ("barnevernet",
   * the 'domain' word that keeps a plain near-field subject in) or the asker's role; a control, a harm, a marriage
   * against someone's will, a stay abroad, a worry or a duty (the duty to notify) keeps it in (rules.json).
   */
  'serviceLaw',
  /**
   * One's own travel or residence papers as an errand at a public office (issue #13, session 41): renewing one's own
   * passport, a visa asked for a journey, renewing a residence permit or booking the appointment for it. A holiday or a
   * journey beside it is the reason for the errand, not a person sent away, so unlike 'serviceLaw' a trip or a country
   * does not keep it in; a person at risk, papers taken or kept, a marriage, a control, a threat or a stay against
   * someone's will does (travel-papers-errand in rules.json).
   */
  'travelPapers',
  /**
   * The deadline a service has to handle a report or a case, asked in general ("how long does child welfare have to
   * look into a report of concern?"): another service's procedure. The report of concern reads as a duty and a domain
   * word, which keep 'serviceLaw' in; here only a person, a harm, a control or a journey does (case-deadline-general in
   * rules.json).
   */
  'caseDeadline',
  /**
   * A class outing or a day out in Norway (the zoo, a museum, an excursion, "klassetur"): said with a trip word and a
   * time ("the trip to the zoo next week") it is an errand about the outing, not a person sent away, unless a person,
   * a country, harm or control is said (everyday-outing in rules.json). Alone it decides nothing: a pupil kept from
   * school trips is a sign of control.
   */
  'outing',
  /**
   * An interpreter or interpreting named ("tolk", "interpreter", "переводчик"): with an errand (booking one through a
   * portal), the decline points to what the content says about using interpreters (`pointers` in rules.json).
   */
  'interpreting',
  /**
   * The bot asked to do a task on a text or a form ("kan du skrive", "can you proofread", "help me fill in", "напиши",
   * "بنویسید"): beside an everyday subject (a letter, a form, a translation) it is an errand even when the text tells
   * of a trip, a wedding or the family (errand-task in rules.json); only a need of the field in it keeps it in.
   */
  'task',
  /** The text or form a task is done on (a letter, a text, a form, an invitation): it decides nothing without a task. */
  'textObject',
  /**
   * A wish for training, a course or a talk for staff ("opplæring for de ansatte", "a speaker", "обучение сотрудников"):
   * beside a word of the domain, the training is the ask and an errand told in the story (a new case system) is not
   * (rules.json).
   */
  'staffTraining',
  /**
   * The bot asked to look up earlier cases or records of a named family or person ("can you look up earlier cases
   * about the X family?", "найдите прежние дела семьи …"): there is no case register behind the bot, and a person's
   * history is not something it may hold, so it is declined politely (case-register-lookup in rules.json); a danger,
   * a control or a worry told beside it keeps it in.
   */
  'caseLookup',
] as const;
export type ScopeConcept = (typeof SCOPE_CONCEPTS)[number];

/** What the other readers found, as the rules name it. */
export const READ_SIGNALS = [
  /** A service's title or workplace named (role-reader.ts `mentionsRole`): a professional context. */
  'role',
  /** A professional duty asked about (role-reader.ts). */
  'duty',
  /** A danger or concern rule of the situation reader fired. */
  'dangerDescribed',
  'concernDescribed',
  /** The danger words (danger-detector.ts): harm named plainly, or a topic at a time / danger in general words. */
  'dangerStrong',
  'dangerWeak',
  /**
   * A wanted wedding or journey, or a question about no one, with nothing beside it that outweighs the writer's word
   * (danger-reader.ts `wantedCalm`, PLAN_CALM in types.ts): a danger rule that fired on the wedding and its time is
   * then outweighed, so an everyday errand about it (a gift, what to wear, a hotel) may still be declined (rules.json).
   */
  'planCalm',
] as const;
export type ReadSignal = (typeof READ_SIGNALS)[number];

const SIGNALS = [...SCOPE_CONCEPTS, ...SITUATION_CONCEPTS, ...READ_SIGNALS] as const;
export type Signal = (typeof SIGNALS)[number];
const signalSchema = z.enum(SIGNALS);

export const scopeFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    /** Who checked these words: like locales/review-status.json. */
    review: wordReviewSchema,
    cues: z.partialRecord(z.enum(SCOPE_CONCEPTS), z.array(z.string().min(1)).min(1)),
    /** Phrases of the cues read only in a message of the file's language: false friends (src/language/own-language.ts). */
    ownLanguageOnly: ownLanguageOnlySchema.optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const listed = new Set(Object.values(file.cues).flat());
    for (const phrase of Object.keys(file.ownLanguageOnly?.phrases ?? {})) {
      if (!listed.has(phrase)) ctx.addIssue({ code: 'custom', message: `scope/${file.lang}.json: ownLanguageOnly lists "${phrase}", not among its cues` });
    }
  });
export type ScopeFile = z.infer<typeof scopeFileSchema>;

/** A person of a story (situation-cues.ts): an everyday subject beside one is told, not asked beside our question. */
const STORY_PEOPLE: readonly Signal[] = ['someone', 'kin', 'minor'];

/** The phrases every message reads are list 0; a language's own (its `ownLanguageOnly`) list 1 + its place in LANGUAGES. */
const EVERYWHERE = 0;
function ownList(lang: Lang): number {
  return 1 + LANGUAGES.indexOf(lang);
}

const ruleSchema = z
  .object({
    id: z.string().min(1),
    /** Why the rule is there, for the people who edit it (the situation rules carry theirs the same way). */
    $comment: z.string().optional(),
    /** Every signal must be present… */
    all: z.array(signalSchema).min(1),
    /** …and at least one of these, when given… */
    any: z.array(signalSchema).default([]),
    /** …and none of these. */
    unless: z.array(signalSchema).default([]),
    /**
     * …and none of these pairs: a signal that keeps the message in only beside another ('harmDenied' with a control,
     * a threat, a marriage or the family of a case: "no violence, but her brother follows her everywhere"), where alone
     * it says nothing of the domain ("my son argues about gaming, he's not violent").
     */
    unlessBeside: z.array(z.object({ signal: signalSchema, beside: z.array(signalSchema).min(1) }).strict()).default([]),
  })
  .strict();

export const scopeRulesSchema = z
  .object({
    $comment: z.string().optional(),
    /** The message's subject is an everyday matter and nothing in it touches the domain: the polite "outside what I know". */
    outOfScope: z.array(ruleSchema).min(1),
    /** A "what do I do?" about a case: the advice for the asker's role, with the emergency line on top, not "I can't answer". */
    caseAsk: z.array(ruleSchema).min(1),
    /** What a professional's own service can get, asked with nothing else read surely: the advice for their role, with no emergency line (no case is described). */
    roleAsk: z.array(ruleSchema).default([]),
    /**
     * An everyday matter outside the domain that an article still speaks to (booking an interpreter: the article on
     * using interpreters): the decline offers that article, the first rule's that fires.
     */
    pointers: z.array(ruleSchema.extend({ article: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type ScopeRules = z.infer<typeof scopeRulesSchema>;

export interface ScopeReading {
  /** The out-of-scope rules that fired. */
  readonly outOfScope: readonly string[];
  /** The case-ask rules that fired. */
  readonly caseAsk: readonly string[];
  /** The role-ask rules that fired. */
  readonly roleAsk: readonly string[];
  /** The articles a decline may offer (the pointer rules that fired), in the rules' order. */
  readonly pointTo: readonly string[];
  /**
   * An everyday subject ('unrelated': the weather, homework, a fine, a recipe) named beside what keeps the message in
   * scope, so no out-of-scope rule fired: the in-scope part is answered, with one line that the other is not ours.
   */
  readonly aside?: boolean;
}

export interface ScopeReader {
  /** `known`: what the other readers found in the same message. */
  /** `lng`: the turn's language, whose own words (ownLanguageOnly) are read; with none known, every language's are. */
  read(text: string, known: ReadonlySet<string>, lng?: Lang): ScopeReading;
}

/** The scope files' phrases compiled, in order (by `compile`, by default each distinct word folded once: see partsCompiler). */
export function scopeBook(files: readonly ScopeFile[], compile: PhraseCompiler = partsCompiler()): PhraseBook {
  const phrases: SourcePhrase[] = [];
  for (const file of files) {
    for (const [concept, list] of Object.entries(file.cues) as Array<[ScopeConcept, string[]]>) {
      const own = file.ownLanguageOnly?.phrases ?? {};
      for (const phrase of list) phrases.push({ list: phrase in own ? ownList(file.lang) : EVERYWHERE, value: SCOPE_CONCEPTS.indexOf(concept), phrase, label: concept });
    }
  }
  return compileBook(phrases, compile);
}

/** `compile`: how the phrases become parts. */
export function createScopeReader(files: readonly ScopeFile[], rules: ScopeRules, compile?: PhraseCompiler): ScopeReader {
  return scopeReaderFromBook(scopeBook(files, compile), rules);
}

/** The reader of a book of scope phrases (compiled here, or read from the build's file: compiled-phrases.ts). */
function scopeReaderFromBook(book: PhraseBook, rules: ScopeRules): ScopeReader {
  const index = new PhraseIndex<ScopeConcept>(book, EVERYWHERE, SCOPE_CONCEPTS);
  const ownIndexes = LANGUAGES.map((lang) => (book.phrasesOf(ownList(lang)).length > 0 ? new PhraseIndex<ScopeConcept>(book, ownList(lang), SCOPE_CONCEPTS) : undefined));
  const fires = (r: ScopeRules['outOfScope'][number], has: (s: Signal) => boolean) =>
    r.all.every(has) && (r.any.length === 0 || r.any.some(has)) && !r.unless.some(has) && !r.unlessBeside.some((p) => has(p.signal) && p.beside.some(has));
  const fired = (list: ScopeRules['outOfScope'], has: (s: Signal) => boolean) => list.filter((r) => fires(r, has)).map((r) => r.id);
  /** The outOfScope rules whose every concept comes from the other readers: they may fire without a scope word. */
  const readersOnly = rules.outOfScope.filter((r) => r.all.length > 0 && r.all.every((s) => !(SCOPE_CONCEPTS as readonly string[]).includes(s)));
  return {
    read(text, known, lng) {
      const own = new Set<ScopeConcept>();
      const tokens = tokenize(fold(text));
      for (const m of index.matches(tokens)) own.add(m.value);
      for (const ownIndex of lng === undefined ? ownIndexes : ownLanguagesOf(lng).map((l) => ownIndexes[LANGUAGES.indexOf(l)])) {
        if (ownIndex) for (const m of ownIndex.matches(tokens)) own.add(m.value);
      }
      const has = (s: Signal) => own.has(s as ScopeConcept) || known.has(s);
      // Most messages name no everyday subject and ask no "what do I do": only the rules made of what the other readers
      // found (a religious school sought, in the situation words) are weighed then.
      if (own.size === 0) return { outOfScope: fired(readersOnly, has), caseAsk: [], roleAsk: [], pointTo: [] };
      const outOfScope = fired(rules.outOfScope, has);
      return {
        outOfScope,
        caseAsk: fired(rules.caseAsk, has),
        roleAsk: fired(rules.roleAsk, has),
        pointTo: rules.pointers.filter((r) => fires(r, has)).map((r) => r.article),
        // A subject told in a story about a person ("she wants to go to the cinema with friends") is part of the story, not an errand asked.
        ...(outOfScope.length === 0 && own.has('unrelated') && !STORY_PEOPLE.some(has) ? { aside: true } : {}),
      };
    },
  };
}

/** Reads and checks the cue files of `dir` (one per language) and compiles their phrases: the build, and a start without the build's file. */
export function compileScopePhrases(dir: string, compile: PhraseCompiler = partsCompiler()): PhraseBook {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .sort()
    .map((f) => readDataFile(path.join(dir, f), scopeFileSchema));
  return scopeBook(files, compile);
}

/**
 * Reads content/understanding/scope/: one cue file per language and the shared rules; a broken file names itself. The
 * phrases are compiled by `compile` when it is given; otherwise they are the build's compiled phrases when those were
 * made from these files (the cue files are then not read again: the build read and checked them), else the cue files
 * are read and compiled here.
 */
export function loadScopeReader(dir: string = contentPath('understanding', 'scope'), compile?: PhraseCompiler): ScopeReader {
  const rules = readDataFile(path.join(dir, 'rules.json'), scopeRulesSchema);
  const built = compile ? undefined : readCompiledPhrases(compiledPhrasesFile('scope'), 'scope', dir).book;
  return scopeReaderFromBook(built ?? compileScopePhrases(dir, compile), rules);
}
