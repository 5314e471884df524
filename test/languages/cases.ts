import type { Lang } from '../../src/language/languages';

/**
 * What people type, in each of the twelve languages: written here as a user would write them in a chat
 * (lower case, no full stops, everyday words), not copied from the phrasings in content/.
 */
export interface Topic {
  readonly text: string;
  readonly articleId: string;
}

export interface LanguageCases {
  /** Threats to life, or being taken abroad tomorrow: the first reply must be the emergency card. */
  readonly emergencies: readonly string[];
  /** Topic questions and the article each is about; the first also opens the short-message conversations. */
  readonly topics: readonly [Topic, ...Topic[]];
  /** A contact question naming a country, and the special envoy who covers it. */
  readonly contact: { readonly text: string; readonly envoy: string };
  /** The help and language command words as a user of that language types them. */
  readonly help: string;
  readonly language: string;
  /**
   * Teams' locale for the chat. Norwegian workplaces run Teams in bokmål, so nb-NO, except for nynorsk, whose
   * command words ("hjelp", "språk") are the same as bokmål's: there the user's Teams locale decides.
   */
  readonly locale?: string;
}

export const CASES: Readonly<Record<Lang, LanguageCases>> = {
  nb: {
    emergencies: ['broren min sier han skal drepe meg', 'de tar meg med til somalia i morgen'],
    topics: [
      { text: 'hva er egentlig negativ sosial kontroll', articleId: 'negative-social-control' },
      { text: 'hva er æresvold egentlig', articleId: 'honour-related-violence' },
    ],
    contact: { text: 'hvem kontakter jeg når en elev sitter fast i pakistan', envoy: 'envoy-islamabad' },
    help: 'hjelp',
    language: 'språk',
  },
  nn: {
    emergencies: ['bror min seier han skal drepe meg', 'dei tek meg med til somalia i morgon'],
    topics: [
      { text: 'eg lurer på kva kjønnslemlesting eigentleg er', articleId: 'fgm' },
      { text: 'kva meiner ein med negativ sosial kontroll', articleId: 'negative-social-control' },
    ],
    contact: { text: 'kven kan hjelpe ein elev som vert halden att i somalia', envoy: 'envoy-nairobi' },
    help: 'hjelp',
    language: 'språk',
    locale: 'nn-NO',
  },
  en: {
    emergencies: ['my brother says he will kill me', "they're taking me to somalia tomorrow"],
    topics: [
      { text: 'what counts as forced marriage', articleId: 'forced-marriage' },
      { text: 'explain female circumcision to me', articleId: 'fgm' },
    ],
    contact: { text: 'who do i contact, a girl from my class is stuck in iraq', envoy: 'envoy-amman' },
    help: 'help',
    language: 'language',
  },
  ar: {
    emergencies: ['أخي يقول إنه سيقتلني', 'سيأخذونني إلى الصومال غدا'],
    topics: [
      { text: 'ما معنى الزواج القسري', articleId: 'forced-marriage' },
      { text: 'ما هو ختان البنات', articleId: 'fgm' },
    ],
    contact: { text: 'طالبة عالقة في العراق بمن أتصل', envoy: 'envoy-amman' },
    help: 'مساعدة',
    language: 'اللغة',
  },
  so: {
    emergencies: ['walaalkay wuxuu leeyahay waan ku dili doonaa', 'berri ayay i geynayaan soomaaliya'],
    topics: [
      { text: 'gudniinka gabdhaha waa maxay', articleId: 'fgm' },
      { text: 'waa maxay guurka lagu qasbo', articleId: 'forced-marriage' },
    ],
    contact: { text: 'arday baa lagu hayaa soomaaliya, yaan la xiriiraa', envoy: 'envoy-nairobi' },
    help: 'caawimaad',
    language: 'luqadda',
  },
  fa: {
    emergencies: ['برادرم می‌گوید که مرا می‌کشد', 'فردا مرا به افغانستان می‌برند'],
    topics: [
      { text: 'کنترول اجتماعی منفی یعنی چه', articleId: 'negative-social-control' },
      { text: 'ازدواج زوری یعنی چه', articleId: 'forced-marriage' },
    ],
    contact: { text: 'یک شاگرد ما در افغانستان گیر مانده به کی زنگ بزنم', envoy: 'envoy-islamabad' },
    help: 'کمک',
    language: 'زبان',
  },
  ur: {
    emergencies: ['میرا بھائی کہتا ہے کہ وہ مجھے جان سے مار دے گا', 'کل مجھے زبردستی پاکستان لے جا رہے ہیں'],
    topics: [
      { text: 'جبری شادی کسے کہتے ہیں', articleId: 'forced-marriage' },
      { text: 'منفی سماجی کنٹرول کیا ہوتا ہے', articleId: 'negative-social-control' },
    ],
    contact: { text: 'ہماری ایک طالبہ کو پاکستان میں روک لیا گیا ہے کس سے رابطہ کریں', envoy: 'envoy-islamabad' },
    help: 'مدد',
    language: 'زبان',
  },
  uk: {
    emergencies: ["брат каже що вб'є мене", 'завтра мене забирають до Сомалі'],
    topics: [
      { text: 'що таке негативний соціальний контроль', articleId: 'negative-social-control' },
      { text: 'розкажіть про примусові шлюби', articleId: 'forced-marriage' },
    ],
    contact: { text: 'учениця застрягла в Туреччині, до кого звернутися', envoy: 'envoy-ankara' },
    help: 'допомога',
    language: 'мова',
  },
  ru: {
    emergencies: ['брат говорит что убьет меня', 'завтра меня увозят в Ирак'],
    topics: [
      { text: 'что такое женское обрезание', articleId: 'fgm' },
      { text: 'что значит насилие во имя чести', articleId: 'honour-related-violence' },
    ],
    contact: { text: 'ученицу удерживают в Ираке, куда обращаться', envoy: 'envoy-amman' },
    help: 'помощь',
    language: 'язык',
  },
  tr: {
    emergencies: ['abim beni öldüreceğini söylüyor', "yarın beni zorla Türkiye'ye götürüyorlar"],
    topics: [
      { text: 'namus adına şiddet ne demek', articleId: 'honour-related-violence' },
      { text: 'kız çocuklarına sünnet ne demek', articleId: 'fgm' },
    ],
    contact: { text: 'öğrenci türkiyede alıkonuldu kimi aramalıyım', envoy: 'envoy-ankara' },
    help: 'yardım',
    language: 'dil',
  },
  pl: {
    emergencies: ['brat mówi że mnie zabije', 'uczennica mówi że jutro zabierają ją do Somalii'],
    topics: [
      { text: 'czym właściwie jest małżeństwo z przymusu', articleId: 'forced-marriage' },
      { text: 'co to jest okaleczanie narządów płciowych kobiet', articleId: 'fgm' },
    ],
    contact: { text: 'uczeń utknął w Pakistanie, z kim się skontaktować', envoy: 'envoy-islamabad' },
    help: 'pomoc',
    language: 'język',
  },
  ti: {
    emergencies: ['ሓወይ ክቐትለኪ እየ ኢሉኒ', 'ጽባሕ ናብ ኤርትራ ክወስዱኒ እዮም'],
    topics: [
      { text: 'ናይ ግዲ መርዓ እንታይ እዩ', articleId: 'forced-marriage' },
      { text: 'ኣሉታዊ ማሕበራዊ ቁጽጽር እንታይ ማለት እዩ', articleId: 'negative-social-control' },
    ],
    contact: { text: 'ሓንቲ ተምሃሪት ኣብ ኤርትራ ተታሒዛ ኣላ ንመን ክድውል', envoy: 'envoy-nairobi' },
    help: 'ሓገዝ',
    language: 'ቋንቋ',
  },
};
