/**
 * Contact words in the nine other answer languages (ar, so, fa = Dari, ur, uk, ru, tr, pl, ti), read by the
 * contact recognizer next to its Norwegian and English lists. Written as people type them (informal forms,
 * missing diacritics); folded like the text, so Arabic-keyboard ي/ك and hamza forms match. A trailing * matches
 * a word prefix, which covers Slavic and Turkish endings. Machine-assisted, not reviewed by native speakers.
 */

/** Asking how to reach someone: number, phone, call, contact, e-mail. */
export const OTHER_CONTACT: readonly string[] = [
  'رقم', 'هاتف', 'تلفون', 'اتصال', 'الاتصال', 'تواصل', 'اتصل', 'بريد',
  'lambar*', 'nambar*', 'taleefan*', 'telefoon*', 'xiriir*', 'wac', 'waca',
  'شماره', 'تلفن', 'تیلفون', 'تماس', 'زنگ', 'ایمیل',
  'نمبر', 'فون', 'رابطہ', 'رابطے', 'رابطہ کریں', 'کال',
  'номер*', 'телефон*', 'контакт*', 'звʼяз*', 'зв яз*', 'звяз*', 'дзвонити', 'подзвонити', 'зателефонувати', 'звертатися', 'звернутися',
  'связ*', 'звонить', 'позвонить', 'обратиться', 'обращаться',
  'numara*', 'telefon*', 'hattı', 'hatti', 'hattını', 'hattini', 'iletişim*', 'iletisim*', 'ulaş*', 'ulas*', 'aramalı*', 'arayabilir*', 'arayın', 'e posta',
  'numer*', 'kontakt*', 'dzwoni*', 'zadzwoni*', 'skontaktow*', 'mail*',
  'على مدار الساعة', '24 saac', 'شبانه روزی', 'شبانه‌روزی', 'چوبیس گھنٹے', 'цілодобово', 'круглосуточно', '24 saat', 'całodobow*', 'calodobow*', '24 ሰዓት',
  'ቁጽሪ', 'ቍጽሪ', 'ተሌፎን', 'ቴሌፎን', 'ስልኪ', 'ርክብ', 'ክድውል', 'ደውል', 'ኣድራሻ', 'ክረክብ', 'ክረኽብ',
];

/** "Who covers / is responsible for <country>". */
export const OTHER_COVERS: readonly string[] = [
  'مسؤول*', 'المسؤول*', 'يغطي',
  'mas uul*', 'masuul*',
  'مسئول*',
  'ذمہ دار',
  'відповідає за', 'відповідальний за', 'займається',
  'отвечает за', 'ответственный за', 'курирует', 'занимается',
  'sorumlu*', 'ilgileniyor', 'bakıyor',
  'odpowiada za', 'odpowiedzialny za', 'zajmuje*', 'obsługuje',
  'ሓላፍነት',
];

/** Embassy. */
export const OTHER_EMBASSY: readonly string[] = [
  'سفارة', 'السفارة', 'safaarad*', 'سفارت*', 'سفارت خانہ', 'посольств*', 'büyükelçilik*', 'buyukelcilik*', 'ambasad*', 'ኤምባሲ',
];

/** The person is held, stuck or has not come back. */
export const OTHER_HELD: readonly string[] = [
  'محتجز*', 'عالق*', 'لم يعد', 'لم تعد', 'محجوز*', 'ممنوع من السفر',
  'xiran', 'lagu hayo', 'lagu hayaa', 'lagu haystaa', 'kama soo laaban', 'ma soo laaban', 'kama soo noqon', 'ma soo noqon', 'kuma soo noqon', 'xayiran', 'ku xayiran',
  'گیر افتاده', 'گیر مانده', 'نگه داشته', 'برنگشته', 'برنگشت', 'بر نگشته', 'نمی تواند برگردد',
  'پھنس*', 'روکا', 'روک لیا', 'واپس نہیں',
  'утриму*', 'застря*', 'не повернул*', 'не повернувся',
  'удержива*', 'застрял*', 'не вернул*', 'не вернулся',
  'alıkon*', 'alikon*', 'mahsur', 'dönmedi', 'donmedi', 'dönemiyor', 'donemiyor', 'geri gelmedi', 'tutuluyor',
  'przetrzymyw*', 'utknęł*', 'utknął', 'utknal', 'nie wrócił*', 'nie wrocil*', 'nie wróciła', 'nie może wrócić',
  'ተታሒዙ', 'ተታሒዛ', 'ተዓጊቱ', 'ተዓጊታ', 'ተቐሪጹ', 'ተቐሪጻ', 'ኣይተመልሰን', 'ኣይተመልሰትን', 'ኣይተመለሰን',
];

/** The person is about to be taken or sent abroad. */
export const OTHER_TRAVEL_SOON: readonly string[] = [
  'ستسافر', 'سيسافر', 'سترسل', 'سيرسل', 'سيأخذون*', 'سياخذون*',
  'la geynayo', 'u safraya', 'la dirayo', 'loo dirayo',
  'سفر می کند', 'فرستاده می شود', 'می فرستند', 'می برند',
  'جائے گی', 'جائے گا', 'بھیجا جائے', 'بھیج دیں گے', 'لے جائیں گے',
  'поїде', 'відправлять', 'вивезуть', 'везуть',
  'поедет', 'отправят', 'увезут', 'везут',
  'gidecek', 'götürecek*', 'goturecek*', 'gönderilecek', 'gonderilecek',
  'pojedzie', 'wyślą', 'wysla', 'wywiozą', 'wywioza',
  'ክትከይድ', 'ክኸይድ', 'ክሰዱ', 'ክወስዱ',
];

/** A child or pupil is the person concerned. */
export const OTHER_MINOR: readonly string[] = [
  'طالب', 'طالبة', 'ابنتي', 'ابني', 'لابنتي', 'لابني', 'فتاة', 'الفتاة', 'للفتاة', 'بنت', 'البنت', 'طفل*',
  'gabar*', 'gabadh*', 'wiil*', 'arday*', 'ilmo', 'carruur*',
  'دختر*', 'پسر*', 'شاگرد*', 'طفل',
  'بیٹی', 'بیٹا', 'لڑکی', 'لڑکا', 'طالب علم', 'بچ*',
  'доньк*', 'донька', 'доньці', 'дочк*', 'дочці', 'син', 'сина', 'сину', 'учен*', 'дівчин*', 'хлопець', 'дитин*', 'діти', 'дітей',
  'дочь', 'дочк*', 'дочер*', 'сын*', 'учени*', 'девушк*', 'девочк*', 'ребён*', 'ребен*', 'дети', 'детей',
  'kızım', 'kizim', 'oğlum', 'oglum', 'öğrenci*', 'ogrenci*', 'kız', 'çocuk*',
  'córk*', 'corka', 'syn', 'syna', 'uczeń', 'uczen', 'uczennic*', 'dziewczyn*', 'dzieck*',
  'ጓለይ', 'ወደይ', 'ተማሃራይ', 'ተምሃራይ', 'ጓል', 'ቆልዓ',
];

/** Question words that make a named service a contact question ("who", "where"). */
export const OTHER_WEAK: readonly string[] = ['من', 'yaa', 'xagee', 'کیست', 'کجا', 'کون', 'کہاں', 'хто', 'куди', 'кто', 'куда', 'kim', 'kime', 'nereye', 'kto', 'gdzie', 'መን', 'ኣበይ'];

/**
 * "Too", "also", "the same", "and what about": a short message naming a country with one of these asks the last
 * question again for that country ("а Чечнею теж вони?", "og Etiopia også?", "peki Suriye de mi?").
 */
export const ALSO: readonly string[] = [
  'også', 'ogsa', 'òg', 'samme', 'same', 'og', 'enn', 'also', 'too', 'what about', 'how about', 'and',
  'أيضا', 'ايضا', 'كذلك', 'نفس', 'sidoo kale', 'isla', 'iyo', 'هم', 'همین', 'چطور', 'بھی', 'اور', 'کیا',
  'теж', 'також', 'той самий', 'тоже', 'также', 'то же', 'а', 'і', 'и', 'też', 'tez', 'także', 'takze', 'ten sam', 'a co z',
  'de', 'da', 'peki', 'aynı', 'ayni', 'ከ', 'ውን', 'እውን',
];

/** "Who do I call / where do I turn" in the other languages: a contact question without a named service. */
export const OTHER_GENERIC: readonly string[] = [
  'بمن اتصل', 'بمن أتصل', 'من اتصل', 'لمن اتوجه', 'أين أجد مساعدة',
  'yaan la xiriiraa', 'yaan wacaa', 'yaan la hadlaa', 'xagee caawimo',
  'به کی زنگ بزنم', 'با کی تماس بگیرم', 'به کی مراجعه کنم', 'از کجا کمک بگیرم',
  'کس سے رابطہ کروں', 'کس کو فون کروں', 'کہاں سے مدد',
  'куди звертатися', 'кому дзвонити', 'до кого звернутися',
  'кому звонить', 'куда обращаться', 'к кому обратиться',
  'kimi aramalıyım', 'kimi aramaliyim', 'kime başvurmalıyım', 'kime basvurmaliyim', 'kime ulaşabilirim',
  'do kogo dzwonić', 'do kogo dzwonic', 'do kogo się zwrócić', 'do kogo sie zwrocic', 'gdzie szukać pomocy',
  'ንመን ክድውል', 'ንመን ክሓትት', 'ናበይ ክኸይድ',
];

/**
 * The Teams menu's contacts command as a whole message, in every language (the manifest's localised titles
 * among them): the contact overview.
 */
export const CONTACTS_COMMAND: readonly string[] = [
  'kontakter', 'kontaktar', 'kontakt', 'kontaktinfo', 'contacts', 'contact', 'contact list',
  'جهات الاتصال', 'جهات اتصال', 'الاتصال', 'xiriirada', 'xiriir', 'lambarada', 'تماس ها', 'تماسها', 'شماره ها', 'رابطے', 'رابطہ',
  'контакти', 'контакты', 'iletişim', 'iletisim', 'iletişim bilgileri', 'kontakty', 'ርክብ', 'ኣድራሻታት',
];

/** Hints that the person is abroad (the passport taken, sent away), weaker than "held". */
export const OTHER_ABROAD_WEAK: readonly string[] = [
  'جواز*', 'baasaboor*', 'پاسپورت*', 'پاسپورٹ', 'паспорт*', 'pasaport*', 'paszport*', 'ፓስፖርት',
  'في الخارج', 'dibadda', 'خارج از کشور', 'بیرون ملک', 'за кордоном', 'за границей', 'yurt dışında', 'yurtdışında', 'za granicą', 'za granica', 'ኣብ ወጻኢ',
];

/**
 * "Who can advise / help / guide us?" in the nine other answer languages, as a pattern rather than fixed phrases:
 * a question word for "who" (or "to whom", "with whom"), then within a few words a verb of advising, helping,
 * consulting or contacting, in any form (prefixes: Slavic, Turkish and Somali endings; Arabic-script words after
 * folding). "Kime danışabiliriz?", "kto doradza w sprawach…", "با کی مشوره کنم", "yaa nala tashan kara".
 */
export const OTHER_WHO_ADVISES: readonly { readonly who: readonly string[]; readonly verbs: readonly string[] }[] = [
  // ar
  { who: ['من', 'بمن', 'لمن', 'مين', 'منو'], verbs: ['يساعد', 'تساعد', 'يساعدنا', 'ينصح', 'نستشير', 'استشير', 'أستشير', 'استشار', 'مشور', 'نصيح', 'اتصل', 'أتصل', 'اتواصل', 'أتواصل', 'نتواصل', 'يرشد', 'توجيه', 'يقدر يساعد', 'اقدر استشير'] },
  // so
  { who: ['yaa', 'yaan', 'kuma', 'kee'], verbs: ['caawi', 'talo', 'tali', 'la tash', 'tashan', 'xiriir', 'wac', 'hage', 'hagaa', 'la hadl'] },
  // fa (Dari and Persian)
  { who: ['کی', 'کسی', 'کسانی', 'کدام'], verbs: ['کمک', 'مشوره', 'مشورت', 'مشاوره', 'راهنمایی', 'رهنمایی', 'تماس', 'زنگ', 'مراجعه'] },
  // ur
  { who: ['کون', 'کس', 'کسے', 'کن'], verbs: ['مدد', 'مشورہ', 'مشورے', 'رہنمائی', 'رابط', 'فون'] },
  // uk
  { who: ['хто', 'кого', 'кому', 'ким', 'куди'], verbs: ['допомо', 'порад', 'консульт', 'проконсульт', 'зверн', 'дзвон', 'зателефон', 'підказ', 'скерув'] },
  // ru
  { who: ['кто', 'кого', 'кому', 'кем', 'куда'], verbs: ['помо', 'посовет', 'совет', 'консульт', 'проконсульт', 'обрат', 'обращ', 'звон', 'позвон', 'подскаж', 'направ'] },
  // tr
  { who: ['kim', 'kimi', 'kime', 'kimden', 'kimle', 'kiminle', 'nereye', 'nerden', 'nereden'], verbs: ['yardım', 'yardim', 'danış', 'danis', 'tavsiye', 'destek', 'ulaş', 'ulas', 'ara', 'başvur', 'basvur', 'rehber', 'yönlendir', 'yonlendir', 'akıl', 'akil'] },
  // pl
  { who: ['kto', 'kogo', 'komu', 'kim', 'gdzie'], verbs: ['dorad', 'porad', 'pomo', 'konsult', 'skonsult', 'zwróc', 'zwroc', 'zadzwon', 'zadzwoń', 'dzwon', 'dzwoń', 'porozmaw', 'skontakt', 'wspier', 'wesprz', 'poprowadz', 'pokier'] },
  // ti
  { who: ['መን', 'ንመን', 'ምስ መን', 'ናበይ'], verbs: ['ሕግዝ', 'ክሕግዝ', 'ምኽሪ', 'ክመኽር', 'ክድውል', 'ርክብ', 'ክረክብ', 'ክረኽብ', 'ክመርሕ', 'ክሕግዘ', 'ሕግዘ', 'ክንሓት', 'ክሓት', 'ንሓት', 'ክንመያየጥ', 'ክንማኸር', 'ክንዘራረብ'] },
];

/**
 * Wanting to stay anonymous ("anonymt", "uten å si navnet", "without giving my name") in all twelve languages: the
 * anonymous line (Røde Kors-telefonen) comes first on the contact card.
 */
export const ANONYMOUS: readonly string[] = [
  'anonym*', 'uten a si navn*', 'uten a oppgi navn*', 'utan a seie namn*', 'uten navn', 'utan namn', 'uten at noen vet', 'ikke si hvem jeg er', 'skjult identitet',
  'anonymous*', 'without giving my name', 'without giving a name', 'without my name', 'without saying who i am', 'without naming',
  'مجهول*', 'دون ذكر اسم*', 'بدون ذكر اسم*', 'بدون اسم', 'سرية', 'بسرية', 'سري',
  'qarsoodi', 'magacayga la aan', 'magac la aan', 'aan magacayga',
  'ناشناس', 'نامم پنهان', 'بدون نام', 'بی نام', 'نام خود را نگویم', 'مخفی',
  'گمنام', 'نام بتائے بغیر', 'نام ظاہر کیے بغیر', 'نام ظاہر کئے بغیر', 'خفیہ',
  'анонімн*', 'без імені', 'не називаючи',
  'анонимн*', 'без имени', 'не называя',
  'anonim*', 'adımı vermeden', 'adimi vermeden', 'ismimi vermeden', 'ismimi söylemeden', 'ismimi soylemeden', 'kimliğimi', 'kimligimi',
  'anonimow*', 'bez podawania nazwiska', 'bez nazwiska', 'bez imienia',
  'ስመይ ከይሃብኩ', 'ስመይ ከይገለጽኩ', 'ብዘይ ስም', 'ስውር',
];

/**
 * Asking for a helpline, hotline or chat, in all twelve languages ("finnes det en chat", "children's helpline",
 * "телефон довіри"): the lines (Alarmtelefonen, Røde Kors-telefonen) come first on the contact card.
 */
export const HELPLINE: readonly string[] = [
  'hjelpetelefon*', 'hjelpelinje*', 'hjelpetelefonen', 'chat', 'chatte', 'chatten', 'nettprat', 'anonym telefon', 'telefon for ungdom', 'telefon for barn', 'hjelpetelefon for barn',
  'hjelpetelefonar', 'hjelpetelefonen for barn og unge',
  'helpline*', 'help line', 'hotline', 'hot line', 'crisis line', 'chat line', 'chat service', 'phone line for', 'children s line',
  'خط المساعد*', 'خط ساخن', 'خط مساعدة', 'رقم المساعدة', 'دردشة',
  'khadka caawin*', 'khadka gargaar*', 'taleefanka caawin*', 'wadahadal online',
  'خط کمک', 'تلفن کمک', 'شماره کمک', 'خط تلفن کمک', 'چت',
  'ہیلپ لائن', 'مدد کی لائن', 'چیٹ', 'helpline',
  'телефон довіри', 'телефону довіри', 'телефоном довіри', 'гаряча лінія', 'гарячої лінії', 'лінія допомоги', 'чат',
  'телефон доверия', 'телефона доверия', 'телефону доверия', 'горячая линия', 'горячей линии', 'линия помощи', 'чат',
  'yardım hattı', 'yardim hatti', 'destek hattı', 'destek hatti', 'acil hat', 'sohbet hattı', 'chat hattı',
  'telefon zaufania', 'telefonu zaufania', 'infolinia', 'infolinii', 'linia pomocy', 'czat', 'telefon dla dzieci',
  'ናይ ሓገዝ ቁጽሪ', 'መስመር ሓገዝ', 'ናይ ሓገዝ ተሌፎን',
];

/**
 * Who will call, when it is not the asker, in the nine other answer languages: "بمن يمكن لابنتي أن تتصل؟",
 * "kızım kimi arayabilir?", "میری بیٹی کس سے بات کر سکتی ہے؟", "gabadhaydu yay la xiriiri kartaa?", "есть ли номер,
 * по которому женщина может сама позвонить?". A message of the language asks for a way (`ways`: who/whom/where, a
 * number, a line, someone) and has a verb of calling, talking or getting help said of someone else (`calls`: third-person
 * forms, or an infinitive where the person is in the dative); the person nearest that verb is the caller: `young`
 * (the lines for young people), `grownUp` (the lines for adults) or `someone` (a pronoun or "herself": no age said).
 * A first-person word (`asker`: I, we, "arayabilirim", "можу", "mogę") means the asker calls and the reading is left as
 * it was; a person right after an `about` word ("насчёт дочери", "w sprawie córki") is the one talked about.
 * A person in another clause (after a comma or a `breaks` word: "дочь удерживают в Чечне, кому звонить?") is not the caller.
 * `age` words follow a number: under 18 is young, 18 and over grown-up. Folded like the text (ş → s, ё → е, أ → ا);
 * a trailing * matches a word prefix, a leading * a word ending. Machine-assisted, not reviewed by native speakers.
 */
export interface OtherWhoWillCall {
  readonly lang: 'ar' | 'so' | 'fa' | 'ur' | 'uk' | 'ru' | 'tr' | 'pl' | 'ti';
  readonly ways: readonly string[];
  readonly calls: readonly string[];
  readonly asker: readonly string[];
  readonly about: readonly string[];
  /** Words that start another clause ("если дочь боится"): a person beyond one is not the caller. */
  readonly breaks: readonly string[];
  readonly young: readonly string[];
  readonly grownUp: readonly string[];
  readonly someone: readonly string[];
  readonly age: readonly string[];
}
export const OTHER_WHO_WILL_CALL: readonly OtherWhoWillCall[] = [
  {
    lang: 'ar',
    ways: ['من', 'بمن', 'لمن', 'مين', 'أين', 'وين', 'رقم', 'الرقم', 'خط', 'هاتف', 'جهة', 'أحد', 'شخص'],
    calls: ['تتصل', 'يتصل', 'تتواصل', 'يتواصل', 'تتحدث', 'يتحدث', 'تتكلم', 'يتكلم', 'تلجأ', 'يلجأ', 'تطلب المساعدة', 'يطلب المساعدة', 'تحصل على', 'يحصل على', 'تتصل*', 'تتواصل*', 'تتحدث*', 'الاتصال', 'التواصل', 'التحدث', 'اللجوء'],
    asker: ['أنا', 'نحن', 'أتصل', 'نتصل', 'أتواصل', 'نتواصل', 'أتحدث', 'نتحدث', 'ألجأ', 'نلجأ', 'يمكنني', 'يمكننا', 'أستطيع', 'نستطيع', 'أقدر', 'نقدر'],
    about: ['بخصوص', 'حول', 'عن', 'بشأن', 'لأجل', 'أجل'],
    breaks: ['إذا', 'اذا', 'لأن', 'لان', 'عندما', 'لكن'],
    young: ['ابنتي', 'لابنتي', 'ابني', 'لابني', 'ابنتها', 'ابنها', 'فتاة', 'الفتاة', 'للفتاة', 'بنت', 'البنت', 'للبنت', 'بنتي', 'لبنتي', 'طالبة', 'الطالبة', 'للطالبة', 'طالب', 'الطالب', 'للطالب', 'طفل*', 'الطفل*', 'للطفل*', 'مراهق*', 'المراهق*', 'للمراهق*', 'قاصر*', 'القاصر*', 'للقاصر*'],
    grownUp: ['امرأة', 'المرأة', 'للمرأة', 'لامرأة', 'السيدة', 'للسيدة', 'الأم', 'للأم', 'أمي', 'الزوجة', 'للزوجة', 'زوجتي', 'العميلة', 'للعميلة', 'العميل', 'للعميل', 'المريضة', 'للمريضة', 'المريض', 'للمريض', 'الرجل', 'للرجل', 'بالغ*', 'البالغ*', 'للبالغ*'],
    someone: ['هي', 'هو', 'بنفسها', 'بنفسه', 'لها', 'له'],
    age: ['سنة', 'سنوات', 'عام', 'عاما', 'عامًا'],
  },
  {
    lang: 'so',
    ways: ['yaa', 'yay', 'yey', 'yuu', 'yaad', 'xagee', 'halkee', 'meeyay', 'lambar*', 'nambar*', 'khad*', 'qof', 'qofka', 'cid', 'cidda', 'meel'],
    calls: ['la xiriir*', 'xiriiri*', 'wici*', 'wacdo', 'wacaan', 'la hadl*', 'hadli*', 'caawimo ka hel*', 'ka heli*', 'u tegi*'],
    asker: ['yaan', 'aan', 'waxaan', 'waan', 'aniga', 'anigu', 'annaga', 'annagu', 'anaga', 'anagu', 'karnaa'],
    about: ['ku saabsan', 'saabsan', 'arrinta', 'arrinteeda', 'arrintiisa', 'dartii', 'darteed', 'dartiis'],
    breaks: ['haddii', 'maxaa yeelay', 'markii', 'laakiin'],
    young: ['gabadh*', 'gabar*', 'wiil*', 'arday*', 'ilmo*', 'ilmaha*', 'carruur*', 'caruur*', 'inan*', 'gabadhayda', 'gabadhaydu', 'wiilkayga', 'wiilkaygu'],
    grownUp: ['naag*', 'haweeney*', 'haweenay*', 'hooyo*', 'hooyada', 'nin', 'ninka', 'macmiil*', 'bukaan*', 'qof weyn', 'xaaskayga'],
    someone: ['iyada', 'iyadu', 'isaga', 'isagu', 'keligeed', 'keligiis', 'nafteeda', 'naftiisa', 'ay', 'uu'],
    age: ['jir', 'jirka', 'jirta', 'sano'],
  },
  {
    lang: 'fa',
    ways: ['کی', 'کسی', 'کس', 'کجا', 'شماره', 'شماره ای', 'شماره‌ای', 'خط', 'تلفن', 'جایی', 'جای'],
    calls: ['زنگ بزند', 'زنگ بزنه', 'زنگ زده', 'تماس بگیرد', 'تماس بگیره', 'صحبت کند', 'صحبت کنه', 'حرف بزند', 'حرف بزنه', 'گپ بزند', 'گپ بزنه', 'مراجعه کند', 'مراجعه کنه', 'کمک بگیرد', 'کمک بگیره', 'کمک بخواهد', 'مشوره بگیرد', 'مشورت بگیرد', 'میتواند زنگ', 'میتواند تماس', 'میتواند صحبت'],
    asker: ['من', 'ما', 'بزنم', 'بزنیم', 'بگیرم', 'بگیریم', 'کنم', 'کنیم', 'میتوانم', 'میتوانیم', 'بخواهم', 'بتوانم'],
    about: ['درباره', 'درباره‌ی', 'درمورد', 'مورد', 'بخاطر', 'خاطر'],
    breaks: ['اگر', 'چون', 'وقتی', 'ولی', 'اما'],
    young: ['دخترم', 'پسرم', 'دختر*', 'پسر*', 'شاگرد*', 'دانش آموز', 'دانش‌آموز', 'دانشآموز', 'نوجوان*', 'کودک*', 'طفل*', 'فرزندم'],
    grownUp: ['زن', 'زنی', 'خانم', 'مادر*', 'مرد', 'مردی', 'مراجع', 'مراجعه کننده', 'بیمار', 'مریض', 'همسرم', 'بزرگسال*'],
    someone: ['او', 'وی', 'خودش', 'خود'],
    age: ['سال', 'ساله', 'سالش', 'سالشه'],
  },
  {
    lang: 'ur',
    ways: ['کس', 'کسے', 'کون', 'کہاں', 'نمبر', 'لائن', 'ہیلپ', 'کوئی', 'کسی', 'جگہ'],
    calls: ['بات کر سکتی', 'بات کر سکتا', 'بات کر سکے', 'بات کرے', 'رابطہ کر سکتی', 'رابطہ کر سکتا', 'رابطہ کر سکے', 'رابطہ کرے', 'فون کر سکتی', 'فون کر سکتا', 'فون کر سکے', 'فون کرے', 'کال کر سکتی', 'کال کر سکتا', 'کال کر سکے', 'مدد لے سکتی', 'مدد لے سکتا', 'مدد لے سکے', 'مدد حاصل کر سکتی', 'مدد حاصل کر سکتا', 'مدد حاصل کر سکے', 'مدد مانگ سکتی', 'مدد مانگ سکتا'],
    asker: ['ہم', 'مجھے', 'ہمیں', 'کروں', 'لوں', 'ہوں', 'سکوں'],
    about: ['بارے', 'لیے', 'لئے', 'متعلق', 'سلسلے'],
    breaks: ['اگر', 'کیونکہ', 'جب', 'لیکن'],
    young: ['بیٹی', 'بیٹا', 'بیٹے', 'لڑکی', 'لڑکا', 'لڑکے', 'طالبہ', 'طالب علم', 'بچی', 'بچہ', 'بچے', 'نوجوان', 'نابالغ'],
    grownUp: ['عورت', 'خاتون', 'ماں', 'والدہ', 'مرد', 'کلائنٹ', 'مریض', 'مریضہ', 'بیوی', 'بالغ'],
    someone: ['وہ', 'خود', 'اسے', 'انہیں'],
    age: ['سال', 'سالہ'],
  },
  {
    lang: 'uk',
    ways: ['кому', 'ким', 'кого', 'куди', 'де', 'номер*', 'телефон*', 'лінія', 'лінію', 'лінії', 'хтось', 'когось'],
    calls: ['подзвонити', 'зателефонувати', 'дзвонити', 'звернутися', 'звернутись', 'звертатися', 'звертатись', 'поговорити', 'звʼязатися', 'звʼязатись', 'зв язатися', 'звязатися', 'отримати допомогу', 'знайти допомогу', 'подзвонить', 'звернеться', 'зателефонує'],
    asker: ['я', 'мені', 'ми', 'нам', 'можу', 'можемо', 'зможу', 'зможемо', 'мушу', 'маю', 'подзвоню', 'звернуся'],
    about: ['про', 'щодо', 'стосовно', 'через', 'заради'],
    breaks: ['якщо', 'коли', 'бо', 'тому', 'але'],
    young: ['донька', 'доньці', 'доньк*', 'дочка', 'дочці', 'дочк*', 'син', 'сину', 'синові', 'дівчин*', 'хлопець', 'хлопцю', 'дитин*', 'дитя', 'підліт*', 'підлітк*', 'учен*', 'школяр*', 'неповнолітн*'],
    grownUp: ['жінк*', 'жінці', 'мати', 'матері', 'мама', 'мамі', 'чоловік', 'чоловікові', 'клієнт*', 'пацієнт*', 'дружин*', 'доросл*'],
    someone: ['вона', 'він', 'їй', 'йому', 'сама', 'сам', 'самостійно'],
    age: ['років', 'рік', 'роки', 'річна', 'річний'],
  },
  {
    lang: 'ru',
    ways: ['кому', 'кем', 'кого', 'куда', 'где', 'номер*', 'телефон*', 'линия', 'линию', 'линии', 'кто нибудь', 'кого нибудь', 'кто то'],
    calls: ['позвонить', 'звонить', 'обратиться', 'обращаться', 'поговорить', 'связаться', 'получить помощь', 'найти помощь', 'позвонит', 'обратится', 'свяжется'],
    asker: ['я', 'мне', 'мы', 'нам', 'могу', 'можем', 'смогу', 'сможем', 'позвоню', 'обращусь', 'обратиться мне'],
    about: ['о', 'об', 'обо', 'про', 'насчет', 'насчёт', 'по поводу', 'поводу', 'из за', 'ради'],
    breaks: ['если', 'когда', 'потому', 'так как', 'но'],
    young: ['дочь', 'дочери', 'дочка', 'дочке', 'дочк*', 'сын', 'сыну', 'сына', 'девочк*', 'девушк*', 'ребенок', 'ребёнок', 'ребенку', 'ребёнку', 'подрост*', 'ученик*', 'ученица', 'ученице', 'школьни*', 'мальчик*', 'несовершеннолетн*'],
    grownUp: ['женщин*', 'мать', 'матери', 'мама', 'маме', 'мужчин*', 'клиент*', 'пациент*', 'жена', 'жене', 'взросл*'],
    someone: ['она', 'он', 'ей', 'ему', 'сама', 'сам', 'самостоятельно'],
    age: ['лет', 'год', 'года', 'летняя', 'летний'],
  },
  {
    lang: 'tr',
    ways: ['kimi', 'kime', 'kimle', 'kiminle', 'kimden', 'nereye', 'nereden', 'nerden', 'nerede', 'numara*', 'hat', 'hattı', 'hatti', 'hattı var', 'biri', 'birisi', 'birine', 'yer'],
    calls: ['arayabilir', 'arayabilecegi', 'arayabileceği', 'arasın', 'arasin', 'ulaşabilir', 'ulasabilir', 'ulaşabileceği', 'ulasabilecegi', 'konuşabilir', 'konusabilir', 'konuşabileceği', 'konusabilecegi', 'konuşsun', 'konussun', 'başvurabilir', 'basvurabilir', 'başvurabileceği', 'basvurabilecegi', 'başvursun', 'basvursun', 'danışabilir', 'danisabilir', 'danışabileceği', 'danisabilecegi', 'yardım alabilir', 'yardim alabilir', 'yardım alabileceği', 'yardim alabilecegi', 'destek alabilir', 'destek alabileceği', 'iletişime geçebilir', 'iletisime gecebilir', 'iletişime geçebileceği', 'iletisime gecebilecegi'],
    asker: ['ben', 'biz', '*bilirim', '*biliriz', '*malıyım', '*maliyim', '*malıyız', '*maliyiz', '*ebileceğim', '*abileceğim', '*ebilecegim', '*abilecegim', '*ayım', '*ayim', '*eyim'],
    about: ['için', 'icin', 'hakkında', 'hakkinda', 'konusunda', 'yüzünden', 'yuzunden'],
    breaks: ['eğer', 'eger', 'çünkü', 'cunku', 'ama', 'fakat'],
    young: ['kızım*', 'kizim*', 'oğlum*', 'oglum*', 'kız', 'kiz', 'kızı', 'kizi', 'kızın', 'kizin', 'öğrenci*', 'ogrenci*', 'çocuk*', 'cocuk*', 'genç', 'genc', 'ergen*', 'oğlan', 'oglan'],
    grownUp: ['kadın*', 'kadin*', 'anne', 'annesi', 'annem', 'adam', 'danışan*', 'danisan*', 'hasta', 'hastanın', 'hastanin', 'müşteri*', 'musteri*', 'yetişkin*', 'yetiskin*', 'eşim', 'esim'],
    someone: ['o', 'kendisi', 'kendisinin', 'kendi', 'kendine'],
    age: ['yaş*', 'yas*'],
  },
  {
    lang: 'pl',
    ways: ['kogo', 'komu', 'kim', 'gdzie', 'numer*', 'telefon*', 'lini*', 'ktoś', 'ktos', 'kogoś', 'kogos'],
    calls: ['zadzwonić', 'dzwonić', 'zwrócić', 'zwracać', 'porozmawiać', 'skontaktować', 'uzyskać pomoc', 'szukać pomocy', 'znaleźć pomoc', 'zadzwoni', 'zwróci', 'porozmawia'],
    asker: ['ja', 'mi', 'my', 'nam', 'mogę', 'możemy', 'moge', 'mozemy', 'powinnam', 'powinienem', 'powinniśmy', 'zadzwonię', 'zadzwonie', 'mógłbym', 'moglbym', 'mogłabym', 'moglabym', 'mam'],
    about: ['o', 'w sprawie', 'sprawie', 'na temat', 'temat', 'z powodu', 'powodu'],
    breaks: ['jeśli', 'jesli', 'jeżeli', 'jezeli', 'gdy', 'kiedy', 'bo', 'ale'],
    young: ['córka', 'córki', 'córce', 'córk*', 'syn', 'syna', 'synowi', 'dziewczyn*', 'chłop*', 'chlop*', 'dzieck*', 'dziecko', 'nastolat*', 'uczeń', 'uczen', 'ucznia', 'uczniowi', 'uczennic*', 'nieletni*'],
    grownUp: ['kobiet*', 'matk*', 'mama', 'mamie', 'mężczyzn*', 'mezczyzn*', 'klient*', 'pacjent*', 'żona', 'zona', 'żonie', 'zonie', 'dorosł*', 'dorosl*'],
    someone: ['ona', 'on', 'sama', 'sam', 'samodzielnie', 'jej'],
    age: ['lat', 'lata', 'letnia', 'letni'],
  },
  {
    lang: 'ti',
    ways: ['መን', 'ንመን', 'ምስ መን', 'ኣበይ', 'ናበይ', 'ቁጽሪ', 'መስመር', 'ሰብ', 'ዝኾነ'],
    calls: ['ክትድው*', 'ክድው*', 'ክትዛረ*', 'ክዛረ*', 'ክትረክ*', 'ክትረኽ*', 'ክረክ*', 'ክረኽ*', 'ትድውል', 'ይድውል'],
    asker: ['ኣነ', 'ንሕና', 'እኽእል', 'ንኽእል', 'ክንድውል', 'ክንዛረብ', 'ክኢለ'],
    about: ['ብዛዕባ', 'ምእንቲ'],
    breaks: ['እንተ', 'ምኽንያቱ', 'ግን'],
    young: ['ጓለይ', 'ወደይ', 'ጓል', 'ጓላ', 'ወዲ', 'ወዳ', 'ቆልዓ', 'ተምሃራይ', 'ተማሃራይ', 'ተምሃሪት', 'መንእሰይ', 'ንኡስ'],
    grownUp: ['ሰበይቲ', 'ኣደ', 'ኣደይ', 'ኣዴታ', 'ሰብኣይ', 'ዓሚል', 'ዓሚልቲ', 'ሕሙም', 'ሕምምቲ', 'በዓልቲ', 'ዓቢ', 'ዓባይ'],
    someone: ['ንሳ', 'ንሱ', 'ባዕላ', 'ባዕሉ'],
    age: ['ዓመት', 'ዓመታ', 'ዓመቱ', 'ዓመታት'],
  },
];
