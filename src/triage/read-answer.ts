import type { Lang } from '../language/languages';
import type { Age, Role, Step, TriageFacts, Whereabouts } from './triage-facts';
import {
  ABROAD, ADULT_WORDS, AGE_BEFORE, AGE_UNITS, CANCEL, compile, DONT_KNOW, foldTokens, I_AM, IN_NORWAY, IN_NORWAY_ANSWER, MINOR_WORDS, NO, RESTART, ROLE_WORDS, SCHOOL_PLACE, TRAVELLING, WORK_AT, YES,
} from './triage-lexicon';

/** What the answer reader borrows from the contacts feature: country names in any language, and "sent to"/"held in" readings. */
export interface AnswerReaderDeps {
  /** ISO code of the first country the text names (Norway excluded), e.g. "Somalia", "الصومال", "somalisk" → "SO". */
  readonly countryIn: (text: string, lng: Lang) => string | undefined;
  /** Where the contact recognizer places the person ("er sendt til Somalia" → abroad), when it names a country. */
  readonly whereaboutsIn: (text: string, lng: Lang) => Whereabouts | undefined;
}

const P = {
  yes: compile(YES),
  no: compile(NO),
  dontKnow: compile(DONT_KNOW),
  cancel: compile(CANCEL),
  restart: compile(RESTART),
  norway: compile(IN_NORWAY),
  norwayAnswer: compile(IN_NORWAY_ANSWER),
  abroad: compile(ABROAD),
  travelling: compile(TRAVELLING),
  minor: compile(MINOR_WORDS),
  adult: compile(ADULT_WORDS),
  iAm: compile(I_AM),
  schoolPlace: compile(SCHOOL_PLACE),
  workAt: compile(WORK_AT),
};
/** Most specific first: "helsesykepleier på skolen" is health, "barnevernet" is not "barn". */
const ROLE_ORDER: readonly Role[] = ['child-welfare', 'police', 'health', 'nav-refugee', 'school', 'volunteer', 'young-person'];
const ROLE_PHRASES = ROLE_ORDER.map((role) => ({ role, phrases: compile(ROLE_WORDS[role]) }));

/** A short message that is a command to the conversation itself: "avbryt", "cancel", "start på nytt". */
export function readCommand(text: string): 'cancel' | 'restart' | undefined {
  const tokens = foldTokens(text);
  if (tokens.length === 0 || tokens.length > 4) return undefined;
  if (P.restart.test(tokens)) return 'restart';
  if (P.cancel.test(tokens)) return 'cancel';
  return undefined;
}

/** Yes or no as the first word of a short answer ("ja", "nei, ikke akutt", "нет"). */
function readYesNo(tokens: readonly string[]): boolean | undefined {
  if (tokens.length > 5) return undefined;
  if (P.no.startOf(tokens) === 0) return false;
  if (P.yes.startOf(tokens) === 0) return true;
  return undefined;
}

function readWhereabouts(text: string, tokens: readonly string[], lng: Lang, asking: Step | undefined, deps: AnswerReaderDeps): Whereabouts | undefined {
  if (P.travelling.test(tokens)) return 'travelling-soon';
  if (P.abroad.test(tokens)) return 'abroad';
  const fromContacts = deps.whereaboutsIn(text, lng);
  if (fromContacts) return fromContacts;
  if (P.norway.test(tokens)) return 'norway';
  if (asking === 'whereabouts' && P.norwayAnswer.test(tokens)) return 'norway';
  return undefined;
}

function readAge(tokens: readonly string[], asking: Step | undefined): Age | undefined {
  // Words before numbers: "under 18" holds a number too.
  if (P.minor.test(tokens)) return 'minor';
  if (P.adult.test(tokens)) return 'adult';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!/^\d{1,2}$/.test(token)) continue;
    const age = Number(token);
    if (age === 0) continue;
    // A number on its own ("15") is an age whichever question is open: nothing else the triage asks is a number.
    const answer = tokens.length === 1 || (asking === 'age' && tokens.length <= 4);
    const unit = AGE_UNITS.has(tokens[i + 1] ?? '') || AGE_BEFORE.has(tokens[i - 1] ?? '');
    if (answer || unit) return age < 18 ? 'minor' : 'adult';
  }
  if (asking === 'age' && P.dontKnow.test(tokens)) return 'unknown';
  return undefined;
}

/** A message that is little more than a role ("lærer", "barnevernet", "I'm a nurse"): a role even when another question is open. */
const ROLE_ON_ITS_OWN_MAX_TOKENS = 3;

function readRole(tokens: readonly string[], asking: Step | undefined): Role | undefined {
  if (asking === 'role') return ROLE_PHRASES.find((r) => r.phrases.test(tokens))?.role;
  // Users answer out of order: "lærer" typed while the danger question is open is the role, not a new question.
  // Not "meg"/"other"/"venn" (too common as words), and not a school as a place ("skolen", "på skolen" may answer where).
  // "jobber i barnevernet", "work at a school": the workplace names the role.
  const rest = P.workAt.startOf(tokens) === 0 ? tokens.slice(P.workAt.endOf(tokens)) : tokens;
  if (rest.length <= ROLE_ON_ITS_OWN_MAX_TOKENS) {
    const role = ROLE_PHRASES.find((r) => r.role !== 'young-person' && r.role !== 'volunteer' && r.phrases.startOf(rest) >= 0 && r.phrases.startOf(rest) <= 1)?.role;
    if (role && !(role === 'school' && rest === tokens && P.schoolPlace.test(tokens))) return role;
  }
  // Outside the role question only a stated role counts ("jeg er lærer og …", "I'm a teacher"): a school
  // mentioned in passing ("en elev på skolen") says nothing about who is asking.
  const after = P.iAm.endOf(tokens);
  if (after < 0) return undefined;
  const window = tokens.slice(after, after + 3);
  return ROLE_PHRASES.find((r) => r.role !== 'young-person' && r.role !== 'volunteer' && r.phrases.startOf(window) >= 0 && r.phrases.startOf(window) <= 1)?.role;
}

/**
 * Reads every fact a message gives, whichever question is open: "Hun er sendt til Somalia, hun er 15"
 * answers where, which country and age at once. `asking` lets short answers count ("15", "ja", "her").
 * Returns categories only; the text itself goes no further.
 */
export function readFacts(text: string, lng: Lang, asking: Step | undefined, deps: AnswerReaderDeps): TriageFacts {
  const tokens = foldTokens(text);
  if (tokens.length === 0) return {};
  const facts: { -readonly [K in keyof TriageFacts]: TriageFacts[K] } = {};

  if (asking === 'danger') {
    const yesNo = readYesNo(tokens);
    if (yesNo !== undefined) facts.danger = yesNo;
    else if (P.dontKnow.test(tokens)) facts.danger = false;
  }
  const whereabouts = readWhereabouts(text, tokens, lng, asking, deps);
  if (whereabouts) facts.whereabouts = whereabouts;
  const country = deps.countryIn(text, lng);
  if (country) facts.country = country;
  else if (asking === 'country' && P.dontKnow.test(tokens)) facts.country = 'unknown';
  const age = readAge(tokens, asking);
  if (age) facts.age = age;
  const role = readRole(tokens, asking);
  if (role) facts.role = role;
  return facts;
}
