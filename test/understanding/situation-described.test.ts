import { loadSituationReader, type Concept } from '../../src/understanding/situation-cues';

/**
 * Danger and concrete cases that are only described, in the words people really use: a month or a holiday as the
 * time ("i august", "fasaxa ciidda"), a passport kept by the father, a girl who has not come back and whose phone is
 * off, a pupil taken out of school, a death threat said as an idiom ("get rid of her", "wash the shame"), an engagement
 * or a henna night, a cutting called "purification", "stay there and get married", a third person's age ("ей 14").
 * Each sentence was written for this test (content/understanding/situation/<lang>.json holds the words); the concept
 * it is about must be read, and the message must get the emergency card or the "call 112 if acute" line.
 */
const reader = loadSituationReader();

const CASES: ReadonlyArray<readonly [string, Concept, string]> = [
  ['nb', 'season', 'Eleven min på 15 sier at hun skal forloves når familien drar på ferie i august.'],
  ['nb', 'threat', 'Broren sa at han skal gjøre det av med henne hvis hun fortsetter å treffe kjæresten.'],
  ['nb', 'locked', 'En elev i 9. klasse er tatt ut av skolen av faren og sitter hjemme hver dag.'],
  ['nn', 'notBack', 'Ei elev kom ikkje heim etter juleferien, og mobilen hennar er av.'],
  ['en', 'confiscated', 'Her father keeps her passport in a locked drawer, so she cannot travel anywhere.'],
  ['en', 'neverReturn', 'Her aunt told her the plan is that she will stay there and get married.'],
  ['en', 'notBack', 'My student went to visit relatives in June and nobody has heard from her since.'],
  ['en', 'cuttingPlanned', "A mother said her daughter will be purified at her grandmother's during the Eid holidays."],
  ['ar', 'notBack', 'صديقتي سافرت مع أهلها ولم ترجع، وجوالها مقفل من أسبوعين'],
  ['ar', 'threat', 'أخوها قال إنه رح يخلص عليها إذا ما تركت صاحبها'],
  ['so', 'confiscated', 'Aabbaheed ayaa qaatay baasaboorkeeda, hadda ma safri karto.'],
  ['so', 'cuttingPlanned', 'Ayeeyadeed waxay tiri gabadha yar waa la gudi doonaa fasaxa ciidda.'],
  ['fa', 'neverReturn', 'معلم هستم. مادر یکی از شاگردانم گفت دخترش آنجا می‌ماند و همانجا ازدواج می‌کند.'],
  ['fa', 'minor', 'یک دختر ۱۴ ساله در کلاس ما نامزد شده است.'],
  ['ur', 'minor', 'meri class ki ek 14 saal ki larki ki mangni ho gayi hai aur agle saal nikah hai'],
  ['ur', 'locked', 'uske abbu ne uska school chhurwa diya hai aur woh ghar par hai'],
  ['uk', 'threat', 'Батьки сказали, що позбудуться її, якщо вона не послухається.'],
  ['ru', 'notBack', 'Ученица уехала к бабушке и так и не вернулась, телефон отключен.'],
  ['ru', 'honour', 'Родители хотят отправить сына на перевоспитание к родственникам.'],
  ['tr', 'threat', 'Amcası namusunu temizleyeceğini söylemiş, kız çok korkuyor.'],
  ['tr', 'locked', 'Babası kızı okuldan aldı ve evde tutuyor.'],
  ['tr', 'cutting', 'Annesi 12 yaşındaki kızını bu yaz memlekette sünnet ettirmek istiyor.'],
  ['pl', 'season', 'Uczennica (15) ma być wydana za kuzyna podczas wakacji.'],
  ['pl', 'threat', 'Ojciec groził jej, że pożałuje, jeśli nie wróci do domu.'],
  ['ti', 'wedding', 'ዕድመይ 15 እዩ፣ ስድራይ ብግዲ ክምርዓው ይደልዩ'],
  ['ti', 'cuttingPlanned', 'ስድራ ነታ ንእሽቶ ጓል ክግዝርዋ ይደልዩ ኣለዉ'],
];

/** Statistics and general questions that name the same harms: neither the emergency card nor the acute line. */
const CALM = [
  'Hvor mange saker om trusler og vold hadde Kompetanseteamet i 2022?',
  'Сколько было угроз и насилия в 2022 году по данным Kompetanseteamet?',
  'Скільки погроз зафіксувала Kompetanseteamet у 2023 році?',
  'Kor mange saker om trugsmål hadde dei i fjor?',
  'تعداد پرونده های تهدید در سال ۲۰۲۲ چند بود؟',
  'كم عدد حالات التهديد في سنة 2022؟',
];

/** Everyday sentences that use the same words harmlessly ("we'll see what happens", "the helpline isn't answering"). */
const EVERYDAY = [
  'Vi får se hva som skjer med saken etter møtet.',
  'Hvem kan ta seg av henne mens moren er på kurs?',
  'Who will pay for this course for our staff?',
  "The helpline isn't answering, is there another number?",
  'How should we deal with her parents tomorrow?',
  'Что грозит родителям за принудительный брак по закону?',
  "Kompetanseteamet'e ulaşamıyorum, başka numara var mı?",
  'Jeg har tatt med idrettstøy til eleven i dag.',
  'Svaret fra kommunen har ikke kommet ennå.',
  "Oğlumun sünnet düğünü için yazın Türkiye'ye gidiyoruz.",
];

describe('situation reader: danger and cases only described', () => {
  it.each(CASES)('%s: reads %s and flags the message', (_lng, concept, text) => {
    const read = reader.read(text);
    expect(read.concepts.has(concept)).toBe(true);
    expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
  });

  it.each(CALM.map((t) => [t] as const))('a question about numbers is calm: %s', (text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concepts.has('threat')).toBe(false);
  });

  it.each(EVERYDAY.map((t) => [t] as const))('an everyday sentence is calm: %s', (text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concern).toEqual([]);
  });

  it('a word of one language is not a cue in another (Nynorsk "hennar" is not a henna night)', () => {
    expect(reader.read('Eg snakka med mor hennar om korleis dottera har det på skulen.').concepts.has('wedding')).toBe(false);
  });

  it('a boy\'s circumcision party in Turkish is not a cutting (the Somali "sunne" no longer matches "sünnet")', () => {
    expect(reader.read('Oğlumun sünnet düğünü ne zaman olacak?').concepts.has('cutting')).toBe(false);
  });

  it('the Dari word for the school holiday is not the Urdu bride\'s farewell', () => {
    expect(reader.read('بعد از رخصتی مکتب دوباره شروع می شود').concepts.has('wedding')).toBe(false);
  });

  it('an age in Persian or Arabic-Indic digits is an age', () => {
    expect(reader.read('دختر ۱۵ ساله').concepts.has('minor')).toBe(true);
    expect(reader.read('عمرها ١٥ سنة').concepts.has('minor')).toBe(true);
  });
});
