import SearchableMap from 'minisearch/SearchableMap';
import { LANGUAGES, type Lang } from '../language/languages';
import { canonicalRewrites, canonicalWords, canonicalWordsAt, canonicalWordsOfLoneToken, canonicalWordsOfSplit, familyOf, foldAscii, splitAtScripts, TEXT_FAMILIES, type TextFamily } from '../language/spelling';
import { BoundedMemo } from '../language/bounded-memo';
import { normalize, stem, tokenize } from '../language/text';
import { TypoSearch, typoLayout, type TypoLayout } from './typo-search';
import { indirectQuestionWords } from './question-words';
import { asksInAnyLanguage } from '../understanding/asking-sentence';

/** What the index needs from an article: its id, title and the ways people ask about it. */
export interface IndexableArticle {
  readonly id: string;
  readonly title: Partial<Record<Lang, string>>;
  readonly phrasings: Partial<Record<Lang, readonly string[]>>;
  /** The article's own text (short answer, steps): widens its vocabulary, at a discount, but is never a phrasing. */
  readonly body?: Partial<Record<Lang, readonly string[]>>;
}

/** Extra phrasings kept beside the articles (content/knowledge/extra-phrasings.json): article id → language → phrasings. */
export type ExtraPhrasings = Readonly<Record<string, Partial<Record<Lang, readonly string[]>>>>;

/** How well one article matches a question. `similarity` is 0..1 (weighted soft Dice between question and best phrasing), plus a small title bonus. */
export interface ArticleMatch {
  readonly articleId: string;
  readonly similarity: number;
  /** Share of the question's weight that the best phrasing explains. */
  readonly coverage: number;
  /** Share of the best phrasing's weight that the question mentions. */
  readonly precision: number;
}

/** Which stemmer a family uses: Norwegian for bokmål and nynorsk, each other language its own. */
function stemLang(family: TextFamily): Lang {
  return family === 'no' ? 'nb' : family;
}

/**
 * Index terms for a text: canonical words (spelling, synonyms, stop words), stemmed, folded to ASCII.
 * The same function prepares phrasings and questions, so both meet on the same terms.
 */
export function indexTerms(text: string, family: TextFamily, known?: TermMemo): string[] {
  return termsOfTokens(tokenize(withAssignmentNumbers(normalize(text))), family, known);
}

/**
 * Allocation-letter assignment numbers ("2024-09", "2021-17") are the one number that names a topic: kept as one
 * term ("nr2024x09") instead of two bare numbers, which the index leaves out.
 */
function withAssignmentNumbers(normalized: string): string {
  return normalized.replace(/(?<!\d)((?:19|20)\d\d)-(\d\d)(?!\d)/gu, 'nr$1x$2');
}

/** `indexTerms` for text already normalised and tokenised (a question is tokenised once for every family). */
/** Index terms of words already met (`BoundedMemo`'s shape). */
interface TermMemo {
  get(word: string, compute: (word: string) => string): string;
}

/** An unbounded memo for one build: dropped with the builder once the index is built. */
function buildMemo(): TermMemo {
  const terms = new Map<string, string>();
  return {
    get(word, compute) {
      let term = terms.get(word);
      if (term === undefined) terms.set(word, (term = compute(word)));
      return term;
    },
  };
}

function termsOfTokens(tokens: readonly string[], family: TextFamily, known?: TermMemo): string[] {
  const lng = stemLang(family);
  return questionWords(tokens, family).map((word) => (known ? known.get(word, (w) => termOf(w, lng)) : termOf(word, lng)));
}

/** The words of tokens that make index terms: canonical words, less bare numbers (years, ages, paragraph numbers say little about the topic). */
function questionWords(tokens: readonly string[], family: TextFamily): string[] {
  return withoutNumbers(canonicalWords(tokens, family));
}

function withoutNumbers(words: string[]): string[] {
  return words.filter((word) => !/^\d+$/.test(word));
}

/** A canonical word's index term. */
function termOf(word: string, lng: Lang): string {
  return foldAscii(stem(word, lng));
}

/** Writing systems as bits: a term's (`scriptOf`) and every letter's of a message (`scriptsOfTokens`). */
const LATIN = 1;
const CYRILLIC = 2;
const ARABIC = 4;
const ETHIOPIC = 8;
const OTHER_SCRIPT = 16;
const SCRIPT_BITS = [LATIN, CYRILLIC, ARABIC, ETHIOPIC, OTHER_SCRIPT] as const;

/** The writing system of one UTF-16 unit or code point (below U+0250, digits and ASCII signs too, counts as Latin). */
function scriptOfUnit(unit: number): number {
  if (unit < 0x250) return LATIN;
  if (unit >= 0x400 && unit < 0x530) return CYRILLIC;
  if ((unit >= 0x600 && unit < 0x780) || (unit >= 0xfb50 && unit < 0xff00)) return ARABIC;
  if (unit >= 0x1200 && unit < 0x13a0) return ETHIOPIC;
  return OTHER_SCRIPT;
}

/**
 * The writing system of an index term, by its first letter: a term can only ever match terms of the same script.
 * (A letter beyond U+FFFF is "other" as a code point and as its first UTF-16 unit alike.)
 */
export function scriptOf(term: string): number {
  return scriptOfUnit(term.codePointAt(0) ?? 0);
}

/** Every writing system any letter of `text` is in (spaces left out: a phrase's words are written with them). */
export function scriptsOfText(text: string): number {
  let scripts = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0x20) scripts |= scriptOfUnit(text.charCodeAt(i));
  return scripts;
}

function scriptsOfTokens(tokens: readonly string[], scripts = 0): number {
  for (const token of tokens) scripts |= scriptsOfText(token);
  return scripts;
}

/**
 * The writing systems a stemmer may write that its word's letters are not in. The Arabic Snowball stemmer writes
 * Arabic-Indic digits as ASCII ones (Latin by `scriptOf`) and drops the tatweel and the vowel marks, so a word of them
 * alone becomes an empty term (Latin by `scriptOf` too); it changes nothing else outside Arabic letters (its other
 * steps take Arabic prefixes and suffixes away). The other stemmers only take a word's own-script endings away, and
 * `foldAscii` writes a Latin letter as a Latin one, a Cyrillic as a Cyrillic.
 */
const STEMMER_WRITES: Partial<Record<TextFamily, readonly (readonly [from: number, writes: number])[]>> = { ar: [[ARABIC, LATIN]] };

/**
 * The writing systems of a message's letters from which a family's terms can be in `scripts` (the family's
 * vocabulary's): each script with what the family's rewrites (`canonicalRewrites`: a phrase of one script read as a
 * word of another, "حمایه الطفل" → "barnevernet") and its stemmer may turn it into, followed to the end.
 */
export function readableFrom(family: TextFamily, scripts: number): number {
  const steps = [...canonicalRewrites(family).map(([from, to]) => [scriptsOfText(from), scriptsOfText(to)] as const), ...(STEMMER_WRITES[family] ?? [])];
  let readable = 0;
  for (const script of SCRIPT_BITS) {
    let reach = script;
    for (let grown = true; grown; ) {
      grown = false;
      for (const [from, to] of steps) {
        if ((from & reach) !== 0 && (to & ~reach) !== 0) {
          reach |= to;
          grown = true;
        }
      }
    }
    if ((reach & scripts) !== 0) readable |= script;
  }
  return readable;
}

/** Question words whose reading each family keeps (a few hundred KB at most). */
const RECENT_WORDS = 5000;
/** The distinct terms a family index keeps marks for before it empties them (a message has a few hundred at most). */
const MOST_TERMS_MET = 20_000;

/** How a question term was found in the vocabulary: exact beats prefix beats typo. */
const QUALITY = { exact: 1, prefix: 0.9, stemOfQuery: 0.85, typo1: 0.8, compound: 0.75, typo2: 0.6 } as const;

export interface IndexScoring {
  /** Weight of a question word the index has never seen, as a share of the rarest word's weight: it is evidence the question is about something else. */
  readonly unknownWeightShare: number;
  /** How much the article-level reading counts against the best single phrasing. */
  readonly articleShare: number;
  /** A question word found only in the article's body text counts this much of a phrasing match. */
  readonly bodyDiscount: number;
  /**
   * Added to the similarity in proportion to how much of the question the article's title names: between two articles
   * that match equally ("tvangsekteskap tegn"), the one whose title is the question's subject is the better answer.
   */
  readonly titleBonus: number;
  /** The story around a question weighs at most this many times the question sentence (see `questionParts`). */
  readonly storyShare: number;
  /** …and never less than this share of its own weight: the story still tells which topic the question is about. */
  readonly storyFloor: number;
}

/** Tuned with `npm run eval` on test/eval/guidance.json and test/eval/understanding-general.json. */
export const DEFAULT_SCORING: IndexScoring = { unknownWeightShare: 0.7, articleShare: 0.7, bodyDiscount: 0.8, titleBonus: 0.1, storyShare: 0.5, storyFloor: 0.15 };

/**
 * A message split into what it asks and the story around it. `focus` is the question: the sentences that end in a
 * question mark, else the last sentence; in a single sentence, what follows a question word after an introduction.
 * `story` is everything else.
 */
export interface QuestionParts {
  readonly focus: readonly string[];
  readonly story: readonly string[];
}

/** Sentence ends: . ! ? and their Arabic, Urdu and Ethiopic forms, or a line break. */
const SENTENCE_END = /(?<=[.!?؟።۔፧])\s+|\n+/u;
const QUESTION_MARK = /[?؟፧]/u;

/** The question words that open an indirect question, read with the module like the other word files (question-words.ts). */
const QUESTION_WORDS = indirectQuestionWords();
/** Words of introduction before an indirect question that make it a story worth discounting. */
const MIN_INTRODUCTION = 4;

/**
 * One sentence: what follows a question word after a few words of introduction is the focus, the introduction the story
 * ("jeg jobber som helsesykepleier og lurer på hva tvangsekteskap er", "I'm a teacher and wonder what the signs are").
 * The question words are data: content/understanding/question-words/<lng>.json (question-words.ts).
 */
function oneSentence(tokens: readonly string[], words: ReadonlySet<string>): QuestionParts {
  // A sentence that itself opens with a question ("hva het planen …, og hva heter den nye?") is all question.
  const at = tokens.findIndex((t) => words.has(t));
  return at >= MIN_INTRODUCTION ? { focus: tokens.slice(at), story: tokens.slice(0, at) } : { focus: tokens, story: [] };
}

/** `openers`: the question words that open an indirect question (the shipped ones but in a test). */
export function questionParts(normalized: string, openers: ReadonlySet<string> = QUESTION_WORDS): QuestionParts {
  const sentences = normalized
    .split(SENTENCE_END)
    .map((text) => ({ tokens: tokenize(text), asks: QUESTION_MARK.test(text) }))
    .filter((s) => s.tokens.length > 0);
  if (sentences.length < 2) return oneSentence(sentences[0]?.tokens ?? [], openers);
  const anyAsked = sentences.some((s) => s.asks);
  // With no question mark, the last sentence that asks in words ("rektor spør kva planen heiter … . eg har ikkje lese han
  // enno"): asking-sentence.ts's words, else the last sentence.
  const askedInWords = anyAsked ? -1 : lastIndexWhere(sentences, (s) => asksInAnyLanguage(s.tokens));
  const focusAt = askedInWords >= 0 ? askedInWords : sentences.length - 1;
  const isFocus = (i: number) => (anyAsked ? sentences[i]?.asks === true : i === focusAt);
  return {
    focus: sentences.filter((_, i) => isFocus(i)).flatMap((s) => s.tokens),
    story: sentences.filter((_, i) => !isFocus(i)).flatMap((s) => s.tokens),
  };
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** Best first; the sort is stable, so equal scores keep the order they were met in. */
function bySimilarity(a: ArticleMatch, b: ArticleMatch): number {
  return b.similarity - a.similarity;
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/** The texts one family indexes, in index order: titles and phrasings (`entries`), and the articles' own text (`bodies`). */
export interface FamilyTexts {
  readonly entries: readonly { readonly articleId: string; readonly text: string; readonly title?: boolean }[];
  readonly bodies: readonly { readonly articleId: string; readonly text: string }[];
}

/** The same texts as index terms: a phrasing's distinct terms in order of first occurrence, a body's terms in order. */
export interface FamilyTerms {
  readonly entries: readonly { readonly articleId: string; readonly terms: readonly string[]; readonly title?: boolean }[];
  readonly bodies: readonly { readonly articleId: string; readonly terms: readonly string[] }[];
  /** Every term once, in `vocabularyOf`'s order, when known (the build writes it): else the index finds it. */
  readonly vocabulary?: readonly string[];
}

/**
 * A family's vocabulary (titles, phrasings, body text) in the order minisearch's radix tree (`SearchableMap`) walks
 * it, the tree built from the terms in order of first occurrence: the order the index has always met prefix and typo
 * candidates in, which decides which of two equally good candidates weighs a term and in what order the weights are
 * summed. A prefix's words are the words of this list that start with it, in this order (the tree's subtree under the
 * prefix). The tree itself is dropped once the order is known; the build writes the order (index-terms-file.ts).
 */
export function vocabularyOf({ entries, bodies }: FamilyTerms): string[] {
  const tree = new SearchableMap<true>();
  for (const { terms } of [...entries, ...bodies]) for (const term of terms) tree.set(term, true);
  return [...tree.keys()];
}

export type IndexTermsByFamily = ReadonlyMap<TextFamily, FamilyTerms>;
/** Every family's index laid out (`familyLayout`), as the build writes them. */
export type IndexLayouts = ReadonlyMap<TextFamily, FamilyLayout>;

/** Every family's texts, in the order the index takes them (article by article; titles, phrasings, extra phrasings). */
export function indexTexts(articles: readonly IndexableArticle[], extra: ExtraPhrasings = {}): ReadonlyMap<TextFamily, FamilyTexts> {
  const entries = new Map<TextFamily, { articleId: string; text: string; title?: boolean }[]>(TEXT_FAMILIES.map((f) => [f, []]));
  const bodies = new Map<TextFamily, { articleId: string; text: string }[]>(TEXT_FAMILIES.map((f) => [f, []]));
  const push = <T>(map: Map<TextFamily, T[]>, lng: Lang, entry: T) => map.get(familyOf(lng))?.push(entry);
  const addAll = (articleId: string, byLang: Partial<Record<Lang, readonly string[]>>) => {
    for (const lng of LANGUAGES) for (const text of byLang[lng] ?? []) push(entries, lng, { articleId, text });
  };
  for (const article of articles) {
    for (const lng of LANGUAGES) {
      const title = article.title[lng];
      if (title) push(entries, lng, { articleId: article.id, text: title, title: true });
    }
    addAll(article.id, article.phrasings);
    const more = extra[article.id];
    if (more) addAll(article.id, more);
    for (const lng of LANGUAGES) for (const text of article.body?.[lng] ?? []) push(bodies, lng, { articleId: article.id, text });
  }
  return new Map(TEXT_FAMILIES.map((f) => [f, { entries: entries.get(f) ?? [], bodies: bodies.get(f) ?? [] }]));
}

/** A family's index terms: the stemming that building an index costs. */
export function familyTerms(family: TextFamily, texts: FamilyTexts): FamilyTerms {
  // The index terms of every word met, kept only for this family: its phrasings and bodies hold more distinct words
  // than the shared stem memo keeps, so without it words were stemmed again and again.
  const building = buildMemo();
  return {
    entries: texts.entries.map((entry) => ({
      articleId: entry.articleId,
      terms: [...new Set(indexTerms(entry.text, family, building))],
      ...(entry.title ? { title: true } : {}),
    })),
    bodies: texts.bodies.map((body) => ({ articleId: body.articleId, terms: indexTerms(body.text, family, building) })),
  };
}

/** A question term's resolution: vocabulary terms (by number) it may stand for and how good each match is, in the order found. */
interface Candidates {
  readonly terms: readonly number[];
  readonly qualities: readonly number[];
}

/** What a family knows of a question word: its index term, and once the question reached the candidates, the term's. */
interface WordReading {
  readonly term: string;
  /** A pure function of the term and the family's (immutable) vocabulary, so kept with the word once found. */
  candidates?: Candidates;
}

/**
 * One token's readings in each family (by the family's place in `ArticleIndex`), filled as families first read it:
 * the readings of its words when they do not depend on its neighbours (`canonicalWordsOfLoneToken`), `null` when they
 * may, `undefined` while not yet read. Shared by the families, so a message's token is looked up once, not once a family.
 */
type TokenReadings = (readonly WordReading[] | null | undefined)[];

/** A message's question and story as tokens `splitAtScripts` gave, with each token's `TokenReadings`. */
interface ReadParts extends QuestionParts {
  readonly focusTokens: readonly TokenReadings[];
  readonly storyTokens: readonly TokenReadings[];
}

/** The resolution of a question term the family has no word for. */
const NO_CANDIDATES: Candidates = { terms: [], qualities: [] };

/** Relations of a term to an article (`FamilyIndex.relation`): in its titles or phrasings, only in its body text, in its titles. */
const IN_PHRASINGS = 1;
const IN_BODY_ONLY = 2;
const IN_TITLE = 4;

/** Compressed rows: row r's items are `items[starts[r]]` up to `items[starts[r + 1]]`. */
function rows(lists: readonly (readonly number[])[]): { starts: Uint32Array; items: Uint32Array } {
  const starts = new Uint32Array(lists.length + 1);
  for (let r = 0; r < lists.length; r++) starts[r + 1] = (starts[r] ?? 0) + (lists[r]?.length ?? 0);
  const items = new Uint32Array(starts[lists.length] ?? 0);
  lists.forEach((list, r) => items.set(list, starts[r]));
  return { starts, items };
}

/** A term's idf among `articleCount` articles with phrasings, when `count` of them have it in a phrasing. */
function idfOfCount(articleCount: number, count: number): number {
  return Math.log(1 + Math.max(1, articleCount) / count);
}

/**
 * A family's index laid out: the arrays `FamilyIndex` searches, worked out from its terms. The build writes them
 * (index-terms-file.ts), so a start takes them as they are instead of working them out again (~35 ms of a start's
 * CPU for the eleven families, in V8's start-up tiers); `familyLayout` is the one place they are made.
 */
export interface FamilyLayout {
  /** The vocabulary (titles, phrasings, body text) in the radix tree's order (`vocabularyOf`); a term's number is its place here. */
  readonly words: readonly string[];
  /** The articles in order of first appearance in the family's texts; an article's number is its place here. */
  readonly articleIds: readonly string[];
  /** Term numbers sorted by their text, so a prefix's words are one range. */
  readonly byText: Uint32Array;
  readonly idfs: Float64Array;
  /** Doc d (a title or phrasing with terms) belongs to article `docArticle[d]`, has terms `docTerms` from `docStarts[d]`, and weighs the sum of their idf. */
  readonly docArticle: Uint32Array;
  readonly docStarts: Uint32Array;
  readonly docTerms: Uint32Array;
  readonly docWeights: Float64Array;
  /** Inverted index: term t's docs are `postings[postingStarts[t]]` up to `postings[postingStarts[t + 1]]`, in doc order. */
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
  /** `relation[article * words + term]`: IN_PHRASINGS, IN_BODY_ONLY, IN_TITLE or'ed. */
  readonly relation: Uint8Array;
  /** Scripts of the vocabulary (bits, `scriptOf`). */
  readonly scripts: number;
  /** How many articles have a phrasing or title here (the idfs' base). */
  readonly articleCount: number;
  /** The typo search's tables over the vocabulary reversed (`TypoSearch`'s order). */
  readonly typos: TypoLayout;
}

/** Works out a family's index from its terms (what `FamilyIndex` searches). */
export function familyLayout(family: TextFamily, terms: FamilyTerms): FamilyLayout {
  const { entries, bodies } = terms;
  const articleNumbers = new Map<string, number>();
  const articleOf = (id: string) => {
    let n = articleNumbers.get(id);
    if (n === undefined) articleNumbers.set(id, (n = articleNumbers.size));
    return n;
  };
  const docs = entries.filter((e) => e.terms.length > 0).map((e) => ({ article: articleOf(e.articleId), terms: [...new Set(e.terms)], title: e.title === true }));
  const bodyTexts = bodies.map((b) => ({ article: articleOf(b.articleId), terms: b.terms }));
  const articleIds = [...articleNumbers.keys()];
  const words = terms.vocabulary ?? vocabularyOf(terms);
  const numbers = new Map(words.map((w, n) => [w, n]));
  const vocabularySize = words.length;
  const numberOf = (t: string) => {
    const n = numbers.get(t);
    if (n === undefined) throw new Error(`the ${family} vocabulary lacks a term of its texts`);
    return n;
  };
  const used = new Set([...docs.flatMap((d) => d.terms), ...bodyTexts.flatMap((b) => b.terms)]);
  if (used.size !== vocabularySize || numbers.size !== vocabularySize) throw new Error(`the ${family} vocabulary is not its texts' terms`);
  const byText = Uint32Array.from(words.keys()).sort((a, b) => {
    const x = words[a] ?? '';
    const y = words[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });

  const relation = new Uint8Array(articleIds.length * vocabularySize);
  const df = new Uint32Array(vocabularySize);
  const phrased = new Set<number>();
  const docTermLists = docs.map((d) => d.terms.map(numberOf));
  docs.forEach((doc, d) => {
    phrased.add(doc.article);
    for (const t of docTermLists[d] ?? []) {
      const at = doc.article * vocabularySize + t;
      if (((relation[at] ?? 0) & IN_PHRASINGS) === 0) df[t] = (df[t] ?? 0) + 1;
      relation[at] = (relation[at] ?? 0) | IN_PHRASINGS | (doc.title ? IN_TITLE : 0);
    }
  });
  for (const body of bodyTexts) {
    for (const t of body.terms.map(numberOf)) {
      const at = body.article * vocabularySize + t;
      // Body words join the vocabulary (so they are not "unknown") but do not change document frequencies.
      if (((relation[at] ?? 0) & IN_PHRASINGS) === 0) relation[at] = (relation[at] ?? 0) | IN_BODY_ONLY;
    }
  }
  const articleCount = phrased.size;
  const idfs = Float64Array.from(df, (count) => idfOfCount(articleCount, count === 0 ? 1 : count));

  const { starts: docStarts, items: docTerms } = rows(docTermLists);
  const docWeights = Float64Array.from(docTermLists, (list) => list.reduce((sum, t) => sum + (idfs[t] ?? 0), 0));
  const termDocs: number[][] = words.map(() => []);
  docTermLists.forEach((list, d) => {
    for (const t of list) termDocs[t]?.push(d);
  });
  const { starts: postingStarts, items: postings } = rows(termDocs);

  let scripts = 0;
  for (const word of words) scripts |= scriptOf(word);
  return {
    words,
    articleIds,
    byText,
    idfs,
    docArticle: Uint32Array.from(docs, (d) => d.article),
    docStarts,
    docTerms,
    docWeights,
    postingStarts,
    postings,
    relation,
    scripts,
    articleCount,
    typos: typoLayout([...words].reverse()),
  };
}

/**
 * One family's index as a few flat arrays: every vocabulary term once (by number), each phrasing (doc) as its terms'
 * numbers, the inverted index as each term's docs, and each article's relation to each term as one byte. Maps and
 * Sets of strings per phrasing and article, and minisearch's radix tree, were ~9 MB of heap for the eleven families.
 */
class FamilyIndex {
  /** The vocabulary (titles, phrasings, body text) in the radix tree's order (see `treeOrder`); a term's number is its place here. */
  private readonly words: readonly string[];
  private readonly numbers: ReadonlyMap<string, number>;
  /** Term numbers sorted by their text, so a prefix's words are one range. */
  private readonly byText: Uint32Array;
  private readonly idfs: Float64Array;
  /** Doc d (a title or phrasing with terms) belongs to article `docArticle[d]`, has terms `docTerms` from `docStarts[d]`, and weighs the sum of their idf. */
  private readonly docArticle: Uint32Array;
  private readonly docStarts: Uint32Array;
  private readonly docTerms: Uint32Array;
  private readonly docWeights: Float64Array;
  /** Inverted index: term t's docs are `postings[postingStarts[t]]` up to `postings[postingStarts[t + 1]]`, in doc order. */
  private readonly postingStarts: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly articleIds: readonly string[];
  /** `relation[article * words + term]`: IN_PHRASINGS, IN_BODY_ONLY, IN_TITLE or'ed. */
  private readonly relation: Uint8Array;
  /** The vocabulary's words within a typo or two of a question term (what `SearchableMap.fuzzyGet` gives, faster). */
  private readonly typos: TypoSearch;
  /** Scripts of the vocabulary (bits): a question with no term in any of them cannot match here, so the search is skipped. */
  private readonly scripts: number;
  /**
   * Scripts of a message's letters from which a term in `scripts` can come (`readableFrom`): a message with no letter
   * in any of them has no such term, so the family is not read at all (most families for a message in Arabic,
   * Cyrillic or Ethiopic letters alone; every family has Latin words, the services' Norwegian names).
   */
  readonly readsFrom: number;
  private readonly unknownWeight: number;

  /** Scratch marks for one match at a time (a match never runs inside another): which docs, articles and terms a step has met. */
  private readonly docSeen: Uint32Array;
  private readonly articleSeen: Uint32Array;
  private readonly termInDoc: Uint32Array;
  private readonly termMatched: Uint32Array;
  private readonly matchedQuality: Float64Array;
  private readonly articleDice: Float64Array;
  private readonly articleCoverage: Float64Array;
  private readonly articlePrecision: Float64Array;
  /**
   * Which of the question's terms reach each phrasing met, in the question's order: a list per phrasing (its first
   * and last link by phrasing, valid while `docSeen` has the match's mark; the links' term and next link in the two
   * arrays below, written from their start in each match and doubled when a match needs more). A phrasing is then
   * scored against the terms it shares with the question, not against every term: a term it lacks adds nothing to its
   * coverage (w × 0) and matches none of its words. Kept between matches, not emptied with `length = 0`: V8 drops an
   * emptied array's storage, so each match grew it again from nothing (most of what `match` itself allocated).
   */
  private readonly reachFirst: Int32Array;
  private readonly reachLast: Int32Array;
  private reachTerm: Int32Array = new Int32Array(256);
  private reachNext: Int32Array = new Int32Array(256);
  /** The phrasings a match reaches, in the order it meets them (the first `hits` of a match's count). */
  private readonly hitDocs: Int32Array;
  private stamp = 0;

  constructor(
    readonly family: TextFamily,
    /** This family's place in a token's `TokenReadings`. */
    private readonly slot: number,
    layout: FamilyLayout,
    private readonly scoring: IndexScoring,
  ) {
    this.words = layout.words;
    this.articleIds = layout.articleIds;
    const numbers = new Map<string, number>();
    for (let n = 0; n < layout.words.length; n++) numbers.set(layout.words[n] as string, n);
    this.numbers = numbers;
    const vocabularySize = this.words.length;
    this.byText = layout.byText;
    this.relation = layout.relation;
    this.idfs = layout.idfs;
    this.unknownWeight = idfOfCount(layout.articleCount, 1) * scoring.unknownWeightShare;
    this.docArticle = layout.docArticle;
    this.docStarts = layout.docStarts;
    this.docTerms = layout.docTerms;
    this.docWeights = layout.docWeights;
    this.postingStarts = layout.postingStarts;
    this.postings = layout.postings;
    this.scripts = layout.scripts;
    this.readsFrom = readableFrom(family, this.scripts);
    this.typos = new TypoSearch([...this.words].reverse(), layout.typos);
    const docCount = layout.docArticle.length;
    this.docSeen = new Uint32Array(docCount);
    this.reachFirst = new Int32Array(docCount);
    this.reachLast = new Int32Array(docCount);
    this.hitDocs = new Int32Array(docCount);
    this.articleSeen = new Uint32Array(this.articleIds.length);
    this.termInDoc = new Uint32Array(vocabularySize);
    this.termMatched = new Uint32Array(vocabularySize);
    this.matchedQuality = new Float64Array(vocabularySize);
    this.articleDice = new Float64Array(this.articleIds.length);
    this.articleCoverage = new Float64Array(this.articleIds.length);
    this.articlePrecision = new Float64Array(this.articleIds.length);
  }

  /**
   * Recent question words' readings (see `WordReading`): a family's own memo, so families do not evict each other's
   * words; people reuse the same words all day, and the typo search of a new word is the costliest step of a turn.
   * One lookup per word for its term and its candidates. Bounded, least recently used first out.
   */
  private readonly recentWords = new BoundedMemo<string, WordReading>(RECENT_WORDS);

  /**
   * The readings of the question words of tokens `splitAtScripts` gave, in order: token by token from `known` (each
   * token's readings in this family, read once), and where a token's words may depend on its neighbours (a phrase start,
   * a number before an age word), that place read with the few tokens after it (`canonicalWordsAt`).
   */
  private readingsOf(tokens: readonly string[], known: readonly TokenReadings[]): WordReading[] {
    const readings: WordReading[] = [];
    for (let i = 0; i < tokens.length; ) {
      const slots = known[i];
      if (slots === undefined) return this.readingsOfAll(tokens);
      let own = slots[this.slot];
      if (own === undefined) own = slots[this.slot] = this.readingsOfLone(tokens[i] ?? '');
      if (own === null) {
        const words: string[] = [];
        i += canonicalWordsAt(tokens, i, this.family, words);
        for (const word of withoutNumbers(words)) readings.push(this.recentWords.get(word, this.readWord));
        continue;
      }
      for (const reading of own) readings.push(reading);
      i++;
    }
    return readings;
  }

  /** The readings of the question words of tokens `splitAtScripts` gave, read together (phrases, ages). */
  private readingsOfAll(tokens: readonly string[]): WordReading[] {
    return withoutNumbers(canonicalWordsOfSplit(tokens, this.family)).map((word) => this.recentWords.get(word, this.readWord));
  }

  /** One token's readings when its words do not depend on its neighbours, else `null`. */
  private readingsOfLone(token: string): readonly WordReading[] | null {
    const words = canonicalWordsOfLoneToken(token, this.family);
    return words === undefined ? null : withoutNumbers(words).map((word) => this.recentWords.get(word, this.readWord));
  }

  /** A word's reading before it is resolved: its index term. */
  private readonly readWord = (word: string): WordReading => ({ term: termOf(word, stemLang(this.family)) });

  /**
   * The terms of the matches so far, each with the mark of the last match that met it: a match's distinct terms
   * without a Map of its own (two a family and message before). Emptied when it holds many (new words keep coming).
   */
  private readonly termsMet = new Map<string, number>();
  private termMark = 0;

  /** A new mark for `termsMet`. */
  private nextTermMark(): number {
    if (this.termsMet.size > MOST_TERMS_MET || this.termMark === Number.MAX_SAFE_INTEGER) {
      this.termsMet.clear();
      this.termMark = 0;
    }
    return ++this.termMark;
  }

  /** The readings whose term the match has not met yet, each term once, in their order. */
  private addDistinct(query: WordReading[], readings: readonly WordReading[], met: number): void {
    const { termsMet } = this;
    for (let i = 0; i < readings.length; i++) {
      const reading = readings[i] as WordReading;
      if (termsMet.get(reading.term) === met) continue;
      termsMet.set(reading.term, met);
      query.push(reading);
    }
  }

  /** A new mark for the scratch arrays (cleared once in four billion). */
  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      for (const marks of [this.docSeen, this.articleSeen, this.termInDoc, this.termMatched]) marks.fill(0);
    }
    return ++this.stamp;
  }

  /** The reach links' arrays at twice their length, what they hold kept (a match that reaches more than ever before). */
  private moreLinks(): { reachTerm: Int32Array; reachNext: Int32Array } {
    const reachTerm = new Int32Array(this.reachTerm.length * 2);
    const reachNext = new Int32Array(this.reachNext.length * 2);
    reachTerm.set(this.reachTerm);
    reachNext.set(this.reachNext);
    this.reachTerm = reachTerm;
    this.reachNext = reachNext;
    return { reachTerm, reachNext };
  }

  /** Numbers of the vocabulary's words that start with `prefix` (the word itself too), in the tree's order. */
  private withPrefix(prefix: string): number[] {
    const { byText, words } = this;
    let low = 0;
    let high = byText.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((words[byText[mid] ?? 0] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < byText.length; i++) {
      const n = byText[i] ?? 0;
      if (!(words[n] ?? '').startsWith(prefix)) break;
      found.push(n);
    }
    return found.sort((a, b) => a - b);
  }

  /** Vocabulary terms a question term may stand for, with how good the match is. */
  private resolve(term: string): Candidates {
    const found = new Map<number, number>();
    const note = (t: number | undefined, q: number) => {
      if (t !== undefined) found.set(t, Math.max(found.get(t) ?? 0, q));
    };
    const has = (word: string) => this.numbers.has(word);
    const exact = this.numbers.get(term);
    note(exact, QUALITY.exact);
    if (term.length >= 4) {
      for (const t of this.withPrefix(term)) if (t !== exact) note(t, QUALITY.prefix);
      // The question word is longer than an indexed word it starts with (a compound or an unstemmed ending).
      for (let n = term.length - 1; n >= 5; n--) note(this.numbers.get(term.slice(0, n)), QUALITY.stemOfQuery);
      const maxDistance = term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
      for (const [t, distance] of maxDistance > 0 ? this.typos.within(term, maxDistance) : []) {
        if (distance > 0) note(this.numbers.get(t), distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
      }
    }
    // Norwegian writes compounds as one word ("skoleturer", "foreldremøte"): try the two parts.
    if (found.size === 0 && this.family === 'no' && term.length >= 7) {
      for (let cut = 3; cut <= term.length - 3; cut++) {
        const head = term.slice(0, cut);
        const tail = term.slice(cut);
        const heads = [head, head.endsWith('s') || head.endsWith('e') ? head.slice(0, -1) : ''].filter((h) => h.length >= 3 && has(h));
        const tails = [tail, ...this.withPrefix(tail).map((n) => this.words[n] ?? '')].filter(has).slice(0, 3);
        if (heads.length > 0 && tails.length > 0) for (const t of [...heads, ...tails]) note(this.numbers.get(t), QUALITY.compound);
      }
    }
    // Most question words are unknown to most families (a Norwegian word in the Polish index): one shared empty
    // resolution instead of arrays per word and family in the memo.
    return found.size > 0 ? { terms: [...found.keys()], qualities: [...found.values()] } : NO_CANDIDATES;
  }

  /** `parts`: a message's question and story as tokens `splitAtScripts` gave, with their tokens' readings. */
  match(parts: ReadParts): ArticleMatch[] {
    // The question's distinct terms, then the story's that the question does not have.
    const met = this.nextTermMark();
    const query: WordReading[] = [];
    this.addDistinct(query, this.readingsOf(parts.focus, parts.focusTokens), met);
    const focusSize = query.length;
    this.addDistinct(query, this.readingsOf(parts.story, parts.storyTokens), met);
    if (query.length === 0 || this.docArticle.length === 0) return [];
    // Exact, prefix and typo matches never cross scripts, so this family could only return nothing.
    // (Plain loops here and below, not `some`, `map`, `every`, `slice` and `reduce` with arrows made in each call.)
    let inScripts = false;
    for (let r = 0; r < query.length && !inScripts; r++) inScripts = (scriptOf((query[r] as WordReading).term) & this.scripts) !== 0;
    if (!inScripts) return [];
    const resolved: Candidates[] = [];
    let reachesAny = false;
    for (let r = 0; r < query.length; r++) {
      const reading = query[r] as WordReading;
      const candidates = (reading.candidates ??= this.resolve(reading.term));
      resolved.push(candidates);
      if (candidates.terms.length > 0) reachesAny = true;
    }
    // No term stands for a word of this family's: no phrasing is reached, so no article (about half the families a message is read for).
    if (!reachesAny) return [];
    const weights: number[] = [];
    for (let r = 0; r < resolved.length; r++) {
      const { terms, qualities } = resolved[r] as Candidates;
      let weight = this.unknownWeight;
      let bestQuality = 0;
      for (let j = 0; j < terms.length; j++) {
        const quality = qualities[j] ?? 0;
        if (quality > bestQuality) {
          bestQuality = quality;
          weight = this.idfs[terms[j] ?? 0] ?? 0;
        }
      }
      weights.push(weight);
    }
    // A long story before the question ("Jeg jobber i … . Hvem kan gi oss råd?") weighs at most `storyShare` times
    // the question itself: its many words would otherwise dilute what is asked below the acceptance threshold.
    let focusWeight = 0;
    for (let r = 0; r < focusSize; r++) focusWeight += weights[r] ?? 0;
    let storyWeight = 0;
    for (let r = focusSize; r < weights.length; r++) storyWeight += weights[r] ?? 0;
    if (storyWeight > 0 && focusWeight > 0) {
      const factor = Math.min(1, Math.max(this.scoring.storyFloor, (this.scoring.storyShare * focusWeight) / storyWeight));
      for (let i = focusSize; i < weights.length; i++) weights[i] = (weights[i] ?? 0) * factor;
    }
    let queryWeight = 0;
    for (let r = 0; r < weights.length; r++) queryWeight += weights[r] ?? 0;

    // Every phrasing that shares a resolved term with the question (the resolution already did prefix and typo
    // matching), in the order the candidates meet them; and the articles in the order their first phrasing is met.
    const { docSeen, articleSeen, termInDoc, termMatched, matchedQuality, idfs, reachFirst, reachLast, hitDocs } = this;
    const seen = this.nextStamp();
    let hits = 0;
    let links = 0;
    let { reachTerm, reachNext } = this;
    for (let r = 0; r < resolved.length; r++) {
      const { terms } = resolved[r] ?? NO_CANDIDATES;
      for (const t of terms) {
        for (let p = this.postingStarts[t] ?? 0, end = this.postingStarts[t + 1] ?? 0; p < end; p++) {
          const d = this.postings[p] ?? 0;
          const link = links;
          if (docSeen[d] !== seen) {
            docSeen[d] = seen;
            hitDocs[hits++] = d;
            reachFirst[d] = link;
          } else {
            const last = reachLast[d] ?? 0;
            if (reachTerm[last] === r) continue; // another of this term's candidates reached it already
            reachNext[last] = link;
          }
          reachLast[d] = link;
          if (link === reachTerm.length) ({ reachTerm, reachNext } = this.moreLinks());
          reachTerm[link] = r;
          reachNext[link] = -1;
          links++;
        }
      }
    }
    // Per article: the best single phrasing (soft Dice) and the most of any phrasing the question mentions.
    const articles: number[] = [];
    const matched: number[] = [];
    for (let h = 0; h < hits; h++) {
      const d = hitDocs[h] ?? 0;
      const mark = this.nextStamp();
      for (let p = this.docStarts[d] ?? 0, end = this.docStarts[d + 1] ?? 0; p < end; p++) termInDoc[this.docTerms[p] ?? 0] = mark;
      matched.length = 0;
      let covered = 0;
      // Plain loops, not forEach: a closure per phrasing met was most of what a question allocated here. Only the
      // question's terms that reach this phrasing, in the question's order (see reachFirst).
      for (let k = reachFirst[d] ?? -1; k >= 0; k = reachNext[k] ?? -1) {
        const r = reachTerm[k] ?? 0;
        const { terms, qualities } = resolved[r] ?? NO_CANDIDATES;
        let quality = 0;
        for (let j = 0; j < terms.length; j++) {
          const t = terms[j] ?? 0;
          if (termInDoc[t] !== mark) continue;
          const q = qualities[j] ?? 0;
          if (termMatched[t] !== mark) {
            termMatched[t] = mark;
            matchedQuality[t] = q;
            matched.push(t);
          } else matchedQuality[t] = Math.max(matchedQuality[t] ?? 0, q);
          quality = Math.max(quality, q);
        }
        covered += (weights[r] ?? 0) * quality;
      }
      let matchedWeight = 0;
      for (const t of matched) matchedWeight += (idfs[t] ?? 0) * (matchedQuality[t] ?? 0);
      const coverage = queryWeight > 0 ? covered / queryWeight : 0;
      const docWeight = this.docWeights[d] ?? 0;
      const precision = docWeight > 0 ? matchedWeight / docWeight : 0;
      const dice = harmonic(coverage, precision);
      const a = this.docArticle[d] ?? 0;
      if (articleSeen[a] !== seen) {
        articleSeen[a] = seen;
        articles.push(a);
        this.articleDice[a] = dice;
        this.articleCoverage[a] = coverage;
        this.articlePrecision[a] = precision;
      } else {
        this.articleDice[a] = Math.max(this.articleDice[a] ?? 0, dice);
        this.articleCoverage[a] = Math.max(this.articleCoverage[a] ?? 0, coverage);
        this.articlePrecision[a] = Math.max(this.articlePrecision[a] ?? 0, precision);
      }
    }
    // How much of the question the article's whole vocabulary explains (its body text at a discount),
    // against how fully the question states one of its phrasings.
    const best: ArticleMatch[] = [];
    const vocabularySize = this.words.length;
    for (const a of articles) {
      const base = a * vocabularySize;
      let covered = 0;
      let titled = 0;
      for (let r = 0; r < resolved.length; r++) {
        const { terms, qualities } = resolved[r] ?? NO_CANDIDATES;
        let quality = 0;
        let titleQuality = 0;
        for (let j = 0; j < terms.length; j++) {
          const q = qualities[j] ?? 0;
          const relation = this.relation[base + (terms[j] ?? 0)] ?? 0;
          if ((relation & IN_PHRASINGS) !== 0) quality = Math.max(quality, q);
          else if ((relation & IN_BODY_ONLY) !== 0) quality = Math.max(quality, q * this.scoring.bodyDiscount);
          if ((relation & IN_TITLE) !== 0) titleQuality = Math.max(titleQuality, q);
        }
        const weight = weights[r] ?? 0;
        covered += weight * quality;
        titled += weight * titleQuality;
      }
      const articleCoverage = queryWeight > 0 ? covered / queryWeight : 0;
      const titleCoverage = queryWeight > 0 ? titled / queryWeight : 0;
      const share = this.scoring.articleShare;
      const precision = this.articlePrecision[a] ?? 0;
      const similarity = share * harmonic(articleCoverage, precision) + (1 - share) * (this.articleDice[a] ?? 0) + this.scoring.titleBonus * titleCoverage;
      best.push({ articleId: this.articleIds[a] ?? '', similarity, coverage: articleCoverage, precision });
    }
    return best.sort(bySimilarity);
  }
}

/**
 * Full-text index over every article's title and phrasings, one per text family (Norwegian, English, and each of
 * the nine other answer languages). A question is matched against every family, since people mix languages
 * (a Somali question naming "Kompetanseteamet"); the better reading counts.
 */
export class ArticleIndex {
  private constructor(private readonly families: readonly FamilyIndex[]) {}

  /**
   * Recent tokens' readings in every family (`TokenReadings`): one lookup a token of a message instead of one a word
   * and family (the families' own word memos are met only by tokens new here). Bounded, least recently used first out.
   */
  private readonly recentTokens = new BoundedMemo<string, TokenReadings>(RECENT_WORDS);

  private readonly newTokenReadings = (): TokenReadings => new Array<readonly WordReading[] | null | undefined>(this.families.length).fill(undefined);

  private tokenReadings(tokens: readonly string[]): TokenReadings[] {
    return tokens.map((token) => this.recentTokens.get(token, this.newTokenReadings));
  }

  /**
   * Builds the index from the articles. The costly part is finding every text's index terms (stemming every phrasing
   * and body of every language, ~1.5 s of CPU), then laying each family out; `precomputed` are those layouts as the
   * build step wrote them (see index-terms-file.ts), for exactly these texts.
   */
  static build(articles: readonly IndexableArticle[], extra: ExtraPhrasings = {}, scoring: IndexScoring = DEFAULT_SCORING, precomputed?: IndexLayouts): ArticleIndex {
    let texts: ReadonlyMap<TextFamily, FamilyTexts> | undefined;
    const layoutOf = (family: TextFamily): FamilyLayout => {
      const known = precomputed?.get(family);
      if (known) return known;
      texts ??= indexTexts(articles, extra);
      return familyLayout(family, familyTerms(family, texts.get(family) ?? { entries: [], bodies: [] }));
    };
    return new ArticleIndex(TEXT_FAMILIES.map((f, slot) => new FamilyIndex(f, slot, layoutOf(f), scoring)));
  }

  /** The families a message is read by: those its letters can give a term in their vocabulary's scripts (see `readsFrom`). */
  familiesReading(text: string): TextFamily[] {
    return this.familiesFor(questionParts(withAssignmentNumbers(normalize(text)))).map((index) => index.family);
  }

  private familiesFor(parts: QuestionParts): FamilyIndex[] {
    const scripts = scriptsOfTokens(parts.story, scriptsOfTokens(parts.focus));
    // A loop, not `filter` with an arrow made in each call: such an arrow loses its optimized code at every full GC.
    const reading: FamilyIndex[] = [];
    for (const index of this.families) if ((scripts & index.readsFrom) !== 0) reading.push(index);
    return reading;
  }

  /** Articles ranked by similarity, best first; each article once, with its better family reading. */
  match(text: string): ArticleMatch[] {
    const asked = questionParts(withAssignmentNumbers(normalize(text)));
    // Split at scripts once for every family (each family's canonical words start from the same split tokens).
    const focus = splitAtScripts(asked.focus);
    const story = splitAtScripts(asked.story);
    const parts: ReadParts = { focus, story, focusTokens: this.tokenReadings(focus), storyTokens: this.tokenReadings(story) };
    const best = new Map<string, ArticleMatch>();
    for (const index of this.familiesFor(parts)) {
      for (const m of index.match(parts)) {
        const previous = best.get(m.articleId);
        if (!previous || m.similarity > previous.similarity) best.set(m.articleId, m);
      }
    }
    return [...best.values()].sort(bySimilarity);
  }
}
