import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { dangerStrength } from '../../src/understanding/danger-detector';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const roles = loadRoleReader();

// (was danger-calm-questions.test.ts)

/**
 * Calm questions that named a word of the emergency (issue #13, session 14), written for this test: "help" asked for
 * as a noun in a question, the non-emergency police line named beside 112, a harm's or a service's name with a person's
 * word in it, and duty questions put in words the role lists lacked. Danger said plainly stays danger.
 */
describe('calm questions that name a word of the emergency', () => {
  const utter = (text: string, lng: Lang) => prepareUtterance(text, lng);
  const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(utter(text, lng), duty);
  const isConcern = (text: string, lng: Lang, duty = false) => reader.isConcern?.(utter(text, lng), duty) === true;

  it.each([
    ['so', 'Waxaan ahay hooyo. Ilmahayga ayaa xakameyn ka cabanaya. Halkee waalidku ka heli karaan caawimaad?'],
    ['pl', 'Jestem mamą nastolatki. Gdzie rodzice mogą szukać pomocy w sprawie kontroli społecznej?'],
  ] as const)('%s: "help" asked for as a noun in a question is no plea', (_lng, text) => {
    expect(dangerStrength(normalize(text))).toBeUndefined();
  });

  it.each([
    ['so', 'caawimaad!'],
    ['so', 'Fadlan caawimaad'],
    ['pl', 'Pomocy!'],
    ['pl', 'pomocy, on tu jest'],
  ] as const)('%s: "help" cried out is still a plea', (_lng, text) => {
    expect(dangerStrength(normalize(text))).toBe('strong');
  });

  it.each([
    ['nb', 'Når skal vi ringe 112 og når skal vi ringe 02800?'],
    ['en', 'When should we call 112 and when 02800?'],
    ['ur', '112 اور 02800 میں کیا فرق ہے؟'],
    ['uk', 'Коли дзвонити 112, а коли справа не термінова?'],
  ] as const)('%s: 112 named beside the line for when it is not urgent is no emergency', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });

  it('112 cried for stays an emergency beside the non-emergency number', () => {
    expect(isDanger('Han slår henne nå, skal vi ringe 112 eller 02800?', 'nb')).toBe(true);
  });

  it.each([
    ['tr', 'Anaokulunda çalışıyorum. Kadın sünneti şüphesi varsa çocuk koruma hizmetine bildirim yapmak zorunda mıyım?'],
    ['ar', 'أعمل في مركز استقبال اللاجئين. هل علينا واجب إبلاغ حماية الطفل إذا اشتبهنا في زواج قاصر؟'],
  ] as const)('%s: a harm named with a person’s word in it names no person at risk', (lng, text) => {
    expect(isConcern(text, lng, true)).toBe(false);
    expect(isDanger(text, lng, true)).toBe(false);
  });

  it('a daycare named with the children’s word in it is no child at risk', () => {
    expect(situation.read('Waxaan ka shaqeeyaa xannaanada carruurta.').concepts.has('someone')).toBe(false);
  });

  it.each([
    ['nb', 'Hva er fremgangsmåten hvis vi mistenker at en elev utsettes for æresrelatert vold?'],
    ['nn', 'Kva er framgangsmåten dersom vi mistenkjer tvangsekteskap hjå ein elev?'],
  ] as const)('%s: a procedure asked for a supposed case is a general question', (lng, text) => {
    expect(situation.read(text).concepts.has('general')).toBe(true);
    expect(isConcern(text, lng)).toBe(false);
  });

  it.each([
    ['ru', 'Брат следит за мной. Это негативный социальный контроль?'],
    ['ur', 'Mera bhai mujh par nazar rakhta hai. Kya yeh manfi samaji control hai?'],
    ['en', 'My brother keeps an eye on me all the time. Is that negative social control?'],
  ] as const)('%s: being watched is everyday control, not someone waiting outside', (_lng, text) => {
    const read = situation.read(text);
    expect(read.concepts.has('control')).toBe(true);
    expect(read.concepts.has('waitedFor')).toBe(false);
  });

  it.each([
    ['nb', 'En kvinne på 24 sier at mannen tar lønna hennes og bestemmer hvem hun kan treffe. Hun sier det ikke er vold.'],
    ['ru', 'Клиентка говорит, что муж не бьет её, но забирает зарплату.'],
    ['pl', 'Klientka mówi, że mąż nie bije, ale zabiera jej pensję.'],
  ] as const)('%s: an adult under control whose harm the writer denies is no case of violence', (lng, text) => {
    expect(isConcern(text, lng)).toBe(false);
    expect(isDanger(text, lng)).toBe(false);
  });

  it('someone waiting outside the school is still danger', () => {
    expect(isDanger('Broren hennes venter ved skolen hver dag og følger etter henne.', 'nb')).toBe(true);
  });

  it('Roman Urdu "foran" (at once) is not Norwegian "foran" (ahead of)', () => {
    expect(situation.read('Går avvergeplikten foran taushetsplikten når det gjelder tvangsekteskap?').concepts.has('soon')).toBe(false);
    expect(situation.read('Mujhe foran madad chahiye').concepts.has('soon')).toBe(true);
  });

  it.each([
    ['nb', 'Jeg er jordmor. Hva er min plikt?'],
    ['nn', 'Kva er plikta mi som helsesjukepleiar?'],
    ['en', 'I am a midwife. What are my duties?'],
    ['ar', 'أنا ممرضة. ما هي واجباتي؟'],
    ['so', 'Waxaan ahay kalkaaliso. Maxaa waajib ah?'],
    ['fa', 'من پولیس هستم. آیا وظیفه داریم که اطلاع بدهیم؟'],
    ['ur', 'میں نرس ہوں۔ کیا چائلڈ ویلفیئر کو اطلاع دینا لازم ہے؟'],
    ['uk', "Я вихователька. Які обов'язки в мене?"],
    ['ru', 'Я полицейский. Обязаны ли мы сообщать в службу защиты детей?'],
    ['tr', 'Hemşireyim. Yükümlülüklerim nelerdir?'],
    ['pl', 'Jestem pielęgniarką. Jakie mam obowiązki?'],
    ['ti', 'ኣብ መውዓሊ ህጻናት እሰርሕ። ግዴታይ እንታይ እዩ?'],
  ] as const)('%s: a duty asked in words of its own is a duty question', (_lng, text) => {
    expect(roles.read(text).duties).toContain('notify');
  });
});

// (was danger-calm15.test.ts)

/**
 * Calm questions that got the emergency card (issue #13, session 15), written for this test: a duty question put as a
 * supposition, confidentiality asked as a duty, danger in general words of the stem languages in a general question,
 * a mother's own cutting long past, a person said to be safe now, and figures asked about a campaign. Danger said
 * plainly, or a supposed case with a time or with violence at home, stays danger.
 */
describe('calm questions that named a word of the emergency (session 15)', () => {
  const duty = (text: string) => roles.read(text).duties.length > 0;
  const card = (text: string, lng: Lang) => {
    const u = prepareUtterance(text, lng);
    const d = duty(text);
    return reader.isDanger(u, d) || reader.isConcern?.(u, d) === true;
  };

  it.each([
    ['en', "I'm an ER nurse. A patient who is an adult says her husband controls her money. What are my duties?"],
    ['en', 'Hypothetically, if a patient tells me her brother threatens her, do I have to report it?'],
    ['so', 'Waxaan ka shaqeeyaa xannaanada carruurta. Haddii aan ka shakiyo in gabadh yar la gudi doono, ma waajib baa inaan u sheego barnevernet?'],
    ['so', 'Waxaan ahay kalkaaliso iskuul. Ma waajib baa inaan u sheego barnevernet haddii ay jirto khatar gudniin?'],
    ['nb', 'Som jordmor: hva er plikten min når en mor er kjønnslemlestet og har døtre?'],
    ['uk', "Я медсестра на станції здоров'я. У мами обрізання, в неї є доньки. Чи треба повідомляти службу захисту дітей?"],
    ['nb', 'Jeg jobber i politiet. En voksen kvinne som har vært utsatt for æresrelatert vold er nå trygg. Hvem koordinerer bolig og oppfølging?'],
    ['pl', 'Jestem pielęgniarką szkolną. Rodzina uczennicy planuje w przyszłości zaaranżowane małżeństwo, ale nic nie dzieje się teraz. Z kim się skonsultować?'],
    ['uk', 'Скільки переглядів мала кампанія літніх канікул 2023 про молодь, яку вивозять за кордон проти волі?'],
    ['fa', 'کمپین تعطیلات تابستانی ۲۰۲۳ درباره جوانانی که به زور به خارج برده می‌شوند چند بار دیده شد؟'],
    ['ru', 'Сколько просмотров набрала летняя кампания 2023 года о принудительных браках в соцсетях?'],
  ] as const)('%s: no emergency card: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['en', "I'm a doctor. Does my duty of confidentiality apply if a patient tells me she is being forced to marry?"],
    ['tr', 'Doktorum. Bir hasta bana ailesinin onu zorla evlendireceğini söylerse sır saklama yükümlülüğüm geçerli mi?'],
    ['uk', 'Я лікар. Якщо пацієнтка скаже, що її хочуть видати заміж примусово, чи діє лікарська таємниця?'],
  ] as const)('%s: confidentiality asked is a duty question: %s', (_lng, text) => {
    expect(duty(text)).toBe(true);
  });

  it.each([
    ['so', 'Khatar baan ku jiraa, i caawi!'],
    ['ar', 'أنا في خطر الآن'],
    ['uk', 'Я в небезпеці, брат погрожує мені'],
    ['nb', 'Må jeg melde hvis et barn forteller at faren slår moren hver kveld?'],
    ['en', 'Do I have to report it if a pupil says she is being sent abroad tomorrow to be married?'],
    ['en', "I'm a midwife. A mother who was cut herself has just given birth to a girl, and I am worried the newborn is at risk of FGM. What must I do?"],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });

  it('danger in general words of a stem language is weak, fear for one’s life strong', () => {
    expect(dangerStrength(normalize('Gabar ka yar 18 ayaa khatar ugu jirta guur qasab ah'))).toBe('weak');
    expect(dangerStrength(normalize('Waxaan ka baqayaa nolosheyda khatar'))).toBe('strong');
  });
});

// (was danger-calm16.test.ts)

/**
 * Calm messages that got the emergency card (issue #13, session 16), written for this test: a harm the writer denies
 * ("nobody hits me"), a woman's own cutting long past, the writer's own husband named beside a daughter's age, and
 * Ukrainian "ніж" as "than". Harm done, a cutting planned with a trip, a child who writes of her own husband, and a
 * knife in the hand stay danger (or the concern line).
 */
const duty = (text: string) => roles.read(text).duties.length > 0;
const danger = (text: string, lng: Lang) => reader.isDanger(prepareUtterance(text, lng), duty(text));
const card = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const d = duty(text);
  return reader.isDanger(u, d) || reader.isConcern?.(u, d) === true;
};

describe('a harm the writer denies is no harm at hand (session 16)', () => {
  it.each([
    ['nb', 'jeg er 16 og foreldrene mine leser alle meldingene mine. ingen slår meg, men jeg er lei av det. hvem kan jeg prate med?'],
    ['nn', 'eg er 15 og mamma les alt på mobilen min. eg er ikkje redd for at dei slår meg, men eg vil snakke med nokon'],
    ['en', 'im 15 and my parents decide who my friends are. nobody hits me but i hate it. who can i talk to?'],
    ['fa', 'من ۱۷ سالمه. بابام گوشیمو هر روز چک میکنه. کتکم نمیزنن ولی خیلی خسته‌ام. با کی حرف بزنم؟'],
    ['so', 'waxaan ahay 15 jir. aabahay telefoonkayga ayuu eegaa. qof i garaacay ma jiro laakiin waan daalay. yaan la hadlaa?'],
    ['tr', 'kızım 15 yaşında, amcası kıyafetlerine karışıyor. kimse şiddet kullanmıyor ama kızım mutsuz. kime danışabilirim?'],
    ['pl', 'mam 16 lat, rodzice sprawdzają mój telefon. nikt mnie nie bije, ale jest mi ciężko. z kim mogę porozmawiać?'],
    ['ru', 'мне 16, брат проверяет мой телефон. меня не бьют, но я устала. с кем можно поговорить?'],
  ] as const)('%s: control told with the harm denied is no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'im 16, nobody hits me at school but my dad hits me every night'],
    ['nb', 'ingen slår meg på skolen, men faren min slår meg hjemme'],
    ['ar', 'ما حدا بيضربني بالمدرسة بس ابوي بيضربني كل يوم'],
  ] as const)('%s: a harm done beside a harm denied stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a woman’s own cutting long past is no cutting at hand (session 16)', () => {
  it.each([
    ['nb', 'Jeg er jordmor. En pasient som venter barn forteller at hun selv ble omskåret som barn i Eritrea. Må jeg melde noe?'],
    ['nn', 'Jordmor her: ei kvinne som er kjønnslemlesta ventar sitt første barn. Kva plikter har eg?'],
    ['en', 'I am a midwife. My patient was cut as a child in Sudan and is expecting her first baby. What are my obligations?'],
    ['tr', 'Ebeyim. Çocukken sünnet edilmiş bir hastam hamile. Yasal olarak ne yapmam gerekir?'],
    ['pl', 'Jestem położną. Pacjentka po obrzezaniu jest w ciąży. Czy muszę coś zgłosić?'],
    ['ru', 'Я акушерка. Пациентка сама перенесла обрезание в детстве и ждёт ребёнка. Что я обязана сделать?'],
  ] as const)('%s: no emergency card and no "call 112" line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Jordmor: mora ble kjønnslemlestet som barn, og nå sier bestemor at babyen skal til Somalia i sommer for å bli omskåret'],
    ['en', 'A mother who was cut as a child says her daughter will be cut when they travel to Sudan next week'],
  ] as const)('%s: a daughter’s cutting planned with a trip stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('the writer’s own husband is no wedding at hand (session 16)', () => {
  it.each([
    ['en', 'my daughter is 14 and her aunts comment on everything she wears, and my husband agrees with them. where can i get advice as a mum?'],
    ['nb', 'datteren min er 15 og mannen min sier hun ikke får gå på svømming lenger. hvor kan jeg få råd som mor?'],
    ['ar', 'بنتي عمرها 15 وزوجي صار يمنعها من الرياضة بسبب كلام الأقارب. وين بقدر آخذ نصيحة كأم؟'],
    ['uk', 'Доньці 15, мій чоловік забороняє їй ходити на танці через родичів. Де мені як мамі отримати пораду?'],
  ] as const)('%s: a mother naming her husband gets no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'im 16 and my husband does not let me go to school anymore'],
    ['en', 'my husband and his brother want to marry our 15 year old daughter to a cousin this summer'],
  ] as const)('%s: a child’s marriage, her own or arranged for a daughter, keeps the card or the line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });
});

describe('Ukrainian "ніж" is "than" after a comparative and before a year (session 16)', () => {
  it('comparisons are no knife, a knife is', () => {
    expect(dangerStrength(normalize('Скільки справ було у 2023 році і наскільки більше ніж у 2022?'))).toBeUndefined();
    expect(dangerStrength(normalize('вона старша ніж я, а брат молодший'))).toBeUndefined();
    expect(dangerStrength(normalize('у брата ніж, він стоїть під дверима'))).toBe('strong');
    expect(dangerStrength(normalize('він погрожував мені ножем'))).toBe('strong');
  });
});

describe('people of a kind asked about in general are no particular person (session 16)', () => {
  it.each([
    ['en', 'Which helpline can young people call anonymously about honour violence?'],
    ['en', 'Is there a chat for teenagers who are controlled by their family?'],
    ['nb', 'Hvor kan voksne beboere ringe anonymt om tvangsekteskap, og finnes det en chat?'],
    ['nn', 'Finst det ein chat for ungdom som blir kontrollert av familien?'],
    ['tr', "Türkiye'de zorla evlilik riski olan gençlere kim yardım eder?"],
    ['ru', 'Есть ли анонимная линия для молодёжи о принудительных браках?'],
  ] as const)('%s: a question for a helpline is no case and no emergency: %s', (lng, text) => {
    expect(card(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'two teenagers at our school say their parents will marry them off this summer'],
    ['nb', 'en ungdom på 16 forteller om trusler fra broren, hvem kan vi ringe?'],
  ] as const)('%s: particular young people told of keep the card or the line: %s', (lng, text) => {
    expect(card(text, lng)).toBe(true);
  });
});

describe('a stay abroad put as a supposition, with no one named, asks for a contact (session 16)', () => {
  it.each([
    ['nb', 'hva er nummeret til UD hvis noen sitter fast i utlandet?'],
    ['en', 'is there a 24 hour number for Norwegians stuck abroad, and which envoy covers Kenya?'],
    ['en', 'who do we call at night if someone gets stuck abroad?'],
    // Session 40 (calm40, heldSupposed): "a pupil" put as a supposition by a professional, with no relative, time,
    // threat or holding told as a fact, is a question about whom to call, as "someone" is: the contact card answers it
    // with its "call 112 if someone is in danger now" line. A particular person held (below) stays danger.
    ['en', 'is there a 24 hour number if a pupil gets stuck abroad?'],
  ] as const)('%s: no emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(false);
  });

  it.each([
    ['nn', 'kva gjer vi om søstera mi ikkje får kome heim frå Irak?'],
    ['en', 'my niece is stuck in Iraq and they took her passport'],
    ['nb', 'eleven sitter fast i Somalia og får ikke reise hjem'],
  ] as const)('%s: a particular person kept abroad, even put as "if", stays danger: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a marriage arranged, said in its own words beside a husband named, stays danger (session 16)', () => {
  it.each([
    ['en', "her husband's family will marry her little sister off tomorrow"],
    ['pl', 'chcą ją wydać za mąż w przyszłym tygodniu, ma 15 lat'],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

describe('a friend kept abroad, or kept until she marries, is a case even put as "if" (session 16)', () => {
  it.each([
    ['en', 'my friend is in Somalia and says they will never let her come back if she refuses the marriage'],
    ['fa', 'دوستم در ایران است و میگوید اگر ازدواج نکند دیگر نمیگذارند برگردد'],
  ] as const)('%s: still the emergency card: %s', (lng, text) => {
    expect(danger(text, lng)).toBe(true);
  });
});

// (was danger-calm17.test.ts)

/**
 * A case its writer says is not dangerous now (issue #13, session 17), written for this test: "she is not in danger",
 * "is safe at the shelter now", "nothing said about violence". No emergency card and no "call 112" block; the reading
 * still knows it is a case (`saidSafe`), so the answer is advice with "call 112" as a plain sentence. A time, a killing,
 * an injury or someone coming outweighs the writer's word and stays danger.
 */
describe('a case the writer says is not dangerous now is a worry, not an emergency (session 17)', () => {
  const duty = (text: string) => roles.read(text).duties.length > 0;
  const read = (text: string, lng: Lang) => {
    const u = prepareUtterance(text, lng);
    const d = duty(text);
    return { danger: reader.isDanger(u, d), concern: reader.isConcern?.(u, d) === true, safe: reader.saidSafe?.(u) === true };
  };

  it.each([
    ['nb', 'Jeg er lærer. Ei elev på 15 får ikke gå på svømming og faren har tatt mobilen hennes. Hun sier selv at hun ikke er i fare. Hvem kan vi spørre om råd?'],
    ['nn', 'Eg jobbar i barnehagen. Ei mor fortel at mannen har passet hennar og bestemmer alt, men ho er ikkje i fare seier ho. Kven kan vi ringe for råd?'],
    ['en', 'NAV adviser here. My client, 26, says her brothers watch everything she does and took her bank card. She is not in any danger, she says, but wants someone to talk to. Who can I refer her to?'],
    ['en', 'Police officer. A woman of 22 left home after threats from her uncle and is safe at the shelter now. Who coordinates long-term housing for adults?'],
    ['nb', 'Jobber i flyktningtjenesten. En deltaker på 30 sier mannen styrer pengene hennes. Hun har ikke sagt noe om vold. Hvem kan gi oss råd?'],
    ['ru', 'Я работаю в школе. Брат ученицы (16) проверяет её телефон и ждёт её у школы. Она говорит, что сейчас в безопасности. К кому обратиться за советом?'],
    ['uk', 'Я соціальна працівниця. Чоловік клієнтки забрав її паспорт, але вона каже, що не в небезпеці. Хто може порадити?'],
    ['pl', 'Pracuję w szkole. Brat uczennicy czeka na nią pod szkołą, ale ona mówi, że nie jest w niebezpieczeństwie. Kto może nam doradzić?'],
    ['tr', 'Öğretmenim. Bir öğrencimin ağabeyi telefonunu kontrol ediyor; kız şu an güvende olduğunu söylüyor. Kime danışabiliriz?'],
    ['ar', 'أعمل في مدرسة. أخو الطالبة يأخذ هاتفها كل يوم، لكنها تقول إنها ليست في خطر. بمن نتصل للاستشارة؟'],
  ] as const)('%s: no emergency card, no "112" block, read as a calm case: %s', (lng, text) => {
    expect(read(text, lng)).toEqual({ danger: false, concern: false, safe: true });
  });

  it.each([
    ['nb', 'Hun sier hun ikke er i fare, men faren har kjøpt flybillett til Pakistan og de reiser i morgen.'],
    ['en', 'She says she is not in danger, but her uncle threatened to kill her yesterday.'],
    ['en', 'He is not in danger he says, but he has bruises on his arms and his father is coming to the school to take him.'],
    ['nn', 'Ho seier ho ikkje er i fare, men dei reiser til Somalia neste veke og ho skal bli verande der.'],
    ['ru', 'Она говорит, что не в опасности, но отец грозится её убить.'],
  ] as const)('%s: a time, a killing, an injury or someone coming outweighs the writer’s word: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(true);
  });
});

// (was danger-calm21.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 21 (calm21, issue #13: the emergency card only where there is danger). Classes of calm messages that got
   * the card, each with its dangerous twins, in this file's own phrasings: (1) the day the asker was told ("i dag
   * fortalte hun", "told me today") is no time for the harm; (2) "after school" is a daily routine, no "soon", so a
   * cousin named beside it is no wedding soon; (3) a trip against someone's will asked as a supposition ("if a pupil
   * were taken…") or called not urgent is no emergency (the case's advice, with the "112 if acute" line at most);
   * (4) a threat to send a person to a country abroad if she does not obey is danger, a child sent to grandma if she is
   * ill is not.
   */
  const danger = createDangerReader(loadSituationReader());
  const read = (text: string, lng: Lang) => prepareUtterance(text, lng);
  const isDanger = (text: string, lng: Lang) => danger.isDanger(read(text, lng));

  describe('calm: the day the asker was told is no time for the harm', () => {
    it.each([
      ['en', "I'm a nurse. Today she told me her husband keeps her bank card and decides who she meets. Who can advise us?"],
      ['ru', 'Я медсестра. Сегодня она рассказала, что муж не даёт ей денег. С кем посоветоваться?'],
      ['ar', 'أنا معلمة. اليوم قالت لي طالبة إن زوجها يأخذ راتبها كله. من يمكنه أن ينصحني؟'],
      ['nb', 'Jeg er lærer. I dag fortalte ei elev at broren sjekker telefonen hennes hver kveld. Hvem kan jeg drøfte saken med?'],
      ['nn', 'Eg er helsesjukepleiar. Ho fortalde meg i dag at mora les alle meldingane hennar. Kven kan eg rådføre meg med?'],
      ['pl', 'Jestem nauczycielką. Dzisiaj powiedziała mi, że brat czyta jej wiadomości. Z kim mogę się skonsultować?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it.each([
      ['nb', 'I dag fortalte eleven at hun skal sendes til Pakistan i morgen for å gifte seg.'],
      ['en', 'Today she told me they are taking her to Somalia tomorrow to be cut.'],
      ['uk', 'Сьогодні вона розповіла, що завтра її везуть до Чечні, щоб видати заміж.'],
      ['nb', 'Hun fortalte meg i dag at faren slo henne i går.'],
      ['en', 'She told me today that her brother hit her last night.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: "after school" is a daily routine, and a cousin beside it no wedding soon', () => {
    it.each([
      ['nb', 'Etter skolen må jeg rett hjem, og jeg får bare være sammen med fetteren min. Hvem kan jeg prate med?'],
      ['en', "After school I must go straight home and I'm only allowed to see my cousin. Who can I talk to?"],
      ['ar', 'بعد المدرسة لازم ارجع عالبيت وما بيخلوني اطلع الا مع بنت عمي. مين بقدر احكي معه؟'],
      ['ru', 'После школы я должна сразу идти домой, и гулять можно только с двоюродной сестрой. С кем поговорить?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it.each([
      ['nb', 'Etter skolen i dag skal jeg gifte meg med fetteren min, jeg vil ikke.'],
      ['en', 'After school today they are taking me to the airport, we fly to Iraq and I am scared.'],
      ['nb', 'Etter skolen i dag skal pappa kjøre meg til flyplassen, vi reiser til Somalia og jeg er redd.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: a trip against someone’s will asked as a supposition, or called not urgent', () => {
    it.each([
      ['nb', 'Hvis en ungdom blir tatt med til utlandet mot sin vilje, hvilken ambassade hjelper da?'],
      ['en', 'If a pupil were taken to Iraq against her will, who at the embassy would help?'],
      ['so', 'Haddii gabadh lagu qaado dibadda iyadoo aan rabin, safaaradee ayaa caawisa?'],
      ['ru', 'Если подростка увезут за границу против воли, какое посольство поможет? Это не срочно.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it.each([
      ['en', 'My cousin was taken to Iraq against her will last week and she cannot come back.'],
      ['nb', 'Eleven vår ble tatt med til Somalia mot sin vilje, hun ringte meg i går.'],
      ['so', 'Walaashay waxaa la geeyay Soomaaliya iyadoo aan rabin, hadda way ku xiran tahay.'],
      ['ru', 'Мою сестру увезли в Чечню против её воли, она не может вернуться.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: a threat to send a person to a country abroad if she does not obey', () => {
    it.each([
      ['nb', 'Faren har sagt at han sender henne til Pakistan hvis hun ikke slutter å treffe kjæresten.'],
      ['nn', 'Far hennar seier han sender ho til Somalia viss ho ikkje gjer som han seier.'],
      ['en', 'My uncle says he will send me to Iraq if I keep seeing my girlfriend.'],
      ['pl', 'Ojciec mówi, że wyśle ją do Pakistanu, jeśli nie zerwie z chłopakiem.'],
      ['ru', 'Отец сказал, что отправит её в Дагестан, если она не бросит учёбу.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Vi sender henne til bestemor hvis hun blir syk i ferien.'],
      ['en', 'We send him to football camp if there is room this summer.'],
      ['pl', 'Wyślemy ją do babci, jeśli zachoruje.'],
      ['ru', 'Отправим её в лагерь, если будут места.'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('calm: control told with "no signs of violence" or "he does not beat her"', () => {
    it.each([
      ['nb', 'Jeg er lærer. Ei elev på 15 får ikke bli med på klassetur, og broren følger henne hjem. Ingen tegn på vold. Hvem kan vi spørre?'],
      ['nn', 'Eg er barnehagelærar. Far seier at dottera ikkje får leike med gutane. Ingen teikn til vald. Kven kan vi spørje?'],
      ['fa', 'من مادرم. پدرش نمیذاره دخترم با دوستاش بیرون بره ولی کتکش نمیزنه. کجا میتونم مشورت بگیرم؟'],
    ] as const)('%s: %s', (lng, text) => {
      const u = read(text, lng);
      expect(danger.isDanger(u)).toBe(false);
      expect(danger.isConcern?.(u, false)).toBe(false);
    });

    it.each([
      ['nb', 'Faren slår henne, men ingen tegn på vold på kroppen i dag. Hun er redd for å gå hjem.'],
      ['en', 'No signs of violence on her body, but she says her brother will kill her tonight.'],
      ['fa', 'کتکش نمیزنه ولی گفته اگه با اون پسر ببینتش میکشتش.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('calm: the emergency number asked "just to know"; harm told beside it still danger', () => {
    it.each([
      ['en', 'What is the police emergency number in Norway? Just to know.'],
      ['nb', 'Hva er nødnummeret til politiet? Bare for å vite det.'],
      ['ti', 'ናይ ፖሊስ ህጹጽ ቁጽሪ እንታይ እዩ? ክፈልጥ ጥራይ'],
      ['ru', 'Какой номер экстренной полиции? Просто чтобы знать.'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it.each([
      ['en', 'What is the police emergency number? Just to know, my dad is hitting my mum right now.'],
      ['nb', 'Hva er nødnummeret? Bare for å vite, han truer med å drepe henne i kveld.'],
      ['ru', 'Какой номер полиции? Просто чтобы знать: отец сейчас бьёт маму.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });
  });

  describe('danger: a mother, a sister or the writer beaten, in English', () => {
    it.each([
      'my dad is beating my mum',
      'my brother hits my mother every day',
      'my stepdad keeps hitting me',
      'he beat my sister again last night',
    ])('%s', (text) => {
      expect(isDanger(text, 'en')).toBe(true);
    });
  });

  describe('calm: a family wedding the bride chose herself, or a cousin’s wedding the family goes to', () => {
    it.each([
      ['nb', 'Kusina mi gifter seg i Pakistan i juli, hun valgte ham selv. Vi skal alle i bryllupet. Må jeg søke fri fra skolen?'],
      ['ru', 'Летом едем в Чечню на свадьбу двоюродного брата, невеста сама выбрала его. Как отпроситься из школы?'],
      ['pl', 'W sierpniu jedziemy do Turcji na wesele kuzynki, sama wybrała męża. Czy szkoła da mi wolne?'],
      ['fa', 'تابستان برای عروسی دخترعمو به افغانستان می‌رویم، خودش انتخاب کرد. از مدرسه چطور مرخصی بگیرم؟'],
    ] as const)('%s: %s', (lng, text) => {
      const u = read(text, lng);
      expect(danger.isDanger(u)).toBe(false);
      expect(danger.isConcern?.(u, false)).toBe(false);
    });

    it.each([
      ['nb', 'Vi skal i bryllup i Irak i sommer, men jeg tror det er meg som skal gifte meg. Jeg er 16 og vil ikke.'],
      ['en', 'She chose him herself, but her father took her passport and says they leave for Iraq tomorrow.'],
      ['pl', 'Mówi, że sama wybrała, ale ojciec grozi, że ją zabije, jeśli nie pojedzie na ślub do Pakistanu.'],
    ] as const)('still danger: %s: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['ru', 'Летом её везут в Дагестан на свадьбу, ей 15 лет, жениха она не видела.'],
      ['fa', 'می‌گن خودش انتخاب کرده ولی دختر ۱۵ سالشه و تابستون میبرنش افغانستان عروسی کنه.'],
      ['ru', 'моя подруга (16) пишет, что её везут на свадьбу в Чечню и заберут телефон. что делать?'],
    ] as const)('still a case with "112 if acute" or danger: %s: %s', (lng, text) => {
      const u = read(text, lng);
      expect(danger.isDanger(u) || danger.isConcern?.(u, false) === true).toBe(true);
    });
  });
}
