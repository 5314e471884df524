import type { Candidate, Recognizer, Utterance } from '../../understanding/types';
import type { BreakdownDimension, Metric, ServiceId } from '../store/published-figure';
import { CASE_DIMENSIONS, CASE_HANDLING_SERVICES, defaultMetric, type StatsMode, type StatsQueryModel } from './stats-query';
import type { Lang } from '../../language/languages';
import { isRegisterRequestOther, isStatsCommand, toEnglishCues } from './stats-words';
import type { RegisterCaseIntent, StatsIntent } from '../intents';
import { withoutNumberedAssignments } from '../../language/assignment-numbers';
import { normalize } from '../../language/text';

/**
 * Reads plain-language statistics questions in nb, nn and en, and in the other answer languages through
 * `toEnglishCues` ("hvor mange saker hadde mangfoldsrådgiverne i fjor?",
 * "kor mange førespurnader fekk Kompetanseteamet 2004–2008", "how many cases did the envoys handle in 2023")
 * and "registrer sak". Pure and synchronous; the clock is passed in so "i fjor" and "the last five years" resolve
 * against the turn's date.
 *
 * A question that names a service without asking for a number ("hva er Kompetanseteamet?") is not a statistics
 * question: without a number cue the scores stay below the understanding threshold.
 */

/** Letters users swap when typing fast: å/aa/a, ø/o, æ/e. */
const A = '(?:å|aa|a)';
const O = '(?:ø|o)';
const AE = '(?:æ|ae|e)';

const SERVICE_PATTERNS: ReadonlyArray<readonly [ServiceId, RegExp]> = [
  // The 2008 report counts minority and integration advisers together; the joint name means the joint figure.
  ['advisers-and-envoys', new RegExp(`minoritets-? og integrerings-? ?r${A}dgiv|minority and integration advis`, 'u')],
  [
    'diversity-advisers',
    new RegExp(
      `mang?f[ao]ld?s?-? ?r${A}dgi?v|minoritets?-? ?r${A}dgi?v|(?:diversity|minority) ?advis|\\bmr-?ordning|\\bmr(?:ene)?\\b|skoler${A}dgiver(?:ne)? for minoritet|ung\\.?no`,
      'u',
    ),
  ],
  [
    'special-envoys',
    new RegExp(`spesial-? ?utsend|\\butsending(?:ar|ane|er|ene)?\\b|integrerings-? ?r${A}dgi?v|special ?envoy|\\benvoys?\\b|integration ?advis`, 'u'),
  ],
  ['kompetanseteamet', new RegExp(`kompetanse-? ?team|kompetansetem|competence ?team|\\bkt\\b`, 'u')],
  ['expert-team', new RegExp(`fagteam|ekspert-? ?team|expert ?team|f${O}rebyggingsteam|f${O}rebyggjingsteam|prevention team`, 'u')],
  ['nora', new RegExp(`\\bnora\\b|kampanj|campaign|\\bpride\\b`, 'u')],
  ['rvts', /\brvts\b|ressurssent(?:er|re)(?:ne)? om vold|resource centres? on violence/u],
  ['national-resource-environments', new RegExp(`ressursmilj|resource environment`, 'u')],
  // The whole post 71 scheme, named by what it funds: "tilskuddet til integreringsarbeid i regi av frivillige organisasjoner".
  ['voluntary-integration-grant', /integreringsarbeid|integration work|\bpost 71\b|\bitem 71\b/u],
  ['ngo-grants', new RegExp(`frivillige? ?org|\\bngos?\\b|voluntary org|delm${A}l c|sub-?goal c|tilskudd til frivillig|tilskot til frivillig`, 'u')],
];
const SUB_GOAL_C = new RegExp(`delm${A}l c|sub-?goal c`, 'u');
/** IMDi as a whole only when no unit of it is named ("IMDis fagteam" is the expert team). */
const IMDI = /\bimdi\b|\bimdis\b|forebyggingsenhet|førebyggingseining|prevention unit/u;
const GENERIC_ADVISERS = new RegExp(`\\br${A}dgiver(?:e|ne)?(?:sak\\p{L}*)?\\b|\\br${A}dgivar(?:ar|ane)?(?:sak\\p{L}*)?\\b|\\badvis[eo]rs?\\b`, 'u');
/** "alle tjenestene", "all the services": the services that count cases. */
const ALL_SERVICES = /alle (?:de )?(?:særskilte |saerskilte |spesielle )?tjeneste|alle (?:dei )?(?:særskilde )?tenest|all (?:the |four |three )?(?:special )?services|alle fire/u;

/** The order matters: the first match wins, so the more specific words come first. */
const METRIC_PATTERNS: ReadonlyArray<readonly [Metric, RegExp]> = [
  // IMDi's own staff in the equality reports, before "kvinner" (persons) and "ansatte" (staff) are read as counts.
  ['pay-ratio', new RegExp(`\\bl${O}nn|\\bl${O}na\\b|\\bpay\\b|\\bsalar|\\bwages?\\b|\\bearn`, 'u')],
  ['immigrant-background-share', /innvandrer-? ?bakgrunn|innvandrarbakgrunn|immigrant background/u],
  ['sick-leave', new RegExp(`syke-? ?frav${AE}r|sjuke-? ?fr${A}v${AE}r|sick ?leave|sickness absence`, 'u')],
  ['temporary-staff', /midlertidig|mellombels|temporar/u],
  ['part-time-staff', /deltid|part-?time/u],
  ['women-share', /\b(?:andel|andelen|del|delen|prosent|share|proportion|percentage)\b.*\b(?:kvinner|kvinnene|women)\b|kvinneandel|women's share/u],
  ['unique-users', /unike? bruker|unike brukarar|unique users/u],
  ['traffic-share', /trafikk|traffic/u],
  ['views', /visning|\bviews?\b|ganger vist|gonger vist|\bvist\b|\bsett\b/u],
  ['people-reached', new RegExp(`n${A}dd|n${A}dde|\\breached?\\b|reach|deltak[ae]r|participants|people trained|personer (?:som )?(?:fikk|har fått) kompetanseheving|personar (?:som )?(?:fekk|har fått) kompetanseheving|f${A}tt kompetanseheving|fekk kompetanseheving|(?:got|received|were given) (?:competence[- ]raising|training)`, 'u')],
  ['answers', new RegExp(`ung\\.?no|besvart|svart p${A}|answered|answers|\\banswer\\b|questions|sp${O}rsm${A}l|\\bspm\\b`, 'u')],
  ['lectures', /foredrag|føredrag|lectures?|talks/u],
  ['assignments', /oppdrag|kompetansehev|assignments?|training sessions?|workshops?|courses|competence[- ]?(?:raising|building)/u],
  ['funding-share', /prosentdel|andel av (?:tilskudd|tilskot|midl|pengan|pengene)|del av tilskot|share of (?:the )?(?:grant|funding|money)/u],
  ['positions', /stilling|positions?|\bposts\b|\bjobs\b/u],
  ['projects', /prosjekt|projects?|lokale tiltak|local measures/u],
  ['schools', new RegExp(`skoler|skular|skolar|schools`, 'u')],
  ['funding-nok', new RegExp(`(?<!\\p{L})(?:penger|pengar)|kroner|\\bkr\\b|\\bnok\\b|millioner|\\bmill|midler|midlar|tilskudd|tilskot|bevilg|l${O}yving|funding|funded|money|grants?\\b|budget|styrk|strengthen|appropriation`, 'u')],
  ['organisations', /organisasjon|organisations?|organizations?|ressursmilj/u],
  // Explicit "persons" before inquiries and cases: "personer involvert i henvendelsene" counts people.
  ['persons', /personer|personar|\bpersons\b|individuals|people involved|involverte/u],
  ['inquiries', new RegExp(`henvendels|f${O}respurnad|foresp${O}rsl|inquir|enquir|kontakta|kontaktet|calls`, 'u')],
  // "rådgiversakene", "utsendingssakene": a compound whose last part is the cases.
  ['cases', /\bsak(?:er|ene|a|en|s)?\b|saks|\p{L}{4,}sak(?:er|ene|a)\b|\bcases?\b|caseload|tilfell/u],
  ['persons', /jenter|gutter|gutar|kvinner|menn|girls|boys|women|\bmen\b|people helped|fikk hjelp|fekk hjelp|got help|hjalp|helped/u],
  ['staff', new RegExp(`ansatte|tilsette|${A}rsverk|\\bstaff|employees|headcount|bemanning|representant|representatives?|ambassader|ambassadar|embassies|utenriksstasjon|utanriksstasjon`, 'u')],
];

/** What happened in the cases: "hvor mange kom hjem?", "how many were brought home?", "utfallet av sakene". */
const OUTCOME = new RegExp(
  `\\bkom(?:met)? (?:seg )?hjem|\\bkom(?:e)? heim|\\bhenta?(?:et)? (?:hjem|heim)|\\bkom(?:met)? tilbake|\\b(?:came|come|coming|got|get|getting|brought|bring|bringing|return|returned|returning) (?:back )?home\\b|\\breturned\\b|\\brescued\\b|\\breddet\\b|\\bredda\\b|\\butfall(?:et|a)?\\b|\\boutcomes?\\b|hvordan gikk det|korleis gjekk det|how did (?:it|they|the cases) end`,
  'u',
);
/** The envoys' posts: a named embassy city, or a request per embassy (not "the envoys at the embassies"). */
export const EMBASSY_CITIES = ['amman', 'ankara', 'islamabad', 'nairobi', 'colombo', 'rabat'] as const;
const EMBASSY = new RegExp(
  `\\b(?:${EMBASSY_CITIES.join('|')})\\b|(?:\\bper|\\bhver|\\bkvar|\\beach|\\bevery|\\bby|\\bwhich|\\bhvilken|\\bhvilke|\\bkva for|fordelt p${A}|fordelt mellom) (?:ambassade|embass|utenriksstasjon|utanriksstasjon|post\\b)`,
  'u',
);
/** Norwegian counties, current and former names (kebab-case ids, as written after normalising). */
export const COUNTIES: ReadonlyArray<readonly [string, string]> = [
  // The former halves first: the 2008 figures count Sør-Trøndelag and Vest-Agder, not Trøndelag and Agder.
  ['sor-trondelag', `s${O}r-? ?tr${O}ndelag`], ['nord-trondelag', `nord-? ?tr${O}ndelag`], ['vest-agder', 'vest-? ?agder'], ['aust-agder', 'aust-? ?agder'],
  ['oslo', 'oslo'], ['akershus', 'akershus'], ['buskerud', 'buskerud'], ['ostfold', `${O}stfold`], ['viken', 'viken'], ['innlandet', 'innlandet'],
  ['hedmark', 'hedmark'], ['oppland', 'oppland'], ['vestfold', 'vestfold'], ['telemark', 'telemark'], ['agder', 'agder'],
  ['rogaland', 'rogaland'], ['vestland', 'vestland'], ['hordaland', 'hordaland'], ['sogn-og-fjordane', 'sogn og fjordane'],
  ['more-og-romsdal', `m${O}re og romsdal`], ['trondelag', `tr${O}ndelag`], ['nordland', 'nordland'], ['troms', 'troms'], ['finnmark', 'finnmark'],
];
const COUNTY = new RegExp(
  // Letter boundaries, not \\b: "østfold" starts with a letter \\b does not count as one.
  `(?<!\\p{L})(?:${COUNTIES.map(([, p]) => p).join('|')})(?!\\p{L})|\\bfylkes(?:vis|fordel\\p{L}*)|\\b(?:per|hvert|kvart|each|every|by|which|hvilke|hvilket|kva for|fordelt p${A}|i alle|in all) (?:fylke|fylker|fylka|fylkene|county|counties|region)\\b|\\bcounty\\b|\\bcounties\\b`,
  'u',
);
/** Age: "fordelt på alder", "by age", "how old", "under 18". */
const AGE = new RegExp(
  `\\balder(?:en|sgruppe\\p{L}*|sfordel\\p{L}*)?\\b|\\bby age\\b|\\bage ?groups?\\b|\\bhvor gamle\\b|\\bkor gamle\\b|\\bhow old\\b|\\bunder 18\\b|\\bover 18\\b|\\bmindre${A}rige?\\b|\\bminors?\\b`,
  'u',
);

/** A case type asked about by name: the figures on that topic ("tall om tvangsekteskap", "FGM cases"). */
const CASE_TYPE_TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['fgm', new RegExp(`kj${O}nnslemlest\\p{L}*|\\bomskj${AE}ring\\p{L}*|\\bfgm\\b|genital mutilation|\\bcircumcision\\b`, 'u')],
  ['forced-marriage', new RegExp(`tvangsekteskap\\p{L}*|tvangsgift\\p{L}*|forced marriages?`, 'u')],
  ['involuntary-stay-abroad', new RegExp(`ufrivillig (?:utenlands|utanlands)?opph${O}ld|ufrivillig opphald|utenlandsopphold|utanlandsopphald|involuntary stays? abroad|left abroad|stranded abroad`, 'u')],
  ['honour-violence', new RegExp(`${AE}resrelater\\p{L}* vold|${AE}resrelater\\p{L}* vald|${AE}resvold|${AE}resvald|${AE}resmotiver\\p{L}* vold|honou?r(?:[- ](?:related|based))? violence`, 'u')],
  ['negative-social-control', /negativ(?:e)? sosial(?:e)? kontroll|negative social control/u],
  ['threats-and-violence', /trusler og vold|truslar og vald|threats and violence/u],
];

/** IMDi's 2023 campaigns by name (kebab-case ids): "the Pride campaign", "sommerkampanjen". */
const CAMPAIGNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['pride', /\bpride\b/u],
  ['summer-holiday', /sommer(?:ferie)?-? ?kampanj|sommarkampanj|summer(?:[- ]holiday)? campaign|\bsommerferie|\bsummer holiday|\bsummer\b/u],
];

/** IMDi's staff groups in the equality reports (kebab-case ids, as written after normalising). */
const STAFF_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['top-management', `toppledels\\p{L}*|toppleiing\\p{L}*|top management|senior management`],
  ['middle-managers', `mellomleder\\p{L}*|mellomleiar\\p{L}*|middle managers?`],
  ['caseworkers', `saksbehandler\\p{L}*|sakshandsamar\\p{L}*|caseworkers?|case officers?`],
];
/** Shares of IMDi's staff: "andel kvinner" is the metric itself, not a split by gender. */
const STAFF_SHARES: readonly (Metric | undefined)[] = ['women-share', 'pay-ratio', 'sick-leave', 'temporary-staff', 'part-time-staff', 'immigrant-background-share'];

/**
 * Who sent the cases, by a service named ("kom fra flyktningtjenesten", "came from child welfare", "per referring
 * service"): the sources publish no count per referrer (only which services most inquiries came from in 2008).
 */
const REFERRER_SERVICE = new RegExp(
  `(?:\\bkom|\\bkommer|\\bkjem|\\bcame|\\bcome|\\bcomes|\\bsent|\\breferred|\\bsendt|\\bmeldt) (?:inn )?(?:fra|fr${A}|from|by|av) (?:the |de |dei )?(?:flyktning\\p{L}*|barnevern\\p{L}*|politi\\p{L}*|skole\\p{L}*|skule\\p{L}*|helse\\p{L}*|nav\\b|barnehage\\p{L}*|asylmottak\\p{L}*|krisesent\\p{L}*|refugee|child welfare|police|schools?|health|kindergartens?|reception cent|shelters?)|\\b(?:referring|referral) (?:service|source|agenc)\\p{L}*|\\b(?:per|by|each) (?:referrer|referring service)|\\bhenvis\\p{L}* (?:tjeneste|instans)\\p{L}*|\\b(?:fra|fr${A}) hvilke (?:tjenester|instanser|etater)|\\bfrom which (?:services|agencies)`,
  'u',
);
/** Per school ("per skole", "skole for skole", "in the individual schools"): the advisers' cases are published only as a national total. */
const PER_SCHOOL = new RegExp(
  `\\b(?:per|each|every|hver|hvert|kvar|kvart|enkelte|individual|separate|fordelt p${A}|broken down by|breakdown by) (?:skole|skule|school)\\p{L}*|\\bskole for skole\\b|\\bskule for skule\\b|\\bschool by school\\b|\\b(?:de|dei) enkelte (?:skolene|skulane|skoler|skular)\\b`,
  'u',
);

const BREAKDOWN_PATTERNS: ReadonlyArray<readonly [BreakdownDimension, RegExp]> = [
  ['staff-group', new RegExp(STAFF_GROUPS.map(([, p]) => p).join('|'), 'u')],
  ['referrer', REFERRER_SERVICE],
  ['school', PER_SCHOOL],
  ['origin-country', new RegExp(`\\bland(?:a|ene|et)?\\b|opprinnelse|opphav|landbakgrunn|countr|origin|nationalit|hvor kom|kvar kom|where (?!(?:did|does|do|is|was) (?:it|that|this|the money)\\b).* from`, 'u')],
  // Whole words: "kjønnslemlestelse" (FGM) names a case type, not a breakdown by gender.
  ['gender', new RegExp(`\\bkj${O}nn(?:et|a|ene)?\\b|\\bkj${O}nnsfordel\\p{L}*|\\bjent(?:er|ene|ar|ane)\\b|\\bgut(?:ter|tene|tar|ar|ane|a)\\b|\\bkvinn(?:er|ene)\\b|\\bmenn(?:ene)?\\b|\\bmann(?:en|folk)\\b|\\bgender\\b|\\bgirls\\b|\\bboys\\b|\\bwomen\\b|\\bmen\\b|\\bsex\\b`, 'u')],
  [
    'case-type',
    new RegExp(
      `hva gjaldt|kva galdt|kva gjaldt|hva handlet|hva handla|kva handla|kva handlar|hva handler|(?:by|per|into|in) categor\\p{L}*|(?:etter|per|p${A}) kategori\\p{L}*|sakstype|type saker|typer saker|slags saker|slag saker|kind of cases|kinds of cases|types? of cases?|case ?types?|what were the cases|what were the inquiries|what did the (?:cases|inquiries)|(?:cases|inquiries) (?:\\w+ )*about|fordelt p${A} (?:sak(?:s)?)?type|\\btypen? sak\\b|\\btyp(?:er|ar) sak(?:er)?\\b|slags sak\\b|(?:fordel\\p{L}*|split|broken down|break down|divided)(?: \\p{L}+){0,3} (?:p${A}|by|into|etter) (?:typ(?:e|er|ar)|sakstyp\\p{L}*|kategori\\p{L}*|categor\\p{L}*)|(?:by|per|etter) (?:case )?type|about what`,
      'u',
    ),
  ],
  ['referrer', new RegExp(`hvem meldte|kven melde|who referred|referred by|fra hvem|kom fra minoritet|(?:fra|frå) minoritets-? ?r${A}dgiv\\p{L}* til kompetanse|from the minority advis\\p{L}* to (?:the )?(?:kompetanse|competence)`, 'u')],
  ['project-level', /nasjonale og lokale|lokale og nasjonale|national and local|local and national/u],
  ['campaign', /kampanj|campaign|\bpride\b/u],
  ['funder', /hvem finansier|kven finansier|who fund|hvor kommer pengene|kvar kjem pengane|where does the money come from|where did the money come from|fra hvem|frå kven/u],
  ['placement', /plasser|placement|placed|where .*\bgo\b|hvor skal|kvar skal|fordelt mellom/u],
  ['organisation', /imdis? (?:samlede |samla |totale |samlet )?(?:stillings)?(?:andel|deltakelse|deltaking|representant)|imdi'?s (?:staffing|staff|position) (?:share|part)|(?:del|andel|delen|andelen) av (?:ei |en |ein )?stilling\p{L}* (?:har|hadde|fekk|fikk) imdi|stillingsandel\p{L}* (?:til )?imdi|(?:delen|andelen|parten) til imdi|imdi sin (?:samlede |samla )?(?:del|andel|part|deltakelse|deltaking)|imdi'?s (?:samlede |total |overall |combined )?(?:share|part|representative|participation)|(?:representant(?:er)?|representatives?) (?:fra|frå|from) imdi|imdi (?:deltar|deltek|takes? part)|forebyggingsenhet|førebyggingseining|prevention unit/u],
  ['traffic-source', /trafikkilde|trafikkjelde|traffic sources?|where .*traffic come from|hvor kommer trafikken|kvar kjem trafikken/u],
  // Asked for, never published in the sources: the answer says so first, then gives the broader figure.
  ['outcome', OUTCOME],
  ['embassy', EMBASSY],
  ['county', COUNTY],
  ['age', AGE],
];

/** Words that ask for a number. Without one, a service name alone is left to the guidance and contact recognizers. */
const NUMBER_CUE = new RegExp(
  `hvor ?mange|hvormange|hvor mang\\b|kor mange|korleis har tal|how many|antall|antal\\b|talet p${A}|tal p${A}|tala\\b|\\btal\\b|\\btall(?:ene)?\\b|number of|numbers|statisti|\\bstats\\b|figures?\\b|hvor mye|kor mykje|how much|\\bcount\\b|\\bsum\\b|\\bshare\\b|hvor stor|kor stor|how large|how big|totalt|til sammen|til saman|i alt|in total|prosent|percent|andel`,
  'u',
);
/** Words for figures themselves ("tall", "statistikk", "figures"), as opposed to "how many" alone. */
const FIGURES_WORD = /statisti|\bstats\b|\btall(?:ene)?\b|\btal(?:a)?\b|\bfigures?\b|\bnumbers\b|\bdata\b/u;
const TREND = new RegExp(
  `utvikling|utviklet|utvikla|\\btrend|${O}kt\\b|${O}kning|${O}kte|\\bauke|\\bauka|nedgang|endring|endra|over tid|over the years|\\bchanged?\\b|increase|decrease|grown|growth|developed|g${A}tt opp|g${A}tt ned|flere eller færre|fleire eller færre|more or fewer`,
  'u',
);
/** Asking how a figure splits up ("hvilke land", "fordelt på kjønn", "which countries"). */
const BREAKDOWN_CUE = /hvilke|hvilken|kva for|\bkva slags|hva slags|which|what kind|fordelt|fordeling|breakdown|broken down|split by|by gender|by country|hva gjaldt|kva galdt|what were the cases/u;
const COMPARE = /sammenlign|samanlikn|compare|comparison|\bversus\b|\bvs\.?\b|forskjell|skilnad|difference|\bmot\b|\benn\b|than\b/u;
const TOTAL = /totalt|til sammen|til saman|samlet|samla|\bi alt\b|\btotal\b|altogether|combined|all together|\bsum\b|summert/u;

const REGISTER = new RegExp(
  `^(?:jeg vil |eg vil |i want to |i'd like to |kan jeg |kan eg |can i )?(?:registrer(?:e|a)?|register|log|record|meld inn|legg inn|legge inn|leggje inn)(?: en| ei| eit| ein| a| new| ny| nytt)? (?:ny |new )?(?:sak|case)\\b|^ny sak$|^new case$|^registrering$`,
  'u',
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6, sju: 7, syv: 7, seven: 7, åtte: 8, atte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10,
};

export interface YearRange {
  readonly fromYear: number;
  readonly toYear: number;
}

/** Explicit years and ranges ("2004–2008", "fra 2016 til 2022", "between 2021 and 2023", "2021 og 2022"). */
export function explicitYears(text: string): YearRange | undefined {
  // "2021, 2022 og 2023" is a list: every year named counts, not only the last pair joined by "og".
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

/** "i fjor", "last year", "i år", "siste fem år", "the past 3 years", "i forfjor" — relative to `year`. */
export function relativeYears(text: string, year: number): YearRange | undefined {
  const span = text.match(
    new RegExp(`(?:siste|sist|dei siste|de siste|last|past|previous|the last|the past)\\s+(\\d{1,2}|to|tre|fire|fem|seks|sju|syv|${A}tte|ni|ti|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:${A}r(?:a|ene)?|years)`, 'u'),
  );
  if (span?.[1]) {
    const n = /^\d+$/.test(span[1]) ? Number(span[1]) : (NUMBER_WORDS[span[1]] ?? NUMBER_WORDS[span[1].replace('aa', 'å')]);
    if (n !== undefined && n >= 1 && n <= 30) return { fromYear: year - n, toYear: year - 1 };
  }
  if (/\bi forfjor\b|\byear before last\b/u.test(text)) return { fromYear: year - 2, toYear: year - 2 };
  if (/\bi fjor\b|\bifjor\b|\bfjor(?:året|aaret|aret)\b|\blast year\b|\bforrige år\b|\bførre år\b|\bprevious year\b/u.test(text)) return { fromYear: year - 1, toYear: year - 1 };
  if (/\bi år\b|\bi aar\b|\bthis year\b|\biår\b|\bhittil i år\b|\bso far this year\b/u.test(text)) return { fromYear: year, toYear: year };
  return undefined;
}

const MONTHS: readonly RegExp[] = [
  /\bjanuar\b|\bjanuary\b/u,
  /\bfebruar\b|\bfebruary\b/u,
  /\bmars\b|\bmarch\b/u,
  /\bapril\b/u,
  /\bmai\b|\bmay\b/u,
  /\bjuni\b|\bjune\b/u,
  /\bjuli\b|\bjuly\b/u,
  /\baugust\b/u,
  /\bseptember\b/u,
  /\boktober\b|\boctober\b/u,
  /\bnovember\b/u,
  /\bdesember\b|\bdecember\b/u,
];

/** A month named right before a year ("i juni 2008", "in June 2008"): 1–12. Only beside one year, so "may" alone is no month. */
export function monthBeforeYear(text: string): number | undefined {
  const match = /\b(\p{L}+) (?:(?:19|20)\d{2})\b/u.exec(text);
  if (!match?.[1]) return undefined;
  const i = MONTHS.findIndex((m) => m.test(match[1] ?? ''));
  return i >= 0 ? i + 1 : undefined;
}

function servicesIn(text: string): ServiceId[] {
  const found: ServiceId[] = [];
  const positions: Array<[number, ServiceId]> = [];
  for (const [service, pattern] of SERVICE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) positions.push([match.index, service]);
  }
  positions.sort((a, b) => a[0] - b[0]);
  for (const [, service] of positions) if (!found.includes(service)) found.push(service);
  // "minoritets- og integreringsrådgiverne" also matches each part; the joint figure is what was asked for.
  if (found.includes('advisers-and-envoys')) return found.filter((s) => s !== 'diversity-advisers' && s !== 'special-envoys');
  // "tilskudd til integreringsarbeid i regi av frivillige organisasjoner" names the whole scheme, not its sub-goal C.
  if (found.includes('voluntary-integration-grant') && !SUB_GOAL_C.test(text)) return found.filter((s) => s !== 'ngo-grants');
  // "rådgiverne", "the advisers" (not part of a service name already found): in this bot's audience, the school advisers.
  let rest = text;
  for (const [, pattern] of SERVICE_PATTERNS) rest = rest.replace(new RegExp(`${pattern.source}\\S*`, 'gu'), ' ');
  if (!found.includes('diversity-advisers') && !found.includes('advisers-and-envoys') && GENERIC_ADVISERS.test(rest)) found.push('diversity-advisers');
  if (found.length === 0 && IMDI.test(text)) return ['imdi'];
  return found;
}

/** "Hvor mye", "how much": an amount. With a word for money in the question, the money is what is asked, not the projects or positions it pays for. */
const AMOUNT_CUE = /hvor ?mye|kor mykje|how much/u;
/** "Hvor mye bidro Udir med?", "how much did Udir contribute?": with "how much", a contribution is money. */
const CONTRIBUTION = /\bbidr(?:o|og|ar|eg)\b|\bcontribut\p{L}*/u;

function metricIn(text: string, services: readonly ServiceId[]): Metric | undefined {
  const funding = METRIC_PATTERNS.find(([metric]) => metric === 'funding-nok')?.[1];
  if (AMOUNT_CUE.test(text) && (funding?.test(text) || CONTRIBUTION.test(text)) && !services.includes('nora') && !TREND.test(text)) return 'funding-nok';
  // "kor mykje fekk dei nasjonale ressursmiljøa?": how much, of something that is a grant, is its amount.
  const grants = services.length > 0 && services.every((s) => defaultMetric(s) === 'funding-nok');
  if (AMOUNT_CUE.test(text) && grants && !/prosent|percent|andel|\bdel av|share|proportion/u.test(text)) return 'funding-nok';
  for (const [metric, pattern] of METRIC_PATTERNS) {
    if (!pattern.test(text)) continue;
    // "kampanje" names Nora's campaigns; "how many views" is the question.
    if (metric === 'funding-nok' && services.includes('nora')) continue;
    return metric;
  }
  return undefined;
}

/**
 * "Hvor mange oppdrag hadde fagteamet, og hvor mange personer nådde de?": two numbers asked, two things counted.
 * Only with a second question for a number; one "hvor mange" with two nouns ("saker og jenter") or "hvor stor andel"
 * asks one thing.
 */
function otherMetricsAsked(text: string, services: readonly ServiceId[], metric: Metric | undefined): Metric[] {
  const cues = text.match(/hvor ?mange|kor mange|how many|hvor mye|kor mykje|how much/gu)?.length ?? 0;
  if (metric !== undefined && cues < 2) return [...pairedReach(text, metric), ...pairedPersons(text, metric)];
  if (metric === undefined) return [];
  const others: Metric[] = [];
  // "ilu było doradców … i ile spraw prowadzili": the service's own number asked beside what it counted.
  if (metric !== 'staff' && asksForHeadcount(text)) others.push('staff');
  // "kor mange organisasjonar fekk støtte, og kor mykje var det til saman?": a second question that asks "how much"
  // of a grant counted in something else asks for its amount.
  const grant = services.some((s) => defaultMetric(s) === 'funding-nok');
  if (metric !== 'funding-nok' && grant && AMOUNT_CUE.test(text.replace(/^.*?(?:hvor ?mange|kor mange|how many)/u, ''))) others.push('funding-nok');
  for (const [other, pattern] of METRIC_PATTERNS) {
    if (other === metric || others.includes(other) || !pattern.test(text)) continue;
    if (other === 'funding-nok' && services.includes('nora')) continue;
    if ((metric === 'cases' && other === 'inquiries') || (metric === 'inquiries' && other === 'cases')) continue;
    others.push(other);
  }
  return others;
}

/** A campaign's reach: views and unique users are two figures of one campaign. */
const REACH: readonly Metric[] = ['views', 'unique-users'];
const REACH_PAIR = /(?:visning\p{L}*|views?) (?:og|and) (?:unike? bruker\p{L}*|unike brukarar|unique users)|(?:unike? bruker\p{L}*|unike brukarar|unique users) (?:og|and) (?:visning\p{L}*|views?)/u;

/**
 * "hvor mange visninger og unike brukere hadde Pride-kampanjen?": one "how many" for two figures joined by "og/and".
 * Only a campaign's reach: "saker og jenter" asks one thing (the cases, and that most were girls).
 */
function pairedReach(text: string, metric: Metric): Metric[] {
  if (!REACH.includes(metric)) return [];
  const patterns = REACH.map((m) => METRIC_PATTERNS.find(([metric]) => metric === m)?.[1]);
  return REACH_PAIR.test(text) || patterns.every((p) => p?.test(text)) ? REACH.filter((m) => m !== metric) : [];
}

/**
 * "inquiries and persons", "henvendelser og personer", "how many inquiries did they get in 2008 and how many persons
 * were they about": the sources publish both counts together (Kompetanseteamet 2004–2008).
 */
const PERSONS_PAIR = /(?:inquiries|henvendels\p{L}*|cases|saker)\b(?:[^.?!]{0,60}?\s)?(?:og|and) (?:(?:how many|hvor mange|kor mange) )?(?:personer|persons)\b/u;

function pairedPersons(text: string, metric: Metric): Metric[] {
  const pair = PERSONS_PAIR.exec(text);
  if (!pair) return [];
  if (metric === 'inquiries' || metric === 'cases') return ['persons'];
  return metric === 'persons' ? [/^(?:inquiries|henvendels)/u.test(pair[0]) ? 'inquiries' : 'cases'] : [];
}

/** "hvor mange mangfoldsrådgivere er det?" asks for the staff count: the service noun is the thing counted. */
function asksForHeadcount(text: string): boolean {
  return new RegExp(
    `(?:hvor ?mange|kor mange|how many|antall|talet p${A}|number of) (?:(?:było|byli|były|there are|there were|are there|were there|er det|var det|finnes|fanst) )?(?:nye )?(?:mang?f[ao]ld?s?-? ?r${A}dgi?v|minoritets?-? ?r${A}dgi?v|spesial-? ?utsend|utsending|integrerings-? ?r${A}dgi?v|(?:diversity|minority|integration) ?advis|special ?envoy|envoys|advisers|r${A}dgiv)`,
    'u',
  ).test(text);
}

/**
 * The team's and the action plans' full names carry topic words ("Kompetanseteamet mot negativ sosial kontroll og
 * æresrelatert vold", "handlingsplan mot tvangsekteskap 2008–2011"): a name, not a topic.
 */
const SERVICE_NAME_TAIL = new RegExp(
  `(?:kompetanse-? ?team\\p{L}*|competence team|handlingsplan\\p{L}*|action plan\\p{L}*) (?:mot|against|on) (?:(?:negativ sosial kontroll|${AE}resrelater\\p{L}* v[oa]ld|tvangsekteskap|kj${O}nnslemlest\\p{L}*|negative social control|honou?r[- ]related violence|forced marriage|fgm)(?:,|\\s|\\bog\\b|\\band\\b)*)+`,
  'gu',
);

/** "hvor mange jenter blir kjønnslemlestet?" counts people (prevalence), not the services' cases. */
const PEOPLE = '(?:jent(?:er|ene|ar|ane)|gut(?:ter|tene|tar|ar|ane)|kvinner|menn|barn|personer|folk|girls|boys|women|men|children|people|persons)\\b';

/** "hvor mange tvangsekteskap …", "how many FGM cases", "how many of them were FGM": the number asked is a count of the case type itself. */
function countsTopic(text: string): boolean {
  const rest = text.replace(SERVICE_NAME_TAIL, ' ');
  return CASE_TYPE_TOPICS.some(([, pattern]) =>
    new RegExp(`(?:hvor ?mange|kor mange|how many|number of|antall|talet p${A}) (?:(?:of them|of these|of those|av dem|av desse|av disse) (?:(?!${PEOPLE})\\S+ ){0,2}|(?:(?!${PEOPLE})\\S+ )?)(?:${pattern.source})`, 'u').test(rest),
  );
}

/** The case type a question is about, by name ("saker om kjønnslemlestelse" → fgm), if any. */
function caseTypeTopic(text: string): string | undefined {
  const rest = text.replace(SERVICE_NAME_TAIL, ' ');
  let best: [number, string] | undefined;
  for (const [category, pattern] of CASE_TYPE_TOPICS) {
    const match = pattern.exec(rest);
    if (match && (!best || match.index < best[0])) best = [match.index, category];
  }
  return best?.[1];
}

/** The place named first in the text ("i Vestland … sammenligne med Rogaland" asks about Vestland). */
function placeIn(text: string, places: ReadonlyArray<readonly [string, string]>): string | undefined {
  let best: [number, string] | undefined;
  for (const [id, pattern] of places) {
    const match = new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'u').exec(text);
    if (match && (!best || match.index < best[0])) best = [match.index, id];
  }
  return best?.[1];
}

/** Metrics that say how many there are of a service or its means, not what its cases were: a breakdown by embassy or county of those is not asked. */
const NOT_PER_PLACE: readonly (Metric | undefined)[] = ['staff', 'positions', 'funding-nok', 'funding-share', 'organisations'];

function breakdownIn(text: string, metric: Metric | undefined): BreakdownDimension | undefined {
  for (const [dimension, pattern] of BREAKDOWN_PATTERNS) {
    if (!pattern.test(text)) continue;
    // "hvor mange så sommerkampanjen?" names no metric: a campaign's views are what is counted.
    if (dimension === 'campaign' && metric !== 'views' && metric !== 'unique-users' && metric !== undefined) continue;
    if (dimension === 'staff-group' && metric !== 'women-share') continue;
    if (dimension === 'gender' && STAFF_SHARES.includes(metric)) continue;
    if ((dimension === 'embassy' || dimension === 'county' || dimension === 'school') && NOT_PER_PLACE.includes(metric)) continue;
    if (dimension === 'school' && metric === 'schools') continue;
    // "how much funding … and where did it come from?": money comes from a funder, not from a country of origin.
    if (dimension === 'origin-country' && (metric === 'funding-nok' || metric === 'funding-share')) continue;
    // "how much was the team strengthened, and what is IMDi's share in it?": the money is not split by organisation.
    if (dimension === 'organisation' && (metric === 'funding-nok' || metric === 'funding-share')) continue;
    return dimension;
  }
  return undefined;
}

export interface AskedBreakdown {
  readonly breakdown?: BreakdownDimension;
  readonly category?: string;
}

/**
 * The breakdown a question asks for, and the one part of it when it names one: a case type by name
 * ("hvor mange saker om kjønnslemlestelse?"), an embassy ("i Amman") or a county ("i Vestland").
 */
export function askedBreakdown(text: string, metric: Metric | undefined, countries: readonly string[] = []): AskedBreakdown {
  const found = breakdownIn(text, metric);
  // "fordelingen på sakstyper – trusler/vold, ufrivillig utenlandsopphold osv.": the split is asked, the case types
  // named beside it are examples of its parts, unless the question counts one of them ("hvor mange saker om …").
  const topic = found === 'case-type' && !countsTopic(text) ? undefined : caseTypeTopic(text);
  // A named case type is the question's subject unless it asks for another split ("which countries were the
  // forced-marriage cases from?"); "jenter" beside it describes the people, not a split by gender.
  // With another thing counted ("tilskudd … mot tvangsekteskap"), the case type says what the money or work is for.
  const countsCases = metric === undefined || metric === 'cases' || metric === 'inquiries' || metric === 'persons';
  if (topic && countsCases && (found === undefined || found === 'case-type' || found === 'gender')) return { breakdown: 'case-type', category: topic };
  if (found === 'embassy') {
    const city = EMBASSY_CITIES.find((c) => new RegExp(`\\b${c}\\b`, 'u').test(text));
    return city ? { breakdown: found, category: city } : { breakdown: found };
  }
  if (found === 'staff-group') {
    const group = STAFF_GROUPS.find(([, p]) => new RegExp(p, 'u').test(text))?.[0];
    return group ? { breakdown: found, category: group } : { breakdown: found };
  }
  // "hvor mange lokale prosjekter": the municipalities' projects, not IMDi's national ones (and the other way round).
  if (found === undefined && metric === 'projects') {
    const local = /\blokale?\b|\blocal\b/u.test(text);
    const national = /\bnasjonale?\b|\bnational\b/u.test(text);
    if (local !== national) return { breakdown: 'project-level', category: local ? 'local' : 'national' };
  }
  if (found === 'campaign') {
    // "the summer campaign, and the Pride campaign?": both named, so every campaign is asked, not the first.
    const named = CAMPAIGNS.filter(([, p]) => p.test(text));
    const campaign = named.length === 1 ? named[0]?.[0] : undefined;
    return campaign ? { breakdown: found, category: campaign } : { breakdown: found };
  }
  if (found === 'county') {
    const county = placeIn(text, COUNTIES);
    return county ? { breakdown: found, category: county } : { breakdown: found };
  }
  // A country named in a question about cases ("saker om Afghanistan", "щодо Росії", "afghanske jenter"): the cases
  // from that country of origin, a split the sources publish only as an order, never as a count per country.
  const country = countries.find((c) => c !== 'NO');
  if (country && countsCases && (found === undefined || found === 'origin-country' || found === 'gender')) return { breakdown: 'origin-country', category: country };
  return found ? { breakdown: found } : {};
}

/** What a breakdown implies is counted when the question names nothing: "fordelt på kjønn" counts people, "hvilke land" cases. */
function metricForBreakdown(breakdown: BreakdownDimension | undefined): Metric | undefined {
  if (breakdown === 'gender') return 'persons';
  if (breakdown === 'organisation') return 'staff';
  if (breakdown !== undefined && (CASE_DIMENSIONS.includes(breakdown) || breakdown === 'origin-country')) return 'cases';
  if (breakdown === 'embassy' || breakdown === 'county' || breakdown === 'age' || breakdown === 'school') return 'cases';
  return undefined;
}

function modeOf(text: string, services: readonly ServiceId[], years: YearRange | undefined): StatsMode {
  if (TOTAL.test(text) && (services.length !== 1 || ALL_SERVICES.test(text))) return 'total';
  if (services.length >= 2) return 'compare';
  if (TREND.test(text) || (years !== undefined && years.toYear > years.fromYear && !TOTAL.test(text))) return 'trend';
  if (TOTAL.test(text) && years !== undefined && years.toYear > years.fromYear) return 'total';
  return 'value';
}

export interface StatsRecognizerOptions {
  /** The turn's clock; relative years resolve against its UTC year. */
  readonly now: () => Date;
  /** ISO codes of the countries a message names, in order (the contact directory's country names); none by default. */
  readonly findCountries?: (text: string, lng: Lang) => readonly string[];
}

/** The message as the patterns read it: other languages' statistics words as English cues, no punctuation. */
function cueText(normalized: string, lng?: Lang): string {
  // "oppdrag 2024-09" is an allocation-letter assignment: a named task, neither a year nor a count of assignments.
  return toEnglishCues(withoutNumberedAssignments(normalized), lng).replace(/[?!.,;:«»"“”()]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export interface StatsSlots {
  readonly services: readonly ServiceId[];
  readonly years?: YearRange;
  /** Only when the message names what is counted. */
  readonly metric?: Metric;
  readonly breakdown?: BreakdownDimension;
}

/**
 * What a message names, without deciding whether it asks for figures: for short follow-ups ("og i 2008?",
 * "og spesialutsendingene?", "and by gender?") that change one part of the last statistics question.
 */
export function readStatsSlots(normalized: string, now: Date, lng?: Lang): StatsSlots {
  const text = cueText(normalized, lng);
  const services = servicesIn(text);
  const years = askedYears(text, now.getUTCFullYear());
  const named = metricOfAskingSentence(normalized, lng, services) ?? metricIn(text, services);
  const { breakdown } = askedBreakdown(text, named);
  // "og fordelt på sakstype?" after "hvor mange oppdrag …": the split describes cases, so cases are what is counted.
  const metric = breakdown && CASE_DIMENSIONS.includes(breakdown) && named !== 'inquiries' && named !== 'persons' ? 'cases' : (named ?? metricForBreakdown(breakdown));
  return { services, ...(years ? { years } : {}), ...(metric ? { metric } : {}), ...(breakdown ? { breakdown } : {}) };
}

/** "sammenlignet med året før", "compared with the year before": the year named and the one before it. */
const PREVIOUS_YEAR = /(?:sammenlign\p{L}*|samanlikn\p{L}*|i forhold til|enn|mot|compared (?:to|with)|than|versus|vs) (?:i |med |with |to )?(?:året før|året føre|fjoråret|the year before|the previous year|the prior year|a year earlier|året etter)/u;

/** "fram til nå", "til i dag", "until now", "since 2016": a range that runs to the present. */
const UNTIL_NOW = /(?<!\p{L})(?:(?:fram|frem) til (?:nå|na|no|i dag)|til (?:nå|i dag)|up (?:un)?til now|until now|up to now|to date|to this day|(?:since|siden|sidan) (?:19|20)\d{2})(?!\p{L})/u;

/**
 * The years a question asks about. A year written out wins over a relative one beside it ("i fjor, altså 2023",
 * "last year (2023)"): the person says which year they mean. "sammenlignet med året før" adds the year before.
 */
function askedYears(text: string, year: number): YearRange | undefined {
  const explicit = explicitYears(text);
  // "fra 2016 og fram til nå", "since 2016": from the year named to this year (the answer says which have figures).
  if (explicit && explicit.fromYear === explicit.toYear && explicit.fromYear < year && UNTIL_NOW.test(text)) return { fromYear: explicit.fromYear, toYear: year };
  const years = explicit ?? relativeYears(text, year);
  if (years && years.fromYear === years.toYear && PREVIOUS_YEAR.test(text)) return { fromYear: years.fromYear - 1, toYear: years.toYear };
  return years;
}

/** "which countries", "hva gjaldt de fleste", "were most of them girls": the parts of a split are asked, not a count in each. */
const LIST_ASKED = /\b(?:hvilke|hvilket|hvilken|kva for|kva slags|hva slags|which|what|hva|kva|most|mostly|mest|flest|flesteparten|majority|vanligst|common|top|topp)\b/u;
/** "exact numbers", "nøyaktige tall", "per country": a count asked for each part, whatever else the question says. */
const EXACT = /\b(?:exact(?:ly)?|precise(?:ly)?|actual numbers?|eksakt\p{L}*|nøyaktig\p{L}*|noyaktig\p{L}*|nøyaktig|presis\p{L}*|per|each|hvert|hver|kvart|kvar|versus|vs|percent\p{L}*|prosent\p{L}*|prosentdel\p{L}*)\b/u;

/** "hvor mange nasjonale ressursmiljøer", "how many organisations": the organisations are what is counted. */
const COUNTS_ORGANISATIONS = /(?:hvor ?mange|kor mange|how many|number of|antall) (?:nasjonale |national )?(?:ressursmilj|resource environment|organisasjon|organisations|organizations)/u;

/**
 * "hvor mange saker om kjønnslemlestelse …? skal ha et foredrag for personalet": the one sentence that asks for a
 * number says what is counted; a remark beside it (what the figure is for) does not.
 */
function metricOfAskingSentence(normalized: string, lng: Lang | undefined, services: readonly ServiceId[]): Metric | undefined {
  const sentences = normalized.split(/(?<=[?!.؟።፧])\s+/u).filter((x) => x.trim().length > 0);
  if (sentences.length < 2) return undefined;
  const asking = sentences.map((x) => cueText(x, lng)).filter((x) => NUMBER_CUE.test(x));
  return asking.length === 1 && asking[0] !== undefined ? metricIn(asking[0], services) : undefined;
}

/** Parses one utterance; exported for tests and the evaluation report. Returns undefined when it is not about figures. */
export function parseStatsQuestion(
  normalized: string,
  now: Date,
  lng?: Lang,
  /** ISO codes of the countries the message names (the contact directory's country names), in order. */
  countries: readonly string[] = [],
): { query: StatsQueryModel; score: number } | undefined {
  const text = cueText(normalized, lng);
  const namedTask = withoutNumberedAssignments(normalized) !== normalized;
  const year = now.getUTCFullYear();
  let services = servicesIn(text);
  if (services.length === 0 && ALL_SERVICES.test(text)) services = [...CASE_HANDLING_SERVICES];
  const years = askedYears(text, year);
  const breakdownCue = BREAKDOWN_CUE.test(text);
  const cue = NUMBER_CUE.test(text);
  const trend = TREND.test(text);
  let metric = metricOfAskingSentence(normalized, lng, services) ?? metricIn(text, services);
  if ((metric === undefined || metric === 'persons' || metric === 'staff') && asksForHeadcount(text) && !/\bsak|cases?\b|henvendels|inquir|jenter|girls/u.test(text)) metric = 'staff';
  if (COUNTS_ORGANISATIONS.test(text)) metric = 'organisations';
  // "hvor mange jenter blir kjønnslemlestet?" asks about prevalence, not about a service's figures: gender words
  // count people only together with a service or a year.
  if (metric === 'persons' && !/personer|personar|\bpersons\b|individuals|people involved|involverte/u.test(text) && services.length === 0 && !years) metric = undefined;
  // A campaign's reach is its unique users (and views): "hvor mange nådde Pride-kampanjen?".
  // "Pride campaign numbers 2023?", "tall for kampanjen": a campaign's figures, no metric named, are its reach too.
  const campaignReach =
    services.includes('nora') && (metric === 'people-reached' || (metric === undefined && /kampanj|campaign|\bpride\b/u.test(text) && FIGURES_WORD.test(text)));
  if (campaignReach) metric = 'unique-users';
  const { breakdown, category } = askedBreakdown(text, metric, countries);
  // "saker fra minoritetsrådgiverne til Kompetanseteamet": the advisers referred the cases, Kompetanseteamet counted them.
  if (breakdown === 'referrer' && services.includes('kompetanseteamet')) services = ['kompetanseteamet'];
  // Named by the question itself, before defaults: a breakdown word alone ("Vestland", "home country") is no number question.
  const hasMetric = metric !== undefined;
  // "fordelt på kjønn" counts people; "hvilke land", "hva gjaldt" and a case type by name describe the cases.
  if ((metric === undefined || metric === 'positions') && breakdown === 'organisation') metric = 'staff';
  if (metric === undefined) metric = metricForBreakdown(breakdown);
  // A case type by name is about cases, whatever else the question counts ("figures I can use on forced marriage").
  if (category && breakdown === 'case-type' && metric !== 'inquiries' && metric !== 'persons') metric = 'cases';
  // "oppdrag fordelt på sakstype": a split that describes cases counts cases, never assignments or staff.
  if (breakdown && CASE_DIMENSIONS.includes(breakdown) && metric !== undefined && !['cases', 'inquiries', 'persons'].includes(metric)) metric = 'cases';

  const hasService = services.length > 0;
  // How sure. A number cue with a service and a metric is certain; a service and a year alone only "maybe" (0.45).
  // The top scores beat the contacts recognizer's 0.9 for a bare service name: the question also asks for a number,
  // names a year and something counted, or asks how the cases split up.
  let score: number;
  // "how many cases did Kompetanseteamet have in 2019?", "case numbers for 2019 and 2020": a count of a named thing,
  // of a named service, in a named year, is a figure question even when it says "numbers" or names a country or an
  // embassy (which alone would ask for a contact).
  if (cue && hasService && hasMetric && years && metric !== 'staff') score = 0.995;
  // "which countries of origin did the advisers' cases have in 2023 — was Afghanistan among them?": the split of a
  // named count of a named service in a named year, even when it names a country.
  else if (breakdown && breakdownCue && hasService && hasMetric && years && metric !== 'staff') score = 0.995;
  else if (cue && hasService && hasMetric) score = 0.95;
  else if (cue && hasService && years) score = 0.92;
  else if (hasService && hasMetric && years) score = 0.92;
  else if (breakdown && breakdownCue && hasService && hasMetric) score = 0.92;
  else if (cue && (hasService || hasMetric)) score = 0.85;
  else if (breakdown && breakdownCue && (hasService || hasMetric)) score = 0.85;
  else if (services.length >= 2 && COMPARE.test(text)) score = 0.85;
  else if (breakdown && hasService && hasMetric) score = 0.8;
  // "hvor mange kom hjem?", "how many FGM cases?": a number asked about what happened in the cases, or about a case type.
  // A case type alone ("hvor mange jenter blir kjønnslemlestet?") asks about prevalence: figures only with a word for them.
  else if (cue && (breakdown === 'outcome' || (breakdown === 'case-type' && category !== undefined && (FIGURES_WORD.test(text) || countsTopic(text))))) score = 0.85;
  else if (trend && hasService && hasMetric) score = 0.8;
  else if (hasMetric && years && metric !== 'staff') score = 0.6;
  else if (isStatsCommand(normalized)) score = 0.99;
  else if (cue && /statisti|\bstats\b|\btall\b|figures|numbers/u.test(text)) score = 0.7;
  // A service and a year alone, "maybe": not when the message asks what something is, or names an allocation-letter task ("oppdrag 2024-12 … i 2024").
  // "hvilke tiltak fikk IMDi i 2008?" asks for a list of things, not a figure.
  else if (hasService && years && !namedTask && !/hva er|kva er|what is|who are|hvem er|kven er|\bhvilke\b|\bhvilken\b|\bkva for\b|\bwhich\b|hva vet du om|kva veit du om|what do you know about|tell me about|fortell (?:meg )?om|kontakt|contact|telefon|phone|\bring\b|\bcall\b/u.test(text)) score = 0.45;
  else return undefined;

  const resolvedMetric = metric ?? (hasService ? defaultMetric(services[0]) : undefined);
  // A campaign's views and unique users are both split by campaign; other splits are asked about one thing.
  const asked = breakdown && breakdown !== 'campaign' ? [] : otherMetricsAsked(text, services, resolvedMetric);
  // "the reach numbers for the Pride campaign": its unique users and its views, both published as its reach.
  const alsoMetrics = campaignReach && !asked.includes('views') ? [...asked, 'views' as const] : asked;
  const mode = years && !breakdown && PREVIOUS_YEAR.test(text) && years.fromYear < years.toYear ? 'difference' : modeOf(text, services, years);
  const countsPerPart = breakdown !== undefined && category === undefined && (EXACT.test(text) || !LIST_ASKED.test(text));
  const month = monthBeforeYear(text);
  const query: StatsQueryModel = {
    ...(services[0] ? { service: services[0] } : {}),
    services,
    ...(resolvedMetric ? { metric: resolvedMetric } : {}),
    ...(years ? { fromYear: years.fromYear, toYear: years.toYear } : {}),
    ...(month !== undefined && years && years.fromYear === years.toYear ? { month } : {}),
    ...(breakdown ? { breakdown } : {}),
    ...(category ? { category } : {}),
    ...(alsoMetrics.length > 0 ? { alsoMetrics } : {}),
    ...(countsPerPart ? { countsPerPart } : {}),
    mode,
  };
  return { query, score };
}

export function isRegisterRequest(normalized: string): boolean {
  return REGISTER.test(normalized.replace(/[?!.]+$/u, '').trim()) || isRegisterRequestOther(normalized);
}

/** Where one part of a message ends: "how many cases did the envoys have, and who covers Ethiopia?" is two. */
const CLAUSE_END = /[,;:?!؟،፣።]+/u;

/**
 * The countries named in the parts of a message that ask for figures themselves: "… per country, and who covers
 * Ethiopia?" asks about cases and, apart, about a contact; the country belongs to the contact question.
 */
function countriesAsked(u: Utterance, find: (text: string, lng: Lang) => readonly string[], now: Date): string[] {
  // A people named in another language ("افغان‌ها") is found as its English demonym in the cue text.
  const named = (text: string): readonly string[] => {
    const own = find(text, u.lng);
    return own.length > 0 ? own : find(toEnglishCues(normalize(text), u.lng), 'en');
  };
  if (named(u.text).length === 0) return [];
  return u.text
    .split(CLAUSE_END)
    .filter((clause) => named(clause).length > 0 && parseStatsQuestion(normalize(clause), now, u.lng) !== undefined)
    .flatMap((clause) => named(clause));
}

export function createStatsRecognizer(options: StatsRecognizerOptions): Recognizer<StatsIntent | RegisterCaseIntent> {
  return {
    name: 'stats',
    recognize(u: Utterance): Candidate<StatsIntent | RegisterCaseIntent>[] {
      if (isRegisterRequest(u.normalized)) return [{ intent: { kind: 'register-case' }, score: 0.95, source: 'stats' }];
      const parsed = parseStatsQuestion(u.normalized, options.now(), u.lng, options.findCountries ? countriesAsked(u, options.findCountries, options.now()) : []);
      if (!parsed) return [];
      return [{ intent: { kind: 'stats', query: parsed.query }, score: parsed.score, source: 'stats' }];
    },
  };
}
