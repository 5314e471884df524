/**
 * Is every fact in ../shared/domain.md answerable? For each fact in ../shared/domain-facts.json, a question built from
 * the fact's own fields (a template per kind of value, in bokmål, in nynorsk as people type it, and in English) goes through the real bot with
 * the conversation evaluation's runner; the fact counts as answered when the reply shows its value: a number as the
 * bot formats it (compared digit by digit, "1 846 880", "37,5", "2,2 mill." all count), a text by its words.
 *
 *   npx tsx scripts/domain-coverage.ts            the facts not answered, grouped by topic, service and metric
 *   npx tsx scripts/domain-coverage.ts --all      every fact, answered or not
 *   npx tsx scripts/domain-coverage.ts --json=F   also the result per fact and language as JSON
 *
 * The questions are generated, never hand-tuned: a gap is closed in the store, the statistics words or an article,
 * not by rewording a question. test/content/domain-coverage.test.ts keeps a floor under the share answered.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { countryTables } from '../src/contacts/country-names';
import { formatNumber } from '../src/stats/answers/stats-card';
import { toBokmal } from '../src/language/spelling';
import { containsFact, createConversationRunner, normalizeForMatch, readTurn, type ConversationRunner, type TurnView } from '../src/evaluation/conversation-eval';

const FACTS_FILE = path.resolve(__dirname, '../../shared/domain-facts.json');

const factSchema = z.object({
  id: z.string(),
  topic: z.string(),
  service: z.string().nullable(),
  year: z.number().int().nullable(),
  metric: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  breakdown: z.unknown(),
  statement_nb: z.string(),
  source: z.object({ file: z.string(), lines: z.string() }).passthrough(),
});
export type DomainFact = z.infer<typeof factSchema>;

export function loadDomainFacts(file: string = FACTS_FILE): DomainFact[] {
  return z.array(factSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export type QuestionLang = 'nb' | 'nn' | 'en';
export const QUESTION_LANGS: readonly QuestionLang[] = ['nb', 'nn', 'en'];

// ─── The questions: a template per kind of value, filled in from the fact's fields ───────────────────────────

/** The service as a person names it; a fact without a service is named by its topic. */
const SERVICE_WORDS: Readonly<Record<string, Readonly<Record<QuestionLang, string>>>> = {
  mangfoldsrådgivere: { nb: 'mangfoldsrådgiverne', nn: 'mangfaldsrådgjevarane', en: 'the diversity advisers' },
  'spesialutsendinger for integreringssaker': { nb: 'spesialutsendingene', nn: 'spesialutsendingane', en: 'the special envoys' },
  'IMDis fagteam for forebygging av negativ sosial kontroll og æresrelatert vold': { nb: 'IMDis fagteam', nn: 'fagteamet til IMDi', en: "IMDi's expert team" },
  'Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold': { nb: 'Kompetanseteamet', nn: 'Kompetanseteamet', en: 'Kompetanseteamet' },
  'Kompetanseteamet mot tvangsekteskap (2008)': { nb: 'Kompetanseteamet', nn: 'Kompetanseteamet', en: 'Kompetanseteamet' },
  'Nora (nettportal)': { nb: 'Nora', nn: 'Nora', en: 'Nora' },
  RVTS: { nb: 'RVTS', nn: 'RVTS', en: 'RVTS' },
  'ung.no': { nb: 'ung.no', nn: 'ung.no', en: 'ung.no' },
  'minoritetsrådgivere (2008)': { nb: 'minoritetsrådgiverne', nn: 'minoritetsrådgjevarane', en: 'the minority advisers' },
  'integreringsrådgivere (2008)': { nb: 'integreringsrådgiverne', nn: 'integreringsrådgjevarane', en: 'the integration advisers' },
  'minoritets- og integreringsrådgivere (2008)': { nb: 'minoritets- og integreringsrådgiverne', nn: 'minoritets- og integreringsrådgjevarane', en: 'the minority and integration advisers' },
};

const TOPIC_WORDS: Readonly<Record<string, Readonly<Record<QuestionLang, string>>>> = {
  'likestilling IMDi': { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
  tilskudd: { nb: 'tilskuddene', nn: 'tilskota', en: 'the grants' },
  'tildelingsbrev 2024': { nb: 'tildelingsbrevet', nn: 'tildelingsbrevet', en: 'the allocation letter' },
  avvik: { nb: 'kildene', nn: 'kjeldene', en: 'the sources' },
  forskning: { nb: 'forskningen', nn: 'forskinga', en: 'the research' },
  bakgrunn: { nb: 'negativ sosial kontroll', nn: 'negativ sosial kontroll', en: 'negative social control' },
  nettverk: { nb: 'nettverkene', nn: 'nettverka', en: 'the networks' },
  handlingsplaner: { nb: 'handlingsplanene', nn: 'handlingsplanane', en: 'the action plans' },
  historikk: { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
  'andre aktører': { nb: 'de nasjonale ressursmiljøene', nn: 'dei nasjonale ressursmiljøa', en: 'the national resource environments' },
  organisering: { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
  konferanser: { nb: 'den nasjonale konferansen', nn: 'den nasjonale konferansen', en: 'the national conference' },
  ungdomspanel: { nb: 'ungdomspanelet', nn: 'ungdomspanelet', en: 'the youth panel' },
  formål: { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
  navnehistorikk: { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
  samordning: { nb: 'de særskilte tjenestene', nn: 'dei særskilde tenestene', en: 'the special services' },
  måloppnåelse: { nb: 'IMDi', nn: 'IMDi', en: 'IMDi' },
};

function subjectOf(fact: DomainFact, lang: QuestionLang): string {
  const words = (fact.service ? SERVICE_WORDS[fact.service] : undefined) ?? TOPIC_WORDS[fact.topic];
  return words?.[lang] ?? fact.service ?? fact.topic;
}

/**
 * The metric's words in English, word by word; a word not listed stays as it is (a name such as "Pride",
 * "Superminoritet" or "Proba" is the same in both). Simple on purpose: the English question is a second way of
 * asking, not a translation someone reviewed.
 */
const METRIC_WORDS_EN: Readonly<Record<string, string>> = {
  antall: 'number of', saker: 'cases', sakene: 'the cases', sak: 'case', med: 'with', råd: 'advice', og: 'and', veiledning: 'guidance',
  henvendelser: 'inquiries', til: 'to', fra: 'from', i: 'in', på: 'on', om: 'about', for: 'for', av: 'of', blant: 'among',
  mangfoldsrådgivere: 'diversity advisers', spesialutsendinger: 'special envoys', kompetansehevingsoppdrag: 'competence-raising assignments',
  nye: 'new', stillinger: 'positions', ansatte: 'employees', andel: 'share of', kvinner: 'women', menn: 'men', toppledelsen: 'top management',
  mellomledere: 'middle managers', saksbehandlere: 'caseworkers', kvinners: "women's", lønn: 'pay', prosent: 'percent', menns: "men's",
  totalt: 'total', midlertidig: 'temporarily', innvandrerbakgrunn: 'immigrant background', årsgjennomsnitt: 'annual average',
  legemeldt: 'medically certified', sykefravær: 'sick leave', tilskudd: 'grant', tildeling: 'allocation', visninger: 'views',
  unike: 'unique', brukere: 'users', trafikk: 'traffic', kampanjer: 'campaigns', kampanje: 'campaign', sommerferiekampanje: 'summer holiday campaign',
  ufrivillig: 'involuntary', utenlandsopphold: 'stay abroad', personer: 'persons', som: 'who', fikk: 'got', kompetanseheving: 'competence raising',
  gjennomført: 'completed', tvangsekteskap: 'forced marriage', frykt: 'fear', skoler: 'schools', rådgivere: 'advisers', utenriksstasjoner: 'embassies',
  møter: 'meetings', medlemmer: 'members', foredrag: 'lectures', kompetansehevingstiltak: 'competence-raising measures', meldt: 'reported',
  juni: 'June', minoritetsrådgiverne: 'the minority advisers', minoritetsrådgiver: 'minority adviser',
  integreringsrådgivere: 'integration advisers', minoritetsrådgivere: 'minority advisers', besvarte: 'answered', spørsmål: 'questions',
  oppgave: 'task', erfaring: 'experience', mandat: 'mandate', målgruppe: 'target group', målgrupper: 'target groups', formål: 'purpose',
  innhold: 'content', samarbeid: 'cooperation', historier: 'stories', landingsside: 'landing page', animasjonsfilm: 'animated film',
  brukermedvirkning: 'user involvement', kampanjetyper: 'campaign types', bruk: 'use', midlene: 'the funds', nettverk: 'network',
  nasjonal: 'national', nasjonale: 'national', konferanse: 'conference', konferansenavn: 'conference name', ressursmiljø: 'resource environments',
  prosjekter: 'projects', lokale: 'local', tiltak: 'measures', søkere: 'applicants', delmål: 'sub-goal', oppdrag: 'assignment',
  frist: 'deadline', bakgrunn: 'background', ansvar: 'responsibility', første: 'first', rapport: 'report', samlet: 'joint', årsrapport: 'annual report',
  særskilte: 'special', tjenester: 'services', navneendring: 'change of name', opprettet: 'established', flyttet: 'moved', hovedoppgave: 'main task',
  typisk: 'typical', kanaler: 'channels', forbehold: 'reservations', hvem: 'who', henvender: 'contacts', seg: '', rådgivernes: "the advisers'",
  alder: 'age', ansettelsesforhold: 'employment', ansettelsestidspunkt: 'time of hiring', oppstart: 'start', forebygge: 'prevent', frafall: 'drop-out',
  forebygging: 'prevention', frivillige: 'volunteers', siden: 'since', tabell: 'table', jobbet: 'worked', ukjent: 'unknown', kjønn: 'gender',
  opprinnelsesland: 'countries of origin', sakstyper: 'case types', dominerende: 'main', sakstype: 'case type', karakter: 'nature', effekt: 'effect',
  opphold: 'stays', norge: 'Norway', mål: 'goal', tema: 'topic', andre: 'other', tverrfaglige: 'interdisciplinary', fagdager: 'seminars', ny: 'new',
  strategi: 'strategy', kompetanseoverføring: 'transfer of competence', imdis: "IMDi's", deltakelse: 'participation', teamet: 'the team',
  veileder: 'advises', styrking: 'strengthening', kompetanseteamet: 'Kompetanseteamet', kunnskapsdepartementet: 'the Ministry of Education',
  navn: 'name', variant: 'variant', opptrappingsplan: 'escalation plan', handlingsplan: 'action plan', mot: 'against', rasisme: 'racism',
  diskriminering: 'discrimination', divisjon: 'division', samling: 'gathering', hjelpetjenester: 'support services', rammes: 'is affected',
  myndighetenes: "the authorities'", plikt: 'duty', forskningsfunn: 'research finding', utvikling: 'development', ansvarsdeling: 'division of responsibility',
  utenriksstasjon: 'embassy', dekningsområde: 'area covered', plassering: 'placement', videreføring: 'continuation',
  mediedeltakelse: 'media participation', eier: 'owner', drift: 'operation', registreringssystem: 'registration system', registertjeneste: 'register service',
  analyser: 'analyses', aktørkart: 'map of actors', referansegruppe: 'reference group', praktikernettverk: 'practitioners network', nordisk: 'Nordic',
  innspill: 'input', lovutvalg: 'law committee', integreringsarbeid: 'integration work', org: 'organisations', post: 'item', tilskuddsordning: 'grant scheme',
  kommunenes: "the municipalities'", forvaltningen: 'administration', styringsparameter: 'performance indicator', bevilgning: 'appropriation',
  pilot: 'pilot', voksenopplæring: 'adult education', melde: 'report', styrket: 'strengthened', samordning: 'coordination', overføring: 'transfer',
  forebyggingsenheten: 'the prevention unit', forebyggingsenhetens: "the prevention unit's", imdi: 'IMDi',
  ansettelser: 'hires', målgruppen: 'the target group', funksjonsnedsettelse: 'disability', hull: 'gap', cv: 'CV', høy: 'high',
  psykologisk: 'psychological', trygghet: 'safety', deltidsansatte: 'part-time employees', krise: 'crisis', konflikthåndtering: 'conflict management',
  vurdering: 'assessment', seks: 'six', fire: 'four', utledet: 'derived', økning: 'increase', tidspunkt: 'time', felles: 'joint', leder: 'leads',
  periode: 'period', frivillighetstilskuddet: 'the voluntary grant', landbakgrunn: 'country background', gruppe: 'group', dato: 'date',
  budsjettvedtak: 'budget decision', oppgitt: 'stated', gammelt: 'old', brukt: 'used', overordnet: 'overall', prioritet: 'priority',
  ungdomspanelet: 'the youth panel', integreringskartet: 'the integration map', ordningene: 'the schemes', under: 'under', integreringsloven: 'the Integration Act',
  sosial: 'social', negativ: 'negative', kontroll: 'control', gjennom: 'through', sosiale: 'social', medier: 'media', beskyttelse: 'protection',
  krisesentertilbud: 'crisis centres', vil: 'want', gjerne: 'to', vite: 'know', mer: 'more', funn: 'findings', frihet: 'freedom',
  æresrelatert: 'honour-related', vold: 'violence', overgrep: 'abuse', kjønns: 'gender', seksualitetsmangfold: 'sexual diversity', informasjon: 'information',
  kap: 'chapter', skolen: 'school', nettverkssamlinger: 'network meetings', enkeltsaker: 'individual cases',
};

/**
 * The metric's words in nynorsk as people type it, word by word where the bokmål word differs ("henvendelser" →
 * "førespurnader", "tilskudd" → "tilskot", "ansatte" → "tilsette"); a word not listed is the same in both.
 */
const METRIC_WORDS_NN: Readonly<Record<string, string>> = {
  henvendelser: 'førespurnader', veiledning: 'rettleiing', mangfoldsrådgivere: 'mangfaldsrådgjevarar', spesialutsendinger: 'spesialutsendingar',
  mangfoldsrådgiverstillinger: 'mangfaldsrådgjevarstillingar', stillinger: 'stillingar', ansatte: 'tilsette', andel: 'delen', mellomledere: 'mellomleiarar',
  saksbehandlere: 'sakshandsamarar', lønn: 'løn', sykefravær: 'sjukefråvær', tilskudd: 'tilskot', visninger: 'visingar', brukere: 'brukarar',
  kampanjer: 'kampanjar', personer: 'personar', fikk: 'fekk', skoler: 'skular', rådgivere: 'rådgjevarar', utenriksstasjoner: 'utanriksstasjonar',
  utenriksstasjon: 'utanriksstasjon', møter: 'møte', minoritetsrådgiverne: 'minoritetsrådgjevarane', minoritetsrådgiver: 'minoritetsrådgjevar',
  integreringsrådgivere: 'integreringsrådgjevarar', integreringsrådgiver: 'integreringsrådgjevar', minoritetsrådgivere: 'minoritetsrådgjevarar',
  besvarte: 'svara', innhold: 'innhald', kampanjetyper: 'kampanjetypar', midlene: 'midlane', prosjekter: 'prosjekt', søkere: 'søkjarar',
  samlet: 'samla', samlede: 'samla', særskilte: 'særskilde', tjenester: 'tenester', navneendring: 'namneendring', navn: 'namn', opprettet: 'oppretta',
  flyttet: 'flytta', hovedoppgave: 'hovudoppgåve', oppgave: 'oppgåve', kanaler: 'kanalar', forbehold: 'atterhald', hvem: 'kven', henvender: 'vender',
  rådgivernes: 'rådgjevarane sin', ansettelsesforhold: 'tilsetjingsforhold', ansettelsestidspunkt: 'tilsetjingstidspunkt', ansettelser: 'tilsetjingar',
  forebygge: 'førebyggje', forebygging: 'førebygging', forebyggingsenheten: 'førebyggingseininga', forebyggingsenhetens: 'førebyggingseininga si',
  frafall: 'fråfall', siden: 'sidan', jobbet: 'jobba', ukjent: 'ukjend', opprinnelsesland: 'opphavsland', sakstyper: 'sakstypar', dominerende: 'dominerande',
  opphold: 'opphald', utenlandsopphold: 'utanlandsopphald', norge: 'Noreg', fagdager: 'fagdagar', deltakelse: 'deltaking', veileder: 'rettleier',
  hjelpetjenester: 'hjelpetenester', myndighetenes: 'styresmaktene sin', forskningsfunn: 'forskingsfunn', videreføring: 'vidareføring',
  mediedeltakelse: 'mediedeltaking', 'eier/drift': 'eigar/drift', registertjeneste: 'registerteneste', praktikernettverk: 'praktikarnettverk',
  innspill: 'innspel', lovutvalg: 'lovutval', tilskuddsordning: 'tilskotsordning', kommunenes: 'kommunane sin', forvaltningen: 'forvaltninga',
  bevilgning: 'løyving', voksenopplæring: 'vaksenopplæring', styrket: 'styrkt', samordningen: 'samordninga', målgruppen: 'målgruppa',
  'funksjonsnedsettelse/hull': 'funksjonsnedsetjing/hol', høy: 'høg', trygghet: 'tryggleik', deltidsansatte: 'deltidstilsette',
  konflikthåndtering: 'konflikthandtering', utledet: 'utleidd', økning: 'auke', frivillighetstilskuddet: 'frivilligheitstilskotet', oppgitt: 'oppgjeve',
  overordnet: 'overordna', ordningene: 'ordningane', integreringsloven: 'integreringslova', medier: 'medium', beskyttelse: 'vern',
  krisesentertilbud: 'krisesentertilbod', mer: 'meir', frihet: 'fridom', vold: 'vald', skolen: 'skulen', nettverkssamlinger: 'nettverkssamlingar',
  midlertidig: 'mellombels', innvandrerbakgrunn: 'innvandrarbakgrunn', sakenes: 'sakene sin', nytt: 'nytt', hva: 'kva', hvor: 'kor', fra: 'frå',
};

function metricWords(fact: DomainFact, lang: QuestionLang): string {
  const words = fact.metric.replace(/^antall /u, '').replace(/[():]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (lang === 'nb') return words;
  const table = lang === 'nn' ? METRIC_WORDS_NN : METRIC_WORDS_EN;
  return words
    .split(' ')
    .map((w) => table[w.toLowerCase()] ?? w)
    .filter((w) => w.length > 0)
    .join(' ');
}

type ValueKind = 'count' | 'percent' | 'money' | 'when' | 'text';

export function valueKind(fact: DomainFact): ValueKind {
  if (typeof fact.value === 'string') return 'text';
  // A year as the value ("opprettet: 2004"): asked "when", and the year stays out of the question.
  if (fact.unit === 'år') return 'when';
  if (fact.unit === 'prosent' || fact.unit === 'prosent stilling') return 'percent';
  if (fact.unit?.includes('kroner')) return 'money';
  return 'count';
}

/** The question for a fact in one language, from a template per kind of value (nynorsk as people type it: kor mange, kva, kor mykje, når vart). */
export function questionFor(fact: DomainFact, lang: QuestionLang): string {
  const subject = subjectOf(fact, lang);
  const metric = metricWords(fact, lang);
  const inYear = fact.year === null || valueKind(fact) === 'when' ? '' : lang === 'en' ? ` in ${fact.year}` : ` i ${fact.year}`;
  const templates: Readonly<Record<ValueKind, Readonly<Record<QuestionLang, string>>>> = {
    count: { nb: `hvor mange ${metric} hadde ${subject}${inYear}?`, nn: `kor mange ${metric} hadde ${subject}${inYear}?`, en: `how many ${metric} did ${subject} have${inYear}?` },
    percent: { nb: `hva var ${metric} for ${subject}${inYear}?`, nn: `kva var ${metric} for ${subject}${inYear}?`, en: `what was the ${metric} for ${subject}${inYear}?` },
    money: { nb: `hvor mye var ${metric} for ${subject}${inYear}?`, nn: `kor mykje var ${metric} for ${subject}${inYear}?`, en: `how much was the ${metric} for ${subject}${inYear}?` },
    when: { nb: `når ble ${subject} ${metric}?`, nn: `når vart ${subject} ${metric}?`, en: `when was ${subject} ${metric}?` },
    text: { nb: `hva vet du om ${metric} for ${subject}${inYear}?`, nn: `kva veit du om ${metric} for ${subject}${inYear}?`, en: `what do you know about ${metric} for ${subject}${inYear}?` },
  };
  return templates[valueKind(fact)][lang];
}

// ─── The check: does the reply show the value? ──────────────────────────────────────────────────────────────

/** Every way the bot may write a number: as it formats it in Norwegian ("1 846 880", "37,5") and English ("1,846,880"), whole or in millions. */
export function numberSpellings(fact: DomainFact): string[] {
  if (typeof fact.value !== 'number') return [];
  const values = new Set<number>([fact.value]);
  if (fact.unit?.startsWith('mill.')) values.add(Math.round(fact.value * 1_000_000));
  if (fact.unit === 'kroner' && fact.value >= 1_000_000) values.add(Math.round(fact.value / 10_000) / 100);
  const spellings = new Set<string>();
  for (const v of values) {
    spellings.add(String(v));
    for (const lng of ['nb', 'en'] as const) spellings.add(formatNumber(v, lng));
  }
  return [...spellings];
}

const STOPWORDS = new Set(['og', 'i', 'på', 'av', 'for', 'med', 'til', 'om', 'de', 'den', 'det', 'en', 'et', 'som', 'gir', 'mer', 'ulike', 'enkelte', 'flere', 'fra', 'er']);

/**
 * The words a text value is recognised by: a word's first five letters (Norwegian endings vary), no small words; a
 * number whole, however short (the ends of a span, "24–62 år", "2004–2008").
 */
function textKeys(value: string): string[] {
  return normalizeForMatch(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\d+$/u.test(w) || (w.length >= 3 && !STOPWORDS.has(w)))
    .map((w) => (/^\d+$/u.test(w) ? w : w.slice(0, 5)));
}

/** Whether the folded reply holds a key: a number whole (24 is not found in 2024), a word's start anywhere. */
function holdsKey(haystack: string, key: string): boolean {
  return /^\d+$/u.test(key) ? new RegExp(`(?<!\\d)${key}(?!\\d)`, 'u').test(haystack) : haystack.includes(key);
}

/**
 * Names, numbers and years in a text value: the part of it an English reply shows as it is. The first word of a
 * sentence may be a name ("Nora", "Fagteamet") or not ("Gjennom", "Departementet", "Bruk": an English reply never
 * shows those), so it is asked for only when the sentences name nothing else, and then any one of them will do; a
 * word capitalised inside as well (IMDi, NKVTS, DigiUng) is a name wherever it stands.
 */
function textNames(value: string): { readonly required: string[]; readonly initial: string[] } {
  const required: string[] = [];
  const initial: string[] = [];
  const norm = (w: string) => normalizeForMatch(w).replace(/[.:]+$/u, '');
  for (const sentence of value.split(/(?<=[.!?])\s+/u)) {
    const words = sentence.split(/[\s,;()/«»"–-]+/u).filter((w) => w.length > 0);
    words.forEach((w, i) => {
      if (/\d/u.test(w) || (/^\p{Lu}/u.test(w) && (i > 0 || /^.\p{Ll}*\p{Lu}/u.test(w)))) required.push(norm(w));
      else if (i === 0 && /^\p{Lu}/u.test(w)) initial.push(norm(w));
    });
  }
  return { required: required.filter((w) => w.length >= 2), initial: initial.filter((w) => w.length >= 2) };
}

/**
 * Norwegian names an English reply translates, as it writes them: a country ("Irak" → "Iraq", "Tyrkia" → "Turkey",
 * "Norge" → "Norway", from the country-name packages the bot reads) and a service named by a Norwegian noun at the
 * head of a sentence ("Mangfoldsrådgiverne" → "diversity advisers"; the bot's English articles name the services so).
 */
const SERVICE_NAMES_EN: ReadonlyArray<readonly [nbStem: string, en: string]> = [
  ['mangfoldsrådgiver', 'diversity advis'],
  ['minoritetsrådgiver', 'minority advis'],
  ['integreringsrådgiver', 'integration advis'],
  ['spesialutsending', 'special envoy'],
  ['fagteam', 'expert team'],
];
let countriesEn: Map<string, string[]> | undefined;
function englishNames(name: string): string[] {
  if (!countriesEn) {
    countriesEn = new Map();
    const { nb, en } = countryTables().packages.names;
    for (const [code, names] of Object.entries(nb ?? {})) {
      const english = (en?.[code] ?? []).map(normalizeForMatch);
      for (const n of names) if (english.length > 0) countriesEn.set(normalizeForMatch(n), english);
    }
  }
  const service = SERVICE_NAMES_EN.find(([stem]) => name.startsWith(normalizeForMatch(stem)));
  return [...(countriesEn.get(name) ?? []), ...(service ? [service[1]] : [])];
}

/** A name as an English reply writes it: the Norwegian genitive "IMDis", "Noras" is "IMDi's", "Nora's"; see `englishNames`. */
function showsName(haystack: string, name: string): boolean {
  return (
    haystack.includes(name) ||
    (name.length > 3 && name.endsWith('s') && haystack.includes(name.slice(0, -1))) ||
    englishNames(name).some((n) => haystack.includes(n))
  );
}

/** Whether the reply shows a text's names (see `textNames`); undefined when the text names nothing. */
function showsNames(haystack: string, text: string): boolean | undefined {
  const { required, initial } = textNames(text);
  if (required.length > 0) return required.every((n) => showsName(haystack, n));
  if (initial.length > 0) return initial.some((n) => showsName(haystack, n));
  return undefined;
}

/** A text's words in their bokmål form ("utsette" → "utsatte", "fleire" → "flere"), lower-cased; see `toBokmal`. */
function bokmalWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(toBokmal)
    .join(' ');
}

export type ReplyKind = 'answered' | 'wrong-figure' | 'did-you-mean' | 'cannot-answer' | 'no-answer' | 'error';

/**
 * Whether the reply shows the fact. A number is found whole (2 is not found in 2023); a text value in Norwegian by
 * at least half of its words (in nynorsk also by their bokmål forms), in English by its names and numbers (an English reply translates the rest; a value
 * with neither is found by the words of its Norwegian statement only if the reply quotes the source).
 */
export function judgeReply(fact: DomainFact, lang: QuestionLang, view: TurnView, error?: string): ReplyKind {
  if (error) return 'error';
  const shown = view.texts;
  let found: boolean;
  if (typeof fact.value === 'number') {
    found = containsFact(shown, numberSpellings(fact));
  } else {
    // A nynorsk reply says the value in nynorsk ("følgje opp utsette" for "oppfølging av utsatte"): its words are also
    // read in their bokmål form, as the bot's own reader does, so the value's bokmål words can meet them.
    const written = lang === 'nn' ? shown.map((t) => `${t} ${bokmalWords(t)}`) : shown;
    const haystack = written.map(normalizeForMatch).join(' ');
    const names = lang === 'en' ? showsNames(haystack, fact.value) : undefined;
    if (names !== undefined) found = names;
    else {
      const keys = lang === 'en' ? [] : textKeys(fact.value);
      const hits = keys.filter((k) => holdsKey(haystack, k)).length;
      found = keys.length > 0 && hits * 2 >= keys.length;
      if (lang === 'en') {
        // Nothing in the value reads the same in English: the reply must at least answer with the statement's names.
        const statementNames = showsNames(haystack, fact.statement_nb.replace(/(?<!\d)\d{4}(?!\d)/gu, ' '));
        found = view.answers > 0 && !view.didYouMean && !view.cannotAnswer && statementNames === true;
      }
    }
  }
  if (found) return 'answered';
  if (view.didYouMean) return 'did-you-mean';
  if (view.cannotAnswer) return 'cannot-answer';
  if (view.answers === 0) return 'no-answer';
  return 'wrong-figure';
}

export interface FactResult {
  readonly fact: DomainFact;
  readonly lang: QuestionLang;
  readonly question: string;
  readonly kind: ReplyKind;
}

export interface CoverageReport {
  readonly results: readonly FactResult[];
  /** Share of facts answered, per language (0–1). */
  readonly share: Readonly<Partial<Record<QuestionLang, number>>>;
}

export async function runCoverage(runner: ConversationRunner, facts: readonly DomainFact[], langs: readonly QuestionLang[] = QUESTION_LANGS): Promise<CoverageReport> {
  const results: FactResult[] = [];
  for (const fact of facts) {
    for (const lang of langs) {
      const question = questionFor(fact, lang);
      const run = await runner.converse({ lang, turns: [question] });
      results.push({ fact, lang, question, kind: judgeReply(fact, lang, readTurn(run.replies, runner.markers), run.error) });
    }
  }
  const share: Partial<Record<QuestionLang, number>> = {};
  for (const lang of langs) {
    const mine = results.filter((r) => r.lang === lang);
    share[lang] = mine.length === 0 ? 0 : mine.filter((r) => r.kind === 'answered').length / mine.length;
  }
  return { results, share };
}

export function formatCoverage(report: CoverageReport, options: { readonly all?: boolean } = {}): string {
  const lines: string[] = [];
  const shown = report.results.filter((r) => options.all || r.kind !== 'answered');
  const groups = new Map<string, FactResult[]>();
  for (const r of shown) {
    const key = `${r.fact.topic} / ${r.fact.service ?? '–'} / ${r.fact.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, results] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(key);
    for (const r of results) lines.push(`  ${r.fact.id} ${r.lang} ${r.kind.padEnd(13)} ${JSON.stringify(r.fact.value)}  ← ${r.question}`);
  }
  const counts = (lang: QuestionLang) => {
    const byKind = new Map<ReplyKind, number>();
    for (const r of report.results.filter((x) => x.lang === lang)) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    return [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  lines.push('');
  for (const lang of Object.keys(report.share) as QuestionLang[]) {
    lines.push(`${lang}: ${((report.share[lang] ?? 0) * 100).toFixed(1)} % answered (${counts(lang)})`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const facts = loadDomainFacts();
  const runner = await createConversationRunner();
  try {
    const report = await runCoverage(runner, facts);
    console.log(formatCoverage(report, { all: process.argv.includes('--all') }));
    const json = process.argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);
    if (json) {
      const rows = report.results.map((r) => ({ id: r.fact.id, topic: r.fact.topic, lang: r.lang, kind: r.kind, question: r.question }));
      writeFileSync(json, JSON.stringify({ share: report.share, results: rows }, null, 1));
    }
  } finally {
    await runner.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
