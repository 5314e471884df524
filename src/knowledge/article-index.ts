import SearchableMap from 'minisearch/SearchableMap';
import { LANGUAGES, type Lang } from '../language/languages';
import { canonicalWords, familyOf, foldAscii, TEXT_FAMILIES, type TextFamily } from '../language/spelling';
import { BoundedMemo } from '../language/bounded-memo';
import { normalize, stem, tokenize } from '../language/text';
import { TypoSearch } from './typo-search';

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
  const terms: string[] = [];
  const lng = stemLang(family);
  const termOf = (word: string) => foldAscii(stem(word, lng));
  for (const word of canonicalWords(tokens, family)) {
    // Bare numbers (years, ages, paragraph numbers) say little about the topic and are left out.
    if (!/^\d+$/.test(word)) terms.push(known ? known.get(word, termOf) : termOf(word));
  }
  return terms;
}

/** The writing system of an index term, by its first letter: a term can only ever match terms of the same script. */
function scriptOf(term: string): string {
  const first = term.codePointAt(0) ?? 0;
  if (first < 0x250) return 'latin';
  if (first >= 0x400 && first < 0x530) return 'cyrillic';
  if ((first >= 0x600 && first < 0x780) || (first >= 0xfb50 && first < 0xff00)) return 'arabic';
  if (first >= 0x1200 && first < 0x13a0) return 'ethiopic';
  return 'other';
}

/** The resolution of a question term the family has no word for. */
const NO_CANDIDATES: ReadonlyMap<string, number> = new Map();

/** Question terms whose resolution each family keeps (a few hundred KB at most). */
const RESOLVE_CACHE_SIZE = 5000;

interface Doc {
  readonly id: number;
  readonly articleId: string;
  readonly terms: ReadonlySet<string>;
  /** Sum of the terms' idf, fixed once the index is built. */
  weight: number;
}

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

/**
 * Question words of Norwegian and English that start an indirect question inside a sentence ("jeg jobber som
 * helsesykepleier og lurer på hva tvangsekteskap er", "I'm a teacher and wonder what the signs are").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['hva', 'hvem', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'kva', 'kven', 'korleis', 'kvifor', 'what', 'who', 'how', 'why', 'which']);
/** Words of introduction before an indirect question that make it a story worth discounting. */
const MIN_INTRODUCTION = 4;

/** One sentence: what follows a question word after a few words of introduction is the focus, the introduction the story. */
function oneSentence(tokens: readonly string[]): QuestionParts {
  // A sentence that itself opens with a question ("hva het planen …, og hva heter den nye?") is all question.
  const at = tokens.findIndex((t) => QUESTION_WORDS.has(t));
  return at >= MIN_INTRODUCTION ? { focus: tokens.slice(at), story: tokens.slice(0, at) } : { focus: tokens, story: [] };
}

export function questionParts(normalized: string): QuestionParts {
  const sentences = normalized
    .split(SENTENCE_END)
    .map((text) => ({ tokens: tokenize(text), asks: QUESTION_MARK.test(text) }))
    .filter((s) => s.tokens.length > 0);
  if (sentences.length < 2) return oneSentence(sentences[0]?.tokens ?? []);
  const anyAsked = sentences.some((s) => s.asks);
  const isFocus = (i: number) => (anyAsked ? sentences[i]?.asks === true : i === sentences.length - 1);
  return {
    focus: sentences.filter((_, i) => isFocus(i)).flatMap((s) => s.tokens),
    story: sentences.filter((_, i) => !isFocus(i)).flatMap((s) => s.tokens),
  };
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
}

export type IndexTermsByFamily = ReadonlyMap<TextFamily, FamilyTerms>;

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

class FamilyIndex {
  private readonly docs = new Map<number, Doc>();
  /** Inverted index: term → ids of the phrasings (docs) that contain it. */
  private readonly termDocs = new Map<string, number[]>();
  /** In how many articles a term occurs: words every article uses ("elev", "kontroll") weigh little. */
  private readonly df = new Map<string, number>();
  private readonly articleTerms = new Map<string, Set<string>>();
  /** Terms that occur only in an article's body text, not in its title or phrasings. */
  private readonly bodyTerms = new Map<string, Set<string>>();
  /** Terms of an article's titles (every language of the family). */
  private readonly titleTerms = new Map<string, Set<string>>();
  private readonly vocabulary = new SearchableMap<true>();
  /** The vocabulary's words within a typo or two of a question term (what `vocabulary.fuzzyGet` gives, faster). */
  private readonly typos: TypoSearch;
  /** Scripts of the vocabulary: a question with no term in any of them cannot match here, so the search is skipped. */
  private readonly scripts = new Set<string>();
  private readonly unknownWeight: number;

  constructor(
    readonly family: TextFamily,
    { entries, bodies }: FamilyTerms,
    private readonly scoring: IndexScoring,
  ) {
    let id = 0;
    for (const entry of entries) {
      const terms = entry.terms;
      if (terms.length === 0) continue;
      const doc: Doc = { id: id++, articleId: entry.articleId, terms: new Set(terms), weight: 0 };
      if (entry.title) {
        let title = this.titleTerms.get(entry.articleId);
        if (!title) this.titleTerms.set(entry.articleId, (title = new Set()));
        for (const t of terms) title.add(t);
      }
      this.docs.set(doc.id, doc);
      let vocabulary = this.articleTerms.get(entry.articleId);
      if (!vocabulary) this.articleTerms.set(entry.articleId, (vocabulary = new Set()));
      for (const t of terms) {
        if (!vocabulary.has(t)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        vocabulary.add(t);
        this.vocabulary.set(t, true);
      }
      for (const t of terms) {
        const ids = this.termDocs.get(t);
        if (ids) ids.push(doc.id);
        else this.termDocs.set(t, [doc.id]);
      }
    }
    for (const body of bodies) {
      const own = this.articleTerms.get(body.articleId);
      let extra = this.bodyTerms.get(body.articleId);
      if (!extra) this.bodyTerms.set(body.articleId, (extra = new Set()));
      for (const t of body.terms) {
        if (own?.has(t) || extra.has(t)) continue;
        extra.add(t);
        // Body words join the vocabulary (so they are not "unknown") but do not change document frequencies.
        this.vocabulary.set(t, true);
        if (!this.df.has(t)) this.df.set(t, 1);
      }
    }
    for (const term of this.vocabulary.keys()) this.scripts.add(scriptOf(term));
    this.typos = new TypoSearch(this.vocabulary);
    this.unknownWeight = this.idfOfCount(1) * scoring.unknownWeightShare;
    for (const [term, count] of this.df) this.idfs.set(term, this.idfOfCount(count));
    for (const doc of this.docs.values()) for (const t of doc.terms) doc.weight += this.idf(t);
  }

  /** Index terms of recent question words (see `termsOfTokens`): a family's own memo, so families do not evict each other's words. */
  private readonly termOf = new BoundedMemo<string, string>(5000);

  /** idf of every vocabulary term, computed once (the index never changes after it is built). */
  private readonly idfs = new Map<string, number>();

  private idfOfCount(count: number): number {
    return Math.log(1 + Math.max(1, this.articleTerms.size) / count);
  }

  private idf(term: string): number {
    return this.idfs.get(term) ?? this.idfOfCount(this.df.get(term) ?? 1);
  }

  /**
   * Resolutions of recent question terms. `resolve` is a pure function of the term and the (immutable) vocabulary,
   * and its typo search is the costliest step of a turn; people reuse the same words all day. Bounded, oldest first out.
   */
  private readonly resolved = new BoundedMemo<string, ReadonlyMap<string, number>>(RESOLVE_CACHE_SIZE);

  private resolveCached(term: string): ReadonlyMap<string, number> {
    return this.resolved.get(term, (t) => this.resolve(t));
  }

  /** Vocabulary terms a question term may stand for, with how good the match is. */
  private resolve(term: string): ReadonlyMap<string, number> {
    const found = new Map<string, number>();
    const note = (t: string, q: number) => found.set(t, Math.max(found.get(t) ?? 0, q));
    if (this.vocabulary.has(term)) note(term, QUALITY.exact);
    if (term.length >= 4) {
      for (const t of this.vocabulary.atPrefix(term).keys()) if (t !== term) note(t, QUALITY.prefix);
      // The question word is longer than an indexed word it starts with (a compound or an unstemmed ending).
      for (let n = term.length - 1; n >= 5; n--) if (this.vocabulary.has(term.slice(0, n))) note(term.slice(0, n), QUALITY.stemOfQuery);
      const maxDistance = term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
      for (const [t, distance] of maxDistance > 0 ? this.typos.within(term, maxDistance) : []) {
        if (distance > 0) note(t, distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
      }
    }
    // Norwegian writes compounds as one word ("skoleturer", "foreldremøte"): try the two parts.
    if (found.size === 0 && this.family === 'no' && term.length >= 7) {
      for (let cut = 3; cut <= term.length - 3; cut++) {
        const head = term.slice(0, cut);
        const tail = term.slice(cut);
        const heads = [head, head.endsWith('s') || head.endsWith('e') ? head.slice(0, -1) : ''].filter((h) => h.length >= 3 && this.vocabulary.has(h));
        const tails = [tail, ...this.vocabulary.atPrefix(tail).keys()].filter((t) => this.vocabulary.has(t)).slice(0, 3);
        if (heads.length > 0 && tails.length > 0) for (const t of [...heads, ...tails]) note(t, QUALITY.compound);
      }
    }
    // Most question words are unknown to most families (a Norwegian word in the Polish index): one shared empty
    // resolution instead of a Map per word and family in the memo.
    return found.size > 0 ? found : NO_CANDIDATES;
  }

  match(parts: QuestionParts): ArticleMatch[] {
    const focus = new Set(termsOfTokens(parts.focus, this.family, this.termOf));
    const story = [...new Set(termsOfTokens(parts.story, this.family, this.termOf))].filter((t) => !focus.has(t));
    const query = [...focus, ...story];
    if (query.length === 0 || this.docs.size === 0) return [];
    // Exact, prefix and typo matches never cross scripts, so this family could only return nothing.
    if (!query.some((term) => this.scripts.has(scriptOf(term)))) return [];
    const resolved = query.map((term) => {
      const candidates = this.resolveCached(term);
      let weight = this.unknownWeight;
      let bestQuality = 0;
      for (const [t, quality] of candidates) {
        if (quality > bestQuality) {
          bestQuality = quality;
          weight = this.idf(t);
        }
      }
      return { candidates, weight };
    });
    // A long story before the question ("Jeg jobber i … . Hvem kan gi oss råd?") weighs at most `storyShare` times
    // the question itself: its many words would otherwise dilute what is asked below the acceptance threshold.
    const focusWeight = resolved.slice(0, focus.size).reduce((sum, r) => sum + r.weight, 0);
    const storyWeight = resolved.slice(focus.size).reduce((sum, r) => sum + r.weight, 0);
    if (storyWeight > 0 && focusWeight > 0) {
      const factor = Math.min(1, Math.max(this.scoring.storyFloor, (this.scoring.storyShare * focusWeight) / storyWeight));
      for (let i = focus.size; i < resolved.length; i++) {
        const r = resolved[i];
        if (r) resolved[i] = { candidates: r.candidates, weight: r.weight * factor };
      }
    }
    const queryWeight = resolved.reduce((sum, r) => sum + r.weight, 0);

    // Every phrasing that shares a resolved term with the question (the resolution already did prefix and typo matching).
    const hitIds = new Set<number>();
    for (const r of resolved) for (const t of r.candidates.keys()) for (const id of this.termDocs.get(t) ?? []) hitIds.add(id);
    // Per article: the best single phrasing (soft Dice) and the most of any phrasing the question mentions.
    const perArticle = new Map<string, { dice: number; coverage: number; precision: number }>();
    const matchedDocTerms = new Map<string, number>();
    for (const id of hitIds) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      matchedDocTerms.clear();
      let covered = 0;
      for (const r of resolved) {
        let quality = 0;
        for (const [t, q] of r.candidates) {
          if (doc.terms.has(t)) {
            matchedDocTerms.set(t, Math.max(matchedDocTerms.get(t) ?? 0, q));
            quality = Math.max(quality, q);
          }
        }
        covered += r.weight * quality;
      }
      let matchedWeight = 0;
      for (const [t, q] of matchedDocTerms) matchedWeight += this.idf(t) * q;
      const coverage = queryWeight > 0 ? covered / queryWeight : 0;
      const precision = doc.weight > 0 ? matchedWeight / doc.weight : 0;
      const dice = harmonic(coverage, precision);
      const previous = perArticle.get(doc.articleId);
      if (!previous) perArticle.set(doc.articleId, { dice, coverage, precision });
      else {
        previous.dice = Math.max(previous.dice, dice);
        previous.coverage = Math.max(previous.coverage, coverage);
        previous.precision = Math.max(previous.precision, precision);
      }
    }
    // How much of the question the article's whole vocabulary explains (its body text at a discount),
    // against how fully the question states one of its phrasings.
    const best = new Map<string, ArticleMatch>();
    for (const [articleId, m] of perArticle) {
      const vocabulary = this.articleTerms.get(articleId) ?? new Set<string>();
      const body = this.bodyTerms.get(articleId) ?? new Set<string>();
      const title = this.titleTerms.get(articleId) ?? new Set<string>();
      let covered = 0;
      let titled = 0;
      for (const r of resolved) {
        let quality = 0;
        let titleQuality = 0;
        for (const [t, q] of r.candidates) {
          if (vocabulary.has(t)) quality = Math.max(quality, q);
          else if (body.has(t)) quality = Math.max(quality, q * this.scoring.bodyDiscount);
          if (title.has(t)) titleQuality = Math.max(titleQuality, q);
        }
        covered += r.weight * quality;
        titled += r.weight * titleQuality;
      }
      const articleCoverage = queryWeight > 0 ? covered / queryWeight : 0;
      const titleCoverage = queryWeight > 0 ? titled / queryWeight : 0;
      const share = this.scoring.articleShare;
      const similarity = share * harmonic(articleCoverage, m.precision) + (1 - share) * m.dice + this.scoring.titleBonus * titleCoverage;
      best.set(articleId, { articleId, similarity, coverage: articleCoverage, precision: m.precision });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
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
   * Builds the index from the articles. The costly part is finding every text's index terms (stemming every phrasing
   * and body of every language, ~1.5 s of CPU); `precomputed` are those terms as the build step wrote them
   * (see index-terms-file.ts), for exactly these texts.
   */
  static build(articles: readonly IndexableArticle[], extra: ExtraPhrasings = {}, scoring: IndexScoring = DEFAULT_SCORING, precomputed?: IndexTermsByFamily): ArticleIndex {
    const texts = indexTexts(articles, extra);
    return new ArticleIndex(TEXT_FAMILIES.map((f) => new FamilyIndex(f, precomputed?.get(f) ?? familyTerms(f, texts.get(f) ?? { entries: [], bodies: [] }), scoring)));
  }

  /** Articles ranked by similarity, best first; each article once, with its better family reading. */
  match(text: string): ArticleMatch[] {
    const parts = questionParts(withAssignmentNumbers(normalize(text)));
    const best = new Map<string, ArticleMatch>();
    for (const index of this.families) {
      for (const m of index.match(parts)) {
        const previous = best.get(m.articleId);
        if (!previous || m.similarity > previous.similarity) best.set(m.articleId, m);
      }
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  }
}
