import { BoundedMemo } from '../language/bounded-memo';
import { normalize, tokenize } from '../language/text';
import type { Utterance } from './types';
import type { DangerDetector } from './understand';

/**
 * Recognises messages that signal immediate danger, in every supported language, whatever language the
 * turn is answered in. Recall matters far more than precision: a false alarm shows emergency numbers
 * above an otherwise normal answer; a miss could cost a life.
 *
 * Rules are regular expressions over normalised text (see `normalize`). Norwegian and English words are
 * first corrected for typos against the rule vocabulary (one edit for words of 5+ letters, two for 9+).
 * Non-Latin languages are matched on stems and common spellings; they need review by native speakers.
 */

/** A word boundary that works for every script (JavaScript's \b only knows ASCII letters). */
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';

/** A rule matches when every part is found somewhere in the message. */
type Rule = readonly RegExp[];

function re(source: string): RegExp {
  return new RegExp(normalize(source), 'u');
}
/** Whole words (or word beginnings when the alternative ends with `*`). */
function words(list: string): RegExp {
  const alternatives = list
    .split('|')
    .map((w) => normalize(w.trim()))
    .filter((w) => w.length > 0)
    .map((w) => (w.endsWith('*') ? escape(w.slice(0, -1)) + '[\\p{L}\\p{M}]*' : escape(w)).replace(/ /g, '\\s+'));
  return new RegExp(`${B}(?:${alternatives.join('|')})${E}`, 'u');
}
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------- Norwegian (bokmål and nynorsk) and English ----------

const NOW = words(
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i går|igår|i gaar|yesterday|last night|i helga|til helgen|nå|no|i dag|idag|i kveld|ikveld|i natt|inatt|i morgen|imorgen|i morgon|imorgon|i morra|imorra|straks|snart|akkurat nå|om litt|i helgen|i helga|neste uke|neste veke|denne uka|denne veka|etter skolen|etter skulen|today|tonight|now|right now|tomorrow|this weekend|next week|this week|soon|after school|in an hour|any minute',
);
const KILL = words(
  'drepe|drep|dreper|drept|drepes|drap|myrde|myrder|myrdet|ta livet av|ta livet hennes|ta livet hans|kill|kills|killed|killing|murder|murdered|kil',
);
const SELF_HARM = words(
  'selvmord|sjølvmord|selvmordstanker|ta livet mitt|ta livet sitt|ta livet mitt|ta mitt eget liv|skade meg selv|skade seg selv|ikke leve lenger|ikkje leve lenger|ikkje leve meir|vil ikke leve|vil ikkje leve|vil dø|suicide|suicidal|kill myself|kill herself|kill himself|end my life|end her life|want to die|wants to die|hurt myself|self harm|self-harm',
);
const BEAT = words(
  'slår|slått|slo|slag|banket|banker|juling|denger|denget|mishandlet|mishandler|sparket|kvelertak|kvalt|skadet|blåmerker|blåmerke|beaten|beat|beats|beating|hit|hits|hitting|punched|kicked|strangled|choked|hurt|bruises|abused',
);
const WEAPON = words('kniv|kniven|våpen|pistol|gevær|skyte|skutt|skyter|knivstikke|knivstukket|stikke ned|knife|gun|weapon|shoot|shot|stab|stabbed');
/** Violence grave enough on its own, whenever it happened. */
const SEVERE_VIOLENCE = words(
  'banket opp|banka opp|banke opp|juling|kvelertak|kvalt|kvelte|kvele|brent|brente|strangled|strangle|strangling|choked|choking|beat up|beaten up|beat her up|beat me up|burned|burnt',
);
/** Being hit, said of a person: "slo meg", "slått henne", "hits me". */
const BEAT_PERSON = new RegExp(`${B}(slår|slått|slo|slåss|banker|banket|denger|sparker|sparket|hit|hits|hitting|beats|beat|beating|kicked|kicks|punched|punches)\\s+(meg|henne|ham|han|hun|oss|deg|me|her|him|us)${E}`, 'u');
/** Fear of what happens at home or for one's life. */
const FEAR = words('redd|frykter|frykte|tør ikke|tør ikkje|scared|afraid|fear|frightened|terrified');
const HARM = words('slå|slår|skade|skader|drepe|straffe|hurt|hurts|beat|kill|punish|harm');
const FEAR_FOR_LIFE = words(
  'redd for livet|redd for livet mitt|redd for livet hennes|frykter for livet|livet mitt er i fare|livet hennes er i fare|fear for my life|afraid for my life|scared for my life|fear for her life|my life is in danger|her life is in danger',
);
const ABDUCTED = words(
  'dratt inn i en bil|dratt inn i bilen|dratt inn i ein bil|tatt med makt|tvunget inn i|tvinga inn i|kidnappet|kidnappa|bortført|bortførd|dragged|forced into a car|abducted|kidnapped|taken by force',
);
const RAN_AWAY = words(
  'rømt hjemmefra|rømt heimanfrå|rømte hjemmefra|rømde heimanfrå|stukket av hjemmefra|ingen steder å sove|ingen plass å sove|ingen stad å sove|ran away from home|run away from home|running away from home|nowhere to sleep|nowhere to go|nowhere to stay|homeless tonight',
);
const NOT_SAFE = words('ikke trygg|ikkje trygg|ikke trygt|ikkje trygt|utrygg|not safe|unsafe');
const STALKED = words('følger etter meg|følgjer etter meg|forfølger meg|forfølgjer meg|following me|stalking me|followed me');
const TAKE_PERSON = words('ta henne|ta meg|tar henne|tar meg|hente henne|hente meg|take her|take me|get her|get me|come for me|come for her');
const THREAT = words('truer|truet|trua|truga|trugar|trussel|trusler|threatens|threatened|threat|threatening');
const MARRY = words('gifte|giftes|giftast|gift|giftet|gifta|bryllup|bryllaup|ekteskap|tvangsgift*|tvangsekteskap|married|marry|marriage|wedding');
const SENT_AWAY = words(
  'sendes|sendt|sende|sender|tar meg med|tar henne med|tar oss med|tek meg med|tek henne med|tek oss med|teke meg med|reise|reiser|reise til|drar|dra|fly|flyet|flybillett|billett|tatt ut av landet|tas ut av landet|ta meg ut av landet|ut av landet|utlandet|hjemlandet|heimlandet|sent|sending|taking me|taken|take me|taking her|flight|fly|plane|ticket|abroad|out of the country|back home|home country',
);
const LOCKED = words(
  'innestengt|innesperret|låst inne|låste meg inne|låste henne inne|innelåst|sperret inne|sperra inne|stengt inne|holdt fanget|holdes fanget|får ikke gå ut|får ikkje gå ut|locked in|locked up|locked me|locking me|held captive|not allowed to leave|cant leave|can\'t leave|kidnapped|kidnappet|bortført',
);
const PASSPORT = words('passet|passa|passport|passports');
/** "tør ikke gå hjem" with the spellings people use in a hurry. */
const AFRAID_HOME_LOOSE = new RegExp(`${B}(?:tør|tørr|tor|torr|tørs)\\s+(?:ikke|ikkje|ikk|ik|ike)\\s+(?:å\\s+)?(?:gå|ga|dra|reise|komme|kome)\\s+(?:hjem|heim|hjemme|heime)${E}`, 'u');
const AFRAID_HOME = words(
  'tør ikke gå hjem|tør ikkje gå heim|tør ikke dra hjem|tør ikkje dra heim|redd for å gå hjem|redd for å gå heim|kan ikke gå hjem|kan ikkje gå heim|vil ikke hjem|vil ikkje heim|afraid to go home|scared to go home|can\'t go home|cant go home|cannot go home|not safe at home|ikke trygg hjemme|ikkje trygg heime|utrygg hjemme',
);
const DANGER_WORDS = words(
  'akutt fare|i fare|livsfare|livsfarlig|fare for livet|nødsituasjon|in danger|danger|emergency|life threatening|life-threatening|urgent help|sos|112',
);
/**
 * "hjelp!" / "help me" as a plea. A bare "hjelp"/"help" also matches: the bot itself shows the help card for
 * the plain command, but "hjelp meg å bruke boten" ("help me use the bot") and "can you help me translate my CV"
 * are requests for a task, not a plea.
 */
const PLEA_WORDS = 'hjelp|help|hjelp meg|help me|hjelp oss|help us|please help|please help me|help me please|hjelp meg nå|help me now';
/** Everyday tasks a person asks help with ("can you help me translate my CV"): a request, not a plea. */
const TASK_VERBS = 'translate|oversette|omsetje|fill|fylle|read|lese|spell|stave|format|formatere|practise|practice|øve|learn|lære|revise|proofread|summarise|summarize|oppsummere|calculate|regne|plan|planlegge|book|bestille|choose|velge';
const HELP_PLEA = new RegExp(
  `^[\\s!.,]*(?:${PLEA_WORDS})[\\s!.,]*$|${B}(?:hjelp|help|hjelp meg|help me|hjelp oss|help us)\\s*!|${B}(?:hjelp meg|help me|hjelp oss|help us|please help(?![\\s,]+(?:me|us)${E}))${E}(?![\\s,]+(?:å|med|til|to|with|understand|find|forstå|finne|write|skrive|bruke|use|get|answer|svare|apply|søke|make|lage|prepare|forberede|explain|forklare|${TASK_VERBS})${E})`,
  'u',
);

/** Rules that name harm to someone: danger whatever else the message says. */
const LATIN_STRONG: readonly Rule[] = [
  [KILL],
  [SELF_HARM],
  [LOCKED],
  [AFRAID_HOME],
  [AFRAID_HOME_LOOSE],
  [HELP_PLEA],
  [WEAPON],
  [SEVERE_VIOLENCE],
  [BEAT_PERSON],
  [FEAR, HARM],
  [FEAR_FOR_LIFE],
  [ABDUCTED],
  [RAN_AWAY],
  [NOT_SAFE],
  [STALKED],
];
/**
 * Rules that pair a topic with a time or name danger in general words ("in danger", "sent … now"): danger in a
 * story, but not in a general question about the same topic ("signs that a pupil is in danger of forced marriage",
 * "last year a pupil was sent abroad, now she is back"), which the situation reader recognises (see `general`).
 */
const LATIN_WEAK: readonly Rule[] = [
  [DANGER_WORDS],
  [TAKE_PERSON, NOW],
  [BEAT, NOW],
  [MARRY, NOW],
  [SENT_AWAY, NOW],
  [PASSPORT, SENT_AWAY],
  [PASSPORT, NOW],
];

// ---------- Other languages (patterns on normalised text; Arabic-script letters are normalised by `normalize`) ----------

const OTHER_RULES: readonly Rule[] = [
  // Arabic (ة/ه and the alef forms are written both ways)
  [re('ساعدونی|ساعدنی|النجد[ةه]|[اأ]نقذونی|[اأ]نقذنی')],
  [re('یقتلنی|سیقتلنی|یقتلونی|سیقتلونی|قتلی|سیقتلها|یقتلها|بالقتل|انتحار|[اأ]قتل نفسی')],
  [re('محبوس|حبسونی|حبسنی|مسجون|[اأ]غلقوا علی|قفلوا علی')],
  [re('ضربنی|یضربنی|یضربوننی|ضربونی|اعتدی علی|[اأ]عتدی علی')],
  [re('[اأ]تزوج|الزواج|زواج|یزوجوننی|تزویجی|سیرسلوننی|یرسلوننی|السفر|یسفروننی|سیاخذوننی|سی[اأ]خذوننی|ی[اأ]خذوننی|یاخدونی|یودوننی|سیودوننی'), re('غدا|الیوم|اللیل[ةه]|الان|الآن|الاسبوع القادم|الأسبوع القادم|بکر[ةه]')],
  [re('فی خطر|خطر علی حیاتی|خائف[ةه]? من العود[ةه]|[اأ]خاف العود[ةه]')],
  [re('سکین|هربت من البیت|هربت من المنزل|خائف[ةه]? علی حیاتی|حیاتی فی خطر')],
  // Somali
  [re('i caawi|i caawiya|caawimaad|caawin|naga caawi|gargaar')],
  [re('i dili|i dilaya|dili doona|dilayaa|dilaa|wuu i dili|waa i dilayaan|is dil|isdil|is-dil|naftayda qaado')],
  [re('garaac|garaacay|garaacayaan|garaacaya|i garaacay|i dhuftay|dhuftay|dhufanayaan')],
  [re('xiray|xireen|xiran|la i xiray|igu xiray|igu xireen|xabsi')],
  [re('guur|guursado|guursanayo|guursiin|guursiinayaan|la ii guursado|safar|la i geynayaa|la i geyn|i geyn|geynayaan|i qaadayaan|qaadayaan|dirayaan|i diraya'), re('berri|maanta|caawa|hadda|usbuuca soo socda')],
  [re('khatar|waan baqayaa guriga')],
  [re('mindi|waan ka cararay guriga|ka cararay guriga|nolosheyda khatar|naftayda khatar')],
  // Dari / Persian
  [re('کمکم کنید|کمک کنید|کمک!|به دادم برسید|نجاتم دهید')],
  [re('می کشد|میکشد|میکشه|می کشه|مرا می کشند|میکشند|مرا بکشد|بکشند|کشتن|قتل|خودکشی|خود کشی')],
  [re('لت و کوب|لت وکوب|مرا زد|میزند|می زند|کتک|لت کرد')],
  [re('زندانی|قفل کرده|بند کرده|در خانه بند|حبس')],
  [re('ازدواج|عروسی|می برند|میبرند|بفرستند|می فرستند|میفرستند|سفر'), re('فردا|امروز|امشب|همین حالا|هفته آینده|هفته بعد')],
  [re('در خطر|خطر جانی|می ترسم به خانه|میترسم به خانه')],
  [re('چاقو|از خانه فرار|جانم در خطر|جان من در خطر')],
  // Urdu
  [re('میری مدد|مدد کریں|مدد کرو|بچاؤ|بچاو|مجھے بچا')],
  [re('مار ڈالے|مار ڈالیں|مار دے گا|مار دیں گے|قتل|جان سے مار|خودکشی|خود کشی')],
  // تشدد (violence) alone is the topic word of calm questions; violence done to someone is named by the verbs.
  [re('مجھے مارا|مارتے ہیں|مارتا ہے|پیٹا|پیٹتے|مجھ پر تشدد')],
  [re('بند کر دیا|بند کردیا|قید|کمرے میں بند|گھر میں بند')],
  [re('شادی|لے جا رہے|بھیج رہے|بھیجیں گے|لے جائیں گے'), re('کل|آج|آج رات|ابھی|اگلے ہفتے')],
  [re('خطرے میں|گھر جانے سے ڈر')],
  [re('چاقو|گھر سے بھاگ|جان کو خطرہ|میری جان خطرے')],
  // Ukrainian
  [re('допоможіть|допоможи|рятуйте|врятуйте')],
  [re("у?вб[ʼ'’]?(ю|є|ити|ють|ила|ив)|вбивство|самогубств|покінчити з собою|погрожує вбити|погрожують вбити")],
  [re("б[ʼ'’]?ють мене|б[ʼ'’]?є мене|побили|побив|побила|знущаються|б[ʼ'’]?ють")],
  // Not being let out with friends is control, not confinement: the situation cues (content/understanding/situation) read being locked in.
  [re('замкнули|замкнув|зачинили|закрили мене')],
  [re('заміж|одружити|шлюб|забирають|заберуть|забрати|повезуть|везуть|вивезуть|вивозять|відправлять|за кордон|додому на батьківщину'), re('завтра|сьогодні|зараз|ввечері|цього тижня|наступного тижня')],
  [re('в небезпеці|небезпека|боюся йти додому|боюсь йти додому')],
  [re('ніж|ножем|втекла з дому|втік з дому|боюся за своє життя|боюсь за своє життя')],
  // Russian
  [re('помогите|помоги мне|спасите')],
  [re('убь[её]т|убьют|убить|убила|убил|убийств|самоубийств|покончить с собой|грозится меня убить|угрожает убить')],
  [re('бьют меня|бь[её]т меня|избили|избил|избила|побили|побил')],
  [re('заперли|запер|заперта|заперт|держат взаперти')],
  [re('замуж|женить|брак|забирают|заберут|забрать|повезут|везут|увезут|увозят|отправят|отправляют|за границу|на родину'), re('завтра|сегодня|сейчас|вечером|на этой неделе|на следующей неделе')],
  [re('в опасности|опасно|боюсь идти домой')],
  [re('нож|ножом|сбежала из дома|сбежал из дома|боюсь за свою жизнь')],
  // Turkish (with and without Turkish letters)
  // A cry for help ("yardım edin!", "bana yardım et", "imdat"), not the word itself: "nasıl yardım edebilirim", "kira
  // yardımı", "yardımcı öğretmen" are calm.
  [re('yard[ıi]m ed[ıi]n|yard[ıi]m et(?:\\s|$|!)|bana yard[ıi]m|imdat|kurtar[ıi]n|beni kurtar')],
  [re('[öo]ld[üu]r|[öo]ld[üu]recek|intihar|kendimi [öo]ld[üu]r')],
  // "şiddet" (violence) alone is the topic word of calm questions ("namus adına şiddet ne demek"); violence done to someone is named by the verbs.
  [re('d[öo]v[üu]yor|d[öo]vd[üu]|d[öo]vecek|d[öo]v[üu]l|vurdu|bana [şs]iddet|[şs]iddet uygul')],
  [re('kilitled|kilitli|hapsetti|kapatt[ıi]lar')],
  [re('evlendir|evlen|zorla|g[öo]t[üu]recek|g[öo]nderecek|yurtd[ıi][şs][ıi]|memleket'), re('yar[ıi]n|bug[üu]n|bu gece|[şs]imdi|bu hafta|haftaya')],
  [re('tehlikede|eve gitmekten korkuyorum')],
  [re('b[ıi][çc]ak|evden ka[çc]t[ıi]m|hayat[ıi]mdan korkuyorum|can[ıi]m tehlikede')],
  // Polish (with and without Polish letters)
  [re('pomocy|pom[óo][żz] mi|pom[óo][żz]cie|ratunku')],
  [re('zabij|zabi[ćc]|zabije|zabij[ąa]|samob[óo]j|odebra[ćc] sobie [żz]ycie')],
  [re('bije mnie|bij[ąa] mnie|pobi[łl]|pobili|pobi[łl]a|bicie')],
  [re('zamkn[ęe]li|zamkn[ąa][łl]|zamkni[ęe]t|nie wypuszczaj')],
  [re('[śs]lub|za m[ąa][żz]|ma[łl][żz]e[ńn]stw|zabieraj|zabior[ąa]|zabra[ćc]|zawioz[ąa]|wywioz[ąa]|wywo[żz][ąa]|wy[śs]l[ąa]|za granic'), re('jutro|dzi[śs]|dzisiaj|teraz|wieczorem|w tym tygodniu|w przysz[łl]ym tygodniu')],
  [re('w niebezpiecze[ńn]stwie|niebezpiecze[ńn]stw|boj[ęe] si[ęe] wr[óo]ci[ćc] do domu')],
  [re('n[óo][żz]|no[żz]em|uciek[łl]am z domu|uciek[łl] z domu|boj[ęe] si[ęe] o (swoje )?[żz]ycie')],
  // Tigrinya (Ge'ez script)
  [re('ሓግዙኒ|ሓግዙና|ረድኡኒ|ኣድሕኑኒ')],
  [re('ክቐትለ|ክቐትሉ|ቐቲሉ|ቕተለ|ቕትለት|ቐተለ|ርእሰ-ቅትለት|ርእሰ ቅትለት|ነብሰይ ክቐትል')],
  [re('ወቒዑ|ይወቕዑ|ወቕዑ|ይወቕዕ|ሃሪሙ|ይህርሙ')],
  [re('ዓጽዮም|ዓጺዮም|ዓጽዩ|ተዓጽየ|ተቖሊፈ')],
  [re('መርዓ|ከመርዕዉ|ክምርዖ|ወሲዶም|ክወስዱ|ክሰዱ|ይሰዱ'), re('ጽባሕ|ሎሚ|ሕጂ|ሎሚ ምሸት')],
  [re('ኣብ ሓደጋ|ሓደጋ|ካብ ገዛ ሃዲመ|ካብ ገዛ ሃዲማ')],
];

// ---------- Typo tolerance for Norwegian and English ----------

/** Rule words that ordinary words are one letter away from ("mange" → "fange"); never a correction target. */
const NOT_CORRECTED = new Set(['sende', 'sendt', 'sendes', 'sender', 'reise', 'reiser', 'gifte', 'giftes', 'gifta', 'giftet', 'ticket', 'plane', 'flight', 'taken', 'hurts', 'hits', 'beats', 'threat', 'killing', 'abused', 'skadet', 'slaget', 'denne', 'sending', 'kvalt', 'kvele', 'brent', 'burned', 'shoot', 'stab']);

/** Ordinary words one letter from a rule word that stays a target ("våren", spring → "våpen"): never corrected. */
const NOT_TYPOS: ReadonlySet<string> = new Set(['våren', 'varen']);

/** Every Latin word the rules know, for typo correction. */
const RULE_WORDS: ReadonlySet<string> = new Set(
  [NOW, KILL, SELF_HARM, BEAT, WEAPON, THREAT, MARRY, SENT_AWAY, LOCKED, PASSPORT, AFRAID_HOME, DANGER_WORDS, SEVERE_VIOLENCE, FEAR_FOR_LIFE, ABDUCTED, RAN_AWAY]
    .flatMap((r) => r.source.match(/[a-zæøå]+/gu) ?? [])
    .filter((w) => w.length >= 5 && !NOT_CORRECTED.has(w)),
);

function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Optimal string alignment distance (transpositions count as one edit: "drpee" → "drepe").
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] ?? [];
      const prev = d[i - 1] ?? [];
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
  }
  return (d[rows - 1]?.[cols - 1] ?? Infinity) <= max;
}

/** Recent corrections: each needs an edit-distance check against every rule word. */
const corrections = new BoundedMemo<string, string>(5000);

/** The rule word a token is a typo of, or the token itself. */
function correctToken(token: string): string {
  if (token.length < 4 || RULE_WORDS.has(token) || NOT_TYPOS.has(token)) return token;
  return corrections.get(token, (t) => {
    const max = t.length >= 9 ? 2 : 1;
    // Typos rarely hit the first letter; requiring it keeps "ganger" from becoming "danger".
    for (const word of RULE_WORDS) if (word[0] === t[0] && withinDistance(t, word, max)) return word;
    return t;
  });
}

/** Replaces misspelt words by the rule word they are closest to, so "drpe meg" and "tørr ikke gå hjem" still match. */
export function correctTypos(normalized: string): string {
  return tokenize(normalized).map(correctToken).join(' ');
}

function matches(rules: readonly Rule[], text: string): boolean {
  return rules.some((rule) => rule.every((part) => part.test(text)));
}

/** Phrases that name the opposite of danger ("police non-emergency number"); removed before matching. */
const NOT_URGENT = /(?<![\p{L}])(non[- ]?emergency|not urgent|not an emergency|no emergency|ikke akutt|ikkje akutt|ikke haster|ikkje hastar|ikke en nødsituasjon|ikkje ein nødsituasjon)(?![\p{L}])/gu;

/** How plainly a message names danger: harm to someone (strong), or a topic at a time or danger in general words (weak). */
export type DangerStrength = 'strong' | 'weak';

/** Rules of the other languages with one part name harm; those pairing a topic with a time are weak. */
const OTHER_STRONG = OTHER_RULES.filter((rule) => rule.length === 1);
const OTHER_WEAK = OTHER_RULES.filter((rule) => rule.length > 1);

/** How plainly the normalised message signals immediate danger in any supported language, or undefined. */
export function dangerStrength(message: string): DangerStrength | undefined {
  const normalized = message.replace(NOT_URGENT, ' ');
  const corrected = correctTypos(normalized);
  const typos = corrected !== normalized;
  if (matches(LATIN_STRONG, normalized) || matches(OTHER_STRONG, normalized) || (typos && matches(LATIN_STRONG, corrected))) return 'strong';
  if (matches(LATIN_WEAK, normalized) || matches(OTHER_WEAK, normalized) || (typos && matches(LATIN_WEAK, corrected))) return 'weak';
  return undefined;
}

/** True when the normalised message signals immediate danger in any supported language. */
export function signalsDanger(message: string): boolean {
  return dangerStrength(message) !== undefined;
}

export const dangerDetector: DangerDetector = {
  isDanger: (u: Utterance) => signalsDanger(u.normalized),
};
