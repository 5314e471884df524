/**
 * Spelling equivalences and domain vocabulary, applied to article phrasings and to questions alike,
 * so that "kva er nsk", "hva er negativ sosial kontroll" and "what is NSC" meet on the same tokens.
 *
 * Each text family is indexed on its own:
 * - `no`: bokmål and nynorsk (nynorsk forms are mapped to bokmål, then stemmed with the Norwegian stemmer);
 * - `en`: English;
 * - each of the nine other answer languages, with its stop words and synonyms from `other-lexicons.ts`.
 * Old names map to current ones (minoritetsrådgiver → mangfoldsrådgiver, integreringsrådgiver →
 * spesialutsending), because users keep writing the names they learnt years ago.
 */
import { BoundedMemo } from './bounded-memo';
import type { Lang } from './languages';
import { foldArabicLetters, isArabicScriptFamily, OTHER_PHRASES, OTHER_STOP, type OtherFamily, type Rule } from './other-lexicons';

export type TextFamily = 'no' | 'en' | OtherFamily;

/** Every family, in index order. */
export const TEXT_FAMILIES: readonly TextFamily[] = ['no', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'];

export function familyOf(lng: Lang): TextFamily {
  return lng === 'nb' || lng === 'nn' ? 'no' : lng;
}

/** Nynorsk (and a few dialect or casual) word forms → bokmål. Whole tokens only. */
const NN_TO_NB: Readonly<Record<string, string>> = {
  ikkje: 'ikke', ikkj: 'ikke', kje: 'ikke', kva: 'hva', ka: 'hva', kven: 'hvem', kvar: 'hvor', kor: 'hvor', korleis: 'hvordan',
  kvifor: 'hvorfor', eg: 'jeg', ho: 'hun', dei: 'de', deira: 'deres', me: 'vi', dykk: 'dere', noko: 'noe', nokon: 'noen',
  nokre: 'noen', ein: 'en', eit: 'et', berre: 'bare', òg: 'også', mykje: 'mye', veit: 'vet', seie: 'si', seier: 'sier',
  gjer: 'gjør', gjere: 'gjøre', vere: 'være', vore: 'vært', sjå: 'se', sjekkar: 'sjekker', frå: 'fra', heim: 'hjem',
  heime: 'hjemme', heile: 'hele', heilt: 'helt', vald: 'vold', valden: 'volden', valdsutøvar: 'voldsutøver', skule: 'skole',
  skulen: 'skolen', skular: 'skoler', lærar: 'lærer', lærarar: 'lærere', læraren: 'læreren', kontaktlærar: 'kontaktlærer',
  tilsett: 'ansatt', tilsette: 'ansatte', uroa: 'bekymret', uro: 'bekymring', urolig: 'bekymret', teikn: 'tegn', teikna: 'tegnene',
  gut: 'gutt', gutar: 'gutter', gutane: 'guttene', elevane: 'elevene', elevar: 'elever', jentene: 'jentene', vaksne: 'voksne',
  vaksen: 'voksen', fleire: 'flere', utsett: 'utsatt', utsette: 'utsatte', utsettast: 'utsettes', vert: 'blir', vart: 'ble',
  blei: 'ble', truga: 'truet', trugar: 'truer', trugsmål: 'trussel', trugsmåla: 'truslene', truslar: 'trusler', trusselen: 'trussel',
  opphald: 'opphold', utanlandsopphald: 'utenlandsopphold', utanlands: 'utenlands', utlandet: 'utlandet', heimlandet: 'hjemlandet',
  heimland: 'hjemland', sommarferien: 'sommerferien', sommarferie: 'sommerferie', haustferien: 'høstferien', send: 'sendt',
  sende: 'sende', etterlaten: 'etterlatt', etterlatne: 'etterlatte', forbode: 'forbudt', føresette: 'foresatte', foreldra: 'foreldrene',
  treng: 'trenger', snakkar: 'snakker', spørje: 'spørre', lagar: 'lager', laga: 'laget', lagrar: 'lagrer', skriv: 'skriver',
  meiner: 'mener', tyder: 'betyr', tenester: 'tjenester', teneste: 'tjeneste', tenesta: 'tjenesten', rettleiing: 'veiledning',
  handlingsplanen: 'handlingsplanen', eige: 'eget', eigen: 'egen', mogleg: 'mulig', saman: 'sammen', sjølv: 'selv', no: 'nå',
  hennar: 'hennes', hans: 'hans', viljen: 'viljen', giftast: 'giftes', gifta: 'giftet', tvangsgifta: 'tvangsgiftet',
  kjønnslemlesting: 'kjønnslemlestelse', omskjering: 'omskjæring', meldeplikta: 'meldeplikten', opplysningsplikta: 'opplysningsplikten',
  avvergingsplikt: 'avvergeplikt', avvergingsplikta: 'avvergeplikten', overvaka: 'overvåket', dotter: 'datter', dottera: 'datteren',
  syster: 'søster', bror: 'bror', systera: 'søsteren', oppdage: 'oppdage', gløymt: 'glemt', vêret: 'været', morgon: 'morgen',
  kampen: 'kampen', gjev: 'gir', gje: 'gi', desse: 'disse', dette: 'dette', ver: 'vær',
};

/** Word endings that differ systematically between nynorsk and bokmål (rådgjevar → rådgiver). */
const NN_SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/gjevar(ar|ane|en|ar)?$/u, 'giver'],
  [/mangfald/u, 'mangfold'],
  [/leg(e)?$/u, 'lig'],
  [/heit(a|en)?$/u, 'het'],
];

/**
 * Phrases and words that name the same thing. Applied on the token sequence, longest match first.
 * The right-hand side is the canonical form (a few plain words, so it still reads as text in tests).
 */
export type { Rule };

const NO_PHRASES: readonly Rule[] = [
  ['nsk', 'negativ sosial kontroll'],
  ['negativ social kontroll', 'negativ sosial kontroll'],
  ['sosial kontrol', 'sosial kontroll'],
  ['tvangsgifte', 'tvangsekteskap'],
  ['tvangsgiftet', 'tvangsekteskap'],
  ['tvangsgiftes', 'tvangsekteskap'],
  ['tvangsgift', 'tvangsekteskap'],
  ['giftes bort', 'tvangsekteskap'],
  ['gifte bort', 'tvangsekteskap'],
  ['giftet bort', 'tvangsekteskap'],
  ['lovet bort', 'tvangsekteskap'],
  ['tvangsektskap', 'tvangsekteskap'],
  ['tvangsekteskapet', 'tvangsekteskap'],
  ['arrangert ekteskap', 'arrangert tvangsekteskap'],
  ['omskjæring', 'kjønnslemlestelse'],
  ['omskjæres', 'kjønnslemlestelse'],
  // Families' own words for it ("renselse", "sunna") reach staff second-hand: "datteren skal «renses» i ferien".
  ['skal renses', 'kjønnslemlestelse'],
  ['renses', 'kjønnslemlestelse'],
  ['bli renset', 'kjønnslemlestelse'],
  ['blir renset', 'kjønnslemlestelse'],
  ['renselse', 'kjønnslemlestelse'],
  ['sunna', 'kjønnslemlestelse'],
  ['omskåret', 'kjønnslemlestelse'],
  ['omskjært', 'kjønnslemlestelse'],
  ['kjønnslemlestet', 'kjønnslemlestelse'],
  ['kjønnslemlestes', 'kjønnslemlestelse'],
  ['kjonnslemlestelse', 'kjønnslemlestelse'],
  ['fgm', 'kjønnslemlestelse'],
  ['æresvold', 'æresrelatert vold'],
  ['æresvald', 'æresrelatert vold'],
  ['æresmotivert', 'æresrelatert'],
  ['æresbasert', 'æresrelatert'],
  ['ærerelatert', 'æresrelatert'],
  ['aeresrelatert', 'æresrelatert'],
  ['æresdrap', 'æresrelatert vold drap'],
  ['minoritetsrådgiver', 'mangfoldsrådgiver'],
  ['minoritetsrådgivere', 'mangfoldsrådgiver'],
  ['minoritetsrådgiverne', 'mangfoldsrådgiver'],
  ['minoritetsradgiver', 'mangfoldsrådgiver'],
  ['minoritetsrådgiveren', 'mangfoldsrådgiver'],
  ['mangfoldsradgiver', 'mangfoldsrådgiver'],
  ['mangfoldsrådgivere', 'mangfoldsrådgiver'],
  ['mangfoldsrådgiverne', 'mangfoldsrådgiver'],
  ['mangfoldsrådgiveren', 'mangfoldsrådgiver'],
  ['integreringsrådgiver', 'spesialutsending'],
  ['integreringsrådgivere', 'spesialutsending'],
  ['integreringsrådgiverne', 'spesialutsending'],
  ['integreringsradgiver', 'spesialutsending'],
  ['spesialutsendinger', 'spesialutsending'],
  ['spesialutsendingene', 'spesialutsending'],
  ['spesialutsendingen', 'spesialutsending'],
  ['kompetansteamet', 'kompetanseteamet'],
  ['kompetanseteam', 'kompetanseteamet'],
  ['fagteam', 'fagteamet'],
  ['ung no', 'ungno'],
  ['ungdom no', 'ungno'],
  ['avvergingsplikt', 'avvergeplikt'],
  ['avvergingsplikten', 'avvergeplikt'],
  ['avvergeplikten', 'avvergeplikt'],
  ['meldeplikten', 'meldeplikt'],
  ['opplysningsplikt', 'meldeplikt'],
  ['opplysningsplikten', 'meldeplikt'],
  ['bekymringsmelding', 'meldeplikt barnevernet'],
  ['melde til barnevernet', 'meldeplikt barnevernet'],
  ['barnevernstjenesten', 'barnevernet'],
  ['barnevernet', 'barnevernet'],
  ['barnevern', 'barnevernet'],
  ['bvt', 'barnevernet'],
  ['lhbt', 'lhbt'],
  ['lhbtiq', 'lhbt'],
  ['lhbtq', 'lhbt'],
  ['lhbti', 'lhbt'],
  ['skeiv', 'lhbt'],
  ['skeive', 'lhbt'],
  ['homofil', 'lhbt'],
  ['homofile', 'lhbt'],
  ['lesbisk', 'lhbt'],
  ['transperson', 'lhbt'],
  ['snapchat', 'digital'],
  ['snap', 'digital'],
  ['instagram', 'digital'],
  ['insta', 'digital'],
  ['tiktok', 'digital'],
  ['whatsapp', 'digital'],
  ['sosiale medier', 'digital'],
  ['sosiale medium', 'digital'],
  ['på nett', 'digital'],
  ['på nettet', 'digital'],
  ['nettet', 'digital'],
  ['mobilen', 'mobil'],
  ['posisjon', 'digital posisjon'],
  ['posisjonen', 'digital posisjon'],
  ['lokasjon', 'digital posisjon'],
  ['snap map', 'digital posisjon'],
  ['snapmap', 'digital posisjon'],
  ['sporing', 'digital posisjon'],
  ['sporer', 'digital posisjon'],
  ['over 18', 'voksen'],
  ['over 18 år', 'voksen'],
  ['myndig', 'voksen'],
  ['voksne', 'voksen'],
  ['sjef i eget liv', 'handlingsplan'],
  ['sjef i eige liv', 'handlingsplan'],
  ['handlingsplanen', 'handlingsplan'],
  ['handlingsplaner', 'handlingsplan'],
  ['opptrappingsplan', 'handlingsplan'],
  ['koranskole', 'koranskole utlandet'],
  ['hjemlandet', 'utlandet'],
  ['hjemland', 'utlandet'],
  ['utenlands', 'utlandet'],
  ['utenlandsopphold', 'utlandet opphold'],
  ['etterlatt', 'etterlatt utlandet'],
  ['boten', 'bot'],
  ['chatboten', 'bot'],
  ['chatbot', 'bot'],
  ['veiviser', 'bot'],
  ['bryllup', 'gifte'],
  ['bryllupet', 'gifte'],
  ['bryllaup', 'gifte'],
  ['giftemål', 'gifte'],
  ['forlovet', 'gifte'],
  ['forlova', 'gifte'],
  ['forlovelse', 'gifte'],
  ['ektemann', 'ektefelle'],
  ['ektemannen', 'ektefelle'],
  ['mannen', 'ektefelle'],
  ['kona', 'ektefelle'],
  ['kone', 'ektefelle'],
  ['rykte', 'æresrelatert'],
  ['ryktet', 'æresrelatert'],
  ['vanære', 'æresrelatert'],
  ['klesstil', 'klær'],
  ['klærne', 'klær'],
  ['påkledning', 'klær'],
  ['antrekk', 'klær'],
  ['legger ut', 'digital'],
  ['poster', 'digital'],
  ['holdt tilbake', 'etterlatt utlandet'],
  ['holdt igjen', 'etterlatt utlandet'],
  ['halden att', 'etterlatt utlandet'],
  ['borte fra skolen', 'fravær'],
  ['borte frå skulen', 'fravær'],
  ['bestemor', 'familie'],
  ['bestefar', 'familie'],
  ['besteforeldre', 'familie'],
  ['slekt', 'familie'],
  ['slekta', 'familie'],
  ['slekten', 'familie'],
  ['slektninger', 'familie'],
  ['atferd', 'tegn'],
  ['åtferd', 'tegn'],
  ['oppførsel', 'tegn'],
  ['fulgt', 'hentet'],
  ['følges', 'hentet'],
  ['eskortert', 'hentet'],
  ['voksenopplæring', 'voksen'],
  ['voksenopplæringen', 'voksen'],
  ['vaksenopplæringa', 'voksen'],
  ['signaler', 'tegn'],
  ['signal', 'tegn'],
  ['varseltegn', 'tegn'],
  ['faresignaler', 'tegn'],
  ['kjennetegn', 'tegn'],
  ['indikatorer', 'tegn'],
  ['indikasjoner', 'tegn'],
  ['tegnene', 'tegn'],
  ['klassetur', 'klassetur'],
  ['klasseturer', 'klassetur'],
  ['skoletur', 'klassetur'],
  ['skoleturer', 'klassetur'],
  ['skuletur', 'klassetur'],
  ['leirskole', 'klassetur'],
  ['leirskule', 'klassetur'],
  ['ekskursjon', 'klassetur'],
  ['forbudt', 'lovverk'],
  ['forbode', 'lovverk'],
  ['ulovlig', 'lovverk'],
  ['straffbart', 'lovverk'],
  ['straffbar', 'lovverk'],
  ['straffeloven', 'straffeloven lovverk'],
  ['lovlig', 'lovverk'],
  ['betro', 'fortelle'],
  ['betrodd', 'fortelle'],
  ['betror', 'fortelle'],
  ['betrodde', 'fortelle'],
  ['åpner seg', 'fortelle'],
  ['forteller', 'fortelle'],
  ['fortalt', 'fortelle'],
  ['fortalte', 'fortelle'],
  ['fortelje', 'fortelle'],
  ['fortel', 'fortelle'],
  ['første steg', 'rutine'],
  ['første skritt', 'rutine'],
  ['steg for steg', 'rutine'],
  ['fremgangsmåte', 'rutine'],
  ['framgangsmåte', 'rutine'],
  ['prosedyre', 'rutine'],
  ['rutiner', 'rutine'],
  ['ta det opp', 'snakke'],
  ['ta opp', 'snakke'],
  ['ta dette opp', 'snakke'],
  ['samtale', 'samtale snakke'],
  ['samtalen', 'samtale snakke'],
  ['samtaler', 'samtale snakke'],
  ['prate', 'snakke'],
  ['rammes', 'utsatt'],
  ['rammer', 'utsatt'],
  ['ramma', 'utsatt'],
  ['offer', 'utsatt'],
  ['ofre', 'utsatt'],
  ['utsatte', 'utsatt'],
  ['student', 'elev'],
  ['studenten', 'elev'],
  ['ungdommen', 'ungdom'],
  ['ungdommer', 'ungdom'],
  ['ungdommene', 'ungdom'],
  ['ungdomen', 'ungdom'],
  ['unge', 'ungdom'],
  ['tenåring', 'ungdom'],
  ['tenåringer', 'ungdom'],
  ['loven', 'lovverk'],
  ['lova', 'lovverk'],
  ['lovverket', 'lovverk'],
  ['lovgivning', 'lovverk'],
  ['lovgivningen', 'lovverk'],
  ['lover og regler', 'lovverk'],
  ['forloves', 'gifte'],
  ['forlovast', 'gifte'],
  ['forlove', 'gifte'],
  ['forlovar', 'gifte'],
  ['slektning', 'familie'],
  ['slektningen', 'familie'],
  ['slektningar', 'familie'],
  ['fetter', 'familie'],
  ['kusine', 'familie'],
  ['rektor', 'skolen ledelse'],
  ['rektoren', 'skolen ledelse'],
  ['skoleledelsen', 'skolen ledelse'],
  ['skoleleder', 'skolen ledelse'],
  ['skuleleiinga', 'skolen ledelse'],
  ['ambassaden', 'ambassade'],
  ['ambassadene', 'ambassade'],
  ['ambassader', 'ambassade'],
  ['ambassadane', 'ambassade'],
  ['svømming', 'aktiviteter'],
  ['svømmeundervisning', 'aktiviteter'],
  ['symjing', 'aktiviteter'],
  ['kroppsøving', 'aktiviteter'],
  ['gymtimen', 'aktiviteter'],
  ['fritidsaktiviteter', 'aktiviteter'],
  ['stole på', 'pålitelig'],
  ['lite på', 'pålitelig'],
  ['svarene dine', 'informasjon'],
  ['svara dine', 'informasjon'],
  ['tolken', 'tolk'],
  ['tolke', 'tolk'],
  ['tolking', 'tolk'],
  ['tolker', 'tolk'],
];

const EN_PHRASES: readonly Rule[] = [
  ['nsk', 'negative social control'],
  ['nsc', 'negative social control'],
  ['social controll', 'social control'],
  ['honor', 'honour'],
  ['honor based', 'honour related'],
  ['honor related', 'honour related'],
  ['honor motivated', 'honour related'],
  ['honor killing', 'honour related violence killing'],
  ['honour killing', 'honour related violence killing'],
  ['honour based', 'honour related'],
  ['honour-based', 'honour related'],
  ['honour motivated', 'honour related'],
  ['forced mariage', 'forced marriage'],
  ['forced to marry', 'forced marriage'],
  ['married off', 'forced marriage'],
  ['marry her off', 'forced marriage'],
  ['arranged marriage', 'arranged forced marriage'],
  ['female genital mutilation', 'fgm'],
  ['genital mutilation', 'fgm'],
  ['female genital cutting', 'fgm'],
  ['female circumcision', 'fgm'],
  ['circumcision', 'fgm'],
  ['circumcised', 'fgm'],
  ['be cleansed', 'fgm'],
  ['be purified', 'fgm'],
  ['purification', 'fgm'],
  ['sunna', 'fgm'],
  ['mutilation', 'fgm'],
  ['minority adviser', 'diversity adviser'],
  ['minority advisers', 'diversity adviser'],
  ['minority advisor', 'diversity adviser'],
  ['minority advisors', 'diversity adviser'],
  ['diversity advisor', 'diversity adviser'],
  ['diversity advisors', 'diversity adviser'],
  ['diversity advisers', 'diversity adviser'],
  ['mangfoldsrådgiver', 'diversity adviser'],
  ['minoritetsrådgiver', 'diversity adviser'],
  ['integration adviser', 'special envoy'],
  ['integration advisers', 'special envoy'],
  ['integration advisor', 'special envoy'],
  ['integration advisors', 'special envoy'],
  ['special envoys', 'special envoy'],
  ['spesialutsending', 'special envoy'],
  ['integreringsrådgiver', 'special envoy'],
  ['competence team', 'kompetanseteamet'],
  ['national competence team', 'kompetanseteamet'],
  ['expert team', 'fagteamet'],
  ['ung no', 'ungno'],
  ['duty to report', 'duty notify'],
  ['duty to notify', 'duty notify'],
  ['reporting duty', 'duty notify'],
  ['notification duty', 'duty notify'],
  ['mandatory reporting', 'duty notify'],
  ['duty to avert', 'duty avert'],
  ['duty to prevent', 'duty avert'],
  ['child protection services', 'child welfare'],
  ['child protection', 'child welfare'],
  ['child protective services', 'child welfare'],
  ['cps', 'child welfare'],
  ['barnevernet', 'child welfare'],
  ['lgbt', 'lgbtq'],
  ['lgbtq', 'lgbtq'],
  ['lgbtiq', 'lgbtq'],
  ['lgbtqi', 'lgbtq'],
  ['gay', 'lgbtq'],
  ['lesbian', 'lgbtq'],
  ['queer', 'lgbtq'],
  ['transgender', 'lgbtq'],
  ['snapchat', 'digital'],
  ['snap', 'digital'],
  ['instagram', 'digital'],
  ['tiktok', 'digital'],
  ['whatsapp', 'digital'],
  ['social media', 'digital'],
  ['online', 'digital'],
  ['over 18', 'adult'],
  ['over eighteen', 'adult'],
  ['adults', 'adult'],
  ['action plans', 'action plan'],
  ['sjef i eget liv', 'action plan'],
  ['home country', 'abroad'],
  ['stay abroad', 'abroad stay'],
  ['left abroad', 'abroad'],
  ['stuck abroad', 'abroad'],
  ['sent back', 'abroad'],
  ['chatbot', 'bot'],
  ['veiviser', 'bot'],
  ['interpreting', 'interpreter'],
  ['interpret', 'interpreter'],
  ['interpreters', 'interpreter'],
  ['translator', 'interpreter'],
  ['phone', 'mobile'],
  ['wedding', 'marriage'],
  ['engaged', 'marriage'],
  ['engagement', 'marriage'],
  ['husband', 'spouse'],
  ['wife', 'spouse'],
  ['reputation', 'honour'],
  ['shame', 'honour shame'],
  ['clothing', 'clothes'],
  ['outfit', 'clothes'],
  ['posts', 'digital'],
  ['posting', 'digital'],
  ['held back', 'abroad'],
  ['kept abroad', 'abroad'],
  ['grandmother', 'family'],
  ['grandparents', 'family'],
  ['relatives', 'family'],
  ['relative', 'family'],
  ['behaviour', 'signs'],
  ['behavior', 'signs'],
  ['escorted', 'picked'],
  ['picked up', 'picked'],
  ['accompanied', 'picked'],
  ['adult learner', 'adult'],
  ['adult learners', 'adult'],
  ['signals', 'signs'],
  ['indicators', 'signs'],
  ['red flags', 'signs'],
  ['warning signs', 'signs'],
  ['school trip', 'school trip'],
  ['school trips', 'school trip'],
  ['class trip', 'school trip'],
  ['class trips', 'school trip'],
  ['field trip', 'school trip'],
  ['field trips', 'school trip'],
  ['excursion', 'school trip'],
  ['excursions', 'school trip'],
  ['illegal', 'law'],
  ['legal', 'law'],
  ['forbidden', 'law'],
  ['against the law', 'law'],
  ['criminal offence', 'law'],
  ['criminal', 'law'],
  ['first step', 'routine'],
  ['first steps', 'routine'],
  ['step by step', 'routine'],
  ['procedure', 'routine'],
  ['procedures', 'routine'],
  ['routines', 'routine'],
  ['confide', 'disclose'],
  ['confides', 'disclose'],
  ['confided', 'disclose'],
  ['confiding', 'disclose'],
  ['discloses', 'disclose'],
  ['disclosed', 'disclose'],
  ['disclosure', 'disclose'],
  ['opens up', 'disclose'],
  ['tells me', 'disclose'],
  ['told me', 'disclose'],
  ['bring it up', 'talk'],
  ['bring up', 'talk'],
  ['bring this up', 'talk'],
  ['raise it', 'talk'],
  ['raise the issue', 'talk'],
  ['conversation', 'conversation talk'],
  ['conversations', 'conversation talk'],
  ['affected', 'exposed'],
  ['affect', 'exposed'],
  ['affects', 'exposed'],
  ['at risk', 'exposed'],
  ['victim', 'exposed'],
  ['victims', 'exposed'],
  ['targeted', 'exposed'],
  ['stuck', 'abroad'],
  ['pupil', 'student'],
  ['pupils', 'student'],
  ['students', 'student'],
  ['kid', 'child'],
  ['kids', 'child'],
  ['children', 'child'],
  ['teen', 'youth'],
  ['teens', 'youth'],
  ['teenager', 'youth'],
  ['teenagers', 'youth'],
  ['youngster', 'youth'],
  ['youngsters', 'youth'],
  ['young person', 'youth'],
  ['young people', 'youth'],
  ['young persons', 'youth'],
  ['location', 'digital location'],
  ['snap map', 'digital location'],
  ['tracking', 'digital location'],
  ['tracks', 'digital location'],
  ['cellphone', 'mobile'],
  ['principal', 'school management'],
  ['headteacher', 'school management'],
  ['head teacher', 'school management'],
  ['headmaster', 'school management'],
  ['school leadership', 'school management'],
  ['tell if', 'signs'],
  ['spot', 'signs'],
  ['notice', 'signs'],
  ['recognise', 'signs'],
  ['recognize', 'signs'],
  ['detect', 'signs'],
  ['planned', 'arranged'],
  ['planning', 'arranged'],
  ['does not want', 'against'],
  ['doesn t want', 'against'],
  ['doesnt want', 'against'],
  ['picks', 'decides'],
  ['chooses', 'decides'],
  ['swimming', 'activities'],
  ['pe lessons', 'activities'],
  ['your answers', 'information'],
  ['be cut', 'fgm'],
  ['being cut', 'fgm'],
  ['get cut', 'fgm'],
  ['was cut', 'fgm'],
  ['by law', 'duty law'],
  ['required by law', 'duty law'],
  ['legally obliged', 'duty law'],
  ['obliged', 'duty'],
  ['obligation', 'duty'],
];

/** Words that carry no topic; dropped before indexing and searching. */
const NO_STOP = new Set(
  'hva er en et ei jeg du vi det den de dere som og i på til for med av om å kan skal bør må har hadde hvis når hvordan hvem hvor hvorfor meg deg seg sin sitt sine min mitt mine din ditt noe noen man gjør gjøre gjort gjøres eller men at så da også bare ikke nei ja her der dette disse sånn slik hei takk vær være været vært blir ble bli egentlig fortell forklar forklare mer litt mye veldig kanskje hos fra inn ut opp over under etter før mot uten ved mellom hele helt sier si sa får få fikk vil ville kunne skulle burde tror vet lurer betyr menes mener heter tid tiden tida hjelp hjelpe hjelper finnes fins finst tips definisjon definisjonen betydning betydningen forklaring hennes hans henne ham han hun dem deres vår vårt våre oss sånt både forstår forstå forsto skjønner skjønne skjønte'.split(' '),
);
const EN_STOP = new Set(
  'what is are was were be been being a an the i me my we our you your it its of to in on for with about should can could would will do does did how who whom where why when which this that these those there if and or but so not no yes please tell explain more some any just really also from into out up by as at than then them they their he she her his him hers have has had get got mean means means called let us am something anything time times work working works help helps exist exists definition meaning explanation tips understand understood'.split(' '),
);

/** Countries most cases concern (IMDi's annual report 2023 lists Iraq, Somalia, Afghanistan, Pakistan, Syria, Russia); naming one implies "abroad". */
const COUNTRIES: Readonly<Partial<Record<TextFamily, readonly string[]>>> = {
  no: ['pakistan', 'somalia', 'irak', 'iraq', 'syria', 'afghanistan', 'russland', 'tsjetsjenia', 'tyrkia', 'iran', 'marokko', 'eritrea', 'etiopia', 'kenya', 'jordan', 'libanon', 'egypt', 'sudan', 'india', 'bangladesh', 'sri lanka', 'gambia', 'nigeria', 'palestina'],
  en: ['pakistan', 'somalia', 'iraq', 'syria', 'afghanistan', 'russia', 'chechnya', 'turkey', 'iran', 'morocco', 'eritrea', 'ethiopia', 'kenya', 'jordan', 'lebanon', 'egypt', 'sudan', 'india', 'bangladesh', 'sri lanka', 'gambia', 'nigeria', 'palestine'],
};

function ruleMap(rules: readonly Rule[], family: TextFamily): Map<string, string[]> {
  const map = new Map<string, string[]>((COUNTRIES[family] ?? []).map((c) => [c, [...c.split(' '), family === 'no' ? 'utlandet' : 'abroad']]));
  for (const [from, to] of rules) map.set(from, to.split(' '));
  return map;
}
const PHRASES: Readonly<Record<TextFamily, Map<string, string[]>>> = {
  no: ruleMap(NO_PHRASES, 'no'),
  en: ruleMap(EN_PHRASES, 'en'),
  ar: ruleMap(OTHER_PHRASES.ar, 'ar'),
  so: ruleMap(OTHER_PHRASES.so, 'so'),
  fa: ruleMap(OTHER_PHRASES.fa, 'fa'),
  ur: ruleMap(OTHER_PHRASES.ur, 'ur'),
  uk: ruleMap(OTHER_PHRASES.uk, 'uk'),
  ru: ruleMap(OTHER_PHRASES.ru, 'ru'),
  tr: ruleMap(OTHER_PHRASES.tr, 'tr'),
  pl: ruleMap(OTHER_PHRASES.pl, 'pl'),
  ti: ruleMap(OTHER_PHRASES.ti, 'ti'),
};
/** First words of every phrase, per family: a token that starts none of them is never the start of a match. */
const PHRASE_STARTS = new Map<TextFamily, ReadonlySet<string>>(
  TEXT_FAMILIES.map((family) => [family, new Set([...PHRASES[family].keys()].map((from) => from.split(' ')[0] ?? ''))]),
);
const MAX_PHRASE = Math.max(...[...NO_PHRASES, ...EN_PHRASES, ...Object.values(OTHER_PHRASES).flat()].map(([from]) => from.split(' ').length));
const STOP: Readonly<Record<TextFamily, ReadonlySet<string>>> = { no: NO_STOP, en: EN_STOP, ...OTHER_STOP };

/** Recent `toBokmal` results (the suffix rules are regular expressions). */
const bokmalForms = new BoundedMemo<string, string>(5000);

/** As a Map: a plain object would answer "constructor" with Object's own function. */
const NYNORSK_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(NN_TO_NB));

/** One nynorsk (or casual) token → its bokmål form; other tokens unchanged. */
export function toBokmal(token: string): string {
  return NYNORSK_WORDS.get(token) ?? bokmalForms.get(token, (t) => NN_SUFFIXES.reduce((word, [pattern, replacement]) => word.replace(pattern, replacement), t));
}

/**
 * Replaces known phrases by their canonical words, longest match first. Each phrase is tried on the
 * tokens as written and on their bokmål forms (so "ung no" stays ung.no while a lone nynorsk "no" is "nå").
 */
export function applyPhrases(tokens: readonly string[], family: TextFamily): string[] {
  const rules = PHRASES[family];
  const starts = PHRASE_STARTS.get(family) ?? new Set<string>();
  const bokmal = family === 'no' ? tokens.map(toBokmal) : tokens;
  const out: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    if (!starts.has(tokens[i] ?? '') && !starts.has(bokmal[i] ?? '')) {
      out.push(bokmal[i] ?? '');
      i++;
      continue;
    }
    for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 1; len--) {
      const replacement = rules.get(tokens.slice(i, i + len).join(' ')) ?? rules.get(bokmal.slice(i, i + len).join(' '));
      if (replacement) {
        out.push(...replacement);
        i += len;
        continue outer;
      }
    }
    out.push(bokmal[i] ?? '');
    i++;
  }
  return out;
}

const AGE_WORDS = new Set(['år', 'års', 'åring', 'åringen', 'åringar', 'åringer', 'years', 'year', 'yo', 'yr', 'yrs']);

/** "19 år", "16-åring", "17 years": an age says adult (18 or more) or young person, which matters for the answer. */
function withAges(tokens: readonly string[], family: TextFamily): string[] {
  if (family !== 'no' && family !== 'en') return [...tokens];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    if (/^\d{1,2}$/.test(token) && AGE_WORDS.has(next)) {
      const adult = Number(token) >= 18;
      out.push(family === 'no' ? (adult ? 'voksen' : 'ungdom') : adult ? 'adult' : 'youth');
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** Compounds on "æres-" (æreskultur, æresnormer, æresbegrepet) all concern honour. */
function honourCompound(token: string): string[] | undefined {
  return /^(æres|aeres)\p{L}{3,}$/u.test(token) && !/^(æres|aeres)relatert/u.test(token) ? ['æresrelatert', token] : undefined;
}

export function isStopWord(token: string, family: TextFamily): boolean {
  return STOP[family].has(token);
}

const LATIN = /\p{Script=Latin}/u;
/** Only Latin letters (and digits), or no Latin letter at all: nothing to split. */
const ONE_SCRIPT = /^[\p{Script=Latin}\p{N}\p{M}]*$|^[^\p{Script=Latin}]*$/u;

/** Splits a token where Latin letters meet letters of another script. */
function splitScripts(token: string): string[] {
  if (ONE_SCRIPT.test(token)) return [token];
  const parts: string[] = [];
  let current = '';
  let latin: boolean | undefined;
  for (const ch of token) {
    const isLatin = LATIN.test(ch) ? true : /\p{L}/u.test(ch) ? false : latin;
    if (current && isLatin !== undefined && latin !== undefined && isLatin !== latin) {
      parts.push(current);
      current = '';
    }
    current += ch;
    if (isLatin !== undefined) latin = isLatin;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Canonical word tokens for a family, before stemming: nynorsk → bokmål, synonyms and old names →
 * current names, stop words removed. Input is `tokenize(normalize(text))`.
 */
export function canonicalWords(tokens: readonly string[], family: TextFamily): string[] {
  // "ንbarnevernet", "IMDiنی": a Norwegian name glued to another script's prefix or suffix is two words.
  tokens = tokens.flatMap(splitScripts);
  // Polish is often typed without its marks ("malzenstwo"); it has no Snowball stemmer to feed, so fold first.
  const letters = isArabicScriptFamily(family) ? tokens.map(foldArabicLetters) : family === 'pl' ? tokens.map(foldAscii) : tokens;
  const words = applyPhrases(withAges(letters, family), family);
  const expanded = family === 'no' ? words.flatMap((w) => honourCompound(w) ?? [w]) : words;
  return expanded.filter((t) => t.length > 0 && !isStopWord(t, family));
}

const FOLDABLE = /[æøåéòąćęłńóśźżışğçöüâîûёґ]/;

/** Letters people often type without their marks (Polish ą ł ż, Turkish ı ş ğ, Russian ё) and their plain form. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', â: 'a', î: 'i', û: 'u',
  ё: 'е', ґ: 'г',
};

/**
 * æ/ø/å folded to ASCII, so "kjonnslemlestelse" typed on an English keyboard meets "kjønnslemlestelse"; likewise
 * Polish, Turkish and Cyrillic letters typed without their marks ("spoleczna", "sunnet", "еще").
 */
export function foldAscii(token: string): string {
  if (!FOLDABLE.test(token)) return token;
  return token
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/é/g, 'e')
    .replace(/ò/g, 'o')
    .replace(/[ąćęłńóśźżışğçöüâîûёґ]/g, (c) => PLAIN_LETTERS[c] ?? c);
}
