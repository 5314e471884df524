import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined, expectAnsweredWith } from '../helpers/conversation-runner';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isContactQuestion } from '../../src/knowledge/article-recognizer';
import { judgeReply, type DomainFact } from '../../scripts/domain-coverage';
import { indexTerms } from '../../src/knowledge/article-index';
import { toBokmal } from '../../src/language/spelling';
import { LEFT_OPEN, PLAIN_CALM_TWINS, PLAIN_DANGER_GRID } from '../../scripts/plain-danger-grid';

/**
 * Danger told indirectly, in every language (issue #13, probe32): our own probe sentences, written as people type
 * (typos, no å/ø, second-language Norwegian, nynorsk dialect forms, the danger one clause beside another question), for a
 * trip abroad planned against a young person's will, a marriage arranged for a minor, a cutting told without the word,
 * violence, threats or confinement at home, a young person kept from school, and someone who did not come back after
 * the holidays. Each dangerous probe gets the full emergency card first (the rules read danger, not only the second
 * opinion's short line); each calm twin (the same words in a statistics question, a course, an ordinary wedding or
 * holiday) gets no attention block from the rules.
 */
describe('danger told indirectly (probe32)', () => {
  const runner = conversationRunnerPerFile();

  const danger: [Lang, string][] = [
    ["nb", "de har kjøpt billetter til meg og jeg får ikke si nei, vi drar i sommer"],
    ["nb", "pappa har tatt passet mitt og sier vi skal reise hjem for at jeg skal lære kulturen"],
    ["nb", "jeg er 15 og de sier jeg skal gifte meg med fetteren min neste år"],
    ["nb", "jeg er lovet bort til en mann i pakistan og er bare 16"],
    ["nb", "mamma sier søstra mi skal ha en seremoni for jenter når vi er i somalia i ferien"],
    ["nb", "det de gjorde med storesøstera mi der nede vil de gjøre med meg ogsa"],
    ["nb", "de sier jeg maa bli ren før jeg blir voksen og jeg er redd for hva de skal gjøre med meg"],
    ["nb", "hvor ligger helsesykepleier sitt kontor? har blåmerker etter broren min igjen"],
    ["nb", "han sa han skal drepe meg hvis jeg snakker med gutter"],
    ["nb", "de låser meg inne på rommet hver dag etter skolen"],
    ["nb", "jeg får ikke gå på skolen lenger, de holder meg hjemme"],
    ["nb", "en jente i klassen min kom ikke tilbake etter sommerferien, familien sier hun ble igjen i irak"],
    ["nb", "venninna mi ble igjen i somalia etter ferien og svarer ikke på telefon"],
    ["nb", "hvordan søker jeg lånekassen? forresten sier onkelen min at jeg skal sendes til hjemlandet i juli"],
    ["nb", "blir slått hjemme nesten hver dag"],
    ["nb", "jeg er forlova med en jeg ikke kjenner, jeg går i niende"],
    ["nb", "familien vil sende lillebroren min til skole i utlandet mot hans vilje, han er 13"],
    ["nn", "eg vert slått heime av far min"],
    ["nn", "eg blir slegen heime kvar veke"],
    ["nn", "dei har kjøpt billettar til meg og eg får ikkje seie nei"],
    ["nn", "far har teke passet mitt, han seier vi skal heim for at eg skal lære kulturen"],
    ["nn", "eg er 15 og dei seier eg skal gifte meg med syskenbarnet mitt"],
    ["nn", "mor seier syster mi skal ha ein seremoni for jenter når vi er i somalia"],
    ["nn", "det dei gjorde med syster mi vil dei gjere med meg og"],
    ["nn", "dei seier eg må bli rein før eg blir vaksen, eg er redd"],
    ["nn", "kor er kontoret til helsesjukepleiaren? eg har blåmerke etter bror min igjen"],
    ["nn", "han sa han skal drepe meg viss eg snakkar med gutar"],
    ["nn", "dei låser meg inne på rommet kvar dag"],
    ["nn", "eg får ikkje gå på skulen lenger, dei held meg heime"],
    ["nn", "ei jente i klassen min kom ikkje tilbake etter sommarferien, familien seier ho vart verande i irak"],
    ["nn", "venninna mi vart att i somalia etter ferien og svarar ikkje"],
    ["nn", "korleis søkjer eg lånekassen? forresten seier onkelen min at eg skal sendast til heimlandet i juli"],
    ["nn", "eg er forlova med ein eg ikkje kjenner, eg går i niande"],
    ["nn", "dei vil sende veslebror min til skule i utlandet mot viljen hans"],
    ["nn", "far min truga med å drepe meg"],
    ["nn", "eg er redd for å gå heim, dei slår meg"],
    ["nn", "kva skal eg gjere, dei vil gifte meg bort i sommar og eg er berre 14"],
    ["nn", "mor mi slo meg med beltet i går"],
    ["nn", "dei tek meg ut av skulen og sender meg til pakistan"],
    ["nn", "syster mi er 13 og dei har funne ein mann til henne"],
    ["nn", "dei stengjer meg inne og eg får ikkje ha telefon"],
    ["nn", "eg har ikkje vore på skulen på tre veker fordi dei ikkje lèt meg gå ut"],
    ["en", "they bought tickets for me and I can't say no, we leave in july"],
    ["en", "my dad took my passport and says we go back home so I learn our culture"],
    ["en", "im 15 and they say i will marry my cousin next year"],
    ["en", "i was promised to a man back home when i was a kid and now im 16 and they want to do it"],
    ["en", "my mum says my little sister will have a ceremony for girls when we visit somalia"],
    ["en", "what they did to my sister over there they want to do to me too"],
    ["en", "they say i must be made clean before i grow up and im scared"],
    ["en", "where is the school nurse's office? i have bruises from my brother again"],
    ["en", "he said he will kill me if i talk to boys"],
    ["en", "they lock me in my room every day after school"],
    ["en", "im not allowed to go to school anymore, they keep me at home"],
    ["en", "a girl in my class didnt come back after the summer holidays, the family says she stayed in iraq"],
    ["en", "my friend stayed behind in somalia after the holiday and doesnt answer her phone"],
    ["en", "how do i apply for a student loan? btw my uncle says im being sent to the home country in july"],
    ["en", "i get beaten at home almost every day"],
    ["en", "im engaged to someone i have never met and im in 9th grade"],
    ["en", "my parents want to send my little brother to a school abroad against his will, he is 13"],
    ["ar", "اشتروا لي تذاكر ولا أستطيع أن أقول لا، سنسافر في الصيف"],
    ["ar", "أبي أخذ جوازي ويقول سنعود إلى البلد لأتعلم ثقافتنا"],
    ["ar", "عمري ١٥ ويقولون إنني سأتزوج ابن عمي"],
    ["ar", "أمي تقول إن أختي الصغيرة ستُجرى لها عملية الطهارة عندما نزور مصر"],
    ["ar", "أخي ضربني وعندي كدمات في كل جسمي"],
    ["ar", "قال إنه سيقتلني إذا تكلمت مع الشباب"],
    ["ar", "لا يسمحون لي بالذهاب إلى المدرسة ويبقونني في البيت"],
    ["ar", "صديقتي لم ترجع بعد العطلة وأهلها تركوها في العراق"],
    ["so", "waxay ii iibsadeen tigidh mana diidi karo, xagaaga ayaan tagaynaa"],
    ["so", "aabbahay ayaa baasaboorkayga qaatay wuxuuna leeyahay dalkii ayaan ku laabanaynaa si aan dhaqanka u barto"],
    ["so", "waxaan ahay 15 jir waxayna leeyihiin waxaad guursan doontaa ina adeerkaa"],
    ["so", "hooyaday waxay leedahay walaashay yar waa la gudi doonaa marka aan Soomaaliya tagno"],
    ["so", "aabbahay ayaa i garaacay jirkayga oo dhan waa nabar"],
    ["so", "wuxuu yiri waan ku dili doonaa haddii aad la hadasho wiilal"],
    ["so", "iskuulka ima sii daayaan, guriga ayay igu hayaan"],
    ["so", "saaxiibaday kama soo laaban fasaxa, qoyskeeda ayaa ka tagay Soomaaliya"],
    ["fa", "برام بلیط خریدن و نمیتونم نه بگم، تابستون میریم"],
    ["fa", "بابام پاسپورتم رو گرفته و میگه برمیگردیم که فرهنگمون رو یاد بگیرم"],
    ["fa", "۱۵ سالمه و میگن باید با پسرعموم ازدواج کنم"],
    ["fa", "مامانم میگه خواهر کوچیکم رو وقتی رفتیم ختنه میکنن"],
    ["fa", "برادرم منو زد و همه جای بدنم کبوده"],
    ["fa", "گفت اگه با پسرا حرف بزنی میکشمت"],
    ["fa", "نمیذارن برم مدرسه و توی خونه نگهم میدارن"],
    ["fa", "دوستم بعد از تعطیلات برنگشت و خانوادش اونو تو افغانستان گذاشتن"],
    ["ur", "انہوں نے میرے ٹکٹ خرید لیے ہیں اور میں انکار نہیں کر سکتی"],
    ["ur", "ابو نے میرا پاسپورٹ لے لیا ہے اور کہتے ہیں ہم واپس جائیں گے تاکہ میں اپنی ثقافت سیکھوں"],
    ["ur", "میری عمر ۱۵ سال ہے اور وہ کہتے ہیں میری شادی کزن سے ہوگی"],
    ["ur", "امی کہتی ہیں کہ جب ہم جائیں گے تو چھوٹی بہن کا ختنہ کروائیں گے"],
    ["ur", "بھائی نے مجھے مارا اور میرے جسم پر نیل ہیں"],
    ["ur", "اس نے کہا اگر تم لڑکوں سے بات کرو گی تو میں تمہیں مار ڈالوں گا"],
    ["ur", "وہ مجھے اسکول نہیں جانے دیتے اور گھر میں بند رکھتے ہیں"],
    ["ur", "میری سہیلی چھٹیوں کے بعد واپس نہیں آئی، گھر والوں نے اسے پاکستان میں چھوڑ دیا"],
    ["uk", "мені купили квитки і я не можу відмовитися, ми їдемо влітку"],
    ["uk", "тато забрав мій паспорт і каже, що ми повернемося додому, щоб я вивчила нашу культуру"],
    ["uk", "мені 15 і кажуть, що я вийду заміж за двоюрідного брата"],
    ["uk", "мама каже, що моїй сестричці зроблять обрізання, коли поїдемо"],
    ["uk", "брат мене побив і в мене синці по всьому тілу"],
    ["uk", "він сказав, що вб'є мене, якщо я буду говорити з хлопцями"],
    ["uk", "мене не пускають до школи і тримають вдома"],
    ["uk", "моя подруга не повернулася після канікул, родина залишила її за кордоном"],
    ["ru", "мне купили билеты и я не могу отказаться, мы уезжаем летом"],
    ["ru", "папа забрал мой паспорт и говорит, что мы вернемся домой, чтобы я выучила нашу культуру"],
    ["ru", "мне 15 и говорят, что я выйду замуж за двоюродного брата"],
    ["ru", "мама говорит, что младшей сестре сделают обрезание, когда мы поедем"],
    ["ru", "брат меня избил, у меня синяки по всему телу"],
    ["ru", "он сказал, что убьет меня, если я буду разговаривать с парнями"],
    ["ru", "меня не пускают в школу и держат дома"],
    ["ru", "моя подруга не вернулась после каникул, семья оставила ее в Дагестане"],
    ["tr", "bana bilet aldılar ve hayır diyemiyorum, yazın gidiyoruz"],
    ["tr", "babam pasaportumu aldı, kültürümüzü öğrenmem için memlekete döneceğimizi söylüyor"],
    ["tr", "15 yaşındayım ve kuzenimle evleneceğimi söylüyorlar"],
    ["tr", "annem gidince kız kardeşime sünnet yaptıracaklarını söylüyor"],
    ["tr", "abim beni dövdü, her yerim morardı"],
    ["tr", "erkeklerle konuşursam beni öldüreceğini söyledi"],
    ["tr", "okula gitmeme izin vermiyorlar, beni evde tutuyorlar"],
    ["tr", "arkadaşım tatilden sonra geri dönmedi, ailesi onu Türkiye'de bıraktı"],
    ["pl", "kupili mi bilety i nie mogę odmówić, jedziemy latem"],
    ["pl", "tata zabrał mój paszport i mówi, że wracamy do kraju, żebym poznała naszą kulturę"],
    ["pl", "mam 15 lat i mówią, że wyjdę za mąż za kuzyna"],
    ["pl", "mama mówi, że mojej młodszej siostrze zrobią obrzezanie, kiedy pojedziemy"],
    ["pl", "brat mnie pobił i mam siniaki na całym ciele"],
    ["pl", "powiedział, że mnie zabije, jeśli będę rozmawiać z chłopakami"],
    ["pl", "nie puszczają mnie do szkoły i trzymają w domu"],
    ["pl", "moja koleżanka nie wróciła po wakacjach, rodzina zostawiła ją za granicą"],
    ["ti", "ትኬት ገዚኦምለይ እዮም ክኣቢ ድማ ኣይክእልን"],
    ["ti", "ኣቦይ ፓስፖርተይ ወሲዱ ባህልና ክትመሃሪ ናብ ዓዲ ክንምለስ ኢና ይብል"],
    ["ti", "ዕድመይ 15 እዩ ምስ ወዲ ኣኮይ ክትምርዓዊ ኢኺ ይብሉኒ"],
    ["ti", "ኣደይ ንሓፍተይ ክንከዶ ከለና ክግዝርዋ እዮም ትብል"],
    ["ti", "ሓወይ ወቒዑኒ ኣብ ኩሉ ኣካላተይ ስምብራት ኣሎ"],
    ["ti", "ምስ ኣወዳት እንተ ተዛሪብኪ ክቐትለኪ እየ ኢሉኒ"],
    ["ti", "ናብ ቤት ትምህርቲ ክኸይድ ኣይፈቕዱለይን ኣብ ገዛ ዓጽዮም የቐምጡኒ"],
    ["ti", "ዓርከይ ድሕሪ ዕረፍቲ ኣይተመልሰትን ስድራኣ ኣብ ኤርትራ ገዲፎማ"],
  ];

  it.each(danger)('%s: "%s" gets the full emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.cards[0]?.kind).toBe('emergency');
  });

  const calm: [Lang, string][] = [
    ["nb", "hvor mange ble etterlatt i utlandet mot sin vilje i 2023 ifølge statistikken?"],
    ["nb", "finnes det kurs om kjønnslemlestelse for helsesykepleiere?"],
    ["nb", "hvordan snakker jeg med elevene om vold i nære relasjoner i undervisningen?"],
    ["nn", "kor mange vart etterlatne i utlandet mot viljen sin i 2023?"],
    ["nn", "finst det kurs om kjønnslemlesting for lærarar?"],
    ["nn", "eg jobbar i barnehage, kva teikn skal vi sjå etter?"],
    ["en", "how many young people were left abroad against their will in 2023?"],
    ["en", "is there a course about FGM for school nurses?"],
    ["en", "what does the law say about reporting when a pupil doesnt come back after the holidays?"],
    ["en", "how do i teach my class about violence in close relationships?"],
    ["ar", "كم عدد حالات الزواج القسري في النرويج في عام 2023؟"],
    ["so", "immisa kiis oo guur qasab ah ayaa ka dhacay Norway 2023?"],
    ["fa", "در سال ۲۰۲۳ چند مورد ازدواج اجباری در نروژ بود؟"],
    ["ur", "2023 میں ناروے میں جبری شادی کے کتنے کیس تھے؟"],
    ["uk", "скільки випадків примусового шлюбу було в Норвегії у 2023 році?"],
    ["ru", "сколько случаев принудительного брака было в Норвегии в 2023 году?"],
    ["tr", "2023'te Norveç'te kaç zorla evlendirme vakası vardı?"],
    ["pl", "ile było przypadków przymusowego małżeństwa w Norwegii w 2023 roku?"],
    ["ti", "ኣብ 2023 ኣብ ኖርወይ ክንደይ ናይ ግዱድ መርዓ ጉዳያት ነይሮም?"],
  ];

  it.each(calm)('%s: "%s" gets no emergency card', async (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
  });

  // Calm twins the rules read as no danger, though the bot's turn shows the short '112 if acute' line of a concern or
  // of the second opinion (an ordinary wedding with tickets bought, a school's question about signs): false alarms
  // counted in the conversation sets' figures, not made worse here. The rules' full card must stay off.
  const calmNoFullCard: [Lang, string][] = [
    ["nb", "jeg skal gifte meg med kjæresten min i juni, vi er begge 28, trenger vi prøvingsattest?"],
    ["nb", "hva sier loven om at skolen må melde fra når en elev ikke kommer tilbake etter ferien?"],
    ["nb", "fetteren min gifter seg i juli og vi har kjøpt billetter til bryllupet"],
    ["nb", "jeg jobber på skole, hvilke tegn skal vi se etter hos elever som kan bli sendt ut?"],
    ["nn", "kva seier lova om at skulen må melde frå når ein elev ikkje kjem tilbake etter ferien?"],
    ["nn", "korleis snakkar eg med elevane om vald i nære relasjonar?"],
    ["nn", "syskenbarnet mitt skal gifte seg i juli og vi har kjøpt billettar til bryllaupet"],
    ["en", "my cousin is getting married in july and we bought tickets for the wedding"],
    ["en", "i work at a school, what signs should we look for in pupils who might be sent abroad?"],
    ["ar", "ابن عمي سيتزوج في يوليو واشترينا تذاكر للعرس"],
    ["so", "ina adeerkay ayaa guursanaya bisha luulyo waxaanan iibsanay tigidhada arooska"],
    ["fa", "پسرعموم تیر ماه عروسی میکنه و ما بلیط خریدیم"],
    ["ur", "میرے کزن کی شادی جولائی میں ہے اور ہم نے ٹکٹ خرید لیے ہیں"],
    ["uk", "мій двоюрідний брат одружується в липні, ми купили квитки на весілля"],
    ["ru", "мой двоюродный брат женится в июле, мы купили билеты на свадьбу"],
    ["tr", "kuzenim temmuzda evleniyor, düğün için bilet aldık"],
    ["pl", "mój kuzyn żeni się w lipcu, kupiliśmy bilety na wesele"],
    ["ti", "ወዲ ኣኮይ ኣብ ሓምለ ይምርዖ ንመርዓ ትኬት ገዚእና"],
  ];

  it.each(calmNoFullCard)('%s: "%s" is no danger by the rules', (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
  });
});

// (was calm32.test.ts)
{
  /**
   * Calm questions that got the emergency card (issue #13, session 32): a family's years in Norway read as a child's age,
   * and a happy, freely chosen wedding abroad asked about only to learn where an envoy sits. Each calm sentence has a
   * dangerous twin (a child's age, tears, force) that keeps its card.
   */
  describe('calm32: a happy wedding abroad, told by a family long in Norway, is calm', () => {
    const runner = conversationRunnerPerFile();
    const situation = loadSituationReader();

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år og trives godt.'],
      ['en', "We've been in Norway for 11 years now."],
      ['so', 'Norway joognay 9 sano.'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz."],
      ['pl', 'Mieszkamy w Norwegii od 10 lat.'],
      ['ru', 'Мы живём в Норвегии уже 12 лет.'],
    ])('%s: years lived in Norway are no child\'s age: %s', (lng, message) => {
      const read = situation.read(message, [], lng);
      expect(read.concepts.has('minor')).toBe(false);
      expect(read.concepts.has('selfAge')).toBe(false);
    });

    it('nb: a child\'s age said beside the years in Norway is still read', () => {
      expect(situation.read('Vi har bodd i Norge i 14 år. Datteren min er 15 år.', [], 'nb').concepts.has('minor')).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år. Datteren min gifter seg med den hun elsker i Marokko i juli, og alle er kjempeglade. Hvilken ambassade har en spesialutsending for Marokko?'],
      ['en', "We've been in Norway for 11 years. My cousin is marrying the man she loves in Karachi this winter and she is over the moon. Which embassy has the envoy for Pakistan?"],
      ['so', 'Norway joognay 9 sano. Gabadhayda waxay guursanaysaa nin ay jeceshahay bisha dambe, qof walba waa faraxsan yahay. Safaaradee ayaa leh ergayga Itoobiya?'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım sevdiği kişiyle yazın Antalya'da evleniyor, herkes mutlu. Türkiye için özel elçi hangi büyükelçilikte?"],
      ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka wychodzi za mąż z ukochanym w Turcji latem, wszyscy są szczęśliwi. Która ambasada ma specjalnego wysłannika dla Turcji?'],
    ])('%s: a happy wedding of her own choice, envoy asked: no emergency card: %s', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.emergency).toBe(false);
    });

    it.each<[Lang, string]>([
      ['nb', 'Vi har bodd i Norge i 14 år. Datteren min er 15 og skal gifte seg i Marokko i juli, hun gråter hver kveld. Hvem kan hjelpe?'],
      ['en', "We've been in Norway for 11 years. My cousin is 16 and they will marry her off in Karachi this winter, she cries every night. Which embassy can help?"],
      ['so', 'Norway joognay 9 sano. Gabadhayda waa 15 jir, waxaa lagu qasbayaa guur Itoobiya bisha dambe. Yaa caawin kara?'],
      ['tr', "Norveç'te 13 yıldır yaşıyoruz. Kızım 15 yaşında ve yazın Antalya'da zorla evlendirilecek, her gece ağlıyor. Kim yardım edebilir?"],
      ['pl', 'Mieszkamy w Norwegii od 10 lat. Moja córka ma 15 lat i latem w Turcji wydadzą ją za mąż wbrew jej woli, płacze. Kto może pomóc?'],
    ])('%s: the dangerous twin (a child, tears, force) keeps the emergency card: %s', async (lng, message) => {
      const view = await runner.turn(lng, message);
      expect(view.emergency).toBe(true);
    });
  });
}

// (was dev32a.test.ts)
{
  /**
   * Dangers the development blind set general-blind-96 missed in the nine other languages (issue #13, session 32), each
   * class with its own sentences through the real bot: the emergency card comes first; the calm twins stay calm.
   */
  describe('dev32a: dangers told in the third person, as a threat with a condition, by a cancelled return ticket, or beside a training question', () => {
    const runner = conversationRunnerPerFile();

    // A relative beat him: a boy's harm said in the third person ("اخوه ضربه", "ኣቦኡ ዝወቕዖ").
    it.each<[Lang, string]>([
      ["ar", "انا معلمة. طالب عمره ١٥ قال ان اخوه ضربه امبارح لانه تأخر عالبيت. شو لازم اعمل؟"],
      ["en", "I am a teacher. A 15-year-old boy told me his father beat him yesterday for coming home late. What is my duty?"],
      ["fa", "من معلم هستم. یک پسر ۱۵ ساله گفت پدرش دیروز او را کتک زد چون دیر به خانه آمد. وظیفه من چیست؟"],
      ["ur", "میں استاد ہوں۔ ایک پندرہ سالہ لڑکے نے بتایا کہ کل اس کے والد نے اسے مارا کیونکہ وہ دیر سے گھر آیا۔ میرا فرض کیا ہے؟"],
      ["so", "Waxaan ahay macallin. Wiil 15 jir ah ayaa ii sheegay in aabihiis shalay garaacay maxaa yeelay wuu soo daahay. Waa maxay waajibkeyga?"],
      ["ti", "መምህር እየ። ሓደ ወዲ 15 ዓመት ኣቦኡ ትማሊ ከም ዝወቕዖ ነጊሩኒ። ግቡአይ እንታይ እዩ?"],
      ["tr", "Öğretmenim. 15 yaşında bir erkek öğrenci dün babasının onu dövdüğünü söyledi. Görevim ne?"],
      ["ru", "Я учитель. Мальчик 15 лет сказал, что вчера отец его избил за то, что он поздно пришёл домой. Какая у меня обязанность?"],
      ["uk", "Я вчитель. Хлопець 15 років сказав, що вчора батько його побив, бо він пізно прийшов додому. Який мій обов'язок?"],
      ["pl", "Jestem nauczycielem. 15-letni chłopak powiedział, że wczoraj ojciec go pobił, bo wrócił późno do domu. Jaki jest mój obowiązek?"],
    ])('a boy beaten by a relative (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // Sent to a country abroad if she does not obey: a threat with its own condition.
    it.each<[Lang, string]>([
      ["ar", "ابوها بيقلها اذا ما بتتحجبي رح يبعتها على سوريا عند جدتها. بنتي عمرها ١٥. مين بقدر احكي معه؟"],
      ["fa", "پدرش به دخترم که ۱۵ سالشه گفته اگه با اون پسر حرف بزنی میفرستمت افغانستان. با کی میتونم صحبت کنم؟"],
      ["uk", "Батько сказав моїй доньці 15 років, що відправить її до Чечні, якщо вона ще раз зустрінеться з тим хлопцем. З ким я можу поговорити?"],
    ])('sent abroad if she does not obey (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // The return ticket cancelled by the family: held abroad now.
    it.each<[Lang, string]>([
      ["nb", "Jeg er 20 og er på besøk hos familien i Pakistan. Jeg skulle være her i to uker, men nå har de kansellert returbilletten min og snakker om at jeg skal gifte meg. Hvem kan jeg kontakte?"],
      ["en", "I am 20 and visiting relatives in Iraq. It was meant to be three weeks but my parents cancelled my return ticket and keep introducing me to men. Who can I contact?"],
      ["fa", "۲۰ سالمه و رفتم افغانستان پیش فامیل. قرار بود یک ماه باشه ولی بلیط برگشتمو کنسل کردن. به کی بگم؟"],
      ["ar", "عمري ٢٠ وانا بزيارة لاهلي بالعراق. كان المفروض اسبوعين بس الغوا تذكره العوده تبعتي. مين بقدر اتصل فيه؟"],
      ["tr", "20 yaşındayım, ailemle Irak'tayım. İki hafta kalacaktık ama dönüş biletimi iptal ettiler. Kime ulaşabilirim?"],
      ["ru", "Мне 20, я у родственников в Дагестане. Должна была быть две недели, но родители отменили мой обратный билет. К кому обратиться?"],
      ["uk", "Мені 20, я у родичів у Туреччині. Мала бути два тижні, але батьки скасували мій зворотний квиток. До кого звернутися?"],
      ["pl", "Mam 20 lat i jestem u rodziny w Pakistanie. Miałam być dwa tygodnie, ale rodzice anulowali mój bilet powrotny. Do kogo mogę się zwrócić?"],
      ["ur", "میری عمر بیس سال ہے اور میں پاکستان میں رشتہ داروں کے پاس ہوں۔ انہوں نے میرا واپسی کا ٹکٹ کینسل کر دیا۔ میں کس سے رابطہ کروں؟"],
    ])('the return ticket cancelled (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // A child not let out alone whose phone is taken, beside a question about training for the staff.
    it.each<[Lang, string]>([
      ["nb", "Jeg jobber på et asylmottak. En jente på 15 kom hit med onkelen sin. Han tar mobilen hennes og lar henne ikke gå ut alene. Hvem ringer vi, og kan vi få kurs?"],
      ["en", "I work at a reception centre. A girl of 15 came with her uncle. He takes her phone and does not let her leave the room alone. Who should we call? Can our staff get training too?"],
      ["ti", "ኣብ መዕቆቢ እሰርሕ። ሓንቲ ጓል 15 ዓመት ምስ ሓዋ መጺኣ። ስልካ ይወስዳ፡ ንበይና ክትወጽእ ኣይፈቕደላን። ንመን ንድውል?"],
    ])('a child guarded and her phone taken, beside a training question (%s): %s', async (lang, message) => {
      expect((await runner.turn(lang, message)).emergency).toBe(true);
    });

    // Calm twins: a flight cancelled by a storm and a new return ticket; a girl with her own phone who goes out.
    it.each<[Lang, string]>([
      ["nb", "Flyet hjem ble kansellert på grunn av storm, så vi kjøpte en ny returbillett. Hvor mange saker hadde Kompetanseteamet i 2023?"],
      ["en", "Our flight was cancelled because of a storm, so we bought a new return ticket. How many cases did Kompetanseteamet have in 2023?"],
      ["en", "I work at a reception centre. A girl of 15 came with her uncle. She has her own phone and goes out with friends. Can our staff get training on negative social control?"],
    ])('calm twin (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(false);
      expect(view.replyLanguage).toBe(lang);
    });
    // Everyday errands outside the field: registering a marriage freely chosen, an e-mail about a parents' meeting,
    // renewing one's passport. Declined politely in the asker's language.
    it.each<[Lang, string]>([
      ['en', 'My brother married a woman he met at university in Morocco last year, both families are happy. How do we register the marriage in Norway?'],
      ['ti', 'ፓስፖርተይ ኣብ ኦስሎ ክሕድስ ደልየ፡ ከመይ ይግበር?'],
      ['ur', 'برائے مہربانی والدین کے لیے ایک ای میل لکھ دیں کہ کل اسکول بند ہے'],
      ['en', 'Could you write an email about the parents meeting on Thursday for my class?'],
      ['nb', 'Kan du skrive en e-post om foreldremøtet neste uke til foreldrene i klassen min?'],
    ])('an everyday errand declined (%s): %s', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // A marriage against her will stays in the field even with the same registration words.
    it('a forced marriage with the registration words keeps its emergency card', async () => {
      const view = await runner.turn('en', 'My parents force me to marry my cousin next month and will register the marriage in Pakistan. Help');
      expect(view.emergency).toBe(true);
    });

    // Turkish typed without its own letters beside a Norwegian service name is still Turkish.
    it.each<[Lang, string]>([
      ['tr', "2022'de kompetanseteamet vakalarinda en cok hangi ulkeler vardi? Irak listede mi?"],
      ['tr', 'Barnevernet vakalarında en çok hangi ülkeler vardı?'],
    ])('answered in Turkish (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.replyLanguage).toBe(lang);
      expect(view.answers).toBeGreaterThan(0);
    });
    // The involuntary stays abroad of a year asked in other words ("тримали за кордоном проти волі", "ماندن ناخواسته"):
    // the category's figure (2022: 113 of 891, bufdir.no).
    it.each<[Lang, string]>([
      ['uk', 'У 2022 році скільки випадків Kompetanseteamet були про молодь, яку тримали за кордоном проти волі?'],
      ['fa', 'در سال ۲۰۲۲ چند پرونده کمپتانسه‌تیم مربوط به ماندن ناخواسته در خارج بود؟'],
    ])('the involuntary stays abroad of 2022 (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['113', '۱۱۳'])).toBe(true);
    });
  });
}

// (was dev32b.test.ts)
{
  /**
   * Session 32, issue #13 (dev32b, the nynorsk and English blind set): the classes its first run missed, each with
   * sentences of our own, and the calm twins that must stay calm.
   */
  describe('a child’s wedding told by its things, with the child in tears, is danger', () => {
    it.each<[Lang, string]>([
      ['nb', 'Kusina mi på 16 har fått brudekjole av familien, det skal være fest i Pakistan til sommeren, og hun gråter hele tiden.'],
      ['nn', 'Systera mi på 14 har fått brudekjole av familien, og ho græt kvar gong nokon snakkar om festen i Somalia.'],
      ['en', 'My cousin is 15 and her family bought her a bridal dress for a big party in Iraq this summer. She cries every time it comes up.'],
      ['ru', 'Моей племяннице 15 лет, ей купили свадебное платье, и она плачет каждый день.'],
      ['uk', 'Моїй племінниці 15 років, їй купили весільну сукню, і вона плаче щодня.'],
      ['tr', 'Yeğenim 15 yaşında, ona gelinlik aldılar ve her gün ağlıyor.'],
      ['pl', 'Moja siostrzenica ma 15 lat, kupili jej suknię ślubną i ona ciągle płacze.'],
      ['ar', 'ابنة أختي عمرها 15 سنة، اشتروا لها فستان زفاف وهي تبكي كل يوم'],
    ])('%s: %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'Søstera mi er 27 og har kjøpt brudekjole til bryllupet i Tyrkia i juli, vi gleder oss!'],
      ['nn', 'Systera mi er 29 og har kjøpt brudekjole til bryllaupet i juli.'],
      ['en', 'My sister is 28 and just bought her wedding dress for the big party in Turkey in July.'],
    ])('an adult’s wedding stays calm (%s): %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(false);
    });
  });

  describe('harm by one’s parents told in the generic second person is danger', () => {
    it.each<[Lang, string]>([
      ['en', 'who do u call if ur mom hits u'],
      ['en', 'what can you do when your dad hurts you?'],
      ['nb', 'hvem ringer du når faren din slår deg?'],
      ['nb', 'hva gjør man hvis foreldrene dine slår deg'],
      ['nn', 'kven ringer ein når foreldra dine slår deg?'],
    ])('%s: %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
    });

    it.each<[Lang, string]>([
      ['en', 'what time is Alarmtelefonen open?'],
      ['en', 'can kids call the children’s helpline at night?'],
      ['nn', 'kva tid er Alarmtelefonen open?'],
      ['nb', 'kan barn ringe Alarmtelefonen om natta?'],
    ])('a young person asking opening hours stays calm (%s): %s', (lang, message) => {
      expect(isDanger(message, lang)).toBe(false);
    });

    const runner = conversationRunnerPerFile();

    it('a helpline asked for when parents hurt you, then its hours: the emergency card and 116 111', async () => {
      const view = await runner.turn('en', ['any number for teens when ur dad beats u?', 'is it open on weekends?']);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['116 111'])).toBe(true);
    });
  });

  describe('people over 18 may call Kompetanseteamet themselves, asked as a follow-up in the plural', () => {
    const runner = conversationRunnerPerFile();

    it.each<[Lang, readonly string[]]>([
      ['nn', ['kva nummer har Kompetanseteamet?', 'kan deltakarane ringje dei sjølve?']],
      ['nn', ['kan brukarane våre ringje Kompetanseteamet sjølve?']],
      ['nb', ['hva er nummeret til Kompetanseteamet?', 'kan beboerne ringe dem selv?']],
    ])('%s: %j', async (lang, turns) => {
      const view = await runner.turn(lang, turns);
      expect(containsFact(view.texts, ['18'])).toBe(true);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });
  });

  describe('SEIF keeps its own name on a nynorsk card', () => {
    const runner = conversationRunnerPerFile();

    it('nn: what SEIF is and its number', async () => {
      const view = await runner.turn('nn', 'kva driv SEIF med, og korleis ringjer eg dei?');
      expect(containsFact(view.texts, ['Selvhjelp for innvandrere og flyktninger'])).toBe(true);
      expect(containsFact(view.texts, ['22 03 48 30'])).toBe(true);
    });
  });
}

// (was dev32c.test.ts)
{
  /**
   * A course someone attends is part of the story, not training asked for the staff (issue #13, dev32c): "she may not go
   * to the course" beside a threat gets the lines for her case, not IMDi's expert team and RVTS, in every language the
   * attended-course phrases cover (content/contacts/attended-course-words.json); a course asked for still gets them.
   */
  describe('a course someone attends asks for no training', () => {
    const runner = conversationRunnerPerFile();
    const KT = ['Kompetanseteam', '478 09 050'];

    it.each<[Lang, string]>([
      ['nb', 'Ei elev på voksenopplæringa sier at mannen hennes truer henne hvis hun går på kurset neste uke. Hvem kan hun kontakte?'],
      ['nn', 'Ei deltakar seier at svigerfamilien passar på henne heile tida og at ho ikkje får gå på kurs åleine. Kven kan ho snakke med?'],
      ['en', 'A learner told me her husband says she will regret it if she goes to the course again. Who can she call?'],
      ['pl', 'Moja kursantka mówi, że mąż zabrania jej chodzić na kursy i grozi jej. Do kogo może zadzwonić?'],
      ['tr', 'Bir kursiyerimiz kocasının kursa gitmesine izin vermediğini ve onu tehdit ettiğini söylüyor. Kimi arayabilir?'],
      ['ru', 'Слушательница говорит, что муж запрещает ей ходить на курсы и угрожает ей. Куда она может позвонить?'],
      ['uk', 'Слухачка каже, що чоловік забороняє їй ходити на курси і погрожує їй. Куди вона може зателефонувати?'],
    ])('attended course in a story (%s): her lines, no training plan', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, KT)).toBe(true);
      expect(view.texts.some((t) => t.includes('RVTS'))).toBe(false);
    });

    it.each<[Lang, string]>([
      ['nb', 'Kan noen holde kurs for de ansatte hos oss om negativ sosial kontroll?'],
      ['en', 'Who can run a course for our staff on honour-based violence?'],
      // "train us", "kurse oss": the service's own staff trained, said with the verb.
      ['en', 'Our youth club has seen a few girls who are watched by older brothers. Is there anyone who can train us?'],
      ['en', 'Could somebody train our team on forced marriage this autumn?'],
      ['nb', 'Vi på ungdomsklubben vet for lite om æresvold. Hvem kan kurse personalet?'],
      ['nn', 'Vi på biblioteket møter unge jenter som lever med negativ sosial kontroll. Kven kan kurse oss?'],
    ])('a course asked for (%s) still gets those who train staff', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
    });
  });

  /**
   * "How did the cases spread?" asks the case-type split (issue #13, dev32c): "hvordan fordelte sakene seg", "how were
   * the cases distributed" give every published case type of the year, not only the type named as an example; a split
   * by county or gender named beside it stays that split (content/stats/stats-grammar.json `caseTypeAsked`).
   */
  describe('how the cases were distributed asks the case-type split', () => {
    const runner = conversationRunnerPerFile();

    it.each<[Lang, string]>([
      ['nb', 'Hvordan fordeler henvendelsene til Kompetanseteamet seg i 2022?'],
      ['nn', 'korleis fordelte sakane seg i 2022 hos Kompetanseteamet? vald, kontroll og slikt'],
      ['en', "How were Kompetanseteamet's cases distributed in 2022?"],
      ['en', "how did the team's cases break down in 2022? threats, control etc"],
    ])('the split asked (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['368'])).toBe(true);
      expect(containsFact(view.texts, ['135'])).toBe(true);
    });

    it('a split by county named beside it is no case-type split', async () => {
      const view = await runner.turn('en', 'how were the 2022 cases spread across counties?');
      expect(containsFact(view.texts, ['135'])).toBe(false);
    });
  });
}

// (was dym32.test.ts)
{
  /**
   * "Did you mean" on clear questions (issue #13, session 32): each class the reader was unsure of, with its own example
   * sentences, through the real bot: the answer, not a choice of topics, with the facts a person needs.
   */
  describe('clear questions get the answer, not "did you mean"', () => {
    const runner = conversationRunnerPerFile();

    const KT = ['478 09 050', '47809050'];
    const EXPERT_TEAM = ['post@imdi.no'];
    const RED_CROSS = ['815 55 201'];

    // Someone to discuss a case with, without saying who: "drøfte", "discuss", "обговорити", "omówić", "ክዛረበሉ" asked with
    // a wish to stay anonymous (also typed "aa" for å), is Kompetanseteamet's advice for services.
    it.each<[Lang, string]>([
      ['nb', 'Vi i SFO lurer på en familie der far bestemmer alt for mora. Er det noen vi kan drøfte dette med uten å si hvem det er?'],
      ['nn', 'Eg er miljøterapeut og har ei jente eg uroar meg for. Finst det nokon eg kan drofte dette med utan aa seie namn?'],
      ['en', "I work at a youth club. Is there someone we could discuss a family's situation with anonymously?"],
      ['uk', 'Я соціальна працівниця. Чи є хтось, з ким можна анонімно обговорити випадок однієї родини?'],
      ['ru', 'Я работаю в детском саду. Есть ли кто-то, с кем можно анонимно обсудить одну семью?'],
      ['pl', 'Pracuję w szkole. Czy jest ktoś, z kim mogę anonimowo omówić sytuację jednej rodziny?'],
    ])('someone to discuss a case with anonymously (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [KT]);
    });

    it('a number to talk on without giving one\'s name, in Tigrinya: the lines, the Red Cross line among them', async () => {
      await expectAnsweredWith(runner, 'ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ብዛዕባ ሓንቲ ስድራ ስመይ ከይሃብኩ ክዛረበሉ ዝኽእል ሰብ ኣሎ ዶ?', [KT, RED_CROSS]);
    });

    // Consulting without consent is consulting without saying who: Kompetanseteamet's card says it can be done anonymously.
    it.each<[Lang, string]>([
      ['en', 'Can I discuss a client with Kompetanseteamet without consent, or does that break confidentiality?'],
      ['nn', 'Kan eg drøfte ein elev med Kompetanseteamet utan samtykke frå foreldra?'],
    ])('consulting Kompetanseteamet without consent (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [KT]);
    });

    // A speaker, a course or a theme day for staff or parents: asked as "whom can we invite", in an earlier question of the
    // message ("… a course? And how do we book it?"), as a wish followed by "is there such a thing?", or as a parents'
    // meeting someone is asked to hold.
    it.each<[Lang, string]>([
      ['nb', 'Vi skal ha planleggingsdag i august. Hvem kan vi invitere til å snakke om negativ sosial kontroll for personalet?'],
      ['en', 'Our library wants to host a theme evening on forced marriage for parents. Who could we invite as a speaker?'],
      ['uk', 'Ми працюємо в центрі для біженців. Кого можна запросити провести лекцію для працівників про примусові шлюби?'],
      ['ru', 'Мы работаем в школе для взрослых. Кого можно пригласить выступить перед сотрудниками о контроле в семье?'],
      ['pl', 'Jesteśmy ośrodkiem dla uchodźców. Kogo możemy zaprosić na wykład dla pracowników o przemocy honorowej?'],
      ['nn', 'Me er ein barnehage i Sunnfjord. Me ønskjer ein fagdag for personalet om kjønnslemlesting. Finst det noko slikt?'],
      ['en', 'We run an after-school club. Is there anyone who can give a short course for our staff on honour-related violence? And how do we book it?'],
      ['nb', 'Hei, jeg jobber på en barneskole. Rektor og jeg tenker at det hadde vært lurt med et foreldremøte om frihet og grenser. Kan vi få noen til å holde det?'],
    ])('a speaker or a course for staff or parents (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [EXPERT_TEAM]);
    });

    // The services' names now and before, asked with words between ("hva kalles … i dag?"), or with the school advisers
    // named in other words: the history of the services, which gives the names.
    it.each<[Lang, string, readonly string[]]>([
      ['nb', 'hva kalles minoritetsrådgiverne i dag?', ['mangfoldsrådgiver']],
      ['nn', 'kva heiter integreringsrådgjevarane no?', ['spesialutsending']],
      ['en', 'what are the integration advisers at the embassies called nowadays?', ['envoy']],
      ['fa', 'مشاوران مدرسه که در این زمینه کمک می‌کنند قبلاً چه نام داشتند؟', ['minoritetsrådgiver', 'اقلیت']],
    ])('the names now and before (%s): %s', async (lang, message, fact) => {
      await expectAnsweredWith(runner, lang, message, [fact]);
    });

    // Someone at school asked for, and nothing else: the school's diversity adviser, whose number is on imdi.no.
    it.each<[Lang, string]>([
      ['nn', 'Eg er kontaktlærar på vidaregåande og har ein elev som ikkje får vere med på noko etter skuletid. Er det nokon på skulen som jobbar med slikt?'],
      ['nb', 'Er det noen på skolen som jobber med sånt? Jeg er lærer og en elev får ikke bli med på tur.'],
      ['en', 'My son is in upper secondary and has trouble at home. I want to talk to the adviser at his school. How do I reach him?'],
      ['ar', 'ابني في المدرسة الثانوية. أريد التحدث مع المستشار في المدرسة. كيف أجد رقم هاتفه؟'],
    ])('someone at school who works with this (%s): %s', async (lang, message) => {
      await expectAnsweredWith(runner, lang, message, [['imdi.no']]);
    });

    it('a question about a named service with its number asked beside it: the card, number and all', async () => {
      await expectAnsweredWith(runner, 'nb', 'Hva gjør egentlig Kompetanseteamet for barnevernet, og kan du gi meg nummeret deres?', [KT]);
    });

    // Somewhere a young person can read about it herself, beside an anonymous place to ask: Nora and ung.no.
    it.each<[Lang, string, readonly (readonly string[])[]]>([
      ['en', "I'm a youth worker. Is there a website where a girl can read about this herself, and somewhere she can ask questions anonymously?", [['imdi.no/nora'], ['ung.no']]],
      ['nb', 'Jeg er helsesykepleier. Hvor kan en jente lese om dette selv?', [['nora']]],
    ])('somewhere to read about it herself (%s): %s', async (lang, message, facts) => {
      await expectAnsweredWith(runner, lang, message, facts);
    });
  });
}

// (was facts32.test.ts)
{
  /**
   * Facts the articles hold that a person asks about in their own words (issue #13 point 8, session 32): each class with
   * its own example sentences, through the real bot. The coverage script's English scoring is checked beside them.
   */
  const ISOLATES = /[\u2066-\u2069]/gu;

  function articleTitle(id: string, lang: Lang): string {
    const file = path.resolve(__dirname, '../../content/knowledge/articles', `${id}.json`);
    const title = z.object({ title: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(file, 'utf8'))).title[lang];
    if (title === undefined) throw new Error(`${id} has no title in ${lang}`);
    return title;
  }

  function shows(view: TurnView, text: string): boolean {
    return view.texts.some((t) => t.replace(ISOLATES, '').includes(text));
  }

  describe('facts in the articles, asked in a person’s own words', () => {
    const runner = conversationRunnerPerFile();

    // "Film" is an everyday subject (a film to watch tonight), but Nora's animated film about cross-cultural identity is
    // one of the portal's resources: asked about, it is answered from Nora's article, not declined.
    it.each<[Lang, string]>([
      ['nb', 'Hva slags animasjonsfilm har IMDi laget til Nora?'],
      ['nn', 'Kva for ein animasjonsfilm har IMDi laga til Nora?'],
      ['en', 'Has IMDi made an animated film for Nora?'],
      ['pl', 'Czy IMDi zrobiło film animowany dla Nory?'],
      ['uk', 'Чи зробив IMDi анімаційний фільм для Nora?'],
      ['ru', 'Сделал ли IMDi анимационный фильм для Nora?'],
      ['tr', 'IMDi Nora için animasyon filmi yaptı mı?'],
      ['so', 'Miyuu IMDi u sameeyay filim kartoon ah Nora?'],
      ['ar', 'هل يوجد فيلم رسوم متحركة على موقع نورا؟'],
      ['fa', 'آیا IMDi برای نورا یک فیلم انیمیشن ساخته است؟'],
      ['ur', 'کیا IMDi نے نورا کے لیے اینیمیٹڈ فلم بنائی ہے؟'],
      ['ti', 'Nora ናይ ካርቱን ፊልም ኣለዋ ድዩ?'],
    ])("Nora's animated film (%s): %s", async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.cannotAnswer || view.didYouMean || view.emergency).toBe(false);
      expect(shows(view, articleTitle('service-nora', lang))).toBe(true);
    });

    // An abbreviation in capitals ("ROS-analyser") is no place name, so the question is not read as "which adviser is in ROS".
    it.each<[Lang, string]>([
      ['en', 'Does the diversity adviser scheme carry out ROS analyses?'],
    ])('risk and vulnerability analyses of privacy (%s): %s', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(shows(view, articleTitle('service-diversity-advisers', lang))).toBe(true);
      expect(shows(view, 'ROS')).toBe(true);
    });

    it.each<[Lang, string, RegExp]>([
      ['nb', 'Hvorfor samlet IMDi rådgiverne og fagteamet i én divisjon?', /divisjon/u],
      ['nn', 'Korleis er dei særskilde tenestene i IMDi organiserte no?', /divisjon/u],
      ['en', 'How did IMDi organise its special support services in 2023?', /division/u],
    ])('the special services in one division (%s): %s', async (lang, message, fact) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.texts.some((t) => fact.test(t))).toBe(true);
    });
  });

  describe('what reads as a place in a question about a service', () => {
    it('an abbreviation in capitals is no place; a county is', () => {
      expect(isContactQuestion('gjør mangfoldsrådgiverne ros-analyser', 'gjør mangfoldsrådgiverne ROS-analyser')).toBe(false);
      expect(isContactQuestion('har fagteamet et fou-oppdrag', 'har fagteamet et FoU-oppdrag')).toBe(false);
      expect(isContactQuestion('mangfoldsrådgiver i trøndelag', 'mangfoldsrådgiver i Trøndelag')).toBe(true);
    });
  });

  describe('the coverage script reads an English reply as the bot writes it', () => {
    const fact = (value: string, statement: string): DomainFact => ({
      id: 'T1',
      topic: 'saksstatistikk',
      service: 'mangfoldsrådgivere',
      year: 2023,
      metric: 'opprinnelsesland',
      value,
      unit: null,
      breakdown: null,
      statement_nb: statement,
      source: { file: 'x.txt', lines: '1-1' },
    });
    const view = (texts: string[]): TurnView => ({ texts, cards: [], replyLanguage: 'en', languages: ['en'], emergency: false, didYouMean: false, cannotAnswer: false, languageCard: false, answers: 1 });

    it('a Norwegian country name is found by its English name', () => {
      const f = fact('Irak, Tyrkia, Marokko', 'Sakene gjaldt Irak, Tyrkia og Marokko.');
      expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq, Turkey and Morocco.']))).toBe('answered');
      expect(judgeReply(f, 'en', view(['Most cases involved people from Iraq and Turkey.']))).toBe('wrong-figure');
    });

    it("a service named by its Norwegian noun at a sentence's head is found by its English name, and by nothing else", () => {
      const f = fact('oppfølging av utsatte', 'Mangfoldsrådgiverne følger opp ungdom som er utsatt.');
      expect(judgeReply(f, 'en', view(['The diversity advisers follow up young people at risk.']))).toBe('answered');
      expect(judgeReply(f, 'en', view(['Kompetanseteamet advises front-line services.']))).toBe('wrong-figure');
    });
  });
}

// (was hb32a.test.ts)
{
  /**
   * What the held-back set general-blind-94 showed (issue #13, session 32, hb32a), as classes with their own sentences,
   * through the real bot.
   */
  describe('hb32a: dangers the held-back set -94 showed', () => {
    const runner = conversationRunnerPerFile();
    const EMERGENCY = ['112', '١١٢', '۱۱۲'];

    // A silencing threat: "it will end badly for her (she will regret it) if she tells anyone", told of a person.
    it.each<[Lang, string]>([
      ['nb', 'Faren til eleven har sagt at det skal ende ille for henne hvis hun sier noe til noen. Hun er hos helsesykepleier nå.'],
      ['nn', 'Bror hennar har sagt at det skal gå ille med ho viss ho seier noko til nokon. Ho sit hjå oss på kontoret no.'],
      ['en', 'Her father told her it will end very badly for her if she tells anyone about the engagement. She is in my classroom now.'],
      ['ar', 'أخوها قال لها إن العاقبة ستكون سيئة جدا إذا أخبرت أحدا عن الخطوبة. هي الآن عندي في الصف.'],
      ['so', 'Aabbaheed wuxuu ku yiri haddii ay cid u sheegto natiijadu way xumaan doontaa. Hadda waxay joogtaa fasalkayga.'],
      ['fa', 'برادرش به او گفته اگر به کسی چیزی بگوید عاقبتش بد خواهد بود. الان در کلاس من است.'],
      ['ur', 'اس کے بھائی نے کہا ہے کہ اگر اس نے کسی کو منگنی کے بارے میں بتایا تو انجام بہت برا ہو گا۔ وہ ابھی میری کلاس میں ہے۔'],
      ['uk', 'Її брат сказав, що якщо вона комусь скаже про заручини, наслідки будуть дуже погані. Вона зараз у моєму класі.'],
      ['ru', 'Её брат сказал, что если она кому-то расскажет о помолвке, последствия будут очень плохие. Она сейчас у меня в классе.'],
      ['tr', 'Ağabeyi, nişanı birine söylerse sonunun çok kötü olacağını söylemiş. Şu an benim sınıfımda.'],
      ['pl', 'Jej brat powiedział, że jeśli komuś powie o zaręczynach, skończy się to dla niej bardzo źle. Jest teraz w mojej klasie.'],
      ['ti', 'ሓዋ ንሓደ ሰብ እንተ ነጊራ መወዳእታኣ ሕማቕ ክኸውን እዩ ኢሉዋ። ሕጂ ኣብ ክፍለይ ኣላ።'],
    ])('a silencing threat told of a person (%s): the emergency card', async (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, EMERGENCY)).toBe(true);
    });

    // Its calm twins: "if she tells" without harm promised, and an ending feared without anyone's words.
    it.each<[Lang, string]>([
      ['nb', 'Hvis hun sier noe til noen på skolen, hvem skal vi da kontakte?'],
      ['en', 'If she tells anyone at school, who should the teacher contact first?'],
      ['en', 'I worry our project will end badly if we do not plan the parents meeting better.'],
    ])('calm twin (%s): %s', (lang, message) => {
      expect(alarmed(message, lang)).toBe(false);
    });

    // A person held by family in a country the lists did not name (Lebanon, Jordan): an involuntary stay abroad.
    it.each<[Lang, string]>([
      ['uk', 'Моя колега розповіла, що її племінницю (19 років) батько тримає в Лівані і не відпускає додому. Куди звертатися?'],
      ['ru', 'Коллега рассказала, что её племянницу (19 лет) отец держит в Ливане и не отпускает домой. Куда обращаться?'],
      ['pl', 'Koleżanka mówi, że jej siostrzenica (19 lat) jest w Libanie i rodzina jej nie wypuszcza, nie pozwalają jej wrócić. Gdzie dzwonić?'],
      ['tr', 'Bir öğrencimin ablası Lübnan\'da ailesi tarafından tutuluyor, geri dönmesine izin vermiyorlar. Kime başvurmalıyız?'],
    ])('held abroad in Lebanon (%s): the emergency card', async (lang, message) => {
      expect(isDanger(message, lang)).toBe(true);
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
    });

    // Training asked as a wish ("eğitim isteyebileceğimiz", "eğitim talep"): whoever trains staff, IMDi's expert team.
    it.each<[Lang, string]>([
      ['tr', 'Okulumuzda mangfoldsrådgiver yok. Personelimiz için zorla evlilik konusunda eğitim talep edebileceğimiz bir yer var mı?'],
    ])('training wished, no adviser (%s): IMDi\'s expert team', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(containsFact(view.texts, ['post@imdi.no', 'fagteam', 'Fagteam'])).toBe(true);
    });
  });
}

// (was hb32b.test.ts)
{
  /**
   * What the held-back set general-blind-95 showed (issue #13, session 32), as classes with their own sentences, through
   * the real bot.
   */
  describe('hb32b: everyday errands declined, and a chat asked for answered with the lines', () => {
    const runner = conversationRunnerPerFile();

    // A birthday greeting to write for someone is an errand; a child kept from birthday parties stays a sign of control.
    it.each<[Lang, string]>([
      ['nb', 'Kan du skrive en bursdagshilsen til en kollega som fyller 50?'],
      ['nn', 'Kan du skrive ei bursdagshelsing til sjefen min?'],
      ['en', 'Can you write a short birthday message for my neighbour?'],
      ['ar', 'هل يمكنك أن تكتب لي رسالة عيد ميلاد لصديقتي؟'],
      ['so', 'Ma ii qori kartaa fariin maalin dhalasho oo saaxiibkay ah?'],
      ['fa', 'میشه برای همکارم یک پیام تولد کوتاه بنویسی؟'],
      ['ur', 'میری بہن کے لیے سالگرہ کی مبارکباد لکھ دیں'],
      ['uk', 'Напишіть, будь ласка, привітання з днем народження для колеги'],
      ['ru', 'Напишите поздравление с днем рождения для моей коллеги'],
      ['pl', 'Napisz proszę życzenia urodzinowe dla mojej koleżanki'],
      ['tr', 'Arkadaşım için kısa bir doğum günü mesajı yazar mısın?'],
      ['ti', 'ንዓርከይ ናይ ልደት መልእኽቲ ክትጽሕፈለይ ትኽእል ዶ?'],
    ])('a birthday greeting to write (%s) is declined', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // Changing one's GP is an errand with the health service, not a matter of the domain.
    it.each<[Lang, string]>([
      ['nb', 'Jeg vil bytte fastlege, hvordan gjør jeg det?'],
      ['nn', 'Korleis kan eg byte fastlege?'],
      ['en', 'How do I change my GP in Norway?'],
      ['ar', 'كيف يمكنني تغيير طبيبي العام في النرويج؟'],
      ['so', 'Sideen u beddeli karaa dhakhtarkayga fastlege?'],
      ['fa', 'چطور میتوانم دکترم را عوض کنم؟ fastlege'],
      ['ur', 'میں اپنا fastlege کیسے تبدیل کروں؟'],
      ['uk', 'Як змінити свого сімейного лікаря в Норвегії?'],
      ['ru', 'Как сменить своего семейного врача в Норвегии?'],
      ['pl', 'Jak mogę zmienić lekarza rodzinnego w Norwegii?'],
      ['tr', 'Doktorumu nasıl değiştirebilirim?'],
      ['ti', 'ሓኪም ከመይ ክቕይር እኽእል?'],
    ])('changing one\'s GP (%s) is declined', async (lang, message) => {
      expectDeclined(await runner.turn(lang, message), lang);
    });

    // "What can I suggest to her?" beside a chat or a line she would rather use is the asker's own ask: the lines.
    const LINES = ['Røde Kors', 'rodekorstelefonen', 'ung.no', 'volinjen', '815 55 201'];
    it.each<[Lang, string]>([
      ['nb', 'En elev vil heller chatte enn å ringe om at broren passer på alt hun gjør. Hva kan jeg anbefale?'],
      ['nn', 'Ei elev vil heller chatte enn ringje om at faren styrer kven ho er med. Kva kan eg tilrå?'],
      ['en', 'A learner would rather chat than call about her family controlling her. What can I recommend?'],
    ])('a chat asked for, and what to suggest (%s): the lines', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, LINES)).toBe(true);
    });
  });
}

// (was left32.test.ts)
{
  /**
   * What session 31's blind sets still failed, as classes (issue #13, session 32), through the real bot with our own
   * example sentences.
   */
  describe('left32: classes the tuned sets still failed', () => {
    const runner = conversationRunnerPerFile();

    // "And if it is not urgent?" after the police's emergency number: the police's ordinary number, not 112 again.
    it.each<[Lang, string, string]>([
      ['nb', 'hva er nødnummeret til politiet?', 'og hvis det ikke haster?'],
      ['nn', 'kva er naudnummeret til politiet?', 'enn om det ikkje hastar?'],
      ['en', 'what number do I call for the police in an emergency?', 'and if it is not urgent?'],
      ['pl', 'jaki jest numer alarmowy policji?', 'a jeśli to nie jest pilne?'],
      ['ru', 'какой номер полиции в экстренной ситуации?', 'а если не срочно?'],
      ['uk', 'який номер поліції для екстрених випадків?', 'а якщо не терміново?'],
      ['tr', 'polisin acil numarası nedir?', 'peki acil değilse?'],
      ['ar', 'ما هو رقم الشرطة في حالات الطوارئ؟', 'وإذا لم تكن حالة طوارئ؟'],
      ['fa', 'شماره پلیس برای موارد اضطراری چیست؟', 'اگر اضطراری نباشد چی؟'],
      ['ur', 'پولیس کا ایمرجنسی نمبر کیا ہے؟', 'اگر ایمرجنسی نہ ہو تو؟'],
      ['so', 'waa maxay lambarka booliska ee degdegga?', 'haddii aysan degdeg ahayn?'],
      ['ti', 'ፖሊስ ኣብ ህጹጽ ኩነታት ቁጽሪ እንታይ እዩ?', 'ህጹጽ እንተዘይኮነኸ?'],
    ])('not urgent after the emergency number (%s): the police 02800, no emergency card', async (lang, first, second) => {
      const view = await runner.turn(lang, [first, second]);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['02800'])).toBe(true);
    });

    // The same for child welfare: after the out-of-hours service, the child-welfare office when it is not urgent.
    it('not urgent after barnevernvakten (nn): the municipal child-welfare office', async () => {
      const view = await runner.turn('nn', ['kva nummer har barnevernvakta?', 'enn viss det ikkje hastar?']);
      expect(view.texts.join(' ')).toMatch(/Barnevernet er kommunalt/u);
    });

    // A front-line worker's child case in danger that nothing else read: the emergency card first, and the duty to
    // notify child welfare (barnevernet) in the answer under it.
    it.each<[Lang, string]>([
      ['pl', 'lekarz na SOR. 16-latek z obrażeniami twierdzi, że pobił go wujek, bo przyniósł wstyd rodzinie. wujek siedzi w poczekalni. co robić?'],
      ['ru', 'врач в приёмном отделении. у 16-летней девочки синяки, говорит, что её избил отец. отец ждёт в коридоре. что делать?'],
      ['ar', 'طبيبة في الطوارئ. بنت عمرها 16 سنة عليها كدمات وتقول إن أبوها ضربها. أبوها ينتظر في الممر. ماذا أفعل؟'],
      ['nn', 'lege på legevakta. ein gut på 16 har skadar og seier at far slo han. far ventar på gangen. kva no?'],
    ])('a child in danger told by health staff (%s): 112 first, child welfare in the answer', async (lang, message) => {
      const view = await runner.turn(lang, message);
      expect(view.emergency).toBe(true);
      expect(view.cards[0]?.kind).toBe('emergency');
      expect(view.texts.join(' ')).toMatch(/barnevern/iu);
    });
  });
}

// (was nn32.test.ts)
{
  /**
   * Nynorsk holds where bokmål holds (issue #13, session 32): the nynorsk forms people write meet the same words as their
   * bokmål twins, and the bot answers the nynorsk question with the same fact, in nynorsk.
   */
  describe('nynorsk forms read as their bokmål twins', () => {
    // Each pair: a nynorsk (or typed-without-æøå) wording and its bokmål twin, which must index to the same terms.
    it.each<[string, string]>([
      // "-givar" is nynorsk as much as "-gjevar" (the nn locale writes "mangfaldsrådgivar").
      ['kor mange mangfaldsrådgivarar er det', 'hvor mange mangfoldsrådgivere er det'],
      ['kven er minoritetsrådgivaren', 'hvem er minoritetsrådgiveren'],
      // "kva for" is "hvilke".
      ['kva for ambassade har ansvar for irak', 'hvilke ambassade har ansvar for irak'],
      ['kva for skular har rådgivar', 'hvilke skoler har rådgiver'],
      // ø and æ typed as oe and ae, as å as aa.
      ['kjoennslemlesting', 'kjønnslemlestelse'],
      ['kven kan laere oss meir', 'hvem kan lære oss mer'],
    ])('%s ~ %s', (nn, nb) => {
      expect(indexTerms(nn, 'no')).toEqual(indexTerms(nb, 'no'));
    });

    it.each<string>(['poeng', 'does', 'israel'])('%s is left as written', (word) => {
      expect(indexTerms(word, 'no')).toEqual([word]);
    });

    it.each<string>(['noe', 'noen', 'poeng'])('%s keeps its oe', (word) => {
      expect(toBokmal(word)).toBe(word);
    });
  });

  describe('nynorsk questions get the bokmål twin’s fact, in nynorsk', () => {
    const runner = conversationRunnerPerFile();

    async function expectNn(turns: string | readonly string[], facts: readonly (readonly string[])[], lang: Lang = 'nn'): Promise<void> {
      const view = await runner.turn(lang, turns);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(view.replyLanguage).toBe(lang);
      expect(view.emergency).toBe(false);
      for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    }

    // Failed before: "kva for skular" with "-givarar" read as the adviser article, not the 2008 figure.
    it('which schools had advisers in 2008, asked with kva for and -givarar: 29', async () => {
      await expectNn('kva for skular hadde mangfaldsrådgivarar i 2008', [['29']]);
    });

    // Failed before: ø typed as oe, the FGM word unread; the child-welfare contact alone came back.
    it('child welfare on suspected FGM, typed without ø: the FGM answer and Kompetanseteamet', async () => {
      await expectNn('korleis skal barnevernstenesta gaa fram naar dei mistenkjer kjoennslemlesting hos ei jente?', [['478 09 050']]);
    });

    // Failed on the way (a history phrasing's weights moved): a question about nynorsk words is out of scope.
    it('a nynorsk spelling question is declined', async () => {
      const view = await runner.turn('nn', 'heiter det barnehagar eller barnehagen på nynorsk?');
      expectDeclined(view, 'nn');
    });

    // Passed before and after (a sample of the probes).
    it.each<[string | readonly string[], readonly (readonly string[])[]]>([
      ['kva for ein ambassade dekkjer Afghanistan?', [['Islamabad']]],
      ['kor mange saker hadde spesialutsendingane i 2023', [['245']]],
      [['kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og i 2008?'], [['381']]],
      ['kan bebuarar på mottaket ringje kompetanseteamet sjølve?', [['478 09 050']]],
      ['når vart kompetanseteamet oppretta?', [['2004']]],
      ['kva er nummeret til SEIF?', [['22 03 48 30']]],
    ])('%s', async (turns, facts) => {
      await expectNn(turns, facts);
    });
  });
}

// (was plain32.test.ts)
{
  /**
   * Danger said plainly in a few words (issue #13, plain32): a person × harm × form grid in the twelve languages
   * (scripts/plain-danger-grid.ts) gets the full emergency card first; the same words as a topic question stay calm.
   */
  describe('danger said plainly in a few words: the emergency card first', () => {
    const runner = conversationRunnerPerFile();

    const dangerous = PLAIN_DANGER_GRID.filter(([, , text]) => !LEFT_OPEN.has(text));

    it.each(dangerous.map(([lang, form, text]) => [lang, form, text] as [Lang, string, string]))(
      'dangerous (%s, %s): %s',
      async (lang, _form, text) => {
        expect(isDanger(text, lang)).toBe(true);
        const view = await runner.turn(lang, text);
        expect(view.cards[0]?.kind).toBe('emergency');
      },
    );

    // Forced marriage and cutting in the bot's own test words, not the grid's: more persons and forms.
    it.each<[Lang, string]>([
      ['nb', 'kusina mi blir tvunget til å gifte seg med en hun ikke kjenner'],
      ['nn', 'eg vert tvinga til å gifte meg med ein eg ikkje kjenner'],
      ['en', "I'm being made to marry a man I have never met, I don't want to"],
      ['nb', 'onkelen min vil omskjære meg neste uke'],
      ['en', 'my aunt wants to circumcise me'],
      ['pl', 'ciocia chce mnie obrzezać'],
      ['ru', 'бабушка говорит, что мне сделают обрезание'],
    ])('more persons and forms (%s): %s', async (lang, text) => {
      expect(isDanger(text, lang)).toBe(true);
    });

    it.each(PLAIN_CALM_TWINS.map(([lang, , text]) => [lang, text] as [Lang, string]))('calm twin (%s): %s', async (lang, text) => {
      const view = await runner.turn(lang, text);
      expectCalmByTheRules(view, text, lang);
    });

    it.each<[Lang, string]>([
      ['nb', 'jeg vil ikke gifte meg før jeg er ferdig med studiene, det har jeg valgt selv'],
      ['en', 'what happens if someone is forced to marry?'],
      ['nb', 'er det lov å omskjære gutter?'],
    ])('calm, more twins (%s): %s', async (lang, text) => {
      expect(isDanger(text, lang)).toBe(false);
    });
  });
}
