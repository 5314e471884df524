import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema, type Lang } from '../language/languages';
import { ENVOY_IDS } from '../contacts/service-ids';
import { normalize, tokenize } from '../language/text';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';
import { LazyLanguageMap } from '../language/lazy-language-map';

/**
 * The words that mark a short follow-up, per language (content/understanding/follow-up/<lng>.json), so a
 * native-speaker reviewer edits them without touching code:
 * - `lead`: phrases a follow-up starts with ("og", "og i", "hva med", "and", "what about", "а", "peki");
 * - `filler`: single words that carry no subject of their own ("i", "for", "then", "году");
 * - `they`: words for "they/them/their", pointing back at the service last answered about;
 * - `pushback`: phrases a doubting reply starts with ("er du sikker", "are you sure", "stemmer det");
 * - `opener`: words that may come before all that and say nothing ("ok", "takk", "hm");
 * - `detail`: words asking for a contact's details ("nummeret", "åpent", "e-post", "chat"), pointing back at the
 *   service last shown;
 * - `afterHours`: words asking what to do when the service last shown is closed or it is urgent ("stengt",
 *   "akutt", "after hours"): the numbers open now (the emergency card) answer that;
 * - `historyAsked`: words asking a service's history ("historikken", "историю"): after a figure, a service named by
 *   its old name asks that service's figure, unless one of these asks its history;
 * - `suffix`: endings glued to a name that mean "and"/"what about" (Somali "-na", Tigrinya "ኸ");
 * - `prefix`: letters glued before a name that mean "and", "for", "to" (Arabic "و", "ل"): "لمستشاري التنوع" names the
 *   advisers once the "ل" is left off;
 * - `difference`: phrases, anywhere in a short message, that ask arithmetic on the last figures shown ("økning",
 *   "what's the difference", "more than", "roughly the same", "compare"): both figures and what lies between them;
 * - `doubt`: phrases, anywhere in a message, that doubt the last answer without opening with it ("which is right?",
 *   "kva er rett"); `pushback` phrases only count at the start;
 * - `tagDoubt`: tag questions after the thing doubted, anywhere ("Ankara değil mi?", isn't it Ankara?): a doubt of the
 *   last answer when the message names no country or names the one answered ("İran da Ankara'nın değil mi?" after
 *   Ankara's countries asks about Iran);
 * - `approximately`: single words that make a number said "about" ("rundt", "ca", "roughly");
 * - `percent`: single words that make a number a percentage ("prosent", "percent");
 * - `yearAfter`, `yearBefore`: phrases for the year after or before the one last shown ("året etter", "a year
 *   later", "rok później"), not relative to today;
 * - `always`: words asking whether something was always so or before ("was Iran always under Amman?", "а раньше?"):
 *   after a country's envoy, the post that covered it in 2008 when that was another one.
 * - `earlier`: phrases for the one before the thing last shown ("og den før?", "and the previous one?", "kii ka
 *   horreeyay?"): after the article about the action plans, the plan before the current one, which that article names;
 * - `now`: phrases for "now", "today", "currently" ("og nå?", "and today?", "а сейчас?"): after a figure for a past
 *   year, the same figure as it stands now (the latest published);
 * - `howMany`: phrases, anywhere, that ask a count without the statistics words' "how many" ("antall", "عددهم",
 *   "تعداد", "sayıları", "liczba"): never a word for a phone number;
 * - `being`: single words that say no more than "they are / there are / work there" ("er", "هستند", "są", "እዮም"),
 *   beside a count of people ("چند نفر هستند؟", "kaç kişiler?"): with nothing else, the people of a service are counted;
 * - `coverage`: phrases asking what a post is responsible for ("hvilke land", "which countries", "hangi ülkelerden",
 *   "за какие страны"): after an envoy answer, what that post covers, every level;
 * - `why`: phrases asking why ("hvorfor", "why", "почему"): after a figure, the reason for its change, which no
 *   source gives (the answer says so, with the figures the change lies between);
 * - `change`: phrases naming a change of a figure ("gikk opp", "dropped", "выросло"): a "why" after one figure asks
 *   the reason for a change only with one of them ("hvorfor er det forskjell på tallene?" asks about the sources);
 * - `posts`: how the envoy posts' cities are written in the language ("أنقرة", "Анкаре", "کولمبو"), by the post's id,
 *   or, for the posts that have closed since 2008, by the city ("colombo", "rabat"): a doubt naming a post is answered
 *   with what that post covers, and a closed post with the history of the scheme;
 * - `there`: phrases, anywhere, that point back at the country of the case ("dit", "from there", "там", "halkaas",
 *   "orada"): after a case in a country, "and if she is already there?" asks who helps a person abroad;
 * - `present`: phrases saying the person of the case is somewhere ("she is", "hun er", "jirto", "taysa", "كانت", "она
 *   уже"): with "now" or "already", a country or `there`, after a question about people held abroad in general ("and if
 *   she is in Ethiopia now?"), the question is about a particular person abroad now, a case (issue #13);
 * - `movedOn`: phrases saying the person of the case is taken or moved on to another place ("and if they move her to
 *   Syria?", "hvis de flytter henne til", "وإذا نقلوها"): after a question about a person held abroad, the same person,
 *   still held, with no "now" needed (issue #13, abroad26);
 * - `none`: phrases, anywhere, saying there is none ("hvis vi ikke har noen", "if there isn't one", "yoksa"): after the
 *   diversity advisers, the services for a school without one;
 * - `total`: phrases, anywhere, asking the whole of a figure ("og totalt?", "and overall?", "а всего?", "toplam"):
 *   after a part of a figure (a case type, a split), the figure for all cases in the same years.
 * - `placement`: phrases, anywhere, asking where a service's people work or at which kinds of school or centre ("hvor
 *   jobber de", "ungdomsskole", "adult education", "де вони працюють"): after an answer about the diversity advisers or
 *   the envoys, the article that says where they are.
 * - `only`: words that narrow ("bare", "kun", "berre", "only", "just", "tylko"): beside a kind of school in a
 *   placement phrase ("do they only work in upper-secondary schools?"), whether they are only there, not a count of
 *   schools (issue #13, follow37).
 * - `period`: phrases asking which years or period something runs for ("hvilke år gjelder den", "what period does it
 *   cover", "kva år gjeld han for"): after an article (an action plan), that article again, which gives its years;
 * - `channels`: phrases asking where something was shown or published ("on which platforms?", "på hvilke plattformer?"):
 *   after a figure (a campaign's views), that figure again, whose note names the platforms (issue #13, dev128);
 * - `split`: phrases asking how a figure is split without saying by what ("hvordan fordelte de seg", "break it down"):
 *   after a count of cases, its split by case type;
 * - `self`: words for oneself ("myself", "herself", "selv", "خودم", "сама"): after the card of a service people over 18
 *   may contact themselves (Kompetanseteamet), whether the person may call it herself, answered by the age said;
 * - `share`: phrases, anywhere, asking a share, part or percentage, or what came through someone ("andel", "how big a
 *   part", "سهم", "payı", "через"): after a figure, with an organisation the figure is split by named
 *   (content/stats/share-parts.json), that organisation's part of the same figure (issue #13, left33);
 * - `phone`: phrases, anywhere, asking a phone number or to call ("nummer", "ringe", "number", "call", "رقم", "wac"):
 *   after the card of a site with no phone (Nora, ung.no), the lines one can call (issue #13, follow34);
 * - `local`, `national`: adjectives, anywhere, that name one part of a figure split into local and national ("og de
 *   lokale?", "how many national ones?", "والمحلية؟"): after a grant's figure, that part of the projects it counts
 *   (the split the grant publishes), not "did you mean" (issue #13, follow42);
 */
const wordSchema = z.string().regex(/^\S+$/u, 'one word, no spaces');
/** The posts of 2008 that have closed since (content/contacts/envoys.json, closedPosts): history, never current. */
export const CLOSED_POSTS = ['colombo', 'rabat'] as const;
const postSchema = z.enum([...ENVOY_IDS, ...CLOSED_POSTS]);
export type Post = z.infer<typeof postSchema>;
export const followUpWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    lead: z.array(z.string().min(1)).min(1),
    filler: z.array(wordSchema),
    they: z.array(wordSchema).min(1),
    pushback: z.array(z.string().min(1)).min(1),
    opener: z.array(wordSchema).optional(),
    detail: z.array(wordSchema).optional(),
    suffix: z.array(wordSchema).optional(),
    prefix: z.array(wordSchema).optional(),
    afterHours: z.array(z.string().min(1)).optional(),
    callWhen: z.array(z.string().min(1)).optional(),
    difference: z.array(z.string().min(1)).optional(),
    sameList: z.array(z.string().min(1)).optional(),
    sameTime: z.array(z.string().min(1)).optional(),
    doubt: z.array(z.string().min(1)).optional(),
    tagDoubt: z.array(z.string().min(1)).optional(),
    approximately: z.array(wordSchema).optional(),
    percent: z.array(wordSchema).optional(),
    yearAfter: z.array(z.string().min(1)).optional(),
    yearBefore: z.array(z.string().min(1)).optional(),
    now: z.array(z.string().min(1)).optional(),
    howMany: z.array(z.string().min(1)).optional(),
    being: z.array(wordSchema).optional(),
    coverage: z.array(z.string().min(1)).optional(),
    why: z.array(z.string().min(1)).optional(),
    historyAsked: z.array(z.string().min(1)).optional(),
    change: z.array(z.string().min(1)).optional(),
    posts: z.partialRecord(postSchema, z.array(z.string().min(1)).min(1)).optional(),
    there: z.array(z.string().min(1)).optional(),
    present: z.array(z.string().min(1)).optional(),
    movedOn: z.array(z.string().min(1)).optional(),
    none: z.array(z.string().min(1)).optional(),
    total: z.array(z.string().min(1)).optional(),
    placement: z.array(z.string().min(1)).optional(),
    only: z.array(z.string().min(1)).optional(),
    period: z.array(z.string().min(1)).optional(),
    channels: z.array(z.string().min(1)).optional(),
    earlier: z.array(z.string().min(1)).optional(),
    always: z.array(z.string().min(1)).optional(),
    split: z.array(z.string().min(1)).optional(),
    self: z.array(z.string().min(1)).optional(),
    share: z.array(z.string().min(1)).optional(),
    phone: z.array(z.string().min(1)).optional(),
    local: z.array(z.string().min(1)).optional(),
    national: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type FollowUpWordsFile = z.infer<typeof followUpWordsFileSchema>;

/** One language's words, prepared like a message (`normalize`, then `tokenize`). */
export interface FollowUpWords {
  /** Token sequences, longest first, so "og i" is taken before "og". */
  readonly lead: readonly (readonly string[])[];
  readonly pushback: readonly (readonly string[])[];
  readonly filler: ReadonlySet<string>;
  readonly they: ReadonlySet<string>;
  readonly opener: ReadonlySet<string>;
  readonly detail: ReadonlySet<string>;
  /** Token sequences (one or more words). */
  readonly afterHours: readonly (readonly string[])[];
  /** "når kan jeg ringe", "what time can I call": when to call the service last shown, its hours (token sequences). */
  readonly callWhen: readonly (readonly string[])[];
  /** Endings as they are written after normalising, longest first. */
  readonly suffix: readonly string[];
  /** Letters glued before a word, as written after normalising, longest first. */
  readonly prefix: readonly string[];
  /** Token sequences, matched anywhere. */
  readonly difference: readonly (readonly string[])[];
  /** "is it the same list for the envoys?", "how does it differ from …": a split compared with another service's (token sequences, anywhere). */
  readonly sameList: readonly (readonly string[])[];
  /** "the same year", "same period": a "same" about the time shown, so no split compared (token sequences, anywhere). */
  readonly sameTime: readonly (readonly string[])[];
  /** Token sequences, matched anywhere. */
  readonly doubt: readonly (readonly string[])[];
  /** Token sequences, matched anywhere; a doubt only beside no country, or beside the one answered. */
  readonly tagDoubt: readonly (readonly string[])[];
  readonly approximately: ReadonlySet<string>;
  readonly percent: ReadonlySet<string>;
  /** Token sequences, matched anywhere. */
  readonly yearAfter: readonly (readonly string[])[];
  readonly yearBefore: readonly (readonly string[])[];
  /** Token sequences, matched anywhere. */
  readonly now: readonly (readonly string[])[];
  /** Token sequences, matched anywhere. */
  readonly howMany: readonly (readonly string[])[];
  readonly being: ReadonlySet<string>;
  /** Phrases asking what a post covers ("which countries", "responsible for"). */
  readonly coverage: readonly (readonly string[])[];
  /** Phrases asking why ("hvorfor", "why", "почему"), matched anywhere. */
  readonly why: readonly (readonly string[])[];
  /** "the history", "историю": a service's history asked by name, not the figure of a service named after a figure. */
  readonly historyAsked: readonly (readonly string[])[];
  /** Phrases naming a change of a figure ("gikk opp", "dropped", "выросло"), not a difference between sources; matched anywhere. */
  readonly change: readonly (readonly string[])[];
  /** Each post's names as token sequences, longest first. */
  readonly posts: readonly { readonly post: Post; readonly phrase: readonly string[] }[];
  /** Token sequences, matched anywhere: the country of the case pointed back at. */
  readonly there: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the person of the case said to be somewhere ("she is", "hun er", "ay … jirto"). */
  readonly present: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the person of the case taken or moved on elsewhere ("if they move her to", "نقلوها"). */
  readonly movedOn: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: there is none (no adviser at the school). */
  readonly none: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the whole of a figure asked after a part of it. */
  readonly total: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: where a service's people work, or a kind of school or centre. */
  readonly placement: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: a narrowing "only" ("bare", "just", "tylko") beside a kind of school asked. */
  readonly only: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: which years or period something runs for ("kva år gjeld han for"). */
  readonly period: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: where something was shown or published ("on which platforms?"). */
  readonly channels: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the one before the thing last shown ("and the one before?", "den forrige"). */
  readonly earlier: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: "always", "before", "used to" (was it always that post?). */
  readonly always: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: how a figure is split, without saying by what ("hvordan fordelte de seg?"). */
  readonly split: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: oneself ("myself", "on her own"), of a person who may call a service herself. */
  readonly self: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: a share, part or percentage asked, or what came through someone. */
  readonly share: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: a phone number asked, or to call. */
  readonly phone: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the local part of a figure split into local and national. */
  readonly local: readonly (readonly string[])[];
  /** Token sequences, matched anywhere: the national part of a figure split into local and national. */
  readonly national: readonly (readonly string[])[];
}

const phrase = (text: string): string[] => tokenize(normalize(text));
const longestFirst = (phrases: readonly string[]) => phrases.map(phrase).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);

export function compileFollowUpWords(file: FollowUpWordsFile): FollowUpWords {
  return {
    lead: longestFirst(file.lead),
    pushback: longestFirst(file.pushback),
    filler: new Set(file.filler.flatMap(phrase)),
    they: new Set(file.they.flatMap(phrase)),
    opener: new Set((file.opener ?? []).flatMap(phrase)),
    detail: new Set((file.detail ?? []).flatMap(phrase)),
    afterHours: longestFirst(file.afterHours ?? []),
    callWhen: longestFirst(file.callWhen ?? []),
    suffix: (file.suffix ?? []).map((w) => phrase(w).join('')).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    prefix: (file.prefix ?? []).map((w) => phrase(w).join('')).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    difference: longestFirst(file.difference ?? []),
    sameList: longestFirst(file.sameList ?? []),
    sameTime: longestFirst(file.sameTime ?? []),
    doubt: longestFirst(file.doubt ?? []),
    tagDoubt: longestFirst(file.tagDoubt ?? []),
    approximately: new Set((file.approximately ?? []).flatMap(phrase)),
    percent: new Set((file.percent ?? []).flatMap(phrase)),
    yearAfter: longestFirst(file.yearAfter ?? []),
    yearBefore: longestFirst(file.yearBefore ?? []),
    now: longestFirst(file.now ?? []),
    howMany: longestFirst(file.howMany ?? []),
    being: new Set((file.being ?? []).flatMap(phrase)),
    coverage: longestFirst(file.coverage ?? []),
    why: longestFirst(file.why ?? []),
    historyAsked: longestFirst(file.historyAsked ?? []),
    change: longestFirst(file.change ?? []),
    posts: Object.entries(file.posts ?? {})
      .flatMap(([post, names]) => names.map((name) => ({ post: postSchema.parse(post), phrase: phrase(name) })))
      .filter((p) => p.phrase.length > 0)
      .sort((a, b) => b.phrase.length - a.phrase.length),
    there: longestFirst(file.there ?? []),
    present: longestFirst(file.present ?? []),
    movedOn: longestFirst(file.movedOn ?? []),
    none: longestFirst(file.none ?? []),
    total: longestFirst(file.total ?? []),
    placement: longestFirst(file.placement ?? []),
    only: longestFirst(file.only ?? []),
    period: longestFirst(file.period ?? []),
    channels: longestFirst(file.channels ?? []),
    earlier: longestFirst(file.earlier ?? []),
    always: longestFirst(file.always ?? []),
    split: longestFirst(file.split ?? []),
    self: longestFirst(file.self ?? []),
    share: longestFirst(file.share ?? []),
    phone: longestFirst(file.phone ?? []),
    local: longestFirst(file.local ?? []),
    national: longestFirst(file.national ?? []),
  };
}

/** Reads every language's file; a broken file names itself. Each language's words are compiled when first asked for. */
export function loadFollowUpWords(dir: string = contentPath('understanding', 'follow-up')): ReadonlyMap<Lang, FollowUpWords> {
  const out: Array<[Lang, { file: string; compile: () => FollowUpWords }]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = readDataFile(path.join(dir, file), followUpWordsFileSchema);
    out.push([data.lang, { file: path.join(dir, file), compile: () => compileFollowUpWords(data) }]);
  }
  // Compiled per language on first use (a message reads its own language's words).
  return new LazyLanguageMap(out);
}
