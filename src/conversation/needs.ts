import type { Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';
import { allMatches } from '../language/all-matches';
import type { IntentBase, Understanding } from '../understanding/types';
import type { ReadInStages, ReadingStages, Understand } from '../understanding/understand';
import type { Role } from '../understanding/role-reader';
import { ASKS_WHO_TO_CONTACT, contactIntentSchema, type ContactIntent, type ContactQuery } from '../contacts/intents';
import type { ServiceId } from '../contacts/service-ids';
import { statsIntentSchema } from '../stats/intents';
import { articleIntentSchema, suggestIntentSchema } from '../knowledge/intents';
import { CLEAR, rememberReading, slotMemo, type FollowUpResolver, type RememberedReading, type SlotMemo } from './follow-up';
import type { CallerGroup, NeedsWords } from './needs-words';
import { parsedOfKind, readingOfKind } from '../understanding/intent-of-kind';

/** A reading of the turn as a contact, statistics or article intent, when it is of that kind (see `readingOfKind`). */
const contactOf = (intent: unknown) => readingOfKind(contactIntentSchema, 'contact', intent);
const statsOf = (intent: unknown) => readingOfKind(statsIntentSchema, 'stats', intent);
const articleOf = (intent: unknown) => readingOfKind(articleIntentSchema, 'article', intent);

/**
 * Two questions in one message ("how many cases did the envoys have, and who covers Ethiopia?", "hva er negativ
 * sosial kontroll og hvem kan jeg ringe?") get an answer each, in the same turn. The message is cut at its clause
 * boundaries (content/understanding/needs/<lng>.json) and each part is read with the same understanding step as a
 * whole message; a part after the first may lean on the one before, as a follow-up leans on the last answer
 * ("how many advisers and how many schools?": the schools of the advisers).
 *
 * A split is kept only when every part is a question of its own (statistics, a contact, an article: what the
 * follow-up resolver remembers), read at least "clear" (0.8, as the follow-up resolver uses it) or as surely as
 * the whole message's own reading (never below "probably", 0.5), and the parts ask about different subjects of
 * which the whole reading answers at most one; otherwise the whole message keeps its one reading. A story of
 * several sentences is split only in its closing question ("… Is this negative social control, and is there a number
 * she can call?"), a part asking what the whole reading answers taking that reading; nor is a question followed by a
 * statement. The first part may lean on the
 * last answer of the conversation, like any follow-up. Danger and young writers are decided on the whole message, before and apart from
 * this; a young writer's message is split only into an article and their reading (deliberately the children's lines).
 *
 * Follow-ups remember the last part's reading: the next message is read against what was asked last.
 */

/** The parts' readings, in the order they were asked (two or three), or undefined for one answer as before. */
/** `slots`: the slots already read of this message's texts by its follow-up reading (see `SlotMemo`). */
export type NeedsReader = (text: string, lng: Lang, understanding: Understanding, previous: RememberedReading | undefined, slots?: SlotMemo) => readonly IntentBase[] | undefined;

export interface NeedsDeps {
  readonly words: ReadonlyMap<Lang, NeedsWords>;
  /**
   * The same understanding step the whole message went through; with `inStages`, a part is read only as far as the
   * split needs (see `wholeOnly` for a step without it).
   */
  readonly understand: Understand & { readonly inStages?: ReadInStages };
  /** Reads a part that leans on the part before ("and VO-linjen?", "how many schools?"). */
  readonly followUp?: FollowUpResolver;
  /** The service an article is about ("service-expert-team": the expert team), as the follow-up resolver reads it. */
  readonly serviceOfArticle?: (articleId: string) => string | undefined;
  /**
   * A part's reading for the role the whole message says the asker has (a part is read without the story that said
   * it: "I teach adults … Who can we talk to?"); reading-rules.ts `forAskerRole`.
   */
  readonly forRole?: (intent: IntentBase, role: Role) => IntentBase;
  /**
   * The contact question of a text that asks for a website to read ("czy jest jakaś strona dla uczniów?"), as the
   * contacts recognizer reads it, if it asks for one.
   */
  readonly siteAsked?: (text: string, lng: Lang) => ContactQuery | undefined;
  /** The one service a text names, if any ("mangfoldsrådgiverne"), as the contacts recognizer reads it. */
  readonly namedService?: (text: string, lng: Lang) => ServiceId | undefined;
  /**
   * The envoy post whose main coverage line (operational or primary) names a country, if any: countries listed in one
   * question that share it are answered by one card ("Syria, Lebanon and Egypt": Amman's card names all three).
   */
  readonly mainPostOf?: (countryCode: string) => string | undefined;
  /** Whether a service is a line a person calls to talk (services.json kind "helpline": Alarmtelefonen, the Red Cross line). */
  readonly isLine?: (serviceId: string) => boolean;
  /**
   * The countries a text names (not Norway), in order, at their token positions in `tokens` (the text as the country
   * reader folds it: lower case, no accents), as the contacts directory reads them.
   */
  readonly countriesNamed?: (text: string, lng: Lang) => { readonly tokens: readonly string[]; readonly mentions: ReadonlyArray<{ readonly code: string; readonly start: number; readonly end: number }> };
}

/** A part read only "probably" (beside a part that the whole reading answers) says at least this much. */
const MIN_PROBABLE_TOKENS = 3;
/** More clauses than this is a story with a question in it, not a list of questions. */
const MAX_CLAUSES = 6;
/** Three questions are answered; a fourth is more likely one question cut at an "and" inside it. */
const MAX_PARTS = 3;
/** Readings that are not a question of their own: nothing sure, or only suggestions. */
const NOT_UNDERSTOOD: ReadonlySet<string> = new Set(['unknown', 'suggest']);
/** A sentence that ends before the part does: the part is a story with a question in it, not one question. */
const SENTENCE_INSIDE = /[.!۔።?؟፧]\s+\S/u;
/** Where one sentence ends and the next begins. */
const SENTENCE_END = /(?<=[.!۔።?؟፧])\s+(?=\S)/gu;
/** A question mark in any of the twelve languages' scripts, ending a part. */
const QUESTION_END = /[?؟፧]$/u;
/** "Probably", as the recognizers' scores are calibrated (understanding/types.ts): the least a part may be read at. */
const PROBABLY = 0.5;
/** A first sentence or a lead-in before a colon ("Jeg jobber i NAV.", "Two things:"), with what follows it. */
const OPENING = /^([^.!?:؟۔።፧]{1,80}[.!:۔።])\s+(?=\S)/u;
/** An opening this short says who asks or that a list follows; a longer one is part of a story. */
const MAX_OPENING_TOKENS = 6;
/**
 * An opening that announces a list ("I'm the father of a 14-year-old and want to know two things:") may say who asks at
 * more length: what follows its colon is what is asked.
 */
const MAX_LIST_OPENING_TOKENS = 14;
/** What is trimmed off a part's ends: spaces, commas, semicolons and dashes (a question mark stays). */
const TRIM = /^[\s,،፣;؛–—-]+|[\s,،፣;؛–—-]+$/gu;

/** A comma in the twelve languages' scripts, with the space after it. */
const COMMA = /[,،፣]\s+/u;

/** A clause's place in the message as written. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The message's clauses as written, cut at every boundary of the language; one clause when there is none. */
export function splitClauses(text: string, words: NeedsWords): string[] {
  return clauseSpans(text, words).map((s) => text.slice(s.start, s.end).replace(TRIM, ''));
}

function clauseSpans(text: string, words: NeedsWords): Span[] {
  const cuts = words.boundaries
    .flatMap((pattern) => allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue; // inside a longer cut already taken
    spans.push({ start: from, end: cut.start });
    from = cut.end;
  }
  spans.push({ start: from, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).replace(TRIM, '').length > 0);
}

/** The message's sentences as written. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const end of allMatches(SENTENCE_END, text)) {
    spans.push({ start: from, end: end.index });
    from = end.index + end[0].length;
  }
  spans.push({ start: from, end: text.length });
  return spans;
}

/**
 * The questions a message of several sentences may close with, and the story before them, longest run first: its last
 * sentences, as long as each asks (a question mark, or a question or request written without one: "… i 2022? Og legg
 * gjerne ved nummeret deres"), down to the last sentence alone. None when the message is one sentence or ends in a
 * statement; a run is offered only while the story before it asks nothing (a question among statements is read with
 * them, as one message). A message whose every sentence asks is asked whole, with no story.
 */
function closingQuestions(text: string, words: NeedsWords, opensAsking: boolean): Array<{ readonly story: string; readonly asked: string }> {
  const sentences = sentenceSpans(text);
  if (sentences.length < 2) return [];
  let first = sentences.length;
  while (first > 0 && ((first === 1 && opensAsking) || words.asks(text.slice(sentences[first - 1]?.start ?? 0, sentences[first - 1]?.end ?? 0)))) first--;
  const out: Array<{ readonly story: string; readonly asked: string }> = [];
  for (let i = first; i < sentences.length; i++) {
    const start = sentences[i]?.start ?? 0;
    const story = text.slice(0, start).trim();
    if (/[?؟፧]/u.test(story)) break;
    out.push({ story, asked: text.slice(start) });
  }
  return out;
}

/** The fewest words a question after a statement has when it asks apart from the statement. */
const MIN_WORDS_AFTER_STATEMENT = 5;

/**
 * The questions of a message whose asking sentences stand among statements or before one ("Which envoy covers Sudan? A
 * patient asked, they plan a visit. Also, is there training …?", "How many advisers are there, and what were they
 * called? Some still say …"): the asking sentences from the first one on, read together, the statements between and
 * after them being story. None unless a statement follows the first asking sentence and a sentence ends in a question
 * mark (otherwise `closingQuestions` offers what there is).
 */
function askedAmongStatements(text: string, words: NeedsWords, opensAsking: boolean): Asked[] {
  // A loop, not `map` with an arrow made in each call (compiled again after its optimized code is dropped).
  const textSpans = sentenceSpans(text);
  const sentences: { sentence: string; asks: boolean }[] = [];
  for (let i = 0; i < textSpans.length; i++) {
    const span = textSpans[i] as (typeof textSpans)[number];
    const sentence = text.slice(span.start, span.end);
    sentences.push({ sentence, asks: (i === 0 && opensAsking) || words.asks(sentence) });
  }
  const first = sentences.findIndex((s) => s.asks);
  if (first < 0 || !sentences.slice(first).some((s) => !s.asks) || !sentences.some((s) => s.asks && QUESTION_END.test(s.sentence.trim()))) return [];
  // A short question after a statement leans on it ("… they took my phone. Who can I talk to?"): not asked apart from it.
  const afterStatement = sentences.filter((s, i) => s.asks && sentences.slice(first, i).some((before) => !before.asks));
  if (afterStatement.some((s) => tokenize(normalize(s.sentence)).length < MIN_WORDS_AFTER_STATEMENT)) return [];
  const asked = sentences.filter((s) => s.asks).map((s) => s.sentence.trim()).join(' ');
  const story = sentences.filter((s) => !s.asks).map((s) => s.sentence.trim()).join(' ');
  const spans = sentenceSpans(asked).flatMap((sentence) => clauseSpans(asked.slice(sentence.start, sentence.end), words).map((c) => ({ start: c.start + sentence.start, end: c.end + sentence.start })));
  return [{ story, asked, spans }];
}

/** Every way to group consecutive clauses into 2…MAX_PARTS parts, as the index where each part starts. */
function groupings(clauses: number): number[][] {
  const out: number[][] = [];
  const extend = (starts: number[]): void => {
    if (starts.length >= 2) out.push(starts);
    if (starts.length >= MAX_PARTS) return;
    for (let next = (starts[starts.length - 1] ?? 0) + 1; next < clauses; next++) extend([...starts, next]);
  };
  extend([0]);
  return out;
}

/** What a message asks, after the story before it (if any), cut into clauses. */
interface Asked {
  readonly story: string;
  readonly asked: string;
  readonly spans: readonly Span[];
}

/** A split into needs: the parts' readings, and how sure the least sure of them is. */
interface Split {
  readonly intents: IntentBase[];
  readonly sure: number;
}

/** A part's reading, and how sure it is. */
interface PartReading {
  readonly intent: IntentBase;
  readonly sure: number;
  /** The part doubts or checks the answer to the part before ("er det framleis Ankara?"): not a need of its own. */
  readonly doubt?: boolean;
}

export function createNeedsReader(deps: NeedsDeps): NeedsReader {
  return (text, lng, read0, previous, slots = slotMemo()) => {
    const words = deps.words.get(lng);
    if (!words) return undefined;
    // "What do we do if we're worried about a child …, and who can train our staff?": a case told as the start of a
    // conversation (triage) beside a wish for training is one plan of whom to contact, the case's advice first.
    // Read whole as whom to contact for training ("… and who can run a course for our staff?" drew the case in as a
    // child), the case told in a clause of its own asks for the case's advice as well.
    const wholeTraining = contactOf(read0.intent)?.query;
    const trainingOnly = wholeTraining?.training === true && wholeTraining.caseAdvice !== true && wholeTraining.serviceId === undefined && wholeTraining.country === undefined;
    if ((read0.intent.kind === 'triage' || trainingOnly) && !read0.youngWriter) {
      const plan = caseBesideTraining(text, lng, read0, words, deps.understand, (articleId) => deps.serviceOfArticle?.(articleId) === 'expert-team');
      if (plan || read0.intent.kind === 'triage') return plan;
    }
    // A message understood as a command, the start of a conversation (triage) or a registration keeps its one answer.
    if (!rememberReading(read0.intent) && !NOT_UNDERSTOOD.has(read0.intent.kind)) return undefined;
    // "I work at NAV. What is …, and who …?", "Two things: …": a short opening that asks nothing is not a need of its own.
    // Each part is read once, and only as far as asked: most parts read for an opening or a caller are no need of their
    // own by who writes them or how sure their surest candidate is, before any danger, scope or composition is read.
    const readings = new Map<string, ReadingStages>();
    const stagesOf = (part: string): ReadingStages => {
      let stages = readings.get(part);
      if (!stages) readings.set(part, (stages = deps.understand.inStages?.(part, lng) ?? wholeOnly(() => deps.understand(part, lng))));
      return stages;
    };
    const understand = (part: string): Understanding => stagesOf(part).understanding();
    const opening = OPENING.exec(text);
    // An opening read clearly as a named service's contact or a figure ("ናይ Kompetanseteamet ቁጽሪ ሃበኒ።",
    // "Kompetanseteamet's number."), its request verb at the end where no request word opens it, is the first need, not
    // a lead-in; a case told ("My client is abroad, in Pakistan.") stays the story, whatever it reads as.
    const asksOnItsOwn = (sentence: string): boolean => {
      const stages = stagesOf(sentence.replace(TRIM, ''));
      if (stages.role() !== undefined || (stages.candidates()[0]?.score ?? 0) < CLEAR) return false;
      const reading = stages.understanding();
      const query = contactOf(reading.intent)?.query;
      const named = (query !== undefined && query.serviceId !== undefined && query.country === undefined) || statsOf(reading.intent) !== undefined;
      return named && reading.role === undefined && (reading.candidates[0]?.score ?? 0) >= CLEAR;
    };
    const openingTokens = opening?.[1] !== undefined ? tokenize(normalize(opening[1])).length : Infinity;
    const shortOpening = opening?.[1] !== undefined && openingTokens <= (opening[1].endsWith(':') ? MAX_LIST_OPENING_TOKENS : MAX_OPENING_TOKENS) ? opening[1] : undefined;
    const opensAsking = shortOpening !== undefined && !shortOpening.endsWith(':') && asksOnItsOwn(shortOpening);
    const afterOpening = opening && shortOpening !== undefined && !opensAsking ? text.slice(opening[0].length) : text;
    // A story that ends in questions: they are what may hold two needs; the story is what the whole message's
    // reading (and danger, role and age) already drew on. Questions one after another ("Who covers Somalia? And
    // Iraq?", "Trenger tallet for 2023. Send meg også e-posten deres") are not a story: each sentence is asked.
    const trimmed = afterOpening.trim();
    // The longest run of closing questions first; when its first sentence is no need of its own ("I'd like to show
    // what we did last time. How many …? And what is …?"), it belongs to the story, and the shorter run is tried.
    const closings = closingQuestions(trimmed, words, opensAsking);
    /** The clauses of asked sentences, each sentence cut at its boundaries. */
    const spansOf = (asked: string): Span[] => sentenceSpans(asked).flatMap((sentence) => clauseSpans(asked.slice(sentence.start, sentence.end), words).map((s) => ({ start: s.start + sentence.start, end: s.end + sentence.start })));
    const candidates: readonly Asked[] = closings.length > 0 ? closings.map((closing) => ({ ...closing, spans: spansOf(closing.asked) })) : [{ story: '', asked: afterOpening, spans: clauseSpans(afterOpening, words) }];

    // "Where can I as a parent get advice, and whom can my son call himself?": who will call, said in a part of its own,
    // beside the asker's own question of whom to contact, is one plan for both (the whole message's reading took the
    // asker for the caller).
    const partsCaller = callerOfParts(read0, candidates, stagesOf);
    const whole: Understanding = partsCaller ? { ...read0, intent: partsCaller } : read0;
    const wholeKey = keyOf(whole.intent);
    const wholeScore = whole.candidates[0]?.score ?? 0;
    const wholeIsClear = wholeScore >= CLEAR;
    // A part read at least as surely as the whole message's reading, which today's answer already trusts, is sure enough.
    const sureEnough = Math.min(CLEAR, NOT_UNDERSTOOD.has(whole.intent.kind) ? CLEAR : Math.max(PROBABLY, wholeScore));
    // "Kompetanseteamet's number, and may adults call them themselves?": when the whole message reads clearly as one
    // part's question, that part anchors the split, and the other part needs to be read only "probably" (at least
    // 0.5) as a question of another subject. Without such a part, every part must be as sure as the whole reading.
    // A whole read as a question of whom to contact ("… og finst det ei anonym linje?") anchors it as a clear one does.
    // A message the understanding reads as nothing sure (suggestions at most): its parts are all there is to answer.
    const unreadWhole = NOT_UNDERSTOOD.has(whole.intent.kind);
    const suggestedByWhole: ReadonlySet<string> = new Set(readingOfKind(suggestIntentSchema, 'suggest', whole.intent)?.articleIds ?? []);
    const anchored = (wholeIsClear || (contactOf(whole.intent) !== undefined && wholeScore >= ASKS_WHO_TO_CONTACT)) && rememberReading(whole.intent) !== undefined;
    /**
     * "What are my duties …, and where do I find teaching material on it?": a part asking for teaching material or a
     * lecture names no topic of the field ("on it", "on the topic"), so on its own it reads as an everyday errand (teaching
     * material of any subject); beside the rest of a message that is about the field, it asks who trains staff and has
     * material, as the contacts recognizer read it (issue #13).
     */
    const trainingInScope = (own: Understanding): Understanding => {
      if (own.outOfScope !== true || whole.outOfScope === true || unreadWhole) return own;
      const top = own.candidates[0];
      if (!top || top.score < ASKS_WHO_TO_CONTACT || contactOf(top.intent)?.query.training !== true) return own;
      return { ...own, outOfScope: false, intent: top.intent };
    };
    /**
     * A part clear on its own (or as sure as the whole message's reading), resolved against the part before, or read
     * exactly as the whole message already is.
     */
    const read = (
      part: string,
      before: RememberedReading | undefined,
      first: boolean,
      least: number,
      { story, bothGroups, partBefore }: { readonly story: string; readonly bothGroups: boolean; readonly partBefore?: string },
    ): PartReading | undefined => {
      // "…the joint annual report replaces the separate counts. When is it due, and was it 245 cases for us?": a part
      // that only points back ("when is it due", "hva innebærer det") asks about the story, so it is read with it.
      const pointing = pointsBackOnly(part, words.pointsBack);
      const asWritten = pointing && story ? understand(`${story} ${part}`) : understand(part);
      // "… is there training for our staff since we have no adviser at our school?": the reason is story, the question is before it.
      const beforeReason = NOT_UNDERSTOOD.has(asWritten.intent.kind) ? words.withoutReason(part) : undefined;
      const ownAlone = beforeReason !== undefined ? understand(beforeReason) : asWritten;
      // "I'm 18 and my family wants me married. 1) Where can I live if I leave home? 2) …": a part that says too little
      // on its own is read with the story before it (an age, who asks), when that makes it a question of whom to contact.
      // The story after the opening first; then with the opening too ("I'm 18." says who will call).
      const told = [story, `${text.slice(0, text.length - afterOpening.length)} ${story}`.trim()].filter((x, i, all) => x.length > 0 && all.indexOf(x) === i);
      const unread = !pointing && (ownAlone.candidates[0]?.score ?? 0) < PROBABLY;
      // A part that leans on the part before ("barnevernet her: … i 2021? og kva er e-postadressa deira") is read
      // against that part, not the story.
      const leansOnBefore = unread && before !== undefined && deps.followUp?.(part, lng, ownAlone, before, slots) !== undefined;
      const withStory = unread && !leansOnBefore ? told.map((x) => understand(`${x} ${part}`)).find((r) => contactOf(r.intent) !== undefined && (r.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT) : undefined;
      const own = trainingInScope(withStory ?? ownAlone);
      const aboutWhole = pointing && !story && (NOT_UNDERSTOOD.has(own.intent.kind) || own.intent.kind === 'article');
      // "Jeg er mangfoldsrådgiver og lurer på to ting: …": who is asking is no question of its own.
      // A part opening as a question ("og kan vi i barnehagen kontakte dem direkte") asks, whoever it says is asking.
      const introduction = !pointing && own.role !== undefined && !QUESTION_END.test(part) && !words.asks(part) && tokenize(normalize(part)).length <= MAX_INTRODUCTION_TOKENS;
      if (aboutWhole || introduction) {
        return rememberReading(whole.intent) && wholeScore >= PROBABLY ? { intent: whole.intent, sure: Math.max(wholeScore, sureEnough) } : undefined;
      }
      // "How many cases did the envoys have, and is there a website for young people about it?", "…, i czy jest jakaś
      // strona dla uczniów o ich prawach?": a part asking for a site to read is a need of its own (the sites' card), not
      // the part before asked again, nor an article the understanding guesses at (issue #13).
      const site = own.youngWriter ? undefined : deps.siteAsked?.(part, lng);
      if (site) {
        const siteIntent: ContactIntent = { kind: 'contact', query: site };
        return { intent: whole.role && !own.role && deps.forRole ? deps.forRole(siteIntent, whole.role) : siteIntent, sure: Math.max(ASKS_WHO_TO_CONTACT, sureEnough) };
      }
      // "Alarmtelefonen's number, and the one for adults?": a part that names the other group of callers than the line
      // asked about before it, and asks about no service or country of its own, asks for that group's lines.
      const otherGroup = groupsLine(before, own, words.callerGroup(part), bothGroups);
      if (otherGroup) return { intent: otherGroup, sure: CLEAR };
      // "What were the diversity advisers called before, and how many of them are there?": after an article of no one
      // service (their history), "them" is the one service the part before names, as after its contact card.
      const namedBefore = before?.kind === 'article' && serviceOfArticle(before) === undefined && partBefore !== undefined ? deps.namedService?.(partBefore, lng) : undefined;
      // A figure asked of it, or its contact when the whole message reads as that contact ("…, og hvordan finner jeg
      // nummeret til en rådgiver?"); a doubt ("var det ikke UDI …?") or what the service does ("gjev dei råd til
      // barnehagar?") stays with the article.
      const ofNamed = namedBefore ? deps.followUp?.(part, lng, own, { kind: 'contact', query: { serviceId: namedBefore } }, slots) : undefined;
      const contactAsked = ofNamed?.intent.kind === 'contact' && contactOf(whole.intent)?.query.serviceId === namedBefore;
      const ofNamedKept = ofNamed && ofNamed.reason !== 'pushback' && ofNamed.reason !== 'after-hours' && (ofNamed.intent.kind === 'stats' || contactAsked) ? ofNamed : undefined;
      const resolved = before && (ofNamedKept ?? deps.followUp?.(part, lng, own, before, slots));
      // A part that names a service or country of its own ("… og politiets nummer når det ikke haster") asks about
      // that, not about the part before, whatever else in it reads as a follow-up ("ikke haster" as "after hours?");
      // a doubt naming a post ("er det framleis Ankara?") stays a doubt.
      // Nor does a part the anchored split reads "probably" as an article of another subject ("… and may people over 18
      // contact them themselves?": the article on adults, not the card before again).
      const ownArticle = anchored && resolved?.reason === 'same-subject' && articleOfItsOwn(own, resolved.intent, part);
      // Nor is a figure asked after an article part ("When is it due, and was it 245 cases for us in 2023?") that
      // article again: it is the figure.
      const ownFigure = resolved?.reason === 'same-subject' && before?.kind === 'article' && statsOf(own.intent) !== undefined && (own.candidates[0]?.score ?? 0) >= PROBABLY;
      // Nor is a wish for training ("… and who can train our office on it?") the article before it again: "it" names the
      // topic of the course, the part asks who gives it; nor, after a service's contact ("Kompetanseteamet's number, and
      // is there a course for our staff?"), that service's card again: those who train staff are the answer.
      // Nor, after a figure ("How many new adviser posts came in 2024, and who can train our staff?"), is it that figure's
      // service counted again: a figure never answers who trains.
      const ownTraining = resolved !== undefined && resolved.reason !== 'pushback' && asksForTraining(own) && (articleOf(resolved.intent) !== undefined || trainsNoStaff(resolved.intent) || statsOf(resolved.intent) !== undefined);
      // Nor is "… Er dette negativ sosial kontroll, og finnes det et nummer hun selv kan ringe?" the contact of the article
      // before it: a part asking whom to call, when the whole message asks the same, is the whole's plan (it saw the
      // story: her age, who will call, the asker's role).
      const ownPlan = resolved?.reason === 'same-subject' && before?.kind === 'article' && asksForPlan(own) && subjectOf(own.intent) === subjectOf(whole.intent);
      // Nor, after a service's card that is no line to call (the diversity advisers, Kompetanseteamet), is a part asking
      // for a line to call, of no service or country ("… and which number can she ring if she just wants to talk?"),
      // that service's number again: the lines are its answer, for the caller the whole message names (issue #13).
      const ownLine = resolved !== undefined && resolved.reason !== 'pushback' && asksForLine(own) && serviceNoLine(resolved.intent, deps.isLine);
      const followUp = (resolved && resolved.reason !== 'pushback' && namesItsOwnContact(own, resolved.intent)) || ownArticle || ownFigure || ownTraining || ownPlan || ownLine ? undefined : resolved;
      // "…dekkjer Iran no? er det framleis Ankara?": a guess checked against the part before is no need of its own;
      // the answer to that part answers it (and says what the guess is).
      if (followUp?.reason === 'pushback' && !first) return { intent: followUp.intent, sure: CLEAR, doubt: true };
      // "How many advisers are there, and are they only at upper secondary schools?": a question the understanding reads
      // as nothing, which the follow-up reading takes for the figure before it again, asks something else about that
      // figure's service: what its article says (where they work, whom they help).
      // "… and where do I find the one for our school?", read as nothing sure but with that service's article among its
      // guesses, asks the same.
      // `before` is a remembered reading, not a turn's: a figure remembered with the years shown before it (`earlier`)
      // is no statistics intent to the schema (strict), so it is parsed here, as it always was (perf41c).
      const serviceArticle = !first && parsedOfKind(statsIntentSchema, 'stats', before) !== undefined && words.asks(part) && (own.candidates[0]?.score ?? 0) < PROBABLY ? articleOfServiceOf(before) : undefined;
      const leansOnFigure = followUp !== undefined && keyOf(followUp.intent) === keyOf(before);
      const guessesIt = followUp === undefined && serviceArticle !== undefined && own.candidates.some((c) => keyOf(c.intent) === keyOf(serviceArticle));
      if (serviceArticle && (leansOnFigure || guessesIt)) return { intent: serviceArticle, sure: PROBABLY };
      // "fagteamet's e-mail, and how many jobs did they do in 2023?", "can we book them, and how many such sessions did
      // they hold?": after a service's own card, a part that reads as nothing of its own, as that card again or as a figure
      // without its service, asks the figure the whole message reads as (the one answer it got before), of that same service (issue #13).
      if (!first && figureOfCardBefore(before, part, own, followUp?.intent)) return { intent: whole.intent, sure: CLEAR };
      if (followUp && followUp.reason !== 'pushback') return { intent: followUp.intent, sure: CLEAR };
      const score = own.candidates[0]?.score ?? 0;
      // A part that asks whom to contact ("who advises kindergartens on FGM") is a need of its own beside any other,
      // however clearly the whole message reads as that other: the contacts recognizer reads it no surer than this.
      const asksWhoToContact = score >= ASKS_WHO_TO_CONTACT && contactOf(own.intent) !== undefined;
      // "… A woman (24) … What are my duties here, and where can she get help herself?": the part asking a duty the
      // whole message asks is what the whole reading answers (it saw the story: the duty towards a grown-up).
      const asksWholeDuty = (own.duties ?? []).some((d) => (whole.duties ?? []).includes(d)) && articleOf(whole.intent) !== undefined;
      const asWhole = (keyOf(own.intent) === wholeKey || asksWholeDuty) && wholeScore >= PROBABLY;
      // A part read only "probably" is a question when it says enough to be one: "… for born og unge" is no second need.
      const probableQuestion = score >= least && (score >= sureEnough || tokenize(normalize(part)).length >= MIN_PROBABLE_TOKENS);
      const clear = probableQuestion || asksWhoToContact || asWhole;
      const ownIntent = ownLine ? withWholeCaller(own.intent, whole.intent) : own.intent;
      const intent = asksWholeDuty ? whole.intent : whole.role && !own.role && deps.forRole ? deps.forRole(ownIntent, whole.role) : ownIntent;
      // A young writer's part read as their own lines, when the whole message is theirs ("I'm 16. 1) how do I find out
      // whether my school has an adviser? 2) what is Nora?"), is the whole reading's part: the lines, beside the article.
      const youngAsWhole = own.youngWriter === true && whole.youngWriter === true && subjectOf(intent) === wholeSubject;
      return clear && (!own.youngWriter || youngAsWhole) && rememberReading(intent) ? { intent, sure: asksWhoToContact || asWhole ? Math.max(score, sureEnough) : score } : undefined;
    };

    /**
     * Whether a part after a service's contact card asks the figure of that service which the whole message reads
     * as: the whole a figure of that one service (not of a country), the part a question that reads as nothing sure, as
     * the card again, or as a figure of no service or the same one.
     */
    const wholeFigureOf = statsOf(whole.intent)?.query;
    const figureOfCardBefore = (before: RememberedReading | undefined, part: string, own: Understanding, followed: IntentBase | undefined): boolean => {
      if (wholeFigureOf?.service === undefined || before === undefined) return false;
      // After that service's article ("Is there an adviser at our school? …, and how many are there in all?") as after its
      // card, when the whole message reads clearly as that figure.
      const ofArticle = before.kind === 'article' && wholeIsClear && serviceOfArticle(before) === wholeFigureOf.service;
      if (!ofArticle && (before.kind !== 'contact' || before.query.country !== undefined || before.query.serviceId !== wholeFigureOf.service)) return false;
      if (!(QUESTION_END.test(part) || words.asks(part))) return false;
      const ownFigure = statsOf(own.intent)?.query;
      const score = own.candidates[0]?.score ?? 0;
      return (
        score < PROBABLY ||
        NOT_UNDERSTOOD.has(own.intent.kind) ||
        (ownFigure !== undefined && (ownFigure.service === undefined || ownFigure.service === wholeFigureOf.service)) ||
        (followed !== undefined && keyOf(followed) === keyOf(before))
      );
    };
    const wholeSubject = subjectOf(whole.intent);
    const wholeQuery = contactOf(whole.intent)?.query;
    const wholeService = wholeQuery?.serviceId;
    // "Kompetanseteamet's number, and how many advisers are there?" reads as one contact of both services: a part asking
    // for one of them is a part the whole reading answers, and the other part (the figure) a need of its own.
    const wholeServices = new Set([...(wholeService ? [wholeService] : []), ...(wholeQuery?.alsoServiceIds ?? [])]);
    /** A part about the whole reading's subject, or (the whole a service's contact) that service's contact or article ("what is fagteamet?"). */
    const answersWhole = (intent: IntentBase, parts: readonly IntentBase[] = []): boolean => {
      if (
        subjectOf(intent) === wholeSubject ||
        namesServiceOf(whole.intent, intent) ||
        figureWithoutSplit(whole.intent, intent, parts) ||
        figureWithoutPartsCountry(whole.intent, intent, parts) ||
        figureBesideContact(whole.intent, intent, parts, serviceOfArticle) ||
        otherFigureOfTheService(whole.intent, intent, parts) ||
        mainFigureOfMerged(whole.intent, intent) ||
        figureWithYearsOfAnotherPart(whole.intent, intent, parts)
      )
        return true;
      if (wholeService === undefined) return false;
      const part = contactOf(intent)?.query;
      // Only beside a part that is no contact: two services' contacts asked together are the whole reading's one card.
      const besideAnother = parts.some((other) => other.kind !== 'contact');
      if (besideAnother && part?.serviceId !== undefined && part.country === wholeQuery?.country && wholeServices.has(part.serviceId)) return true;
      return serviceOfArticle(intent) === wholeService || part?.serviceId === wholeService;
    };
    const serviceOfArticle = (intent: IntentBase): string | undefined => {
      const article = articleOf(intent);
      return article && deps.serviceOfArticle?.(article.articleId);
    };
    /** The article about the one service a figure is about, when there is one (a contact's card already says what it does). */
    const articleOfServiceOf = (intent: IntentBase | undefined): IntentBase | undefined => {
      const stats = statsOf(intent)?.query;
      const service = stats?.service ?? (stats?.services.length === 1 ? stats.services[0] : undefined);
      if (service === undefined) return undefined;
      const article = { kind: 'article', articleId: `service-${service}` };
      return serviceOfArticle(article) === service ? article : undefined;
    };
    /** The best split of the asked sentences into needs, or undefined when no split has every part a need of its own. */
    const splitOf = ({ story, asked, spans }: Asked): Split | undefined => {
      if (spans.length < 2 || spans.length > MAX_CLAUSES) return undefined;
      // "Which line is for adults, and which for children?": both groups of callers named, each part asks for its own.
      const groupsNamed = new Set(spans.map((span) => words.callerGroup(asked.slice(span.start, span.end))));
      const bothGroups = groupsNamed.has('adults') && groupsNamed.has('young');
      let best: Split | undefined;
      let bestParts = 0;
      for (const starts of groupings(spans.length)) {
        const parts = starts.map((start, i) => asked.slice(spans[start]?.start ?? 0, spans[(starts[i + 1] ?? spans.length) - 1]?.end ?? asked.length).replace(TRIM, ''));
        if (parts.some((part) => SENTENCE_INSIDE.test(part))) continue;
        // Sentences cut at a question mark are each a question: "Hva betyr X? Skal ha foreldremøte" asks one thing, but
        // "… i 2021? og kva er e-postadressa deira" asks two, the second without its mark, and "Når ringer vi 112 og når
        // 02800? Og …?" three, each opening as a question.
        // A part of two words without its mark before another is the opening of one question ("Как узнать, есть ли …?").
        const asksOnItsOwn = (part: string, i: number): boolean => QUESTION_END.test(part) || (words.asks(part) && (i === parts.length - 1 || tokenize(normalize(part)).length >= MIN_PROBABLE_TOKENS));
        if (parts.slice(0, -1).some((part) => QUESTION_END.test(part)) && !parts.every(asksOnItsOwn)) continue;
        const intents: IntentBase[] = [];
        let sure = 1;
        let clearest = 0;
        let before = previous;
        let doubts = 0;
        let repeats = 0;
        for (const [i, part] of parts.entries()) {
          const partBefore = parts[i - 1];
          const reading = read(part, before, i === 0, anchored || unreadWhole ? PROBABLY : sureEnough, { story, bothGroups, ...(partBefore !== undefined ? { partBefore } : {}) });
          if (!reading) break;
          // "Is there an adviser at our school? How do I find them, and how many are there?": a part that reads as nothing
          // of its own, which the follow-up reading takes for the part before again, asks that part's need once more
          // (its answer says where to find them); it joins that part rather than blocking the split (issue #13).
          const repeated = i > 0 && !reading.doubt && keyOf(reading.intent) === keyOf(intents[intents.length - 1]) && (understand(part).candidates[0]?.score ?? 0) < PROBABLY;
          if (repeated) repeats++;
          else if (reading.doubt) {
            // The part before, asked again with what the doubt names.
            intents[intents.length - 1] = reading.intent;
            doubts++;
          } else intents.push(reading.intent);
          sure = Math.min(sure, reading.sure);
          clearest = Math.max(clearest, reading.sure);
          before = rememberReading(reading.intent);
        }
        if (intents.length + doubts + repeats !== parts.length || (repeats > 0 && intents.length < 2)) continue;
        // "Who can train our team, and who advises in specific cases?": one plan of whom to contact, the case's advice first.
        const wholeAsksTraining = contactOf(whole.intent)?.query.training === true;
        const adviceAndTraining = caseAdviceBesideTraining(intents, (intent) => wholeAsksTraining && serviceOfArticle(intent) === 'expert-team');
        if (adviceAndTraining) {
          if (keyOf(adviceAndTraining) !== wholeKey && (!best || best.intents.length < 2)) best = { intents: [adviceAndTraining], sure };
          continue;
        }
        if (!differentNeeds(intents)) continue;
        // A part read only "probably" is a need of its own when another part asks what the whole (clear) reading answers.
        // Of a message not understood whole, a part read only "probably" is a need of its own beside a part read clearly:
        // "Kompetanseteamet's number, and is there training for our staff since we have no adviser?" gets both answers,
        // not a list of suggestions.
        // Of a message whose whole reading offered a choice of articles, parts each read "probably" as one of those articles
        // ("I want to know two things: what is negative social control, and where can my son read about it?") are the
        // choice made: the whole reading and the parts agree.
        const partsChosen = intents.every((intent) => { const article = articleOf(intent); return article !== undefined && suggestedByWhole.has(article.articleId); });
        if (sure < sureEnough && !(unreadWhole ? clearest >= CLEAR || partsChosen : intents.some((intent) => answersWhole(intent, intents)))) continue;
        if (doubts === 0) {
          if (intents.every((intent) => covers(whole.intent, intent))) continue;
          // A clear whole reading that no part gives on its own draws on several parts: one question ("threats and
          // violence in 2022 – how many of Kompetanseteamet's cases?" is one figure, not an article and a figure).
          // A whole figure of which no part asks any figure is no such question: the whole read a word for a phone
          // number as a count ("ቁጽሪ", "nummer": Kompetanseteamet's number, and a course for the staff).
          const figureOfNoPart = statsOf(whole.intent) !== undefined && intents.every((intent) => statsOf(intent) === undefined);
          // Nor is a whole figure that read the word of a part asking who trains staff as its count ("how many posts came
          // in 2024, and who do we contact for training our teachers?": training as the competence-raising assignments):
          // beside a figure part of its own, the training part asks whom to contact, and the whole figure is no question.
          const trainingReadAsFigure = statsOf(whole.intent) !== undefined && intents.some((intent) => statsOf(intent) !== undefined) && intents.some(asksWhoTrains);
          if (wholeIsClear && !figureOfNoPart && !trainingReadAsFigure && !intents.some((intent) => answersWhole(intent, intents) || namesServiceOf(whole.intent, intent))) continue;
        }
        // A part that asks what the whole message's reading answers takes that reading: it saw the whole story
        // ("… en kvinne på 28 … Kvar kan ho sjølv ringje?": a grown-up will call).
        // "Hva gjør spesialutsendingene? Hvor mange oppdrag hadde de i 2023?": the figure asked with a pronoun is the
        // whole message's figure, which names the service from the part before.
        const withWhole =
          wholeScore >= PROBABLY ? intents.map((intent, i) => (subjectOf(intent) === subjectOf(whole.intent) ? whole.intent : namesServiceOf(whole.intent, intent) ? wholeFigure(whole.intent, intent, intents[i - 1]) : intent)) : intents;
        // Of two splits as sure, the one that answers each clause (a repeated part joined to its need) answers more of what was asked.
        if (!best || intents.length > best.intents.length || (intents.length === best.intents.length && (sure > best.sure || (sure === best.sure && repeats > 0 && parts.length > bestParts)))) {
          best = { intents: withWhole, sure };
          bestParts = parts.length;
        }
      }
      return best;
    };
    let best: Split | undefined;
    for (const candidate of [...candidates, ...askedAmongStatements(trimmed, words, opensAsking)]) if ((best = splitOf(candidate))) break;
    // "… Hvem gir råd i slike saker, og hvor mange saker hadde de i 2023? Trenger det til et internmøte.": a closing
    // sentence without a question mark that reads as nothing clear on its own, where no split held it, says why the
    // questions are asked (story), even when it opens with a word of wanting ("trenger"); the questions before it are
    // split without it (issue #13).
    const lastSentence = sentenceSpans(trimmed).at(-1);
    if (!best && lastSentence !== undefined && lastSentence.start > 0) {
      const closing = trimmed.slice(lastSentence.start, lastSentence.end).trim();
      const reading = QUESTION_END.test(closing) ? undefined : understand(closing);
      if (reading && (reading.candidates[0]?.score ?? 0) < CLEAR) {
        const asked = trimmed.slice(0, lastSentence.start).trim();
        const runs = closingQuestions(asked, words, opensAsking);
        const before: readonly Asked[] = runs.length > 0 ? runs.map((run) => ({ ...run, spans: spansOf(run.asked) })) : [{ story: '', asked, spans: clauseSpans(asked, words) }];
        for (const candidate of [...before, ...askedAmongStatements(asked, words, opensAsking)]) if ((best = splitOf(candidate))) break;
      }
    }
    // "Which embassies handle cases in Turkey and Iran?", "an Iraqi family and a Turkish family – different envoys?": two
    // countries joined in one question of whom to contact are two needs, each country's envoy in the order named, where
    // no split of the clauses found them.
    // "hvem dekker somalia, iran og pakistan?": a split of the clauses that keeps fewer of the countries listed (each
    // part only asks for one of them, the others dropped) gives way to each country's envoy.
    const onlyCountries = (intents: readonly IntentBase[]) => intents.every((i) => { const q = contactOf(i)?.query; return q !== undefined && q.country !== undefined && q.serviceId === undefined; });
    if (!whole.youngWriter && (!best || onlyCountries(best.intents))) {
      const countries = joinedCountries(whole.intent, deps.countriesNamed?.(text, lng), words.joinWords, deps.mainPostOf);
      if (countries && (!best || countries.length > best.intents.length)) return countries;
    }
    // A young person writing about themselves keeps the lines for young people as their answer; a topic explained
    // beside them ("what is negative social control, and where can I ask anonymously?") is the one other need kept.
    // So is a site to read for themselves ("can I call Kompetanseteamet myself, and is there a site with other young
    // people's stories?"): the sites' card (Nora, ung.no) beside their reading (issue #13).
    const siteToRead = (i: IntentBase): boolean => { const q = contactOf(i)?.query; return q?.website === true && q.serviceId === undefined && q.country === undefined; };
    if (whole.youngWriter) return best && best.intents.some((i) => i.kind === 'article' || siteToRead(i)) && best.intents.every((i) => i.kind === 'article' || siteToRead(i) || keyOf(i) === wholeKey) ? best.intents : undefined;
    // One plan for the asker and the caller a part names: the case's topic before it, as the whole reading would have.
    return best?.intents ?? (partsCaller ? [...(whole.topic ? [whole.topic] : []), partsCaller] : undefined);
  };
}

/**
 * The plan for a case told as the start of a conversation (the whole message read as triage) and, in a clause of its
 * own, a wish for training staff ("… og kven kan halde kurs for personalet?", "… oo ma jiraa koorso shaqaalaha?"): the
 * case's advice first, then those who train, for the asker's role. Undefined unless one clause asks whom to contact for
 * training (no service, no country) or for the article about those who train, as surely as a plain "whom do we contact", and another clause tells or asks about
 * the case (read as triage itself): the guided questions stay the answer to a case told alone.
 */
function caseBesideTraining(text: string, lng: Lang, whole: Understanding, words: NeedsWords, understand: Understand, aboutTrainers: (articleId: string) => boolean): readonly IntentBase[] | undefined {
  const clauses = sentenceSpans(text).flatMap((sentence) => clauseSpans(text.slice(sentence.start, sentence.end), words).map((c) => text.slice(sentence.start + c.start, sentence.start + c.end).replace(TRIM, '')));
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return undefined;
  const wholeTriage = whole.intent.kind === 'triage';
  let training: ContactIntent | undefined;
  let caseAsked = false;
  for (const clause of clauses) {
    const reading = understand(clause, lng);
    const query = contactOf(reading.intent)?.query;
    // Whom to ask for training, or the article about those who train ("who can run a course for our staff?").
    const sure = (reading.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT;
    const article = articleOf(reading.intent);
    const asksTraining = sure && ((query?.training === true && query.serviceId === undefined && query.country === undefined) || (article !== undefined && aboutTrainers(article.articleId)));
    if (asksTraining && words.asks(clause)) training ??= { kind: 'contact', query: query ?? { training: true } };
    // The case: a clause read as the start of a conversation, or (the whole read so) any other clause that asks.
    else if (reading.intent.kind === 'triage' || (wholeTriage && words.asks(clause))) caseAsked = true;
  }
  if (!training || !caseAsked) return undefined;
  const asked = contactOf(whole.intent)?.query ?? training.query;
  const role = whole.role !== undefined ? { askerRole: whole.role } : {};
  return [{ kind: 'contact', query: { ...asked, ...role, training: true, caseAdvice: true } } as ContactIntent];
}

/** The most countries a list in one question of whom to contact is answered for, each with its envoy (two to four). */
const MAX_JOINED_COUNTRIES = 4;

/** The most tokens between two countries joined by a join word with a word repeated beside each ("en irakisk familie og en tyrkisk familie"). */
const MAX_JOINED_GAP = 4;

/**
 * The whole message's contact question once for each country it names, in the order named, when it names two or three
 * countries joined by join words ("Turkey and Iran", "Türkiye ve İran'daki", "Ирак и Турция"), or joined in a repeated
 * phrase ("an Iraqi family and a Turkish family": a join word between them and the word after each the same), and the
 * whole reading is a question of whom to contact about one of them. Undefined otherwise: a story that names where a
 * family is from and where they are now is no list of countries.
 */
function joinedCountries(
  whole: IntentBase,
  named: { readonly tokens: readonly string[]; readonly mentions: ReadonlyArray<{ readonly code: string; readonly start: number; readonly end: number }> } | undefined,
  joinWords: ReadonlySet<string>,
  mainPostOf: (countryCode: string) => string | undefined = () => undefined,
): IntentBase[] | undefined {
  const query = contactOf(whole)?.query;
  if (!named || !query || query.country === undefined || query.region !== undefined) return undefined;
  const { tokens, mentions } = named;
  const codes = [...new Set(mentions.map((m) => m.code))];
  if (codes.length < 2 || codes.length > MAX_JOINED_COUNTRIES || !codes.includes(query.country)) return undefined;
  // The first mention of each country, in order; each next one joined to the one before.
  const firsts = codes.map((code) => mentions.find((m) => m.code === code)).filter((m): m is NonNullable<typeof m> => m !== undefined);
  for (let i = 1; i < firsts.length; i++) {
    const a = firsts[i - 1];
    const b = firsts[i];
    if (!a || !b || b.start < a.end) return undefined;
    const between = tokens.slice(a.end, b.start);
    // Side by side ("الصومال والعراق", the join letter read off by the country reader; "Somalia, Irak") is a list too.
    if (between.length === 0) continue;
    const joins = between.filter((t) => joinWords.has(t)).length;
    if (joins === 0) return undefined;
    const onlyJoins = joins === between.length;
    const repeated = between.length <= MAX_JOINED_GAP && ((tokens[a.end] !== undefined && tokens[a.end] === tokens[b.end]) || (a.start > 0 && tokens[a.start - 1] === tokens[b.start - 1] && !joinWords.has(tokens[a.start - 1] ?? '')));
    if (!onlyJoins && !repeated) return undefined;
  }
  // One card per post for the countries its main line names (the first of them asked); any other country its own card.
  const posts = new Set<string>();
  const asked = codes.filter((code) => {
    const post = mainPostOf(code);
    if (post === undefined) return true;
    if (posts.has(post)) return false;
    posts.add(post);
    return true;
  });
  if (asked.length < 2) return undefined;
  return asked.map((country) => ({ kind: 'contact', query: { ...query, country } }) as IntentBase);
}

/** A part's stages taken from its whole reading, for an understanding step that reads only whole. */
function wholeOnly(understand: () => Understanding): ReadingStages {
  let reading: Understanding | undefined;
  const whole = (): Understanding => (reading ??= understand());
  return { role: () => whole().role, candidates: () => whole().candidates, understanding: whole };
}

/** The most words of a part that only says who is asking ("Jeg er mangfoldsrådgiver", "I work as a nurse at the hospital"). */
const MAX_INTRODUCTION_TOKENS = 7;

/** The most words a part that only points back may have: a question word, a verb, the pointing word, one more. */
const MAX_POINTING_TOKENS = 4;

/** "Hva innebærer det", "what does that mean", "что это значит": a few words, one of which points back to the story. */
function pointsBackOnly(part: string, pointsBack: ReadonlySet<string>): boolean {
  const tokens = tokenize(normalize(part));
  return tokens.length <= MAX_POINTING_TOKENS && tokens.some((t) => pointsBack.has(t));
}

/** A part read at least "probably" as an article, not about what its follow-up reading is about, that says enough to be a question. */
function articleOfItsOwn(own: Understanding, followUp: IntentBase, part: string): boolean {
  return own.intent.kind === 'article' && (own.candidates[0]?.score ?? 0) >= PROBABLY && subjectOf(own.intent) !== subjectOf(followUp) && tokenize(normalize(part)).length >= MIN_PROBABLE_TOKENS;
}

/** A part asking whom to contact for training staff, of no service or country ("who can run a course for our staff?"). */
function asksWhoTrains(intent: IntentBase): boolean {
  const query = contactOf(intent)?.query;
  return query?.training === true && query.serviceId === undefined && query.country === undefined;
}

/** A part read as a question of who trains a service's staff, as surely as a plain "whom do we contact". */
function asksForTraining(own: Understanding): boolean {
  return contactOf(own.intent)?.query.training === true && (own.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT;
}

/**
 * The one plan for two parts that ask whom to contact and name no service or country, one for training staff and the
 * other for advice ("Kto może przeszkolić nasz zespół i kto doradza w konkretnych sprawach?"): the case's advice
 * (Kompetanseteamet) first, then those who train. Undefined for any other split.
 */
function caseAdviceBesideTraining(intents: readonly IntentBase[], trainers: (intent: IntentBase) => boolean): ContactIntent | undefined {
  if (intents.length !== 2) return undefined;
  const queries = intents.map((intent) => contactOf(intent)?.query);
  const plain = (q: (typeof queries)[number]) => q !== undefined && q.serviceId === undefined && q.country === undefined;
  const advice = queries.find((q) => plain(q) && q?.training !== true);
  // The training asked as whom to contact, or as the article about those who train ("есть ли обучение для сотрудников?").
  const training = queries.find((q) => plain(q) && q?.training === true) ?? (intents.some(trainers) ? {} : undefined);
  if (!training || !advice) return undefined;
  return { kind: 'contact', query: { ...training, ...advice, training: true, caseAdvice: true } };
}

/** A part read, as surely as a plain "whom do we contact", as asking for a line to call, of no service or country. */
function asksForLine(own: Understanding): boolean {
  const query = contactOf(own.intent)?.query;
  return query?.helpline === true && query.serviceId === undefined && query.country === undefined && (own.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT;
}

/** A contact reading of one service that is no line to call. */
function serviceNoLine(intent: IntentBase, isLine: ((serviceId: string) => boolean) | undefined): boolean {
  const serviceId = contactOf(intent)?.query.serviceId;
  return isLine !== undefined && serviceId !== undefined && !isLine(serviceId);
}

/** A part's contact reading with who will call, as the whole message says it (a child: "she is 14"; a grown-up). */
function withWholeCaller(intent: IntentBase, whole: IntentBase): IntentBase {
  const part = contactOf(intent);
  const said = contactOf(whole)?.query;
  if (!part || !said) return intent;
  const caller = { ...(said.minor ? { minor: true } : {}), ...(said.youngCaller ? { youngCaller: true } : {}), ...(said.adultCaller ? { adultCaller: true } : {}) };
  const withCaller: ContactIntent = { kind: 'contact', query: { ...part.query, ...caller } };
  return withCaller;
}

/** A contact reading of a service that is not the one training staff (IMDi's expert team), with no wish for training kept. */
function trainsNoStaff(intent: IntentBase): boolean {
  const query = contactOf(intent)?.query;
  return query !== undefined && query.serviceId !== undefined && query.serviceId !== 'expert-team' && query.training !== true;
}

/** A part read as a question of whom to contact that names no service or country: the plan of whom to call is its answer. */
function asksForPlan(own: Understanding): boolean {
  const query = contactOf(own.intent)?.query;
  return query !== undefined && query.serviceId === undefined && query.country === undefined && (own.candidates[0]?.score ?? 0) >= ASKS_WHO_TO_CONTACT;
}

/**
 * The whole message's plan with the caller a part of it names, when the whole reading is a plan of whom to contact for
 * the asker (a role said, no service, no country, no caller) and a part asks on its own whom a young person or a
 * grown-up may call ("… куда может позвонить сам сын?", "… kızım kimi arayabilir?"): read whole, the asker's "I" made the
 * asker the caller. Undefined otherwise.
 */
function callerOfParts(whole: Understanding, candidates: readonly Asked[], stagesOf: (part: string) => ReadingStages): ContactIntent | undefined {
  const query = contactOf(whole.intent)?.query;
  if (!query || query.serviceId !== undefined || query.country !== undefined || query.youngCaller || query.adultCaller || query.askerRole === undefined || whole.youngWriter) return undefined;
  // The parts are the clauses, and the pieces of the question between its commas ("Bir anne olarak nereden destek
  // alabilirim, kızım kimi arayabilir?"): only a caller is taken from them, never a need of its own.
  const parts = candidates.flatMap(({ asked, spans }) => [
    ...(spans.length < 2 ? [] : spans.map((span) => asked.slice(span.start, span.end))),
    ...asked.split(COMMA).slice(1),
  ]);
  const callers = parts.flatMap((text) => {
    const stages = stagesOf(text.replace(TRIM, ''));
    // A part read less surely than a plain "whom do we contact" asks for no plan (`asksForPlan`), whatever it reads as.
    if ((stages.candidates()[0]?.score ?? 0) < ASKS_WHO_TO_CONTACT) return [];
    const part = stages.understanding();
    const own = asksForPlan(part) ? contactOf(part.intent)?.query : undefined;
    return own?.youngCaller ? (['youngCaller'] as const) : own?.adultCaller ? (['adultCaller'] as const) : [];
  });
  // Both named, or neither: no one caller to add.
  const caller = callers.length > 0 && callers.every((c) => c === callers[0]) ? callers[0] : undefined;
  return caller ? { kind: 'contact', query: { ...query, [caller]: true } } : undefined;
}

/** A part read clearly as a contact of a service or country that the follow-up reading of it does not keep. */
function namesItsOwnContact(own: Understanding, followUp: IntentBase): boolean {
  const query = contactOf(own.intent)?.query;
  if (!query || (query.serviceId === undefined && query.country === undefined) || (own.candidates[0]?.score ?? 0) < CLEAR) return false;
  const kept = contactOf(followUp)?.query;
  return !kept || kept.serviceId !== query.serviceId || kept.country !== query.country;
}

/** The lines for children and young people, and those for grown-ups (services.json: who each line is for). */
const LINE_OF = { young: 'alarmtelefonen', adults: 'vo-linjen' } as const;

/**
 * The line for a group of callers that a part names ("… og for voksne?", "a jaki dla dorosłych?"), when the message
 * names both groups or the part before asked about the line for the other group (Alarmtelefonen, or a contact for a
 * child), and the part asks about no service, country or figure of its own.
 */
function groupsLine(before: RememberedReading | undefined, own: Understanding, group: CallerGroup | undefined, bothGroups: boolean): ContactIntent | undefined {
  if (!group) return undefined;
  const was = before && contactOf(before)?.query;
  const wasYoung = was !== undefined && (was.serviceId === LINE_OF.young || (was.serviceId === undefined && (was.minor === true || was.youngCaller === true)));
  const wasAdults = was !== undefined && (was.serviceId === LINE_OF.adults || (was.serviceId === undefined && was.adultCaller === true));
  if (!bothGroups && (group === 'adults' ? !wasYoung : !wasAdults)) return undefined;
  const ownQuery = contactOf(own.intent)?.query;
  // "… وما هو خط الأطفال؟": a part that names the group's line however unsurely ("the children's line") is that line.
  if (ownQuery?.serviceId === LINE_OF[group] && ownQuery.country === undefined) return { kind: 'contact', query: ownQuery };
  if ((ownQuery && (ownQuery.serviceId !== undefined || ownQuery.country !== undefined)) || statsOf(own.intent) !== undefined) return undefined;
  return { kind: 'contact', query: group === 'adults' ? { serviceId: LINE_OF.adults, adultCaller: true } : { serviceId: LINE_OF.young, minor: true } };
}

/** No two parts ask about the same subject. */
function differentNeeds(intents: readonly IntentBase[]): boolean {
  return new Set(intents.map(subjectOf)).size === intents.length;
}

/**
 * What a reading is about: a contact question's service and country (not who asks or where the person is: "held
 * in Pakistan" and "cases in Pakistan" are one need), an article's id (not the role it opens for: one part read with
 * the asker's role and one without are one article), otherwise the whole reading.
 */
function subjectOf(intent: IntentBase): string {
  const contact = contactOf(intent);
  if (contact) return keyOf({ kind: 'contact', serviceId: contact.query.serviceId, country: contact.query.country });
  const article = articleOf(intent);
  return article ? keyOf({ kind: 'article', articleId: article.articleId }) : keyOf(intent);
}

/**
 * Whether the whole message's one answer already answers a part: the same subject, a contact reading that names
 * the part's service and country (a plain "whom do we contact" only by another such reading), or a statistics reading whose services and years include the part's ("in 2022
 * and 2023" read as one trend answers each year).
 */
function covers(whole: IntentBase, part: IntentBase): boolean {
  if (subjectOf(whole) === subjectOf(part)) return true;
  const wc = contactOf(whole)?.query;
  const pc = contactOf(part)?.query;
  // "Who advises us?" (no service, no country) asks for the plan of whom to contact: one service's card is no answer to it.
  if (wc && pc && pc.serviceId === undefined && pc.country === undefined) return wc.serviceId === undefined && wc.country === undefined;
  if (wc && pc) return (pc.serviceId === undefined || pc.serviceId === wc.serviceId) && (pc.country === undefined || pc.country === wc.country);
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p) return false;
  const wServices = new Set([...w.services, ...(w.service ? [w.service] : [])]);
  const pServices = [...p.services, ...(p.service ? [p.service] : [])];
  const within = (year: number | undefined) => year === undefined || (w.fromYear !== undefined && w.toYear !== undefined && year >= w.fromYear && year <= w.toYear);
  // "… negativ sosial kontroll, og hvor mange frykt for tvangsekteskap?": another case type of the same split is a figure
  // of its own, not the first one's again.
  const sameCategory = p.category === undefined || w.category === undefined || p.category === w.category;
  // "How many advisers are there, and how many new positions came in 2024?": a second metric asked of no year is its
  // latest figure, which the whole reading's year (2024, the other metric's) does not give.
  const alsoMetric = p.metric !== undefined && p.metric !== w.metric && (w.alsoMetrics ?? []).includes(p.metric) && (p.fromYear !== undefined || w.fromYear === undefined);
  return pServices.every((s) => wServices.has(s)) && (p.metric === undefined || p.metric === w.metric || alsoMetric) && (p.breakdown === undefined || p.breakdown === w.breakdown) && sameCategory && within(p.fromYear) && within(p.toYear);
}

/**
 * Whether the whole message's statistics reading is a part's figure with the service filled in: the part names no
 * service ("hvor mange oppdrag hadde de i 2023?") and asks the same metric, split, category and years.
 */
function namesServiceOf(whole: IntentBase, part: IntentBase): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || p.service !== undefined || p.services.length > 0) return false;
  if (w.service === undefined && w.services.length === 0) return false;
  // A part that asks no split ("was it 245 cases for us in 2023?") is the whole reading's figure without the split the
  // story named in passing ("I'm a special envoy in Amman …").
  const split = p.breakdown === undefined || (p.breakdown === w.breakdown && p.category === w.category);
  return p.metric === w.metric && split && p.fromYear === w.fromYear && p.toYear === w.toYear;
}

/**
 * Whether the whole message's statistics reading is a part's figure split by what another part asks about as a
 * contact: "Kto odpowiada za Irak i ile spraw mieli wysłannicy w 2023?" reads as a whole as the envoys' cases from
 * Iraq, and "Which embassy envoy deals with Eritrea? Also, total cases for the envoys in 2023?" as their cases by
 * embassy, but the country and the embassy belong to the question of who covers it; the figure part asks the cases.
 */
function figureWithoutPartsCountry(whole: IntentBase, part: IntentBase, parts: readonly IntentBase[]): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || w.breakdown === undefined || p.breakdown !== undefined) return false;
  const countryAsked = parts.some((other) => {
    const asked = contactOf(other)?.query;
    return asked?.country !== undefined && (w.breakdown === 'embassy' || (w.breakdown === 'origin-country' && w.category === asked.country));
  });
  const sameServices = servicesKeyOf(w) === servicesKeyOf(p);
  return countryAsked && sameServices && p.metric === w.metric && p.fromYear === w.fromYear && p.toYear === w.toYear;
}

/**
 * Whether a part asks another figure of the services the whole message's figure is about: "What did the advisers use to
 * be called, and how many of them are there?" reads whole as their cases, but the part asks their staff; the whole
 * reading is a misreading of the part, not one question drawn from several (that one adds a split to the part's figure).
 */
function otherFigureOfTheService(whole: IntentBase, part: IntentBase, parts: readonly IntentBase[]): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || p.metric === undefined || w.metric === undefined || p.metric === w.metric) return false;
  // Only the one figure beside questions of other kinds: of two figures, the whole reading may well be the one asked.
  if (parts.some((other) => other !== part && statsOf(other) !== undefined)) return false;
  return servicesKeyOf(w) === servicesKeyOf(p) && servicesKeyOf(p) !== keyOf([]);
}

/**
 * Whether the whole message's statistics reading is a part's figure with another part's metric drawn in ("how many
 * advisers are there, and how many new positions came in 2024?" read whole as the positions of 2024, the staff beside
 * them): the part asking the whole's own metric, for the same services and years, is what the whole reading answers.
 */
function mainFigureOfMerged(whole: IntentBase, part: IntentBase): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || (w.alsoMetrics ?? []).length === 0 || p.metric !== w.metric || (p.alsoMetrics ?? []).length > 0) return false;
  return servicesKeyOf(w) === servicesKeyOf(p) && p.fromYear === w.fromYear && p.toYear === w.toYear;
}

/**
 * Whether the whole message's statistics reading is a part's figure with another part's years drawn in: "how many envoy
 * posts are there now, and what was the total case count for 2023?" reads whole as the posts of 2023; the part asking
 * the whole's metric of the same services, with no years of its own, is what the whole reading answers, and the other
 * figure (the one the years belong to) a need of its own (issue #13).
 */
function figureWithYearsOfAnotherPart(whole: IntentBase, part: IntentBase, parts: readonly IntentBase[]): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || w.fromYear === undefined || p.fromYear !== undefined || p.metric !== w.metric) return false;
  const yearsElsewhere = parts.some((other) => { const o = statsOf(other)?.query; return other !== part && o !== undefined && o.fromYear === w.fromYear && o.toYear === w.toYear && o.metric !== w.metric; });
  return yearsElsewhere && servicesKeyOf(w) === servicesKeyOf(p);
}

/**
 * Whether the whole message's statistics reading is a part's figure with a split the part does not ask: the story
 * before the question named a topic in passing ("… a meeting on forced marriage. How many cases did Kompetanseteamet
 * have in 2021? And their e-mail"), and the whole reading drew it in. The part asks the same services' figure for the
 * same years, and every other part asks a contact; it answers what the whole reading answers, and the contact is a
 * need of its own.
 */
function figureWithoutSplit(whole: IntentBase, part: IntentBase, parts: readonly IntentBase[]): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || w.breakdown === undefined || p.breakdown !== undefined) return false;
  // Only beside contacts: a part asking more of the figure ("… and what were most of them about?") is the split.
  if (!parts.every((other) => other === part || contactOf(other) !== undefined)) return false;
  return servicesKeyOf(w) === servicesKeyOf(p) && p.metric === w.metric && p.fromYear === w.fromYear && p.toYear === w.toYear;
}

/**
 * Whether the whole message's statistics reading is a part's figure with another part's service drawn in: "the envoys'
 * cases in 2023 and Kompetanseteamet's e-mail" reads as a whole as a comparison of both services' cases, but the
 * second service is asked for as a contact; the figure part asks the first service's figure, which the whole covers.
 */
function figureBesideContact(whole: IntentBase, part: IntentBase, parts: readonly IntentBase[], serviceOfArticle: (intent: IntentBase) => string | undefined): boolean {
  const w = statsOf(whole)?.query;
  const p = statsOf(part)?.query;
  if (!w || !p || !covers(whole, part)) return false;
  const wServices = new Set<string>([...w.services, ...(w.service ? [w.service] : [])]);
  const pServices = new Set<string>([...p.services, ...(p.service ? [p.service] : [])]);
  // The other service asked for as its contact, or as the article about it ("… and what is IMDi's expert team?") beside
  // a figure that names its own service (an article beside a figure of no service is about that figure's service).
  // An article part counts only when the figure part holds the whole's years: "كم حالة عند mangfoldsrådgiverne و
  // spesialutsendingene من 2022 إلى 2024" is one comparison whose years stand after the second service, not a figure
  // beside an article about the envoys.
  const sameYears = p.fromYear === w.fromYear && p.toYear === w.toYear;
  return parts.some((other) => {
    const contact = contactOf(other)?.query.serviceId;
    const service = contact ?? (pServices.size > 0 && sameYears ? serviceOfArticle(other) : undefined);
    return service !== undefined && wServices.has(service) && !pServices.has(service);
  });
}

/**
 * The whole message's figure for a part that names no service: without a split the part does not ask, and of the
 * services the whole message names, the one the part before asked about ("Okulumuzda danışman yok. IMDi uzman
 * ekibiyle nasıl iletişime geçerim ve 2023'te kaç kişiye ulaştılar?": the expert team's reach, not a comparison with
 * the advisers the story mentions).
 */
function wholeFigure(whole: IntentBase, part: IntentBase, before: IntentBase | undefined): IntentBase {
  const w = statsOf(whole);
  const p = statsOf(part)?.query;
  const service = contactOf(before)?.query.serviceId;
  const one = w && w.query.services.length > 1 ? w.query.services.find((s) => s === service) : undefined;
  if (w && one !== undefined) {
    const figure: IntentBase & { readonly query: typeof w.query } = { kind: w.kind, query: { ...w.query, service: one, services: [one], mode: w.query.mode === 'compare' ? 'value' : w.query.mode } };
    return figure;
  }
  if (!w || !p || p.breakdown !== undefined || w.query.breakdown === undefined) return whole;
  const { breakdown: _breakdown, category: _category, ...query } = w.query;
  const figure: IntentBase & { readonly query: typeof query } = { kind: w.kind, query };
  return figure;
}

/** The services a statistics reading counts (its list and its one named service), as one key whatever their order. */
function servicesKeyOf(query: { readonly services: readonly string[]; readonly service?: string | undefined }): string {
  return keyOf([...new Set([...query.services, ...(query.service ? [query.service] : [])])].sort());
}

/** The same reading gives the same key, whatever order its fields came in. */
function keyOf(intent: unknown): string {
  return JSON.stringify(intent, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}
