import { type Lang } from '../../src/language/languages';
import { alarmed, secondOpinionLine } from '../helpers/danger-alarm';
import { loadRoleReader, type Role } from '../../src/understanding/role-reader';
import { nextStepsFor } from '../../src/bot/veiviser-bot';

// ─── calm37.test.ts ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Session 37 (calm37, issue #13): calm messages that got the emergency card or the "112 if acute" line. The sentences
 * are this file's own; none is in the evaluation sets. Each class has calm probes in several languages and danger twins
 * that share their words and must still alarm.
 */

/** Calm by the rules and by the second opinion: no attention block at all. */
const calm = (text: string, lng: Lang): void => {
  expect(alarmed(text, lng)).toBe(false);
  expect(secondOpinionLine(text, lng)).toBe(false);
};

describe('a case long past that the writer says is closed or going well now (calmNow beside longAgo: caseOver)', () => {
  it.each<[Lang, string]>([
    ['en', 'Two years ago a pupil of ours was taken to Pakistan against her will. She came home that autumn, the case is already closed and she is doing great. Where can I find material about the special envoys for a staff meeting?'],
    ['en', 'My aunt was married off against her will years ago, but she s divorced now and it all worked out. Is there a site where I can read about forced marriage for a school project?'],
    ['nb', 'I fjor hadde vi en elev som ble kontrollert hardt av familien og som de ville gifte bort. Saken er allerede avsluttet og hun har det kjempebra. Hvem kan holde kurs for lærerne?'],
    ['nn', 'For to år sidan var det ei jente i klassen som familien ville sende til utlandet mot viljen hennar. Saka er allereie avslutta, og det enda godt. Kvar finn eg undervisningsopplegg om negativ sosial kontroll?'],
    ['pl', 'Rok temu mieliśmy uczennicę, którą rodzina mocno kontrolowała i chciała wydać za mąż. Sprawa jest już zamknięta i wszystko jest w porządku. Gdzie znajdę materiały dla nauczycieli?'],
    ['tr', 'Geçen yıl bir öğrencimizi ailesi zorla evlendirmek istedi. Dosya artık kapandı, her şey yolunda. Öğretmenler için eğitim veren bir kurum var mı?'],
    ['ru', 'Три года назад мою соседку выдали замуж против её воли. Дело уже закрыто, у неё всё отлично. Где можно почитать о специальных посланниках?'],
    ['uk', 'Рік тому ученицю хотіли відправити за кордон проти її волі. Справу вже закрито, у неї все чудово. Де знайти матеріали для вчителів?'],
    ['so', 'Laba sano ka hor ina adeerkay waxaa lagu qasbay guur. Kiiska waa la xiray, wax walba hadda way fiican yihiin. Xagee ka akhrin karaa guurka qasabka ah?'],
    ['ar', 'قبل سنتين بنت خالتي تجوزت غصب عنها. القضية انتهت وكل شي تمام. وين بقدر اقرأ عن الزواج القسري؟'],
    ['fa', 'دو سال پیش دخترخاله‌ام را به زور شوهر دادند. پرونده بسته شد و الان همه چی خوبه. کجا می‌تونم درباره ازدواج اجباری بخونم؟'],
  ])('%s: %s', (lng, text) => calm(text, lng));

  // The same past told beside something happening now or soon: the case is not over.
  it.each<[Lang, string]>([
    ['en', 'Two years ago a pupil of ours was taken to Pakistan against her will. The case is already closed, but yesterday she told me they are sending her back next week and she is scared.'],
    ['nb', 'I fjor ville familien gifte bort en elev hos oss. Saken er allerede avsluttet, men i går sa hun at faren slo henne og at de reiser til Pakistan neste uke.'],
    ['pl', 'Rok temu rodzina chciała wywieźć uczennicę za granicę. Sprawa jest już zamknięta, ale wczoraj powiedziała, że ojciec ją bije i w przyszłym tygodniu ją wywiozą.'],
    ['tr', 'Geçen yıl ailesi onu zorla evlendirmek istedi. Dosya artık kapandı ama dün babası onu dövdü ve gelecek hafta Türkiye\'ye götürecekler.'],
    ['ru', 'Три года назад её выдали замуж против её воли. Дело уже закрыто, но вчера муж её избил и угрожает её убить.'],
    ['uk', 'Рік тому її хотіли відправити за кордон. Справу вже закрито, але вчора батько її побив, і завтра її відправляють.'],
    ['so', 'Laba sano ka hor waxaa lagu qasbay guur. Kiiska waa la xiray, laakiin shalay ninkeeda ayaa garaacay oo wuu u hanjabay inuu dili doono.'],
  ])('twin %s: %s', (lng, text) => expect(alarmed(text, lng)).toBe(true));
});

describe('a wedding the couple decided on themselves (wanted masks the "decided" of a decision taken for someone)', () => {
  it.each<[Lang, string]>([
    ['tr', 'Oğlum 27 yaşında, nişanlısıyla bu yaz Antalya\'da evlenecek, kendileri karar verdiler. Yurtdışında evlilik hakkında resmi bilgi nereden alabiliriz?'],
    ['tr', 'Kızım 24 yaşında, sevgilisiyle Konya\'da düğün yapacaklar, kendileri karar verdi. Bir komşu endişelendi, nereden bilgi alabiliriz?'],
    ['en', 'My sister is 24 and marries her boyfriend in Turkey this summer, they decided it themselves. Where can we read about the rules for weddings abroad?'],
    ['nb', 'Dattera mi på 25 skal gifte seg i Marokko i juli, de bestemte det selv. Hvem hjelper norske borgere der hvis noe skulle skje?'],
    ['ru', 'Моей дочери 25, летом она выходит замуж в Дагестане, они сами решили. Кто помогает норвежцам за границей, если что-то случится?'],
    ['pl', 'Moja córka ma 26 lat i w sierpniu bierze ślub w Turcji, sami zdecydowali. Gdzie znajdę informacje o ślubie za granicą?'],
  ])('%s: %s', (lng, text) => calm(text, lng));

  // A child's wedding, or one decided for someone against her will, stays danger or a concern.
  it.each<[Lang, string]>([
    ['tr', 'Kızım 15 yaşında, babası karar verdi, bu yaz Türkiye\'de kuzeniyle evlendirecekler, o istemiyor.'],
    ['en', 'My sister is 16 and our parents decided she marries our cousin in Turkey this summer, she cries every night.'],
    ['nb', 'Dattera mi på 15 skal giftes bort i Marokko i juli, faren bestemte det og hun gråter hver kveld.'],
    ['ru', 'Моей дочери 15, летом её выдают замуж в Дагестане против её воли, отец так решил.'],
    ['pl', 'Moja córka ma 15 lat, ojciec zdecydował, że w sierpniu wyda ją za mąż w Turcji wbrew jej woli.'],
  ])('twin %s: %s', (lng, text) => expect(alarmed(text, lng)).toBe(true));
});

// ─── role37s.test.ts ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Front-line professionals read as who they are, in all 12 languages (issue #13, role37s). Our own probes, three or
 * more per role and language, as people write their job ("I teach Norwegian to adults", "jestem doradcą w NAV",
 * "پرستارم و …", "میں بالغوں کو نارویجن پڑھاتی ہوں"). Before: 342 of 433 read (adult-education teachers read as school or
 * not at all in pl, uk, ru, ar, so, fa, ur, ti; Urdu "میں … میں کام کرتا ہوں" read as a parent, because the Arabic
 * "كأم" folds to Urdu "کام"). Calm twins: a relative with the job, a pupil who mentions the school, a parent.
 */
export const PROBES: Record<Lang, Partial<Record<Role, readonly string[]>>> = {
  nb: {
    'child-welfare': ["Jeg jobber i barnevernet og lurer på noe", "jobber som saksbehandler i barnevernstjenesten", "vi i barnevernet har fått en bekymringsmelding"],
    'police': ["jeg er politibetjent", "jobber i politiet, har et spørsmål", "Jeg er etterforsker i politiet"],
    'health': ["jeg er sykepleier på legevakten", "Jeg er fastlege og har en pasient", "jobber som lege på sykehuset"],
    'school-health': ["jeg er helsesykepleier på en ungdomsskole", "jobber i skolehelsetjenesten", "jeg er helsesøster, en elev kom til meg"],
    'nav': ["jeg jobber på NAV", "Jeg er veileder i NAV", "jobber som saksbehandler på nav-kontoret"],
    'refugee-services': ["jobber i flyktningtjenesten i kommunen", "Jeg er programrådgiver i introduksjonsprogrammet", "jeg jobber i flyktningetjenesten"],
    'reception-centre': ["Jeg jobber på et asylmottak", "jeg er ansatt på mottaket", "jeg er miljøarbeider på asylmottak"],
    'adult-education': ["jeg underviser norsk for voksne", "Jeg er lærer på voksenopplæringen", "jobber på voksenopplæringa"],
    'kindergarten': ["jeg er barnehagelærer", "jobber i barnehage", "Jeg er pedagogisk leder i en barnehage"],
    'school': ["Jeg er kontaktlærer på en ungdomsskole", "jobber som lærer på videregående", "jeg er rektor"],
    'diversity-adviser': ["jeg er minoritetsrådgiver på en videregående skole", "Jobber som minoritetsrådgiver", "Jeg er mangfoldsrådgiver"],
    'special-envoy': ["Jeg er integreringsrådgiver ved ambassaden", "jobber som spesialutsending", "jeg er integreringsrådgiver ved en utenriksstasjon"],
  },
  nn: {
    'child-welfare': ["eg jobbar i barnevernet", "Eg er sakshandsamar i barnevernstenesta", "vi i barnevernet lurer på noko"],
    'police': ["eg er politibetjent", "Eg jobbar i politiet", "eg er etterforskar i politiet"],
    'health': ["eg er sjukepleiar", "Eg er fastlege", "eg jobbar som lege på sjukehuset"],
    'school-health': ["eg er helsesjukepleiar på ein ungdomsskule", "eg jobbar i skulehelsetenesta", "Eg er helsesjukepleiar"],
    'nav': ["eg jobbar på NAV", "Eg er rettleiar i NAV", "eg jobbar på nav-kontoret"],
    'refugee-services': ["eg jobbar i flyktningtenesta", "Eg jobbar i introduksjonsprogrammet", "eg er programrådgjevar i flyktningtenesta"],
    'reception-centre': ["eg jobbar på asylmottak", "Eg jobbar på eit mottak", "eg er tilsett på asylmottaket"],
    'adult-education': ["eg underviser i norsk for vaksne", "Eg er lærar på vaksenopplæringa", "eg jobbar på vaksenopplæringa"],
    'kindergarten': ["eg er barnehagelærar", "Eg jobbar i barnehage", "eg er styrar i ein barnehage"],
    'school': ["eg er lærar på ein ungdomsskule", "Eg er kontaktlærar", "eg jobbar som lærar på vidaregåande"],
    'diversity-adviser': ["eg er minoritetsrådgjevar", "Eg jobbar som minoritetsrådgivar på ein vidaregåande skule", "eg er mangfaldsrådgjevar"],
    'special-envoy': ["eg er integreringsrådgjevar ved ambassaden", "Eg jobbar på ambassaden", "eg er spesialutsending"],
  },
  en: {
    'child-welfare': ["I work in child welfare", "I'm a social worker with child protection services", "I'm a caseworker at barnevernet"],
    'police': ["I'm a police officer", "I work for the police", "I'm an investigator with the police"],
    'health': ["I'm a nurse", "I'm a GP and a patient told me", "I work as a doctor at the hospital"],
    'school-health': ["I'm a school nurse", "I work in the school health service", "I'm a public health nurse at a secondary school"],
    'nav': ["I work at NAV", "I'm a NAV caseworker", "I work for the Norwegian Labour and Welfare Administration"],
    'refugee-services': ["I work in the refugee service", "I'm an adviser in the introduction programme", "I work in refugee services for the municipality"],
    'reception-centre': ["I work at an asylum reception centre", "I'm staff at a reception centre", "I work at an asylum center"],
    'adult-education': ["I teach Norwegian to adults", "I'm a teacher in adult education", "I work at an adult education centre"],
    'kindergarten': ["I'm a kindergarten teacher", "I work in a kindergarten", "I work at a daycare"],
    'school': ["I'm a teacher at a secondary school", "I'm a form teacher", "I work at a primary school"],
    'diversity-adviser': ["I'm a minority adviser", "I work as a minority advisor at a high school", "I'm a diversity adviser"],
    'special-envoy': ["I'm an integration counsellor at the embassy", "I'm the special envoy", "I work at the Norwegian embassy"],
  },
  pl: {
    'child-welfare': ["Pracuję w barnevernet", "Jestem pracownikiem socjalnym w barnevernet", "pracuję w służbie ochrony dzieci"],
    'police': ["Jestem policjantem", "Pracuję w policji", "jestem policjantką"],
    'health': ["Jestem pielęgniarką", "jestem lekarzem rodzinnym", "pracuję jako lekarka w szpitalu"],
    'school-health': ["Jestem pielęgniarką szkolną", "pracuję jako pielęgniarka w szkole", "jestem higienistką szkolną"],
    'nav': ["Pracuję w NAV", "jestem doradcą w NAV", "jestem doradczynią w nav"],
    'refugee-services': ["pracuję w flyktningtjenesten", "Pracuję w służbie dla uchodźców", "pracuję w gminie przy programie wprowadzającym dla uchodźców"],
    'reception-centre': ["Pracuję w ośrodku dla uchodźców", "pracuję w asylmottak", "jestem pracownikiem ośrodka dla azylantów"],
    'adult-education': ["Uczę dorosłych norweskiego", "jestem nauczycielką norweskiego dla dorosłych", "pracuję w szkole dla dorosłych", "jestem lektorką norweskiego dla dorosłych"],
    'kindergarten': ["Pracuję w przedszkolu", "jestem przedszkolanką", "jestem nauczycielką w przedszkolu"],
    'school': ["Jestem nauczycielką w szkole", "jestem wychowawczynią", "pracuję w szkole podstawowej"],
    'diversity-adviser': ["Jestem doradcą ds. mniejszości", "pracuję jako minoritetsrådgiver", "jestem doradczynią ds. różnorodności"],
    'special-envoy': ["pracuję w ambasadzie", "jestem doradcą ds. integracji w ambasadzie", "jestem specjalnym wysłannikiem"],
  },
  uk: {
    'child-welfare': ["Я працюю в службі захисту дітей", "я працівниця barnevernet", "Працюю в barnevern"],
    'police': ["Я поліцейський", "я працюю в поліції", "Я слідча в поліції"],
    'health': ["Я медсестра", "я лікар", "Працюю лікаркою в лікарні"],
    'school-health': ["Я шкільна медсестра", "я медсестра в школі", "працюю шкільною медсестрою"],
    'nav': ["Я працюю в NAV", "я консультант NAV", "працюю в наві"],
    'refugee-services': ["Я працюю в службі у справах біженців", "працюю в програмі інтеграції для біженців", "я працюю в flyktningtjenesten"],
    'reception-centre': ["Я працюю в центрі для шукачів притулку", "я працюю в таборі для біженців", "працюю в asylmottak"],
    'adult-education': ["Я викладаю норвезьку дорослим", "я вчителька норвезької для дорослих", "працюю в школі для дорослих"],
    'kindergarten': ["Я вихователька в дитячому садку", "я працюю в садочку", "Я вихователь"],
    'school': ["Я вчителька", "я працюю в школі", "я класний керівник"],
    'diversity-adviser': ["Я радник з питань меншин", "я працюю як minoritetsrådgiver", "я радниця з питань різноманіття"],
    'special-envoy': ["Я працюю в посольстві", "я радник з інтеграції в посольстві", "я спеціальний посланник"],
  },
  ru: {
    'child-welfare': ["Я работаю в службе защиты детей", "я сотрудница barnevernet", "Работаю в опеке"],
    'police': ["Я полицейский", "я работаю в полиции", "Я следователь"],
    'health': ["Я медсестра", "я врач", "Работаю врачом в больнице"],
    'school-health': ["Я школьная медсестра", "я медсестра в школе", "работаю школьной медсестрой"],
    'nav': ["Я работаю в NAV", "я консультант в NAV", "работаю в наве"],
    'refugee-services': ["Я работаю в службе по делам беженцев", "работаю в программе интеграции для беженцев", "я работаю в flyktningtjenesten"],
    'reception-centre': ["Я работаю в центре для беженцев", "я работаю в лагере для беженцев", "работаю в центре приема беженцев"],
    'adult-education': ["Я преподаю норвежский взрослым", "я учительница норвежского для взрослых", "работаю в школе для взрослых"],
    'kindergarten': ["Я воспитательница в детском саду", "я работаю в садике", "Я воспитатель"],
    'school': ["Я учительница", "я работаю в школе", "я классный руководитель"],
    'diversity-adviser': ["Я советник по делам меньшинств", "я работаю minoritetsrådgiver", "я советник по вопросам разнообразия"],
    'special-envoy': ["Я работаю в посольстве", "я советник по интеграции в посольстве", "я специальный посланник"],
  },
  ar: {
    'child-welfare': ["أعمل في حماية الطفل", "أنا موظفة في بارنفيرن", "أشتغل في مصلحة رعاية الأطفال"],
    'police': ["أنا شرطي", "أعمل في الشرطة", "أنا محققة في الشرطة"],
    'health': ["أنا ممرضة", "أنا طبيب", "أعمل طبيبة في المستشفى"],
    'school-health': ["أنا ممرضة مدرسية", "أعمل ممرضة في مدرسة", "أنا ممرضة في المدرسة"],
    'nav': ["أعمل في ناف", "أنا موظف في NAV", "أشتغل في NAV"],
    'refugee-services': ["أعمل في خدمة اللاجئين", "أعمل في برنامج التأهيل للاجئين", "أعمل في مكتب اللاجئين في البلدية"],
    'reception-centre': ["أعمل في مركز استقبال اللاجئين", "أعمل في مخيم اللاجئين", "أعمل في مركز لطالبي اللجوء"],
    'adult-education': ["أدرّس اللغة النرويجية للكبار", "أنا معلمة نرويجي للبالغين", "أعمل في مدرسة تعليم الكبار"],
    'kindergarten': ["أعمل في روضة أطفال", "أنا معلمة روضة", "أعمل في الحضانة"],
    'school': ["أنا معلمة", "أعمل في مدرسة", "أنا مدرس في مدرسة ثانوية"],
    'diversity-adviser': ["أنا مستشار الأقليات", "أعمل مستشارة أقليات في مدرسة ثانوية", "أنا مستشار التنوع"],
    'special-envoy': ["أعمل في السفارة", "أنا مستشار الاندماج في السفارة", "أنا المبعوث الخاص"],
  },
  so: {
    'child-welfare': ["Waxaan ka shaqeeyaa barnevernet", "waxaan ka shaqeeyaa ilaalinta carruurta", "Waxaan ka shaqeeyaa xafiiska daryeelka carruurta"],
    'police': ["Waxaan ahay booliis", "waxaan ka shaqeeyaa booliska", "Waxaan ahay sarkaal booliis"],
    'health': ["Waxaan ahay kalkaaliso", "waxaan ahay dhakhtar", "Waxaan dhakhtar ka ahay isbitaalka"],
    'school-health': ["Waxaan ahay kalkaalisada dugsiga", "waxaan ahay kalkaaliso dugsi", "waxaan ahay helsesykepleier"],
    'nav': ["Waxaan ka shaqeeyaa NAV", "waxaan ahay la-taliye NAV", "waxaan ka shaqeeyaa xafiiska NAV"],
    'refugee-services': ["Waxaan ka shaqeeyaa adeegga qaxootiga", "waxaan ka shaqeeyaa barnaamijka hordhaca", "waxaan ka shaqeeyaa flyktningtjenesten"],
    'reception-centre': ["Waxaan ka shaqeeyaa xarunta magangelyo doonka", "waxaan ka shaqeeyaa asylmottak", "waxaan ka shaqeeyaa xerada qaxootiga"],
    'adult-education': ["Waxaan dadka waaweyn u dhigaa afka noorwiijiga", "waxaan ahay macallin dadka waaweyn", "waxaan ka shaqeeyaa voksenopplæringen"],
    'kindergarten': ["Waxaan ka shaqeeyaa xannaanada carruurta", "waxaan ahay macallimad xannaano", "waxaan ka shaqeeyaa barnehage"],
    'school': ["Waxaan ahay macallin", "waxaan ka shaqeeyaa dugsi", "waxaan ahay macallimad dugsi sare"],
    'diversity-adviser': ["Waxaan ahay la-taliyaha dadka laga tirada badan yahay", "waxaan ahay minoritetsrådgiver", "waxaan ka shaqeeyaa minoritetsrådgiver ahaan"],
    'special-envoy': ["Waxaan ka shaqeeyaa safaaradda", "waxaan ahay la-taliyaha is-dhexgalka ee safaaradda", "waxaan ahay ergayga gaarka ah"],
  },
  fa: {
    'child-welfare': ["در بارنه‌ورن کار می‌کنم", "من کارمند حمایت از کودکان هستم", "در اداره حمایت از کودکان کار میکنم"],
    'police': ["من پلیس هستم", "در پلیس کار می‌کنم", "پلیسم و یک سوال دارم"],
    'health': ["پرستارم و یک بیمار نگرانم کرده", "من دکتر هستم", "در بیمارستان پزشک هستم"],
    'school-health': ["من پرستار مدرسه هستم", "پرستار مدرسه‌ام", "در مدرسه پرستار هستم"],
    'nav': ["در ناو کار می‌کنم", "من کارمند NAV هستم", "در اداره NAV کار میکنم"],
    'refugee-services': ["در خدمات پناهندگان کار می‌کنم", "در برنامه مقدماتی پناهندگان کار میکنم", "در بخش پناهندگان شهرداری کار می‌کنم"],
    'reception-centre': ["در کمپ پناهندگان کار می‌کنم", "در مرکز پذیرش پناهجویان کار میکنم", "در کمپ پناهجویان کار می‌کنم"],
    'adult-education': ["به بزرگسالان نروژی درس می‌دهم", "معلم زبان نروژی برای بزرگسالان هستم", "در آموزش بزرگسالان کار می‌کنم"],
    'kindergarten': ["در مهدکودک کار می‌کنم", "مربی مهدکودک هستم", "من مربی مهد هستم"],
    'school': ["معلم هستم", "در مدرسه کار می‌کنم", "من معلمم"],
    'diversity-adviser': ["مشاور اقلیت‌ها هستم", "من مشاور اقلیت در دبیرستان هستم", "مشاور تنوع هستم"],
    'special-envoy': ["در سفارت کار می‌کنم", "مشاور ادغام در سفارت هستم", "من فرستاده ویژه هستم"],
  },
  ur: {
    'child-welfare': ["میں بچوں کے تحفظ کی سروس میں کام کرتا ہوں", "میں بارنےورن میں کام کرتی ہوں", "میں barnevernet میں کام کرتی ہوں"],
    'police': ["میں پولیس میں ہوں", "میں پولیس افسر ہوں", "میں پولیس میں کام کرتا ہوں"],
    'health': ["میں نرس ہوں", "میں ڈاکٹر ہوں", "میں ہسپتال میں ڈاکٹر ہوں"],
    'school-health': ["میں اسکول نرس ہوں", "میں اسکول کی نرس ہوں", "میں اسکول میں نرس ہوں"],
    'nav': ["میں NAV میں کام کرتا ہوں", "میں ناو میں کام کرتی ہوں", "میں NAV کا مشیر ہوں"],
    'refugee-services': ["میں پناہ گزینوں کی سروس میں کام کرتا ہوں", "میں flyktningtjenesten میں کام کرتی ہوں", "میں تعارفی پروگرام میں کام کرتا ہوں"],
    'reception-centre': ["میں پناہ گزین کیمپ میں کام کرتا ہوں", "میں asylmottak میں کام کرتی ہوں", "میں پناہ گزینوں کے استقبالیہ مرکز میں کام کرتا ہوں"],
    'adult-education': ["میں بالغوں کو نارویجن پڑھاتی ہوں", "میں بالغوں کی تعلیم میں استاد ہوں", "میں بالغوں کے اسکول میں پڑھاتا ہوں"],
    'kindergarten': ["میں کنڈرگارٹن میں کام کرتی ہوں", "میں نرسری میں ٹیچر ہوں", "میں barnehage میں کام کرتی ہوں"],
    'school': ["میں استاد ہوں", "میں اسکول میں ٹیچر ہوں", "میں اسکول میں پڑھاتی ہوں"],
    'diversity-adviser': ["میں اقلیتی مشیر ہوں", "میں minoritetsrådgiver ہوں", "میں تنوع کا مشیر ہوں"],
    'special-envoy': ["میں سفارت خانے میں کام کرتا ہوں", "میں سفارت خانے میں انضمام کا مشیر ہوں", "میں خصوصی ایلچی ہوں"],
  },
  tr: {
    'child-welfare': ["Barnevernet'te çalışıyorum", "çocuk koruma hizmetinde çalışıyorum", "Barnevern'de sosyal hizmet uzmanıyım"],
    'police': ["Polisim", "polis memuruyum", "Poliste çalışıyorum"],
    'health': ["Hemşireyim", "doktorum", "Hastanede doktor olarak çalışıyorum"],
    'school-health': ["Okul hemşiresiyim", "okul sağlık hizmetinde çalışıyorum", "okulda hemşireyim"],
    'nav': ["NAV'da çalışıyorum", "NAV danışmanıyım", "nav ofisinde çalışıyorum"],
    'refugee-services': ["Mülteci hizmetlerinde çalışıyorum", "belediyenin mülteci biriminde çalışıyorum", "flyktningtjenesten'de çalışıyorum"],
    'reception-centre': ["Sığınmacı kabul merkezinde çalışıyorum", "mülteci kampında çalışıyorum", "asylmottak'ta çalışıyorum"],
    'adult-education': ["Yetişkinlere Norveççe öğretiyorum", "yetişkin eğitiminde öğretmenim", "yetişkin eğitim merkezinde çalışıyorum"],
    'kindergarten': ["Anaokulu öğretmeniyim", "anaokulunda çalışıyorum", "kreşte çalışıyorum"],
    'school': ["Öğretmenim", "okulda çalışıyorum", "lisede öğretmenim"],
    'diversity-adviser': ["Azınlık danışmanıyım", "minoritetsrådgiver olarak çalışıyorum", "çeşitlilik danışmanıyım"],
    'special-envoy': ["Büyükelçilikte çalışıyorum", "büyükelçilikte uyum danışmanıyım", "özel temsilciyim"],
  },
  ti: {
    'child-welfare': ["ኣብ barnevernet እሰርሕ", "ኣብ ሓለዋ ቆልዑ እሰርሕ", "ኣብ ቤት ጽሕፈት ሓለዋ ህጻናት እሰርሕ"],
    'police': ["ፖሊስ እየ", "ኣብ ፖሊስ እሰርሕ", "ፖሊስ ኢየ"],
    'health': ["ነርስ እየ", "ሓኪም እየ", "ኣብ ሆስፒታል ሓኪም እየ"],
    'school-health': ["ነርስ ቤት ትምህርቲ እየ", "ኣብ ቤት ትምህርቲ ነርስ እየ", "helsesykepleier እየ"],
    'nav': ["ኣብ NAV እሰርሕ", "ኣብ ናቭ እሰርሕ", "ኣማኻሪ NAV እየ"],
    'refugee-services': ["ኣብ ኣገልግሎት ስደተኛታት እሰርሕ", "ኣብ flyktningtjenesten እሰርሕ", "ኣብ ቤት ጽሕፈት ስደተኛታት እሰርሕ"],
    'reception-centre': ["ኣብ መዓስከር ስደተኛታት እሰርሕ", "ኣብ asylmottak እሰርሕ", "ኣብ ማእከል ሓተትቲ ዑቕባ እሰርሕ"],
    'adult-education': ["ንዓበይቲ ኖርወይኛ እምህር", "መምህር ትምህርቲ ዓበይቲ እየ", "ኣብ ትምህርቲ ዓበይቲ እሰርሕ"],
    'kindergarten': ["ኣብ መዋእለ ህጻናት እሰርሕ", "መምህር መዋእለ ህጻናት እየ", "ኣብ barnehage እሰርሕ"],
    'school': ["መምህር እየ", "ኣብ ቤት ትምህርቲ እሰርሕ", "መምህርት እየ"],
    'diversity-adviser': ["minoritetsrådgiver እየ", "ኣማኻሪ ብዙሕነት እየ", "ኣብ ካልኣይ ደረጃ ቤት ትምህርቲ minoritetsrådgiver እየ"],
    'special-envoy': ["ኣብ ኤምባሲ እሰርሕ", "ኣብ ኤምባሲ ኣማኻሪ ውህደት እየ", "ፍሉይ ልኡኽ እየ"],
  },
};

/** Not the writer's job: a relative's, a pupil's school, someone else's title. */
const TWINS: ReadonlyArray<[string, Role | undefined]> = [
  ['my mother is a nurse and she is worried about my cousin', undefined],
  ["my daughter's teacher called me about her", 'parent'],
  ['mamma er sykepleier', undefined],
  ['datteren min går på skolen og helsesøster ringte meg', 'parent'],
  ['moja mama jest pielęgniarką', undefined],
  ['pracuję przy komputerze cały dzień', undefined],
  ['моя мама медсестра', undefined],
  ['моя мама учительница', undefined],
  ['працюю вдома', undefined],
  ['معلمم گفت باید به مشاور بگویم', undefined],
  ['مادرم پرستار است', undefined],
  ['میں گھر پر کام کرتی ہوں', undefined],
  ['میں اسکول میں پڑھتی ہوں', undefined],
  ['میری امی نرس ہیں', undefined],
  ['أنا كأم قلقة على ابنتي', 'parent'],
  ['أمي ممرضة', undefined],
  ['okulda hemşire ile konuştum', undefined],
  ['annem hemşire', undefined],
  ['hooyaday waa kalkaaliso', undefined],
  ['ኣደይ ነርስ እያ', undefined],
  ['I teach my little brother to read', undefined],
  ['jeg underviser ikke, jeg er elev', undefined],
];

const reader = loadRoleReader();

describe('role37s: the writer\'s job read in every language', () => {
  for (const [lang, roles] of Object.entries(PROBES)) {
    for (const [role, texts] of Object.entries(roles)) {
      it.each(texts as string[])(`${lang} ${role}: %s`, (text) => {
        expect(reader.read(text).role).toBe(role);
      });
    }
  }
  it('covers every professional role in all 12 languages, three probes or more each', () => {
    expect(Object.keys(PROBES)).toHaveLength(12);
    for (const roles of Object.values(PROBES)) {
      expect(Object.keys(roles)).toHaveLength(12);
      for (const texts of Object.values(roles)) expect(texts.length).toBeGreaterThanOrEqual(3);
    }
  });
  it.each(TWINS)('twin: %s', (text, role) => {
    expect(reader.read(text).role).toBe(role);
  });
});

describe('role37s: an adult-education teacher gets no school steps', () => {
  // Read as school, a danger told by a teacher of adults got "notify child welfare now" for an adult client.
  it.each([
    ['ur', 'میں بالغوں کو نارویجن پڑھاتی ہوں۔ ایک طالبہ کہتی ہے کہ اس کا شوہر اسے مارتا ہے'],
    ['ti', 'ንዓበይቲ ኖርወይኛ እምህር። ሓንቲ ተምሃሪት ሰብኣያ ይወቕዓ ኢሉ'],
    ['ar', 'أنا معلمة نرويجي للبالغين. طالبة تقول إن زوجها يضربها'],
    ['pl', 'Pracuję w szkole dla dorosłych. Kursantka mówi, że mąż ją bije'],
    ['ru', 'Работаю в школе для взрослых. Ученица говорит, что муж её бьёт'],
  ])('%s: %s', (_lang, text) => {
    const role = reader.read(text).role;
    expect(role).toBe('adult-education');
    expect(nextStepsFor(undefined, false, role)).toBeUndefined();
    expect(nextStepsFor(undefined, false, 'school')).toEqual(['child-welfare']);
  });
});
