import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { expectCalmByTheRules, isDanger } from '../helpers/danger-alarm';

/**
 * A harm named as a topic and a harm done to someone (issue #13, topic33), both ways, in our own probe sentences in all
 * twelve languages (typed as people type: no å/ø, nynorsk, second-language word order).
 *
 * A. A harm named generally ("in some countries they cut girls", a lesson on forced marriage, girls sent abroad, children
 * beaten) and then said to be done to a particular person by a pronoun or "the same" ("her mother will do it to her",
 * "they will do the same to me", "хоче того ж для сестри") with a time, a season or a journey: the emergency card first.
 * Their calm twins (a lesson, a film, "in some countries they do it", a question about the law, a lesson next week) get
 * no attention block from the rules.
 *
 * B. A harm named only as what help is asked for ahead ("if there's ever a problem with forced marriage, who do we
 * call?", "just in case") beside a trip or a wedding the person is said to want, and an embassy asked which handles
 * forced marriages: calm. Their danger twins keep a real cue (an age under 18, a passport taken, a threat, "she doesn't
 * want", "against her will") and keep the emergency card.
 */
describe('a harm named as a topic, then done to someone (topic33, A)', () => {
  const runner = conversationRunnerPerFile();

  const danger: [Lang, string][] = [
    ["en", "my friend told me that in some countries they cut girls, and her mother says she will do it to her this summer"],
    ["en", "we learned about forced marriage at school. my dad says they will do the same to me when we go to pakistan in july"],
    ["en", "in our culture they send kids back home to learn manners, my uncle says he will do that to my cousin next month"],
    ["en", "my aunt talks about circumcision of girls like its normal and she wants the same for my little sister when they travel"],
    ["en", "they marry off girls young in my family's village, and now my parents want the same for me this summer"],
    ["en", "there was a film about girls being sent abroad. my brother said they will do it to me after exams"],
    ["en", "her father beats people who disobey, he said he will do it to her tonight"],
    ["en", "i read about fgm online, my grandma says they will do it to my sister in somalia in the holidays"],
    ["nb", "venninna mi sa at i noen land kutter de jenter, og mora hennes sier hun skal gjøre det med henne i sommer"],
    ["nb", "vi hadde om tvangsekteskap på skolen. faren min sier de skal gjøre det samme med meg når vi reiser til pakistan i juli"],
    ["nb", "i kulturen vår sender de barn hjem for å lære seg folkeskikk, og onkelen min sier han skal gjøre det med meg i ferien"],
    ["nb", "tanta mi snakker om omskjæring av jenter og hun vil ha det samme for lillesøstera mi når de reiser i sommer"],
    ["nb", "de gifter bort jenter tidlig i landsbyen, og na vil foreldra mine gjore det samme med meg i sommerferien"],
    ["nb", "jeg leste om kjønnslemlestelse, bestemor sier de skal gjore det med søstera mi i somalia i ferien"],
    ["nn", "ho fortalde at i nokre land skjer dei jenter, og mora hennar vil gjere det med henne i ferien"],
    ["nn", "me lærte om tvangsekteskap på skulen, og far min seier dei skal gjere det same med meg når me reiser til irak i sommar"],
    ["nn", "i familien min sender dei ungar til heimlandet for å verte oppdregne, og no vil dei gjere det med meg etter eksamen"],
    ["ar", "صديقتي قالت إن في بعض البلدان يختنون البنات، وأمها تقول إنها ستفعل ذلك بها هذا الصيف"],
    ["ar", "درسنا عن الزواج القسري في المدرسة، وأبي يقول إنهم سيفعلون نفس الشيء معي عندما نسافر إلى باكستان في يوليو"],
    ["ar", "جدتي تتكلم عن ختان البنات وتريد نفس الشيء لأختي الصغيرة عندما يسافرون في العطلة"],
    ["so", "saaxiibtey waxay ii sheegtay in dalal qaar gabdhaha la gudo, hooyadeedna waxay leedahay inay sidaas ku samayn doonto xagaagan"],
    ["so", "waxaan dugsiga ku baranay guurka qasabka ah, aabahay wuxuu leeyahay sidaas oo kale ayay igu samayn doonaan marka aan u safarno soomaaliya bisha luulyo"],
    ["so", "ayeeyaday waxay ka hadashaa gudniinka gabdhaha, waxay rabtaa in walaashay yar sidaas oo kale lagu sameeyo fasaxa"],
    ["fa", "دوستم گفت در بعضی کشورها دختران را ختنه می‌کنند و مادرش می‌گوید این تابستان همین کار را با او می‌کند"],
    ["fa", "در مدرسه درباره ازدواج اجباری یاد گرفتیم، پدرم می‌گوید وقتی تابستان به افغانستان برویم همین کار را با من می‌کنند"],
    ["fa", "عمه‌ام از ختنه دختران حرف می‌زند و همین را برای خواهر کوچکم می‌خواهد وقتی در تعطیلات سفر کنند"],
    ["ur", "میری دوست نے بتایا کہ کچھ ملکوں میں لڑکیوں کا ختنہ کرتے ہیں، اور اس کی ماں کہتی ہے کہ اس گرمی میں وہ اس کے ساتھ بھی یہی کرے گی"],
    ["ur", "ہم نے اسکول میں زبردستی کی شادی کے بارے میں پڑھا، ابو کہتے ہیں کہ جب ہم جولائی میں پاکستان جائیں گے تو میرے ساتھ بھی یہی کریں گے"],
    ["ur", "دادی لڑکیوں کے ختنے کی بات کرتی ہیں اور چھٹیوں میں میری چھوٹی بہن کے لیے بھی یہی چاہتی ہیں"],
    ["uk", "подруга розповіла, що в деяких країнах дівчатам роблять обрізання, і її мама каже, що зробить це з нею цього літа"],
    ["uk", "ми вчили в школі про примусові шлюби, тато каже, що зроблять те саме зі мною, коли ми поїдемо в липні"],
    ["uk", "мій брат каже, що в нашій родині неслухняних б'ють, і що зробить це зі мною сьогодні ввечері"],
    ["ru", "подруга рассказала, что в некоторых странах девочкам делают обрезание, и её мама говорит, что сделает это с ней этим летом"],
    ["ru", "мы проходили в школе принудительные браки, а папа говорит, что сделают то же самое со мной, когда поедем в Дагестан летом"],
    ["ru", "бабушка рассказывает про обрезание девочек и хочет того же для моей младшей сестры на каникулах"],
    ["tr", "arkadaşım bazı ülkelerde kızları sünnet ettiklerini söyledi, annesi de bu yaz aynısını ona yapacağını söylüyor"],
    ["tr", "okulda zorla evlendirme konusunu işledik, babam temmuzda türkiyeye gidince aynısını bana yapacaklarını söylüyor"],
    ["tr", "babaannem kız sünnetinden bahsediyor ve tatilde küçük kız kardeşim için de aynısını istiyor"],
    ["pl", "koleżanka powiedziała, że w niektórych krajach obrzezają dziewczynki, a jej mama mówi, że zrobi jej to tego lata"],
    ["pl", "w szkole mieliśmy o przymusowych małżeństwach, a tata mówi, że zrobią mi to samo, kiedy pojedziemy do pakistanu w lipcu"],
    ["pl", "babcia opowiada o obrzezaniu dziewczynek i chce tego samego dla mojej młodszej siostry w wakacje"],
    ["ti", "ዓርከይ ኣብ ገለ ሃገራት ንኣዋልድ ይገርዝወን ኢላ ነጊራትኒ፡ ኣዲኣ ድማ በዚ ሓጋይ ከምኡ ክትገብረላ እያ ትብል"],
    ["ti", "ኣብ ቤት ትምህርቲ ብዛዕባ ግዱድ መርዓ ተማሂርና፡ ኣቦይ ናብ ኤርትራ ክንከይድ ከለና ከምኡ ክገብሩለይ እዮም ይብል"],
    ["ti", "ዓባየይ ብዛዕባ ግርዘት ኣዋልድ ትዛረብ፡ ንንእሽቶ ሓብተይ ድማ ኣብ ዕረፍቲ ከምኡ ትደሊ"],
    ["en", "in the news they talked about girls sent abroad to marry, and my parents say they will do the same to me next summer"],
    ["nb", "vi snakka om omskjæring i timen, og bestemora mi sa at de skal gjore det med lillesøstera mi når vi drar til sudan"],
    ["nb", "pappa sier at i hjemlandet slår de barn som ikke hører etter, og at han skal gjøre det med meg i kveld"],
    ["ru", "в новостях говорили про то, что девочек отправляют за границу замуж, а родители говорят, что сделают то же самое со мной летом"],
    ["pl", "czytałam o obrzezaniu, a ciocia mówi, że zrobią mi to samo w wakacje w somalii"],
    ["tr", "annem kız sünnetinin normal olduğunu söylüyor, yazın somaliye gidince aynısını kız kardeşime yapacaklar"],
  ];

  it.each(danger)('%s: "%s" gets the full emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });

  const calm: [Lang, string][] = [
    ["en", "we had a lesson about fgm today, in some countries they do it to girls when they are small. is it illegal in norway?"],
    ["en", "i watched a film about forced marriage, in the film the father wants the same for his daughter. is that legal here?"],
    ["en", "in some countries they cut girls. what does the law in norway say about it?"],
    ["nb", "jeg så en film om tvangsekteskap der faren ville det samme for datteren. er det lov her?"],
    ["nn", "i nokre land gjer dei det med jenter. kva seier lova i noreg om det?"],
    ["ar", "في بعض البلدان يختنون البنات. ماذا يقول القانون في النرويج عن ذلك؟"],
    ["so", "dalal qaar ayaa gabdhaha la gudaa. maxay sharciga norway ka tiraahdaa?"],
    ["fa", "در بعضی کشورها دختران را ختنه می‌کنند. قانون نروژ در این باره چه می‌گوید؟"],
    ["ur", "کچھ ملکوں میں لڑکیوں کا ختنہ کرتے ہیں۔ ناروے کا قانون اس بارے میں کیا کہتا ہے؟"],
    ["uk", "у деяких країнах дівчатам роблять обрізання. що каже про це закон у Норвегії?"],
    ["ru", "в некоторых странах девочкам делают обрезание. что говорит об этом закон в Норвегии?"],
    ["tr", "bazı ülkelerde kızları sünnet ediyorlar. norveç yasası bu konuda ne diyor?"],
    ["pl", "w niektórych krajach obrzezają dziewczynki. co mówi o tym prawo w norwegii?"],
    ["ti", "ኣብ ገለ ሃገራት ንኣዋልድ ይገርዝወን። ሕጊ ኖርወይ ብዛዕባዚ እንታይ ይብል?"],
    ["en", "i watched a documentary about fgm last week. my friend wants to watch it too this summer. is it on netflix?"],
    ["nb", "i noen land kutter de jenter. vi skal ha om det på skolen i neste uke. hva sier loven?"],
    ["ru", "в некоторых странах девочкам делают обрезание. в следующем месяце у нас будет урок об этом. что говорит закон?"],
    ["pl", "w niektórych krajach obrzezają dziewczynki. w przyszłym tygodniu mamy o tym lekcję. co mówi prawo?"],
    ["uk", "в деяких країнах дівчатам роблять обрізання. наступного тижня у нас урок про це. що каже закон?"],
    ["tr", "bazı ülkelerde kızları sünnet ediyorlar, gelecek hafta okulda bunu işleyeceğiz. yasa ne diyor?"],
    ["ar", "في بعض البلدان يختنون البنات، وسندرس هذا الموضوع في المدرسة الأسبوع القادم. ماذا يقول القانون؟"],
  ];

  it.each(calm)('%s: "%s" stays calm by the rules', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });
});

describe('a harm named only as the topic of help asked ahead beside a wanted trip or wedding (topic33, B)', () => {
  const runner = conversationRunnerPerFile();

  const calm: [Lang, string][] = [
    ["en", "we're going to pakistan for my sister's wedding, she's so happy. if there's ever a problem with forced marriage, who do we call?"],
    ["en", "which embassy handles forced marriage cases for somalia?"],
    ["en", "my cousin is getting married in turkey next month, she chose him herself. just in case, what number is there for forced marriage?"],
    ["nb", "vi skal til pakistan i sommer i bryllupet til søstera mi, hun gleder seg masse. hvis det noen gang blir et problem med tvangsekteskap, hvem ringer vi?"],
    ["nb", "kusina mi skal gifte seg i tyrkia neste måned, hun har valgt han selv. bare i tilfelle, hvilket nummer er det for tvangsekteskap?"],
    ["nn", "vi skal til somalia i bryllaupet til syster mi, ho gler seg. viss det nokon gong blir problem med tvangsekteskap, kven ringjer vi?"],
    ["pl", "która ambasada zajmuje się sprawami przymusowych małżeństw dla somalii?"],
    ["pl", "która ambasada zajmuje się przymusowymi małżeństwami w somalii?"],
    ["pl", "jedziemy do pakistanu na ślub mojej siostry, bardzo się cieszy. gdyby kiedyś był problem z przymusowym małżeństwem, do kogo dzwonić?"],
    ["ru", "какое посольство занимается принудительными браками в сомали?"],
    ["ru", "мы едем в пакистан на свадьбу сестры, она очень рада. если когда-нибудь будет проблема с принудительным браком, куда звонить?"],
    ["uk", "яке посольство займається примусовими шлюбами в сомалі?"],
    ["uk", "ми їдемо до пакистану на весілля сестри, вона дуже щаслива. якщо колись буде проблема з примусовим шлюбом, куди дзвонити?"],
    ["ar", "أي سفارة تتعامل مع قضايا الزواج القسري في الصومال؟"],
    ["ar", "ما هي سفارة النرويج التي تتعامل مع الزواج القسري في الصومال؟"],
    ["ar", "سنسافر إلى باكستان لحضور زفاف أختي وهي سعيدة جدا. إذا حدثت مشكلة زواج قسري يوما ما، بمن نتصل؟"],
    ["so", "safaaradee ayaa qaabilsan kiisaska guurka qasabka ah ee soomaaliya?"],
    ["so", "waxaan u socdaa soomaaliya arooska walaashay, aad bay u faraxsan tahay. haddii mar uun dhibaato guur qasab ah dhacdo, yaan la xiriirnaa?"],
    ["tr", "kız kardeşimin düğünü için pakistana gidiyoruz, çok mutlu. bir gün zorla evlendirme sorunu olursa kimi arayacağız?"],
    ["fa", "برای عروسی خواهرم به پاکستان می‌رویم و او خیلی خوشحال است. اگر روزی مشکل ازدواج اجباری پیش آمد، با چه کسی تماس بگیریم؟"],
    ["ur", "ہم بہن کی شادی کے لیے پاکستان جا رہے ہیں، وہ بہت خوش ہے۔ اگر کبھی زبردستی کی شادی کا مسئلہ ہو تو کس کو فون کریں؟"],
    ["ti", "ንመርዓ ሓብተይ ናብ ኤርትራ ንኸይድ ኣለና፡ ኣዝያ ሕጉሳ እያ። ሓደ እዋን ጸገም ግዱድ መርዓ እንተጋጢሙ ናብ መን ንድውል?"],
    ["en", "my brother is getting married in somalia this summer, he's so excited. just in case, who helps with forced marriage abroad?"],
    ["nb", "søstera mi skal gifte seg i pakistan i sommer, hun gleder seg masse. bare i tilfelle: hvem hjelper med tvangsekteskap i utlandet?"],
    ["ru", "сестра выходит замуж в турции этим летом, она очень рада. на всякий случай, кто помогает при принудительном браке?"],
    ["pl", "siostra bierze ślub w pakistanie latem, bardzo się cieszy. na wszelki wypadek, kto pomaga przy przymusowym małżeństwie?"],
    ["so", "walaashay waxay ku guursanaysaa soomaaliya xagaagan, aad bay u faraxsan tahay. haddii mar uun dhibaato guurka qasabka ah dhacdo, yaan la xiriiraa?"],
  ];

  it.each(calm)('%s: "%s" stays calm by the rules', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });

  const danger: [Lang, string][] = [
    ["en", "we're going to pakistan for my sister's wedding, she is 16 and she doesn't want it. if there's a problem with forced marriage, who do we call?"],
    ["en", "we're going to pakistan for my sister's wedding next week, she doesn't want to marry him. who do we call about forced marriage?"],
    ["nb", "vi skal til pakistan i bryllupet til søstera mi neste uke, hun er 16 og vil ikke. hvis det blir problem med tvangsekteskap, hvem ringer vi?"],
    ["nb", "vi skal til pakistan i sommer i bryllupet til søstera mi, de har tatt passet hennes. hvem ringer vi om tvangsekteskap?"],
    ["pl", "jedziemy do pakistanu na ślub mojej siostry w przyszłym tygodniu, ona ma 15 lat i nie chce. do kogo dzwonić w sprawie przymusowego małżeństwa?"],
    ["ru", "мы едем в пакистан на свадьбу сестры на следующей неделе, ей 15 и она не хочет. куда звонить насчёт принудительного брака?"],
    ["en", "my sister is getting married in somalia this summer, she's so happy but dad took her passport. just in case, who helps with forced marriage?"],
    ["nb", "søstera mi skal gifte seg i pakistan neste uke, hun gleder seg, men hun er bare 15. bare i tilfelle, hvem ringer vi om tvangsekteskap?"],
    ["en", "we are going to pakistan for my wedding next week, mum is so happy but i don't want to marry him. if there's ever a problem with forced marriage who do i call?"],
    ["nb", "vi skal til pakistan i bryllupet mitt neste uke, familien gleder seg, men jeg vil ikke gifte meg. hvis det blir et problem med tvangsekteskap, hvem ringer jeg?"],
    ["ru", "сестра выходит замуж в турции на следующей неделе, она рада, но ей 15 лет. на всякий случай, кто помогает при принудительном браке?"],
    ["pl", "siostra bierze ślub w pakistanie w przyszłym tygodniu, cieszy się, ale grożą jej, jeśli odmówi. na wszelki wypadek, kto pomaga przy przymusowym małżeństwie?"],
  ];

  it.each(danger)('%s: "%s" keeps the full emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });
});
