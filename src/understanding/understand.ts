import { isLang, type Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';
import type { AskerReading, Role } from './role-reader';
import type { ScopeReading } from './scope-reader';
import { CONCERN_READ, COVERAGE_OF_NO_ONE, DANGER_READ, PLAN_CALM, type Candidate, type IntentBase, type Recognizer, type Understanding, type Utterance } from './types';
import type { Concept } from './situation-cues';
import type { CalmReading } from './second-opinion';
import { askingPart, requestInside } from './asking-sentence';

/** Tells whether a message signals immediate danger. High recall matters more than precision. */
export interface DangerDetector {
  /**
   * `duty`: the asker asks what they must do (a duty to notify or avert); a duty question that puts its case as a
   * supposition ("if a pupil tells me…") asks what the duty is, so danger named only in general words is no emergency.
   */
  isDanger(utterance: Utterance, duty?: boolean): boolean;
  /**
   * Whether danger named only in general words ("112") is no emergency because the asker calls the matter not urgent
   * ("when do we call 112 and when 02800?"): the answer, unless nothing answers it, when the numbers do.
   */
  calledNotUrgent?(utterance: Utterance, duty?: boolean): boolean;
  /** Whether a young person writes about themselves (their age, their own parents): the children's lines come first. */
  isYoungWriter?(utterance: Utterance): boolean;
  /**
   * Whether the message is a concrete case about a person at risk that is not an emergency (a pupil who may be married
   * off, a planned cutting, a duty question about a threatened client): the answer first, with the emergency number on
   * top of it. `duty`: the asker asks what they must do (a duty to notify or avert), which makes a named harm a case.
   */
  isConcern?(utterance: Utterance, duty: boolean): boolean;
  /**
   * Whether the message asks about a case to be advised on with no one at risk now (who advises a professional on
   * forced marriage, "what if she gets stuck there?"): read as a case, like a concern, without the emergency line.
   */
  isCase?(utterance: Utterance, duty?: boolean): boolean;
  /**
   * A case the writer says is not dangerous now ("she is not in danger", "no violence"), which would otherwise have been
   * read as danger or a concern: answered as a case, with "is someone in danger now? call 112" as a plain sentence.
   */
  saidSafe?(utterance: Utterance): boolean;
  /**
   * What the message describes and how plainly it names danger, as the scope rules name it (the situation's concepts,
   * `dangerDescribed`, `concernDescribed`, `dangerStrong`, `dangerWeak`: src/understanding/scope-reader.ts).
   */
  signals?(utterance: Utterance): ReadonlySet<string>;
  /**
   * The message read as if it said what an earlier message of the conversation said of the person (`known`: 'minor',
   * a child's age): 'danger' or 'concern' when the rules fire then ("she is getting married in Iraq" after "a girl
   * of 15"), undefined otherwise.
   */
  withKnown?(utterance: Utterance, known: readonly Concept[]): 'danger' | 'concern' | undefined;
  /**
   * Whether the statistical second opinion (src/understanding/second-opinion.ts) reads danger in a message the rules
   * read as neither danger nor a concern: asked only then, and only of a message whose situation names one of its gate
   * concepts. The turn gets the short "call 112" line on top of its answer, never the emergency card. `readings`: what
   * the other readers read calmly beside the situation (a case question asked by a grown-up writer, a grown-up named),
   * which the gate's `calmReadings` weigh (issue #13, calm39).
   */
  secondOpinion?(utterance: Utterance, readings?: ReadonlySet<CalmReading>): boolean;
  /**
   * Whether a duty question puts its case as a supposition with nothing at hand ("what must we do if a pupil says her
   * family wants her to marry a cousin?"): no time, journey, harm being done, nor a child's marriage or a cutting planned
   * for a named child (danger-reader.ts `supposedDanger`). Its "what do we do?" asks the procedure, not a case to act on.
   */
  supposedDuty?(utterance: Utterance, duty: boolean): boolean;
}

export function prepareUtterance(text: string, lng: Lang): Utterance {
  const normalized = normalize(text);
  return { text, lng, normalized, tokens: tokenize(normalized) };
}

/** Below this, no candidate is trusted and the turn is "unknown" (with suggestions if any). */
export const MIN_SCORE = 0.35;

/** What the composition adds to the recognizers: the reading when none is sure, and a young writer's reading. */
export interface UnderstandingRules<I extends IntentBase> {
  /** With nothing confident (guidance: suggest the closest articles, or say we don't know). */
  fallback(candidates: readonly Candidate<I>[]): I;
  /** A young person writing about their own situation: the reading they get instead (the children's lines). */
  forYoungWriter?(intent: I, text: string): I;
  /** The writer says their own age of 18 or more ("I'm 24", "jeg er 19 år", "мне 25"): a grown-up, never a young writer. */
  ownAdultAge?(text: string): boolean;
  /** A grown-up who says their age, writing of their own family: the reading they get (the lines adults call themselves). */
  forOwnAdult?(intent: I, text: string, ownStory: boolean, saysCalm?: boolean): I;
  /** Who is asking and which duty they ask about (src/understanding/role-reader.ts). */
  readAsker?(text: string): AskerReading;
  /** What the asker's role or duty question changes in the reading (a contact plan for the role, the duty article). */
  forAsker?(intent: I, asker: AskerReading, candidates: readonly Candidate<I>[], signals?: ReadonlySet<string>): I;
  /** A concrete case about a person at risk that nothing else read: who can advise on it, not "did you mean". */
  forConcern?(intent: I): I;
  /** Whether the message is about our domain at all, and whether it asks "what do I do?" about a case (scope-reader.ts). */
  readScope?(text: string, known: ReadonlySet<string>, lng?: Lang): ScopeReading;
  /** An everyday matter outside the domain: the polite "outside what I know" instead of a look-alike answer. */
  forOutOfScope?(intent: I, seeAlso?: string, fired?: readonly string[]): I;
  /** A "what do I do?" about a case that nothing read: who advises the asker (undefined when the reading stands). */
  forCaseAsk?(intent: I): I | undefined;
  /**
   * The topic a described case is about, whatever words told it (a cutting said as "tahara" or "be made clean": the FGM
   * article), when a look-alike article or nothing sure was read (a contact plan stays, with `topicBeside`): `signals`
   * as `DangerDetector.signals`.
   */
  forSituation?(intent: I, signals: ReadonlySet<string>): I;
  /**
   * The article whose steps come before a contact plan: the topic of a described case (a cutting), or the topic of a
   * "what do I do?" about a trip abroad, for the asker's role. Undefined when the reading is not a contact plan for a case.
   */
  topicBeside?(intent: I, signals: ReadonlySet<string>, asked: { readonly whatToDo: boolean; readonly role?: Role; readonly dangerTold?: boolean }): I | undefined;
  /**
   * Whether the reading asks for published figures ("how many honour killings were registered in 2022?"): the harm
   * it names is what is counted, not a person in danger (see `figuresOnly`).
   */
  asksForFigures?(intent: I): boolean;
  /** Whether the reading asks whom to contact (a line, a chat, someone to talk to): see `lineAskedCalmly`. */
  asksForContact?(intent: I): boolean;
  /**
   * Whether the message says the person it tells of is a grown-up by an age of 18 or more or a word for an adult ("my
   * cousin is 27", "voksen"), not only by a stage of life, and names no child (the age band 'adult',
   * src/conversation/age-band.ts): for the second opinion's gate (issue #13, calm39).
   */
  grownUp?(text: string, lng: Lang): boolean;
}

/**
 * The one understanding step per turn: danger first, then every recognizer reads the same utterance
 * and the most confident reading wins. Features plug in by adding a recognizer, not another `if`.
 */
export function createUnderstanding<I extends IntentBase>(recognizers: readonly Recognizer<I>[], danger: DangerDetector, rules: UnderstandingRules<I>): StagedUnderstand<I> {
  const inStages = (text: string, lng: Lang): ReadingStages<I> => {
    let utterance: Utterance | undefined;
    let candidates: readonly Candidate<I>[] | undefined;
    let asker: { readonly read: AskerReading | undefined } | undefined;
    let understanding: Understanding<I> | undefined;
    const utteranceOf = (): Utterance => (utterance ??= prepareUtterance(text, lng));
    // A polite request's frame ("can you help me find …", "kan du hjelpe meg å …") asks nothing: the recognizers read the
    // question inside it as if asked plainly (issue #13, s41ask); danger and the asker are read from the whole message.
    const askedOf = (): Utterance => {
      const whole = utteranceOf();
      const inside = requestInside(whole.normalized, lng);
      return inside === undefined ? whole : prepareUtterance(inside, lng);
    };
    const candidatesOf = (): readonly Candidate<I>[] => {
      if (candidates) return candidates;
      const asked = askedOf();
      return (candidates = recognizers
        .flatMap((r) => askedInQuestion(r, asked))
        .filter((c) => Number.isFinite(c.score))
        .sort((a, b) => b.score - a.score));
    };
    const askerOf = (): AskerReading | undefined => (asker ??= { read: rules.readAsker?.(text) }).read;
    return {
      role: () => askerOf()?.role,
      candidates: candidatesOf,
      understanding: () => (understanding ??= compose(text, utteranceOf(), candidatesOf(), askerOf())),
    };
  };
  const understand = (text: string, lng: Lang): Understanding<I> => inStages(text, lng).understanding();
  return Object.assign(understand, { inStages });

  /** The reading of a message from its recognizers' candidates and who its writer says they are. */
  function compose(text: string, utterance: Utterance, candidates: readonly Candidate<I>[], asker: AskerReading | undefined): Understanding<I> {
    const best = candidates[0];
    const signals = danger.signals?.(utterance) ?? NOTHING;
    const read: I = best && best.score >= MIN_SCORE ? best.intent : rules.fallback(candidates);
    const scope = rules.readScope ? rules.readScope(text, known(signals, asker), utterance.lng) : undefined;
    if (scope && scope.outOfScope.length > 0 && rules.forOutOfScope) {
      // Nothing in it touches the domain (the rules' "unless"): no emergency card, no look-alike article, no lines for the young.
      return { danger: false, outOfScope: true, ...(asker?.role ? { role: asker.role } : {}), intent: rules.forOutOfScope(read, scope.pointTo[0], scope.outOfScope), candidates };
    }
    const duty = (asker?.duties.length ?? 0) > 0;
    // "112 or 02800, and are the police in Kompetanseteamet?" read as nothing sure: the emergency numbers answer it.
    const isDanger =
      (danger.isDanger(utterance, duty) && !figuresOnly(read, rules, signals)) ||
      (NOT_UNDERSTOOD.has(read.kind) && danger.calledNotUrgent?.(utterance, duty) === true);
    // The young writer's rules (first person, despair, confinement, one's own age) read in a professional's story tell
    // of the case they handle ("I'm a teacher … she said they won't let me live"): a case about someone else, with the
    // "112 if acute" line on top, not the children's lines (below).
    const writesAsYoung = danger.isYoungWriter?.(utterance) === true;
    const caseOfProfessional = writesAsYoung && professional(asker);
    const described = !isDanger && (danger.isConcern?.(utterance, duty) === true || caseOfProfessional);
    // "What do I do?" about a case no recognizer read: the advice for the asker, as for a described case.
    const asked = !isDanger && !described && scope && scope.caseAsk.length > 0 ? rules.forCaseAsk?.(read) : undefined;
    // A professional's "what do I do?" about a grown-up under everyday control, told with nothing else (no harm, threat,
    // fear, trip, child or marriage pushed on anyone): advice on the case for their role, without the "112 if acute"
    // line (issue #13, dev37c).
    // So is one about a wedding or a journey the story says is wanted or chosen, with nothing outweighing it (PLAN_CALM:
    // "she is marrying a man she chose herself, the family is glad; should I do anything?"): advice, no alarm (lang38s).
    // So is a duty question whose case is only supposed ("maxaan samaynaa haddii …", "what must we do if a pupil says
    // …?") with nothing at hand: the procedure, not a case at hand, so no "112 if acute" line from the "what do we do?"
    // alone (issue #13, calm42c). The second opinion is still asked of it below.
    const askedCalm = asked !== undefined && !writesAsYoung && (everydayControlAsked(signals) || signals.has(PLAN_CALM) || danger.supposedDuty?.(utterance, duty) === true);
    const concern = described || (asked !== undefined && !askedCalm);
    // "Jeg er politi: hva kan vi få fra teamet?" read as nothing sure: the advice for the asker's role, with no case described.
    const roleAsked = asked === undefined && !isDanger && !described && scope && scope.roleAsk.length > 0 ? rules.forCaseAsk?.(read) : undefined;
    // A case about a person at risk, acute or not, that nothing read surely: who can advise on it.
    const calm = !isDanger && !concern && danger.saidSafe?.(utterance) === true;
    const forCase = asked ?? roleAsked ?? ((concern || isDanger || calm || danger.isCase?.(utterance, duty) === true) && rules.forConcern ? rules.forConcern(read) : read);
    // The case's topic, whatever words told it, over a look-alike article.
    const situated = rules.forSituation ? rules.forSituation(forCase, signals) : forCase;
    // The rules for the asker know whether the emergency card or the "112 if acute" line comes, whichever detector read it.
    const askerSignals = isDanger || concern ? new Set([...signals, isDanger ? DANGER_READ : CONCERN_READ]) : signals;
    const intent = asker && rules.forAsker ? rules.forAsker(situated, asker, candidates, askerSignals) : situated;
    // A writer who says they work as a professional ("I'm a police officer", "NAV ayaan ka shaqeeyaa") writes about
    // someone else's case, however much the story reads like a child's own: their role's advice, not the children's lines.
    // A duty question about a person it names ("if a pupil tells me her brother threatens her, must I notify?") is asked
    // by someone whose duty it is, whatever role they leave unsaid: no children's lines, the duty read as it is put.
    const dutyAboutSomeone = duty && signals.has('someone');
    // A parent who says so ("I'm a dad of two girls, 13 and 16", "my daughter") writes about their child, whose age and
    // "my brothers" read like a young writer's own: in a calm story the lines for parents, not the children's lines
    // (issue #13 point 7). With danger the young writer's reading stays: a parent's words can be a young writer's too
    // ("как мама говорила", "دوست پسرم"), and the children's line beside 112 is the safe side.
    const parentCalm = asker?.role === 'parent' && !isDanger;
    // A writer who says their own age of 18 or more ("I'm 24 and my parents…", "mam 22 lata", "الان ۱۹ سالمه") is a
    // grown-up writing about their own life: the lines adults call themselves, not the children's (issue #13, age37).
    const ownAdult = asker?.role === undefined && !dutyAboutSomeone && rules.ownAdultAge?.(text) === true;
    const youngWriter = writesAsYoung && !caseOfProfessional && !dutyAboutSomeone && !parentCalm;
    // Their story is read as a young writer's would be (a case, the "112" block when it tells of danger or control),
    // only the lines differ: those adults call themselves.
    const ownAdultStory = youngWriter && ownAdult;
    // A young writer's general question ("what does negative social control mean? my mum reads my messages") that tells
    // of nothing but everyday control: the children's lines and "call 112" as a plain sentence, not the short block.
    // So does one who asks only for a line or someone to talk to, saying it is not urgent or telling of no one at home
    // ("is there a helpline for teens? I'm 14", "someone to talk to about my family deciding everything? nothing acute").
    // A grown-up's story of their own that they call not acute, with nothing but everyday control (adultSaysCalm): the
    // lines adults call themselves, as a young writer's calm story gets the children's, not a topic's steps for staff.
    const ownAdultSaysCalm = ownAdultStory && !isDanger && !concern && adultSaysCalm(signals);
    const reading = ownAdult && rules.forOwnAdult ? rules.forOwnAdult(intent, text, ownAdultStory, ownAdultSaysCalm) : youngWriter && rules.forYoungWriter ? rules.forYoungWriter(intent, text) : intent;
    // (The lines are what a young writer's message is answered with: `reading`, not what the recognizers read first.)
    // So is a wanted wedding or journey, or a question about no one (danger-reader.ts PLAN_CALM): who helps abroad "if
    // help is ever needed", with "call 112" as a plain sentence (issue #13, calm27a).
    const journeyAhead = !isDanger && !concern && (mishapAhead(signals) || signals.has(PLAN_CALM));
    const lineAsked = rules.asksForContact?.(reading) === true;
    // Danger told in words no rule knows is still the second opinion's to read ("if I move out he will find me wherever I
    // live"): a calm reading below does not keep the model from being asked (issue #13, calm40).
    const modelReads = (): boolean => danger.secondOpinion?.(utterance, calmReadings()) === true;
    const youngInGeneral = youngWriter && !isDanger && !concern && (generalOnly(signals) || (askedIfItCounts(signals) && rules.asksForContact?.(intent) !== true) || lineAskedCalmly(signals, lineAsked) || (eligibilityAsked(signals, lineAsked) && !modelReads()) || journeyAhead);
    // A grown-up writing about their own life ("I'm 20 …") who asks whom they may contact themselves or where to get
    // housing, and tells of nothing but everyday control at home or a wish to move out: the lines adults call
    // themselves, with "call 112" as a plain sentence, not the block (issue #13, calm40). A threat or harm promised for
    // leaving is read by the rules or the second opinion first; a fear, a trip, a wedding or anything against their
    // will keeps the block.
    // So does one who asks nothing but says it is not acute ("I'm 18, my family decides everything, nothing acute, I
    // just want someone to talk to"): read as the lines above (ownAdultSaysCalm), as a young writer's wish is read as a
    // line asked (forYoungWriter), so their own calm word is what counts (issue #13, calm43).
    const ownAdultLineAsked = ownAdultStory && !isDanger && !concern && (adultLineAsked(signals, lineAsked) || ownAdultSaysCalm) && !modelReads();
    // A young person writing about themselves gets the lines for them, not the steps written for staff.
    const whatToDo = (scope?.caseAsk.length ?? 0) > 0;
    const topic = youngWriter ? undefined : rules.topicBeside?.(reading, signals, { whatToDo, dangerTold: isDanger || concern, ...(asker?.role ? { role: asker.role } : {}) });
    const calmRead = calm && !(youngWriter && ON_THE_WAY.some((s) => signals.has(s))) ? (youngWriter || signals.has('minor') ? ('young' as const) : ('adult' as const)) : ownAdultLineAsked ? ('adult' as const) : youngInGeneral ? ('young' as const) : undefined;
    const caseOver = (calm && signals.has('caseOver')) || noStayAbroadNow(signals, calm, isDanger || concern);
    const peopleInGeneral = inGeneral(signals);
    // Danger told in words no rule knows: the second opinion's "call 112" line on top of the answer (issue #13), unless
    // the rules read the message as calm (a case said to be safe or over, a young writer's general question, people in
    // general, a journey ahead, a wanted plan or a question about no one).
    // Nor is it asked of a duty question about a marriage whose case the rules read and set aside as a supposition ("in
    // what order do we contact services if a 17-year-old fears a forced marriage?"): the case is advised on, without the
    // line, and the model's line on top would give back what the rules withheld (issue #13, calm42a). A marriage told as
    // at hand is no supposition (danger-reader.ts MARRIAGE_AT_HAND) and keeps its line. Other supposed duty cases (a
    // threat, a trip this summer) keep the model: the tuned sets want its line there (gb131-016, gb133-138).
    const supposedMarriage = signals.has('wedding') || signals.has('marriedOff');
    // So is one the rules read no marriage rule in ("maxaan samaynaa haddii arday ay sheegto in qoyskeedu doonayo inay
    // guursato …": a wedding and a pupil, no rule's words), supposed with nothing at hand (`supposedDuty`, calm42c).
    const supposedDutyCase =
      duty && supposedMarriage && signals.has('hypothetical') && ((signals.has('concernDescribed') && danger.isCase?.(utterance, duty) === true) || danger.supposedDuty?.(utterance, duty) === true);
    const secondOpinion = !isDanger && !concern && calmRead === undefined && !caseOver && !peopleInGeneral && !journeyAhead && !supposedDutyCase && danger.secondOpinion?.(utterance, calmReadings()) === true;
    // A story the second opinion reads as danger that asks nothing a recognizer read ("I work at a reception centre. A
    // girl of 16 says her uncle has arranged a 'party' for her in Kabul next month; she is very scared"): the "112 if
    // acute" line on top, and under it the next step for the asker, read as a described case is (who advises on it, for
    // the asker's role, the topic's article first), never "I cannot answer that" (issue #13, route33).
    const caseOfSecondOpinion = secondOpinion && NOT_UNDERSTOOD.has(reading.kind) ? secondOpinionCase() : undefined;
    const answer = caseOfSecondOpinion?.reading ?? reading;
    const topicOfAnswer = caseOfSecondOpinion ? caseOfSecondOpinion.topic : topic;
    // "The weather tomorrow, and Kompetanseteamet's number?": the number, and one line that the weather is not ours
    // (issue #13, part43). Never beside danger or a case told: the everyday word there is part of the story.
    const asideOutOfScope = scope?.aside === true && !isDanger && !concern && !secondOpinion && calmRead === undefined && !youngWriter && !NOT_UNDERSTOOD.has(answer.kind);
    return {
      ...(asideOutOfScope ? { asideOutOfScope } : {}),
      ...(topicOfAnswer ? { topic: topicOfAnswer } : {}),
      danger: isDanger,
      ...(concern ? { concern } : {}),
      ...(secondOpinion ? { secondOpinion } : {}),
      ...(calmRead ? { calm: calmRead } : {}),
      ...(caseOver ? { caseOver: true } : {}),
      ...(signals.has('soon') ? { timeAtHand: true } : {}),
      ...(peopleInGeneral ? { peopleInGeneral: true } : {}),
      ...(journeyAhead ? { journeyAhead: true } : {}),
      ...(signals.has('coverageOfPerson') || (isDanger && signals.has(COVERAGE_OF_NO_ONE)) ? { coverageOfPerson: true } : {}),
      ...(youngWriter ? { youngWriter } : {}),
      ...(ownAdultStory ? { ownAdultStory: true } : {}),
      ...(asker?.role ? { role: asker.role } : {}),
      ...(asker && asker.duties.length > 0 ? { duties: asker.duties } : {}),
      intent: answer,
      candidates,
    };

    /**
     * What the readers beside the situation read calmly, for the second opinion's gate (`calmReadings`, issue #13, calm39):
     * a question about a case (a duty asked, whom to contact, or "what do I do?" about a grown-up under everyday control)
     * from a writer who does not write as a young person ('caseAsked'), and a person said to be a grown-up by age, no child named ('grownUp'). Which concepts may stand
     * beside them is the gate file's.
     */
    function calmReadings(): ReadonlySet<CalmReading> {
      const readings = new Set<CalmReading>();
      // "What do I do?" counts only about a grown-up under everyday control (dev37c's advice without the line): about a
      // child it keeps the "112 if acute" line the model gives (session 37's dev37c twins).
      if (!writesAsYoung && (duty || rules.asksForContact?.(read) === true || (whatToDo && everydayControlAsked(signals)))) readings.add('caseAsked');
      if (rules.grownUp?.(text, utterance.lng) === true) readings.add('grownUp');
      return readings;
    }

    /** The reading of the message as a case told (`concern`), for a story only the second opinion read as danger. */
    function secondOpinionCase(): { readonly reading: I; readonly topic: I | undefined } {
      const forCase = rules.forConcern ? rules.forConcern(read) : read;
      const situatedCase = rules.forSituation ? rules.forSituation(forCase, signals) : forCase;
      const caseSignals = new Set([...signals, CONCERN_READ]);
      const forWriter = asker && rules.forAsker ? rules.forAsker(situatedCase, asker, candidates, caseSignals) : situatedCase;
      const caseReading = ownAdultStory && rules.forOwnAdult ? rules.forOwnAdult(forWriter, text, true) : youngWriter && rules.forYoungWriter ? rules.forYoungWriter(forWriter, text) : forWriter;
      const caseTopic = youngWriter ? undefined : rules.topicBeside?.(caseReading, signals, { whatToDo, dangerTold: true, ...(asker?.role ? { role: asker.role } : {}) });
      return { reading: caseReading, topic: caseTopic };
    }
  }
}

const NOTHING: ReadonlySet<string> = new Set();

/** Below the threshold: a reading the story gave and its question does not ask stays among the suggestions only. */
const ONLY_IN_STORY = 0.6;

/**
 * A recognizer's candidates for a message. One that says what a question must ask for its reading (`asksFor`: a figure)
 * is asked about a long story's asking sentence (asking-sentence.ts): when that sentence does not ask for it ("three new
 * cases this week … what is the new action plan called?"), the reading came from the story and falls below the
 * threshold. Danger is read from the whole message, apart from this.
 */
function askedInQuestion<I extends IntentBase>(recognizer: Recognizer<I>, utterance: Utterance): readonly Candidate<I>[] {
  const whole = recognizer.recognize(utterance);
  if (!recognizer.asksFor || !whole.some((c) => c.score >= MIN_SCORE)) return whole;
  const part = askingPart(utterance.normalized, utterance.lng);
  if (!part || recognizer.asksFor(prepareUtterance(part.focus, utterance.lng))) return whole;
  return whole.map((c) => ({ ...c, score: c.score * ONLY_IN_STORY * MIN_SCORE }));
}

/**
 * What keeps a young writer's own case from being calm though they say no one hits them: a marriage, a journey abroad,
 * a cutting or not coming back (they keep "is someone in danger now? call 112" on top, with the children's line).
 */
const ON_THE_WAY: readonly string[] = ['wedding', 'marrying', 'marriedOff', 'trip', 'abroad', 'notBack', 'neverReturn', 'cutting', 'cuttingPlanned', 'longStay'];

/**
 * What a young writer's general question may tell and still be calm: who writes (their age, their family, "I"), the
 * everyday control they live with, a wish to stay anonymous or unseen, a line or a service named. Anything else (a trip,
 * a wedding, fear, a harm, a time) keeps the "call 112 if acute" block.
 */
const CALM_IN_GENERAL: ReadonlySet<string> = new Set(['general', 'firstPerson', 'ownFamily', 'selfAge', 'someone', 'minor', 'friend', 'control', 'anonymous', 'secret', 'helpline', 'aboutWord', 'serviceTopic', 'people', 'notUrgent', 'justToKnow', 'harmDenied', 'safeNow', 'calmNow',
  // Words that tell nothing alone, read only beside a rite euphemism (the rules girls-rite-*): an elder, a sister, an
  // everyday rite, a pain, "not only for training".
  'riteElder', 'sisterBefore', 'everydayRite', 'schoolFinished', 'riteHurt', 'beyondTraining', 'jobPlace',
  // A result to watch in a kitchen or a lab, a child bathed "to make her clean" (calm36): masks that tell nothing alone.
  'tryAndSee', 'bodyCare',
  // An everyday procedure named (the dentist, a visa): tells nothing alone (rules37).
  'everydayProcedure',
  // A question what counts or what the law says (left37) tells of nothing itself.
  'asksIfItCounts', 'asksTheLaw',
  // Whom the writer can talk to at school (role43): a pupil's question, which tells of nothing itself.
  'talkAtSchoolSelf']);

/**
 * What a professional's "what do I do?" about a grown-up may tell and still be advice without the "112 if acute" line
 * (issue #13, dev37c): who writes and about whom, an everyday control (money, phone, who she sees, going out), a line or
 * a service named, a marriage word only beside that control (her husband). A child ('minor', 'selfAge'), a harm, a
 * threat, a fear, a trip, a time, a marriage pushed on someone or anything the situation rules read as danger or a
 * concern keep the line (they are not in the set).
 */
const CALM_CASE_ASK: ReadonlySet<string> = new Set(['firstPerson', 'adultRole', 'someone', 'control', 'aboutWord', 'helpline', 'serviceName', 'serviceTopic', 'anonymous', 'training', 'hypothetical', 'general', 'justToKnow', 'wedding']);

function everydayControlAsked(signals: ReadonlySet<string>): boolean {
  if (!signals.has('someone')) return false;
  if (signals.has('wedding') && !signals.has('control')) return false;
  for (const s of signals) if (!CALM_CASE_ASK.has(s)) return false;
  return true;
}

/** A general question ('general') that tells of nothing but what CALM_IN_GENERAL allows. */
function generalOnly(signals: ReadonlySet<string>): boolean {
  if (!signals.has('general')) return false;
  for (const s of signals) if (!CALM_IN_GENERAL.has(s)) return false;
  return true;
}

/**
 * A young writer who asks whether what they tell is normal or counts ('asksIfItCounts': "im 15 and my dad reads my
 * texts, is that normal?", "mamma sjekker mobilen min, teller det?") and tells of nothing but what CALM_IN_GENERAL
 * allows, or a time word (a party on Saturday they may not go to): a question about what counts, as a general one is —
 * the lines, with "call 112" as a plain sentence (issue #13, left37). A phone taken, a trip, a wedding, a fear or a harm
 * beside the question keeps the block (they are not in CALM_IN_GENERAL); so does a contact asked beside it ("is that
 * normal? who can I talk to?": the tuned sets' young writers under control, gb8-070, gb8-145, get the block).
 */
function askedIfItCounts(signals: ReadonlySet<string>): boolean {
  // Writing without anyone at home knowing ('secret', 'anonymous') or a line asked for ('helpline': gb8-145) beside it keeps the block.
  if (!signals.has('asksIfItCounts') || signals.has('secret') || signals.has('anonymous') || signals.has('helpline')) return false;
  for (const s of signals) if (!CALM_IN_GENERAL.has(s) && s !== 'asksIfItCounts' && s !== 'soon') return false;
  return true;
}

/**
 * What a young writer's journey asked about ahead may tell beside a passport lost or stolen there and still be calm: the
 * journey, its time, the country, a wedding the writer goes to or the couple chose, who covers the country.
 */
const MISHAP_AHEAD: ReadonlySet<string> = new Set([...CALM_IN_GENERAL, 'lostPapers', 'trip', 'abroad', 'soon', 'season', 'wedding', 'weddingGuest', 'ownChoice', 'saidSpouse', 'coverageAsked', 'hypothetical', 'origin']);

/**
 * A writer who asks whom to turn to if a passport is lost or stolen on a journey (lostPapers: "I'm going to my
 * brother's wedding in Lahore, he chose his bride himself; who helps me if I lose my passport there?") and tells of
 * nothing else but MISHAP_AHEAD: a traveller's question, no case abroad (journeyAhead); a young writer gets the lines
 * and UD's with "call 112" as a plain sentence, not the block (issue #13). A wedding keeps the block unless the writer goes to it as a guest or the couple chose each other;
 * papers the family keeps ('confiscated'), a fear, a harm or a stay against one's will are not in MISHAP_AHEAD.
 */
function mishapAhead(signals: ReadonlySet<string>): boolean {
  if (!signals.has('lostPapers')) return false;
  if (signals.has('wedding') && !signals.has('weddingGuest') && !signals.has('ownChoice')) return false;
  for (const s of signals) if (!MISHAP_AHEAD.has(s)) return false;
  return true;
}

/** The writer's own word that nothing is acute: no one hits them, they are not in danger, it is not urgent. */
const JUDGED_CALM: readonly string[] = ['notUrgent', 'harmDenied', 'safeNow'];
/** Who at home a young writer's message tells of: with them, the writer's own word that it is calm is needed. */
const HOME_TOLD: readonly string[] = ['ownFamily', 'control', 'someone', 'friend', 'secret', 'minor'];

/**
 * A young writer who asks whom to contact and tells of nothing but what CALM_IN_GENERAL allows, either of no one at
 * home ("is there a helpline for teenagers? I'm 14") or saying it is not acute ("my family decides everything, nothing
 * acute, who can I talk to?"): the lines, with "call 112" as a plain sentence. Everyday control told with no such word
 * ("dad reads my messages every day, who can I talk to?") keeps the "112 if acute" block, as a phone taken, a trip, a
 * wedding or a fear always do (they are not in CALM_IN_GENERAL). A line asked for where the writer need not give their
 * name ("somewhere I can call without saying who I am? my brother checks my phone") is asked for a talk, as a calm word
 * says: everyday control beside it is what such lines are for (issue #13, the held-back sets 60 and 61). So is someone at
 * school to talk to, asked by the pupil ("is there someone at school I can talk to about my family deciding
 * everything?", talkAtSchoolSelf: role43).
 */
function lineAskedCalmly(signals: ReadonlySet<string>, asksForContact: boolean): boolean {
  if (!asksForContact) return false;
  for (const s of signals) if (!CALM_IN_GENERAL.has(s)) return false;
  return JUDGED_CALM.some((s) => signals.has(s)) || signals.has('anonymous') || signals.has('talkAtSchoolSelf') || !HOME_TOLD.some((s) => signals.has(s));
}

/**
 * A young writer who asks only whether a line is for them ("does it work if I'm 16?", "what if I'm under 18?"): their
 * age put as a supposition ('hypothetical' beside 'selfAge' or 'minor'), a contact asked, and nothing else but what
 * CALM_IN_GENERAL allows: a question of who may call, not a case (issue #13, calm40). A trip, a wedding, a fear, a harm
 * or anything told of someone at home beside it (HOME_TOLD but the writer's own age) keeps the "112 if acute" block.
 */
function eligibilityAsked(signals: ReadonlySet<string>, asksForContact: boolean): boolean {
  if (!asksForContact || !signals.has('hypothetical') || !(signals.has('selfAge') || signals.has('minor'))) return false;
  for (const s of signals) if (!CALM_IN_GENERAL.has(s) && s !== 'hypothetical') return false;
  return !HOME_TOLD.some((s) => s !== 'minor' && signals.has(s));
}

/**
 * What a grown-up writing about their own life may tell beside a contact asked and still get the adults' lines with
 * "call 112" as a plain sentence (`adultLineAsked`): what CALM_IN_GENERAL allows, moving out or a home of their own
 * ('leaveHome': the housing Kompetanseteamet coordinates for those over 18) and a supposition.
 */
const CALM_ADULT_ASK: ReadonlySet<string> = new Set([...CALM_IN_GENERAL, 'leaveHome', 'hypothetical']);

/**
 * A writer of 18 or more who asks whom to contact (may I call Kompetanseteamet myself? who helps with housing?) and
 * tells of nothing but CALM_ADULT_ASK: everyday control by their family, a wish to move out, a line asked for. No child
 * ('minor') may be named: a child at home keeps the block.
 */
function adultLineAsked(signals: ReadonlySet<string>, asksForContact: boolean): boolean {
  if (!asksForContact || signals.has('minor')) return false;
  for (const s of signals) if (!CALM_ADULT_ASK.has(s)) return false;
  return true;
}

/**
 * A writer of 18 or more who says in their own words that nothing is acute, no one hits them or they are safe
 * (JUDGED_CALM) and tells of nothing but CALM_ADULT_ASK: everyday control by their family, a wish to move out or to
 * talk. No child ('minor') may be named; a threat, a fear, a trip, a wedding or a time beside it keeps the block.
 */
function adultSaysCalm(signals: ReadonlySet<string>): boolean {
  if (signals.has('minor') || !JUDGED_CALM.some((s) => signals.has(s))) return false;
  for (const s of signals) if (!CALM_ADULT_ASK.has(s)) return false;
  return true;
}

/** What puts a person abroad now or soon: a journey, a removal, a person kept or not let back, a time at hand. */
const ABROAD_NOW: readonly string[] = [
  'trip', 'takenSelf', 'takenAway', 'takenThere', 'alreadyTaken', 'notBack', 'cannotReturn', 'neverReturn', 'longStay', 'sentHome', 'sentAwayIf', 'sentToIf',
  'travelAlone', 'scaredOfTrip', 'guarded', 'season', 'soon',
];

/**
 * A country abroad that is no case there now (issue #13, session 25): a calm case (the writer says there is no violence
 * or no danger) whose country is where the family comes from or relatives call from ("my brother in Khartoum says the
 * family name is ruined; I don't want to force her"), or a girl's own cutting done there long ago ("she was cut on a
 * holiday in Gambia last year; must I report it?"), telling of no one taken, kept or travelling there (ABROAD_NOW).
 */
function noStayAbroadNow(signals: ReadonlySet<string>, calm: boolean, alarmed: boolean): boolean {
  if (alarmed || ABROAD_NOW.some((s) => signals.has(s))) return false;
  return calm || (signals.has('pastCutting') && signals.has('general')) || (BACKGROUND_ONLY.some((s) => signals.has(s)) && !CASE_TOLD.some((s) => signals.has(s)));
}

/**
 * A country named as background only (issue #13, calm29): where people come from ('origin': "our pupils come from
 * Somalia"), or a question about the topic, not a case ('general', 'training', 'justToKnow', 'notAboutAnyone': a course
 * for the staff, a thesis, "only for our preparedness plan"), telling of no one taken, kept or travelling there
 * (ABROAD_NOW, checked first): no case abroad, so no "112 if acute" line for the country alone. A case the rules read
 * (danger or a concern) keeps its line whatever else the message says.
 */
const BACKGROUND_ONLY: readonly string[] = ['origin', 'general', 'training', 'justToKnow', 'notAboutAnyone'];
/**
 * What tells of a case beside the background words, though no rule reads it (a passport taken, a family that does not
 * let her leave, "she wants to come home", an honour, a threat, a person leaving home or out as gay, harm at home): the
 * country stays the case's, with its line ("z Iraku" is both "from Iraq" and "out of Iraq").
 */
const CASE_TOLD: readonly string[] = ['confiscated', 'control', 'wantsBack', 'honour', 'queer', 'leaveHome', 'threat', 'harmWill', 'harmIf', 'beaten', 'injury', 'killing', 'locked', 'comingFor', 'cameToFetch', 'fearHome', 'fearReaction', 'scared', 'despair', 'runaway', 'cannotTalkHome'];

/** A particular person the message speaks of: the writer's own case, a relative, a friend, someone named. */
const PARTICULAR: readonly string[] = ['someone', 'selfAge', 'ownFamily', 'friend', 'takenSelf', 'dangerDescribed', 'concernDescribed'];

/** People of a kind named, and no particular person: who a service is for ("Norwegians abroad"), not a case. */
function inGeneral(signals: ReadonlySet<string>): boolean {
  // "Which embassy covers Somalia if a pupil is held there?": the pupil is supposed, a kind of person the envoy is for.
  // "Who at the embassy helps with forced stays abroad in Pakistan?": which post covers a country asked, with no person
  // named at all, asks about the service too.
  const nobody = !PARTICULAR.some((s) => signals.has(s));
  // "Which embassy helps a young woman held in Turkey? I ask in general": the writer says no case is at hand ('general'),
  // and the rules read no danger or concern in it: a kind of person the post covers, however particular the words.
  const askedGenerally = signals.has('coverageAsked') && signals.has('general') && !signals.has('dangerDescribed') && !signals.has('concernDescribed');
  return (signals.has('people') && nobody) || signals.has('coverageSupposed') || (signals.has('coverageAsked') && nobody && !signals.has('minor')) || askedGenerally;
}

/** Whether the writer says they work in a service (a role read from a statement about the writer; a parent is not one). */
function professional(asker: AskerReading | undefined): boolean {
  return asker?.role !== undefined && asker.role !== 'parent';
}

/**
 * Who a figures question would be about if it told of a case: a particular person, the writer, their family or age.
 * A question for figures that names none of them, and describes no danger, counts a harm ("honour killings",
 * "tvangsekteskap … 2021, 2022") rather than telling of a person in danger now.
 */
const A_PERSON: readonly string[] = ['someone', 'selfAge', 'ownFamily', 'firstPerson', 'minor', 'dangerDescribed', 'concernDescribed'];

/** A question for published figures with no person in it and no danger described: the plain danger words name what is counted. */
function figuresOnly<I extends IntentBase>(read: I, rules: UnderstandingRules<I>, signals: ReadonlySet<string> | undefined): boolean {
  if (!signals || rules.asksForFigures?.(read) !== true) return false;
  return !A_PERSON.some((s) => signals.has(s));
}

/** The readings of a message nothing read surely: the closest articles offered, or "I don't know". */
const NOT_UNDERSTOOD: ReadonlySet<string> = new Set(['unknown', 'suggest']);

/** What the danger reader and the role reader found, as the scope rules name it. */
function known(signals: ReadonlySet<string> | undefined, asker: AskerReading | undefined): ReadonlySet<string> {
  if (!asker?.mentionsRole && !asker?.duties.length) return signals ?? NOTHING;
  const all = new Set(signals);
  if (asker.mentionsRole) all.add('role');
  if (asker.duties.length > 0) all.add('duty');
  return all;
}

export type Understand<I extends IntentBase = IntentBase> = (text: string, lng: Lang) => Understanding<I>;

/**
 * A message read stage by stage, each stage at most once, for a caller that decides on an early stage whether it needs
 * the whole reading (the two-needs reader asks of most parts only who writes and how sure the surest candidate is).
 * `understanding()` is built on the stages already read and equals `understand(text, lng)`.
 */
export interface ReadingStages<I extends IntentBase = IntentBase> {
  /** Who the writer says they are (the role reader alone): the whole reading's `role`. */
  role(): Role | undefined;
  /** Every recognizer's candidates, surest first: the whole reading's `candidates`. */
  candidates(): readonly Candidate<I>[];
  understanding(): Understanding<I>;
}

export type ReadInStages<I extends IntentBase = IntentBase> = (text: string, lng: Lang) => ReadingStages<I>;

/** The understanding step, and the same reading stage by stage. */
export type StagedUnderstand<I extends IntentBase = IntentBase> = Understand<I> & { readonly inStages: ReadInStages<I> };

export { isLang };
