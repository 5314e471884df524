import type { Lang } from '../language/languages';
import { isCommonWord } from '../language/common-words';
import { normalize, tokenize } from '../language/text';
import { splitAtScripts } from '../language/spelling';
import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import { ASKS_WHO_TO_CONTACT, type ContactIntent, type ContactQuery } from './intents';
import type { AdviserDirectory } from './adviser-directory';
import { fold, type CountryMention } from './country-names';
import type { Directory } from './directory';
import type { NorwegianPlaces } from './norwegian-places';
import { ADVICE_IN_CASE, ALSO, ANONYMOUS, CONTACTS_COMMAND, HELPLINE, MATERIAL, NUMBERS, OWN_WHAT_TO_DO, STAFF_ADVICE, TALK_AT_SCHOOL, TALK_WISH, NUMBER_ASKED, OTHER_ABOUT_SERVICE, OTHER_ABROAD_WEAK, OTHER_CONTACT, OTHER_CONTACT_DONE, OTHER_COVERS, OTHER_EMBASSY, OTHER_FIGURES, OTHER_GENERIC, OTHER_HELD, OTHER_MINOR, OTHER_NEAREST, OTHER_NEGATIONS, OTHER_NEGATIONS_AFTER, OTHER_NOT_FIGURES, OTHER_NOT_URGENT, OTHER_TRAVEL_SOON, OTHER_URGENT, OTHER_WEAK, OTHER_WHO_ADVISES } from './other-language-words';
import { loadContactWords } from './contact-words';
import { loadServiceAliases, type ServiceAliases } from './service-aliases';
import { loadAdultLifeWords, loadAdviceWords, loadOwnAgeWords, loadAttendedCourseWords, loadBesidesPoliceWords, loadDivisionWords, loadHousingWords, loadImmigrantOrganisationWords, loadInstitutionWords, loadListWords, loadMembersWords, loadOriginWords, loadOwnAdviceWords, loadOwnerWords, loadShelterTonightWords, loadTrainingWishWords, loadTrainingWords, loadVolunteerWords, loadWebsiteWords, loadWeWishWords, loadWhoMayContactWords, type AdviceWords, type ImmigrantOrganisationWords, type InstitutionWords, type LanguageWords, type OwnAgeWords, wordsIn } from './words-per-language';
import { loadWhoWillCallWords, type WhoWillCallFiles, type WhoWillCallWords, type WordOrderWords } from './who-will-call-words';
import { isEnvoyId, type ServiceId } from './service-ids';
import { unicodeWords } from '../language/word-boundary';
import { wordMatcher } from './word-matcher';
import { ReadingMemo } from '../language/reading-memo';

/**
 * Reads contact questions: a service by name ("telefonnummer til Kompetanseteamet", old names like
 * "minoritetsrådgiver" included), a country ("Eleven er holdt tilbake i Somalia", "who covers Iran?"),
 * a school, municipality or county for the diversity advisers ("hvem er mangfoldsrådgiver på Hellerud vgs?"),
 * or a plain "who can I contact?". Questions about what a service *is* ("hva er Kompetanseteamet?") are
 * left to the guidance articles: they get a low contact score.
 */

/** Phrases are written naturally and folded like the text (å → a), so "på" matches "pa". A trailing * matches a word prefix. */
type Phrases = readonly string[];

/** content/contacts/contact-words.json: the Norwegian and English words; below, how they combine. */
const W = loadContactWords();
/** A regex alternation of words matched on folded text: each folded like the text (å → a), regex characters escaped. */
function folded(words: readonly string[]): string {
  return [...new Set(words.map((w) => escapeRegExp(tokenize(fold(w)).join(' '))))].join('|');
}
/** The same for text that is not folded (school names keep å, ø): the words as written. */
function asWritten(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}
/** Longer words first, so "videregående skole" is read before "videregående" where both could end a match. */
function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Give-verbs with their objects, a few words apart: "gi oss råd", "give us some advice". */
function giving(give: readonly { verb: string; objects: readonly string[] }[]): string {
  return give.map(({ verb, objects }) => String.raw`${folded([verb])} (?:\S+ ){0,2}?(?:${folded(objects)})`).join('|');
}

/**
 * "Skolen har ingen mangfoldsrådgiver": the service is named only to say it is missing (a negation, at most one word, the
 * name). "phone no. for SEIF": "no" after a phone word is the number, not a negation.
 */
const NOT_A_NUMBER = String.raw`(?<!(?:${folded(W.phoneWords)}) )`;
const NEGATED_SERVICE = unicodeWords(new RegExp(String.raw`${NOT_A_NUMBER}\b(${folded(W.negations)})( \p{L}+)? $`, 'u'));
/** The same for the diversity advisers, in the other languages too ("nie ma doradcy", "немає радника"): a school without one. */
const NEGATED_ADVISER = unicodeWords(new RegExp(String.raw`${NOT_A_NUMBER}\b(${folded([...W.negations, ...OTHER_NEGATIONS])})( \p{L}+)? $`, 'u'));
/**
 * The negation after the adviser's name, at most one word on ("okulumuzda çeşitlilik danışmanı yok", "dugsigayaga
 * la-taliye ma leh", "ኣብ ቤት ትምህርትና ኣማኻሪ የለን"): matched on what follows the name in the padded text.
 */
const NEGATED_ADVISER_AFTER =
  OTHER_NEGATIONS_AFTER.length > 0 ? new RegExp(String.raw`^ (?:\p{L}+ )?(?:${folded(OTHER_NEGATIONS_AFTER)}) `, 'u') : undefined;
/** Whether the adviser named at `at` (its key `key`) is said to be missing, by a negation before or after the name. */
function adviserNegated(padded: string, at: number, key: string): boolean {
  return NEGATED_ADVISER.test(padded.slice(0, at + 1)) || (NEGATED_ADVISER_AFTER?.test(padded.slice(at + key.length + 1)) ?? false);
}
/**
 * "Hvem kan gi oss råd", "kven kan vi drøfte saka med", "who can guide us": who, a modal, then a verb of advising or
 * helping, whoever the pronoun is. Matched on folded text (å → a). `generic` lists the fixed phrasings; this is the
 * pattern behind them, so "hvem kan vi rådføre oss med i denne konkrete saken" needs no phrase of its own.
 */
const WHO_ADVISES = new RegExp(
  String.raw` (${folded(W.whoAdvises.who)}) (?:\S+ ){0,3}?(${folded(W.whoAdvises.modals)}) (?:\S+ ){0,5}?(${folded(W.whoAdvises.verbs)}|${giving(W.whoAdvises.give)})(?: |$)`,
  'u',
);
/**
 * "Kven kan vi rådføre oss med", "who gives advice": WHO_ADVISES and WHO_ADVISES_NOW without the verbs that only ask
 * how to reach someone ("who do I call", "hvem kan jeg ringe"): the front-line service named beside these asks for
 * advice on the case, not for its own number.
 */
const CONTACT_VERBS = new Set(W.contact.map((w) => tokenize(fold(w.replace(/\*$/u, ''))).join(' ')));
const ADVISING_VERBS = W.whoAdvises.verbs.filter((v) => !CONTACT_VERBS.has(tokenize(fold(v)).join(' ')) && !W.contact.some((c) => c.endsWith('*') && fold(v).startsWith(fold(c.slice(0, -1)))));
const WHO_ADVISES_ON_A_CASE = new RegExp(
  String.raw` (${folded(W.whoAdvises.who)}) (?:\S+ ){0,3}?(${folded(W.whoAdvises.modals)}) (?:\S+ ){0,5}?(${folded(ADVISING_VERBS)}|${giving(W.whoAdvises.give)})(?: |$)`,
  'u',
);
/** Front-line services that Kompetanseteamet advises in concrete cases (services.json forWhom), as a service is named. */
const ADVISED_SERVICES: ReadonlySet<string> = new Set(['child-welfare', 'police', 'crisis-centres']);
/** Services whose naming (IMDi as its expert team, the envoys, UD) lets words of who does what ask the envoys' split. */
const DIVISION_SERVICES: ReadonlySet<string> = new Set(['expert-team', 'special-envoys', 'ud-operations-centre', 'envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi']);
/** The same without a modal: "kven gir råd til barnehagar …", "who advises kindergartens …", "hvem hjelper skoler med …". */
const WHO_ADVISES_NOW = new RegExp(String.raw` (${folded(W.whoAdvises.who)}) (?:${giving(W.whoAdvisesNow.give)}|${folded(W.whoAdvisesNow.verbs)})(?: |$)`, 'u');
/** The word-order reading of who will call (nb, nn, en; content/understanding/who-will-call), compiled once. */
interface WordOrderCaller {
  /**
   * Who will make the call, when it is not the asker: "hvem kan en jente på 16 ringe?", "who can my daughter talk to?",
   * "kvar kan sonen min få hjelp?" (the words between the modal and the verb). Matched on folded text (å → a).
   */
  readonly whoWillCall: RegExp;
  /** The asker's words for the who-word asked: "I"/"we" among the caller's words means the asker calls. */
  askerCalls(who: string): RegExp;
  /** "finnes det et nummer hun selv kan ringe?", "is there a line the woman can call herself?": a person before "can call". */
  readonly thirdPersonCalls: RegExp;
  /** The same asked the other way round: "kan hun ringe dem selv?", "can the resident (she's 20) call them herself?". */
  readonly thirdPersonCallsAsked: RegExp;
  /** A number, line or chat the asker will pass on to a third person ("nummer kan jeg gi henne", "line I can give him"). */
  readonly wayGivenTo: RegExp;
  readonly saysSelf: RegExp;
  /** The message asks for a way to reach someone: a who/where, or a number, line or chat. */
  readonly asksForAWay: RegExp;
  /** A pronoun for a third person: someone, of no stated age. */
  readonly thirdPersonPronoun: RegExp;
  /** Words that name a grown-up person ("kvinnen", "the woman", "brukeren"); not husbands, who are usually who controls. */
  readonly grownUp: RegExp;
  /** A grown-up when named as the caller ("mannen"; elsewhere "man" is a pronoun). */
  readonly grownUpCaller: RegExp;
  /** "en jente på 16", "a girl of 16". */
  readonly youngAge: RegExp;
  /** "en pasient på 19", "a woman of 23". */
  readonly grownUpAge: RegExp;
  /** A person other than the asker, named or as a pronoun ("henne", "the patient"). */
  readonly someoneElse: RegExp;
}
function wordOrderCaller(files: readonly WordOrderWords[]): WordOrderCaller {
  // An empty list matches nothing (an empty group would match everywhere).
  const alternatives = (list: readonly string[]) => [...new Set(list.map((w) => tokenize(fold(w)).join(' ')))].join('|') || '(?!)';
  const all = (key: Exclude<keyof WordOrderWords, '$comment' | 'lang' | 'review' | 'reading'>) => alternatives(files.flatMap((f) => f[key]));
  const self = `(?:${all('self')})`;
  const personCall = `(?:${all('personCalls')})`;
  const persons = all('persons');
  const askers = new Map<string, RegExp>();
  for (const who of new Set(files.flatMap((f) => f.who.map((w) => tokenize(fold(w)).join(' '))))) {
    const asker = alternatives(files.filter((f) => f.who.some((w) => tokenize(fold(w)).join(' ') === who)).flatMap((f) => f.asker));
    askers.set(who, new RegExp(`(?:^| )(?:${asker})(?: |$)`, 'u'));
  }
  return {
    // A call word after a determiner is a noun ("who could come and give a talk?"): a talk given, nobody calling.
    whoWillCall: new RegExp(` (${all('who')}) (?:${all('modals')}) ((?:\\S+ ){1,6}?)(?<! (?:${all('determiners')}) )(?:${all('calls')})(?: |$)`, 'u'),
    askerCalls: (who) => askers.get(who) ?? /(?!)/u,
    // "klienten min (30) kan ringe selv", "my client (30) can call herself": a possessive and an age in brackets may stand
    // between the person and the modal; the age is the caller's.
    thirdPersonCalls: new RegExp(` (${persons})(?: (?:${all('determiners')}))?(?: (\\d{1,2}))? (?:${self} )?(?:${all('personModals')}) (?:${self} )?${personCall}(?: |$)`, 'u'),
    thirdPersonCallsAsked: new RegExp(` (?:${all('personModals')}) (?:(?:${all('determiners')}) )?(${persons}) (?:\\S+ ){0,4}?${personCall}(?: |$)`, 'u'),
    wayGivenTo: new RegExp(` (?:${all('wayNouns')}) (?:\\S+ ){0,3}?(?:${all('give')}) (${persons}|${all('givenTo')})(?: |$)`, 'u'),
    saysSelf: new RegExp(` ${self}(?: |$)`, 'u'),
    asksForAWay: new RegExp(` (${all('ways')})(?: |$)`, 'u'),
    thirdPersonPronoun: new RegExp(` (${all('someone')}) `, 'u'),
    grownUp: new RegExp(` (${all('grownUp')})(?: |$)`, 'u'),
    grownUpCaller: new RegExp(` (${all('grownUpCaller')}) `, 'u'),
    youngAge: new RegExp(` (?:${all('agePrepositions')}) 1[0-7] `, 'u'),
    grownUpAge: new RegExp(` (?:${all('agePrepositions')}) (?:1[89]|[2-9]\\d) `, 'u'),
    someoneElse: new RegExp(` (?:${persons}|${all('givenTo')}|${all('someoneElse')}) `, 'u'),
  };
}

/**
 * The writer's own workplace ("Jeg jobber i barnevernet", "I'm a child welfare caseworker", "vi i NAV", "I started as a
 * diversity adviser, coming from a job in child welfare"): a service named
 * right after these words introduces the writer, it is not the service asked for.
 */
const OWN_WORKPLACE = new RegExp(String.raw` (${folded(W.ownWorkplace)}) ((?:\S+ ){0,2})$`, 'u');
/**
 * Whether the words before a service's name introduce the writer's workplace; not when a word of contacting stands
 * between ("kan vi i barnehagen ringe kompetanseteamet direkte?": the kindergarten is theirs, the team is asked for), or just
 * before it.
 */
function ownWorkplace(before: string): boolean {
  const match = OWN_WORKPLACE.exec(before);
  if (!match) return false;
  // The word before the introduction counts too: "ringer vi i barnehagen kompetanseteamet direkte?".
  const previous = before.slice(0, match.index).trim().split(' ').slice(-1);
  // "Who is member of Kompetanseteamet?", "hvem er medlem av …": a question of who belongs to it asks about the service.
  if (ASKED_WHO.test(` ${before.slice(0, match.index).trim().split(' ').slice(-3).join(' ')} `)) return false;
  return !P.strong.test([...previous, ...tokenize(match[2] ?? '')]);
}
/** A question word ("who", "hvem", "kven", "which") just before an introduction's words: a question, not the writer's workplace. */
const ASKED_WHO = new RegExp(String.raw` (?:${folded(W.askedWho)}) `, 'u');
const SCHOOL_TYPE = new RegExp(String.raw`(?:^| )((?:[\p{L}-]+ ){1,2})(${asWritten(longestFirst(W.schoolTypes))})(?= |$)`, 'u');
/** Names written as one compound: "Bergen katedralskole", "Kvadraturen skolesenter", "Oslo handelsgymnasium". */
const SCHOOL_COMPOUND = new RegExp(String.raw`(?:^| )((?:[\p{L}-]+ )?)([\p{L}-]*(?:${asWritten(W.schoolNameEndings)}))(?= |$)`, 'u');
/** Compounds that are kinds of school, not a school's name. */
const NOT_A_SCHOOL_NAME = new RegExp(`^(${asWritten(W.notSchoolNames.kinds)})?(${asWritten(W.notSchoolNames.endings)})$`);
const NOT_PART_OF_NAME: ReadonlySet<string> = new Set(W.notPartOfName);

const YEAR = / (?:19|20)\d\d /u;
/**
 * English "number(s) of" is a count ("number of cases") unless a phone word stands before it ("phone numbers"): the
 * construction (number, of) is grammar, the phone words are data.
 */
const PHONE_NUMBERS = new RegExp(` (?:${folded(W.phoneWords)}) numbers `, 'u');
const NUMBER_OF = new RegExp(` (?<!(?:${folded(W.phoneWords)}) )numbers? of `, 'u');

export interface CompiledPhrases {
  test(tokens: readonly string[]): boolean;
}

/**
 * A list read with some phrases taken out first: "چند سال پیش" (a few years ago) holds "چند" (how many), which dates
 * the story and asks for no figure. Whole phrases only, matched on the tokens as `compilePhrases` matches them.
 */
function withoutPhrases(inner: CompiledPhrases, phrases: readonly string[]): CompiledPhrases {
  const removed = phrases.map((p) => tokenize(fold(p))).filter((words) => words.length > 0);
  if (removed.length === 0) return inner;
  // A phrase is taken out only where its first word stands: a message with none of the first words is read as it is,
  // without a copy of its tokens made for each phrase (perf35: 34 copies a test, up to six tests a message).
  const firstWords = new Set(removed.map((words) => words[0] ?? ''));
  return {
    test(tokens) {
      if (!tokens.some((t) => firstWords.has(t))) return inner.test(tokens);
      let rest: readonly string[] = tokens;
      for (const words of removed) {
        const kept: string[] = [];
        for (let i = 0; i < rest.length; i++) {
          // A mark in the phrase's place, so the words on either side do not become neighbours.
          if (followsAt(words, rest, i)) {
            kept.push('#');
            i += words.length - 1;
          } else kept.push(rest[i] ?? '');
        }
        rest = kept;
      }
      return inner.test(rest);
    },
  };
}

/**
 * `has(list)` for one message's tokens, each list read once: the contact reading asks the same lists of the same tokens
 * several times (the generic words nine times, the places covered seven), and a list's answer depends on the tokens alone.
 */
function phrasesOfTokens(tokens: readonly string[]): (p: CompiledPhrases) => boolean {
  const known = new Map<CompiledPhrases, boolean>();
  return (p) => {
    let found = known.get(p);
    if (found === undefined) {
      found = p.test(tokens);
      known.set(p, found);
    }
    return found;
  };
}

/** A message's words as the contact reading reads them (shared between the tests of one message: never changed). */
interface MessageWords {
  readonly tokens: readonly string[];
  readonly padded: string;
  readonly command: boolean;
}


/**
 * "where can ... read": the words either side of " ... " with up to this many other words between them ("where can
 * we read", "where can my daughter and I read"), as the understanding's phrase lists write it (content/understanding/
 * roles/nb.json, src/understanding/phrase-book.ts).
 */
const MAX_GAP = 3;
/** A phrase's parts either side of each " ... " gap. */
const GAP_MARK = /\s\.\.\.\s/u;

/** Whether the parts follow one another from token `at` on, with up to `MAX_GAP` other tokens at each gap. */
function gappedAt(parts: readonly (readonly string[])[], tokens: readonly string[], at: number, part = 0): boolean {
  const words = parts[part];
  if (words === undefined) return true;
  if (!followsAt(words, tokens, at)) return false;
  if (part === parts.length - 1) return true;
  const next = at + words.length;
  for (let skip = 0; skip <= MAX_GAP && next + skip < tokens.length; skip++) if (gappedAt(parts, tokens, next + skip, part + 1)) return true;
  return false;
}

export function compilePhrases(phrases: Phrases): CompiledPhrases {
  // Phrases with a gap ("hvor kan ... lese"): their parts, matched apart (few lists have any).
  const gapped = phrases
    .filter((p) => GAP_MARK.test(p) && !p.endsWith('*'))
    .map((p) => p.split(GAP_MARK).map((part) => tokenize(fold(part))))
    .filter((parts) => parts.every((words) => words.length > 0));
  const plain = phrases.filter((p) => !GAP_MARK.test(p) || p.endsWith('*'));
  const inner = compilePlainPhrases(plain);
  if (gapped.length === 0) return inner;
  return {
    test(tokens) {
      if (inner.test(tokens)) return true;
      for (let i = 0; i < tokens.length; i++) for (const parts of gapped) if (gappedAt(parts, tokens, i)) return true;
      return false;
    },
  };
}

/** Whether `words` are the tokens from `at` on. */
function followsAt(words: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[at + j] !== words[j]) return false;
  return true;
}

/** What a list has nowhere (shared: a miss allocates nothing). */
const NO_PHRASES: readonly never[] = [];

/**
 * A word's first one or two UTF-16 units as a number ("ra" and "r" and "" never collide): the prefix phrases are filed
 * by it, so a token is looked up without a substring made for each token of each list.
 */
function headKey(word: string, units: 1 | 2): number {
  if (word.length === 0) return 0;
  if (units === 1 || word.length === 1) return word.charCodeAt(0) + 1;
  return (word.charCodeAt(0) + 1) * 65537 + word.charCodeAt(1) + 1;
}

/** A prefix phrase: the words before its last one, and the start of its last word. */
interface PrefixPhrase {
  readonly head: readonly string[];
  readonly last: string;
}

/**
 * A list of whole phrases and prefix phrases ("word*"), tested as a message's tokens, each list with its own maps
 * (session 42, perf42a: a group of lists sharing one index of first words, perf41a's `PhraseListGroup`, measured no
 * cheaper in a whole turn, and it kept a message's tokens between lists; the lists' answers are the same).
 */
function compilePlainPhrases(phrases: Phrases): CompiledPhrases {
  // Whole phrases by their first word: a phrase matches exactly when its words follow one another in the tokens.
  const exact = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    if (p.endsWith('*')) continue;
    const words = tokenize(fold(p));
    const first = words[0];
    if (first === undefined) continue;
    const known = exact.get(first);
    if (known) known.push(words);
    else exact.set(first, [words]);
  }
  // Prefix phrases by the first one or two letters of their last word, so a token is checked only against those it could start.
  const prefixes = new Map<number, PrefixPhrase[]>();
  for (const p of phrases) {
    if (!p.endsWith('*')) continue;
    const words = tokenize(fold(p.slice(0, -1)));
    const last = words[words.length - 1] ?? '';
    const key = headKey(last, 2);
    const known = prefixes.get(key);
    if (known) known.push({ head: words.slice(0, -1), last });
    else prefixes.set(key, [{ head: words.slice(0, -1), last }]);
  }
  // Plain loops, no closure per try: every list is read on every message.
  const startingAt = (tokens: readonly string[], i: number, candidates: readonly PrefixPhrase[] | undefined): boolean => {
    if (candidates === undefined) return false;
    for (let c = 0; c < candidates.length; c++) {
      const { head, last } = candidates[c] as PrefixPhrase;
      if (i >= head.length && (tokens[i] ?? '').startsWith(last) && followsAt(head, tokens, i - head.length)) return true;
    }
    return false;
  };
  return {
    test(tokens) {
      for (let i = 0; i < tokens.length; i++) {
        const candidates = exact.get(tokens[i] ?? '') ?? NO_PHRASES;
        for (let c = 0; c < candidates.length; c++) if (followsAt(candidates[c] as readonly string[], tokens, i)) return true;
      }
      if (prefixes.size === 0) return false;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] ?? '';
        if (startingAt(tokens, i, prefixes.get(headKey(token, 2))) || (token.length > 1 && startingAt(tokens, i, prefixes.get(headKey(token, 1))))) return true;
      }
      return false;
    },
  };
}

/** Words that start like a contact word but are not one. */
const NOT_CONTACT_WORDS = unicodeWords(new RegExp(String.raw`\b(?:${folded(W.notContactWords.map((w) => w.slice(0, -1)))})\w*`, 'g'));

const P = {
  // "we've contacted child welfare; should we tell the parents?": a contact already made is a step told, not a way to
  // reach the service asked for (dev129).
  strong: withoutPhrases(compilePhrases([...W.contact, ...OTHER_CONTACT]), [...W.contactDone, ...OTHER_CONTACT_DONE]),
  weak: compilePhrases([...W.weak, ...OTHER_WEAK]),
  info: compilePhrases(W.contactDetails),
  article: compilePhrases([...W.aboutService, ...OTHER_ABOUT_SERVICE]),
  aboutUse: compilePhrases(W.aboutUse),
  covers: compilePhrases([...W.covers, ...OTHER_COVERS]),
  nearest: compilePhrases([...W.nearest, ...OTHER_NEAREST]),
  embassy: compilePhrases([...W.embassy, ...OTHER_EMBASSY]),
  abroadStrong: withoutPhrases(compilePhrases([...W.held, ...OTHER_HELD]), W.notWhereabouts ?? []),
  travel: compilePhrases([...W.travelSoon, ...OTHER_TRAVEL_SOON]),
  abroadWeak: compilePhrases([...W.abroadWeak, ...OTHER_ABROAD_WEAK]),
  minor: compilePhrases([...W.minor, ...OTHER_MINOR]),
  adult: compilePhrases(W.adult),
  urgent: compilePhrases([...W.urgent, ...OTHER_URGENT]),
  notUrgent: compilePhrases([...W.notUrgent, ...OTHER_NOT_URGENT]),
  afterHours: compilePhrases(W.afterHours),
  generic: compilePhrases([...W.generic, ...OTHER_GENERIC]),
  research: compilePhrases(W.research),
  figures: withoutPhrases(compilePhrases([...W.figures, ...OTHER_FIGURES]), OTHER_NOT_FIGURES),
  anonymous: compilePhrases(ANONYMOUS),
  helpline: compilePhrases(HELPLINE),
  material: compilePhrases(MATERIAL),
  numbers: compilePhrases(NUMBERS),
  staffAdvice: compilePhrases(STAFF_ADVICE),
  talkAtSchool: compilePhrases(TALK_AT_SCHOOL),
  talkWish: compilePhrases(TALK_WISH),
  ownWhatToDo: compilePhrases(OWN_WHAT_TO_DO),
  numberAsked: compilePhrases(NUMBER_ASKED),
  also: compilePhrases(ALSO),
  adviceInCase: compilePhrases(ADVICE_IN_CASE),
};

/**
 * Where a message asks: a request and its question ("Trenger kurs for ansatte. Hvem tilbyr det?") as a whole; in a
 * longer story, the last sentence that ends in a question mark, or the last.
 */
/**
 * School asked about in a question ("Who can she talk to at school?") or a wish ("I want to talk to someone at school
 * about my parents."), not told of in a story ("at school she said …").
 */
function asksAtSchool(text: string): boolean {
  return sentencesOf(text).some((x) => {
    const tokens = tokenize(fold(x));
    return P.talkAtSchool.test(tokens) && (/[?؟፧]\s*$/u.test(x) || P.talkWish.test(tokens));
  });
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?؟۔።፧])\s+/u).filter((x) => x.trim().length > 0);
}

/** The questions of a message (sentences ending in a question mark), or its last sentence when none has one. */
function questionsOf(text: string): string[] {
  const sentences = sentencesOf(text);
  const questions = sentences.filter((x) => /[?؟፧]\s*$/u.test(x));
  return questions.length > 0 ? questions : sentences.slice(-1);
}

/** Languages whose country names are read with a one-letter typo (see `FindOptions.typos`). */
export function typosIn(lng: Lang | undefined): boolean {
  return lng === 'nb' || lng === 'nn' || lng === 'en';
}

/**
 * The sentences that may ask for training: the asking sentence, and every other question of the message ("Is there
 * someone who can give a course for our staff? How do we ask for it?" asks for the course in the first question); in a
 * message with no question mark at all, also each sentence that asks or wishes in other words ("Rektor spør om det
 * finst nokon som kan kome og snakke …", followed by a remark).
 */
function trainingAsked(text: string, wishIn: (tokens: readonly string[]) => boolean): string[] {
  const sentences = sentencesOf(text);
  const questions = sentences.filter((x) => /[?؟፧]\s*$/u.test(x));
  const others = questions.length > 0 ? questions : sentences.filter((x) => wishIn(tokenize(fold(x))));
  // "… Lederen vil at hele teamet får opplæring. Hvem tilbyr sånt?": a short question leans on the sentence before it,
  // which says what "sånt" is (as the article reader's asking sentence does, src/understanding/asking-sentence.ts).
  const leaning = leanedOn(text);
  return [askingSentence(text), ...(leaning === undefined ? [] : [leaning]), ...others];
}

/**
 * The sentence a short asking sentence leans on ("… Lederen vil at hele teamet får opplæring. Hvem tilbyr sånt?",
 * "… 1) her sister was taken to Iraq, 2) we want a course. Who do I call for each?"): what it asks is said there, the
 * training and the case abroad alike.
 */
function leanedOn(text: string): string | undefined {
  const sentences = sentencesOf(text);
  const asking = askingSentence(text);
  const at = sentences.indexOf(asking);
  return at > 0 && tokenize(asking).length < LEANING_TOKENS ? sentences[at - 1] : undefined;
}
/** An asking sentence shorter than this leans on the sentence before it (as in src/understanding/asking-sentence.ts). */
const LEANING_TOKENS = 8;

function askingSentence(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length <= 2) return text;
  const asked = [...sentences].reverse().find((x) => /[?؟፧]\s*$/u.test(x));
  const last = sentences[sentences.length - 1] ?? text;
  if (asked === undefined) return last;
  // "… 1) kven dekkjer Eritrea? 2) kan nokon halde kurs for oss": a closing sentence with no end mark at all, after the
  // last question, is a question typed without its mark, asked too.
  return asked !== last && !/[.!۔።?؟፧]\s*$/u.test(last) ? `${asked} ${last}` : asked;
}

/** How far after "who" the verb of advising may come ("kto może nam w tej sprawie doradzić"). */
const WHO_VERB_WINDOW = 5;
/**
 * Who will call, when the message asks how someone other than the asker can reach help: 'young' (the lines for young
 * people first), 'adult' (the lines for adults first) or 'someone' (age not said: the helplines first).
 */
function thirdPersonCaller(w: WordOrderCaller, padded: string, minor: boolean, statedAdult: boolean): 'young' | 'adult' | 'someone' | undefined {
  const match = w.whoWillCall.exec(padded);
  let caller: string | undefined;
  if (match) {
    const words = ` ${match[2] ?? ''}`;
    if (!w.askerCalls(match[1] ?? '').test(words)) caller = words;
  }
  if (caller === undefined) {
    const told = w.thirdPersonCalls.exec(padded);
    const third = told ?? w.thirdPersonCallsAsked.exec(padded);
    if (third && (w.asksForAWay.test(padded) || w.saysSelf.test(padded))) caller = ` ${third[1] ?? ''} `;
    // The caller's age in brackets ("klienten min (30) kan ringe selv"): under 18 young, 18 and over grown-up.
    const age = told?.[2] === undefined ? undefined : Number(told[2]);
    if (caller !== undefined && age !== undefined) return age < 18 ? 'young' : 'adult';
  }
  if (caller === undefined) {
    // "Hvilket nummer kan jeg gi henne?", "what number can I give her?": a way passed on, so she is the one to call.
    const given = w.wayGivenTo.exec(padded);
    if (given) caller = ` ${given[1] ?? ''} `;
  }
  if (caller === undefined) return undefined;
  // The caller's own words first, then an age or adulthood the message states, then the people it names.
  if (P.minor.test(tokenize(caller)) || CHILD_AGE.test(caller) || w.youngAge.test(`${caller} `)) return 'young';
  if (w.grownUp.test(`${caller} `) || w.grownUpCaller.test(`${caller} `) || w.grownUpAge.test(`${caller} `) || statedAdult) return 'adult';
  if (minor) return 'young';
  if (w.grownUp.test(padded)) return 'adult';
  // Words between the modal and the verb that name nobody ("who can possibly call") are no caller; a pronoun there
  // ("hun", "they"), or a third person right before "can call", is someone of no stated age.
  const betweenModalAndVerb = match !== null && caller === ` ${match[2] ?? ''}`;
  return betweenModalAndVerb && !w.thirdPersonPronoun.test(`${caller} `) ? undefined : 'someone';
}

/** Each language's who-will-call words (content/understanding/who-will-call), folded like the text. */
type WhoWillCallMatchers = ReturnType<typeof whoWillCallMatchers>;
function whoWillCallMatchers(files: readonly WhoWillCallWords[]) {
  return files.map((l) => ({
    ways: wordMatcher(l.ways),
    calls: wordMatcher(l.calls),
    asker: wordMatcher(l.asker),
    about: wordMatcher(l.about),
    breaks: wordMatcher(l.breaks),
    young: wordMatcher(l.young),
    grownUp: wordMatcher(l.grownUp),
    someone: wordMatcher(l.someone),
    self: wordMatcher(l.self),
    age: wordMatcher(l.age),
  }));
}
/** How far from the verb of calling the one who calls may stand ("میری بیٹی کس سے بات کر سکتی ہے"). */
const CALLER_WINDOW = 6;
/** Punctuation that ends a clause, in Latin, Arabic and Ethiopic script. */
const CLAUSE_END = /[,.;:!?،؛؟፡።፣፤፥]/u;
/**
 * thirdPersonCaller for the languages of content/understanding/who-will-call: the person nearest a verb of
 * calling said of someone else, in a message asking for a way; undefined when the asker calls or no one is named.
 */
function thirdPersonCallerInOtherLanguages(languages: WhoWillCallMatchers, text: string, tokens: readonly string[], minor: boolean): 'young' | 'adult' | 'someone' | undefined {
  // Where a comma or a full stop starts another clause: the token index after it (worked out only for a message
  // that names a verb of calling and a way to call in some language; most messages name neither).
  let clauseStarts: number[] | undefined;
  const clauseStartsOf = (): number[] => {
    if (clauseStarts) return clauseStarts;
    const clauses = fold(text).split(CLAUSE_END).map((part) => tokenize(part).length);
    clauseStarts = clauses.slice(0, -1).map((_, i) => clauses.slice(0, i + 1).reduce((a, b) => a + b, 0));
    return clauseStarts;
  };
  for (const l of languages) {
    const calls = l.calls.at(tokens);
    if (calls.length === 0 || (l.ways.at(tokens).length === 0 && l.self.at(tokens).length === 0)) continue;
    const breaks = [...l.breaks.at(tokens).map(({ index }) => index), ...clauseStartsOf()];
    // Whether a clause break stands between two words ("ma jiraa qof ay la hadli karto, iyadoo aan magaceeda sheegin?").
    const apart = (a: number, b: number) => breaks.some((x) => (x > a && x <= b) || (x <= a && x > b));
    // A first-person word in the clause of a verb of calling: the asker calls. One in another clause says something
    // else of the asker, or is no first person at all (Somali "aan" is also "not": "iyadoo aan magaceeda sheegin",
    // "without saying her name").
    if (l.asker.at(tokens).some(({ index }) => calls.some((c) => !apart(index, c.index)))) return undefined;
    const talkedAbout = new Set(l.about.at(tokens).flatMap(({ index, length }) => [index + length, index + length + 1]));
    // "16 лет", "15 yaşında", "١٦ سنة": a number before an age word.
    const ages = l.age.at(tokens).flatMap(({ index }) => {
      const n = Number(tokens[index - 1]);
      return index > 0 && Number.isInteger(n) && n > 0 ? [{ index: index - 1, kind: n < 18 ? ('young' as const) : ('adult' as const) }] : [];
    });
    const statedAdult = ages.some((a) => a.kind === 'adult');
    const named = [
      ...l.young.at(tokens).map(({ index }) => ({ index, kind: 'young' as const })),
      ...l.grownUp.at(tokens).map(({ index }) => ({ index, kind: 'adult' as const })),
      ...ages,
    ].filter((p) => !talkedAbout.has(p.index));
    const pronouns = l.someone.at(tokens).filter(({ index }) => !talkedAbout.has(index));
    // Words from the person to the nearest verb of calling, with no other clause between them.
    const distance = (index: number) =>
      Math.min(
        ...calls
          .filter((c) => !apart(index, c.index))
          .map((c) => (index < c.index ? c.index - index : Math.max(0, index - (c.index + c.length - 1)))),
      );
    const nearest = named.filter((p) => distance(p.index) <= CALLER_WINDOW).sort((a, b) => distance(a.index) - distance(b.index))[0];
    if (nearest) return nearest.kind === 'young' && statedAdult ? 'adult' : nearest.kind;
    if (!pronouns.some(({ index }) => distance(index) <= CALLER_WINDOW)) continue;
    // A pronoun or "herself" names no age: the message may state one elsewhere.
    if (statedAdult) return 'adult';
    if (minor || ages.length > 0) return 'young';
    if (named.some((p) => p.kind === 'adult')) return 'adult';
    return 'someone';
  }
  return undefined;
}

/** OTHER_WHO_ADVISES folded like the text, each language's who-words with its verbs. */
const WHO_ADVISES_OTHER_LANGUAGES = OTHER_WHO_ADVISES.map(({ who, verbs }) => ({
  who: who.map((w) => tokenize(fold(w))),
  verbs: verbs.map((v) => tokenize(fold(v))),
}));
/** A "who" of one of the other languages, then within a few words a verb of advising or helping of the same language. */
function asksWhoAdvisesInOtherLanguage(tokens: readonly string[]): boolean {
  // Loops, not `some` with arrows made in each call: read for every message, such arrows lose their optimized code at
  // every full GC, and V8 compiled them again and again.
  for (const { who, verbs } of WHO_ADVISES_OTHER_LANGUAGES) {
    for (let i = 0; i < tokens.length; i++) {
      let named = false;
      for (const w of who) if (!named) named = wordsAt(tokens, i, w, false);
      if (!named) continue;
      for (let k = 0; k < WHO_VERB_WINDOW && i + 1 + k < tokens.length; k++) {
        for (const v of verbs) if (v.length > 0 && wordsAt(tokens, i + 1 + k, v, true)) return true;
      }
    }
  }
  return false;
}

/** True when `words` stand in `tokens` from `i` on; with `prefix`, the last word may be the start of a longer token. */
function wordsAt(tokens: readonly string[], i: number, words: readonly string[], prefix: boolean): boolean {
  for (let j = 0; j < words.length; j++) {
    const w = words[j] ?? '';
    if (prefix && j === words.length - 1 ? !(tokens[i + j] ?? '').startsWith(w) : tokens[i + j] !== w) return false;
  }
  return true;
}

/** Ages 1–17 written as "15 år", "15-åring", "15 year old", "aged 15". */
/** Names that cover several services: they only decide when nothing more specific is named. */
const BROAD_ALIASES: ReadonlySet<string> = new Set(W.broadServiceNames.map((name) => tokenize(fold(name)).join(' ')));
/** The services each broad name covers besides its own, by its folded key. */
const BROAD_FAMILIES: ReadonlyMap<string, ReadonlySet<ServiceId>> = new Map(
  Object.entries(W.broadServiceFamilies).map(([name, ids]) => [tokenize(fold(name)).join(' '), new Set(ids)]),
);


/**
 * A word that may stand beside the verb of an age said ("she's already 19", "she's actually 17"), before it too in a
 * Norwegian clause after "hvis", "om" ("og hvis hun egentlig er 16?", "om ho framleis er 17").
 */
const AGE_SAID_BETWEEN = W.ageSaid.between ? String.raw`(?:(?:${folded(W.ageSaid.between)}) )?` : '';
/** Who is that age and the verb ("she is", "I'm already"), or the two as one word typed in a hurry ("im"). */
const AGE_SAID_WHO = [
  String.raw`(?:${folded(W.ageSaid.persons)}) ${AGE_SAID_BETWEEN}(?:${folded(W.ageSaid.verbs)})`,
  ...(W.ageSaid.fused ? [`${folded(W.ageSaid.fused)}`] : []),
].join('|');
// "19 år", "۱۹ ساله", and with the word before the number ("عمري ١٩", "my age is" as Arabic says it).
const ADULT_AGE = unicodeWords(new RegExp(String.raw`\b(?:1[89]|[2-9]\d) ?(?:${folded(W.yearsOld.adult)})\b|\b(?:${folded(W.agedBefore)}) (?:1[89]|[2-9]\d)\b`));
/** "(she's 20)", "hun er 19", "my patient is 19", "I'm already 19": an age said of a person, without "years". */
const ADULT_AGE_SAID = new RegExp(
  String.raw` (?:${AGE_SAID_WHO}) ${AGE_SAID_BETWEEN}(?:1[89]|[2-9]\d) `,
  'u',
);
/**
 * "the patient (30, married, two kids)", "pasienten (30 år)", "en kvinne (27) i introduksjonsprogrammet": a grown-up's
 * age in brackets right after the word for the person, as case notes write it (the raw text: the brackets are gone
 * from the tokens). Only a number that closes the bracket, is followed by a comma or by a word for years: "(30 %)",
 * "(2 barn)" and "(2023)" are no ages.
 */
const ADULT_AGE_BRACKETED = new RegExp(String.raw`\p{L}\s*\(\s*(?:1[89]|[2-9]\d)\s*(?:(?:${W.yearsOld.adult.join('|')})\s*)?[,;)]`, 'iu');
/** "Kan barnevernet hjelpe?", "can RVTS help the school": what a service does, not how to reach it. */
/** A short lead-in ending in a colon, with a question after it ("Spørsmål til personalkurset: …"). */
const OCCASION_LEAD_IN = /^[^:?!.؟።፧]{1,100}:\s+(?=\S[^]*[?؟፧]\s*$)/u;

/** Consulting about a case ("drøfte saken", "rådføre oss", "discuss the case"), not training for it; folded text. */
const CASE_ADVICE = new RegExp(` (${folded(W.caseAdvice)}) `, 'u');
/** "Vi har ingen konkret sak", "we have no specific case": a case named only to say there is none asks no advice in it. */
const NO_CASE = unicodeWords(new RegExp(String.raw`\b(${folded(W.negations)})( \p{L}+)? (${folded(W.caseAdvice)})\b`, 'gu'));
/** "advice in specific cases", "råd i konkrete saker": advice in cases asked for beside training; folded text. */
const ADVICE_IN_CASES = new RegExp(
  ` (${folded(W.adviceInCases.advice)}) (?:${folded(W.adviceInCases.prepositions)}) (?:(?:${folded(W.adviceInCases.modifiers)}) )*(${folded(W.adviceInCases.cases)})(?: |$)`,
  'u',
);
const CAN_HELP = unicodeWords(new RegExp(String.raw`\b(${folded(W.canHelp.modals)})\b.{0,40}\b(${folded(W.canHelp.verbs)})\b`));
/** "hun er 15", "she's 14", "мені 16": a child's age said of a person, without "years" (as ADULT_AGE_SAID for a grown-up). */
const CHILD_AGE_SAID = new RegExp(
  String.raw` (?:${AGE_SAID_WHO}) ${AGE_SAID_BETWEEN}(?:1[0-7]) `,
  'u',
);
/**
 * A child's age said beside a grown-up's (`childInCase`): a number under 18 with any language's word for years ("15
 * yaşında", "۱۶ ساله", "14 лет"), or after the word between a person and an age ("jente på 14", "a girl of 15").
 */
const CHILD_AGE_BESIDE = unicodeWords(
  new RegExp(
    // Digits are no letters to the boundary (word-boundary.ts): "(?<!\d)" and "(?!\d)" keep "på 30" from reading as "på 3".
    String.raw`(?<!\d)(?:1[0-7]|[1-9]) ?(?:${folded([...W.yearsOld.adult, ...W.yearsOld.young])})\b` + (W.ageOf ? String.raw`|\b(?:${folded(W.ageOf)}) (?:1[0-7]|[1-9])(?!\d)` : ''),
  ),
);
/**
 * The writer's own age of 18 or more: each phrase folded like the text, its '#' a number from 18 to 99 or a number word
 * (content/contacts/own-age-words.json); matched on the padded, folded words, so "I'm 17" and "I'm 240" are no match.
 */
function ownAdultAgeMatcher(words: OwnAgeWords): RegExp {
  const piece = (part: string): string => tokenize(fold(part)).map(escapeRegExp).join(' ');
  // Each language's phrases take its own number words only: Persian "سی" (thirty) is Urdu "like", and no Urdu phrase
  // should read it as an age.
  const phrases = [
    ...new Set(
      words.flatMap((language) => {
        const number = String.raw`(?:1[89]|[2-9]\d${language.numbers.length > 0 ? `|${folded(language.numbers)}` : ''})`;
        return language.phrases.map((p) =>
          p
            .split('#')
            .map(piece)
            .join(` ${number} `)
            .replace(/\s+/gu, ' ')
            .trim(),
        );
      }),
    ),
  ];
  return new RegExp(` (?:${phrases.join('|')}) `, 'u');
}

/** "i 12 år", "for 12 years", "in 3 years": how long, not how old (Norwegian and English; folded, padded text). */
const YEARS_AS_TIME = / (?:i|for|in|etter|after|siden|since|om) \d{1,2} (?:ar|years?) /gu;
const CHILD_AGE = unicodeWords(new RegExp(String.raw`\b(?:1[0-7]|[1-9]) ?(?:${folded(W.yearsOld.young)})\b|\b(?:${folded(W.agedBefore)}) (?:1[0-7]|[1-9])\b`));

/**
 * Calibrated against the article recognizer (0.4–1 for an accepted article): a specific contact question
 * (a service with "kontakt/ring/nummer", "who covers" a country, an adviser at a named school, a phone number)
 * beats all but a near-verbatim article phrasing; a person held in a named country beats an article at ≤ 0.94.
 */
/** Services a story tells of having told, or of being refused: named on the way, not asked for (see `askedServices`). */
const STORY_SERVICES: ReadonlySet<ServiceId> = new Set<ServiceId>(['police', 'police-emergency', 'child-welfare', 'child-welfare-emergency']);

const SCORE = { command: 0.99, specific: 0.99, personAbroad: 0.95, likely: 0.8 } as const;
/** A bare service name with no contact asked: just above the threshold, the service's article wins where it has one. */
const BARE_NAME_SCORE = 0.38;

export interface ContactRecognizerDeps {
  readonly directory: Directory;
  readonly places: NorwegianPlaces;
  readonly advisers: AdviserDirectory;
  /**
   * Whether a service has a guidance article of its own (ung.no, Nora): a question about it is the article's. Without
   * one (dinutvei.no), its card says what it is and who runs it. By default only the helplines count as without one.
   */
  readonly hasOwnArticle?: (id: ServiceId) => boolean;
  /** Service names in the other answer languages; by default content/contacts/service-aliases.json. */
  readonly serviceAliases?: ServiceAliases;
  /** Words asking for training for staff, every language; by default content/contacts/training-words.json. */
  readonly trainingWords?: readonly string[];
  /** Words saying a service wishes for or seeks something, every language; by default content/contacts/training-wish-words.json. */
  readonly trainingWishWords?: readonly string[];
  /** Whole phrases saying someone attends a course, every language; by default content/contacts/attended-course-words.json. */
  readonly attendedCourseWords?: readonly string[];
  /** A service's own wish in the first person plural, every language; by default content/contacts/we-wish-words.json. */
  readonly weWishWords?: readonly string[];
  /** Words asking for another way than the police, every language; by default content/contacts/besides-police-words.json. */
  readonly besidesPoliceWords?: readonly string[];
  /** Words asking who is in Kompetanseteamet or naming its member agencies; by default content/contacts/members-words.json. */
  readonly membersWords?: readonly string[];
  /** Words saying a grown-up by a stage of life, every language; by default content/contacts/adult-life-words.json. */
  readonly adultLifeWords?: readonly string[];
  /** A writer's own age of 18 or more said in words, every language; by default content/contacts/own-age-words.json. */
  readonly ownAgeWords?: OwnAgeWords;
  /** Words asking where someone can stay or sleep tonight; by default content/contacts/shelter-tonight-words.json. */
  readonly shelterTonightWords?: readonly string[];
  /** Words asking what the asker should do or for advice for themselves; by default content/contacts/own-advice-words.json. */
  readonly ownAdviceWords?: readonly string[];
  /** Words asking who runs or stands behind a service; by default content/contacts/owner-words.json. */
  readonly ownerWords?: readonly string[];
  /** Words asking who a service is for or who may contact it; by default content/contacts/who-may-contact-words.json. */
  readonly whoMayContactWords?: readonly string[];
  /** Words asking who does what between IMDi and UD for the envoys; by default content/contacts/division-words.json. */
  readonly divisionWords?: readonly string[];
  /** Words asking about somewhere to live, every language; by default content/contacts/housing-words.json. */
  readonly housingWords?: readonly string[];
  /** Words asking for a website a young person can read, every language; by default content/contacts/website-words.json. */
  readonly websiteWords?: readonly string[];
  /** Words asking for organisations to volunteer with, every language; by default content/contacts/volunteer-words.json. */
  readonly volunteerWords?: readonly string[];
  /** Words for an organisation and for immigrants, every language; by default content/contacts/immigrant-organisation-words.json. */
  readonly immigrantOrganisationWords?: ImmigrantOrganisationWords;
  /** Words for a kindergarten and an adult-education centre, every language; by default content/contacts/institution-words.json. */
  readonly institutionWords?: InstitutionWords;
  /** Words asking where to get advice or someone to talk to, every language; by default content/contacts/advice-words.json. */
  readonly adviceWords?: AdviceWords;
  /** Who will call, per language; by default content/understanding/who-will-call. */
  readonly whoWillCall?: WhoWillCallFiles;
  /** Words for "from" before a country (where someone comes from), every language; by default content/contacts/origin-words.json. */
  readonly originWords?: LanguageWords;
  /** Words joining countries in a list, every language; by default content/contacts/list-words.json. */
  readonly listWords?: LanguageWords;
}

/** The menu command as a whole message ("kontakter", "contacts", "جهات الاتصال", "контакти"). */
const COMMAND_KEYS: ReadonlySet<string> = new Set(CONTACTS_COMMAND.map((c) => tokenize(fold(c)).join(' ')));

export interface ContactReading {
  readonly query: ContactQuery;
  readonly score: number;
}

export function createContactRecognizer(deps: ContactRecognizerDeps): Recognizer<ContactIntent> & {
  read(text: string, lng?: Lang): ContactReading | undefined;
  /** The service `read` would give the message's query (`read(text, lng)?.query.serviceId`), without reading the rest. */
  namedService(text: string, lng?: Lang): ServiceId | undefined;
  /**
   * The contact question of a message that asks for a website to read ("is there a site for pupils about their
   * rights?"), as `read` gives it, when it is read at least as a question of whom to contact; undefined otherwise.
   */
  siteAsked(text: string, lng?: Lang): ContactQuery | undefined;
  /** Whether the message asks to stay anonymous ("without giving my name"), whatever else it asks. */
  asksAnonymity(text: string): boolean;
  /** Whether the message asks who is in Kompetanseteamet or which member agency represents a field (its members' words). */
  asksMembers(text: string): boolean;
  /** Whether the message says the person is abroad ("she is stuck abroad", "za granicą"), whatever else it asks. */
  saysAbroad(text: string): boolean;
  /** Whether the message says the person is a child (a pupil, a daughter, an age under 18) and names no adult, whatever else it asks. */
  saysMinor(text: string): boolean;
  /** A grown-up said: an age of 18 or more ("28 år", "30 лет", "she's 24") or a word for an adult ("voksen", "over 18"). */
  saysAdult(text: string): boolean;
  /**
   * The writer's own age of 18 or more ("I'm 24", "jeg er 19 år", "mam 22 lata", "мне 25", "۲۴ سالمه"), not someone
   * else's ("she is 19", "my 19-year-old daughter"): content/contacts/own-age-words.json (issue #13, age37).
   */
  saysOwnAdultAge(text: string): boolean;
  /**
   * A grown-up said by a stage of life, not a number (her husband, married, her children, "in her thirties", a client or
   * a participant of a service for adults), with no child's age said: content/contacts/adult-life-words.json (adult34).
   */
  saysGrownUpLife(text: string): boolean;
  /** Whether the message names a helpline, a hotline or a chat ("hjelpetelefon", "czat"), whatever else it asks. */
  namesHelpline(text: string): boolean;
  /** Whether the message names an embassy ("ambassaden", "السفارة", "посольство"), whatever else it asks. */
  namesEmbassy(text: string): boolean;
  /** Whether a question of the message asks about someone at school ("who can I talk to at school?", "مين بالمدرسة؟"). */
  asksAtSchool(text: string): boolean;
  /** Whether a writer who says they are grown up asks about somewhere to live ("I'm 19 and must move out: who helps with housing?"). */
  adultAsksHousing(text: string): boolean;
  /** Whether the message speaks of someone at school ("at school", "بالمدرسة"), question or not: a short follow-up's words. */
  saysAtSchool(text: string): boolean;
  /** Whether the message says it is not urgent ("og hvis det ikke haster?", "اگر ایمرجنسی نہ ہو"): a short follow-up's words. */
  saysNotUrgent(text: string): boolean;
  /** The country abroad a message is about, as a contact reading would take it (see `storyCountry`), whatever it asks. */
  countryOf(text: string, lng?: Lang): string | undefined;
  /** The countries a message says as where someone comes from ("из Азербайджана", "fra Syria"), not where they are or go. */
  originCountriesOf(text: string, lng?: Lang): readonly string[];
  /** An area named that lies in several countries ("Kurdistan"), when the message names no country. */
  regionOf(text: string, lng?: Lang): string | undefined;
} {
  // Service aliases in every language, longest first so "barnevernvakten" beats "barnevern".
  const aliases: { key: string; serviceId: ServiceId; online: boolean }[] = [];
  const otherLanguageNames = deps.serviceAliases ?? loadServiceAliases();
  for (const service of deps.directory.services) {
    const names = new Set([...Object.values(service.aliases).flat(), ...Object.values(service.name), ...(otherLanguageNames.get(service.id) ?? [])]);
    for (const name of new Set([...names].flatMap(withKeyboardSpellings))) {
      const key = tokenize(fold(name)).join(' ');
      if (key) aliases.push({ key, serviceId: service.id, online: service.kind === 'online' });
    }
  }
  aliases.sort((a, b) => b.key.length - a.key.length);
  // By first word, so a message is checked only against the names that could start at one of its words.
  const aliasesByFirstWord = new Map<string, number[]>();
  aliases.forEach((alias, i) => {
    const first = alias.key.split(' ')[0] ?? '';
    aliasesByFirstWord.set(first, [...(aliasesByFirstWord.get(first) ?? []), i]);
  });
  const namedIn = (tokens: readonly string[], padded: string) => {
    const candidates = new Set<number>();
    for (const token of tokens) for (const i of aliasesByFirstWord.get(token) ?? []) candidates.add(i);
    // In the aliases' order (longest first), as before.
    return [...candidates]
      .sort((a, b) => a - b)
      .map((i) => aliases[i])
      .filter((a): a is (typeof aliases)[number] => {
        if (!a) return false;
        const at = padded.indexOf(` ${a.key} `);
        if (at < 0) return false;
        const negated = adviserAliasIds.has(a.serviceId) ? adviserNegated(padded, at, a.key) : NEGATED_SERVICE.test(padded.slice(0, at + 1));
        return !negated && !ownWorkplace(padded.slice(0, at + 1));
      });
  };
  const allOriginWords = deps.originWords ?? loadOriginWords();
  /** The words for "from" read in a message of a language (a false friend only in its own): by language, read once. */
  const originWordsIn = memoByLanguage((lng) => new Set(wordsIn(allOriginWords, lng).map((w) => tokenize(fold(w)).join(' '))));
  const allListWords = deps.listWords ?? loadListWords();
  const listWordsIn = memoByLanguage((lng) => new Set(wordsIn(allListWords, lng).map((w) => tokenize(fold(w)).join(' '))));
  /**
   * The countries a story says as where people come from: after a word for "from" ("fra Syria"), or joined to such a
   * country in a list ("fra Syria og Ukraina", "from Eritrea, Syria and Iraq", "з Афганістану і Сомалі").
   */
  const originMentions = (mentions: readonly CountryMention[], tokens: readonly string[], lng: Lang | undefined): ReadonlySet<CountryMention> => {
    const originWords = originWordsIn(lng);
    const listWords = listWordsIn(lng);
    const origins = new Set<CountryMention>();
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    sorted.forEach((m, i) => {
      const before = sorted[i - 1];
      const joined = before !== undefined && origins.has(before) && (before.end === m.start || (before.end === m.start - 1 && listWords.has(tokens[before.end] ?? '')));
      if (originWords.has(tokens[m.start - 1] ?? '') || joined) origins.add(m);
    });
    return origins;
  };
  /**
   * The country a message is about. A short question: the first it names ("Iran – Ankara or Amman?"). A story: the
   * one its asking sentence names; otherwise, of those an envoy covers by name (not only as part of a region), the
   * last named: a story says where the family comes from (or where the writer does: "jestem z Polski") before where
   * the person will be taken ("… en fetter som bor i Iran"), and an uncle visiting from Germany is no case abroad.
   */
  const storyCountry = (text: string, lng: Lang | undefined, journey: boolean): string | undefined => {
    const asking = askingSentence(text);
    const short = asking === text;
    // A short question may misspell the country it asks about ("hvem dekker Somlia?"); in nb, nn and en only, where a
    // word one letter from a name is no inflection of it (Somali "Soomaaliga" is "the Somali …", not a typo).
    const mentions = deps.directory.countries.find(text, lng, { typos: short && typosIn(lng) });
    // "a girl from Azerbaijan taken to Iran — who covers that?": of several countries, one said as where she comes from
    // gives way to where she is or will be taken.
    if (short) {
      if (mentions.length < 2) return mentions[0]?.code;
      const origins = originMentions(mentions, tokenize(fold(text)), lng);
      return (mentions.find((m) => !origins.has(m)) ?? mentions[0])?.code;
    }
    const asked = deps.directory.countries.find(asking, lng);
    if (asked.length > 0) return asked[0]?.code;
    // A story: "learners from Syria … she was taken to Eritrea": a country said as where someone comes from gives way
    // to the others it names; and with only where people come from and no journey, stay or return told ("we are from
    // Dagestan … no one is taking her anywhere"), there is no case abroad to route.
    const tokens = tokenize(fold(text));
    const origins = originMentions(mentions, tokens, lng);
    const notOrigins = mentions.filter((m) => !origins.has(m));
    // "We have families from Somalia and Ethiopia … which embassy would cover those countries?": where people come from
    // is what a question of covering or of an embassy asks about.
    const askedTokens = tokenize(fold(asking));
    const coverAsked = P.covers.test(askedTokens) || P.embassy.test(askedTokens);
    if (mentions.length > 0 && notOrigins.length === 0 && !journey && !coverAsked) return undefined;
    const story = notOrigins.length > 0 ? notOrigins : mentions;
    const byName = story.filter((m) => {
      const route = deps.directory.envoys.route(m.code);
      return route.kind === 'envoy' && route.level !== 'secondary';
    });
    const pool = byName.length > 0 ? byName : story;
    return pool[pool.length - 1]?.code;
  };
  /**
   * A story names services on the way ("we sent a report to child welfare", "she won't go to the police", "Me har
   * ikkje mangfaldsrådgjevar"). In a story of more than two sentences about a person abroad or about to be taken
   * there, a service counts as asked for only when the asking sentence names it ("… hvem kan hjelpe hvis hun blir
   * holdt igjen der?" asks for whoever helps abroad). In a story that names no country, the police and child welfare (the services a
   * story tells of having told, or of being refused: "hun vil ikke gå til politiet … hvem kan jeg spørre om råd?")
   * count only when a question or the last sentence names them; a helpline or a team named before "can she call
   * them?" stays asked. A country named with no journey keeps the services as they are (the family's origin beside
   * "we work in child welfare": the case is read as one, with the emergency line on top).
   */
  const askedServices = <A extends { key: string; serviceId: ServiceId }>(text: string, named: readonly A[], about: 'abroad' | 'country' | 'story'): readonly A[] => {
    if (named.length === 0 || about === 'country') return named;
    const abroad = about === 'abroad';
    const sentences = sentencesOf(text);
    if (sentences.length <= 2) return named;
    const last = sentences[sentences.length - 1] ?? text;
    const asking = abroad ? askingSentence(text) : [...sentences.filter((x) => /[?؟፧]\s*$/u.test(x)), last].join(' ');
    const askingPadded = ` ${tokenize(fold(asking).replace(NOT_CONTACT_WORDS, 'teacher')).join(' ')} `;
    return named.filter((a) => askingPadded.includes(` ${a.key} `) || !(abroad || STORY_SERVICES.has(a.serviceId)));
  };
  const adviserAliasIds = new Set<ServiceId>(['diversity-advisers']);
  /** The helplines (Alarmtelefonen, VO-linjen, Røde Kors-telefonen, SEIF): services with a card and no article. */
  const helplineIds = new Set<ServiceId>(deps.directory.services.filter((s) => s.kind === 'helpline').map((s) => s.id));
  /** "Hva er dinutvei.no?": a website with no article of its own is answered by its card, as a helpline is. */
  const onlineIds = new Set<ServiceId>(deps.directory.services.filter((s) => s.kind === 'online').map((s) => s.id));
  const cardAnswersAbout = (id: ServiceId): boolean => helplineIds.has(id) || (onlineIds.has(id) && deps.hasOwnArticle !== undefined && !deps.hasOwnArticle(id));
  /** "Vi har ingen mangfoldsrådgiver", "a school without a minority adviser": an adviser named only to say there is none. */
  const saysNoAdviser = (tokens: readonly string[], padded: string): boolean => {
    for (const token of tokens)
      for (const i of aliasesByFirstWord.get(token) ?? []) {
        const a = aliases[i];
        if (!a || !adviserAliasIds.has(a.serviceId)) continue;
        const at = padded.indexOf(` ${a.key} `);
        if (at >= 0 && adviserNegated(padded, at, a.key)) return true;
      }
    return false;
  };
  // "viss ho går på kurs etter sommaren …": a course someone attends is part of the story, not a course asked for.
  const training = withoutPhrases(compilePhrases(deps.trainingWords ?? loadTrainingWords()), deps.attendedCourseWords ?? loadAttendedCourseWords());
  const trainingWish = compilePhrases(deps.trainingWishWords ?? loadTrainingWishWords());
  const weWish = compilePhrases(deps.weWishWords ?? loadWeWishWords());
  const housing = compilePhrases(deps.housingWords ?? loadHousingWords());
  const website = compilePhrases(deps.websiteWords ?? loadWebsiteWords());
  const volunteer = compilePhrases(deps.volunteerWords ?? loadVolunteerWords());
  const immigrantOrganisationWords = deps.immigrantOrganisationWords ?? loadImmigrantOrganisationWords();
  const organisationAsked = compilePhrases(immigrantOrganisationWords.organisation);
  const immigrantsNamed = compilePhrases(immigrantOrganisationWords.immigrant);
  const institutionWords = deps.institutionWords ?? loadInstitutionWords();
  const kindergarten = compilePhrases(institutionWords.kindergarten.flatMap(withKeyboardSpellings));
  const adultEducation = compilePhrases(institutionWords.adultEducation.flatMap(withKeyboardSpellings));
  const learners = compilePhrases(institutionWords.learners.flatMap(withKeyboardSpellings));
  const adultLife = compilePhrases(deps.adultLifeWords ?? loadAdultLifeWords());
  const ownAdultAge = ownAdultAgeMatcher(deps.ownAgeWords ?? loadOwnAgeWords());
  /**
   * Whether the words say a person under 18: an age under 18, or a word for a child or a pupil. At an adult-education
   * centre ("elevene på voksenopplæringa") the learners are adults, so a word for a learner says no child there.
   */
  const saysChild = (tokens: readonly string[], padded: string): boolean => {
    if (CHILD_AGE.test(padded) || CHILD_AGE_SAID.test(padded)) return true;
    const childWords = adultEducation.test(tokens) ? tokens.filter((t) => !learners.test([t])) : tokens;
    return P.minor.test(childWords);
  };
  /**
   * Whether a person under 18 is in the message (a word for grown-ups, "an adult at my school", is weighed by the
   * caller). A grown-up's age said beside ("aged 40", "(35)") makes a word for a child or a pupil someone else's (a
   * learner, the grown-up's own childhood), but not a child's age said outright: "ei jente på 14 … faren hennes på 40
   * år", "a 15-year-old whose 38-year-old mother …" tell of a child and a parent, and child welfare stays in the plan
   * (issue #13, route33).
   */
  const childInCase = (tokens: readonly string[], padded: string, grownUpAge: boolean): boolean =>
    grownUpAge ? CHILD_AGE.test(padded) || CHILD_AGE_SAID.test(padded) || (saysChild(tokens, padded) && CHILD_AGE_BESIDE.test(padded)) : saysChild(tokens, padded);
  const adviceWords = deps.adviceWords ?? loadAdviceWords();
  const adviceAsked = compilePhrases(adviceWords.advice);
  const whereAskedIn = memoByLanguage((lng) => compilePhrases(wordsIn(adviceWords.where, lng)));
  const askAnonymouslyAsked = compilePhrases(adviceWords.askAnonymously);
  /**
   * Advice or someone to talk to, asked with where (or whether there is such a place) or with a wish to stay anonymous;
   * or whether one can ask, write or call at all, asked with that wish ("isimsiz sorabilir miyim?", "can I ask without
   * giving my name?"): which lines take anonymous questions is the answer, not triage or an article (issue #13, words42).
   * Asked with where ("hvor kan jeg spørre anonymt skriftlig?"), the place asked decides as before (ung.no for writing).
   */
  const asksForAdviceSomewhere = (tokens: readonly string[], query: ContactQuery, lng: Lang | undefined): boolean =>
    (adviceAsked.test(tokens) && (whereAskedIn(lng).test(tokens) || query.anonymous === true)) || (query.anonymous === true && askAnonymouslyAsked.test(tokens) && !whereAskedIn(lng).test(tokens));
  const besidesPolice = compilePhrases(deps.besidesPoliceWords ?? loadBesidesPoliceWords());
  const membersAsked = compilePhrases(deps.membersWords ?? loadMembersWords());
  const whoMayContact = compilePhrases(deps.whoMayContactWords ?? loadWhoMayContactWords());
  const ownerAsked = compilePhrases(deps.ownerWords ?? loadOwnerWords());
  const ownAdviceAsked = compilePhrases(deps.ownAdviceWords ?? loadOwnAdviceWords());
  const shelterTonight = compilePhrases(deps.shelterTonightWords ?? loadShelterTonightWords());
  const divisionAsked = compilePhrases(deps.divisionWords ?? loadDivisionWords());
  const whoWillCallFiles = deps.whoWillCall ?? loadWhoWillCallWords();
  const whoWillCall = whoWillCallMatchers(whoWillCallFiles.nearVerb);
  const byWordOrder = wordOrderCaller(whoWillCallFiles.wordOrder);

  /**
   * An area named instead of a country that lies in several countries whose envoys differ ("Kurdistan"), read inside
   * a word so prefixes and endings count ("بكردستان", "в Курдистане", "Kürdistan'a"): content/contacts/envoys.json.
   */
  const spanning = [...deps.directory.envoys.spanning].map(([id, r]) => ({ id, words: r.words.map((w) => fold(w)) }));
  const regionIn = (tokens: readonly string[]): string | undefined => spanning.find((r) => tokens.some((t) => r.words.some((w) => t.includes(w))))?.id;

  /** A message's words as the contact reading takes them, or none for the menu's contacts command. */
  // The same message's words are asked for by the reading and by the tests the follow-up and age readers make of it
  // (minor, adult, abroad, the service named: up to nine times a turn), each folded and split once (perf35).
  const wordsOfTexts = new ReadingMemo<MessageWords>();
  const wordsOf = (text: string): MessageWords =>
    wordsOfTexts.get(text, () => {
      // "ቁጽሪ VO-linjenከ?", "الbarnevernet": a Norwegian name glued to another script's prefix or suffix is read as the name.
      const tokens = [...splitAtScripts(tokenize(fold(text).replace(NOT_CONTACT_WORDS, 'teacher')))];
      const joined = tokens.join(' ');
      return { tokens, padded: ` ${joined} `, command: COMMAND_KEYS.has(joined) };
    });

  /** Whether a message says someone is abroad, travels soon, or cannot come back. */
  const journeyIn = (tokens: readonly string[]): boolean => P.abroadStrong.test(tokens) || P.travel.test(tokens) || P.abroadWeak.test(tokens);

  /**
   * The service a message asks for, as the contact reading settles it: the most specific name, not a website beside a
   * country, the emergency service when it is urgent or after hours, not the police when another way is asked for.
   */
  const serviceOf = (text: string, lng: Lang | undefined, tokens: readonly string[], padded: string, has: (p: CompiledPhrases) => boolean = phrasesOfTokens(tokens)) => {
    const journey = journeyIn(tokens);
    const country = storyCountry(text, lng, journey);
    const named = askedServices(text, namedIn(tokens, padded), country === undefined ? 'story' : journey ? 'abroad' : 'country');
    // A broad name ("IMDi") gives way to a specific one ("Nora") in the same message.
    let service = named.find((a) => !BROAD_ALIASES.has(a.key)) ?? named[0];
    // "Czy jest strona internetowa o przemocy domowej?": a site asked for, with a site named among the names (the topic
    // also names the line on it), is the site.
    const site = named.find((a) => a.online && !BROAD_ALIASES.has(a.key));
    if (site && service && !service.online && website.test(tokens) && cardAnswersAbout(site.serviceId)) service = site;
    // "Nora" is also a girl's name: the website only counts when the message is not about a person abroad.
    if (service?.online && country) service = undefined;
    let serviceId = service?.serviceId;
    if (serviceId === 'police' && has(P.urgent) && !has(P.notUrgent)) serviceId = 'police-emergency';
    if (serviceId === 'police-emergency' && has(P.notUrgent)) serviceId = 'police';
    if (serviceId === 'child-welfare' && has(P.afterHours)) serviceId = 'child-welfare-emergency';
    // "She's terrified of the police. What other options does she have?": the police are named only to be refused, and
    // the lines she can contact herself are the answer (for a child, the lines for young people).
    const otherThanPolice = besidesPolice.test(tokens) && (lng === undefined || !['nb', 'nn', 'en'].includes(lng) || byWordOrder.someoneElse.test(padded));
    if (otherThanPolice && (serviceId === 'police' || serviceId === 'police-emergency')) serviceId = undefined;
    return { country, named, service, serviceId, otherThanPolice };
  };

  const read = (text: string, lng?: Lang): ContactReading | undefined => {
    const { tokens, padded, command } = wordsOf(text);
    if (tokens.length === 0) return undefined;
    // The Teams menu's contacts command: the overview of the key services.
    if (command) return { query: {}, score: SCORE.command };
    const has = phrasesOfTokens(tokens);

    const { country, named, service, serviceId, otherThanPolice } = serviceOf(text, lng, tokens, padded, has);
    const region = country === undefined ? regionIn(tokens) : undefined;
    const others = service && !(service.online && country) ? otherNamedServices(named, service, padded) : [];
    const byNumber = service !== undefined && /^[\d ]+$/.test(service.key);

    const strong = has(P.strong);
    const weak = has(P.weak);
    const articleQuestion = has(P.article);
    const adultAge = ADULT_AGE.test(padded) || ADULT_AGE_SAID.test(padded) || ADULT_AGE_BRACKETED.test(text);
    const minor = !has(P.adult) && childInCase(tokens, padded, adultAge);
    // "The student council makes a poster … what numbers should be on it?": the numbers or lines for information
    // material (a poster, a leaflet, a theme week) are those its readers can call, not the asker's: the lines for young
    // people when pupils or young people are named, else the helplines. A service or a country named decides first.
    const forMaterial = has(P.material) && (has(P.numbers) || has(P.helpline) || has(P.generic)) && serviceId === undefined && country === undefined;
    const caller =
      thirdPersonCaller(byWordOrder, padded, minor, has(P.adult) || adultAge) ??
      thirdPersonCallerInOtherLanguages(whoWillCall, text, tokens, minor) ??
      (otherThanPolice || forMaterial ? (minor ? 'young' : has(P.adult) || adultAge ? 'adult' : 'someone') : undefined);
    const whereabouts: ContactQuery['whereabouts'] = has(P.abroadStrong) ? 'abroad' : has(P.travel) ? 'travelling-soon' : has(P.abroadWeak) ? 'abroad' : undefined;

    const adviserContext = serviceId !== undefined && adviserAliasIds.has(serviceId);
    const place = findPlace(text, adviserContext, deps);
    // "Har barnehager mangfoldsrådgiver?", "also at adult-education centres?": where the advisers work is asked.
    const institution = adviserContext && !place ? (kindergarten.test(tokens) ? 'kindergarten' : adultEducation.test(tokens) ? 'adult-education' : undefined) : undefined;

    const query: ContactQuery = {
      ...(serviceId ? { serviceId } : {}),
      ...(serviceId && others.some((id) => id !== serviceId) ? { alsoServiceIds: others.filter((id) => id !== serviceId).slice(0, 4) } : {}),
      ...(country ? { country } : {}),
      ...(region ? { region } : {}),
      ...(place ? { place } : {}),
      ...(country && whereabouts ? { whereabouts } : {}),
      ...(minor || caller === 'young' ? { minor: true } : {}),
      ...(has(P.anonymous) ? { anonymous: true } : {}),
      ...(serviceId === undefined && saysNoAdviser(tokens, padded) ? { noAdviser: true } : {}),
      ...(institution ? { institution } : {}),
      ...(has(P.helpline) ? { helpline: true } : {}),
      // "… and we as staff need advice": the case advice for the service asking, beside the line or service asked for.
      // "Barnevernet i ein liten kommune … kven gjev råd?", "as police, who can advise us?": a service that Kompetanseteamet
      // advises, named beside a question of who advises, asks for that advice too (the named service still answers).
      ...(has(P.staffAdvice) || (serviceId !== undefined && ADVISED_SERVICES.has(serviceId) && (WHO_ADVISES_ON_A_CASE.test(padded) || WHO_ADVISES_NOW.test(padded) || asksWhoAdvisesInOtherLanguage(tokens))) ? { caseAdvice: true } : {}),
      // "Who can she talk to at school? And is there a number?": school asked about in a question, not told of in a story.
      ...(asksAtSchool(text) ? { atSchool: true } : {}),
      ...(housing.test(tokens) && !minor ? { housing: true } : {}),
      // "… and is there a website she can read herself?": the sites for young people beside whatever else is asked.
      ...(website.test(tokens) ? { website: true } : {}),
      // "I want to help other women, as a volunteer: are there organisations?": the voluntary organisations.
      ...(volunteer.test(tokens) ? { volunteer: true } : {}),
      // "Is there an organisation that can support a worried immigrant mother?": the directory's organisation for
      // immigrants and refugees (SEIF), beside whatever else is asked.
      // The organisation must be asked for: "Our organisation works with refugees. What is …'s number?" tells of the
      // asker's own.
      ...(organisationAsked.test(tokens) && immigrantsNamed.test(tokens) && questionsOf(text).some((x) => organisationAsked.test(tokenize(fold(x)))) ? { immigrantOrganisation: true } : {}),
      // "elevene på voksenopplæringa": the learners named are adults (no child welfare), and a site asked is for them.
      ...(adultEducation.test(tokens) && tokens.some((t) => learners.test([t])) ? { adultLearners: true } : {}),
      // "hvem i kompetanseteamet representerer politiet?", "who can advise on the immigration side?": its members and routing.
      ...(membersAsked.test(tokens) && (serviceId === 'kompetanseteamet' || WHO_ADVISES.test(padded) || WHO_ADVISES_NOW.test(padded) || has(P.generic)) ? { members: true } : {}),
      // "Who can contact Kompetanseteamet?", "can pupils call them themselves?", "may a kindergarten call?": who the
      // service named is for (its sourced text says so).
      ...(serviceId !== undefined && whoMayContact.test(tokens) ? { whoMayContact: true } : {}),
      // "What should I do as her teacher, and is there a number she can call herself?": the asker's own need (advice for
      // them), said beside a line for another person; the planner adds who advises the asker's service when a role is read.
      ...(ownAdviceAsked.test(tokens) ? { ownAdvice: true } : {}),
      // "Where can she sleep tonight?": a safe place now, asked in the asking sentence (not "she sleeps over at a friend's").
      ...(shelterTonight.test(tokenize(fold(askingSentence(text)))) ? { shelterTonight: true } : {}),
      // "Who runs ung.no?", "hvem står bak spesialutsendingene?": who runs the service named, asked in the asking sentence,
      // where the directory says (its owner line); Kompetanseteamet's members words answer for it when they match.
      ...(serviceId !== undefined && deps.directory.service(serviceId).owner !== undefined && ownerAsked.test(tokenize(fold(askingSentence(text)))) && !(membersAsked.test(tokens) && serviceId === 'kompetanseteamet') ? { owner: true } : {}),
      // "whats IMDi's role vs UD, who actually helps the person abroad?", "who's our professional authority, just IMDi?":
      // who does what in the envoys' work, asked with IMDi, UD or the envoys named.
      ...(serviceId !== undefined && DIVISION_SERVICES.has(serviceId) && divisionAsked.test(tokens) ? { division: true } : {}),
      // "I'm 19, what is Kompetanseteamet's number?": an age of 18 or more (or a word for grown-ups: "can adult learners
      // contact Kompetanseteamet?"), said beside Kompetanseteamet named, makes a grown-up caller (people over 18 may
      // contact it themselves).
      // "can she call Kompetanseteamet herself?" (no age said): people over 18 may, which is the answer to give.
      ...(caller === 'young'
        ? { youngCaller: true }
        : caller === 'adult' ||
            (caller === undefined && (adultAge || has(P.adult)) && !minor && serviceId === 'kompetanseteamet') ||
            (caller === 'someone' && serviceId === 'kompetanseteamet') ||
            // "Is there a helpline for adults who live with violence?": a line asked for grown-ups, with no service named,
            // is the grown-ups' lines (the Red Cross line, VO-linjen, Kompetanseteamet), not the children's line.
            (caller === undefined && has(P.helpline) && has(P.adult) && !minor && serviceId === undefined)
          ? { adultCaller: true }
          : caller === 'someone'
            ? { helpline: true }
            : {}),
    };

    // "شماره VO-linjen چند است؟": "how many" beside a word for a phone number asks for the number.
    const figures = (has(P.figures) && !(strong && has(P.numberAsked))) || YEAR.test(padded);
    // Where the message asks ("… She wants to start courses, but hesitates. Who can advise us?" asks for no training).
    // "Question for our staff training: must we tell child welfare …?": a lead-in before a colon that names the course
    // as the occasion asks for no course; what follows the colon is the question.
    // Years in the story before it ("we got families from Eritrea in 2022 and 2023 … who can hold a talk?") ask for no
    // figure: only a figure word or a year in the asking sentence does.
    const askedTokens = tokenize(fold(askingSentence(text)));
    const figuresAsked = askedTokens.length === tokens.length ? figures : (P.figures.test(askedTokens) && !(strong && has(P.numberAsked))) || YEAR.test(` ${askedTokens.join(' ')} `);
    const trainingSentences = trainingAsked(text, (t) => trainingWish.test(t)).map((x) => tokenize(fold(x.replace(OCCASION_LEAD_IN, ''))));
    const asksForTraining = !figuresAsked && training.test(tokens) && trainingSentences.some((x) => training.test(x));
    // "… who can come and give a course for the staff? How do we ask for it?": a wish or a "who" asked in any of them.
    const trainingWishAsked = trainingSentences.some((x) => trainingWish.test(x));
    // "Kan vi få kurs frå IMDi?": the expert team's own business, asked of it.
    if (serviceId === 'expert-team' && asksForTraining && !articleQuestion) return { query, score: SCORE.likely };
    // "نماینده ویژه در آنکارا کدام کشورها را پوشش می‌دهد؟", "what does the envoy in Nairobi cover?": a post named with
    // a word for covering asks what that post covers (its card says so), not the envoys' case figures by country.
    const post = [serviceId, ...(query.alsoServiceIds ?? [])].find(isEnvoyId);
    if (post && has(P.covers) && !YEAR.test(padded)) {
      const { alsoServiceIds: _also, ...rest } = query;
      // "Does Ankara cover Egypt, or is that Amman?": a country another post covers, named beside the post, is answered
      // for that country, and the card says what the post named covers (the city itself reads as its own country).
      const elsewhere = deps.directory.countries
        .find(text, lng)
        .map((m) => ({ code: m.code, route: deps.directory.envoys.route(m.code) }))
        .find(({ route }) => route.kind === 'envoy' && route.envoyId !== post);
      if (elsewhere) {
        const { serviceId: _service, ...withoutService } = rest;
        return { query: { ...withoutService, country: elsewhere.code, doubtedPost: post, doubtedPostCoverage: true }, score: SCORE.specific };
      }
      return { query: { ...rest, serviceId: post }, score: SCORE.specific };
    }
    // "… we want to raise our competence. Who can help?": the service's own wish for training, said in any sentence.
    const ownWishForTraining =
      !figuresAsked && training.test(tokens) && sentencesOf(text).some((x) => { const t = tokenize(fold(x)); return training.test(t) && weWish.test(t); });
    // Who does what between IMDi and UD (and who the envoys' professional authority is) is the envoys' card's answer.
    if (query.division === true && !figuresAsked && !country) return { query, score: SCORE.specific };
    // Where she can stay tonight is the contacts for a safe place now, whatever else the message tells.
    if (query.shelterTonight === true && !figuresAsked && !query.youngSelf) return { query, score: SCORE.specific };
    // Who runs the service named is its card's owner line (shared/domain.md), not an article about the service.
    if (query.owner === true && !figuresAsked && !country) return { query, score: SCORE.specific };
    if (serviceId) {
      // "what's the Red Cross helpline for …?": a named service's line asked for is its contact, not an article.
      const asksForLine = strong || query.helpline === true;
      // Contact details win over a figure word ("phone number of"), but "number of cases" counts.
      // "the number of the ambulance" is its phone number ("the number of envoy cases" still counts).
      // "the number of Røde Kors-telefonen(, and …)" too, when nothing else in the message counts (no year, no other
      // figure word) and the name ends the question ("number of Kompetanseteamet cases" counts), or says whom the line is
      // for ("the number of Alarmtelefonen for kids").
      const countsNothingElse = !YEAR.test(padded) && !P.figures.test(tokenize(padded.replace(/ numbers? of /gu, ' ')));
      const numberOfTheService = (key: string) => {
        const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(` numbers? of the ${name} `, 'u').test(padded) || (countsNothingElse && new RegExp(` numbers? of ${name} (?:(?:and|or|please|for) |$)`, 'u').test(padded));
      };
      // "kompetanseteamet numbers for 2019?": phone numbers have no year, so plural "numbers" beside a year are figures.
      const numbersOfAYear = YEAR.test(padded) && / numbers /u.test(padded) && !PHONE_NUMBERS.test(padded);
      if (figures && !(has(P.info) && !numbersOfAYear && (!NUMBER_OF.test(padded) || named.some((a) => numberOfTheService(a.key))))) return { query, score: 0.3 };
      // "Which study looked at protection and shelter needs?": a study or report asked about, beside a service named and
      // no line or address asked, is the research article's answer (which study said what), not the service's card.
      if (has(P.research) && !strong && !has(P.info) && !country) return { query, score: 0.3 };
      if (adviserContext && place) return { query, score: SCORE.specific };
      // "Har barnehager egen mangfoldsrådgiver?": they have none, and who advises a kindergarten instead is the answer
      // (the card's), not the advisers' article.
      if (institution === 'kindergarten' && !asksForTraining) return { query, score: SCORE.likely };
      if (byNumber) return { query, score: SCORE.specific };
      // "Is there a website about violence in close relationships?", "who runs dinutvei.no?": a site with no article of
      // its own, asked for as a site, is answered by its card (its address and who runs it), not an article on the topic.
      if (query.website === true && onlineIds.has(serviceId) && cardAnswersAbout(serviceId) && !figures && !country) return { query, score: SCORE.specific };
      const aboutTheService = has(P.aboutUse) || CAN_HELP.test(padded);
      // "Kan Kompetanseteamet hjelpe barnehager også? Og nr?": what it helps with and its number, both asked; the
      // service's card says whom it advises and how to reach it (a question about it alone is the article's).
      const canHelp = CAN_HELP.exec(padded)?.[0];
      const asksWhatItHelps = canHelp !== undefined && named.some((a) => a.serviceId === serviceId && canHelp.includes(a.key));
      if (asksWhatItHelps && has(P.info) && !country) return { query, score: SCORE.likely };
      // "من هم أعضاء Kompetanseteamet؟", "kto wchodzi w skład zespołu?": in the nine other languages the article about it
      // names the member agencies without their short names, so its card (its members, AVdir as NAV's directorate, and
      // how an inquiry is routed) answers; in Norwegian and English the article does.
      const articleNamesMembers = lng === undefined || ['nb', 'nn', 'en'].includes(lng);
      if (query.members && serviceId === 'kompetanseteamet' && !figures && !country && !articleNamesMembers) return { query, score: SCORE.specific };
      // "How do I find the nearest adviser, and can someone hold a course for the teachers?": the service asked for and
      // those who train staff, both (a course is no question about the service's use here).
      // "Kan Kompetanseteamet komme og ha kurs for oss?": a wish for a course, asked of the service named, is the same.
      const wishedOfIt = asksForTraining && trainingWish.test(tokenize(fold(askingSentence(text))));
      // "Vi trenger kurs for lærerne, og hva er nummeret til Røde Kors-telefonen?": a course wished for beside a line's
      // number asked ("what is it" of the number is no question about the service): both, the line and who trains.
      const trainingBesideLine = (asksForTraining || ownWishForTraining) && asksForLine && (wishedOfIt || ownWishForTraining);
      if (((asksForTraining && (strong || weak || wishedOfIt) && !articleQuestion) || trainingBesideLine) && !country) return { query: { ...query, training: true }, score: SCORE.likely };
      // "… and when should we bring in Kompetanseteamet? need the number too": a question about the service named and
      // its number or address asked beside it: its card, which gives both whom it advises and how to reach it, with its
      // article a button away (a question about it alone stays the article's).
      if (aboutTheService && articleQuestion && strong && has(P.info) && !figures && !country && !query.members) return { query, score: SCORE.likely };
      // "Can an adult contact Kompetanseteamet herself, and do they help with housing?": the housing and support offer
      // for exposed adults is the service's card (who coordinates it, and that she may call), not a question about it.
      if (aboutTheService && query.housing === true && !country) return { query, score: SCORE.likely };
      // "What is VO-linjen?", "tell me about Alarmtelefonen": a helpline has no article of its own; its card says what
      // it is for, whom it takes and how to reach it, so the card answers a question about it.
      // "Kan jeg ringe Kompetanseteamet og drøfte en elev uten å si navn?": whether the service named may be reached
      // anonymously is its card's answer (the plan says so), not a question about the service in general.
      // Asked, not told: "we register our cases anonymously … when was the tool launched?" asks no way to reach anyone.
      const asksAnonymously = query.anonymous === true && P.anonymous.test(tokenize(fold(askingSentence(text))));
      if (asksAnonymously && !figures && !country && !query.youngSelf) return { query, score: SCORE.likely };
      if ((articleQuestion && !asksForLine) || aboutTheService) return { query, score: cardAnswersAbout(serviceId) && !figures ? SCORE.likely : 0.3 };
      if (asksForLine || country || region) return { query, score: SCORE.specific };
      if (weak) return { query, score: SCORE.likely };
      // A bare name ("mangfoldsrådgiver", "ung.no"): the service's article answers it best when there is one;
      // just above MIN_SCORE, the contact card is the answer otherwise.
      return { query, score: BARE_NAME_SCORE };
    }
    // "Who covers Kurdistan?", "my sister is stuck in Kurdistan, who helps?": each country's envoy (the card's note).
    if (region && (has(P.covers) || has(P.embassy) || whereabouts || journeyIn(tokens))) return { query, score: SCORE.specific };
    if (region && (strong || has(P.generic) || asksWhoAdvisesInOtherLanguage(tokens) || tokens.length <= 3)) return { query, score: SCORE.likely };
    if (country) {
      // "Which envoy covers Sudan? And is there training for our staff?": the country's contacts and those who train
      // staff, both in one plan.
      // "… my boss wants me to find out who can train us. It isn't urgent.": a wish of the service's own for training,
      // told in a story that ends with a remark rather than the question, asks it as the question would.
      const withTraining =
        (asksForTraining || ownWishForTraining) && !articleQuestion && (strong || weak || has(P.generic) || trainingWishAsked || asksWhoAdvisesInOtherLanguage(tokens)) ? { ...query, training: true } : query;
      // "Kvinner fra Syria i klassen … hvem kan komme og holde et opplegg?": where the learners or families come from,
      // with no journey or stay abroad told and no post or embassy asked about, makes no case abroad; who trains staff
      // and helps with a session or material is the answer, not the country's envoy.
      // "We got families from Eritrea and Sudan … one of us is on leave … who can come and hold a talk?": a training
      // asked in a sentence that names no country, journey, post or embassy leaves the countries to the story told before
      // it (where the families come from), whatever that story's words for being somewhere say.
      // A short asking sentence leans on the one before it: a country with a journey told there is asked too.
      const asking = [askingSentence(text), leanedOn(text) ?? ''].join(' ');
      const askingTokens = tokenize(fold(asking));
      const countryOnlyInStory =
        asksForTraining && deps.directory.countries.find(asking, lng).length === 0 && !journeyIn(askingTokens) && !P.covers.test(askingTokens) && !P.embassy.test(askingTokens);
      if (withTraining !== query && ((!whereabouts && !journeyIn(tokens)) || countryOnlyInStory) && !has(P.covers) && !has(P.embassy)) {
        const { country: _country, whereabouts: _whereabouts, ...withoutCountry } = withTraining;
        return { query: withoutCountry, score: ASKS_WHO_TO_CONTACT };
      }
      if (withTraining !== query && (has(P.covers) || has(P.embassy) || strong || weak)) return { query: withTraining, score: SCORE.specific };
      if (has(P.covers) || has(P.embassy)) return { query, score: SCORE.specific };
      if (whereabouts) return { query, score: SCORE.personAbroad };
      // "Pakistan mein kaun madad karega?", "ኣብ ኤርትራ መን ክሕግዝ ይኽእል?": who helps, asked in another language, about a country.
      // "Пациентка родом из Чечни … хочет поговорить с кем-то, куда её направить?": where a person comes from, with no
      // journey or stay abroad told and no post or embassy asked about, makes no case abroad; someone she can talk to or
      // call herself is the lines that fit her, not the country's envoy.
      if (!whereabouts && !journeyIn(tokens) && caller !== undefined && !has(P.covers) && !has(P.embassy) && !has(P.figures)) {
        const { country: _country, ...withoutCountry } = query;
        return { query: withoutCountry, score: ASKS_WHO_TO_CONTACT };
      }
      if (strong || has(P.generic) || asksWhoAdvisesInOtherLanguage(tokens)) return { query, score: SCORE.likely };
      if (weak) return { query, score: 0.7 };
      // "Somalia" on its own is a question about who covers it; a country inside another sentence is not.
      // "а Чечнею теж вони?", "og Etiopia også?": a short message asking the same again for another country.
      if (tokens.length <= 3 || (tokens.length <= 6 && has(P.also))) return { query, score: 0.6 };
      // "Mamy dziewczynkę z rodziny afgańskiej … czy możemy się kogoś poradzić bez podawania nazwiska?": a family's
      // country, with no journey or stay abroad told, makes no case abroad; advice asked where or anonymously is the
      // lines that fit the asker, as with no country named (below), and no envoy.
      // "I was married off in Konya at 17 … now I want to volunteer": where a story happened, with no journey told, is no
      // case abroad; the organisations asked for are the answer.
      if (!whereabouts && query.volunteer && !has(P.figures) && !articleQuestion && !has(P.covers) && !has(P.embassy)) {
        const { country: _country, ...withoutCountry } = query;
        return { query: withoutCountry, score: SCORE.likely };
      }
      if (!whereabouts && asksForAdviceSomewhere(tokens, query, lng)) {
        const { country: _country, ...withoutCountry } = query;
        return { query: withoutCountry, score: ASKS_WHO_TO_CONTACT };
      }
      return undefined;
    }
    // "Vi har ingen mangfoldsrådgiver – hvordan finner jeg den nærmeste?", "nie ma u nas doradcy, jak znaleźć
    // najbliższego?": an adviser said to be missing and the nearest one sought is the advisers' card (each school's
    // adviser is listed with a phone number on imdi.no; a school without one may ask IMDi's expert team).
    if (query.noAdviser && has(P.nearest) && !figures) return { query: { ...query, serviceId: 'diversity-advisers' }, score: SCORE.likely };
    if (place && (strong || weak)) return { query, score: ASKS_WHO_TO_CONTACT };
    // "Where can we get training, and who offers it?", "we would like a course for our staff": whoever trains staff.
    // "No ønskjer vi ein fagdag i regionen. Finst det noko slikt?": the service's own wish, then asked whether it exists.
    const wishesTraining = (asksForTraining || ownWishForTraining) && trainingWishAsked;
    // "Kto prowadzi szkolenia dla personelu?", "Yaa shaqaalaha wax u bari kara?": who gives it, asked in another language
    // (where "who runs" of a named service would be its article, training named with no service asks who gives it).
    const whoGivesIt = asksWhoAdvisesInOtherLanguage(tokens);
    if ((asksForTraining || ownWishForTraining) && (weak || strong || has(P.generic) || wishesTraining || whoGivesIt) && (!articleQuestion || whoGivesIt)) {
      const withCase = padded.replace(NO_CASE, ' ');
      const caseAdvice = (CASE_ADVICE.test(withCase) && (WHO_ADVISES.test(padded) || has(P.generic) || asksWhoAdvisesInOtherLanguage(tokens))) || ADVICE_IN_CASES.test(withCase) || P.adviceInCase.test(tokenize(withCase));
      // "Vi har ingen mangfoldsrådgiver – hvem kan holde kurs?": the adviser named as missing asks who trains instead,
      // above the advisers' own article.
      return { query: { ...query, training: true, ...(caseAdvice ? { caseAdvice: true } : {}) }, score: query.noAdviser ? SCORE.likely : ASKS_WHO_TO_CONTACT };
    }
    // "Er det nokon på skulen som har dette som jobb?", "how do I find the number of the counsellor at her school?":
    // someone at school asked for, and nothing else (no line, site or anonymity, no caller said), is the school's
    // diversity adviser (domain.md §1; each school's adviser is listed on imdi.no).
    const schoolPersonAsked = query.atSchool === true && caller === undefined && !query.helpline && !query.website && !query.anonymous && !query.noAdviser;
    if (schoolPersonAsked && (strong || has(P.generic) || whereAskedIn(lng).test(tokens) || asksWhoAdvisesInOtherLanguage(tokens))) {
      return { query: { ...query, serviceId: 'diversity-advisers' }, score: ASKS_WHO_TO_CONTACT };
    }
    // "Which number do I call around the clock if someone is stuck abroad?", "по какому номеру звонить, если человек
    // застрял за границей?": a person held or stuck abroad (a held word and an abroad word), no country and no one named
    // who would call, and a number or a call asked: UD's operations centre, which helps Norwegian citizens abroad around
    // the clock (services.json: ud-operations-centre), not a topic to guess at (issue #13, s40scope).
    if (has(P.abroadStrong) && has(P.abroadWeak) && strong && caller === undefined && !has(P.generic) && !figures && !asksForTraining) {
      return { query: { ...query, serviceId: 'ud-operations-centre' }, score: ASKS_WHO_TO_CONTACT };
    }
    if (has(P.generic) || caller !== undefined || WHO_ADVISES.test(padded) || WHO_ADVISES_NOW.test(padded) || asksWhoAdvisesInOtherLanguage(tokens)) return { query, score: ASKS_WHO_TO_CONTACT };
    // "I'm 18 and want to move out … does anyone help with housing?": somewhere to live, asked in the question by or for a
    // grown-up who says so (an adult age or word; a housing application alone is an errand), is Kompetanseteamet's
    // housing and support offer (planSteps), not a topic to guess at.
    if (query.housing === true && (has(P.adult) || adultAge) && housing.test(tokenize(fold(askingSentence(text))))) return { query, score: ASKS_WHO_TO_CONTACT };
    // "Finnes det en chat …?", "children's helpline number": the lines are the answer; "is there a website where young
    // people read about their rights?": the sites.
    // "Men jeg tør ikke ringe, hva gjør jeg da?": the writer's own "what do I do" is no question what a service does.
    if ((query.helpline || query.website) && (!articleQuestion || (query.helpline === true && has(P.ownWhatToDo)))) return { query, score: ASKS_WHO_TO_CONTACT };
    // "I'd like to volunteer, are there organisations working on this?": the voluntary organisations in the directory.
    // An article word in the story ("my past is behind me") asks about no service here: none is named.
    if ((query.volunteer || query.immigrantOrganisation) && !has(P.figures) && !asksForTraining) return { query, score: SCORE.likely };
    // "Hvor kan foreldre få råd?", "is there somewhere I can get advice anonymously?", "کجا بدون ذکر نام مشوره بگیرم":
    // a place to get advice or someone to talk to, asked with where or with a wish to stay anonymous, is the lines that
    // fit the asker (a parent, a young person, a professional), whatever topic the rest of the message names.
    // "kan eg ringje nokon anonymt?", "can I call someone without giving my name?": the wish to stay anonymous asked
    // in the question, with no service named, is the anonymous lines' card, surer than an article on one service whose
    // phrasing asks the same of that service by name.
    if (asksForAdviceSomewhere(tokens, query, lng)) {
      const anonymityAsked = query.anonymous === true && P.anonymous.test(tokenize(fold(askingSentence(text))));
      return { query, score: anonymityAsked && !has(P.figures) ? SCORE.likely : ASKS_WHO_TO_CONTACT };
    }
    if (has(P.info) && tokens.length <= 6 && !articleQuestion) return { query, score: 0.5 };
    return undefined;
  };

  return {
    name: 'contacts',
    read,
    namedService(text, lng) {
      const { tokens, padded, command } = wordsOf(text);
      // Every reading of a message that names a service carries it (`read` returns its query in every case then).
      return tokens.length === 0 || command ? undefined : serviceOf(text, lng, tokens, padded).serviceId;
    },
    siteAsked(text, lng) {
      const reading = read(text, lng);
      const online = reading?.query.serviceId === undefined || onlineIds.has(reading.query.serviceId);
      return reading && reading.query.website === true && online && reading.query.country === undefined && reading.score >= ASKS_WHO_TO_CONTACT ? reading.query : undefined;
    },
    asksAnonymity(text) {
      const tokens = tokenize(fold(text));
      return P.anonymous.test(tokens);
    },
    asksMembers(text) {
      return membersAsked.test(tokenize(fold(text)));
    },
    saysAbroad(text) {
      const tokens = tokenize(fold(text));
      return P.abroadStrong.test(tokens) || P.abroadWeak.test(tokens);
    },
    countryOf: (text, lng) => storyCountry(text, lng, journeyIn(wordsOf(text).tokens)),
    originCountriesOf: (text, lng) => {
      const mentions = deps.directory.countries.find(text, lng);
      const origins = originMentions(mentions, tokenize(fold(text)), lng);
      return mentions.filter((m) => origins.has(m)).map((m) => m.code);
    },
    regionOf: (text, lng) => {
      const { tokens } = wordsOf(text);
      return storyCountry(text, lng, journeyIn(tokens)) === undefined ? regionIn(tokens) : undefined;
    },
    namesHelpline(text) {
      return P.helpline.test(tokenize(fold(text)));
    },
    namesEmbassy(text) {
      return P.embassy.test(tokenize(fold(text)));
    },
    asksAtSchool,
    adultAsksHousing(text) {
      const { tokens, padded } = wordsOf(text);
      return housing.test(tokens) && (P.adult.test(tokens) || ADULT_AGE.test(padded) || ADULT_AGE_SAID.test(padded) || byWordOrder.grownUpAge.test(padded));
    },
    saysAtSchool(text) {
      return P.talkAtSchool.test(tokenize(fold(text)));
    },
    saysNotUrgent(text) {
      return P.notUrgent.test(wordsOf(text).tokens);
    },
    saysMinor(text) {
      const { tokens, padded } = wordsOf(text);
      return !P.adult.test(tokens) && childInCase(tokens, padded, ADULT_AGE.test(padded) || ADULT_AGE_SAID.test(padded) || ADULT_AGE_BRACKETED.test(text));
    },
    saysAdult(text) {
      const { tokens, padded } = wordsOf(text);
      return P.adult.test(tokens) || ADULT_AGE.test(padded) || ADULT_AGE_SAID.test(padded) || ADULT_AGE_BRACKETED.test(text) || byWordOrder.grownUpAge.test(padded);
    },
    saysOwnAdultAge(text) {
      return ownAdultAge.test(wordsOf(text).padded);
    },
    saysGrownUpLife(text) {
      // "A 15-year-old married to a man of 30" is a child married: a child's age said keeps the stage-of-life words silent.
      const { tokens, padded } = wordsOf(text);
      // A time told in years ("bodd i Norge i 12 år", "for 12 years") is no one's age.
      const ages = padded.replace(YEARS_AS_TIME, ' ');
      return adultLife.test(tokens) && !CHILD_AGE.test(ages) && !CHILD_AGE_SAID.test(ages);
    },
    recognize(u: Utterance): Candidate<ContactIntent>[] {
      const reading = read(u.text, u.lng);
      return reading ? [{ intent: { kind: 'contact', query: reading.query }, score: reading.score, source: 'contacts' }] : [];
    },
  };
}

/**
 * A Norwegian word as it is also typed on a keyboard without æ, ø and å ("mangfoldsraadgiverne", "voksenopplaeringa",
 * "hjelpetjenesten i kommunen" is unchanged): the word itself, and the word with "ae", "oe" and "aa" for them. Folding
 * takes å to a and keeps æ and ø, so the typed forms would otherwise never meet the names and institution words.
 */
function withKeyboardSpellings(word: string): string[] {
  if (!/[æøå]/iu.test(word)) return [word];
  const typed = word.replace(/æ/gu, 'ae').replace(/Æ/gu, 'Ae').replace(/ø/gu, 'oe').replace(/Ø/gu, 'Oe').replace(/å/gu, 'aa').replace(/Å/gu, 'Aa');
  return [word, typed];
}

/**
 * The services a message names besides the first ("VO-linjen og Røde Kors"), in the order they stand. A name inside a
 * longer one ("spesialutsendingen" in "spesialutsendingen i Ankara") is that one; a broad name ("IMDi", "politiet")
 * gives way to a more specific name of a service it covers ("IMDi's Nora"), and beside any other service is asked for
 * too ("barnevernet eller politiet?").
 */
function otherNamedServices(named: readonly { key: string; serviceId: ServiceId }[], first: { serviceId: ServiceId }, padded: string): ServiceId[] {
  let rest = padded;
  const found: { at: number; serviceId: ServiceId }[] = [];
  const specific = new Set(named.filter((a) => !BROAD_ALIASES.has(a.key)).map((a) => a.serviceId));
  const coveredByName = (key: string) => [...(BROAD_FAMILIES.get(key) ?? [])].some((id) => specific.has(id));
  // `named` is longest first: each name claims its words, so a shorter name inside it no longer matches.
  for (const alias of named) {
    const needle = ` ${alias.key} `;
    const at = rest.indexOf(needle);
    if (at < 0) continue;
    rest = `${rest.slice(0, at)} ${'#'.repeat(needle.length - 2)} ${rest.slice(at + needle.length)}`;
    if (!BROAD_ALIASES.has(alias.key) || (BROAD_FAMILIES.has(alias.key) && !coveredByName(alias.key))) found.push({ at, serviceId: alias.serviceId });
  }
  const ids = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.serviceId))];
  return ids.filter((id) => id !== first.serviceId);
}

/**
 * Whether a word before a school type reads as (part of) a name: a known municipality or county; a word written with
 * a capital inside a sentence ("på Kuben vgs"); or a word that is no everyday word (see `isCommonWord`) and is
 * capitalised at a sentence start or written by someone who types everything in lower case ("pa hellerud vgs").
 * "Går", "elever", "teach" and "Helsesykepleier" at the start of a sentence are not names.
 */
function nameTest(text: string, places: NorwegianPlaces): (word: string) => boolean {
  const raw = [...text.normalize('NFKC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => {
    const before = text.slice(0, m.index).trimEnd();
    return { lower: m[0].toLowerCase(), capital: /^\p{Lu}/u.test(m[0]), sentenceStart: before === '' || /[.!?:;"«(\n]$/u.test(before) };
  });
  const lowerCaseWriter = !/\p{Lu}/u.test(text);
  return (word) => {
    const seen = raw.filter((r) => r.lower === word);
    if (seen.some((r) => r.capital && !r.sentenceStart)) return true;
    const place = places.findIn(word);
    if (place.municipalities.length > 0 || place.counties.length > 0) return true;
    if (isCommonWord(word)) return false;
    return lowerCaseWriter || seen.some((r) => r.capital);
  };
}

/**
 * A school, municipality or county the message names. Schools from the deployed adviser list are
 * found by name; others by their type word ("… vgs", "… ungdomsskole"). Municipality and county names
 * only count in a diversity-adviser question, since many are everyday words ("Time", "Sola", "Vik", "Ås").
 */
function findPlace(text: string, adviserContext: boolean, deps: ContactRecognizerDeps): string | undefined {
  const known = deps.advisers.schoolsIn(text)[0];
  if (known) return known;
  // Matched on the unfolded text, so the name keeps its letters (å, ø) for the card; capitalised for display.
  const words = tokenize(normalize(text)).join(' ');
  const nameLike = nameTest(text, deps.places);
  const school = SCHOOL_TYPE.exec(words);
  if (school) {
    // "går på videregående", "helsesykepleier på ungdomsskole": a school type after a verb or a profession is no name.
    const parts = (school[1] ?? '').trim().split(' ').filter((w) => !NOT_PART_OF_NAME.has(w));
    const last = parts[parts.length - 1];
    if (last !== undefined && nameLike(last)) {
      const name = parts.filter((w) => w === last || nameLike(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
      return `${name.join(' ')} ${school[2] ?? ''}`.trim();
    }
  }
  const compound = SCHOOL_COMPOUND.exec(words);
  if (compound && !NOT_PART_OF_NAME.has(compound[2] ?? '') && !NOT_A_SCHOOL_NAME.test(compound[2] ?? '')) {
    const name = [(compound[1] ?? '').trim(), compound[2] ?? ''].filter((w) => w && !NOT_PART_OF_NAME.has(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    return name.join(' ');
  }
  if (!adviserContext) return undefined;
  const { municipalities, counties } = deps.places.findIn(text);
  // "I started as a diversity adviser in Trondheim": a short name that folding turns into an everyday word ("Ås" → "as",
  // "Hå" → "ha") counts only when written with its own letters.
  const own = tokenize(normalize(text));
  const written = (name: string) => name.length > SHORT_FOLDED_NAME || fold(name) === normalize(name) || own.includes(normalize(name));
  return municipalities.find((m) => written(m.name))?.name ?? counties.find((c) => written(c.name))?.name;
}

/** The length up to which a name folded to other letters may be an everyday word ("as", "ha", "al"). */
const SHORT_FOLDED_NAME = 3;

/** `make` for each language (and for no language known), made on the first ask. */
function memoByLanguage<T>(make: (lng: Lang | undefined) => T): (lng: Lang | undefined) => T {
  const made = new Map<Lang | undefined, T>();
  return (lng) => {
    let value = made.get(lng);
    if (value === undefined) made.set(lng, (value = make(lng)));
    return value;
  };
}
