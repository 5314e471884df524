import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';

// (was calm25-abroad.test.ts)

/**
 * A country abroad that is no case there now (calm25, issue #13): a calm story whose country is where the family comes
 * from or a relative calls from, or a girl's own cutting done there long ago, gets its answer without the attention
 * block; a person taken or kept there keeps "call 112 if acute" on top. Phrasings written for this test.
 */
describe('conversation: a country abroad with no one held there now', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'I am a father from Eritrea. My uncle in Asmara rings me every week and says my daughter of 15 shames us because she has a boyfriend. I do not want to force her into anything. Where can parents get advice?'],
    ['nb', 'Jeg er far fra Eritrea. Onkelen min i Asmara ringer hver uke og sier datteren min på 15 skammer oss fordi hun har kjæreste. Jeg vil ikke tvinge henne til noe. Hvor kan foreldre få råd?'],
    ['en', 'School nurse here. A pupil of 13 told me she was cut on holiday in Somalia two years ago. Must I report it, and to whom?'],
  ] as const)('%s: no attention block: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'I am a father from Eritrea. My brother has taken my daughter of 15 to Asmara and will not let her come back. Where can I get help?'],
    ['en', 'School nurse here. A pupil of 13 was cut on holiday in Somalia last year, and her little sister flies there next week. Must I report it?'],
  ] as const)('%s: a person taken there, or a trip soon, keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});

// (was calm26.test.ts)

/**
 * False alarms by class (calm26, issue #13): calm questions get their answer without the attention block, and each
 * has a dangerous twin that keeps it. Phrasings written for this test.
 */
describe('conversation: calm questions without the attention block, their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

  // A girl's own cutting told as done long ago or already over, with no sister and no trip: a duty question, no alarm.
  // The time of a birth ("a delivery last night") is no danger soon.
  it.each([
    ['nb', 'Helsesøster her. En elev på 14 sier hun ble kjønnslemlestet i Sudan da hun var 5. Hun er enebarn. Må jeg melde fra, eller gjelder taushetsplikten?'],
    ['nn', 'Helsesjukepleiar her. Ei elev på 14 seier ho vart omskoren i Etiopia som treåring. Ho er einebarn. Må eg melde frå?'],
    ['en', 'School nurse here. A pupil of 14 says she was cut in Sudan when she was five. She has no siblings. Must I report this, or is it confidential?'],
    ['nb', 'Jordmor. Vi hadde en fødsel i går med en kvinne som er omskåret, og hun fikk en sønn. Har jeg plikt til å melde noe?'],
    ['en', 'Midwife here. We had a birth last night: the mother is circumcised (type 3) and had a girl. Do I have any duty to report?'],
  ] as const)('%s: a past cutting with no one at risk now: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'Helsesøster her. En elev på 14 sier hun ble kjønnslemlestet i Sudan da hun var 5. Lillesøsteren hennes er 4. Må jeg melde fra?'],
    ['nn', 'Helsesjukepleiar her. Ei elev på 14 seier ho vart omskoren i Etiopia som treåring. Veslesystera hennar er fire. Må eg melde frå?'],
    ['en', 'School nurse here. A pupil of 14 says she was cut in Sudan when she was five. Her little sister is four. Must I report this?'],
    ['nb', 'Jordmor. Vi hadde en fødsel i går med en kvinne som er omskåret, og svigermor vil at babyjenta skal omskjæres i Somalia i sommer. Hva gjør jeg?'],
    ['en', 'School nurse here. A pupil of 14 was cut in Sudan when she was five, and the family flies back there next week with her sister of 6. Must I report it?'],
  ] as const)('%s: a younger sister or a trip keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // Which embassy covers a country, asked with a greeting or a second short question and no person named: the envoy.
  it.each([
    ['fa', 'سلام. برای کسی که در پاکستان گیر افتاده، کدوم سفارت نروژ کمک می‌کنه؟ کجاست؟'],
    ['so', 'Salaan. Ambaasadee Norway ayaa caawisa dadka ku xayiran Kenya? Xageey ku taal?'],
    ['en', 'Hello. Which embassy helps people stuck in Iraq? In which city?'],
  ] as const)('%s: a coverage question: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['fa', 'سلام. خواهرم در پاکستان گیر افتاده و نمی‌گذارند برگردد. کدوم سفارت نروژ کمک می‌کنه؟'],
    ['en', 'Hello. My sister is stuck in Iraq and they will not let her come back. Which embassy helps?'],
  ] as const)('%s: a relative held there keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A family case told as over, the writer still thinking of that time: a talk asked for, no alarm.
  it.each([
    ['en', 'Two years ago my husband\'s family pushed our daughter to marry a cousin. It is all over now, she studies in Bergen and everything is calm. I still think about that time a lot. Is there a line where a mother can talk anonymously?'],
    ['nb', 'For to år siden presset svigerfamilien datteren vår til å gifte seg. Det er over nå, hun studerer og alt er rolig. Jeg tenker fortsatt på den tiden. Finnes det en telefon der en mor kan snakke anonymt?'],
    ['ru', 'Я мама. Два года назад родственники мужа давили на дочь, чтобы она вышла замуж. Всё закончилось, она учится, сейчас всё спокойно. Я всё ещё думаю о том времени. Есть ли телефон, где мама может поговорить анонимно?'],
    ['pl', 'Dwa lata temu rodzina męża naciskała na córkę, żeby wyszła za mąż. Wszystko się skończyło, teraz jest spokojnie. Wciąż myślę o tamtym czasie. Czy jest telefon, gdzie mama może porozmawiać anonimowo?'],
  ] as const)('%s: a case over, the writer still thinking of it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Two years ago my husband\'s family pushed our daughter to marry a cousin. It calmed down, but now they are pushing her again and threaten her. Is there a line where a mother can talk anonymously?'],
    ['ru', 'Два года назад родственники мужа давили на дочь, чтобы она вышла замуж. Было спокойно, но теперь они снова угрожают ей. Есть ли телефон, где мама может поговорить анонимно?'],
  ] as const)('%s: the harm back again keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A foster parent writes as a parent: a calm story about the foster child is no child's own case.
  it.each([
    ['nb', 'Jeg er fostermor til en jente på 15 fra Syria. I fjor ville slekta at hun skulle forloves, men det roet seg og nå er alt bra. Vi fosterforeldre vil gjerne lære mer. Kan noen holde kurs for oss?'],
    ['en', 'I am a foster mother to a girl of 15 from Syria. Last year relatives wanted her engaged, but it calmed down and all is fine now. We foster parents would like to learn more. Can someone give us a course?'],
  ] as const)('%s: a foster parent, calm: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'I am a foster mother to a girl of 15 from Syria. Her relatives have booked her a flight to Damascus next week to get her engaged. What do I do?'],
  ] as const)('%s: a foster parent with a trip soon keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});

// (was calm27a.test.ts)

/**
 * False alarms by class (calm27a, issue #13): a wedding or a journey the writer says is wanted (chosen, looked forward
 * to, no pressure, everyone happy), and a question the writer says is about no one (curiosity, a school project, a
 * made-up training case), get their answer without the attention block; each has a dangerous twin that keeps it.
 * Phrasings written for this test.
 */
describe('conversation: wanted plans and questions about no one without the attention block, their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg er miljøarbeider. En beboer på 24 skal gifte seg i Marokko i juni. Hun og forloveden møttes på jobb, begge familiene er glade og hun gleder seg. Hvem kan hun kontakte der om noe skulle skje?'],
    ['nn', 'Eg er lærar. Ei elev på 19 skal gifte seg i Pakistan til sommaren. Ho og kjærasten møtte kvarandre på universitetet, alle er glade og det er ikkje noko press. Kven kan ho kontakte der om noko skjer?'],
    ['en', 'I work at NAV. A client of 29 is getting married in Erbil this summer. They met at work, both families are happy and there is no pressure at all. Who could she contact there if something went wrong?'],
    ['ar', 'أنا مرشدة في مدرسة لتعليم الكبار. طالبة عمرها 25 ستتزوج في بغداد هذا الصيف، هي متحمسة والعائلتين مبسوطين. من يساعدها هناك إذا حدث شيء؟'],
    ['so', 'Waxaan ahay macallin. Arday 23 jir ah ayaa guursanaysa xagaagan Muqdisho, labada qoys waa faraxsan yihiin, cadaadis ma jiro. Yaa caawin kara haddii ay dhibaato dhacdo?'],
    ['fa', 'من مددکار هستم. یکی از مراجعان ۲۶ ساله تابستان در کابل ازدواج می‌کند، همه خوشحال هستند و هیچ فشاری نیست. اگر آنجا مشکلی پیش بیاید به کی زنگ بزند؟'],
    ['ur', 'میں استاد ہوں۔ میری ایک طالبہ 24 سال کی ہے، اس کی شادی گرمیوں میں کراچی میں ہوگی، سب خوش ہیں اور کوئی دباؤ نہیں۔ اگر وہاں کچھ ہو جائے تو کس سے رابطہ کرے؟'],
    ['ru', 'Я социальный работник. Клиентка, 27 лет, летом выходит замуж в Грозном, познакомились на работе, обе семьи рады, никакого давления. К кому она может обратиться там, если что-то случится?'],
    ['uk', 'Я працюю в NAV. Клієнтка, 28 років, влітку виходить заміж у Туреччині, познайомилися в університеті, всі раді, без тиску. До кого вона може звернутися там, якщо щось станеться?'],
    ['pl', 'Pracuję w NAV. Klientka, 26 lat, latem wychodzi za mąż w Turcji, poznali się na studiach, obie rodziny się cieszą, bez presji. Do kogo może się zwrócić na miejscu, gdyby coś się stało?'],
    ['tr', "NAV'da çalışıyorum. 25 yaşında bir danışanım bu yaz Irak'ta evleniyor, üniversitede tanıştılar, iki aile de mutlu, hiçbir baskı yok. Orada bir şey olursa kime başvurabilir?"],
    ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓሚለይ 25 ዓመት ኣብ ኤርትራ ክትምርዖ እያ፣ ኩሎም ሕጉሳት እዮም፣ ብዘይ ጸቕጢ። ሽግር እንተ ኣጋጢሙ ናበይ ትድውል?'],
    ['nb', 'Vi skal på ferie til Tyrkia i tre uker i juli med døtrene våre på 12 og 15. Vi har returbilletter, og jentene gleder seg til å se bestemor. Hvilken ambassade hjelper om noe skjer der?'],
    ['en', 'Our daughter (16) and I fly to Lahore in July to visit her grandparents. She is so excited, and we have return tickets for August. Which embassy helps if anything happens there?'],
  ] as const)('%s: a wanted wedding or holiday: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'A client of 29 has her wedding in Erbil this summer. She says she wants it, but she cried and said she has no choice.'],
    ['nb', 'En elev på 19 skal på ferie til Pakistan i sommer. Hun sier hun gleder seg, men faren har tatt passet hennes.'],
    ['en', 'A happy family holiday to Somalia next week, the girl of 12 is so excited, but her uncle has taken her passport.'],
    ['nb', 'Eleven min er 16 år og skal gifte seg i Irak i sommer. Hun sier hun gleder seg, og begge familiene er glade.'],
    ['pl', 'Uczennica, 19 lat, latem wychodzi za mąż w Turcji. Mówi, że bardzo się cieszy, ale płakała i boi się ojca.'],
  ] as const)('%s: harm, tears, papers taken or a child\'s marriage beside "wanted" keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  it.each([
    ['nb', 'Bare nysgjerrig, ikke om noen bestemt: blir jenter holdt igjen i utlandet etter sommerferien? Hvor mange saker er det?'],
    ['en', 'Just curious, not about anyone in particular: are girls really kept abroad after the summer holidays? How many cases did the envoys have in 2023?'],
    ['uk', 'Для шкільного проєкту: скільки справ мали посланці в посольствах у 2023 році?'],
    ['ru', 'Готовлю учебный кейс для коллег: вымышленная девочка 15 лет, семья планирует поездку летом. К кому обращаться в первую очередь?'],
    ['pl', 'Pytam z ciekawości, nie chodzi o nikogo: czy to prawda, że niektóre dziewczyny zostają za granicą po wakacjach? Ile jest takich spraw?'],
    ['tr', "Okul projesi için soruyorum: 2023'te elçiler kaç vakayla ilgilendi?"],
  ] as const)('%s: a question about no one: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Not about anyone in particular, but my friend of 15 is being taken to Somalia tomorrow to be cut.'],
    ['ru', 'Просто интересно: что делать, если меня завтра увезут в Чечню и отберут паспорт?'],
  ] as const)('%s: a harm at hand beside "about no one" keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A teacher's duty question about everyday control where "nothing indicates violence": advice on the duty, no alarm.
  it.each([
    ['pl', 'Jestem pedagogiem. Uczennica (15) mówi, że rodzice sprawdzają jej telefon, ale brak oznak przemocy. Czy muszę zgłosić to do barnevernet?'],
    ['en', 'I am a teacher. A pupil (15) says her parents check her phone, but there are no signs of violence. Must I notify barnevernet?'],
  ] as const)('%s: a duty question with no sign of violence: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});

// (was calm27b.test.ts)

/**
 * False alarms on professionals' and young people's contact questions by class (calm27b, issue #13): the calm question
 * gets its answer without the attention block, and a dangerous twin keeps it. Phrasings written for this test.
 */
describe('conversation: calm contact questions without the attention block (calm27b), their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();
  const { testApp } = oneAppPerFile();

  // A person the asker says is placed somewhere safe now, the question about what comes next: no alarm.
  it.each([
    ['nb', 'Jeg jobber i NAV. En kvinne på 30 har vært utsatt for vold fra broren sin, men hun er trygt plassert nå. Hvem kan hjelpe henne videre med bolig?'],
    ['nn', 'Eg jobbar i NAV. Ei kvinne på 30 har vore utsett for vald frå bror sin, men ho er trygt plassert no. Kven kan hjelpe henne vidare med bustad?'],
    ['en', 'I work at a crisis centre. A woman of 25 has suffered honour-related violence from her family, but she is safely placed now. Who helps her find long-term housing?'],
    ['ar', 'أعمل في البلدية. امرأة عمرها 30 تعرضت للعنف من أخيها، لكنها تقيم الآن في مكان آمن. من يساعدها في السكن على المدى الطويل؟'],
    ['so', 'Waxaan ka shaqeeyaa NAV. Naag 30 jir ah ayaa la kulantay rabshad xagga sharafta ah oo qoyskeeda ka timid, laakiin hadda waxay joogtaa meel ammaan ah. Yaa ka caawin kara guri joogto ah?'],
    ['fa', 'من در ان‌آ‌و کار می‌کنم. زنی ۳۰ ساله از طرف برادرش خشونت دیده، اما الان در جای امنی ساکن است. چه کسی برای مسکن دائمی به او کمک می‌کند؟'],
    ['ur', 'میں NAV میں کام کرتی ہوں۔ ایک 30 سالہ عورت پر اس کے بھائی نے تشدد کیا، لیکن وہ اب محفوظ جگہ پر رہ رہی ہے۔ مستقل رہائش کے لیے کون مدد کرتا ہے؟'],
    ['uk', 'Я працюю в NAV. Жінка 30 років зазнала насильства від брата, але зараз живе в безпечному місці. Хто допоможе їй з постійним житлом?'],
    ['ru', 'Я работаю в NAV. Женщина 30 лет пострадала от насилия со стороны брата, но сейчас живёт в безопасном месте. Кто поможет ей с постоянным жильём?'],
    ['tr', 'NAV\'da çalışıyorum. 30 yaşında bir kadın ağabeyinden şiddet gördü ama şu an güvenli bir yerde kalıyor. Kalıcı konut için kim yardım eder?'],
    ['pl', 'Pracuję w NAV. Kobieta, 30 lat, doznała przemocy od brata, ale mieszka teraz w bezpiecznym miejscu. Kto pomoże jej ze stałym mieszkaniem?'],
    ['ti', 'ኣብ NAV እየ ዝሰርሕ። ሓንቲ ሰበይቲ 30 ዓመት ካብ ሓዋ ዓመጽ በጺሑዋ፣ ሕጂ ግን ኣብ ውሑስ ቦታ ተቐሚጣ ኣላ። ንነዊሕ እዋን መንበሪ መን ይሕግዛ?'],
  ] as const)('%s: a person placed safely now: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'Jeg jobber i NAV. En kvinne på 30 er trygt plassert nå, men broren truer med å drepe henne og vet hvor hun bor. Hva gjør vi?'],
    ['en', 'I work at a crisis centre. A woman of 25 is safely placed now, but her brothers threaten to kill her and know where she is. What do we do?'],
    ['ru', 'Я работаю в NAV. Женщина 30 лет сейчас живёт в безопасном месте, но брат угрожает её убить. Что нам делать?'],
  ] as const)('%s: a threat told beside it keeps the numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A mother's own cutting done in the home country when she was a child, told to a health worker: no journey now.
  it.each([
    ['nb', 'Helsesykepleier på helsestasjonen. En mor sa i dag at hun ble omskåret som barn i hjemlandet. Datteren er tre måneder. Må jeg melde dette til noen, eller er det nok å skrive det i journalen?'],
    ['nn', 'Helsesjukepleiar her. Ei mor sa i dag at ho vart omskoren som barn i heimlandet. Dottera er tre månader. Må eg melde dette til nokon, eller held det å skrive det i journalen?'],
  ] as const)('%s: a mother cut as a child in the home country: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'Helsesykepleier. En mor ble omskåret som barn i hjemlandet, og nå skal de sende datteren på tre år dit neste uke. Hva gjør jeg?'],
    ['nn', 'Helsesjukepleiar. Ei mor vart omskoren som barn i heimlandet, og no skal dei sende dottera på tre år dit neste veke. Kva gjer eg?'],
  ] as const)('%s: the daughter sent there soon keeps the numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A mother's own cutting long past with a birth to come: the time is the baby's birth, a midwife's preventive question.
  it.each([
    ['nb', 'Jordmor. En gravid kvinne som ble omskåret som barn har termin om tre uker og venter en jente. Hvor kan jeg få råd om hvordan vi snakker om forebygging?'],
    ['nn', 'Jordmor. Ei gravid kvinne som vart omskoren som barn har termin om to veker. Kvar kan eg få råd om førebygging?'],
    ['en', 'Midwife here. A patient who was cut as a child is due in three weeks with a girl. Where can I get advice on talking about prevention?'],
    ['ru', 'Акушерка. Пациентка, которую обрезали в детстве, будет рожать через месяц, ждёт девочку. Где получить совет о профилактике?'],
    ['pl', 'Położna. Pacjentka, która była obrzezana jako dziecko, rodzi za trzy tygodnie. Gdzie uzyskam poradę o profilaktyce?'],
  ] as const)('%s: a birth to come after a mother\'s own cutting: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'Jordmor. En gravid kvinne som ble omskåret som barn har termin om tre uker, og svigermor sier babyen skal omskjæres i Somalia neste måned.'],
    ['en', 'Midwife here. A patient who was cut as a child is due in three weeks, and her mother-in-law says the baby will be cut in Somalia next month.'],
  ] as const)('%s: a cutting planned for the baby keeps the numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // A young adult kept from going out alone at home (control), asking for a line: not a person kept abroad.
  it.each([
    ['ru', 'Мне 19, родители проверяют мой телефон и не отпускают меня никуда без брата. Есть ли анонимный телефон, куда я могу позвонить?'],
    ['uk', 'Мені 19, батьки перевіряють мій телефон і не відпускають мене нікуди без брата. Чи є анонімний телефон, куди я можу подзвонити?'],
  ] as const)('%s: not let out alone is control at home: %s', async (lng, text) => {
    const before = testApp().logs.lines.length;
    const view = await runner.turn(lng, text);
    // The anonymous line is answered either way (the Red Cross line first).
    expect(view.texts.join(' ')).toMatch(/815\s?55\s?201/u);
    // The rules read it calm. Since the second opinion was retrained on 92 sets (session 31) the Russian one scores just
    // above its threshold and gets the model's short 112 line over the answer (a known cost, as the Ukrainian
    // 20-year-old in test/understanding/session-29.test.ts): any emergency reading here must be the model's.
    if (view.emergency) expect(testApp().logs.lines.slice(before).join('\n')).toContain('"secondOpinion":true');
  });

  it.each([
    ['ru', 'Мне 19, семья увезла меня в Дагестан, забрала паспорт и не отпускает в Норвегию. Кто может помочь?'],
    ['uk', 'Мені 19, родина забрала мій паспорт і не відпускають додому в Норвегію з Туреччини. Хто може допомогти?'],
  ] as const)('%s: kept abroad keeps the numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});

// (was hb27e.test.ts)

/**
 * False alarms on calm questions (issue #13, hb27e): parents who refuse the relatives' plans and ask for support for
 * themselves, training asked with no new risk, and which embassy covers a country asked in general are answered without
 * the emergency block. Their danger twins (a time at hand, a person held now) keep it. Phrasings written for this test.
 */
describe('hb27e: calm questions beside a harm the writer says is refused or absent', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Svigerfamilien i Irak maser om at sønnen vår skal forloves med en kusine. Vi er imot det, han skal fullføre skolen. Hvem kan gi oss foreldre råd?'],
    ['en', 'My brother-in-law in Somalia keeps saying our boy should be engaged to his daughter. We are against it and told him so. Is there anyone who advises parents like us?'],
    ['ar', 'أهل زوجي في العراق يضغطون علينا لنخطب ابننا لبنت عمه. نحن ضد هذا. هل في جهة تساعد الأهل؟'],
    ['uk', 'Я медсестра. Наші пацієнтки були обрізані в дитинстві на батьківщині, нових ризиків немає. Хто може провести навчання для персоналу?'],
    ['tr', "Polis memuruyum, genel olarak soruyorum: Irak'ta zorla alıkonulan bir kız için hangi büyükelçilik yetkili?"],
  ] as const)('%s: no emergency block', async (lng, message) => {
    const view = await runner.turn(lng, [message]);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
  });

  it.each([
    ['en', 'We are against it, but the relatives will take her abroad tomorrow and we cannot stop them.'],
    ['nb', 'Vi er imot det, men onkelen tar henne med til Pakistan i morgen for å gifte henne bort.'],
    ['tr', "Kızım Türkiye'de zorla tutuluyor, hangi büyükelçilik yardım eder?"],
    ['en', 'My daughter is held in Turkey by her uncle and cannot come home.'],
  ] as const)('%s: the danger twin keeps the emergency block', async (lng, message) => {
    const view = await runner.turn(lng, [message]);
    expect(view.emergency).toBe(true);
  });
});

// (was classes-left25.test.ts)

/**
 * Classes left from session 24 (issue #13, left25), each with its own sentences and a danger twin where one applies.
 */
const runner = conversationRunnerPerFile();

describe('a passport lost on a journey the writer looks forward to is calm', () => {
  /**
   * lostPapers (content/understanding/situation/*.json) with nothing else but the journey, its time and country, or a
   * wedding the writer goes to or the couple chose: no emergency card, no "112 if acute" block; UD's line or the envoy.
   */
  it.each([
    ['nb', 'Jeg skal i bryllupet til broren min i Ankara, han har valgt kona selv. Hvis jeg mister passet der, hvem hjelper meg?'],
    ['nn', 'Eg skal i bryllaupet til syster mi i Islamabad til sommaren. Kven hjelper meg om eg missar passet der?'],
    ['en', "I'm going to my brother's wedding in Lahore next month, he picked his bride himself. Who helps me if I lose my passport there?"],
    ['en', "We're flying to Nairobi in the autumn to visit relatives. What do I do if my passport gets stolen there?"],
    ['pl', 'W lipcu lecę z rodzicami na wesele brata do Turcji. Co zrobić, jeśli zgubię paszport?'],
    ['ru', 'Летом еду с семьёй на свадьбу брата в Дагестан. Кто поможет, если я потеряю паспорт?'],
    ['uk', 'Влітку їду на весілля брата до Туреччини. Хто допоможе, якщо я загублю паспорт?'],
    ['tr', "Yazın ailemle kardeşimin düğününe Pakistan'a gidiyoruz. Pasaportumu kaybedersem kim yardım eder?"],
  ] as const)('%s: no emergency card: %s', async (lang, message) => {
    const view = await runner.turn(lang, [message]);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean).toBe(false);
  });

  it.each([
    ['en', "We're going to Pakistan next month and my dad hid my passport. I'm scared they'll marry me off. Who helps me?"],
    ['nb', 'Vi skal til Irak i sommer, og faren min har tatt passet mitt. Jeg er redd de vil gifte meg bort der.'],
    ['pl', 'Rodzice zabrali mi paszport i w lipcu lecimy do Turcji. Boję się, że wydadzą mnie tam za mąż.'],
  ] as const)('%s: a passport the family keeps stays danger: %s', async (lang, message) => {
    expect((await runner.turn(lang, [message])).emergency).toBe(true);
  });
});

describe('a line asked after an article is answered with the lines', () => {
  /**
   * Not daring to call said with the writer's own "what do I do?" (ownWhatToDo, content/contacts/other-language-words.json)
   * asks for the lines, not what a service does; a line asked with no service named after an article is a question of
   * its own (src/conversation/follow-up.ts).
   */
  it.each([
    ['nn', ['Kva er tvangsekteskap?', 'men eg tør ikkje ringe, kva gjer eg då?']],
    ['nb', ['Hva er negativ sosial kontroll?', 'men jeg tør ikke ringe, hva gjør jeg da?']],
    ['en', ['What is negative social control?', "i'm scared to phone anyone, is there another way?"]],
    ['en', ['What is forced marriage?', "but I don't dare to call, what do I do then?"]],
    ['ru', ['Что такое принудительный брак?', 'я боюсь звонить, что мне делать?']],
    ['uk', ['Що таке примусовий шлюб?', 'я боюся дзвонити, що мені робити?']],
    ['pl', ['Co to jest małżeństwo przymusowe?', 'boję się dzwonić, co mam zrobić?']],
    ['tr', ['Zorla evlendirme nedir?', 'aramaya korkuyorum, ne yapmalıyım?']],
    ['ar', ['ما هو الزواج القسري؟', 'أخاف أتصل، ماذا أفعل؟']],
    ['so', ['Waa maxay guurka qasabka ah?', 'waan ka baqayaa inaan waco, maxaan sameeyaa?']],
    ['ti', ['ብግዲ ምምርዓው እንታይ እዩ?', 'ክድውል እፈርህ፣ እንታይ ክገብር?']],
  ] as const)('%s: the lines, no "did you mean": %j', async (lang, turns) => {
    const view = await runner.turn(lang, [...turns]);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, ['815 55 201', '116 111'])).toBe(true);
  });
});

// (was calm28a.test.ts)
{
  /**
   * False alarms by class (calm28a, issue #13): a parent who says yes to a child's own wish (a school trip) and asks for
   * someone to talk to gets the lines without the attention block; a threat, a cutting or a child's marriage beside the
   * yes keeps it, as danger beside a young writer's ask for a line does. Phrasings written for this test.
   */
  describe('conversation: calm requests for a line without the attention block, their dangerous twins with it', () => {
    const runner = conversationRunnerPerFile();

    it.each([
      ['nb', 'Jeg er 15. Pappa sier han skal drepe meg hvis jeg møter kjæresten min igjen. Finnes det en chat jeg kan skrive til?'],
      ['en', "i'm 15 and my parents are sending me to Pakistan next week to get married. is there a chat where i can talk to someone?"],
      ['ar', 'عمري 15 سنة وأبوي ضربني امبارح. هل في خط أقدر أتكلم فيه مع أحد؟'],
      ['ru', 'Мне 15, брат угрожает убить меня. Есть ли линия, где можно с кем-то поговорить?'],
      ['pl', 'Mam 15 lat, boję się wrócić do domu, ojciec mnie bije. Czy jest jakiś telefon, gdzie mogę z kimś porozmawiać?'],
    ] as const)('%s: danger told beside the ask for a line keeps it: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(true);
    });

    it.each([
      ['nb', 'Jeg er mor til en jente på 13. Klassen skal på leirskole i tre dager og hun vil så gjerne være med. Jeg har sagt ja, men slekta sier det ikke passer seg. Hvem kan jeg snakke med som forelder?'],
      ['nn', 'Eg er far til ei jente på 14. Klassen skal på tur over to netter og ho vil gjerne vere med. Eg har sagt ja, men folk i miljøet snakkar. Kven kan eg prate med?'],
      ['en', 'I am a father. My daughter is 13 and her class goes on a three-day camp. I said yes, but relatives say it is not proper. Who can I talk to as a parent?'],
      ['ar', 'أنا أب، بنتي عمرها 13 وصفها رايح رحلة مدرسية ثلاث أيام. أنا موافق بس الأقارب يتكلمون. مع مين أقدر أتكلم؟'],
      ['ru', 'Я отец, дочери 13 лет, класс едет в лагерь на три дня. Я согласен, но родственники против. С кем я могу поговорить как родитель?'],
      ['pl', 'Jestem mamą 13-letniej córki, klasa jedzie na trzydniową wycieczkę. Zgodziłam się, ale rodzina gada. Z kim mogę porozmawiać jako rodzic?'],
      ['tr', 'Kızım 13 yaşında, sınıfı üç günlük bir geziye gidiyor. Ben izin verdim ama akrabalar konuşuyor. Bir ebeveyn olarak kiminle konuşabilirim?'],
      ['so', 'Gabadhayda waa 13 jir, fasalkeedu waxay aadayaan socdaal iskuul oo saddex maalmood ah. Waan u oggolaaday, laakiin qaraabada ayaa hadlaya. Yaan la hadli karaa anigoo waalid ah?'],
      ['fa', 'دخترم ۱۳ سالشه و کلاسش سه روز میره اردوی مدرسه. من موافقم ولی فامیل حرف میزنن. به عنوان پدر یا مادر با کی می‌تونم حرف بزنم؟'],
      ['ur', 'میری بیٹی 13 سال کی ہے، اس کی کلاس تین دن کے سکول ٹرپ پر جا رہی ہے۔ میں نے اجازت دے دی ہے لیکن رشتہ دار باتیں کرتے ہیں۔ میں والدین کے طور پر کس سے بات کر سکتی ہوں؟'],
      ['ti', 'ጓለይ 13 ዓመታ እያ፡ ክፍላ ንሰለስተ መዓልቲ ናብ leirskole ትኸይድ። ኣነ ፈቒደላ ግን ኣዝማድ ይዛረቡ። ከም ወላዲ ምስ መን ክዛረብ እኽእል?'],
    ] as const)('%s: a parent who says yes to a child\'s school trip asks for someone to talk to: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(view.answers).toBeGreaterThan(0);
    });

    // Ukrainian: no recognizer reads a parent's "whom can I talk to?" yet (left for the lead): only the alarm is checked.
    it('uk: a parent who says yes to a child\'s school trip gets no attention block', async () => {
      const view = await runner.turn('uk', 'Я мама, доньці 13 років, клас їде в табір на три дні. Я погодилася, але родичі проти. З ким я можу поговорити як мати?');
      expect(view.emergency).toBe(false);
    });

    it.each([
      ['nb', 'Jeg er mor til en jente på 13. Jeg har sagt ja til at hun reiser til Somalia i sommer, men jeg er redd de skal omskjære henne der.'],
      ['en', 'I am a father. I said yes to the trip, but my brother is threatening to kill my daughter if she goes.'],
      ['ar', 'أنا أم، بنتي عمرها 14. أنا موافقة على السفر بس أبوها يبغى يزوجها هناك في الصيف.'],
    ] as const)('%s: a threat, a cutting or a child\'s marriage beside the parent\'s yes keeps it: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(true);
    });
  });
}
