import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * Danger told by a professional or a relative with the place named and the harm put in other words (issue #13): a
 * cutting called a purification, a ceremony or "what was done to her sister" during a stay in a named country; a child
 * to be sent to relatives abroad; a pupil kept there and not let back. The country stands in for the trip
 * (content/understanding/situation/<lang>.json: `abroad`). One sentence per language and class, written for this test.
 */
const reader = loadSituationReader();

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
