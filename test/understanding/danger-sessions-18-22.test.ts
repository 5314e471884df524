import { alarmed } from '../helpers/danger-alarm';
import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const situation = loadSituationReader();
const roles = loadRoleReader();

// (was danger-session18.test.ts)

/**
 * Session 18: classes found by the lead's own probe messages (written here in our own words, not copied from an
 * evaluation set): (1) being sent home or abroad as the price of what the person does ("they will send me back if I
 * keep seeing him"), a threat when said beside control of her life, her own family or spouse, a country, or of the
 * writer herself — while "sent home if she has a fever" stays school speech; (2) "you will not live" said by a relative
 * (ru "тебе не жить", uk "тобі не жити") as a death threat; (3) hair pulled or a slap in the face (nb, nn, en, fa);
 * (4) a one-way ticket or "she does not know when she will come back" (ru, uk, tr, ti); (5) driven to relatives
 * against her will (nb, nn); (6) not let out of the house (ti, "they do not allow her").
 */
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: sent home or abroad as the price of what she does', () => {
  it.each([
    ['nb', 'en deltaker på norskkurset sier mannen styrer pengene hennes og har sagt hun blir sendt tilbake til Somalia hvis hun snakker med noen om det'],
    ['nb', 'foreldrene mine sier de sender meg hjem hvis jeg fortsetter å treffe kjæresten min'],
    ['nn', 'faren min seier eg blir sendt heim viss eg ikkje sluttar å gå ut med venner'],
    ['en', 'my dad said they will send me back to pakistan if i keep seeing my boyfriend'],
    ['ru', 'муж проверяет её телефон и говорит, что отправят её домой если она пожалуется'],
    ['uk', 'батьки кажуть що відправлять мене додому якщо я не припиню зустрічатися з ним'],
    ['pl', 'rodzice mówią, że odeślą mnie do domu jeśli dalej będę się z nim spotykać'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'eleven blir sendt hjem hvis hun har feber, hva sier reglene om fravær?'],
    ['nn', 'kva er reglane når ein elev blir sendt heim om ho er sjuk'],
    ['en', 'a pupil gets sent home if she has a fever, is that legal?'],
    ['uk', 'якщо дитина хворіє, її відправлять додому? які правила в школі'],
    ['pl', 'czy szkoła może odesłać ucznia do domu jeśli ma gorączkę'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: "you will not live" from a relative', () => {
  it.each([
    ['ru', 'отец сказал если я не перестану встречаться с ним, то мне не жить'],
    ['ru', 'брат написал сестре: тебе не жить, если опозоришь семью'],
    ['uk', 'дядько сказав їй, що їй не жити, якщо вона піде з дому'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: violence, one-way trips and a girl kept in, in more words', () => {
  it.each([
    ['nb', 'broren lugget henne i gangen i dag fordi hun hadde på seg skjørt'],
    ['nn', 'far hennar drog ho etter håret inn i bilen'],
    ['en', 'her uncle pulled her hair and shouted at her outside the school gate'],
    ['fa', 'پدرش امروز صبح زد تو صورتش چون دیر اومده بود خونه'],
    ['ru', 'родители взяли ей только билет в одну сторону в Чечню'],
    ['ru', 'сестра улетела к родственникам и никто не знает когда вернется'],
    ['uk', 'батько купив їй квиток тільки в один бік, вона дуже боїться'],
    ['tr', 'annesi ona sadece gidiş bileti aldı, kız çok korkuyor'],
    ['tr', 'kız kardeşim Pakistan a gitti, ne zaman döneceği belli değil'],
    ['ti', 'ናብ ሱዳን ናይ ምኻድ ጥራይ ትኬት ገዚኦምላ'],
    ['ti', 'ሓዋ ካብ ገዛ ክትወጽእ ኣይፈቕዱላን እዮም'],
    ['nb', 'faren skal kjøre henne til slekta i Danmark i helgen og hun vil ikke'],
    ['nn', 'dei skal køyre ho til slekta i Tyskland, men ho vil ikkje'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: people on their way to get someone who has "shamed" them', () => {
  it.each([
    ['en', 'her cousins texted that she has shamed the family and they are on their way to get her'],
    ['en', 'my uncles say i dishonoured them and they are coming for me tonight'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: a person who is afraid, beside a trip or a stay abroad in the coming months, or a wedding', () => {
  it.each([
    ['nb', 'ei elev sier familien skal til Irak i sommerferien og hun virker redd når hun snakker om det'],
    ['nn', 'dei skal til Somalia etter skuleslutt og ho er livredd, seier venninna'],
    ['en', 'a 14 year old in my class is going to Afghanistan this summer and she is terrified'],
    ['ru', 'девочку 15 лет летом везут в Дагестан, она очень боится'],
    ['tr', 'öğrencim yazın Pakistan a gidecekler, çok korkuyor'],
    ['pl', 'uczennica jedzie latem do Czeczenii i bardzo się boi'],
    ['en', 'she is scared, they keep talking about her wedding'],
    ['ru', 'после каникул её оставят у бабушки в Чечне, потому что она стала слишком свободной'],
    ['nb', 'mannen tar telefonen hennes og hun ikke har vært ute av leiligheten på to uker'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'what should a teacher do if a pupil is scared before a trip abroad this summer?'],
    ['nb', 'hvis en elev er redd før en reise i sommer, hva bør skolen gjøre?'],
  ] as const)('calm (a supposition): %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: after the held-back run (general words for what the misses told, in our own sentences)', () => {
  it.each([
    ['nn', 'ei jente i klassen seier telefonen er teken frå ho og at ho ikkje får gå ut lenger'],
    ['nb', 'eleven sier mobilen er tatt og familien snakker om å finne en mann til henne i hjemlandet etter eksamen'],
    ['so', 'gabadhayda yar waxay ayeeydeed rabtaa in la nadiifiyo xagaagan markaan tagno Itoobiya'],
    ['ur', 'میری سہیلی کا باپ اسے دھمکیاں دیتا ہے کہ وہ اسے مارے گا'],
    ['tr', 'amcası ona ailenin namusunu temizleyeceğiz diye mesaj atmış, çok korkuyor'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'hva skjer etter eksamen på videregående, når kommer karakterene?'],
    ['tr', 'yazın köye gideceğiz, dedemi ziyaret edeceğiz, çok mutluyum'],
  ] as const)('calm: %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

// (was danger-session20-danger20a.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 20 (danger20a): classes behind missed emergencies of the held-back sets, in our own words: (1) a plea from
   * someone held abroad ("get me out of here", "she wants to come back") in ur, fa, en; (2) "we will fix the family's
   * honour ourselves" as a threat (fa, ur); (3) a threat told to the girl with its own "if" ("her uncle told her that if
   * …") is no supposition in a duty question (fa, ur, en, nb); (4) "he'd hear" as cannot talk at home (en, nb); (5) a
   * child pushed into a marriage, asked as a duty, stays danger beside "no date set" or "no violence" (ur, nb, en), and
   * the Urdu-script spelling of barnevern with "اطلاع دینی ضروری" reads as the duty to notify.
   */
  const danger = createDangerReader(situation);
  const isDanger = (text: string, lng: Lang, duty = false) => danger.isDanger(prepareUtterance(text, lng), duty);

  describe('danger: a plea from someone held abroad', () => {
    it.each([
      ['ur', 'میری بھانجی افغانستان میں ہے، اس نے فون پر کہا مجھے یہاں سے نکالو'],
      ['ur', 'ہماری طالبہ پاکستان میں ہے اور اس نے لکھا کہ وہ واپس آنا چاہتی ہے مگر گھر والے اجازت نہیں دیتے'],
      ['fa', 'خواهرزاده ام در ایران است و پیام داده منو از اینجا نجات بدین'],
      ['fa', 'شاگردم در افغانستان است و میخواهد برگردد ولی نمی گذارند'],
      ['en', 'my cousin is in iraq and texted me: get me out of here please'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ur', 'ہمارے سفیر کس ملک کو دیکھتے ہیں، پاکستان یا بنگلہ دیش؟'],
      ['fa', 'سفارت نروژ در ایران کدام کشورها را پوشش میدهد؟'],
      ['en', 'which embassy covers iraq for norwegian citizens?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: "we will put the honour right ourselves" as a threat', () => {
    it.each([
      ['fa', 'برادرش گفته آبروی ما رو خودمون درست میکنیم، دختر ۱۶ ساله است'],
      ['fa', 'پدرش به دخترش گفت اگر با آن پسر برود خودمان درستش می کنیم'],
      ['ur', 'اس کے چچا نے کہا کہ ہم عزت کا معاملہ خود نمٹ لیں گے، وہ 16 سال کی ہے'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['fa', 'آبرو در فرهنگ ما یعنی چه؟ برای کلاس درس میخواهم توضیح بدهم'],
      ['ur', 'عزت کے تصور پر کلاس میں بات کرنے کے لیے مواد چاہیے'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a threat told to her with its own "if" is no supposition in a duty question', () => {
    it.each([
      ['fa', 'دانش آموز ۱۴ ساله ام گفت پدرش بهش گفته اگه با پسرا حرف بزنه خودمون درستش میکنیم. باید گزارش بدم؟'],
      ['en', 'a pupil of 15 says her brother told her that if she keeps seeing her boyfriend they will deal with it the family way. must I notify child welfare?'],
      ['nb', 'en elev på 15 sier faren sa til henne at hvis hun ikke slutter å treffe kjæresten skal familien ordne opp. har jeg meldeplikt?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(true);
    });

    it.each([
      ['fa', 'اگر دانش آموزی بگوید خانواده تهدیدش کرده، آیا باید گزارش بدهم؟'],
      ['en', 'if a pupil tells me she has been threatened by her family, must I notify child welfare?'],
    ] as const)('calm (a supposition): %s: %s', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(false);
    });
  });

  describe('danger: cannot phone because he would hear', () => {
    it.each([
      ['en', 'my friend is married and her husband controls her money; she cannot phone anyone because he would hear'],
      ['en', "my aunt wants to leave him but she can't ring a helpline, they'd hear her"],
      ['nb', 'søsteren min vil skilles, men hun tør ikke ringe, han hører det'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'my grandfather is deaf, is there a chat service instead of a phone line?'],
      ['nb', 'har dere en chat? jeg liker ikke å ringe'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a child pushed into marriage, asked as a duty, beside "no date set"', () => {
    it.each([
      ['ur', 'میری 16 سالہ طالبہ کہتی ہے گھر والے اس کی شادی کروانا چاہتے ہیں، کوئی تاریخ طے نہیں۔ کیا پولیس کو اطلاع دینا ضروری ہے؟'],
      ['en', 'a 16-year-old patient says her parents are arranging her marriage against her will, no date set yet. must I notify child welfare?'],
      ['nb', 'en elev på 16 sier foreldrene vil gifte henne bort mot hennes vilje, ingen dato er satt. har jeg meldeplikt?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(true);
    });

    it.each([
      ['ur', 'میری 17 سالہ طالبہ کی شادی کی بات تھی مگر اب وہ محفوظ ہے۔ کیا مجھے اطلاع دینا ضروری ہے؟'],
      ['en', 'if a 16-year-old says her parents want her to marry, no date set, must I notify child welfare?'],
    ] as const)('calm (safe now, or a supposition): %s: %s', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(false);
    });

    it.each([
      'کیا مجھے بارنےورن کو اطلاع دینی ضروری ہے؟',
      'میں نرس ہوں، کیا بارنیورن کو اطلاع دینی لازم ہے؟',
    ])('ur duty to notify in Urdu script: %s', (text) => {
      expect(roles.read(text).duties).toContain('notify');
    });

    it('ur: naming barnevern in Urdu script with no duty asked reads no duty', () => {
      expect(roles.read('بارنےورن کا فون نمبر کیا ہے؟').duties).toEqual([]);
    });
  });
}

// (was danger-session20-danger20b.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 20 (danger20b): classes behind missed dangers of the held-back sets, in our own phrasings, each with calm
   * twins on the same topic: (1) a passport written as one word ("загранпаспорт") taken by a relative (ru, uk);
   * (2) a son to be sent to relatives abroad for a long time "to learn to be a man", said with "will send him" and a son
   * named (ru, uk); (3) a marriage arranged abroad with a man she has never seen (uk, ru, tr); (4) "on the whole all is
   * fine" as a story's filler no longer makes the message a general question (uk "загалом", ru "в целом"); (5) threats
   * that "there will be a price" or "you will pay dearly" for shaming the family (tr, ru, uk); (6) Somali "will kill"
   * in its other future form (dili doono), plain danger even beside a training question.
   */
  const danger = createDangerReader(situation);
  const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

  describe('danger: a passport written as one word, taken by a relative', () => {
    it.each([
      ['ru', 'дедушка отобрал у внучки загранпаспорт и не отдаёт'],
      ['ru', 'мама забрала загранпаспорт дочери и спрятала в шкафу'],
      ['uk', 'дядько забрав у племінниці загранпаспорт і тримає в себе'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ru', 'где забрать загранпаспорт после продления в посольстве?'],
      ['ru', 'как оформить загранпаспорт ребёнку для поездки на каникулы?'],
      ['uk', 'де забрати загранпаспорт після продовження?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a son to be sent to relatives abroad for a long time, and afraid', () => {
    it.each([
      ['ru', 'отец сказал, что после каникул отправит его к дяде в Дагестан учиться быть мужчиной, сын боится'],
      ['uk', 'колишній чоловік каже, що влітку відправить сина до рідні в Дагестан надовго, син плаче і боїться'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ru', 'летом сын поедет к бабушке в деревню на две недели, он очень ждёт'],
      ['uk', 'син поїде до бабусі на літні канікули, він дуже радий'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: taken abroad to marry a man she has never seen', () => {
    it.each([
      ['uk', 'сестра сказала, що після іспитів батько везе її до Іраку, де її чекає чоловік, якого вона ніколи не бачила'],
      ['ru', 'отец везёт её в Ирак, там её ждёт жених, которого она ни разу не видела'],
      ['tr', "annesi onu Pakistan'a götürecek, orada hiç tanımadığı bir adamla düğün var"],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['uk', 'вона вийшла заміж за чоловіка, якого обрала сама, весілля було в Осло'],
      ['ru', 'что такое договорной брак и чем он отличается от принудительного?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: "on the whole all is fine" in a story is no general question', () => {
    it.each([
      ['uk', 'Загалом усе добре в класі, але учениця 16 років сказала, що батько хоче видати її заміж і влітку везе до Пакистану'],
      ['ru', 'В целом всё нормально, но вчера ученица сказала, что через неделю её увезут в Чечню и выдадут замуж'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['uk', 'Питаю загалом: які ознаки примусового шлюбу?'],
      ['ru', 'Спрашиваю в целом: какие признаки принудительного брака?'],
      ['ru', 'В целом, какие службы помогают при угрозе принудительного брака?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: "there will be a price" for shaming the family', () => {
    it.each([
      ['tr', "ağabeyi ona 'ailemizin yüzünü kara çıkardın, bunun bedelini ödeyeceksin' diye mesaj attı"],
      ['tr', "babası kızına 'bunun bedeli olacak' dedi, kız eve gitmek istemiyor"],
      ['tr', "amcası onu her yerde izliyor ve 'başımızı yere eğdin, bedeli olacak' dedi"],
      ['ru', 'брат сказал ей, что она дорого заплатит за то, что опозорила семью'],
      ['uk', 'дядько пише племінниці: ти за це відповіси, ти зганьбила родину'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['tr', 'kursun bedelini kim ödeyecek, belediye mi?'],
      ['tr', 'tercümanın bedeli ne kadar olacak?'],
      ['ru', 'кто будет отвечать за это в школе, директор?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: Somali "will kill" (dili doono), even beside a training question', () => {
    it.each([
      ['so', 'walaalkeed ayaa u sheegay inuu dili doono haddii ay guursato ninka ay jeceshahay'],
      ['so', "Su'aal ku saabsan tababarka macallimiinta, iyo mid kale: ardayad ayaa shalay ii sheegtay in adeerkeed uu dili doono haddii ay la hadasho wiil"],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['so', 'Ma jiraa tababar ku saabsan dilka sharafta ee shaqaalaha?'],
      ['so', 'Waa maxay sharciga Norway ee ku saabsan guurka qasabka ah?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });
}

// (was danger-session20-lead.test.ts)

/**
 * Dangers the held-back sets of session 20 missed, read as classes (the lead's own sentences, none from a set): a story
 * that tells when the family came ("for åtte år siden") beside a season to come is a present case, not a past one; "they
 * have decided whom I shall have/marry" is a marriage arranged over her head; "they read my phone" is control. Each
 * with a calm twin on the same topic.
 */
const card = (lng: Lang, text: string) => alarmed(text, lng);

describe('held-back misses of session 20, as classes (lead)', () => {
  it.each([
    ['nb', 'Vi flyttet hit fra Irak for ti år siden. Nå sier faren at datteren (18) skal gifte seg med fetteren i Bagdad i sommerferien, og hun gråter hver dag. Hvem kan hjelpe oss?'],
    ['nb', 'Ei elev skrev til meg i går: «de har bestemt hvem jeg skal gifte meg med, ikke si det til noen». Hva gjør jeg?'],
    ['nn', 'Ei elev sende meg melding i natt: «dei har bestemt kven eg skal gifte meg med». Kva gjer eg?'],
    ['en', 'A learner texted me tonight: "they have decided who I have to marry, please don\'t tell anyone". What should I do?'],
  ] as const)('%s: %s — the emergency numbers or the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });

  it.each([
    ['nb', 'Vi flyttet hit fra Irak for ti år siden, og i sommer skal vi på ferie til Bergen. Har dere tips til aktiviteter for barn?'],
    ['nb', 'Hvem bestemmer hvem som skal ha tilsyn med elevene i friminuttet?'],
    ['en', 'My daughter reads my phone messages when I leave it on the table, how do I set a passcode?'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });
});

describe('wanting to come back is danger only beside a sign of being kept (session 20 review)', () => {
  it.each([
    ['en', 'My son is at a football camp in Denmark and wants to come home early. Can the school help us change the ferry ticket?'],
    ['en', 'My daughter is at a friend\'s cabin this weekend and wants to come home. Is there a late bus?'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });

  it.each([
    ['en', 'My cousin is in Iraq, her uncle has locked her in and she wants to come home. What can I do?'],
    ['ur', 'میری کزن عراق میں ہے، اس کا پاسپورٹ لے لیا گیا ہے اور وہ واپس آنا چاہتی ہے۔ ہم کیا کریں؟'],
    ['fa', 'یکی از شاگردان ۱۶ ساله ما در افغانستان است و به معلمش پیام داده که میخواهد برگردد. چه کار کنیم؟'],
  ] as const)('%s: %s — held abroad: the emergency numbers or the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });
});

/**
 * Session 21 (lead, from general-blind-50's last missed danger, in own sentences): a person to be taken abroad to be
 * married, told beside a request for training. The training words read the message as general and hid the case; the
 * rule wedding-trip-beside-training reads it, unless it is a supposition, a guest's wedding or her own choice.
 */
describe('a case told beside a training request (session 21, lead)', () => {
  it.each([
    ['en', 'One of our residents (19) says her uncle will take her to Pakistan after Ramadan to get married. Also, do you offer training for reception staff?'],
    ['nn', 'Ei elev fortel at familien skal ta henne med til Somalia for å gifte seg. Kan lærarane våre få kurs om dette òg?'],
    ['ar', 'أبوها يهددها ويقول إذا كلمت أحد بيضربها، بس ما فيه ضرب لحد الآن'],
  ] as const)('%s: %s — the "112 if acute" line', (lng, text) => {
    expect(card(lng, text)).toBe(true);
  });

  it.each([
    ['en', 'We would like training for staff about girls who may be taken abroad to get married. Who offers it?'],
    ['en', 'My colleague is going to Pakistan to get married, she chose him herself. Is there training for teachers on forced marriage?'],
    // Gulf and Levantine Arabic "there is no beating" denies the harm, as "لا يوجد عنف" does; a threat said beside it keeps the card (below).
    ['ar', 'زوجها يأخذ راتبها كله وما يخليها تطلع لحالها، بس ما فيه ضرب. وين تتصل؟'],
  ] as const)('%s: %s — calm', (lng, text) => {
    expect(card(lng, text)).toBe(false);
  });
});

// (was danger-calm22.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 22 (calm22, issue #13: danger told in details, and the emergency card only where there is danger), in this
   * file's own phrasings, each class with its calm twins: (1) a cutting told as the girl being "cleaned" ("ska reinsast",
   * "she will be cleaned") on a trip or abroad this season is danger, a room to be cleaned is not; (2) the family to
   * "sort things out" with a person abroad, on a trip, this season or beside control is a threat, sorting out a
   * timetable with a colleague is not; (3) control told in its details (no key of her own, followed or escorted
   * everywhere, her phone checked) with a trip abroad this season is danger, a key of her own and a holiday are not.
   */
  const danger = createDangerReader(loadSituationReader());
  const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

  describe('danger: a cutting told as "cleaning" the girl, abroad or on a trip this season', () => {
    it.each([
      ['nn', 'Mor til ei jente på 6 sa at veslejenta ska reinsast når dei reiser til Etiopia i haust.'],
      ['nn', 'Barnehagen fekk høyre at jenta skal no reinsast hjå bestemor i Gambia i sommar.'],
      ['nb', 'En far fortalte at datteren hans ska renses hos bestemor i Gambia i sommerferien.'],
      ['en', 'A mum told our nurse that her little girl will be cleaned when they visit Sudan this summer, she said she will be cleaned like her sisters.'],
      ['ru', 'Мать сказала, что её очистят летом, когда они поедут в Сомали.'],
      ['uk', 'Батько сказав, що її очистять у Сомалі цього літа.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nn', 'Vi skal reinse akvariet i barnehagen før ferien.'],
      ['nb', 'Vi skal rense vannet i akvariet på barnehagen i sommer.'],
      ['en', 'The classroom will be cleaned this summer before the pupils come back.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: the family to "sort things out" with a person abroad, on a trip, this season or under control', () => {
    it.each([
      ['nb', 'En elev sier familien skal ordne ting med henne i Pakistan når de reiser i juli.'],
      ['nn', 'Kvinna fortel at brørne skal ordne ting med ho i Somalia i sommar.'],
      ['en', 'My client says her uncles will sort things out with her when they take her to Iraq.'],
      ['pl', 'Klientka mówi, że bracia załatwią z nią sprawę w Pakistanie tego lata.'],
      ['ru', 'Девушка слышала, что родственники решат вопрос с ней в Чечне этим летом.'],
      ['nn', 'Ho får ikkje ha eigne pengar, og mannen seier familien skal ordne ting med ho.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Jeg skal ordne ting med henne før foreldremøtet på torsdag.'],
      ['nn', 'Eg må ordne ting med ho som har vakt i morgon.'],
      ['en', 'I need to sort things out with her about the timetable before the exam.'],
      ['pl', 'Muszę załatwić sprawę z nią w urzędzie w przyszłym tygodniu.'],
      ['ru', 'Нам нужно решить вопрос с ней о расписании уроков.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: control told in details, with a trip abroad this season', () => {
    it.each([
      ['nb', 'En kvinne på 23 får ikke ha egen nøkkel, mannen sjekker telefonen hennes, og de skal til Irak i sommer.'],
      ['nn', 'Eleven har ikkje eigen nøkkel, bror går med ho overalt, og familien reiser til Pakistan i sommar.'],
      ['nn', 'Kvinna seier broren følgje ho overalt.'],
      ['en', 'She has no key of her own, her brother checks her phone, and the family is taking her to Somalia this summer.'],
      ['pl', 'Nie ma własnego klucza, brat sprawdza jej telefon, a tego lata jadą z nią do Pakistanu.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'En kvinne på 23 har fått egen nøkkel til leiligheten og skal til Irak i sommer på ferie.'],
      ['en', 'She got her own key to the flat this year and is visiting Somalia this summer with her mum.'],
      ['pl', 'Dostała klucz do mieszkania i tego lata jedzie do Pakistanu na wakacje.'],
      ['nn', 'Eg skal følgje ho til bussen etter skulen.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('words of one language are not read as a harm in another', () => {
    const situation = loadSituationReader();

    it('reads Somali "la tashado" (to consult) as no violence, and Roman Urdu "tashaddud" still as a harm', () => {
      expect(situation.read('Waxaan rabaa inaan la tashado koox qaran oo ku takhasustay arrimahan.').concepts.has('harm')).toBe(false);
      expect(situation.read('Us ke ghar mein tashadud hota hai, woh dar rahi hai.').concepts.has('harm')).toBe(true);
      expect(situation.read('ghar mein tashaddud hai').concepts.has('harm')).toBe(true);
    });
  });

  describe('"no violence" denies a harm, not a cutting, a marriage arranged or a removal abroad', () => {
    it.each([
      ['nb', 'Det er ingen vold, men de skal omskjære henne i Somalia i sommer.'],
      ['ar', 'ما حكت عن ضرب، بس أهلها رح ياخدوها على العراق بالصيف ليزوجوها.'],
      ['tr', "kimse kimseyi tehdit etmedi ama kızı bu yaz Türkiye'de zorla evlendirecekler."],
      ['en', 'cps worker. 14yo possibly taken to somalia, who do we call?'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'En bruker på 30 sier mannen tar lønna hennes og bestemmer alt, men hun har ikke fortalt om vold.'],
      ['fa', 'مادرم و پدرم خیلی سخت گیرند ولی هیچ خشونتی نیست و قرار نیست جایی بریم.'],
      ['en', "My client's husband decides everything; she didn't mention any violence and they are not travelling anywhere."],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  /**
   * Session 22 (safety22, issue #13): a wedding trip told with a bare pronoun ("they are flying her to…"), where the
   * person taken is told only by the trip words or by the verb of her marrying, and a "no violence" beside it. Either
   * reading brings the "112 if acute" line on top (danger, or a concern); a cousin's wedding, a holiday and a wedding the
   * young adult chose herself bring neither.
   */
  describe('a wedding trip told with a bare pronoun, with or without "no violence" beside it', () => {
    const raised = (text: string, lng: Lang) => {
      const u = prepareUtterance(text, lng);
      return danger.isDanger(u) || danger.isConcern?.(u, false) === true;
    };

    it.each([
      ['en', 'they are flying her to Bangladesh in August to get married'],
      ['en', 'Nobody hits her, but they will send her back to Iraq this autumn so she can be married.'],
      ['nb', 'Det er ingen trusler, men de sender henne til Irak i høstferien for å gifte seg.'],
      ['nn', 'Ingen vald, men dei tek henne med til Somalia i haust for å gifte seg.'],
      ['ar', 'سيرسلونها إلى اليمن في العطلة الصيفية لتتزوج'],
      ['ar', 'لا يوجد عنف لكنهم سيأخذونها إلى سوريا في الخريف لتتزوج هناك'],
      ['pl', 'W sierpniu wywożą ją do Afganistanu, żeby wyszła za mąż.'],
      ['tr', "Şiddet yok ama bu sonbahar onu Irak'a evlenmesi için götürüyorlar."],
      ['so', 'Rabshad ma jirto, laakiin xagaaga waxay u diraan Kenya si ay u guursato.'],
      ['ru', 'Насилия нет, но осенью её отправляют в Дагестан, чтобы она вышла замуж.'],
      ['uk', 'Насильства немає, але восени її відправляють до Афганістану, щоб вона вийшла заміж.'],
      ['ur', 'کوئی تشدد نہیں، لیکن وہ اسے سردیوں میں پاکستان بھیج رہے ہیں تاکہ اس کی شادی ہو جائے۔'],
    ] as const)('raised: %s: %s', (lng, text) => {
      expect(raised(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'We are flying her to Bangladesh in August for her cousin\'s wedding.'],
      ['en', 'My sister is 27 and is getting married in Morocco next summer to a man she chose herself.'],
      ['nb', 'Vi tar henne med til Tyrkia i høstferien på ferie.'],
      ['ar', 'سنأخذها إلى مصر في العطلة الصيفية للسياحة'],
      ['pl', 'W sierpniu zabieramy ją nad morze do Chorwacji na wakacje.'],
      ['ur', 'ہم اسے سردیوں میں بھائی کی شادی میں شرکت کے لیے پاکستان لے جا رہے ہیں۔'],
      ['fa', 'پاییز او را برای عروسی دخترخاله‌اش به ترکیه می‌بریم.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(raised(text, lng)).toBe(false);
    });
  });

  /**
   * hb22a (issue #13): dangers told in a family's euphemism, or inside a question about whom to contact first. (1) A
   * relative to "take care of" a small girl "the way it is done back home", or to do to her "what is done to all girls":
   * a cutting planned; a grandmother who babysits, or who cooks the way one does at home, is not. (2) A father or a
   * brother who will "take care of it / deal with it" if she does not stop seeing someone: a threat; taking care of the
   * paperwork if she has no time is not. (3) A girl to be sent to her grandmother or relatives "for good" / "насовсем":
   * sent away for good; a grandmother who moved in for good, or a summer at grandmother's, is not. (4) A girl who "may
   * be sent" to a country, told inside an order-of-contacts or duty question: the duty question does not hide the case.
   */
  const isDutyDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng), true);

  describe('danger: a cutting told as taking care of a small girl "the way it is done back home" or "as with all girls"', () => {
    it.each([
      ['nb', 'Tante kommer fra Somalia i sommer og skal ta seg av lillejenta på 3 slik de gjør der hjemme, sier foreldrene. Hva gjør vi?'],
      ['nb', 'Far sa at de skal gjøre med henne som med alle jentene i familien. Hun er 5 år.'],
      ['nn', 'Mormor kjem frå Egypt om ein månad og skal ta seg av veslejenta slik ein gjer heime. Kva gjer vi?'],
      ['en', 'The aunt is flying in from Somalia and says she will take care of the little girl the way it is done back home. She is 4.'],
      ['en', 'The parents told me they will do to their 6-year-old what is done to all girls when they visit Sudan this summer.'],
      ['ru', 'Бабушка приедет из Египта и сделает с внучкой то же, что со всеми девочками. Девочке 5 лет.'],
      ['uk', 'Бабуся приїде з Єгипту і зробить з онукою те саме, що з усіма дівчатками. Дівчинці 5 років.'],
      ['fa', 'پدرش گفته تابستان در سودان همان کاری که با همه دخترها می‌کنند با او هم می‌کنند. دختر ۶ ساله است.'],
      ['ti', 'ኣቦ ነታ ጓል 5 ዓመት ኣብ ክረምቲ ኣብ ኢትዮጵያ ከም ኩለን ኣዋልድ ክገብርዋ እዮም ኢሉ።'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Bestemor kommer fra Sudan neste måned for å passe jenta på 2 mens mor jobber.'],
      ['nb', 'Bestemor skal lage mat slik man gjør hjemme når hun kommer på besøk.'],
      ['en', 'Grandma is coming from Somalia to babysit our 3-year-old girl while we work. Where can I find Norwegian courses for her?'],
      ['en', 'She is like all girls her age, she loves her phone. Is that normal?'],
      ['ti', 'ጓለይ ከም ኩለን ኣዋልድ ሞባይል ትፈቱ።'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a relative who will "take care of it" if she does not stop seeing someone', () => {
    it.each([
      ['en', 'Teacher: a 15 year old says her brother will deal with it if she does not stop meeting that boy. Should we call barnevern?'],
      ['en', "My student (16) said her father will handle it if she doesn't stop talking to her boyfriend. Who do we call first?"],
      ['nb', 'Eleven på 15 sier faren skal ta seg av det hvis hun ikke slutter å treffe kjæresten. Melder vi til barnevernet eller politiet først?'],
      ['nn', 'Eleven (16) seier at bror hennar skal ordne det viss ho ikkje sluttar å møte kjærasten.'],
      ['ru', 'Ученица сказала, что отец разберется с этим, если она не перестанет встречаться с парнем.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
      expect(isDutyDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', "Dad will take care of the paperwork if she doesn't have time. Which number is Kompetanseteamet?"],
      ['nb', 'Faren tar seg av papirene hvis hun ikke rekker det.'],
      ['en', 'Her mum will take care of it if she keeps coughing at night.'],
      ['nb', 'Mor tar seg av det hvis hun fortsetter å være syk.'],
      ['ru', 'Мама разберется с этим, если она не успеет.'],
      ['uk', 'Мати розбереться з цим, якщо вона не встигне.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a girl to be sent to her grandmother or relatives abroad for good', () => {
    it.each([
      ['ru', 'Ученица 15 лет: отец сказал, что отправит её к тёте в Чечню насовсем, если она не перестанет гулять.'],
      ['ru', 'Девочку 14 лет хотят отправить к бабушке насовсем. Что делать?'],
      ['uk', 'Учениця 15 років каже, що її відправлять до бабусі назовсім, якщо вона не кине хлопця.'],
      ['nb', 'Foreldrene vil sende henne til bestemor i Pakistan for godt hvis hun ikke oppfører seg. Hun er 15.'],
      ['en', 'Her parents will send her to her grandmother in Iraq for good if she keeps seeing her friends. She is 14.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ru', 'Бабушка переехала к нам насовсем. Где найти курсы норвежского?'],
      ['en', 'My daughter (15) is spending the summer holiday at her grandmother\'s in Pakistan. Which embassy covers Pakistan?'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a girl who "may be sent" to a country, told inside an order-of-contacts question', () => {
    it.each([
      ['en', 'Social worker. A 14-year-old girl may be sent to Pakistan by her family. In which order do we contact the police, Kompetanseteamet and the embassy?'],
      ['fa', 'مددکار هستم. ممکنه دختر ۱۴ ساله رو بفرستن ایران. اول به کی زنگ بزنیم؟ پلیس یا سفارت؟'],
      ['nb', 'Barnevernet: en jente på 15 kan bli sendt til Somalia av familien. Hvem kontakter vi først, politiet eller Kompetanseteamet?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
      expect(isDutyDanger(text, lng)).toBe(true);
    });

    it.each([
      ['fa', 'دخترم ۱۴ ساله تابستان برای تعطیلات پیش مادربزرگش به ایران میره. کدام سفارت مسئول ایران است؟'],
      ['en', 'Which embassy covers Pakistan? A pupil asked for a school project.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });
}
