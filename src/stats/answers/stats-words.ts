import type { Lang } from '../../language/languages';

/**
 * Statistics words in the nine other answer languages (ar, so, fa = Dari, ur, uk, ru, tr, pl, ti), rewritten to
 * the English cue words the statistics recognizer reads ("сколько дел" → "how many cases", "پارسال" → "last year"),
 * so one parser serves every language. Service names stay as they are: Norwegian names ("Kompetanseteamet",
 * "mangfoldsrådgiver") are recognised in any language. Machine-assisted, not reviewed by native speakers.
 */

/** `normalize` writes Arabic-keyboard ي/ك as Persian ی/ک; the patterns must too. */
const persianKeyboard = (source: string): string => source.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');

/** A whole word (or phrase) of any script: no letter or combining mark on either side. */
function word(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${persianKeyboard(source)})(?![\\p{L}\\p{M}])`, 'gu');
}

type Rewrite = readonly [RegExp, string];

const rewrites = (english: string, sources: readonly string[]): Rewrite[] => sources.map((s) => [word(s), ` ${english} `]);

/** Longer phrases first, so "آخر 5 سنوات" is read before "سنوات". */
const REWRITES: readonly Rewrite[] = [
  // "the last N years"
  [word('آخر (\\d+) (?:سنوات|سنة|أعوام|اعوام)'), ' last $1 years '],
  [word('(\\d+) سال (?:گذشته|اخیر)'), ' last $1 years '],
  [word('پچھلے (\\d+) (?:سال|سالوں)'), ' last $1 years '],
  [word('(?:за )?останні (\\d+) (?:роки|років|рік)'), ' last $1 years '],
  [word('(?:за )?последние (\\d+) (?:лет|года|год)'), ' last $1 years '],
  [word('son (\\d+) (?:yıl|yil|sene)(?:da|de|lık|lik)?'), ' last $1 years '],
  [word('(?:w )?ostatnich (\\d+) (?:lat|latach)|ostatnie (\\d+) lat'), ' last $1$2 years '],
  ...rewrites('last year', [
    'العام الماضي', 'السنة الماضية', 'العام المنصرم', 'عام الماضي',
    'sannadkii hore', 'sanadkii hore', 'sannadkii la soo dhaafay', 'sanadkii la soo dhaafay', 'sanadkii tagay',
    'پارسال', 'سال گذشته', 'سال قبل', 'سال پار',
    'پچھلے سال', 'گزشتہ سال', 'پچھلا سال',
    'минулого року', 'минулий рік', 'за минулий рік', 'торік', 'у минулому році',
    'в прошлом году', 'прошлый год', 'за прошлый год', 'в прошлом годе',
    'geçen yıl', 'gecen yil', 'geçen sene', 'gecen sene', 'geçen yılın', 'gecen yilin',
    'w zeszłym roku', 'w zeszlym roku', 'zeszły rok', 'zeszly rok', 'w ubiegłym roku', 'w ubieglym roku', 'w poprzednim roku',
    'ዝሓለፈ ዓመት', 'ኣብ ዝሓለፈ ዓመት',
  ]),
  ...rewrites('this year', ['هذا العام', 'هذه السنة', 'sanadkan', 'sannadkan', 'امسال', 'اس سال', 'цього року', 'в цьому році', 'в этом году', 'этот год', 'bu yıl', 'bu yil', 'bu sene', 'w tym roku', 'ኣብዚ ዓመት', 'ሎሚ ዓመት']),
  // The amount asked as "what (total) sum": "na jaką łączną kwotę", "на какую сумму", "на яку суму".
  ...rewrites('how much money', ['(?:na )?jak\\p{L}* (?:był\\p{L}* )?(?:łączn\\p{L}* )?kwot\\p{L}*', 'łączn\\p{L}* kwot\\p{L}*', '(?:на )?каку\\p{L}* (?:общую )?сумм\\p{L}*', '(?:на )?як\\p{L}* (?:загальн\\p{L}* )?сум\\p{L}*', 'toplam ne kadar']),
  // "и лиц", "і осіб": the persons counted beside the inquiries.
  ...rewrites('and persons', ['и лиц', 'і осіб', 'и людей', 'і людей', 'i osób', 'i osob']),
  // Money asked, before "how many": "скільки грошей", "kaç para", "کتنی گرانٹ".
  ...rewrites('how much money', [
    'كم من المال', 'كم مبلغ', 'كم المبلغ', 'immisa lacag', 'meeqa lacag', 'چقدر پول', 'چه مقدار پول', 'کتنی رقم', 'کتنے پیسے', 'کتنی گرانٹ',
    'скільки грошей', 'скільки коштів', 'сколько денег', 'сколько средств', 'ne kadar para', 'kaç para', 'ne kadar hibe', 'ile pieniędzy', 'ile pieniedzy', 'ile środków', 'ክንደይ ገንዘብ',
  ]),
  ...rewrites('grant', ['منحة', 'منح', 'deeq\\p{L}*', 'کمک مالی', 'گرانٹ', 'грант\\p{L}*', 'субсиди\\p{L}*', 'hibe\\p{L}*', 'dotacj\\p{L}*', 'ሓገዝ ገንዘብ']),
  // "sub-goal" in one script only (the letter C after it stays as written): a pattern in one script is tried only
  // on messages in that script.
  ...rewrites('sub-goal', ['الهدف الفرعي', 'هدف فرعي', 'هدف فرعی', 'ذیلی ہدف', 'підціл\\p{L}*', 'подцел\\p{L}*', 'ንኡስ ዕላማ']),
  ...rewrites('sub-goal c', ['yool-?hoosaad\\p{L}* c', 'alt hedef c', 'podcel\\p{L}* c', 'cel\\p{L}* szczegółow\\p{L}* c']),
  // "exact numbers", "per country": a count asked in each part of a split.
  ...rewrites('exact', ['العدد الدقيق', 'بالضبط', 'دقيق', 'tirada saxda ah', 'sax ah', 'دقیق', 'درست تعداد', 'بالکل درست', 'точн\\p{L}*', 'tam olarak', 'tam sayı\\p{L}*', 'tam sayi\\p{L}*', 'kesin', 'dokładn\\p{L}*', 'dokladn\\p{L}*', 'ልክዕ']),
  ...rewrites('per country', [
    'حسب البلد', 'حسب الدولة', 'لكل بلد', 'لكل دولة', 'waddan kasta', 'dal kasta', 'به تفکیک کشور', 'هر کشور', 'ہر ملک', 'по країнах', 'за країнами', 'по странам', 'ülkelere göre', 'ülke bazında',
    'według krajów', 'wedlug krajow', 'w podziale na kraje', 'ብሃገር',
  ]),
  ...rewrites('which countries of origin', ['kaun se mulk\\p{L}*', 'kon se mulk\\p{L}*', 'kaunse mulk\\p{L}*', 'کون سے ملک\\p{L}*', 'أكثر البلدان', 'أكتر بلدان', 'أكثر الدول', 'أكتر دول', 'dalalka ugu badan', 'waddamada ugu badan', 'بیشترین کشورها', 'زیادہ تر ممالک', 'سب سے زیادہ ممالک']),
  // Competence-raising assignments (the advisers' "oppdrag"), named by what they are, not "tasks" alone.
  ...rewrites('competence raising assignments', [
    'رفع الكفاءة', 'مهام التدريب', 'kor u qaadista aqoonta', 'مأموریت\\p{L}* آموزشی', 'ماموریت\\p{L}* آموزشی', 'ارتقای صلاحیت', 'استعداد سازی', 'تربیتی سرگرمیاں', 'تربیتی اسائنمنٹ\\p{L}*',
    'повышени\\p{L}* компетенци\\p{L}*', 'yetkinlik geliştirme\\p{L}*', 'yetkinlik gelistirme\\p{L}*', 'podnoszeni\\p{L}* kompetencji', 'ምዕባለ ክእለት',
  ]),
  // Nora's campaigns and their views.
  ...rewrites('unique users', [
    'المستخدمين الفريدين', 'مستخدم\\p{L}* فريد\\p{L}*', 'isticmaalayaal gaar ah', 'کاربران منحصر به فرد', 'کاربران یکتا', 'منفرد صارفین', 'منفرد یوزرز',
    'унікальн\\p{L}* користувач\\p{L}*', 'уникальн\\p{L}* пользовател\\p{L}*', 'tekil kullanıcı\\p{L}*', 'benzersiz kullanıcı\\p{L}*', 'unikaln\\p{L}* użytkownik\\p{L}*', 'unikaln\\p{L}* uzytkownik\\p{L}*', 'ፍሉያት ተጠቀምቲ',
  ]),
  ...rewrites('views', ['مشاهدات', 'مشاهدة', 'daawasho\\p{L}*', 'بازدید\\p{L}*', 'ویوز', 'перегляд\\p{L}*', 'просмотр\\p{L}*', 'görüntülen\\p{L}*', 'goruntulen\\p{L}*', 'izlenme\\p{L}*', 'wyświetle\\p{L}*', 'wyswietle\\p{L}*']),
  ...rewrites('summer', ['الصيف', 'الصيفية', 'صيفية', 'xagaa\\p{L}*', 'تابستان\\p{L}*', 'گرمیوں', 'літн\\p{L}*', 'влітку', 'летн\\p{L}*', 'летом', 'yaz tatil\\p{L}*', 'wakacyjn\\p{L}*', 'wakacj\\p{L}*', 'letni\\p{L}*', 'ሓጋይ']),
  ...rewrites('campaign', ['الحملة', 'حملة', 'حملات', 'olole\\p{L}*', 'کمپین\\p{L}*', 'مہم', 'кампані\\p{L}*', 'кампани\\p{L}*', 'kampanya\\p{L}*', 'kampani\\p{L}*', 'ዘመቻ']),
  ...rewrites('threats and violence', [
    'التهديدات والعنف', 'تهديدات وعنف', 'بالتهديد والعنف', 'التهديد والعنف', 'تهديد وعنف', 'hanjabaad iyo rabshad', 'تهدید و خشونت', 'دھمکیاں اور تشدد', 'دھمکی اور تشدد', 'погроз\\p{L}* (?:і|та) насильств\\p{L}*', 'угроз\\p{L}* и насили\\p{L}*',
    'tehdit ve şiddet', 'tehdit ve siddet', 'groźb\\p{L}* i przemoc\\p{L}*', 'grozb\\p{L}* i przemoc\\p{L}*', 'ምፍርራሕን ዓመጽን',
  ]),
  // Kompetanseteamet described in the language ("the competence team"), and the 2008 minority advisers.
  ...rewrites('kompetanseteamet', ['فريق الكفاءات', 'فريق الكفاءة', 'kooxda aqoonta', 'تیم صلاحیت', 'تیم شایستگی', 'کمپیٹنس ٹیم', 'команд\\p{L}* компетенці\\p{L}*', 'команд\\p{L}* компетенци\\p{L}*', 'yetkinlik ekib\\p{L}*', 'zesp[oó]ł\\p{L}* kompetencyjn\\p{L}*', 'zesp[oó]ł\\p{L}* kompetencji']),
  ...rewrites('minority advisers', [
    'مستشار\\p{L}* الأقليات', 'la-taliyayaasha laga-tirada-badan', 'مشاور\\p{L}* اقلیت', 'اقلیتی مشیر\\p{L}*', 'радник\\p{L}* з питань меншин', 'советник\\p{L}* по делам меньшинств', 'azınlık danışman\\p{L}*', 'azinlik danisman\\p{L}*',
    'doradc\\p{L}* ds\\.? mniejszości', 'doradc\\p{L}* ds\\.? mniejszosci', 'doradc\\p{L}* do spraw mniejszości', 'ኣማኸርቲ ውሑዳት',
  ]),
  // The expert team's Norwegian name written in Cyrillic or Arabic script.
  ...rewrites('expert team', ['фагтім\\p{L}*', 'фагтим\\p{L}*', 'فاگ ?تیم']),
  // "how many of them": "ile z tego", "сколько из них", "kaçı … bunların" (the count of one part of the last figure).
  ...rewrites('of them', ['z tego', 'z nich', 'из них', 'з них', 'منها', 'منهم', 'ان میں سے', 'از آنها', 'از این‌ها', 'ካብኣቶም', 'ካብዚኦም', 'ka mid ah']),
  // Romanised Urdu ("kitne cases"), as people type it on a Latin keyboard.
  ...rewrites('how many', ['kitne', 'kitni', 'kitna']),
  // Breakdowns
  ...rewrites('which countries of origin', [
    'من أي الدول', 'من اي الدول', 'أي دول', 'اي دول', 'بلدان المنشأ', 'دول المنشأ', 'waddamada ay ka yimaadeen', 'dalalka ay ka yimaadeen',
    'کدام کشورها', 'کشورهای مبدا', 'کشورهای اصلی', 'کن ممالک', 'کون سے ممالک', 'з яких країн', 'які країни', 'країни походження', 'из каких стран', 'какие страны', 'страны происхождения',
    'hangi ülkeler\\p{L}*', 'hangi ulkeler\\p{L}*', 'hangi ülkeden', 'menşe ülke\\p{L}*', 'z jakich krajów', 'z jakich krajow', 'jakie kraje', 'kraje pochodzenia', 'ካበየናይ ሃገራት', 'ካብ ኣየናይ ሃገራት', 'ኣየናይ ሃገራት', 'ዝበዝሓ ሃገራት', 'ሃገራት መበቆል', 'کشورهای (?:اصلی )?مبدأ', 'کشورهای اصلی مبدا',
  ]),
  ...rewrites('forced marriage', [
    'الزواج القسري', 'زواج قسري', 'guur qasab\\p{L}*', 'guurka qasabka', 'ازدواج اجباری', 'ازدواج های اجباری', 'جبری شادی', 'جبری شادیوں',
    'примусов\\p{L}* шлюб\\p{L}*', 'принудительн\\p{L}* брак\\p{L}*', 'zorla evlili\\p{L}*', 'zorla evlendirme', 'małżeńst\\p{L}* (?:z )?przymus\\p{L}*', 'przymusow\\p{L}* małżeńst\\p{L}*', 'ግዱድ መርዓ',
  ]),
  // Case types by name, so "figures on FGM" in any language asks about that case type.
  ...rewrites('fgm', [
    'ختان الإناث', 'ختان البنات', 'تشويه الأعضاء التناسلية(?: للإناث| الأنثوية)?', 'gudniin\\p{L}*', 'ختنه(?: زنان| دختران)?', 'ختنہ',
    'калечащ\\p{L}* операц\\p{L}*(?: на женских половых органах)?', 'женск\\p{L}* обрезани\\p{L}*', 'каліцтв\\p{L}* жіноч\\p{L}* статев\\p{L}* орган\\p{L}*', 'жіноч\\p{L}* обрізанн\\p{L}*',
    'kadın sünnet\\p{L}*', 'kadin sunnet\\p{L}*', 'genital mutilasyon\\p{L}*', 'okaleczani\\p{L}* (?:żeńskich )?narządów płciowych', 'obrzezani\\p{L}* kobiet', 'ምግዛር(?: ኣዋልድ)?',
  ]),
  ...rewrites('honour violence', [
    'العنف المرتبط بالشرف', 'جرائم الشرف', 'rabshad\\p{L}* sharaf\\p{L}*', 'خشونت ناموسی', 'غیرت کے نام پر تشدد', 'غیرت سے متعلق تشدد',
    'насильств\\p{L}* (?:на ґрунті|через|пов.язан\\p{L}* з) чест\\p{L}*', 'насили\\p{L}* (?:во имя|связанн\\p{L}* с) чест\\p{L}*', 'namus (?:cinayet\\p{L}*|şiddet\\p{L}*|siddet\\p{L}*)', 'namus kaynaklı şiddet',
    'przemoc\\p{L}* (?:w imię|związan\\p{L}* z) honor\\p{L}*', 'ምስ ክብሪ ዝተኣሳሰረ ዓመጽ',
  ]),
  ...rewrites('involuntary stay abroad', [
    'البقاء القسري في الخارج', 'البقاء غير الطوعي في الخارج', 'الإقامة غير الطوعية في الخارج', 'البقاء في الخارج رغم الإرادة', 'joogitaan qasab\\p{L}* (?:ah )?(?:oo )?dibadda', 'اقامت اجباری در خارج', 'بیرون ملک جبری قیام', 'вимушен\\p{L}* перебуванн\\p{L}* за кордоном',
    'вынужденн\\p{L}* пребывани\\p{L}* за границей', 'yurt ?dışında (?:istem dışı|zorla) kal\\p{L}*', 'przymusow\\p{L}* pobyt\\p{L}* za granicą', 'ብዘይ ድሌት ኣብ ወጻኢ',
  ]),
  ...rewrites('negative social control', [
    'السيطرة الاجتماعية السلبية', 'xakamayn\\p{L}* bulsheed\\p{L}*', 'کنترل اجتماعی منفی', 'منفی سماجی کنٹرول', 'негативн\\p{L}* соціальн\\p{L}* контрол\\p{L}*',
    'негативн\\p{L}* социальн\\p{L}* контрол\\p{L}*', 'olumsuz sosyal kontrol\\p{L}*', 'negatywn\\p{L}* kontrol\\p{L}* społeczn\\p{L}*', 'ኣሉታዊ ማሕበራዊ ቁጽጽር',
  ]),
  // Breakdowns asked for: whole words only, so "płciowych" (in FGM) is no "płci" and "половых" no "пол".
  ...rewrites('what were the cases about', [
    'أكثر نوع', 'النوع الأكثر', 'الأنواع الأكثر', 'ما هو النوع', 'maxay(?:se)? ku saabsan\\p{L}*', 'نوع الحالات', 'أنواع الحالات', 'ما نوع', 'nooc\\p{L}* kiis\\p{L}*', 'noocyada', 'نوع پرونده\\p{L}*', 'انواع پرونده\\p{L}*', 'کیس(?:وں)? کی (?:قسم|اقسام)', 'کس قسم',
    'як\\p{L}* (?:види|типи) справ', 'за типами', 'за видами', 'как\\p{L}* (?:виды|типы) дел', 'по типам', 'по видам', 'vaka türler\\p{L}*', 'ne tür', 'rodzaj\\p{L}* spraw', 'według rodzaju', 'ዓይነት ጉዳያት',
  ]),
  ...rewrites('which countries of origin', ['dalalkee', 'waddamadee', 'ka soo jeed\\p{L}*']),
  ...rewrites('by gender', [
    'حسب الجنس', 'jinsi\\p{L}*', 'بر اساس جنسیت', 'جنسیت', 'جنس کے لحاظ سے', 'за статтю', 'по полу', 'пол', 'cinsiyet\\p{L}*', 'według płci', 'płeć', 'płci', 'ብጾታ', 'ጾታ',
  ]),
  ...rewrites('by age', ['حسب العمر', 'الفئة العمرية', "da'da", 'بر اساس سن', 'گروه سنی', 'عمر کے لحاظ سے', 'за віком', 'віком', 'по возрасту', 'возраст\\p{L}*', 'yaş grub\\p{L}*', 'yaşa göre', 'yaşlarına göre', 'według wieku', 'wiek', 'wieku', 'ብዕድመ']),
  ...rewrites('came home', [
    'عادوا إلى (?:الوطن|النرويج|ديارهم)', 'عاد\\p{L}* إلى الوطن', 'dib ugu soo laab\\p{L}*', 'dib u soo laab\\p{L}*', 'به خانه برگشتند', 'برگشتند', 'بازگشتند', 'گھر واپس آئے', 'واپس آئے',
    'повернул\\p{L}* додому', 'повернул\\p{L}*', 'вернул\\p{L}* домой', 'вернул\\p{L}*', 'eve döndü', 'geri döndü', 'wrócił\\p{L}* do domu', 'wrócił\\p{L}*', 'ናብ ገዛ ተመሊሶም', 'ተመሊሶም',
  ]),
  ...rewrites('per embassy', ['كل سفارة', 'safaarad kasta', 'هر سفارت', 'ہر سفارت خانے', 'кожн\\p{L}* посольств\\p{L}*', 'по посольствах', 'кажд\\p{L}* посольств\\p{L}*', 'по посольствам', 'her büyükelçilik\\p{L}*', 'büyükelçilik başına', 'każd\\p{L}* ambasad\\p{L}*', 'ኣብ ነፍሲ ወከፍ ኤምባሲ']),
  ...rewrites('embassy', ['السفارة', 'سفارة', 'سفارات', 'safaarad\\p{L}*', 'سفارت\\p{L}*', 'سفارت خان\\p{L}*', 'посольств\\p{L}*', 'büyükelçilik\\p{L}*', 'ambasad\\p{L}*', 'ኤምባሲ\\p{L}*']),
  ...rewrites('amman', ['عمّان', 'عمان', 'Амман\\p{L}*', 'амман\\p{L}*']),
  ...rewrites('ankara', ['أنقرة', 'انقرة', 'آنکارا', 'انقرہ', 'анкар\\p{L}*']),
  ...rewrites('islamabad', ['إسلام آباد', 'اسلام آباد', 'ісламабад\\p{L}*', 'исламабад\\p{L}*', 'i̇slamabad']),
  ...rewrites('nairobi', ['نيروبي', 'نایروبی', 'نیروبی', 'найробі', 'найроби']),
  ...rewrites('county', ['محافظة', 'مقاطعة', 'губерни\\p{L}*', 'фюльке', 'wojewódz\\p{L}*']),
  // Services named in the language itself
  ...rewrites('special envoys', [
    'المبعوث\\p{L}* الخاص\\p{L}*', 'مبعوث\\p{L}* خاص\\p{L}*', 'ergay\\p{L}* gaar\\p{L}*( ah)?', 'ergooyin\\p{L}* gaar\\p{L}*( ah)?', 'نمایند\\p{L}* ویژه', 'فرستاده\\p{L}* ویژه',
    'خصوصی ایلچی\\p{L}*', 'спецпосла\\p{L}*', 'спеціальн\\p{L}* посла\\p{L}*', 'спецпосланни\\p{L}*', 'спецпредставник\\p{L}*', 'спецпредставител\\p{L}*', 'специальн\\p{L}* посланни\\p{L}*', 'специальн\\p{L}* представител\\p{L}*', 'спеціальн\\p{L}* представник\\p{L}*', 'özel elçi\\p{L}*', 'ozel elci\\p{L}*',
    'specjaln\\p{L}* wysłanni\\p{L}*', 'wysłanni\\p{L}*', 'wyslanni\\p{L}*', 'ፍሉይ ልኡኽ', 'ፍሉያት ልኡኻት', 'ልኡኻት',
  ]),
  ...rewrites('diversity advisers', [
    'مستشار\\p{L}* التنوع', 'la taliyaha kala duwanaanshaha', 'مشاور\\p{L}* تنوع', 'تنوع مشیر\\p{L}*', 'радник\\p{L}* з питань різноманіт\\p{L}*', 'советник\\p{L}* по (?:вопросам )?многообрази\\p{L}*',
    'çeşitlilik danışman\\p{L}*', 'cesitlilik danisman\\p{L}*', 'doradc\\p{L}* ds\\.? różnorodności', 'doradc\\p{L}* do spraw różnorodności', 'ኣማኻሪ ብዙሕነት',
  ]),
  // Number cues
  ...rewrites('statistics', ['[اإ]حصاءات', '[اإ]حصائیات', 'ال[اإ]حصاءات', 'ال[اإ]حصائیات', 'tirakoob\\p{L}*', 'آمار', 'اعداد و ?شمار', 'статистик\\p{L}*', 'istatisti\\p{L}*', 'statystyk\\p{L}*', 'ስታቲስቲክስ', 'ጸብጻብ']),
  // A second thing counted in the same question ("… и скольких людей они касались?", "… ve kaç kişiye ulaştı?").
  ...rewrites('people reached', ['kişiye ulaş\\p{L}*', 'kişiye ulas\\p{L}*', 'охватил\\p{L}*', 'охвачен\\p{L}* (?:людей|человек)', 'охопил\\p{L}*', 'dotarł\\p{L}* do', 'ዝበጽሑ']),
  // Phrases, not single words: "kişi", "людей" or "завдання" alone also name the allocation letter's tasks or a headcount.
  ...rewrites('how many persons', ['скольких людей', 'скольких человек', 'скількох осіб', 'скольким людям', 'скількох людей', 'скільком людям', 'kaç kişiye']),
  ...rewrites('how many assignments', ['kaç görev\\p{L}*', 'сколько заданий', 'скільки завдань']),
  ...rewrites('how many', ['скольких', 'скільком', 'скількох']),
  ...rewrites('how many', ['kaçı', 'kacı', 'kaç tane', 'kac tane', 'ilu jest', 'ilu', 'کم', 'immisa', 'imisa', 'meeqa', 'intee', 'چند', 'کتنے', 'کتنی', 'کتنا', 'скільки', 'сколько', 'kaç', 'kac', 'ክንደይ']),
  ...rewrites('number of', ['عدد', 'tirada', 'تعداد', 'кількість', 'количество', 'число', 'sayısı', 'sayisi', 'liczba', 'liczbę', 'ብዝሒ', 'ቁጽሪ']),
  // What is counted
  ...rewrites('inquiries', ['استفسار\\p{L}*', 'اتصالات', 'codsiyo\\p{L}*', 'wicitaan\\p{L}*', 'درخواست\\p{L}*', 'مراجعات', 'کالز', 'звернен\\p{L}*', 'обращени\\p{L}*', 'başvuru\\p{L}*', 'basvuru\\p{L}*', 'talep\\p{L}*', 'zgłosze\\p{L}*', 'zglosze\\p{L}*', 'zapytan\\p{L}*', 'ሕቶታት']),
  ...rewrites('cases', [
    'حالة', 'حالات', 'الحالات', 'قضیة', 'قضایا', 'القضایا', 'ملفات', 'kiis\\p{L}*', 'dacwad\\p{L}*', 'پرونده\\p{L}*', 'قضیه', 'قضایای', 'موارد', 'کیس', 'کیسز', 'کیسوں', 'معاملات',
    'справ\\p{L}*', 'випадк\\p{L}*', 'випадків', 'дел', 'дела', 'делам', 'случа\\p{L}*', 'vaka\\p{L}*', 'dava\\p{L}*', 'spraw\\p{L}*', 'przypadk\\p{L}*', 'przypadków', 'ጉዳያት', 'ጉዳይታት', 'ጉዳይ',
  ]),
  ...rewrites('girls', ['فتیات', 'بنات', 'gabdho\\p{L}*', 'دختران', 'دخترها', 'لڑکیاں', 'لڑکیوں', 'дівчат\\p{L}*', 'девоч\\p{L}*', 'девуш\\p{L}*', 'kızlar\\p{L}*', 'kizlar\\p{L}*', 'dziewczyn\\p{L}*', 'dziewcząt', 'ኣዋልድ']),
  ...rewrites('boys', ['فتیان', 'أولاد', 'wiilal\\p{L}*', 'پسران', 'پسرها', 'لڑکے', 'لڑکوں', 'хлопц\\p{L}*', 'мальчик\\p{L}*', 'erkek\\p{L}*', 'chłopc\\p{L}*', 'chlopc\\p{L}*', 'ኣወዳት']),
  // People named by their country of origin ("افغان‌ها", "афганці"), as the English demonym the country names know.
  ...rewrites('afghan', ['افغان\\p{L}*', 'أفغان\\p{L}*', 'афганц\\p{L}*', 'афганк\\p{L}*', 'afgan\\p{L}*', 'afgańczy\\p{L}*', 'afganczy\\p{L}*', 'afgaan\\p{L}*']),
  ...rewrites('iraqi', ['عراقی\\p{L}*', 'عراقي\\p{L}*', 'іракц\\p{L}*', 'іракі\\p{L}*', 'иракц\\p{L}*', 'iraklı\\p{L}*', 'irakli\\p{L}*', 'irakijczy\\p{L}*', 'ciraaqi\\p{L}*']),
  ...rewrites('pakistani', ['پاکستانی\\p{L}*', 'باكستاني\\p{L}*', 'пакистанц\\p{L}*', 'пакистанц\\p{L}*', 'pakistanlı\\p{L}*', 'pakistańczy\\p{L}*']),
  ...rewrites('syrian', ['سوری‌ها', 'سوریایی\\p{L}*', 'سوري\\p{L}*', 'сирійц\\p{L}*', 'сирийц\\p{L}*', 'suriyeli\\p{L}*', 'syryjczy\\p{L}*']),
  ...rewrites('somali', ['سومالیایی\\p{L}*', 'صومالي\\p{L}*', 'сомалійц\\p{L}*', 'сомалийц\\p{L}*', 'somalili\\p{L}*', 'somalijczy\\p{L}*']),
  // People counted ("ile osób", "چند نفر") and women among them: after the case types, so "kadın sünneti" stays FGM.
  ...rewrites('how many persons', ['ile osób', 'ile osob', 'скільки осіб', 'скільки людей', 'сколько человек', 'сколько людей', 'کتنے افراد', 'کتنے لوگ', 'چند نفر', 'كم شخص', 'كم عدد الأشخاص', 'immisa qof', 'kaç kişi']),
  ...rewrites('women', ['النساء', 'نساء', 'haween\\p{L}*', 'زنان', 'خواتین', 'жінок', 'жінки', 'женщин\\p{L}*', 'kadınlar\\p{L}*', 'kadinlar\\p{L}*', 'kobiet\\p{L}*', 'kobiety', 'ደቂ ኣንስትዮ']),
  ...rewrites('increase', ['تطور', 'ازدیاد', 'زیادة', 'korodh\\p{L}*', 'isbeddel\\p{L}*', 'افزایش', 'اضافہ', 'змінил\\p{L}*', 'динамік\\p{L}*', 'зрост\\p{L}*', 'изменил\\p{L}*', 'динамик\\p{L}*', 'рост', 'arttı', 'artış', 'artis', 'değişti', 'degisti', 'wzrosł\\p{L}*', 'zmienił\\p{L}*', 'ወሰኽ']),
];

/** Polish "ile" ("how many") is Turkish "with": only read in Polish. */
const POLISH_HOW_MANY = word('ile jest|ile');

/** Eastern Arabic and Persian digits (٢٠٢٣, ۲۰۲۳) as ASCII, so years are read in any script. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** The scripts other than Latin that the rewrites are written in. */
const SCRIPTS = { arabic: /\p{Script=Arabic}/u, cyrillic: /\p{Script=Cyrillic}/u, ethiopic: /\p{Script=Ethiopic}/u } as const;
type Script = keyof typeof SCRIPTS;

/**
 * The one non-Latin script every letter of a rewrite's pattern is written in, if there is one: such a pattern cannot
 * match a message without a letter of that script, and a rewrite only ever adds Latin letters, spaces and digits, so
 * a script missing from the message stays missing. (Escapes such as \p{L} and \d are not letters of the pattern.)
 */
function scriptOf(source: string): Script | undefined {
  const letters = source.replace(/\\[pP]\{[^}]*\}|\\./gu, '').match(/\p{L}/gu) ?? [];
  const scripts = Object.keys(SCRIPTS) as Script[];
  const script = scripts.find((s) => letters.length > 0 && letters.every((letter) => SCRIPTS[s].test(letter)));
  return script;
}

const WORD_START = '(?<![\\p{L}\\p{M}])(?:';
const WORD_END = ')(?![\\p{L}\\p{M}])';
/** Characters with a meaning in a pattern; a letter before ?, * or { may be left out or repeated. */
const META = new Set(['\\', '^', '$', '.', '|', '(', ')', '[', ']', '{', '}', '*', '+', '?']);

/** The rewrites with the script each needs in the message (none: tried on every message). */
const GATED_REWRITES: ReadonlyArray<{ readonly pattern: RegExp; readonly english: string; readonly script?: Script; readonly literal?: string }> = REWRITES.map(
  ([pattern, english]) => {
    const script = scriptOf(pattern.source);
    const literal = requiredLiteral(pattern.source);
    return { pattern, english, ...(script ? { script } : {}), ...(literal ? { literal } : {}) };
  },
);

/**
 * The longest run of plain characters every match of a `word()` pattern contains ("sannadkii hore", "gabdho" of
 * "gabdho\p{L}*", "geçen " of "geçen (?:yıl|sene)"), or undefined when there is none to rely on (an alternative at
 * the top, or only groups and classes). A text without it cannot match, so `toEnglishCues` skips the pattern with a
 * plain `includes` instead of running it: most rewrites are Somali, Turkish and Polish words no Norwegian or English
 * question contains.
 */
export function requiredLiteral(source: string): string | undefined {
  if (!source.startsWith(WORD_START) || !source.endsWith(WORD_END)) return undefined;
  const inner = source.slice(WORD_START.length, -WORD_END.length);
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  const endRun = () => {
    if (depth === 0 && run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '\\') {
      endRun();
      i++;
      if (inner[i] === 'p' || inner[i] === 'P') while (i < inner.length && inner[i] !== '}') i++;
      continue;
    }
    if (c === '[') {
      endRun();
      inClass = true;
      continue;
    }
    if (c === '(') {
      endRun();
      depth++;
      continue;
    }
    if (c === ')') {
      endRun();
      depth--;
      continue;
    }
    if (c === '|') {
      if (depth === 0) return undefined;
      run = '';
      continue;
    }
    if (c === '?' || c === '*' || c === '{' || c === '+') {
      // The character before is optional or repeated: the run ends before it ("+" repeats it, so it stays).
      if (c !== '+') run = run.slice(0, /[\uDC00-\uDFFF]$/u.test(run) ? -2 : -1);
      endRun();
      if (c === '{') while (i < inner.length && inner[i] !== '}') i++;
      continue;
    }
    if (META.has(c)) {
      endRun();
      continue;
    }
    if (depth === 0) run += c;
  }
  endRun();
  return best.length > 0 ? best : undefined;
}

/**
 * The rewrites a message is tried against: those of the scripts it is written in. A Norwegian or English message,
 * most of the traffic, skips the Arabic-script, Cyrillic and Ethiopic patterns (about two thirds) unread.
 */
export function rewritesFor(text: string): ReadonlyArray<{ readonly pattern: RegExp; readonly english: string; readonly literal?: string }> {
  const present = (Object.keys(SCRIPTS) as Script[]).filter((s) => SCRIPTS[s].test(text));
  const key = present.join(' ');
  let list = REWRITES_BY_SCRIPTS.get(key);
  if (!list) REWRITES_BY_SCRIPTS.set(key, (list = GATED_REWRITES.filter((r) => r.script === undefined || present.includes(r.script))));
  return list;
}
/** The list for each combination of scripts (at most eight), made once. */
const REWRITES_BY_SCRIPTS = new Map<string, ReadonlyArray<{ readonly pattern: RegExp; readonly english: string; readonly literal?: string }>>();

/** Every rewrite, in order (for tests: `rewritesFor` must give the same text as all of them). */
export const ALL_REWRITES: readonly Rewrite[] = REWRITES;

/** The normalised message with other-language statistics words replaced by the English cues. */
export function toEnglishCues(normalized: string, lng?: Lang): string {
  let text = asciiDigits(normalized);
  for (const { pattern, english, literal } of rewritesFor(text)) if (literal === undefined || text.includes(literal)) text = text.replace(pattern, english);
  if (lng === 'pl') text = text.replace(POLISH_HOW_MANY, ' how many ');
  return text.replace(/\s+/gu, ' ').trim();
}

/** The Teams menu's statistics command as a whole message, in every language. */
const STATS_COMMAND = new Set(
  ['statistikk', 'statistics', 'stats', 'statistikken', 'إحصاءات', 'احصاءات', 'إحصائيات', 'احصائيات', 'الإحصاءات', 'tirakoob', 'tirakoobka', 'آمار', 'اعداد و شمار', 'статистика', 'istatistik', 'istatistikler', 'statystyki', 'statystyka', 'ስታቲስቲክስ', 'ጸብጻብ'].map(
    (c) => persianKeyboard(c),
  ),
);

export function isStatsCommand(normalized: string): boolean {
  return STATS_COMMAND.has(normalized.replace(/[?!.؟]+$/u, '').trim());
}

/** The Teams menu's register command and plain requests to register a case, in the other languages. */
const REGISTER_OTHER = new RegExp(
  persianKeyboard(
    [
      '^(?:أريد |اريد )?(?:تسجیل|سجل|سجّل) (?:حالة|قضیة)( جدیدة)?$',
      '^diiwaan ?geli(?:nta)? kiis(?:ka)?$',
      '^(?:ثبت|درج) (?:پرونده|قضیه|مورد)(?: جدید)?$',
      '^کیس (?:درج|رجسٹر) (?:کریں|کرو)$',
      '^(?:зареєструвати|зареєструй|реєстрація) справ[уи]$|^нова справа$',
      '^(?:зарегистрировать|зарегистрируй|регистрация) (?:дело|дела)$|^новое дело$',
      '^(?:vaka|dava) (?:kaydet|kaydı|kaydi|kayıt|kayit)$|^yeni vaka$',
      '^(?:zarejestruj|zarejestrować|rejestracja) spraw[ęey]$|^nowa sprawa$',
      '^(?:ጉዳይ (?:መዝግብ|ምምዝጋብ)|መዝግብ ጉዳይ)$',
    ].join('|'),
  ),
  'u',
);

export function isRegisterRequestOther(normalized: string): boolean {
  return REGISTER_OTHER.test(normalized.replace(/[?!.؟]+$/u, '').trim());
}
