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

