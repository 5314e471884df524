import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';
import { readFileSync } from 'node:fs';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { contentPath } from '../../src/paths/content-root';

// Declared alike by danger25 and danger26 below: kept once (one runner on the file's app; each test's conversation is
// its own).
const runner = conversationRunnerPerFile();

/**
 * The emergency card, or none by the rules: a calm twin's last turn is read calm by the rules, and an attention block on
 * it can only be the second opinion's short line (session 29; test/helpers/danger-alarm.ts `expectCalmByTheRules`).
 */
function expectCard(lang: Lang, turns: readonly string[], emergency: boolean): Promise<void> {
  return runner.turn(lang, turns).then((view) => (emergency ? expect(view.emergency).toBe(true) : expectCalmByTheRules(view, turns[turns.length - 1] ?? '', lang)));
}

// (was danger25.test.ts)

/**
 * Danger described without a danger word, through the real bot (issue #13, session 25): the classes general-blind-65
 * and -66 missed, and more the blind sets keep showing, in sentences written for this test in the twelve languages;
 * each class has calm twins that get no emergency card. A conversation is its turns; the last turn is read.
 */
describe('danger25: a person already taken abroad, told in a follow-up ("and if a girl has already been taken to …?")', () => {
  it.each([
    ["nb", ["Hvilken ambassade dekker Irak?", "Og hvis en jente allerede er tatt med til Irak?"]],
    ["nn", ["Kva ambassade dekkjer Somalia?", "Og om ei jente alt er teken med til Kenya?"]],
    ["en", ["Which embassy covers Pakistan?", "And what if a girl has already been taken to Pakistan?"]],
    ["ar", ["أي سفارة نرويجية تغطي العراق؟", "وإذا تم أخذ فتاة بالفعل إلى تركيا؟"]],
    ["so", ["Safaaradee Norway ayaa qaabilsan Soomaaliya?", "Haddii gabar horay loogu qaaday Kenya?"]],
    ["fa", ["کدام سفارت نروژ مسئول ایران است؟", "اگر دختری را قبلاً به ترکیه برده باشند چه؟"]],
    ["ur", ["کون سا ناروے کا سفارت خانہ پاکستان کو دیکھتا ہے؟", "اور اگر لڑکی کو پہلے ہی پاکستان لے جایا گیا ہو؟"]],
    ["uk", ["Яке посольство Норвегії відповідає за Ірак?", "А якщо дівчину вже вивезли до Іраку?"]],
    ["ru", ["Какое посольство Норвегии отвечает за Чечню?", "А если девушку уже увезли в Турцию?"]],
    ["tr", ["Hangi Norveç büyükelçiliği Irak'tan sorumlu?", "Peki bir kız zaten Türkiye'ye götürüldüyse?"]],
    ["pl", ["Która ambasada Norwegii obsługuje Czeczenię?", "A jeśli dziewczynę już wywieźli do Turcji?"]],
    ["ti", ["ኤርትራ ዝሽፍን ናይ ኖርወይ ኤምባሲ ኣየናይ እዩ?", "ጓል ድሮ ናብ ሱዳን እንተ ተወሲዳ ከ?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger25: a girl who was cut, told with her younger sister (the sister at risk now), in a duty question', () => {
  it.each([
    ["nb", ["Jeg er helsesykepleier. En elev på 15 ble omskåret i hjemlandet for mange år siden. Hun har en lillesøster på 6. Har jeg taushetsplikt, eller må jeg melde?"]],
    ["nn", ["Eg er lege. Ei jente på 16 vart omskoren for fleire år sidan. Ho har ei yngre syster på 7. Må eg melde til barnevernet?"]],
    ["en", ["I'm a GP. A 16-year-old patient was cut as a small child before they came here. She has a little sister who is 5. Do I have to report despite confidentiality?"]],
    ["ar", ["أنا ممرضة. مريضة عمرها 16 سنة تعرضت لختان الإناث قبل سنوات في بلدها. لديها أخت صغرى عمرها 7 سنوات. هل يجب أن أبلغ رغم السرية؟"]],
    ["so", ["Waxaan ahay kalkaaliso. Gabar 15 jir ah ayaa la guday sanado ka hor. Waxay leedahay walaasheed yar oo 6 jir ah. Ma waa inaan ku wargeliyaa barnevernet?"]],
    ["fa", ["من پرستار هستم. بیمار ۱۶ ساله چند سال پیش ختنه شده است. او یک خواهر کوچکتر ۷ ساله دارد. آیا با وجود رازداری باید گزارش بدهم؟"]],
    ["ur", ["میں نرس ہوں۔ ایک 16 سالہ مریضہ کا کئی سال پہلے ختنہ ہوا تھا۔ اس کی ایک چھوٹی بہن 7 سال کی ہے۔ کیا مجھے رازداری کے باوجود اطلاع دینی ہوگی؟"]],
    ["uk", ["Я медсестра. Пацієнтці 16 років кілька років тому за кордоном зробили обрізання. У неї є молодша сестра 7 років. Чи мушу я повідомити barnevernet, попри таємницю?"]],
    ["ru", ["Я врач. Пациентке 16 лет, ей сделали обрезание несколько лет назад на родине. У неё есть младшая сестра, ей 6. Должна ли я сообщить в barnevernet, несмотря на врачебную тайну?"]],
    ["tr", ["Hemşireyim. 16 yaşındaki bir hasta yıllar önce ülkesinde sünnet edilmiş. 7 yaşında küçük kız kardeşi var. Gizlilik yükümlülüğüme rağmen bildirmem gerekir mi?"]],
    ["pl", ["Jestem lekarką. 16-letnia pacjentka została obrzezana kilka lat temu w Somalii. Ma siostrzyczkę w wieku 5 lat. Czy muszę to zgłosić mimo tajemnicy lekarskiej?"]],
    ["ti", ["ኣነ ነርስ እየ። ሓንቲ ጓል 16 ዓመት ቅድሚ ዓመታት ተገዚራ። ንእሽቶ ሓብታ 7 ዓመት ኣላ። ክሕብር ኣለኒ ድዩ?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger25: an adult threatened if she moves out ("he will find me wherever I go")', () => {
  it.each([
    ["nb", ["Jeg er 19 og vil flytte ut i en hybel. Faren min sa at hvis jeg flytter, finner han meg uansett hvor jeg bor. Finnes det hjelp til bolig?"]],
    ["nn", ["Eg er 20 og vil flytte ut. Bror min seier at om eg flyttar, skal han finne meg kvar som helst. Kan nokon hjelpe meg med bustad?"]],
    ["en", ["I'm 19 and I want to move out to a student flat. My dad says if I leave he'll find me wherever I go. Is there help with housing for adults?"]],
    ["ar", ["عمري 19 سنة وأريد أن أسكن وحدي. قال أبي إذا تركت البيت سيجدني أينما ذهبت. هل هناك مساعدة في السكن؟"]],
    ["so", ["Waxaan ahay 19 jir, waxaan rabaa inaan guriga ka guuro. Aabbahay wuxuu yiri haddaad guriga ka tagto meel kasta oo aad aado wuu ku heli doonaa. Ma jiraa caawimaad guri?"]],
    ["fa", ["من ۱۹ سالمه و می‌خواهم جدا زندگی کنم. پدرم گفت اگر از خانه بروی، هر جا بروی پیدایت می‌کنم. آیا کمکی برای مسکن هست؟"]],
    ["ur", ["میں 19 سال کی ہوں اور الگ رہنا چاہتی ہوں۔ ابو نے کہا اگر گھر چھوڑا تو جہاں بھی جاؤں ڈھونڈ نکالے گا۔ کیا رہائش میں مدد ملتی ہے؟"]],
    ["uk", ["Мені 19, хочу переїхати в гуртожиток. Батько сказав, що якщо я піду з дому, він знайде мене де завгодно. Чи є допомога з житлом для дорослих?"]],
    ["ru", ["Мне 20, я хочу жить отдельно. Брат сказал, что если я уйду из дома, он меня из-под земли достанет. Есть ли помощь с жильём?"]],
    ["tr", ["19 yaşındayım, evden taşınmak istiyorum. Babam evden ayrılırsam nereye gitsem beni bulacağını söyledi. Barınma konusunda yardım var mı?"]],
    ["pl", ["Mam 19 lat i chcę się wyprowadzić do akademika. Tata powiedział, że jeśli odejdę z domu, znajdzie mnie wszędzie. Czy jest pomoc z mieszkaniem?"]],
    ["ti", ["ዕድመይ 19 እዩ፡ ካብ ገዛ ክወጽእ እደሊ። ኣቦይ ካብ ገዛ እንተ ወጺእኪ ኣበይ ብኸድ ክረኽበኒ እዩ ኢሉ። ሓገዝ ገዛ ኣሎ ድዩ?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger25: a duty question that tells of a small girl’s cutting planned abroad this season', () => {
  it.each([
    ["nb", ["Jeg jobber i barnehage. En mor fortalte at datteren på 3 skal omskjæres når de drar til Somalia i sommer. Har jeg meldeplikt, og hvem ringer jeg først?"]],
    ["nn", ["Eg jobbar i barnehage. Ein far sa at dottera på 4 skal omskjerast i Sudan i sommarferien. Har eg meldeplikt?"]],
    ["en", ["I work at a nursery. A father told me his 4-year-old daughter will be circumcised in Sudan during the summer holiday. Do I have a duty to report, and who do I call first?"]],
    ["ar", ["أعمل في روضة أطفال. قال أب إن ابنته ذات الأربع سنوات ستُختن في السودان في العطلة الصيفية. هل يجب علي الإبلاغ؟"]],
    ["so", ["Waxaan ka shaqeeyaa xanaano. Aabbe ayaa ii sheegay in gabadhiisa 4 jirka ah la gudi doono Suudaan fasaxa xagaaga. Ma waa inaan ku wargeliyaa?"]],
    ["fa", ["من در مهدکودک کار می‌کنم. پدری گفت دختر ۴ ساله‌اش تابستان در سودان ختنه می‌شود. آیا وظیفه گزارش دارم؟"]],
    ["ur", ["میں کنڈرگارٹن میں کام کرتی ہوں۔ ایک والد نے بتایا کہ ان کی 4 سالہ بیٹی کا گرمیوں کی چھٹیوں میں سوڈان میں ختنہ ہوگا۔ کیا مجھے اطلاع دینا لازمی ہے؟"]],
    ["uk", ["Я працюю в дитсадку. Батько сказав, що його 4-річній доньці влітку в Судані зроблять обрізання. Чи маю я обов'язок повідомити?"]],
    ["ru", ["Я работаю в детском саду. Отец сказал, что его дочери 4 лет летом в Судане сделают обрезание. Обязана ли я сообщить, кому звонить сначала?"]],
    ["tr", ["Kreşte çalışıyorum. Bir anne 3 yaşındaki kızının bu yaz Somali'de sünnet ettirileceğini anlattı. Bildirmek zorunda mıyım?"]],
    ["pl", ["Pracuję w przedszkolu. Ojciec powiedział, że jego 4-letnia córka zostanie obrzezana w Sudanie w wakacje. Czy mam obowiązek zgłoszenia?"]],
    ["ti", ["ኣብ መዋእለ ህጻናት እሰርሕ። ሓደ ኣቦ ጓሉ 4 ዓመት ኣብ ክረምቲ ኣብ ሱዳን ክትግዘር እያ ኢሉ። ክሕብር ግዴታ ኣለኒ ድዩ?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger25 calm twins: a holiday abroad asked about in a follow-up', () => {
  it.each([
    ["uk", ["Яке посольство відповідає за Туреччину?", "А якщо дівчина їде з родиною до Туреччини у відпустку?"]],
    ["ru", ["Какое посольство отвечает за Турцию?", "А если девушка едет с семьёй в Турцию на отдых?"]],
    ["tr", ["Türkiye için hangi büyükelçilik sorumlu?", "Bir kız ailesiyle Türkiye'ye tatile giderse?"]],
    ["pl", ["Która ambasada obsługuje Turcję?", "A jeśli dziewczyna jedzie z rodziną na wakacje do Turcji?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger25 calm twins: a cutting long past with no sister at risk', () => {
  it.each([
    ["nb", ["Jeg er helsesykepleier. En elev på 15 ble omskåret i hjemlandet for mange år siden. Har jeg taushetsplikt, eller må jeg melde?"]],
    ["pl", ["Jestem lekarką. 16-letnia pacjentka została obrzezana kilka lat temu w Somalii. Czy muszę to zgłosić mimo tajemnicy lekarskiej?"]],
    ["ru", ["Я врач. Пациентке 16 лет, ей сделали обрезание несколько лет назад на родине. Должна ли я сообщить в barnevernet, несмотря на врачебную тайну?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger25 calm twins: moving out with no threat', () => {
  it.each([
    ["en", ["I'm 19 and I want to move out to a student flat, my parents are fine with it. Is there help with housing?"]],
    ["ru", ["Мне 18, хочу съехать в общежитие, родители не против. Есть ли помощь с жильём?"]],
    ["pl", ["Mam 19 lat i chcę się wyprowadzić do akademika, rodzice się zgadzają. Czy jest pomoc z mieszkaniem?"]],
    ["tr", ["19 yaşındayım, yurda taşınmak istiyorum, ailem de razı. Barınma yardımı var mı?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger25 calm twins: a mother’s own cutting long past, the daughter never to go through it', () => {
  it.each([
    ["nb", ["Jeg jobber i barnehage. En mor fortalte at hun selv ble omskåret som barn i Somalia, og at datteren aldri skal gjennom det samme. Har jeg meldeplikt?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger25: a trip and a fear of not coming back, a passport kept, a “ceremony” for a small girl, a condition “if I refuse…”, a cousin chosen, being watched and threatened', () => {
  it.each([
    ["nb", ["Vi skal til Pakistan i juli, og jeg er redd jeg ikke får komme tilbake. Hva gjør jeg?"]],
    ["nn", ["Familien skal reise til Irak neste veke, og eg er redd dei ikkje lèt meg kome heim att."]],
    ["en", ["My parents booked a trip to Somalia for the summer and I'm scared I won't be allowed back to Norway."]],
    ["ar", ["سنسافر إلى العراق في الصيف وأخاف ألا يسمحوا لي بالعودة إلى النرويج."]],
    ["so", ["Waxaan u safraynaa Soomaaliya xagaagan, waxaan ka baqayaa in aan dib loo soo celin Norway."]],
    ["fa", ["تابستان به افغانستان می‌رویم و می‌ترسم که دیگر نگذارند به نروژ برگردم."]],
    ["ur", ["ہم گرمیوں میں پاکستان جا رہے ہیں اور مجھے ڈر ہے کہ مجھے واپس ناروے نہیں آنے دیں گے۔"]],
    ["uk", ["Влітку ми їдемо до Чечні, і я боюся, що мене не відпустять назад до Норвегії."]],
    ["ru", ["Летом мы едем в Дагестан, и я боюсь, что меня не отпустят обратно в Норвегию."]],
    ["tr", ["Bu yaz Irak'a gidiyoruz ve Norveç'e geri dönmeme izin vermeyeceklerinden korkuyorum."]],
    ["pl", ["W wakacje jedziemy do Czeczenii i boję się, że nie pozwolą mi wrócić do Norwegii."]],
    ["ti", ["ኣብ ክረምቲ ናብ ኤርትራ ክንከይድ ኢና፡ ናብ ኖርወይ ክምለስ ከይፈቅዱለይ እፈርህ።"]],
    ["nb", ["Faren min har tatt passet mitt og sier jeg ikke får det igjen før vi har vært i Somalia."]],
    ["en", ["My uncle is keeping my passport and says I'll get it back once we're in Iraq."]],
    ["ru", ["Мама забрала мой паспорт и не отдаёт, говорит, что летом мы поедем в Чечню."]],
    ["ar", ["أبي أخذ جواز سفري ولا يريد أن يعيده لي قبل السفر إلى السودان."]],
    ["tr", ["Babam pasaportumu aldı, geri vermiyor, yazın Pakistan'a gideceğimizi söylüyor."]],
    ["pl", ["Brat zabrał mi paszport i nie chce oddać, mówi że jedziemy do Czeczenii."]],
    ["nb", ["Jeg er lærer. En jente på 6 sier at hun skal på en stor seremoni for jenter i Sudan i sommer, og at hun blir ren etterpå."]],
    ["en", ["I'm a teacher. A 7-year-old girl told me she will have a special ceremony in Somalia this summer so she becomes clean."]],
    ["so", ["Gabadhayda 5 jirka ah ayay ayeeyadeed rabtaa in xagaagan Soomaaliya loogu sameeyo xafladda gabdhaha si ay nadiif u noqoto."]],
    ["ar", ["معلمة هنا. بنت عمرها 6 سنوات قالت إنهم سيقيمون لها حفلة تطهير في مصر هذا الصيف."]],
    ["ti", ["መምህር እየ። ጓል 6 ዓመት ኣብ ክረምቲ ኣብ ኤርትራ ክትግዘር እያ ኢላትኒ።"]],
    ["nb", ["Foreldrene mine sier at hvis jeg nekter å gifte meg med fetteren min, er jeg ikke lenger datteren deres, og broren min har sagt han skal ta meg."]],
    ["en", ["My dad says if I refuse to marry the man they picked he will make me regret it."]],
    ["ru", ["Отец сказал, что если я откажусь выйти за двоюродного брата, я пожалею."]],
    ["uk", ["Батько каже, що якщо я відмовлюся від шлюбу, то пошкодую."]],
    ["tr", ["Babam kuzenimle evlenmeyi reddedersem pişman olacağımı söyledi."]],
    ["pl", ["Ojciec powiedział, że jeśli odmówię ślubu z kuzynem, to pożałuję."]],
    ["fa", ["پدرم گفته اگر با پسرعمویم ازدواج نکنم پشیمان می‌شوم."]],
    ["ur", ["ابو کہتے ہیں کہ اگر میں نے کزن سے شادی سے انکار کیا تو پچھتاؤں گی۔"]],
    ["nb", ["Familien har bestemt at jeg skal gifte meg med fetteren min i Pakistan i sommer. Jeg er 17."]],
    ["so", ["Waxaan ahay 16 jir. Qoyskaygu waxay ii doorteen ina adeerkay, waxayna rabaan in aan guursado xagaagan."]],
    ["ar", ["عمري 16 وأهلي اختاروا لي ابن عمي وسيزوجونني في الصيف."]],
    ["en", ["Everywhere I go my brothers follow me and they said something bad will happen if I talk to boys."]],
    ["nb", ["Brødrene mine følger etter meg overalt og sier at det skal gå ille med meg hvis de ser meg med en gutt."]],
    ["ru", ["Братья следят за мной везде и сказали, что если увидят меня с парнем, мне конец."]],
    ["uk", ["Брати стежать за мною всюди і сказали, що якщо побачать мене з хлопцем, мені кінець."]],
    ["tr", ["Ağabeylerim beni her yerde takip ediyor, bir erkekle görürlerse başıma bir şey geleceğini söylediler."]],
    ["pl", ["Bracia śledzą mnie wszędzie i mówią, że jak zobaczą mnie z chłopakiem, to mnie zabiją."]],
    ["fa", ["برادرانم همه جا مراقبم هستند و گفتند اگر مرا با پسری ببینند بلایی سرم می‌آورند."]],
    ["ti", ["ኣሕዋተይ ኣብ ኩሉ ቦታ ይከታተሉኒ፡ ምስ ወዲ እንተ ረኣዩኒ ክቐትሉኒ እዮም ይብሉ።"]],
    ["nn", ["Foreldra mine har valt ut ein fetter eg skal gifte meg med, og dei seier eg ikkje får kome heim att om eg nektar."]],
    ["ur", ["میرا بھائی ہر جگہ میرا پیچھا کرتا ہے اور کہتا ہے کہ اگر کسی لڑکے سے بات کی تو جان سے مار دے گا۔"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger25 calm twins: a holiday with the return home, moving out, a general duty question', () => {
  it.each([
    ["nb", ["Vi skal på ferie til Tyrkia i sommer og kommer hjem igjen i august. Trenger jeg visum?"]],
    ["pl", ["Mam 20 lat i chcę się wyprowadzić, szukam pomocy w znalezieniu mieszkania."]],
    ["ru", ["Я медсестра. Общий вопрос: какие у нас обязанности, если у пациентки было обрезание в детстве?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

// (was danger26.test.ts)

/**
 * Danger described without a danger word, through the real bot (issue #13, session 26): the classes general-blind-67
 * and -70 missed, in sentences written for this test, with calm twins that get no emergency card. A conversation is
 * its turns; the last turn is read.
 */
describe('danger26: a relative who knows where she lives, with honour or a threat said of her', () => {
  it.each([
    ["nb", ["Jeg jobber på voksenopplæringen. En deltaker sier at onkelen mener hun har vanæret familien, og han vet hvor hun bor. Hva gjør vi?"]],
    ["nn", ["Eg er rettleiar i NAV. Ei brukar seier at bror hennar meiner ho har vanæra familien, og han veit kvar ho bur. Kva gjer eg?"]],
    ["en", ["I work at the adult education centre. A participant says her cousin claims she has shamed the family, and he knows where she lives. What should I do?"]],
    ["ar", ["أعمل في مركز تعليم الكبار. مشاركة تقول إن أخاها يقول إنها جلبت العار للعائلة، وهو يعرف عنوانها. ماذا أفعل؟"]],
    ["ru", ["Я работаю в NAV. Клиентка рассказала, что брат считает, что она опозорила семью, и он знает её адрес. Что мне делать?"]],
    ["uk", ["Я працюю в центрі для біженців. Клієнтка каже, що дядько вважає, що вона зганьбила родину, і він знає де вона живе. Що робити?"]],
    ["pl", ["Pracuję w NAV. Klientka mówi, że brat jej grozi, i zna jej adres. Co mam zrobić?"]],
    ["tr", ["NAV'da çalışıyorum. Bir danışanım ağabeyinin onu tehdit ettiğini ve adresini biliyor olduğunu söyledi. Ne yapmalıyım?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger26 calm twins: a relative who knows her address, nothing threatening said', () => {
  it.each([
    ["nb", ["En deltaker flyttet nylig, og søsteren vet hvor hun bor og besøker henne hver søndag. Hvor kan hun lære norsk om kvelden?"]],
    ["en", ["A participant moved recently; her sister knows where she lives and visits every Sunday. Where can she take an evening Norwegian course?"]],
    ["ru", ["Клиентка недавно переехала, сестра знает её адрес и навещает её по воскресеньям. Где она может учить норвежский вечером?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger26: a young person pushed to marry a relative, written in dialect forms (a-infinitive)', () => {
  it.each([
    ["nn", ["eg er 16 og foreldra mine vil at eg skal gifta meg med kusinen min. kven kan eg snakka med?"]],
    ["nn", ["dei pressar meg til å gifta meg med ein fetter i Pakistan, eg er 17. kva gjer eg"]],
    ["nb", ["jeg er 16 og familien vil at jeg skal gifta meg med fetteren min. hvem kan jeg snakke med?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger26 calm twins: a wedding the young person wants', () => {
  it.each([
    ["nn", ["eg skal gifta meg med kjærasten min neste år, vi har valt det sjølve. kvar finn eg informasjon om papira?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger26: pressed to marry, asking where to live if she leaves home (the "if" is her own step)', () => {
  it.each([
    ["so", ["waxaan ahay 20 jir. waalidkay waxay rabaan inay i guursadaan nin aan jeclayn. haddii aan guriga ka tago, meel aan degganaado ma jirtaa?"]],
    ["en", ["I'm 20. My family want me to marry a man I have never met. If I leave home, is there somewhere I can live?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger26: a small girl taken abroad "to be purified" (the cutting named with the Arabic purpose prefix)', () => {
  it.each([
    ["ar", ["أعمل في روضة. أب قال إنه سيأخذ ابنته (4 سنوات) إلى السودان في الإجازة لتطهيرها. هل علي أن أبلغ؟"]],
    ["ar", ["جارتي ستسافر مع بنتها الصغيرة إلى الصومال هذا الصيف لختانها. ماذا أفعل؟"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger26 calm twins: purification as washing, no girl or trip', () => {
  it.each([
    ["ar", ["ما هو رقم خط الصليب الأحمر لتطهير المطبخ؟ أقصد معلومات عن النظافة فقط"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

describe('danger26: a girl told that "everything will be arranged for her" over a coming season', () => {
  it.each([
    ["en", ["I'm a teacher. A 14-year-old told me her grandmother says everything will be arranged for her this summer in Pakistan, and she must not tell anyone. Who do I contact?"]],
    ["nb", ["Jeg er lærer. Ei jente på 14 sier at bestemoren har sagt at alt skal ordnes for henne i sommer, og at hun ikke må si det til noen. Hvem kontakter jeg?"]],
    ["ru", ["Я учитель. Девочка 14 лет сказала, что бабушка обещала: летом всё для неё устроят, и никому нельзя говорить. Куда обратиться?"]],
  ] as const)('%s: the emergency card: %j', (lang, turns) => expectCard(lang, turns, true));
});

describe('danger26 calm twins: help arranged for a pupil by the school', () => {
  it.each([
    ["en", ["I'm a teacher. The school will arrange a laptop for a 14-year-old pupil after the summer. Where can I find teaching material on negative social control?"]],
  ] as const)('%s: no emergency card: %j', (lang, turns) => expectCard(lang, turns, false));
});

// (was hb27a.test.ts)

/**
 * Concepts matched by stems within a window (issue #13, hb27a): a fear of going home in any word order ("ikke tør å
 * dra hjem", "doesn't dare to go back home"), an injury named with a body part and done by a relative ("kutt på armen
 * … faren gjorde det"), a girl's cutting told as a purification ("rensefest", "nadiifin", "الطهارة") and the end of the
 * school year as a coming season. Phrasings written for this test; calm twins share the words.
 */
describe('hb27a: afraid to go home, in either word order', () => {
  it.each([
    ['nb', 'Eleven min sier at hun ikke tør å reise hjem etter trening i kveld.'],
    ['nb', 'Hun tør ikke lenger å gå hjem til faren sin.'],
    ['nn', 'Guten seier at han ikkje tør å dra heim etter skulen i dag.'],
    ['en', 'My student says she doesn\'t dare to go back home tonight.'],
    ['en', 'He is terrified to walk home after practice because of his uncle.'],
    ['pl', 'Uczennica mówi, że boi się dziś wrócić do domu.'],
    ['ru', 'Ученица говорит, что боится сегодня идти домой.'],
    ['uk', 'Учениця каже, що боїться сьогодні йти додому.'],
    ['tr', 'Öğrencim eve dönmeye cesaret edemiyor.'],
    ['ar', 'البنت تخاف أن تعود إلى المنزل اليوم.'],
    ['fa', 'شاگردم می ترسد امروز به خانه برگردد.'],
    ['so', 'Ardayda waxay ka baqaysaa inay guriga aado maanta.'],
    ['ti', 'ናብ ገዛ ክኸይድ እፈርህ እየ ትብል።'],
    ['ur', 'وہ آج گھر جانے سے ڈرتی ہے۔'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  // Daring to go home is no fear of home.
  it.each([
    ['nb', 'Hun tør å gå hjem alene nå, sier hun.'],
    ['en', 'She now dares to walk home on her own after school.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  // Decided: a fear of going home is read as danger even when the writer gives a harmless reason. The reader cannot
  // weigh the reason, and recall matters more than precision here (main read this phrasing the same way before).
  it('a harmless reason does not take back the fear of going home', () => {
    expect(isDanger('jeg tør ikke å gå hjem i mørket fordi det er glatt', 'nb')).toBe(true);
  });
});

describe('hb27a: an injury named with a body part, done by a relative', () => {
  it.each([
    ['nb', 'Eleven har et langt kutt på armen og sier at faren gjorde det.'],
    ['nn', 'Pasienten har eit djupt kutt over handa, og ho seier at broren gjorde det.'],
    ['en', 'She came in with a deep cut on her forearm and says her brother did it.'],
    ['pl', 'Uczennica ma ranę na ręce i mówi, że zrobił to ojciec.'],
    ['ru', 'У девушки порез на руке, она говорит, что это сделал брат.'],
    ['uk', 'У дівчини поріз на руці, вона каже, що це зробив брат.'],
    ['tr', 'Kızın kolunda derin bir kesik var, ağabeyi yapmış.'],
    ['ar', 'جاءت مع جرح في ذراعها وتقول إن أخوها فعل ذلك.'],
    ['fa', 'با زخم روی دستش آمد و گفت برادرش این کار را کرد.'],
    ['ur', 'اس کے بازو پر زخم ہے اور وہ کہتی ہے کہ بھائی نے کیا۔'],
    ['so', 'Gabadhu waxay leedahay nabar gacanta ah, walaalkeed ayaa sameeyay.'],
    ['ti', 'ኣብ ኢዳ ቑስሊ ኣለዋ፣ ሓዋ እዩ ገይሩ ትብል።'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a duty-to-avert question about it keeps the alarm', () => {
    expect(isDanger('Har jeg avvergeplikt? En kvinne på 19 har kutt i ansiktet og sier mannen hennes gjorde det.', 'nb')).toBe(true);
  });

  // A sports or kitchen injury with no relative named stays calm.
  it.each([
    ['nb', 'Jeg fikk et kutt i armen på håndballkampen i går.'],
    ['nn', 'Eg fekk eit kutt i handa på fotballtreninga.'],
    ['en', 'I got a cut on my hand in the school kitchen today.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('hb27a: a girl\'s cutting told as a purification', () => {
  it.each([
    ['nb', 'Ei jente på 10 sier hun skal på rensefest hos mormor i sommerferien.'],
    ['nn', 'Ei jente på 9 fortel at ho skal på reinsefest hos tanta i Gambia.'],
    ['en', 'Her aunt will take the 8-year-old to Sierra Leone this summer to be purified.'],
    ['so', 'Hooyadeed waxay leedahay gabadha 8 jirka ah waa lagu nadiifin doonaa Itoobiya xagaagan.'],
    ['ar', 'قالت الأم إن ابنتها ذات التسع سنوات ستسافر إلى مصر في الصيف من أجل الطهارة.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Jenta på 12 skal hjelpe tanta å rense teppene i sommer.'],
    ['so', 'Gabadha 12 jirka ah waxay nadiifisaa guriga xagaagan.'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('hb27a: the end of the school year is a coming season', () => {
  it.each([
    ['nb', 'Eleven på 15 skal sendes til Pakistan ved skoleslutt.'],
    ['nn', 'Eleven på 14 skal sendast til Somalia etter skuleslutt.'],
    ['en', 'My pupil, 14, will be sent to Somalia at the end of the school year.'],
    ['pl', 'Uczennica (14) ma zostać wysłana do Pakistanu pod koniec roku szkolnego.'],
    ['ru', 'Ученицу 14 лет отправят в Дагестан в конце учебного года.'],
    ['tr', 'Öğrencim 14 yaşında, okul bitince Türkiye\'ye gönderilecek.'],
  ] as const)('%s: alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });
});

describe('hb27a: the answer to a purification told of a pupil names child welfare', () => {
  const runner = conversationRunnerPerFile();

  it('nb: emergency card and child welfare', async () => {
    const view = await runner.turn('nb', ['ei jente i 4. klasse sier at hun skal på rensefest hos bestemor i sommerferien, slik som kusinene. hva bør jeg gjøre?']);
    expect(view.emergency).toBe(true);
    expect(view.texts.join(' ')).toMatch(/barnevern/i);
  });
});

// (was net27b.test.ts)

/**
 * A follow-up whose second turn reveals a case after a calm first turn about teaching or training (issue #13, net27b):
 * the second turn is read as a case on its own, with the emergency block, child welfare and Kompetanseteamet, never
 * "did you mean". A second turn that only asks more for the training stays calm. Phrasings written for this test.
 */
describe('net27b: a case told after a question for teaching material', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    [
      'en',
      'Could you suggest material on FGM for a staff seminar at our health station?',
      'And it is not just for the seminar: a father says his daughter of 7 will go to Sudan in the autumn break for the big girls party, like her cousins.',
    ],
    [
      'nb',
      'Har dere undervisningsopplegg om kjønnslemlestelse for 9. trinn?',
      'En elev fortalte meg etterpå at bestemor skal ta henne med til Somalia i sommerferien så hun kommer tilbake ren, slik som storesøsteren.',
    ],
    [
      'nn',
      'Kan de tilrå noko materiell om tradisjonar og kjønnslemlesting til ein fagdag?',
      'Ikkje berre til fagdagen: mora til ei jente på 8 seier ho skal gjennom skikken vår i sommar, og at det ikkje gjer vondt.',
    ],
  ] as const)('%s: the second turn is the case', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean).toBe(false);
    const all = view.texts.join(' ');
    expect(all).toMatch(/barnevern|child welfare/i);
    expect(all).toMatch(/Kompetanseteamet|478 09 050/);
  });

  it.each([
    ['en', 'Could you suggest material on FGM for a staff seminar at our health station?', 'Is there also something on the ceremonies and customs people may describe?'],
    ['nb', 'Har dere undervisningsopplegg om kjønnslemlestelse for 9. trinn?', 'Finnes det også noe om tradisjoner og seremonier til undervisningen?'],
  ] as const)('%s: a second turn that asks more for the teaching stays calm', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(false);
  });
});

// (was net28.test.ts)
{
  /**
   * Danger told in everyday words (issue #13, net28): a threat of bodily harm ("break her legs"), a threat that carries its
   * own "if" in a duty question, an adult whose money is taken and who is never let out alone, relatives who will come and
   * take a person back home, a child with a spouse now, a person not back from abroad told in either word order, a marriage
   * planned for her, a girl's "cleaning" told by herself, a son to be "fixed" abroad, a relative coming to "solve the
   * matter himself", a family's shame over a girlfriend, a marriage to a cousin the family has decided; and follow-ups
   * whose first turn told the danger. Sentences written for this test; calm twins (a broken leg, a wanted wedding, a
   * training day, a car fixed abroad, a grandmother fetching a child, a past case) stay calm.
   */
  describe('net28: danger told in everyday words', () => {
    it.each([
      ['en', 'Her older brother told her he will break her legs if she talks to that boy again. She is 15.'],
      ['nb', 'Broren sa til henne at han skal knekke beina hennes hvis hun snakker med den gutten igjen. Hun er 15.'],
      ['nn', 'Bror hennar sa at han skal knekke beina hennar viss ho møter kjærasten igjen. Ho er 16.'],
      ['ar', 'أخوها قال إنه راح يكسر رجليها إذا طلعت مع صاحباتها. عمرها ١٥.'],
      ['fa', 'برادرش گفته اگر دوباره با آن پسر ببیندش پاهاشو میشکنه. دخترم ۱۵ سالشه.'],
      ['ur', 'اس کے بھائی نے کہا ہے کہ اگر وہ اس لڑکے سے ملی تو اس کی ٹانگیں توڑ دے گا۔'],
      ['uk', 'Її брат сказав, що зламає їй ноги, якщо вона ще раз зустрінеться з тим хлопцем.'],
      ['ru', 'Её брат сказал, что сломает ей ноги, если она ещё раз встретится с этим парнем.'],
      ['tr', 'Ağabeyi o çocukla bir daha görüşürse bacaklarını kıracağını söylemiş.'],
      ['pl', 'Jej brat powiedział, że połamie jej nogi, jeśli jeszcze raz spotka się z tym chłopakiem.'],
      ['so', 'Walaalkeed ayaa ku yiri lugaha ayaan ka jebin doonaa haddii aad wiilkaas la kulanto.'],
      ['en', 'I\'m a nurse. A patient, 24, says her uncles will deal with her if she moves in with her partner. Do I have a duty to report it?'],
      ['nb', 'Jeg er sykepleier. En pasient (25) sier brødrene skal ta seg av henne hvis hun flytter til kjæresten. Har jeg meldeplikt?'],
      ['en', 'A woman in our Norwegian class, 28, says her husband takes all her money and never lets her go out alone. What must I do?'],
      ['nb', 'En deltaker på kurset, 31 år, forteller at mannen tar alle pengene hennes og at han ikke lar henne gå ut alene. Hva gjør jeg?'],
      ['nn', 'Ei kvinne på kurset vårt seier at mannen styrer alle pengane og let ho ikkje gå ut åleine.'],
      ['ru', 'Участница курса говорит, что муж контролирует её деньги и не отпускает её одну никуда.'],
      ['ar', 'مريضة عندي عمرها ٢٨، زوجها يتحكم بكل فلوسها وما بيخليها تطلع لحالها أبداً.'],
      ['en', 'One of our residents says her brothers phoned again and they will come and take her back to Iraq.'],
      ['nb', 'En beboer forteller at familien ringer hver dag og sier de skal komme og hente henne tilbake til Irak.'],
      ['ru', 'Жительница центра говорит, что родственники звонят и говорят, что приедут и заберут её домой в Дагестан.'],
      ['pl', 'Mieszkanka ośrodka mówi, że rodzina dzwoni i że przyjadą po nią i zabiorą ją do domu.'],
      ['en', 'My pupil is 16 and she is married to a man of 35, the wedding was last year in Iraq.'],
      ['pl', 'Uczennica ma 16 lat, jej mąż ma 40 lat, ślub był w zeszłym roku.'],
      ['nb', 'Eleven min er 16 og er gift med en mann på 30, bryllupet var i fjor i Syria.'],
      ['nb', 'En elev på 14 dro til Somalia i påsken og som ikke har kommet tilbake ennå. Hvem ringer jeg?'],
      ['nn', 'Ein elev på 15 som reiste til Irak i juni, og som ikkje har kome tilbake, kva gjer vi?'],
      ['en', 'My nephew is 15. His dad took him to Somalia in July and never brought him back, school has started and he is still there.'],
      ['ar', 'بنتي عمرها ١٤، أبوها أخذها على سوريا وما رجعها، وهي لسا هناك.'],
      ['ru', 'Моему сыну 15, отец увёз его в Чечню летом и так и не вернул, он до сих пор там.'],
      ['en', 'My colleague\'s patient, 23, says her parents are planning her marriage to a cousin in Pakistan and she does not want it.'],
      ['nb', 'Barnehagen: en far sa at de skal rense jentene i hjemlandet, og datteren på 4 skal dit i sommerferien.'],
      ['ar', 'عمري ١٢ وأمي تقول لازم أتطهر لما نروح على مصر بالصيف. أنا خايفة كتير.'],
      ['en', 'My brother is 16 and gay, our father says he\'ll be fixed in Iraq this summer.'],
      ['nb', 'Sønnen min er 16 og homofil. Onklene sier han skal bli kurert i Tyrkia i sommer.'],
      ['ar', 'أخوي ساكن في ألمانيا وقال إنه جاي الأسبوع الجاي عشان يحل الموضوع بنفسه مع بنتي، عمرها ١٥.'],
      ['en', 'My brother-in-law says he is coming next week to sort it out himself with my daughter, she is 15.'],
      ['nb', 'Onkelen sier han kommer neste uke for å ordne opp selv med datteren min på 15.'],
      ['fa', 'پسرم ۱۶ سالشه، پدرش فهمیده که دوست دختر داره و میگه آبروی خانواده رو برده.'],
      ['nb', 'hvem kan jeg snakke med? foreldrene sier jeg skal gifte meg med en kusine etter sommeren'],
      ['en', 'my parents say i have to marry my cousin after graduation, who can i call'],
      ['en', 'The brothers keep sending messages that he will regret shaming the family, and one of them waited outside his flat yesterday.'],
    ] as const)('%s: emergency: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'My daughter broke her leg skiing last winter. Who pays for the physiotherapy?'],
      ['nb', 'Datteren min brakk beinet i fjor. Hvem betaler fysioterapien?'],
      ['en', 'My daughter is 24 and we are planning her wedding in Lahore this summer; she chose him herself and is so happy.'],
      ['en', 'We are planning a staff day on forced marriage. Who can give a talk about adults who are controlled?'],
      ['nb', 'Vi vil ha et kurs for ansatte om negativ sosial kontroll. Hvem kan holde det?'],
      ['en', 'My son\'s car is being fixed in Turkey while we are on holiday this summer.'],
      ['nb', 'Bestemor kommer og henter henne i barnehagen i morgen.'],
      ['nb', 'Vi skal rense teppene før sommerferien.'],
      ['en', 'A patient, 30, was married against her will twelve years ago; she is divorced and safe now. Can she get counselling?'],
      ['nb', 'Eleven min er 17 og har kjæreste, foreldrene er glade for det.'],
      ['en', 'My son is 17 and has a girlfriend, we are happy for him.'],
      ['ar', 'عمري ١٥ ورايحين على تركيا بالصيف عند جدتي، متحمسة كتير.'],
      ['nb', 'Hvor lenge er Røde Kors-telefonen åpen om kvelden?'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('net28: a follow-up asking a contact keeps the danger told before', () => {
    const runner = conversationRunnerPerFile();

    it.each([
      ['nb', 'Hvilken ambassade har ansvar for Irak? En elev på 14 reiste dit i påsken og ikke har kommet tilbake.', 'og Syria, er det samme ambassade?'],
      ['en', 'A client of mine, 23, says her parents are planning her marriage in Pakistan this summer and she does not want it. Who helps over there?', 'is that really the embassy in Islamabad?'],
      ['nb', 'hva er nummeret til Røde Kors-telefonen?', 'når har de åpent? foreldrene sier jeg skal gifte meg med en fetter etter sommeren'],
    ] as const)('%s: the danger card stays on the follow-up', async (lng, first, second) => {
      const view = await runner.turn(lng, [first, second]);
      expect(view.emergency).toBe(true);
    });
  });
}

// (was hb28d.test.ts)
{
  /**
   * Front-line staff and a child's parent harmed at home (hb28d, issue #13): the plan is child welfare (a child lives in
   * that home), the crisis centre for the parent, Kompetanseteamet and 112; no UD centre when nobody is abroad, and no
   * diversity adviser for a kindergarten. Phrasings written for this test; languages other than nb, nn and en are
   * machine-assisted.
   */
  interface Service {
    readonly id: string;
    readonly name: Record<string, string>;
  }
  const services = (JSON.parse(readFileSync(contentPath('contacts', 'services.json'), 'utf8')) as { services: Service[] }).services;
  const nameOf = (id: string, lng: string): string => {
    const service = services.find((s) => s.id === id);
    return service?.name[lng] ?? service?.name.en ?? id;
  };
  /** The plan's numbered steps ("1. Barnevernet i kommunen"). */
  const planned = (texts: readonly string[], id: string, lng: string): boolean => texts.some((t) => /^\d+\. /u.test(t) && t.includes(nameOf(id, lng)));

  describe('conversation: violence or control against a parent, with a child at home', () => {
    const runner = conversationRunnerPerFile();

    it.each([
      ['nb', 'Jeg er barnehagelærer. Mammaen til en gutt på avdelingen min kommer ofte med blåmerker på armene, og hun forteller at faren slår henne. Hva skal vi gjøre?'],
      ['nb', 'pedagogisk leder i bhg. Moren til ei jente hos oss har fått blått øye, og mannen truer henne hjemme. Hva gjør vi nå?'],
      ['nn', 'Eg er barnehagelærar. Mora til ein av borna våre har blåmerke i andletet, og ho seier mannen slår henne. Kva gjer vi?'],
      ['en', 'I work as a kindergarten teacher. The mother of one of our children keeps coming in with bruises, and she told us her husband hits her. What should we do?'],
      ['pl', 'Pracuję w przedszkolu. Matka jednego z naszych dzieci ma siniaki na twarzy i mówi, że mąż ją bije. Co mamy zrobić?'],
      ['ru', 'Я воспитатель в детском саду. Мама одного из наших детей приходит с синяками, она говорит, что муж её бьёт. Что нам делать?'],
      ['uk', 'Я вихователька в дитячому садку. Мама одного з наших дітей приходить із синцями, каже, що чоловік її б’є. Що нам робити?'],
      ['ar', 'أعمل معلمة في روضة أطفال. والدة أحد أطفالنا تأتي بكدمات على وجهها وتقول إن زوجها يضربها. ماذا نفعل؟'],
    ] as const)('%s: child welfare, the crisis centre and Kompetanseteamet, no UD: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(planned(view.texts, 'child-welfare', lng)).toBe(true);
      expect(planned(view.texts, 'crisis-centres', lng)).toBe(true);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
      expect(planned(view.texts, 'ud-operations-centre', lng)).toBe(false);
      expect(planned(view.texts, 'diversity-advisers', lng)).toBe(false);
    });
  });
}
