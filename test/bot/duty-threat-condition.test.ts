import { LOCALE_OF } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { emergencyIs, replyTo, seen, talk } from '../helpers/replies';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Session 19 (the lead's own probe messages, none from an evaluation set): a threat told with its own condition ("her
 * brother threatens that if she goes to work he will beat her") inside a duty question is a case at hand, so the
 * emergency numbers come first — the "if" is the threat's, not the asker's supposition (concept harmIf,
 * src/understanding/danger-reader.ts NOT_SUPPOSED). A duty question that supposes the case ("if a pupil tells me her
 * brother threatens her, must I notify?") stays advice on the duty, in every language, and is not read as a young
 * person's own story when it names the person it is about (src/understanding/understand.ts dutyAboutSomeone).
 * Also (after the development set general-blind-44 showed the classes; these sentences are our own): a person afraid
 * beside being sent to a country abroad, whatever her age (rule scared-trip-abroad-someone); "she'll regret it" said by
 * her family as a threat, in ten languages; an adult pressed to marry a man she never met (a case, with the "112 if
 * acute" line); a passport or bank card taken (fa); a cutting suspected for a child named with her age, asked as a duty.
 */

describe('conversation: a threat told with its own "if" in a duty question', () => {
  const { chat } = oneAppPerFile();

  const AT_HAND: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg jobber på NAV. En jente på 16 fortalte at faren truer med at hvis hun tar jobben, så slår han henne. Må jeg melde til barnevernet?'],
    ['nn', 'Ei jente på 15 seier at broren trugar henne med at viss ho går på festen, slår han henne. Har eg plikt til å melde?'],
    ['en', 'I work at a health station. A 17-year-old told me her uncle threatens that if she keeps seeing her boyfriend he will hurt her. Do I have to tell child welfare?'],
    ['ru', 'Я работаю в NAV. Девушка 17 лет рассказала, что отец угрожает, что если она пойдёт учиться, он её изобьёт. Обязан ли я сообщить в barnevernet?'],
    ['uk', 'Я вчителька. Учениця 15 років каже, що брат погрожує, що якщо вона піде на вечірку, він її поб\'є. Чи мушу я повідомити barnevernet?'],
    ['fa', 'من در مدرسه کار می کنم. دختری ۱۶ ساله گفت برادرش تهدید می کند که اگر با دوستانش بیرون برود او را می زند. آیا باید به barnevernet خبر بدهم؟'],
  ];

  it.each(AT_HAND)('%s: the emergency numbers first', emergencyIs(chat, true));

  const SUPPOSED: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvis en elev forteller at broren truer henne, må jeg da melde fra til barnevernet?'],
    ['en', 'Hypothetically, if a pupil says her father threatens her, do I have a duty to report it?'],
    ['ru', 'Если ученица расскажет, что брат ей угрожает, должен ли я сообщить в barnevernet?'],
  ];

  it.each(SUPPOSED)('%s: a supposed case gets the duty, no emergency card', (lng, message) =>
    replyTo(chat, lng, message, (reply) => {
      const view = seen(reply);
      expect(view.emergency).toBe(false);
      expect(view.texts.join('\n')).toMatch(/barnevern/iu);
    }));
});

describe('conversation: danger told in details to a front-line service (session 19)', () => {
  const { chat } = oneAppPerFile();

  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er helsesykepleier. En jente i 9. klasse sier at foreldrene skal sende henne til Pakistan i sommer, og hun virker livredd. Hva gjør jeg?'],
    ['nn', 'Eg er lærar. Ei elev seier at ho skal sendast til Somalia, og ho verkar livredd. Kva gjer eg?'],
    ['en', "I'm a nurse. A woman (29) says her husband will send her to Iraq to stay with his parents, and she is terrified. Who can advise me?"],
    ['en', "A client at NAV (26) told me her brothers said she'll regret it if she moves in with her boyfriend. Who can I call for advice?"],
    ['nb', 'En deltaker på introprogrammet (22) sier familien har sagt at hun skal få angre hvis hun fortsetter på kurset. Hvem kan gi oss råd?'],
    ['ru', 'Моя клиентка (24) говорит, что братья сказали: она пожалеет об этом, если уйдёт из дома. Куда обратиться за советом?'],
    ['en', 'A student (20) says her parents are pressuring her to marry a cousin she has never met. Who can help her?'],
    ['fa', 'من مددکار هستم. یک زن ۲۸ ساله می گوید شوهرش پاسپورت و مدارک و کارت بانکی اش را گرفته است. از کی مشاوره بگیرم؟'],
    ['nb', 'Har helsestasjonen meldeplikt hvis vi mistenker at ei jente på 4 år skal omskjæres når familien reiser?'],
  ];

  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Har barnehagen plikt til å melde hvis vi mistenker at et barn skal kjønnslemlestes?'],
    ['en', "She's terrified it will get back to her parents that she talked to me. Is the Red Cross line anonymous?"],
    ['en', "You won't regret it if you call them, they are really nice. What are their opening hours?"],
    ['nb', 'Eleven virker redd for muntlig eksamen i engelsk. Hvordan kan vi hjelpe?'],
  ];

  it.each(CALM)('%s: %s — no emergency card', emergencyIs(chat, false));
});

describe('conversation: a person already taken abroad, even asked as "what if" (session 19)', () => {
  const { chat } = oneAppPerFile();

  const TAKEN: ReadonlyArray<readonly [Lang, readonly string[]]> = [
    ['en', ['Which envoy covers Iraq?', 'and if she has already been taken there?']],
    ['ru', ['Кто отвечает за Россию?', 'а если девочку уже увезли в Чечню?']],
    ['nb', ['En elev på 15 har allerede blitt sendt til Somalia og kommer ikke på skolen. Hva gjør vi?']],
    ['pl', ['Uczennica (15) została już wywieziona do Pakistanu i nie wróciła do szkoły. Co robić?']],
    ['tr', ["15 yaşındaki öğrencimiz geçen ay Türkiye'ye götürüldü ve okula dönmedi. Ne yapmalıyız?"]],
  ];

  it.each(TAKEN)('%s: %j — the emergency numbers on the last answer', async (lng, turns) => {
    const replies = await talk(chat({ locale: LOCALE_OF[lng] }), ...turns);
    expect(replies).toHaveLength(turns.length);
    expect(seen(replies[turns.length - 1]!).emergency).toBe(true);
  });

  it.each([['ru', 'Какое посольство помогает, если девушку из Чечни увезли в Турцию?']] as const)(
    '%s: "if a girl was taken to Turkey, which embassy?" is a procedure question, no emergency card (%s)',
    emergencyIs(chat, false),
  );
});

describe('conversation: danger read after the held-back sets of session 19 (their classes, our own sentences)', () => {
  const { chat } = oneAppPerFile();

  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'Our consulate got a call from a 16-year-old Norwegian in Mogadishu who wants help to get home. Who do we involve in Norway?'],
    ['nb', 'Niesa mi (15) har vært hos besteforeldrene i Irak siden jul, og nå sier de at hun ikke skal hjem igjen. Hva gjør vi?'],
    ['nb', 'En elev ville ikke gå hjem etter skolen i dag og gråt hele siste time. Hva gjør jeg?'],
    ['ar', 'جارتي عمرها 30 سنة، أهلها وهددوها إذا تركت زوجها. من يمكنه مساعدتها؟'],
    ['ar', 'صديقتي بدها تطلق، وأخوها قال رح يخلصوا منها. شو بعمل؟'],
    ['ti', 'ኣብ ክፍልና ዘላ ጓል 16 ዓመት ስድራኣ መርዕውዋ። እንታይ ክንገብር ኣሎና፧'],
  ];

  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  it.each([['ar', 'هل مسموح الختان في النرويج؟']] as const)('%s: "is it allowed in Norway?" about a harm stays a general question (%s)', emergencyIs(chat, false));
});

describe('conversation: a person never left alone with staff (session 19, concept guarded)', () => {
  const { chat } = oneAppPerFile();

  const GUARDED: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er jordmor. En gravid kvinne på 24 kommer alltid med svigermor, som ikke lar henne snakke med meg alene. Hvem kan jeg rådføre meg med?'],
    ['en', "I'm a GP. The husband of a 28-year-old patient won't let her talk to me alone. Who can advise me?"],
    ['ru', 'Я медсестра. Пациентку 23 лет муж ни на минуту не оставляет её одну. К кому обратиться?'],
    ['tr', 'Hemşireyim. 25 yaşındaki hastayı ailesi hiç yalnız bırakmıyor. Kime danışabilirim?'],
  ];
  it.each(GUARDED)('%s: %s — a case, with the "112 if acute" line on top', emergencyIs(chat, true));

  const CALM: ReadonlyArray<readonly [Lang, string]> = [['en', 'What are the signs of control? For example when a patient is never left alone with the doctor?']];
  it.each(CALM)('%s: %s — a general question, no emergency card', emergencyIs(chat, false));
});

describe('conversation: a person to be sent "home" by others, the country unnamed (session 20, concepts sentHome, homeFrom)', () => {
  const { chat } = oneAppPerFile();

  const SENT_HOME: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Vi er en barnehage. Faren til en jente sier at kona skal sendes hjem etter jul, og at datteren blir med. Hva gjør vi nå?'],
    ['nn', 'Ei mor på norskkurset seier at svigerfamilien vil sende ho heim, og at borna skal bli verande her. Kven kan vi spørje?'],
    ['en', 'One of our mums told the staff her husband says she is being sent back home and the children go with her. What should we do?'],
    ['en', 'A woman in our language class says her in-laws keep saying they will send her home if she gets a job. Who can advise us?'],
    ['uk', 'Я працюю в школі. Мама учня каже, що чоловік відправить її додому, а сина залишить тут. Що нам робити?'],
    ['tr', 'Okulda çalışıyorum. Bir öğrencimizin annesi, kocasının onu memleketine geri göndereceğini söyledi. Kimi aramalıyız?'],
    ['so', 'Waxaan ka shaqeeyaa dugsiga. Hooyo ayaa noo sheegtay in ninkeeda uu doonayo in dalkii loo celin doono. Yaan la xiriirnaa?'],
  ];
  it.each(SENT_HOME)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  const SCHOOL_HOME: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'En gutt i 3. klasse ble sendt hjem med feber i dag. Skal vi melde det noe sted?'],
    ['nn', 'Ho vart send heim frå skulen i går fordi ho var sjuk. Må eg ringje nokon?'],
    ['en', 'We sent a pupil home sick this morning. Do I need to tell anyone?'],
  ];
  it.each(SCHOOL_HOME)('%s: %s — sent home from school or sick: no emergency card', emergencyIs(chat, false));
});

describe('conversation: "police or child welfare first?" and "may we share this?" are duty questions (session 20)', () => {
  const { chat } = oneAppPerFile();

  // Own phrasings. A choice between the two services a duty runs to, or whether the asker may share what she heard, asks
  // what the duty is and in what order: the duty article (which names Kompetanseteamet for advice in the case), not a
  // list of the two services "you asked for".
  const ORDER: ReadonlyArray<readonly [Lang, string, RegExp]> = [
    ['en', 'We run an after-school club. A 15-year-old told us her parents have found her a husband and the wedding is in August. Should we go to the police or child welfare, and can we share this without her consent?', /duty to notify|duty to avert/iu],
    ['nb', 'Jobber i SFO. Ei jente på 12 sier at storesøstera (17) skal giftes bort etter sommeren. Skal vi gå til barnevernet eller politiet, og har vi lov til å dele dette?', /opplysningsplikt|avverg/iu],
    ['nn', 'Eg er lærar. Ein elev på 14 seier at faren har lova henne bort til ein fetter. Skal vi gå til politiet eller barnevernet, og har vi lov til å dele dette?', /opplysningsplikt|avverj/iu],
  ];
  it.each(ORDER)('%s: %s — the emergency numbers, then the duty with Kompetanseteamet', (lng, message, duty) =>
    replyTo(chat, lng, message, (reply) => {
      const view = seen(reply);
      expect(view.emergency).toBe(true);
      const text = view.texts.join('\n');
      expect(text).toMatch(duty);
      expect(text).toMatch(/Kompetanseteamet/u);
    }));

  // A sister's age written after her ("storesøsteren (16)") makes her a minor in nb and nn as "søster 16" did.
  it.each([
    ['nb', 'Faren til en av barna i barnehagen sa at storesøsteren (16) skal hjem etter eksamen for å gifte seg. Hva gjør vi?'],
    ['nn', 'Far til ein av ungane sa at storesystera (15) skal heim etter eksamen for å gifte seg. Kva gjer vi?'],
  ] as const)('%s: %s — a minor to be married: the emergency numbers on top', emergencyIs(chat, true));
});

describe('conversation: danger told by a front-line professional about someone in their care (session 21, general-blind-50 classes, our own sentences)', () => {
  const { chat } = oneAppPerFile();

  // A mother's own cutting long past and "the same" to be done to her daughter (concept sameDone, rule
  // past-cutting-same-done); a young child telling that the father hits the mother; a veiled threat of brothers or a
  // father "sorting it out"; afraid to go home with a word between (pl); "sent away for good" after the threat's own "if".
  const DANGER: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg er helsesykepleier. Mora sier hun selv er omskåret og at mormoren mener jenta må gjennom det samme når de drar hjem.'],
    ['nn', 'Eg er jordmor. Mora er sjølv omskoren, og svigermora seier at vesla skal gjennom det same på ferien.'],
    ['en', 'Health visitor here. The mother says she was cut herself and the grandmother thinks the baby must go through the same when they travel home.'],
    ['pl', 'Jestem pielęgniarką. Matka jest sama obrzezana, a teściowa mówi, że mała musi przejść to samo, gdy pojadą do domu.'],
    ['en', "I'm a kindergarten teacher. A 4-year-old told us that daddy hits mummy when she goes out alone."],
    ['nb', "Jeg er fastlege. En jente på 16 ba om en jomfruattest, ellers vil brødrene 'ordne opp'."],
    ['en', 'I work on a hospital ward. A 17-year-old patient says her brothers will sort her out if the family hears about her boyfriend.'],
    ['pl', 'Jestem lekarką na oddziale. Pacjentka, 16 lat, boi się dziś wrócić do domu, bo ojciec widział ją z chłopakiem.'],
    ['en', 'A pupil told me her uncle said that if she refuses the marriage, they will send her away for good.'],
    // The threat's own "if" in Somali ("haddii aad …, waan …": if you …, I will …).
    ['so', 'Waxaan ka shaqeeyaa dugsi. Gabadha waxay tiri aabbaheed wuxuu ku hanjabay: haddii aad diiddo guurka, waan ku garaacayaa.'],
  ];
  it.each(DANGER)('%s: %s — the emergency numbers on top', emergencyIs(chat, true));

  // Calm twins: a mother's own cutting with her daughter said to be spared; a child visiting her grandparents.
  const CALM: ReadonlyArray<readonly [Lang, string]> = [
    ['en', 'Health visitor here. The mother was cut herself and says her baby will never go through the same. How do I support her?'],
    ['nb', 'Jeg er jordmor. Mora er selv omskåret, og hun sier datteren aldri skal gjennom det samme. Hvordan kan jeg støtte henne?'],
    ['en', "I'm a midwife. A mother told me her little girl will visit her grandparents in Sudan in July. How do I talk with the family about the trip?"],
    // The asker's own "if" in Somali: a duty supposed, not a threat told.
    ['so', 'Haddii arday ay sheegto in walaalkeed uu u hanjabo, ma waajib baa inaan u sheego barnevernet?'],
  ];
  it.each(CALM)('%s: %s — no emergency card', emergencyIs(chat, false));
});
