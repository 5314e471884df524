import { type Lang } from '../../src/language/languages';
import { containsFact, readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, rulesOnlyRunnerOfFile, expectAnsweredWith, expectDeclined } from '../helpers/conversation-runner';
import { isDanger, alarmed, expectCalmByTheRules } from '../helpers/danger-alarm';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { createCountryNames } from '../../src/contacts/country-names';
import { normalize } from '../../src/language/text';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { chooseLanguage } from '../../src/language/choose-language';

// ─── rules38.test.ts ─────────────────────────────────────────────────────────────────────────────────────

/**
 * rules38 (issue #13, safety): our own probes (none of them a tuned set's sentence) for
 *  1. three dangers only the learned second opinion read, made rules:
 *     a. relatives who will "take care of him" / "deal with her", told with the teller's fear (vagueDealt);
 *     b. a person held abroad "against her own will", the family keeping her there (Polish forms);
 *     c. a person taken by relatives abroad and not allowed to take a phone along (noPhoneAlong);
 *  2. Persian/Urdu "امان": Amman only with an embassy or envoy word or Jordan beside it, "safe" otherwise;
 *  3. "take her … tonight" to an everyday outing (cinema, swimming pool) is calm; taken tonight to an unknown place or
 *     driven to the airport to be married keeps the card.
 * Each class has calm twins: babysitting, a woman who lives abroad by choice, a school's phone rule, a holiday drive.
 */
type Probe = readonly [string, Lang, string];

const dangers: readonly Probe[] = [
  // 1a. vague "take care of him" with fear
  ['vague-dealt', 'nb', 'foreldrene til eleven sier at brødrene skal "ta seg av ham" etter at han ble sett med kjæresten sin, og moren er livredd'],
  ['vague-dealt', 'nn', 'ho er livredd, onklane sa dei skal ta seg av han no i helga fordi han vart sett med ein gut'],
  ['vague-dealt', 'en', 'his uncles said they will "take care of him" after they saw him with a boy, his mother is terrified'],
  ['vague-dealt', 'pl', 'jego bracia powiedzieli, że "zajmą się nim" w weekend, matka bardzo się boi'],
  ['vague-dealt', 'ru', 'дяди сказали, что разберутся с ним на выходных, мать очень боится за сына'],
  ['vague-dealt', 'tr', 'amcaları hafta sonu onun icabına bakacaklarını söylemiş, annesi çok korkuyor oğlu için'],
  // 1b. held abroad against her own will
  ['held-abroad', 'pl', 'policja: kobieta (30) jest w Pakistanie wbrew swojej woli, mąż ją tam trzyma'],
  ['held-abroad', 'en', 'my sister is in Iraq against her own will, the family keeps her there and took her passport'],
  ['held-abroad', 'nb', 'hun er i Irak mot sin egen vilje, familien holder henne der'],
  ['held-abroad', 'ru', 'сестру держат в Ираке против её воли, семья не отпускает её'],
  ['held-abroad', 'tr', "kız kardeşim Irak'ta isteği dışında tutuluyor, ailesi onu bırakmıyor"],
  ['held-abroad', 'pl', 'moja córka jest przetrzymywana w Pakistanie wbrew swojej woli'],
  // 1c. taken abroad by relatives without her phone
  ['no-phone', 'nb', 'hun forteller at onklene henter henne i morgen og kjører henne til Pakistan, og hun får ikke ta med telefonen'],
  ['no-phone', 'nn', 'ho fortel at brørne køyrer ho til familien i Irak i morgon og ho får ikkje ta med mobilen'],
  ['no-phone', 'en', 'she says her brothers will drive her to the family in Turkey tomorrow and she cannot take her phone'],
  ['no-phone', 'pl', 'bracia zawiozą ją jutro do rodziny w Turcji, nie może zabrać telefonu'],
  ['no-phone', 'ru', 'завтра дяди отвезут её к семье в Турцию, и ей не разрешают взять телефон'],
  ['no-phone', 'ar', 'عمها سيأخذها غدا إلى العائلة في العراق بدون هاتفها'],
  // 3. taken tonight to an unknown place, driven to the airport to be married
  ['taken-tonight', 'nb', 'de tar henne med i kveld til et ukjent sted'],
  ['taken-tonight', 'nb', 'de kjører henne til flyplassen i morgen for å bli gift'],
  ['taken-tonight', 'en', 'they are taking her tonight to an unknown place'],
  ['taken-tonight', 'en', 'they drive her to the airport tomorrow to be married off'],
  ['taken-tonight', 'pl', 'dziś wieczorem zabierają ją w nieznane miejsce'],
  ['taken-tonight', 'ru', 'завтра её везут в аэропорт, чтобы выдать замуж'],
];

const calm: readonly Probe[] = [
  // 1a. babysitting, looking after
  ['vague-dealt', 'nb', 'bestemor skal ta seg av ham i helgen mens vi er på seminar'],
  ['vague-dealt', 'nb', 'onkelen tar seg av ham på lørdag, han gleder seg til fisketuren'],
  ['vague-dealt', 'en', 'my uncles will take care of him this weekend while we travel, he loves them'],
  ['vague-dealt', 'ru', 'дяди займутся им на выходных, пока мы в отпуске'],
  // 1b. a woman who lives abroad by choice
  ['held-abroad', 'pl', 'moja siostra mieszka w Iraku z własnego wyboru, pracuje tam jako lekarka'],
  ['held-abroad', 'en', 'my cousin lives in Iraq by choice, she moved there for work'],
  ['held-abroad', 'pl', 'pracuję w szpitalu. kto pomaga obywatelom Norwegii, którzy są przetrzymywani za granicą wbrew swojej woli?'],
  ['held-abroad', 'pl', 'kto pomaga ludziom, którzy są przetrzymywani w Pakistanie?'],
  // 1c. a holiday drive, a school's phone rule
  ['no-phone', 'nb', 'pappa kjører henne til flyplassen i morgen, hun skal på ferie med familien i Tyrkia'],
  ['no-phone', 'nb', 'på leirskolen får elevene ikke ta med mobil'],
  // 3. an everyday outing tonight
  ['outing', 'nb', 'pappa tar henne med på kino i kveld'],
  ['outing', 'nb', 'onkelen tar henne med i svømmehallen i kveld'],
  ['outing', 'en', 'my uncle is taking her to the swimming pool tonight'],
  ['outing', 'en', 'they take her to the cinema tonight'],
  ['outing', 'pl', 'wujek zabiera ją dziś wieczorem na basen'],
  ['outing', 'ru', 'сегодня вечером дядя берёт её в кино'],
  ['outing', 'ar', 'عمها سيأخذها إلى المسبح الليلة'],
  ['outing', 'tr', 'amcası bu akşam onu sinemaya götürüyor'],
  ['outing', 'fa', 'عموش امشب میبرتش سینما'],
  ['outing', 'so', 'adeerkeed ayaa caawa u kaxaynaya barkadda dabaasha'],
];

describe('rules38: the dangers only the second opinion read, made rules, and calm outings', () => {
  it.each(dangers)('danger %s %s: %s', (_cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calm)('calm twin %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  describe('the bot whose second opinion never fires', () => {
    let rulesOnly: ConversationRunner | undefined;
    beforeAll(async () => {
      rulesOnly = await rulesOnlyRunnerOfFile();
    }, 120_000);
    afterAll(async () => {
      await rulesOnly?.close();
    });
    const emergency = async (lng: Lang, text: string): Promise<boolean> => {
      if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
      const run = await rulesOnly.converse({ lang: lng, turns: [text] });
      return readTurn(run.replies, rulesOnly.markers).emergency;
    };
    it.each<[Lang, string, string]>([
      ['nb', 'barnevernet: mora sier at onklene skal "ta seg av ham" i helgen, hun er livredd. hva gjør vi?', 'barnevernet: mora sier at onklene skal ta seg av ham i helgen mens hun jobber'],
      ['pl', 'policja: kobieta 25 lat jest w Iraku wbrew swojej woli, rodzina ją tam trzyma. kto pomaga?', 'moja siostra mieszka w Iraku z własnego wyboru, pracuje tam jako lekarka'],
      ['nb', 'en bruker (26) sier brødrene henter henne i morgen og kjører henne til familien i Irak, og hun får ikke ta med mobilen', 'en bruker (26) sier faren kjører henne til flyplassen i morgen, hun skal på ferie'],
    ])('%s: the card on the danger, none on its calm twin', async (lng, text, twin) => {
      expect([text, await emergency(lng, text)]).toEqual([text, true]);
      expect([twin, await emergency(lng, twin)]).toEqual([twin, false]);
    }, 240_000);
  });
});

describe('rules38: Persian and Urdu "امان" is Amman only beside an embassy or envoy word', () => {
  const runner = conversationRunnerPerFile();
  const AMMAN = ['عمّان', 'عمان'];
  it.each<[Lang, string]>([
    ['fa', 'نماینده ویژه در امان مسئول کدام کشورهاست؟'],
    ['fa', 'سفارت نروژ در امان شماره تماس داره؟'],
    ['ur', 'امان میں خصوصی نمائندہ کن ملکوں کا ذمہ دار ہے؟'],
  ])('%s: the Amman envoy asked: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, AMMAN)).toBe(true);
  }, 120_000);
  it.each<[Lang, string]>([
    ['fa', 'دخترهاش در امان هستن'],
    ['fa', 'خیالم راحته، بچه‌ها الان در امان هستند؟'],
    ['ur', 'اس کی بیٹیاں اب امان میں ہیں'],
  ])('%s: "safe", no envoy: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, AMMAN)).toBe(false);
    expect(view.emergency).toBe(false);
  }, 120_000);
});

// ─── safety38s.test.ts ───────────────────────────────────────────────────────────────────────────────────

{
/**
 * safety38s (issue #13, safety): dangers told without a harm word. Our own probes, none of them an evaluation item.
 *
 * Class 6, the change of this session: a boy or girl under 18 at risk, told of by staff (a school nurse, a teacher) or a
 * parent, gets the attention block with the children's line 116 111 beside 112, whoever writes, and however the case
 * was read (the rules, or the second opinion on a romanized Urdu message): the child can call it themselves. A grown-up
 * at risk told of by a professional gets the short line with 112 and no children's line.
 *
 * The other classes (hiding from a relative now, cannot stay home tonight, a small child taken abroad for "the custom")
 * already get the card; their probes guard them here beside a calm twin each.
 */
const CHILDRENS_LINE = ['116 111'];

const childTold: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'Skolesykepleier her: en gutt på 14 skal sendes på skole i utlandet for å lære skikk og bruk, billettene er kjøpt'],
  ['nn', 'Eg jobbar som helsesjukepleiar, ein gut på 13 skal sendast te ein skule i utlande for å læra seg å oppføra seg, billettane e kjøpt'],
  ['nn', 'Eg er lærar, ein gut på 14 skal sendast på skule i utlandet for å læra seg folkeskikk, billettane er kjøpte'],
  ['en', "I'm a teacher. A boy of 13 will be sent to a school abroad to learn manners, the tickets are bought"],
  ['en', 'School nurse here: a girl of 15 is being taken to Somalia this summer to be married, the tickets are booked'],
  ['pl', 'Jestem nauczycielką. Chłopiec 14 lat ma zostać wysłany do szkoły za granicą żeby nauczyć się manier, bilety kupione'],
  ['ar', 'أنا معلمة. سيتم إرسال ولد عمره 13 سنة إلى مدرسة في الخارج ليتعلم الأدب، والتذاكر تم شراؤها'],
  ['so', 'Waxaan ahay macallin. Wiil 13 jir ah ayaa loo dirayaa dugsi dibadda ah si uu u barto edebta, tigidhada waa la iibsaday'],
  ['tr', 'Okul hemşiresiyim. 14 yaşında bir erkek çocuk terbiye öğrensin diye yurt dışında bir okula gönderilecek, biletler alındı'],
  ['ru', 'Я школьная медсестра. Мальчика 14 лет отправят в школу за границей учиться манерам, билеты уже куплены'],
  ['uk', 'Я вчителька. Хлопчика 13 років відправлять до школи за кордоном вчитися манер, квитки вже куплені'],
  ['fa', 'من معلم هستم. یک پسر ۱۴ ساله را برای یاد گرفتن ادب به مدرسه ای در خارج می فرستند، بلیط ها خریده شده'],
  ['ur', 'Main teacher hoon. Ek 14 saal ke larke ko tameez seekhne ke liye bahar ke school bheja ja raha hai, tickets le liye hain'],
];

/** Dangers of the other classes that already get the card: guarded, with the children's line where a child speaks. */
const dangers: ReadonlyArray<readonly [string, Lang, string]> = [
  ['hiding now', 'nb', 'Jeg har låst meg og sønnen min inne på badet, faren hans er rasende og broren hans er på vei hit. Han sa at gutten skal få en lærepenge han aldri glemmer'],
  ['hiding now', 'nn', 'Eg har låst meg og dottera mi inne på soverommet, onkelen hennar er sint og kjem hit no. Han seier ho skal læra seg folkeskikk'],
  ['hiding now', 'en', "I locked myself and my daughter in the bathroom, her dad is furious and her uncle is on his way. He said she'll learn a lesson she won't forget"],
  ['hiding now', 'ar', 'أغلقت على نفسي وعلى ابنتي باب الحمام، أبوها غاضب جدا وعمها في الطريق إلينا. قال إنها ستتعلم درسا لن تنساه'],
  ['hiding now', 'pl', 'Zamknęłam się z córką w łazience, jej ojciec jest wściekły a jego brat jest w drodze. Powiedział że ona dostanie nauczkę'],
  ['escaped abroad', 'nb', 'Jeg har akkurat kommet meg unna familien som holdt meg i Pakistan i to år. Jeg er på ambassaden nå og vil hjem i dag, hvor kan jeg bo når jeg lander?'],
  ['escaped abroad', 'en', "I just escaped from my relatives who kept me in Iraq for a year, I'm at the airport and want to go home to Norway today. Where can I live when I arrive?"],
  ['escaped abroad', 'so', 'Waxaan hadda ka soo baxsaday qaraabadayda oo i haysay Soomaaliya laba sano. Waxaan joogaa safaaradda, maanta ayaan rabaa inaan dalka ku laabto'],
  ['not home tonight', 'nb', 'Jeg er 16 og tør ikke være hjemme i natt. Hvor kan jeg sove?'],
  ['not home tonight', 'nn', 'Eg er 17 og eg tør ikkje vera heime i natt, kvar kan eg sova?'],
  ['not home tonight', 'en', "I'm 19 and I can't stay at home tonight, where can I sleep?"],
  ['not home tonight', 'pl', 'Mam 17 lat i nie mogę dziś nocować w domu, gdzie mogę spać?'],
  ['not home tonight', 'tr', '17 yaşındayım ve bu gece evde kalamam, nerede kalabilirim?'],
  ['custom abroad', 'fa', 'دختر پنج ساله ام را برای رسم به افغانستان میبرند'],
  ['custom abroad', 'ar', 'سيأخذون ابنتي ذات الخمس سنوات إلى السودان من أجل الطقوس'],
  ['custom abroad', 'so', 'Gabadhayda 5 jirka ah waxay u qaadayaan Soomaaliya caadada awgeed'],
  ['custom abroad', 'ti', 'ጓለይ ናይ 5 ዓመት ናብ ኤርትራ ንልምዲ ክወስድዋ እዮም'],
  ['custom abroad', 'en', 'They are taking my 5 year old girl to Somalia for the ceremony'],
  ['signs of cutting', 'en', 'The mother asked when her daughters aged 6 and 8 will be made clean, the grandmother is coming to arrange it'],
];

const calm: ReadonlyArray<readonly [string, Lang, string]> = [
  ['hiding now', 'nb', 'Jeg låste baderomsdøra for å dusje i fred'],
  ['escaped abroad', 'nb', 'Jeg har studert i Spania i to år og vil flytte hjem igjen, hvordan finner jeg bolig?'],
  ['not home tonight', 'en', "I can't be home tonight because I'm at a sleepover at my friend's"],
  // Session 38's retrain put the card on this twin; an everyday reason beside a time word is no longer asked of the
  // second opinion (second-opinion-gate.json calmAsked everydayAway, safety39c).
  ['not home tonight', 'nb', 'Jeg kan ikke være hjemme i natt fordi jeg har nattevakt'],
  ['signs of cutting', 'nb', 'Når blir jentene ferdige med skolen i dag?'],
  ['signs of cutting', 'en', "I bought razors for my father's beard"],
  ['custom abroad', 'en', 'We go to Eritrea for the baptism of our baby'],
  ['child told', 'nb', 'Jeg er lærer. En gutt på 14 skal på utveksling i utlandet, hvordan kan skolen hjelpe?'],
];

describe('safety38s: a child under 18 at risk, told of by someone else, gets 116 111 beside 112', () => {
  const runner = conversationRunnerPerFile();

  test.each(childTold)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(true);
  });

  it('a grown-up at risk told of by her doctor gets the short line with 112, not the children\'s line', async () => {
    const view = await runner.turn('nb', 'Jeg er fastlege. En pasient på 30 blir overvåket av mannen sin hele tiden og vil ut av ekteskapet, hva gjør jeg?');
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, CHILDRENS_LINE)).toBe(false);
  });
});

describe('safety38s: dangers told without a harm word get the card first', () => {
  const runner = conversationRunnerPerFile();

  test.each(dangers)('%s (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  test.each(calm)('%s calm twin (%s): %s', async (_class, lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expectCalmByTheRules(view, text, lng);
  });
});
}

// ─── after38s.test.ts ────────────────────────────────────────────────────────────────────────────────────

{
/**
 * after38s (issue #13, safety): after a service's contact card (Kompetanseteamet, open weekdays in the daytime), a
 * follow-up says the service may be closed, the clock is said as now ("it's 7 pm", "klokka er sju no", "saat akşam 7",
 * "сейчас 7 вечера", "jest 19") and someone is on the way for the child: the emergency card, 112 first, in all twelve
 * languages. Our own probes; calm twins: the evening hours asked alone, "if they are closed, I can call tomorrow", and a
 * class at 7 said in passing. (Somali "xiran" and Tigrinya "ተዓጽዮም", closed, are also read as locked up: that
 * twin in those two languages still gets the card, as on main; left for a danger-reader change.)
 */
type Probe = readonly [Lang, readonly string[]];

const afterHoursNow: readonly Probe[] = [
  ['nb', ['hva er nummeret til kompetanseteamet?', 'og hvis de er stengt? klokka er sju nå og faren er på vei for å hente ungen']],
  ['nb', ['tlf til kompetanseteamet?', 'men om dei har stengt da? klokken er 19 og onkelen kommer for å ta med seg jenta']],
  ['nn', ['kva er nummeret til kompetanseteamet?', 'og viss dei er stengde? klokka er sju no og faren er på veg for å hente jenta']],
  ['en', ['what is the number for kompetanseteamet?', "and if they're closed? it's 7 pm and her father is on his way to take the child"]],
  ['en', ['phone number for kompetanseteamet?', 'what if they are closed? its 8 in the evening now and the uncle is coming to get the kid']],
  ['ar', ['ما رقم kompetanseteamet؟', 'وإذا كانوا مغلقين؟ الساعة الآن السابعة مساءً والأب في الطريق ليأخذ الطفلة']],
  ['so', ['waa maxay lambarka kompetanseteamet?', 'haddii ay xiran yihiin? hadda waa 7 fiidnimo aabbaha ayaa u socda inuu qaado ilmaha']],
  ['fa', ['شماره kompetanseteamet چنده؟', 'اگه بسته باشن چی؟ الان ساعت ۷ شبه و پدرش داره میاد بچه رو ببره']],
  ['ur', ['kompetanseteamet ka number kya hai?', 'agar woh band hon to? abhi shaam ke 7 baje hain aur chacha bachi ko lene aa raha hai']],
  ['uk', ['який номер kompetanseteamet?', 'а якщо вони зачинені? зараз 7 вечора і батько їде забрати дитину']],
  ['ru', ['какой номер у kompetanseteamet?', 'а если они закрыты? сейчас 7 вечера и отец едет забрать ребёнка']],
  ['tr', ['kompetanseteamet in numarası ne?', 'ya kapalılarsa? saat akşam 7 ve babası çocuğu almaya geliyor']],
  ['pl', ['jaki jest numer do kompetanseteamet?', 'a jeśli są zamknięci? jest 19 i ojciec jedzie zabrać dziecko']],
  ['ti', ['ቁጽሪ kompetanseteamet እንታይ እዩ?', 'እንተ ተዓጽዮም ከ? ሕጂ ሰዓት 7 ምሸት እዩ ኣቦኣ ነታ ቆልዓ ክወስዳ ይመጽእ ኣሎ']],
];

const eveningHours: readonly Probe[] = [
  ['nb', ['hva er nummeret til kompetanseteamet?', 'har de åpent på kvelden?']],
  ['nn', ['kva er nummeret til kompetanseteamet?', 'har dei ope om kvelden?']],
  ['en', ['what is the number for kompetanseteamet?', 'are they open in the evening?']],
  ['ar', ['ما رقم kompetanseteamet؟', 'هل هم مفتوحون في المساء؟']],
  ['so', ['waa maxay lambarka kompetanseteamet?', 'ma furan yihiin fiidkii?']],
  ['fa', ['شماره kompetanseteamet چنده؟', 'عصرها هم بازن؟']],
  ['ur', ['kompetanseteamet ka number kya hai?', 'kya woh shaam ko khule hote hain?']],
  ['uk', ['який номер kompetanseteamet?', 'вони працюють увечері?']],
  ['ru', ['какой номер у kompetanseteamet?', 'они работают вечером?']],
  ['tr', ['kompetanseteamet in numarası ne?', 'akşamları açıklar mı?']],
  ['pl', ['jaki jest numer do kompetanseteamet?', 'czy są otwarci wieczorem?']],
  ['ti', ['ቁጽሪ kompetanseteamet እንታይ እዩ?', 'ምሸት ክፉታት ድዮም?']],
];

const closedTomorrow: readonly Probe[] = [
  ['nb', ['hva er nummeret til kompetanseteamet?', 'hva om de er stengt, da kan jeg ringe i morgen']],
  ['nn', ['kva er nummeret til kompetanseteamet?', 'viss dei er stengde, kan eg ringje i morgon']],
  ['en', ['what is the number for kompetanseteamet?', 'what if they are closed, I can call tomorrow']],
  ['ar', ['ما رقم kompetanseteamet؟', 'إذا كانوا مغلقين أقدر أتصل بكرة']],
  ['fa', ['شماره kompetanseteamet چنده؟', 'اگه بسته باشن فردا زنگ میزنم']],
  ['ur', ['kompetanseteamet ka number kya hai?', 'agar band hon to main kal call kar sakti hoon']],
  ['uk', ['який номер kompetanseteamet?', 'якщо вони зачинені, я можу подзвонити завтра']],
  ['ru', ['какой номер у kompetanseteamet?', 'если они закрыты, я могу позвонить завтра']],
  ['tr', ['kompetanseteamet in numarası ne?', 'kapalılarsa yarın arayabilirim']],
  ['pl', ['jaki jest numer do kompetanseteamet?', 'jeśli są zamknięci, mogę zadzwonić jutro']],
];

const classAtSeven: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'vi har en klasse klokka sju i kveld, kan noen fra kompetanseteamet holde et foredrag om negativ sosial kontroll?'],
  ['nn', 'vi har ein klasse klokka sju i kveld, kan nokon frå kompetanseteamet halde eit føredrag om negativ sosial kontroll?'],
  ['en', "we have a class at 7 pm, can someone from kompetanseteamet give a talk about negative social control?"],
  ['ar', 'عندنا صف الساعة السابعة مساءً، هل يمكن لأحد من kompetanseteamet أن يقدم محاضرة عن السيطرة الاجتماعية السلبية؟'],
  ['so', 'fasalkeena waa 7 fiidnimo, qof ka socda kompetanseteamet ma na siin karaa muxaadaro ku saabsan xakamaynta bulshada ee xun?'],
  ['fa', 'ما ساعت ۷ عصر کلاس داریم، کسی از kompetanseteamet میتونه درباره کنترل اجتماعی منفی صحبت کنه؟'],
  ['ur', 'hamari class shaam 7 baje hai, kya kompetanseteamet se koi negative social control par lecture de sakta hai?'],
  ['uk', 'у нас заняття о 7 вечора, чи може хтось з kompetanseteamet прочитати лекцію про негативний соціальний контроль?'],
  ['ru', 'у нас занятие в 7 вечера, может ли кто-то из kompetanseteamet прочитать лекцию о негативном социальном контроле?'],
  ['tr', 'akşam 7 de dersimiz var, kompetanseteamet ten biri olumsuz sosyal kontrol hakkında sunum yapabilir mi?'],
  ['pl', 'mamy zajęcia o 19, czy ktoś z kompetanseteamet może poprowadzić wykład o negatywnej kontroli społecznej?'],
  ['ti', 'ሰዓት 7 ምሸት ክፍሊ ኣለና፣ ካብ kompetanseteamet ሓደ ሰብ ብዛዕባ ኣሉታዊ ማሕበራዊ ቁጽጽር ትምህርቲ ክህበና ይኽእል ድዩ?'],
];

describe('after38s: closed, the clock said as now and someone on the way for the child: the emergency card', () => {
  const runner = conversationRunnerPerFile();

  it.each(afterHoursNow)('%s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112', '١١٢', '۱۱۲'])).toBe(true);
  });

  describe('calm twins', () => {
    it.each(eveningHours)('evening hours asked alone, %s: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(view.emergency).toBe(false);
    });
    it.each(closedTomorrow)('closed, I can call tomorrow, %s: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(view.emergency).toBe(false);
    });
    it.each(classAtSeven)('a class at 7 in passing, %s: %s', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.emergency).toBe(false);
    });
  });
});
}

// ─── dev38a.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * dev38a (issue #13): classes behind general-blind-120's failures in Urdu, with our own probes (none of them the
 * development set's sentences):
 *  1. After a service's number, "and if they are closed?" said in romanized or script Urdu ("band hon/hain", "بند ہوں")
 *     with the clock said as now ("shaam ke 7 baje hain", "ابھی رات") and someone on the way for the child: the
 *     emergency card. Calm twins: "if they are closed?" alone gets the numbers open now as information, no card; a
 *     question about their evening hours stays the contact card.
 *  2. Kompetanseteamet's cases of involuntary stays abroad asked in romanized Urdu ("bahar mulk mein zabardasti rok…",
 *     "beroon e mulk … phanse"): that series' figure. Calm twin: the cases alone stay the total.
 */
type Probe = readonly [Lang, readonly string[]];

const afterHoursNow: readonly Probe[] = [
  ['ur', ['kompetanseteamet ka number kya hai?', 'agar wo band hain to kya karein? raat ke 9 baj rahe hain aur larke ki maa usay lene aa rahi hai']],
  ['ur', ['kompetanseteamet ka number kya hai?', 'اگر وہ بند ہوں تو؟ شام کے آٹھ بجے ہیں اور بچی کا باپ اسے لینے آ رہا ہے']],
  ['ur', ['Red Cross ki line ka number?', 'woh band hon to? abhi raat hai aur bache ke walid usey lene aa rahe hain']],
  ['ur', ['kompetanseteamet ka phone number?', 'aur agar band hon? abhi shaam hai, bachi ka abbu gussay mein usey lene aa raha hai']],
  ['ur', ['Red Cross ki helpline ka number kya hai?', 'اگر بند ہیں تو؟ ابھی رات کے دس بج رہے ہیں اور لڑکی کا چچا اسے لینے آ رہا ہے']],
];

const involuntaryStays: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
  ['ur', 'kompetanseteamet ke paas 2021 mein kitne case aaye aur kitne bahar ke mulk mein phanse hue logon ke thay?', [['759']]],
  ['ur', '2022 mein kompetanseteamet ke paas kitne maamle thay, aur beroon e mulk zabardasti roke gaye logon ke kitne?', [['891'], ['113']]],
  ['ur', '2022 mein kompetanseteamet ke total kitne case thay aur kitne baahar mulk mein zabardasti rakhe gaye logon ke?', [['891'], ['113']]],
];

describe('dev38a: after hours, the clock said as now and someone on the way for the child (Urdu)', () => {
  const runner = conversationRunnerPerFile();

  it.each(afterHoursNow)('%s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112', '١١٢', '۱۱۲'])).toBe(true);
  });

  describe('calm twins', () => {
    it('"and if they are closed?" alone: the numbers open now, as information, no emergency card', async () => {
      const view = await runner.turn('ur', ['kompetanseteamet ka number kya hai?', 'aur agar woh band hon?']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['112', '۱۱۲'])).toBe(true);
    });
    it('their evening hours asked stay the contact card', async () => {
      const view = await runner.turn('ur', ['kompetanseteamet ka number kya hai?', 'kya woh shaam ko bhi khule hote hain?']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });
    it('an hour of a lesson said is no time at hand', async () => {
      const view = await runner.turn('ur', 'hamari class kal shaam ke 5 baje hain, negative social control par lecture kaun de sakta hai?');
      expect(view.emergency).toBe(false);
    });
  });
});

describe('dev38a: involuntary stays abroad asked in romanized Urdu', () => {
  const runner = conversationRunnerPerFile();

  it.each(involuntaryStays)('%s: %s', async (lng, message, facts) => {
    const view = await runner.turn(lng, message);
    expect(view.emergency).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it('twin: the cases alone stay the total', async () => {
    const view = await runner.turn('ur', '2022 mein kompetanseteamet ke kitne cases thay?');
    expect(containsFact(view.texts, ['891'])).toBe(true);
    expect(containsFact(view.texts, ['113'])).toBe(false);
  });
});
}

// ─── dev38b.test.ts ──────────────────────────────────────────────────────────────────────────────────────

const reader = loadSituationReader();

/**
 * dev38b (issue #13): a young writer who says their own age and tells what a friend said or went through ("I'm 14 and
 * my friend said it hurts", "venninna mi sa…") is still writing about their own life: the emergency card with the
 * children's line 116 111, not a professional's "someone else's case" reading. The friend words listed among the
 * adultRole cues (content/understanding/situation) used to cancel the writer's own age (rule own-age-beside-friend).
 * Our own probes, none of them the development set's sentences. Twins: the same story told by a grown-up who says
 * their own age is no young writer (the card still comes; the friend's child may call 116 111).
 */
const young: ReadonlyArray<readonly [Lang, string]> = [
  ['en', "I'm 14 and my friend said it hurts a lot when they do it there, we go to Sudan in july"],
  ['en', 'im 15 and my best friend told me her cousin got cut in somalia, my mum says we travel there this summer'],
  ['nb', 'jeg er 13 og venninna mi sa at de kutter jenter der vi skal i sommer, pappa sier vi reiser til Etiopia'],
  ['nb', 'jeg er 15 og vennen min sa at de kommer til å gifte meg bort når vi drar til pakistan i sommerferien'],
  ['nn', 'eg er 14 og venninna mi seier at dei skjer jenter der vi skal i sommar. mamma seier vi dreg til Somalia'],
  ['ru', 'мне 14, моя подруга сказала что там девочкам делают обрезание, а мы летим туда летом'],
  ['pl', 'mam 15 lat i moja przyjaciółka mówi że w Somalii obcinają dziewczyny, jedziemy tam w lipcu'],
];

describe('a young writer’s own age beside a friend’s words: the emergency card with 116 111 (dev38b)', () => {
  const runner = conversationRunnerPerFile();
  it.each(young)('%s: "%s"', async (lang, text) => {
    expect(reader.read(text).youngWriter).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
  it.each([
    ['en', "I'm 34 and my friend said they will cut her daughter in Sudan this july"],
    ['nb', 'jeg er 40 og venninna mi sa at datteren hennes skal kuttes i Etiopia i sommer'],
  ] as const)('%s: a grown-up who says their age and tells of a friend’s child: the card, but no young writer', async (lang, text) => {
    expect(reader.read(text).youngWriter).toBe(false);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });
  it.each([
    ['nb', 'jeg er 15 og venninna mi spør hvor mange saker Kompetanseteamet hadde i 2023'],
    ['en', "i'm 16 and my friend wants to know how many cases the diversity advisers had in 2023"],
  ] as const)('%s: a young writer’s calm question beside a friend stays calm', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
  });
});

// ─── two38.test.ts ───────────────────────────────────────────────────────────────────────────────────────

{
/**
 * two38 (issue #13): the second need in one message was dropped. Our own probes (none of them an evaluation item's
 * sentence), each with a twin that asks the first need only and must get one answer without the second:
 *  A. a part asking for a website to read ("…, and is there a site for pupils about it?", "czy jest jakaś strona dla
 *     uczniów", "موقع نرويجي يقرأ فيه", "сайт NKVTS") was read as the part before again or as a guessed article:
 *     it is the sites' card of its own (needs.ts `siteAsked`); NKVTS names dinutvei.no.
 *  B. a line about violence at home written as people write it in so, fa, nn ("khad rabshadaha qoyska", "خشونت تو
 *     خونه", "telefonlinje for vald i naere relasjonar") was no service: it is VO-linjen.
 *  C. a figure asked "now" beside another figure's year ("how many envoy posts now, and the cases for 2023?"): each
 *     figure is answered, the year not drawn into the first.
 */
type Probe = readonly [string, Lang, string, readonly (readonly string[])[], string, readonly (readonly string[])[]];

const SITES = ['Nora', 'ung.no'];
const probes: readonly Probe[] = [
  // [class, language, two needs, facts of both, the first need alone, the second need's facts it must not show]
  ['A', 'en', 'how many cases did Kompetanseteamet have in 2022, and is there a website for students about this?', [SITES], 'how many cases did Kompetanseteamet have in 2022?', [SITES]],
  ['A', 'pl', 'ile spraw mieli doradcy mangfoldsrådgiver w 2023 i czy jest jakaś strona dla uczniów o tym?', [SITES], 'ile spraw mieli doradcy mangfoldsrådgiver w 2023?', [SITES]],
  ['A', 'ar', 'كم حالة عند mangfoldsrådgiverne في 2023؟ وهل يوجد موقع نرويجي يقرأ فيه التلاميذ عن حقوقهم؟', [SITES], 'كم حالة عند mangfoldsrådgiverne في 2023؟', [SITES]],
  ['A', 'nb', 'hva er nummeret til kompetanseteamet, og finnes det en side for elever om negativ sosial kontroll?', [['478 09 050'], SITES], 'hva er nummeret til kompetanseteamet?', [SITES]],
  ['A', 'ru', 'дайте номер SEIF, и ещё нужен сайт NKVTS, где можно почитать про насилие', [['22 03 48 30'], ['dinutvei.no']], 'дайте номер SEIF', [['dinutvei.no']]],
  ['A', 'nn', 'kor mange saker hadde utsendingane i 2023, og finst det ei nettside for elevar om dette?', [['245'], SITES], 'kor mange saker hadde utsendingane i 2023?', [SITES]],
  ['B', 'fa', 'شماره Kompetanseteamet چیه؟ یه خط هم هست برای خشونت تو خونه که خود زن زنگ بزنه؟', [['478 09 050', '۴۷۸ ۰۹ ۰۵۰'], ['116 006', '۱۱۶ ۰۰۶']], 'شماره Kompetanseteamet چیه؟', [['116 006', '۱۱۶ ۰۰۶']]],
  ['B', 'so', 'Waa maxay lambarka SEIF? oo ma jiraa khad rabshadaha qoyska ah oo ay wici karto?', [['22 03 48 30'], ['116 006']], 'Waa maxay lambarka SEIF?', [['116 006']]],
  ['B', 'nn', 'kva er nummeret til SEIF, og finst det ei telefonlinje for vald i naere relasjonar?', [['22 03 48 30'], ['116 006']], 'kva er nummeret til SEIF?', [['116 006']]],
  ['B', 'fa', 'سایت dinutvei.no مال کدوم سازمانه؟ یه شماره هم برای خشونت در خانه هست؟', [['NKVTS'], ['116 006', '۱۱۶ ۰۰۶']], 'سایت dinutvei.no مال کدوم سازمانه؟', [['116 006', '۱۱۶ ۰۰۶']]],
  ['B', 'so', 'Lambarka Alarmtelefonen waa maxay? oo khadka rabshadaha qoyska ee dadka waaweyn?', [['116 111'], ['116 006']], 'Lambarka Alarmtelefonen waa maxay?', [['116 006']]],
  ['C', 'en', 'how many envoy posts are there now and what was the total case count for 2023?', [['245']], 'how many envoy posts are there now?', [['245']]],
];

describe('two38: the second need in one message is kept (issue #13)', () => {
  const runner = conversationRunnerPerFile();
  it.each(probes)('%s %s: %s', async (_cls, lng, both, facts, firstOnly, notFacts) => {
    const view = await runner.turn(lng, both);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    const twin = await runner.turn(lng, firstOnly);
    expect(twin.emergency).toBe(false);
    expect(twin.answers).toBe(1);
    for (const spellings of notFacts) expect([spellings, containsFact(twin.texts, spellings)]).toEqual([spellings, false]);
  });
});
}

// ─── follow38.test.ts ────────────────────────────────────────────────────────────────────────────────────

{
/**
 * follow38 (issue #13): follow-up turns that lost their context, fixed as classes with our own probes:
 *  1. A contact's detail asked after its card ("and the e-mail?", "do they have chat?") in a case form of the word
 *     (uk "чату", ru "чата", pl "czatu"), or with Tigrinya "ኣለዎም" ("do they have"); the Russian genitive "МИДа"
 *     names UD's operations centre, so its e-mail follow-up has a card to follow.
 *  2. A country switch typed with Turkish lower-case dotless ı ("ırak'tan kim sorumlu?"): Iraq, so Amman.
 *  3. After a plan for a case in a country (child welfare, Kompetanseteamet), "which other countries does the envoy in
 *     Ankara cover?" gives that post's coverage (Russia, mostly Chechnya), also typed without Turkish letters.
 * Twins: the same words without the earlier turn are not read as a follow-up of anything.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. a contact's detail
  ['detail', ['ru', ['Какой номер у оперативного центра МИДа для норвежцев за рубежом?', 'а электронная почта?'], [['UDops@mfa.no']]]],
  ['detail', ['ru', ['дайте номер оперативного центра МИДа', 'и адрес почты?'], [['UDops@mfa.no']]]],
  ['detail', ['uk', ['який номер VO-linjen?', 'а чату в них немає?'], [['volinjen.no']]]],
  ['detail', ['pl', ['jaki jest numer do VO-linjen?', 'a czatu nie mają?'], [['volinjen.no']]]],
  ['detail', ['ti', ['ቁጽሪ VO-linjen ሃበኒ', 'chat ኣለዎም?'], [['volinjen.no']]]],
  ['detail', ['ru', ['номер VO-linjen?', 'а в чате можно написать?'], [['volinjen.no']]]],
  // 2. Turkish lower-case dotless ı
  ['ırak', ['tr', ["ankara'daki özel temsilci hangi ülkelerden sorumlu?", "peki ırak'tan kim sorumlu?"], [['Amman']]]],
  ['ırak', ['tr', ['nairobideki özel temsilci neye bakıyor?', 'ırak için kime gidiyoruz?'], [['Amman']]]],
  ['ırak', ['tr', ['ıraklı bir kız için hangi büyükelçilik?'], [['Amman']]]],
  // 3. an envoy's coverage after a plan for a case
  ['coverage', ['tr', ["barnevern: Türkiye'de tutulan norveçli bir kız için kime başvuralım?", "Ankara'daki elçi başka hangi ülkelere bakıyor?"], [['Rusya']]]],
  ['coverage', ['tr', ['okul: turkiyede alikonulan bir ogrenci icin kimi arayalim?', 'ankaradaki elci baska hangi ulkelerden sorumlu?'], [['Rusya']]]],
  ['coverage', ['en', ['child welfare here: who do we call about a Norwegian girl kept in Turkey?', 'which other countries does the envoy in Ankara cover?'], [['Russia']]]],
  ['coverage', ['nb', ['barnevernet: hvem kontakter vi om en norsk gutt som holdes igjen i Tyrkia?', 'hvilke andre land har utsendingen i Ankara ansvar for?'], [['Russland']]]],
];

describe('follow38: follow-ups that lost their context (a contact detail, dotless ı, an envoy post after a plan)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lng, turns, facts]) => {
    const view = await runner.turn(lng, turns);
    // Someone kept abroad is danger: the emergency card may come first; the answer must still follow the question.
    if (_class !== 'coverage') expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('twins: the same words without the earlier turn', () => {
    it.each<readonly [Lang, string, readonly string[]]>([
      ['ru', 'а электронная почта?', ['UDops@mfa.no']],
      ['pl', 'a czatu nie mają?', ['volinjen.no']],
      ['uk', 'а чату в них немає?', ['volinjen.no']],
      ['tr', "peki ırak'tan kim sorumlu?", ['Ankara özel görevlisi']],
    ])('%s %j alone is no follow-up', async (lng, text, notShown) => {
      const view = await runner.turn(lng, [text]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, notShown)).toBe(false);
    });
    it('after the plan for Turkey, a question about the figures is no envoy coverage', async () => {
      const view = await runner.turn('en', ['child welfare here: who do we call about a Norwegian girl kept in Turkey?', 'how many cases did the envoys have in 2023?']);
      expect(containsFact(view.texts, ['245'])).toBe(true);
    });
    it('a coverage question after an envoy answer stays with that envoy', async () => {
      const view = await runner.turn('tr', ["Amman'daki özel temsilci hangi ülkelerden sorumlu?", 'başka hangi ülkelere bakıyor?']);
      expect(containsFact(view.texts, ['Amman'])).toBe(true);
    });
  });
});
}

// ─── follow38s.test.ts ───────────────────────────────────────────────────────────────────────────────────

{
/**
 * follow38s (issue #13): contact follow-ups.
 *  3. A short everyday word must not be read as a country: Persian "آلمان" (Germany) folded to "المان" had left the
 *     stem "مان" as a name, so Arabic "كمان" (also: ك + مان) was Germany, and "is there a chat too?" after the Red
 *     Cross line was answered with the Ankara envoy (who advises on Germany). With that gone, Arabic "شات"/"الشات"
 *     (chat) ask a detail of the last contact.
 *  2. "Which countries does the envoy cover?" after an envoy answer gives the post's whole coverage (operational and
 *     guidance countries), in several languages.
 * Twins: the same follow-ups without the earlier turn; "also" in an ordinary Arabic sentence; Germany still read in
 * Arabic and Persian; a danger with "كمان" in it still a danger.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[], readonly string[]];

const RED_CROSS_AR = 'كيف أتصل بخط الصليب الأحمر عن السيطرة الاجتماعية؟';
const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 3. "also" is no country; chat words ask the last contact's detail
  ['also+chat', ['ar', [RED_CROSS_AR, 'وعندهم شات كمان؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', [RED_CROSS_AR, 'في دردشة كمان ولا بس تلفون؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['Røde Kors-telefonen شو رقمهم؟', 'فيه شات؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['Røde Kors-telefonen شو رقمهم؟', 'ممكن أكلمهم بالشات كمان؟'], [['rodekorstelefonen.no']], ['ألمانيا', 'أنقرة']]],
  ['also+chat', ['ar', ['ما هو رقم Kompetanseteamet؟', 'وايميلهم كمان؟'], [['kompetanseteamet@bufdir.no']], ['ألمانيا', 'أنقرة']]],
  // 2. an envoy's whole coverage
  ['coverage', ['en', ['Who is the special envoy in Amman?', 'Which countries does that envoy cover?'], [['Jordan'], ['Iraq'], ['Iran'], ['Syria']], []]],
  ['coverage', ['nb', ['hvem er spesialutsendingen i Amman?', 'hvilke land dekker hun?'], [['Jordan'], ['Irak'], ['Iran'], ['Syria']], []]],
  ['coverage', ['ar', ['من هو المبعوث الخاص في عمّان؟', 'ما الدول التي يغطيها؟'], [['الأردن'], ['العراق'], ['إيران'], ['سوريا']], []]],
  ['coverage', ['en', ['who is the envoy in Nairobi?', 'what countries does the envoy cover?'], [['Kenya'], ['Somalia']], []]],
  ['coverage', ['en', ['who is the envoy in Islamabad?', 'which countries does the envoy cover?'], [['Pakistan'], ['Afghanistan']], []]],
  ['coverage', ['en', ['who is the envoy in Ankara?', 'which countries does the envoy cover?'], [['Turkey', 'Türkiye'], ['Russia']], []]],
];

describe('follow38s: follow-ups after a contact (chat "also" in Arabic, an envoy\'s coverage)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_cls, [lang, turns, facts, absent]) => {
    const view = await runner.turn(lang, turns);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    for (const word of absent) expect([word, containsFact(view.texts, [word])]).toEqual([word, false]);
  });

  it('twins: the chat follow-ups alone read no country and raise no alarm', async () => {
    for (const text of ['وعندهم شات كمان؟', 'في دردشة كمان ولا بس تلفون؟']) {
      const view = await runner.turn('ar', text);
      expect(view.emergency).toBe(false);
      // (a list of every helpline may name the four envoy posts; none is chosen for Germany)
      expect([text, containsFact(view.texts, ['ألمانيا'])]).toEqual([text, false]);
    }
  });

  it('"also" in an ordinary Arabic sentence is no country; Germany, Oman and Amman are still read', () => {
    const countries = createCountryNames();
    const codes = (text: string, lng: Lang): string[] => countries.find(text, lng).map((m) => m.code);
    expect(codes('عندي سؤال كمان عن الزواج القسري', 'ar')).toEqual([]);
    expect(codes('وأنا كمان بدي أعرف', 'ar')).toEqual([]);
    expect(codes('كمان', 'ar')).toEqual([]);
    expect(codes('مان', 'fa')).toEqual([]);
    expect(codes('أخذوها إلى ألمانيا', 'ar')).toEqual(['DE']);
    expect(codes('سافروا المانيا', 'ar')).toEqual(['DE']);
    expect(codes('بردنش آلمان', 'fa')).toEqual(['DE']);
    expect(codes('خانواده‌ام در آلمان هستند', 'fa')).toEqual(['DE']);
    expect(codes('هو من عمان', 'ar')).toEqual(['OM']);
    expect(codes('سفارة النرويج في عمّان', 'ar').length).toBeGreaterThan(0);
  });

  it('a danger with "كمان" in it is still a danger; a calm sentence with it is calm', () => {
    expect(isDanger('أهلي أخذوا جوازي وكمان بدهم يزوجوني غصب عني', 'ar')).toBe(true);
    expect(isDanger('عندي سؤال كمان عن خط الصليب الأحمر', 'ar')).toBe(false);
  });
});
}

// ─── dym38.test.ts ───────────────────────────────────────────────────────────────────────────────────────

{
/**
 * dym38 (issue #13 kind 1): "did you mean" on messages whose role and asked thing are clear. Fixed as classes with our
 * own probes (none of them an evaluation item's text), in several languages each:
 *  1. A duty asked in plain words by someone whose role is said ("har eg nokon plikt her?", "czy muszę to zgłosić?",
 *     "maxaa waajib igu ah", "мы обязаны что-то делать?", "what is our role as the child welfare service"), with the
 *     role said as "X here", "as X", "we are staff of X": the duty article for the role (for a grown-up, the article
 *     for people over 18), with Kompetanseteamet's advice line.
 *  2. When the case-registration tool came (January 2023).
 *  3. What the current action plan is called and how long it runs (Sjef i eget liv, 2025–2028).
 *  4. Which study asked for a double focus on young people and parents (Fafo 2023).
 *  5. A term's meaning asked, then a story ("what does X actually mean?? my cousin says…"): the question decides.
 *  6. UD's 24/7 line asked with the ministry's name inflected (Russian "МИДа", "МИДом").
 *  7. Who helps with housing once a young person turns 18 (Kompetanseteamet, for people over 18).
 * Twins that really could mean two things keep "did you mean": a role said beside two topics and nothing asked.
 */
type Probe = readonly [string, Lang, string, readonly (readonly string[])[]];

const KT = ['478 09 050'];
const probes: readonly Probe[] = [
  ['duty', 'nn', 'eg er lærar. ei elev seier foreldra ikkje lèt henne vere med på leirskule. har eg nokon plikt her?', [KT]],
  ['duty', 'nb', 'jobber på nav. en bruker sier svigerforeldrene tar lønna hennes. må vi gjøre noe?', [KT]],
  ['duty', 'pl', 'nauczyciel tu. uczennica mówi, że rodzice nie pozwalają jej chodzić na urodziny koleżanek. czy muszę to zgłosić?', [KT]],
  ['duty', 'so', 'Macallimad ahaan, maxaa waajib igu ah haddii ardayad ay sheegto in aabaheed uusan u oggolayn inay dabaasho?', [KT]],
  ['duty', 'ru', 'мы сотрудники NAV. клиентке 24 года, муж забирает её деньги. мы обязаны что-то делать?', [KT]],
  ['duty', 'uk', "ми працівники NAV. доросла клієнтка каже, що свекри вирішують, з ким їй дружити. чи зобов'язані ми щось робити?", [KT]],
  ['duty', 'en', 'what is our role as the child welfare service when we suspect a family controls their son?', [KT]],
  ['duty', 'en', 'what do reception centre staff need to do if we suspect a resident is kept from the language course by her brother?', [KT]],
  ['tool', 'nb', 'når ble verktøyet for saksregistrering tatt i bruk egentlig?', [['2023']]],
  ['tool', 'nn', 'kor lenge har rådgivarane hatt registreringsverktøyet?', [['2023']]],
  ['tool', 'en', 'when did the case registration tool come in?', [['2023']]],
  ['tool', 'pl', 'od kiedy jest narzędzie do rejestracji spraw?', [['2023']]],
  ['plan', 'nb', 'hva heter handlingsplanen som gjelder nå?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'nn', 'kva heiter handlingsplanen som gjeld no, og kor lenge varer han?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'en', 'which action plan is in force now, and until when?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'tr', 'şimdiki eylem planının adı ne?', [['Sjef i eget liv'], ['2028']]],
  ['plan', 'fa', 'اسم برنامه اقدام فعلی چیه؟', [['Sjef i eget liv'], ['2028', '۲۰۲۸']]],
  ['plan', 'ru', 'как называется нынешний план действий?', [['Sjef i eget liv'], ['2028']]],
  ['study', 'nn', 'kven stod bak studien om dobbelt fokus på ungdom og foreldre?', [['Fafo']]],
  ['study', 'nb', 'hvilken forskning sier at hjelpen må ha dobbelt fokus på ungdom og foreldre?', [['Fafo']]],
  ['study', 'en', 'who wrote the study on a double focus on youth and parents?', [['Fafo']]],
  ['study', 'pl', 'kto zrobił badanie o podwójnym podejściu do młodzieży i rodziców?', [['Fafo']]],
  ['term', 'nb', 'hva betyr egentlig negativ sosial kontroll?? kusina mi sier jeg har det sånn siden jeg ikke får gå på fotballtrening eller ha instagram', [['Nora', 'ung.no', 'mangfoldsrådgiver', '815 55 201']]],
  ['ud', 'ru', 'круглосуточный телефон МИДа для норвежцев, застрявших за границей?', [['23 95 00 00']]],
  ['ud', 'ru', 'как связаться с МИДом ночью, если норвежец задержан за границей?', [['23 95 00 00']]],
  ['after 18', 'uk', 'ми з barnevernet. хлопцю 17, скоро 18 — хто тоді допомагає з житлом?', [['Kompetanseteamet']]],
  ['after 18', 'en', 'we are child welfare. she turns 18 in a month; who helps with housing after that?', [['Kompetanseteamet']]],
];

/** A role said beside two topics, or two things named with nothing asked: these could mean two things. */
const twins: ReadonlyArray<readonly [Lang, string]> = [
  ['nn', 'eg er lærar. verktøy eller plan?'],
  ['nb', 'hva med nettverk eller foreldre?? jeg lurer på det etter at kusina mi nevnte noe om det i går på trening'],
  ['nb', 'jobber på nav. nettverk og foreldre'],
  ['pl', 'nauczyciel tu. rodzice i młodzież?'],
  ['en', 'tool or plan?'],
];

describe('dym38: clear duty and history questions are answered, not "did you mean"', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s (%s): %s', async (_class, lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it.each(probes.filter(([c]) => c === 'duty'))('a calm duty question (%s, %s) gets no emergency card: %s', async (_class, lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });

  it.each(twins)('a message that could mean two things (%s) keeps "did you mean": %s', async (lang, message) => {
    const run = await runner.converse({ lang, turns: [message] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.didYouMean).toBe(true);
    expect(view.emergency).toBe(false);
  });
});
}

// ─── long38.test.ts ──────────────────────────────────────────────────────────────────────────────────────

{
/**
 * long38 (issue #13): figure and fact questions that got only part of what was asked. Own probes, fixed as classes:
 *  1. A count asked together with its largest category ("største kategori", "mostly what kind", "زیادہ تر کس قسم",
 *     "самая большая категория"): the case-type breakdown is shown beside the total (Kompetanseteamet 2022: 891,
 *     threats and violence 368; envoys 2023: 245, mostly involuntary stays abroad).
 *  2. Nora's traffic share asked as visits, visitors or "what %": the published 70 % (IMDi årsrapport 2023).
 *  3. The police's non-emergency number asked as "ikkje-naudnummeret" or "when it is not an emergency": 02800.
 * Twins: the count alone shows no breakdown; another Nora campaign figure is no traffic share; the emergency number
 * asked is 112.
 */
type Probe = readonly [Lang, string, readonly (readonly string[])[]];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. largest category beside the count
  ['largest category', ['nb', 'hvor mange saker hadde kompetanseteamet i 2022 og hva var største kategori?', [['891'], ['368']]]],
  ['largest category', ['nn', 'kor mange saker hadde kompetanseteamet i 2022, og kva var den største kategorien?', [['891'], ['368']]]],
  ['largest category', ['en', 'how many cases did the competence team have in 2022 and what was the largest group?', [['891'], ['368']]]],
  ['largest category', ['ur', '2023 میں spesialutsendinger کے پاس کتنے کیس تھے اور زیادہ تر کس قسم کے تھے؟', [['245'], ['بیرون']]]],
  ['largest category', ['ar', 'كم حالة كانت عند Kompetanseteamet في 2022 وما هي أكبر فئة؟', [['891'], ['368']]]],
  ['largest category', ['fa', 'Kompetanseteamet در سال ۲۰۲۲ چند پرونده داشت و بیشترشان چه نوع بودند؟', [['891'], ['368']]]],
  ['largest category', ['ru', 'сколько дел было у Kompetanseteamet в 2022 году и какая самая большая категория?', [['891'], ['368']]]],
  ['largest category', ['uk', 'скільки справ мав Kompetanseteamet у 2022 році і яка найбільша категорія?', [['891'], ['368']]]],
  ['largest category', ['tr', "Kompetanseteamet 2022'de kaç vaka aldı ve en büyük kategori hangisiydi?", [['891'], ['368']]]],
  ['largest category', ['pl', 'ile spraw miał Kompetanseteamet w 2022 i jaka była największa kategoria?', [['891'], ['368']]]],
  ['largest category', ['so', 'Kompetanseteamet immisa kiis ayay lahaayeen 2022, oo qaybta ugu weyn maxay ahayd?', [['891'], ['368']]]],
  // 2. Nora's traffic share
  ['traffic share', ['en', 'what % of traffic to nora comes from social media campaigns?', [['70']]]],
  ['traffic share', ['en', 'what share of visits to Nora come from social media campaigns?', [['70']]]],
  ['traffic share', ['nb', 'hvor stor andel av besøkende på Nora kommer fra kampanjer i sosiale medier?', [['70']]]],
  ['traffic share', ['nb', 'hvor mange % av trafikken til Nora kommer fra sosiale medier?', [['70']]]],
  ['traffic share', ['so', 'bogga Nora dadka soo booqda intooda badan ma waxay ka yimaadaan social media? boqolkiiba imisa?', [['70']]]],
  ['traffic share', ['tr', "Nora'nın ziyaretçilerinin yüzde kaçı sosyal medyadan geliyor?", [['70']]]],
  ['traffic share', ['ru', 'какая доля посетителей Nora приходит из соцсетей?', [['70']]]],
  ['traffic share', ['pl', 'jaki procent odwiedzających Norę pochodzi z mediów społecznościowych?', [['70']]]],
  // 3. the police's non-emergency number
  ['non-emergency', ['nn', 'kva er ikkje-naudnummeret til politiet?', [['02800']]]],
  ['non-emergency', ['nb', 'hva er politiets ikke-nødnummer?', [['02800']]]],
  ['non-emergency', ['en', "what's the police non-emergency number?", [['02800']]]],
  ['non-emergency', ['ar', 'شو رقم الشرطة لما ما يكون في طوارئ؟', [['02800']]]],
  ['non-emergency', ['ar', 'ما رقم الشرطة إذا مش طوارئ؟', [['02800']]]],
];

describe('long38: a figure or number asked in full', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lang, message, facts]) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  it('the count alone gets no breakdown (twin of 1)', async () => {
    for (const [lang, message] of [
      ['nb', 'hvor mange saker hadde kompetanseteamet i 2022?'],
      ['pl', 'ile spraw miał Kompetanseteamet w 2022?'],
    ] as const) {
      const view = await runner.turn(lang, message);
      expect([message, containsFact(view.texts, ['891'])]).toEqual([message, true]);
      expect([message, containsFact(view.texts, ['368'])]).toEqual([message, false]);
    }
  });

  it('another Nora figure is no traffic share (twin of 2)', async () => {
    const view = await runner.turn('en', 'how many people saw the Nora pride campaign?');
    expect(containsFact(view.texts, ['4 million', '4 000 000'])).toBe(true);
    expect(containsFact(view.texts, ['70%', '70 %'])).toBe(false);
  });

  it('the emergency number asked is 112 (twin of 3)', async () => {
    const view = await runner.turn('nb', 'hva er nødnummeret til politiet?');
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });
});
}

// ─── facts38s.test.ts ────────────────────────────────────────────────────────────────────────────────────

{
/**
 * facts38s (issue #13): figure and fact questions that missed what was asked, fixed as classes with our own probes:
 *  1. "and how many were there?" in the past tense after an answer about where a service's people work (fa بودند,
 *     ar كانوا, tr vardı, pl było): the service's headcount (59 diversity advisers, 2023).
 *  2. Nora's share of traffic from social media asked "how much of its visits" (ar كم من زياراتها, with or without و;
 *     so immisa boqolkiiba) after "what is Nora?": 70 % (IMDi årsrapport 2023, «Nettportalen Nora»).
 *  3. Somali "wadamada asalka" (countries of origin): the order of the advisers' origin countries, not only the count.
 *  4. The Nordic practitioners' network (first gathering in Oslo, 2023) asked beside RVTS's money (NOK 1.04 m): both
 *     answers, in languages that had no phrasing for the network.
 * Twins: a follow-up asking something else after Nora gets no 70 %; a plain case count gets no origin list; RVTS's
 * money alone gets no network.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const OSLO = ['Oslo', 'Осло', 'أوسلو', 'اوسلو', 'اسلو', 'اُسلو', 'ኦስሎ'];
const RVTS_MONEY = ['1,04', '1.04', '1 040 000'];

const probes: ReadonlyArray<readonly [string, Probe]> = [
  // 1. headcount asked in the past tense after where they work
  ['headcount', ['fa', ['مشاوران تنوع کجا کار می کنند؟', 'و چند نفر بودند؟'], [['59', '۵۹']]]],
  ['headcount', ['fa', ['مشاوران تنوع کجا کار میکنن؟', 'تعدادشان چند نفر بود؟'], [['59', '۵۹']]]],
  ['headcount', ['ar', ['أين يعمل مستشارو التنوع؟', 'وكم كانوا؟'], [['59', '٥٩']]]],
  ['headcount', ['tr', ['Çeşitlilik danışmanları nerede çalışıyor?', 'peki kaç kişi vardı?'], [['59']]]],
  ['headcount', ['pl', ['Gdzie pracują doradcy ds. różnorodności?', 'a ilu ich było?'], [['59']]]],
  ['headcount', ['nb', ['Hvor jobber mangfoldsrådgiverne?', 'og hvor mange var det?'], [['59']]]],
  // 2. Nora's traffic from social media
  ['traffic', ['ar', ['ما هي نورا؟', 'وكم من زياراتها تأتي من وسائل التواصل الاجتماعي؟'], [['70']]]],
  ['traffic', ['ar', ['ما هي نورا؟', 'كم من زوارها يأتون من مواقع التواصل الاجتماعي؟'], [['70']]]],
  ['traffic', ['so', ['Waa maxay Nora?', 'immisa boqolkiiba booqashadeeda ayaa ka timaada baraha bulshada?'], [['70']]]],
  ['traffic', ['so', ['Waa maxay Nora?', 'immisa boqolkiiba dadka booqda ayaa ka yimaada baraha bulshada?'], [['70']]]],
  ['traffic', ['fa', ['نورا چیست؟', 'و چند درصد بازدیدهایش از شبکه‌های اجتماعی می‌آید؟'], [['70', '۷۰']]]],
  // 3. origin countries of the advisers' cases
  ['origin', ['so', ['Waa kuwee wadamada asalka ugu badan ee kiisaska lataliyayaasha kala duwanaanshaha 2023?'], [['Afgaanistaan', 'Afghanistan']]]],
  ['origin', ['so', ['dalalka asalka ee kiisaska lataliyayaasha kala duwanaanshaha sanadkii 2023'], [['Afgaanistaan', 'Afghanistan']]]],
  ['origin', ['ar', ['من أي بلدان جاء معظم الأشخاص في قضايا مستشاري التنوع عام 2023؟'], [['العراق']]]],
  ['origin', ['nb', ['Hvilke opprinnelsesland var vanligst i sakene til mangfoldsrådgiverne i 2023?'], [['Afghanistan']]]],
  // 4. RVTS money and the Nordic network together
  ['nordic', ['ru', ['Сколько получает RVTS и где прошла первая встреча северной сети?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['uk', ['Скільки коштів отримує RVTS і де зустрілася північна мережа?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['tr', ['RVTS ne kadar para aldı ve İskandinav ağı nerede toplandı?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['pl', ['Ile pieniędzy dostał RVTS i gdzie spotkała się nordycka sieć praktyków?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['nb', ['Hvor mye penger fikk RVTS, og hvor møttes det nordiske nettverket?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['nn', ['Kor mykje pengar fekk RVTS, og kvar møttest det nordiske nettverket?'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['ar', ['كم حصلت RVTS من المال وأين عقد أول اجتماع لشبكة دول الشمال؟'], [RVTS_MONEY, OSLO]]],
  ['nordic', ['fa', ['RVTS چقدر پول گرفت و اولین نشست شبکهٔ نوردیک کجا بود؟'], [RVTS_MONEY, OSLO]]],
];

describe('facts38s: figure questions answered in full (headcount follow-up, Nora traffic, origin order, Nordic network)', () => {
  const runner = conversationRunnerPerFile();

  it.each(probes)('%s: %j', async (_class, [lng, turns, facts]) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lng);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it('the Arabic "how much of its visits … from social media" is read as the share of traffic, with or without و', () => {
    for (const text of ['وكم من زياراتها تأتي من وسائل التواصل الاجتماعي؟', 'كم من زيارات نورا تأتي من وسائل التواصل الاجتماعي؟']) {
      expect(toEnglishCues(normalize(text), 'ar')).toContain('what share of traffic');
    }
    // Visits counted with no social media named stay a count, not a share.
    expect(toEnglishCues(normalize('وكم من زيارات نورا؟'), 'ar')).not.toContain('what share of traffic');
  });

  it('Somali "wadamada asalka" asks the split by country of origin', () => {
    const read = parseStatsQuestion(normalize('Waa kuwee wadamada asalka ugu badan ee kiisaska lataliyayaasha kala duwanaanshaha 2023?'), new Date('2026-12-07T00:00:00Z'), 'so');
    expect(read?.query.breakdown).toBe('origin-country');
    expect(read?.query.service).toBe('diversity-advisers');
  });

  describe('twins that ask something else', () => {
    it('after Nora, a question about its social-media accounts gets no traffic share', async () => {
      const view = await runner.turn('ar', ['ما هي نورا؟', 'هل لديها حساب على وسائل التواصل الاجتماعي؟']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['70 %', '70%', '٧٠'])).toBe(false);
    });
    it('a plain Somali case count of the advisers gets the count, not the origin order', async () => {
      const view = await runner.turn('so', ['Imisa kiis ayay lataliyayaasha kala duwanaanshaha lahaayeen 2023?']);
      expect(containsFact(view.texts, ['899'])).toBe(true);
      expect(containsFact(view.texts, ['Afgaanistaan', 'Afghanistan'])).toBe(false);
    });
    it("RVTS's money alone gets no Nordic network", async () => {
      const view = await runner.turn('nb', ['Hvor mye penger fikk RVTS i 2023?']);
      expect(containsFact(view.texts, RVTS_MONEY)).toBe(true);
      expect(containsFact(view.texts, OSLO)).toBe(false);
    });
    it('after where the advisers work, "how many did they help?" in Persian is not their headcount', async () => {
      const view = await runner.turn('fa', ['مشاوران تنوع کجا کار می کنند؟', 'و چند نفر را کمک کردند؟']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['تعداد مشاوران تنوع'])).toBe(false);
    });
  });
});
}

// ─── lang38s.test.ts ─────────────────────────────────────────────────────────────────────────────────────

/**
 * lang38s (issue #13), fixed as classes with our own probes (none of them an evaluation item's text):
 *  1. One language per turn: a short follow-up naming a Norwegian service or role only ("a mangfoldsrådgiverne?")
 *     keeps the conversation's language; a first Roman Urdu message with an English or Norwegian word ("SEIF ka
 *     number?") from an Urdu Teams is Urdu; a number-heavy Roman Urdu question with words other languages share ("me")
 *     is Urdu. Twins: a whole sentence in another language switches.
 *  2. Clear duty and case questions get an answer, not "did you mean": "my duty" in Tigrinya, "what am I obliged to
 *     do" in Russian and Ukrainian, "should I do anything" about a marriage the story says is freely chosen (calm, no
 *     112 block). Twin: the same marriage against her will keeps the block.
 *  3. After-school care (SFO, AKS) asked as an errand is declined politely; the same place named in a story of control
 *     stays in scope.
 */
describe('lang38s', () => {
  const runner = conversationRunnerPerFile();

  describe('1. the conversation language is kept for a follow-up whose own language is unclear', () => {
    const kept: ReadonlyArray<readonly [Lang, readonly string[]]> = [
      ['pl', ['który ambasada zajmuje się sprawami z Pakistanu?', 'a integreringsrådgiverne?']],
      ['pl', ['numer do SEIF?', 'a mangfoldsrådgiverne?']],
      ['pl', ['jaki jest numer do Kompetanseteamet?', 'a Røde Kors-telefonen?']],
      ['fa', ['شماره Kompetanseteamet چیست؟', 'va rådgiverne?']],
      ['ti', ['ናይ Kompetanseteamet ቁጽሪ እንታይ እዩ?', 'mangfoldsrådgiverne?']],
      ['so', ['Kompetanseteamet lambarkooda?', 'iyo mangfoldsrådgiverne?']],
      ['tr', ['Kompetanseteamet\'in numarası ne?', 'peki mangfoldsrådgiverne?']],
      ['ur', ['SEIF ka number?']],
      ['ur', ['Kompetanseteamet ka email?']],
      ['ur', ['2023 me kitne oppdrag kiye fagteamet ne?']],
      ['ur', ['ایمبولینس کا نمبر؟', 'aur Kompetanseteamet?']],
      ['so', ['SEIF number kee?']],
    ];
    it.each(kept)('%s: %j', async (lng, turns) => {
      const view = await runner.turn(lng, turns);
      expect(view.replyLanguage).toBe(lng);
      expect(view.answers).toBeGreaterThan(0);
    });

    const switched: ReadonlyArray<readonly [Lang, readonly string[], Lang]> = [
      ['pl', ['jaki jest numer do Kompetanseteamet?', 'og Røde Kors sitt nummer?'], 'nb'],
      ['pl', ['numer do SEIF?', 'what about the diversity advisers?'], 'en'],
      ['tr', ['Kompetanseteamet\'in numarası ne?', 'hva er nummeret til Røde Kors?'], 'nb'],
      ['ur', ['what is forced marriage?'], 'en'],
    ];
    it.each(switched)('a real switch: %s %j → %s', async (lng, turns, to) => {
      const view = await runner.turn(lng, turns);
      expect(view.replyLanguage).toBe(to);
    });

    it('chooseLanguage: a Norwegian noun alone keeps the conversation, plain Norwegian does not', () => {
      const nounOnly = { lng: 'nb' as const, reliable: true, variantUnmarked: true, norwegianNounsOnly: true };
      expect(chooseLanguage({ preferred: undefined, detected: nounOnly, previous: 'pl', locale: 'pl', fallback: 'nb' })).toBe('pl');
      expect(chooseLanguage({ preferred: undefined, detected: nounOnly, previous: 'nn', locale: 'nn', fallback: 'nb' })).toBe('nn');
      const plain = { lng: 'nb' as const, reliable: true, variantUnmarked: true };
      expect(chooseLanguage({ preferred: undefined, detected: plain, previous: 'pl', locale: 'pl', fallback: 'nb' })).toBe('nb');
      // A first message with little English of its own from an Urdu Teams is Roman Urdu; from an English Teams it is English.
      const little = { lng: 'en' as const, reliable: false, littleOwn: true };
      expect(chooseLanguage({ preferred: undefined, detected: little, previous: undefined, locale: 'ur', fallback: 'nb' })).toBe('ur');
      expect(chooseLanguage({ preferred: undefined, detected: little, previous: undefined, locale: 'en', fallback: 'nb' })).toBe('en');
    });
  });

  describe('2. clear duty and case questions are answered', () => {
    const duty: ReadonlyArray<readonly [Lang, string]> = [
      ['ti', 'ኣነ መምህር እየ። ተምሃሪተይ ሓዋ ንተሌፎና ይፍትሽ ኢላትኒ። ግቡኣይ እንታይ እዩ?'],
      ['ti', 'መምህር እየ። ሓንቲ ተምሃሪት ስድራኣ ኣዝዮም ይቆጻጸርዋ፣ ምስ መሓዙታ ክትወጽእ ኣይፍቀደላን። ግቡአይ እንታይ እዩ?'],
      ['ru', 'Я учительница. Ученица рассказала, что брат контролирует её телефон и не разрешает гулять. Что я обязана делать?'],
      ['uk', 'Я вчителька. Учениця розповіла, що брат постійно контролює її телефон і не пускає гуляти. Який мій обов\'язок?'],
    ];
    it.each(duty)('%s duty: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.replyLanguage).toBe(lng);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
      expect(containsFact(view.texts, ['opplysningsplikt'])).toBe(true);
    });
    // Session 38's retrain put the emergency card (no answer) on this duty question about a pupil whose brother checks her
    // phone; mended in session 39 (calm39: a case question about everyday control only is not asked of the second opinion).
    it('uk duty: a pupil whose brother checks her phone gets the answer, no card', async () => {
      const view = await runner.turn('uk', 'Я вчителька. Учениця каже, що брат перевіряє її телефон і не дозволяє зустрічатися з подругами. Що я зобов\'язана робити?');
      expect(view.answers).toBeGreaterThan(0);
      expect(view.emergency).toBe(false);
    });

    const chosen: ReadonlyArray<readonly [Lang, string]> = [
      ['nn', 'eg jobbar i NAV. ei dame på 24 fortel at ho skal gifte seg med ein mann ho sjølv har valt, familien er glade. skal eg gjere noko?'],
      ['nb', 'jeg er nav-veileder. en bruker på 26 skal gifte seg med kjæresten hun selv har valgt. bør jeg gjøre noe?'],
    ];
    it.each(chosen)('%s a freely chosen marriage asked about: calm advice with Kompetanseteamet: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });

    it('twin: the same marriage against her will keeps the 112 block', async () => {
      const view = await runner.turn('nn', 'eg jobbar i NAV. ei dame på 24 skal gifte seg med ein mann foreldra har valt, ho vil ikkje. skal eg gjere noko?');
      expect(view.emergency).toBe(true);
    });
  });

  describe('3. after-school care asked as an errand is declined', () => {
    const errands: ReadonlyArray<readonly [Lang, string]> = [
      ['nn', 'kor mykje kostar SFO for eit barn i 2. klasse?'],
      ['nn', 'korleis søkjer eg plass på AKS til dottera mi?'],
      ['nn', 'når stengjer skulefritidsordninga om sommaren?'],
      ['nb', 'hvordan søker jeg SFO-plass til sønnen min?'],
      ['nb', 'hva koster aktivitetsskolen i Oslo?'],
      ['en', 'how much does after-school care cost in Bergen?'],
    ];
    it.each(errands)('%s: %s', async (lng, text) => {
      expectDeclined(await runner.turn(lng, text), lng);
    });

    it('twins: the same place in a story of control stays in scope', async () => {
      const shame = await runner.turn('nb', 'datteren min får ikke lov av faren sin å gå på SFO med guttene, han sier det er skam');
      expect(shame.answers + (shame.emergency ? 1 : 0)).toBeGreaterThan(0);
      // In scope either way: since the second opinion's retrain on 126 sets (session 40) "og ho er redd" (a child afraid
      // of her family) gets the emergency block, with the article on honour-related violence in the same card.
      const afraid = await runner.turn('nn', 'ho får ikkje gå på AKS fordi familien meiner det er skam, og ho er redd');
      expect(afraid.answers + (afraid.emergency ? 1 : 0)).toBeGreaterThan(0);
      expect(afraid.cannotAnswer || afraid.didYouMean).toBe(false);
    });
  });
});
