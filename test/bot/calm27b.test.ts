import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * False alarms on professionals' and young people's contact questions by class (calm27b, issue #13): the calm question
 * gets its answer without the attention block, and a dangerous twin keeps it. Phrasings written for this test.
 */
describe('conversation: calm contact questions without the attention block (calm27b), their dangerous twins with it', () => {
  const runner = conversationRunnerPerFile();

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
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['ru', 'Мне 19, семья увезла меня в Дагестан, забрала паспорт и не отпускает в Норвегию. Кто может помочь?'],
    ['uk', 'Мені 19, родина забрала мій паспорт і не відпускають додому в Норвегію з Туреччини. Хто може допомогти?'],
  ] as const)('%s: kept abroad keeps the numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
