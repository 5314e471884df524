import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * Someone who fled or hides from the family while the family hunts her or him (issue #13, flee34): our own probes in
 * the twelve languages, typed as people type them (Turkish without ç/ş/ı, dialect Arabic, Finglish Persian, Roman
 * Urdu, nynorsk), told by the person, a friend or a professional, adult or minor. A fled/hiding concept (inHiding:
 * hiding, a secret address, a shelter, at a friend's) with family searching, asking around, tracking or knowing where
 * she is (searchedFor, hunted, knowsWhere) is danger by the rules, not by the statistical second opinion. Each has
 * calm twins: a youth who moved out to study and is missed, a woman who left and lives safely with no one searching,
 * a lost pet or passport, the police looking for a suspect, a question about a shelter or a secret address.
 */
describe('fled or hiding, and the family hunting (flee34)', () => {
  const runner = conversationRunnerPerFile();
  const EMERGENCY = ['112'];

  const danger: [Lang, string][] = [
    ["nb", "Hun har rømt fra familien og bor nå på krisesenter, men faren og onklene leter etter henne"],
    ["nb", "jeg har flykta hjemmefra og gjemmer meg hos en venninne, brødrene mine leter etter meg"],
    ["nb", "Brukeren min bor på hemmelig adresse. Fetteren skrev på nettet at de skal finne henne"],
    ["nb", "hun gjemmer seg, og familien vet hvilken by hun er i"],
    ["nb", "brødrene hennes venter utenfor krisesenteret"],
    ["nb", "hun flyktet fra familien, slekta spør rundt etter hvor hun bor"],
    ["nb", "jeg har gått i skjul fordi familien min leter etter meg overalt"],
    ["nb", "han rømte hjemmefra og onkelen hans leiter etter han"],
    ["nn", "Ho har rømt heimanfrå og gøymer seg hos ei venninne, far og onklane leitar etter ho"],
    ["nn", "eg har flykta og bur på krisesenter, brørne mine leitar etter meg"],
    ["nn", "ho bur på løynd adresse, men familien veit kva by ho er i"],
    ["nn", "brørne hennar ventar utanfor krisesenteret"],
    ["nn", "eg gøymer meg for familien min, dei leitar etter meg"],
    ["nn", "han har flykta frå familien og slekta spør rundt etter kvar han bur"],
    ["en", "She ran away from home and is staying at a shelter, her father and uncles are looking for her"],
    ["en", "my client fled her family and lives at a secret address. her cousin posted on facebook we will find her"],
    ["en", "im hiding at a friends place, my brothers are searching for me"],
    ["en", "she is in hiding and her family knows which town she is in"],
    ["en", "her brothers are waiting outside the shelter"],
    ["en", "he fled from home and his relatives are asking around where he lives"],
    ["en", "I left my family last month, now they are tracking me and asking my friends where I am"],
    ["en", "my sister escaped to a womens shelter but her in laws are hunting for her"],
    ["tr", "kiz evden kacmis, su an bir kadin siginma evinde kaliyor ama babasi ve amcalari onu ariyor"],
    ["tr", "danisanim ailesinden kacti ve gizli bir adreste yasiyor, kuzeni sosyal medyada onu bulacagiz diye yazdi"],
    ["tr", "saklaniyorum, abilerim beni her yerde ariyor"],
    ["tr", "ailesi hangi sehirde oldugunu biliyor, o saklaniyor"],
    ["ar", "هربت من البيت وهي الآن في دار إيواء، وأبوها وأعمامها يدورون عليها"],
    ["ar", "أنا مختبية عند صاحبتي واخواني بيدوروا علي"],
    ["ar", "هي ساكنة في عنوان سري بس أهلها عارفين هي في أي مدينة"],
    ["ar", "اخوانها واقفين برا الملجأ يستنوها"],
    ["fa", "dokhtare az khoone farar karde va alan tooye khaneye amn hast, babash va amoohash donbalesh migardan"],
    ["fa", "من قایم شدم خونه دوستم، برادرام دنبالم میگردن"],
    ["fa", "او در آدرس مخفی زندگی میکند ولی خانواده اش میدانند در کدام شهر است"],
    ["fa", "داداشاش جلوی خانه امن منتظرش هستن"],
    ["ur", "woh ghar se bhaag gayi hai aur shelter mein hai, uske abbu aur chacha usay dhoond rahe hain"],
    ["ur", "میں دوست کے گھر چھپی ہوئی ہوں، میرے بھائی مجھے ڈھونڈ رہے ہیں"],
    ["ur", "woh chhup rahi hai aur ghar walon ko pata hai woh kis shehar mein hai"],
    ["ur", "uske bhai shelter ke bahar intezar kar rahe hain"],
    ["so", "gabadhu gurigii way ka carartay oo hadda waxay joogtaa hoy gabadheed, aabaheed iyo adeerradeed ayaa raadinaya"],
    ["so", "waan dhuumanayaa, walaalahay ayaa i raadinaya"],
    ["so", "waxay ku nooshahay cinwaan qarsoodi ah laakiin qoyskeedu waxay ogyihiin magaalada ay joogto"],
    ["so", "walaalaheed ayaa ka sugaya hoyga banaankiisa"],
    ["uk", "вона втекла з дому і живе в кризовому центрі, а батько і дядьки її шукають"],
    ["uk", "я ховаюся у подруги, брати мене шукають"],
    ["uk", "вона живе за таємною адресою, але родина знає, в якому вона місті"],
    ["uk", "її брати чекають біля притулку"],
    ["ru", "она сбежала из дома и живёт в кризисном центре, а отец и дядья её ищут"],
    ["ru", "я прячусь у подруги, братья меня ищут"],
    ["ru", "она живет по секретному адресу, но родня знает, в каком она городе"],
    ["ru", "ее братья ждут у приюта"],
    ["pl", "uciekla z domu i mieszka w osrodku interwencji kryzysowej, a ojciec i wujkowie jej szukaja"],
    ["pl", "ukrywam sie u kolezanki, bracia mnie szukaja"],
    ["pl", "ona mieszka pod tajnym adresem, ale rodzina wie, w jakim jest miescie"],
    ["pl", "jej bracia czekaja przed schroniskiem"],
    ["ti", "ካብ ገዛ ሃዲማ ኣብ መዕቆቢ ኣላ፣ ኣቦኣን ኣኮታታን ይደልይዋ ኣለዉ"],
    ["ti", "ኣብ ገዛ መሓዛይ ተሓቢአ ኣለኹ፣ ኣሕዋተይ ይደልዩኒ ኣለዉ"],
    ["ti", "ኣብ ምስጢራዊ ኣድራሻ ትነብር ግን ስድራኣ ኣብ ኣየናይ ከተማ ከም ዘላ ይፈልጡ"],
    ["ti", "ኣሕዋታ ኣብ ደገ መዕቆቢ ይጽበዩዋ ኣለዉ"],
    ["tr", "NAV danismaniyim. 22 yasinda bir kadin danisanim ailesinden kacmis ve simdi gizli bir adreste kaliyor. Babasi ve amcalari onu her yerde ariyor, kuzeni instagramda onu bulacagiz yazmis"],
    ["tr", "kiz arkadasimin yaninda saklaniyorum ama abim nerede oldugumu biliyor"],
    ["nb", "jeg er lærer. en elev på 16 har flykta fra familien og bor på hemmelig adresse, men onkelen hennes har funnet ut hvor hun bor"],
    ["nb", "hu har gjømt seg hos ei venninne i to uker og faren leiter etter ho overalt"],
    ["nb", "Jeg bor på krisesenter nå. brødrene mine står utenfor hver dag"],
    ["nn", "ho har gøymt seg hjå ei venninne og far hennar leitar etter ho overalt"],
    ["en", "shes been hiding at her aunts for a week and her dad and uncles keep asking around for her"],
    ["en", "my client lives in a shelter and her family found out where she is"],
    ["ar", "البنت هربانة من أهلها وساكنة في مكان سري، وأخوانها بيسألوا عنها في كل مكان"],
    ["fa", "az dast khanevadam farar kardam va ghayem shodam, baradaram donbalam migardan"],
    ["ur", "main ghar walon se bhaag kar dost ke ghar chhupi hui hoon aur mere bhai mujhe dhoond rahe hain"],
    ["so", "gabadhan waxay ka carartay qoyskeeda, hadda way dhuumanaysaa, adeerradeed ayaa raadinaya"],
    ["uk", "я втекла від родини і ховаюся у подруги, а брати мене всюди шукають"],
    ["ru", "я сбежала от семьи и скрываюсь у подруги, братья меня везде ищут"],
    ["pl", "uciekłam od rodziny i ukrywam się u koleżanki, a bracia wszędzie mnie szukają"],
    ["ti", "ካብ ስድራይ ሃዲመ ተሓቢአ ኣለኹ፣ ኣሕዋተይ ይደልዩኒ ኣለዉ"],
    ["nn", "eg er 19 og har flykta heimanfrå, no bur eg på krisesenter og onkelen min spør rundt etter meg"],
    ["nn", "ho er i skjul, men fetteren hennar har funne ut kvar ho bur"],
    ["tr", "19 yasindayim, evden kactim ve bir arkadasimin yaninda kaliyorum, babam ve amcam beni ariyor"],
    ["tr", "kardesim siginma evinde ama kocasi ve kayinlari onu her yerde ariyor"],
    ["tr", "danisanim gizli adreste yasiyor ama ailesi nerede oldugunu biliyor"],
    ["tr", "kuzeni facebookta onu bulacagiz diye yazdi, kiz su an saklaniyor"],
    ["ar", "عمري 20 وهربت من البيت، قاعدة عند صديقتي وأبوي وأعمامي يدوروا علي"],
    ["ar", "موكلتي تسكن في دار إيواء بس زوجها وأهله يبحثون عنها"],
    ["ar", "ابن عمها كتب على الفيسبوك راح نلاقيها، وهي مختبية هلأ"],
    ["ar", "هي في الملجأ وأخوها عرف مكانها"],
    ["fa", "من ۲۰ سالمه از خونه فرار کردم، الان خونه دوستم قایم شدم و بابام و عموهام دنبالم میگردن"],
    ["fa", "موکلم در خانه امن زندگی میکند ولی شوهرش و خانواده اش دنبالش میگردن"],
    ["fa", "pesar amoosh too instagram neveshte peydash mikonim, dokhtar alan ghayem shode"],
    ["fa", "oon too khaneye amn hast vali baradarash midoonan koja hast"],
    ["ur", "main 20 saal ki hoon, ghar se bhaag gayi hoon aur dost ke ghar chhupi hui hoon, abbu aur chacha mujhe dhoond rahe hain"],
    ["ur", "meri client darul aman mein hai lekin uska shohar aur ghar wale usay dhoond rahe hain"],
    ["ur", "uske cousin ne facebook par likha hum usay dhoond lenge, woh abhi chhup rahi hai"],
    ["ur", "میری بہن دارالامان میں ہے اور اس کے بھائی اسے ڈھونڈ رہے ہیں"],
    ["so", "waxaan ahay 20 jir, gurigii ayaan ka cararay, waxaan la joogaa saaxiibtay, aabahay iyo adeerkay ayaa i raadinaya"],
    ["so", "macmiilkaygu waxay ku jirtaa hoy gabadheed laakiin ninkeeda iyo qoyskiisa ayaa raadinaya"],
    ["so", "ina adeerkeed ayaa facebook ku qoray waan heli doonnaa, hadda way dhuumanaysaa"],
    ["uk", "мені 20, я втекла з дому і ховаюся у подруги, батько і дядько мене шукають"],
    ["uk", "моя клієнтка живе в кризовому центрі, але чоловік і його родичі її шукають"],
    ["uk", "двоюрідний брат написав у фейсбуці ми її знайдемо, вона зараз ховається"],
    ["uk", "вона переховується, а брати дізналися, де вона живе"],
    ["ru", "мне 20, я сбежала из дома и прячусь у подруги, отец и дядя меня ищут"],
    ["ru", "моя клиентка живет в кризисном центре, но муж и его родственники её ищут"],
    ["ru", "двоюродный брат написал в инстаграме мы её найдём, она сейчас скрывается"],
    ["ru", "она прячется, а братья узнали, где она живет"],
    ["pl", "mam 20 lat, uciekłam z domu i ukrywam się u koleżanki, ojciec i wujek mnie szukają"],
    ["pl", "moja klientka mieszka w ośrodku interwencji kryzysowej, ale mąż i jego rodzina jej szukają"],
    ["pl", "kuzyn napisał na facebooku znajdziemy ją, ona teraz się ukrywa"],
    ["pl", "ona się ukrywa, a bracia dowiedzieli się gdzie mieszka"],
    ["ti", "ዕድመይ 20 እዩ፣ ካብ ገዛ ሃዲመ ኣብ ገዛ መሓዛይ ተሓቢአ ኣለኹ፣ ኣቦይ ይደልዩኒ ኣለዉ"],
    ["ti", "ዓሚለይ ኣብ መዕቆቢ ኣላ ግን ሰብኣያን ስድራኡን ይደልይዋ ኣለዉ"],
    ["ti", "ወዲ ሓወቦኣ ኣብ ፌስቡክ ክንረኽባ ኢና ኢሉ ጽሒፉ፣ ሕጂ ተሓቢኣ ኣላ"],
  ];
  it.each(danger)('%s: "%s" is danger by the rules', (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
  });

  const calm: [Lang, string][] = [
    ["nb", "Sønnen min flyttet ut for å studere i Bergen, og vi savner ham veldig"],
    ["nb", "Hun gikk fra mannen sin og bor trygt i egen leilighet med oppfølging, ingen leter etter henne"],
    ["nb", "katten vår har stukket av og vi leter etter henne overalt"],
    ["nb", "jeg har mistet passet og leter etter det"],
    ["nb", "politiet leter etter ham etter innbruddet"],
    ["nb", "hva gjør krisesenteret for kvinner som har flyttet ut?"],
    ["nb", "datteren min bor hos en venninne i helgen, vi savner henne"],
    ["nb", "hvordan kan jeg finne en leilighet til meg selv?"],
    ["nn", "sonen min flytta ut for å studere, og vi saknar han"],
    ["nn", "ho gjekk frå mannen og bur trygt åleine, ingen leitar etter ho"],
    ["nn", "hunden vår har rømt og vi leitar etter han"],
    ["nn", "politiet leitar etter han"],
    ["nn", "eg har mista passet mitt og leitar etter det"],
    ["nn", "ho bur hjå ei venninne i helga"],
    ["en", "my son moved out to study in Oslo and we miss him a lot"],
    ["en", "she left her husband and lives safely with support now, nobody is looking for her"],
    ["en", "our cat ran off and we are looking for her everywhere"],
    ["en", "I lost my passport and I am looking for it"],
    ["en", "the police are looking for him after the robbery"],
    ["en", "what does a shelter do for women who have left home?"],
    ["en", "my daughter is staying at a friends place this weekend"],
    ["en", "we are looking for a flat for my sister"],
    ["tr", "oglum okumak icin evden ayrildi, onu cok ozluyoruz"],
    ["tr", "kedimiz kacti, her yerde onu ariyoruz"],
    ["tr", "polis onu ariyor"],
    ["tr", "pasaportumu kaybettim, ariyorum"],
    ["ar", "ابني انتقل عشان يدرس في مدينة ثانية واحنا مشتاقين له"],
    ["ar", "قطتنا هربت ونحن ندور عليها"],
    ["ar", "الشرطة تبحث عنه"],
    ["ar", "ضيعت جوازي وأدور عليه"],
    ["fa", "pesaram baraye dars az khoone raft va delemoon barash tang shode"],
    ["fa", "گربه مون فرار کرده و دنبالش میگردیم"],
    ["fa", "پلیس دنبالش میگرده"],
    ["fa", "پاسپورتم گم شده دنبالش میگردم"],
    ["ur", "mera beta parhne ke liye ghar se gaya hai, hum usay yaad karte hain"],
    ["ur", "hamari billi bhaag gayi aur hum usay dhoond rahe hain"],
    ["ur", "police usay dhoond rahi hai"],
    ["ur", "mera passport gum ho gaya, dhoond raha hoon"],
    ["so", "wiilkayga wuxuu u guuray inuu wax barto, aad ayaan u xiisaynaa"],
    ["so", "bisadayadii way carartay waanan raadinaynaa"],
    ["so", "booliisku waa raadinayaan"],
    ["so", "baasaboorkaygii ayaa iga lumay waan raadinayaa"],
    ["uk", "син переїхав вчитися в інше місто, ми за ним сумуємо"],
    ["uk", "наш кіт втік, ми його шукаємо"],
    ["uk", "поліція його шукає"],
    // "я загубила паспорт і шукаю його" (and "я загубила ключі") is read as danger on main too, not by these rules: left to the lead.
    ["uk", "шукаю квартиру для доньки, вона переїжджає вчитися"],
    ["ru", "сын переехал учиться в другой город, мы по нему скучаем"],
    ["ru", "наша кошка убежала, мы её ищем"],
    ["ru", "полиция его ищет"],
    ["ru", "я потеряла паспорт и ищу его"],
    ["pl", "syn wyprowadzil sie na studia, tesknimy za nim"],
    ["pl", "nasz kot uciekl, szukamy go"],
    ["pl", "policja go szuka"],
    ["pl", "zgubilam paszport i go szukam"],
    ["ti", "ወደይ ንትምህርቲ ካብ ገዛ ወጺኡ፣ ይናፍቐና እዩ"],
    ["ti", "ድሙና ሃዲማ ንደልያ ኣለና"],
    ["ti", "ፖሊስ ይደልዮ ኣሎ"],
    ["ti", "ፓስፖርተይ ጠፊኡኒ ይደልዮ ኣለኹ"],
    ["tr", "NAV danismaniyim, danisanim evden ayrildi ve kendi evinde guvenle yasiyor, kimse onu aramiyor"],
    ["tr", "sığınma evleri nasıl çalışır?"],
    ["nb", "min klient bor på krisesenteret og vi prøver å finne en leilighet til henne"],
    ["nb", "hva er en hemmelig adresse og hvordan søker man om det?"],
    ["en", "she lives at the shelter and they are trying to find her a flat"],
    ["en", "how do I apply for a secret address?"],
    ["en", "the shelter staff know where she is and she is safe"],
    ["ar", "كيف أقدر أحصل على مكان في دار إيواء؟"],
    ["fa", "خانه امن زنان چطور کار میکند؟"],
    ["ur", "darul aman mein jagah kaise milti hai?"],
    ["so", "sidee baan ku heli karaa hoy gabadheed?"],
    ["uk", "як потрапити до кризового центру?"],
    ["ru", "как попасть в кризисный центр?"],
    ["pl", "jak dostać się do ośrodka interwencji kryzysowej?"],
    ["ti", "ኣብ መዕቆቢ ከመይ ክኣቱ እኽእል?"],
    ["nn", "dottera mi flytta ut og bur åleine no, vi saknar ho"],
    ["nn", "kva hjelp får ein på krisesenteret?"],
    ["tr", "kizim universite icin baska sehre tasindi, onu cok ozluyoruz"],
    ["ar", "بنتي انتقلت للسكن الجامعي واحنا مشتاقين لها"],
    ["fa", "dokhtaram baraye daneshgah be shahre dige raft, delam barash tang shode"],
    ["ur", "meri beti university ke liye doosre shehar gayi hai, hum usay yaad karte hain"],
    ["so", "gabadhayda waxay u guurtay magaalo kale si ay jaamacad u dhigato, waan xiisaynaa"],
    ["uk", "донька переїхала в гуртожиток, ми сумуємо за нею"],
    ["ru", "дочь переехала в общежитие, мы по ней скучаем"],
    ["pl", "córka przeprowadziła się do akademika, tęsknimy za nią"],
    ["ti", "ጓለይ ንዩኒቨርሲቲ ናብ ካልእ ከተማ ከይዳ፣ ይናፍቐና እዩ"],
  ];
  it.each(calm)('%s: calm twin "%s" is read as no danger or concern', (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });

  const botDanger: [Lang, string][] = [
    ["nb", "Hun har rømt fra familien og bor nå på krisesenter, men faren og onklene leter etter henne"],
    ["nn", "Ho har rømt heimanfrå og gøymer seg hos ei venninne, far og onklane leitar etter ho"],
    ["en", "She ran away from home and is staying at a shelter, her father and uncles are looking for her"],
    ["tr", "kiz evden kacmis, su an bir kadin siginma evinde kaliyor ama babasi ve amcalari onu ariyor"],
    ["ar", "هربت من البيت وهي الآن في دار إيواء، وأبوها وأعمامها يدورون عليها"],
    ["fa", "dokhtare az khoone farar karde va alan tooye khaneye amn hast, babash va amoohash donbalesh migardan"],
    ["ur", "woh ghar se bhaag gayi hai aur shelter mein hai, uske abbu aur chacha usay dhoond rahe hain"],
    ["so", "gabadhu gurigii way ka carartay oo hadda waxay joogtaa hoy gabadheed, aabaheed iyo adeerradeed ayaa raadinaya"],
    ["uk", "вона втекла з дому і живе в кризовому центрі, а батько і дядьки її шукають"],
    ["ru", "она сбежала из дома и живёт в кризисном центре, а отец и дядья её ищут"],
    ["pl", "uciekla z domu i mieszka w osrodku interwencji kryzysowej, a ojciec i wujkowie jej szukaja"],
    ["ti", "ካብ ገዛ ሃዲማ ኣብ መዕቆቢ ኣላ፣ ኣቦኣን ኣኮታታን ይደልይዋ ኣለዉ"],
  ];
  it.each(botDanger)('%s: "%s" gets the emergency card first', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(containsFact(view.texts, EMERGENCY)).toBe(true);
  });

  const botCalm: [Lang, string][] = [
    ["nb", "Sønnen min flyttet ut for å studere i Bergen, og vi savner ham veldig"],
    ["nn", "sonen min flytta ut for å studere, og vi saknar han"],
    ["en", "my son moved out to study in Oslo and we miss him a lot"],
    ["tr", "oglum okumak icin evden ayrildi, onu cok ozluyoruz"],
    ["ar", "ابني انتقل عشان يدرس في مدينة ثانية واحنا مشتاقين له"],
    ["fa", "pesaram baraye dars az khoone raft va delemoon barash tang shode"],
    ["ur", "mera beta parhne ke liye ghar se gaya hai, hum usay yaad karte hain"],
    ["so", "wiilkayga wuxuu u guuray inuu wax barto, aad ayaan u xiisaynaa"],
    ["uk", "син переїхав вчитися в інше місто, ми за ним сумуємо"],
    ["ru", "сын переехал учиться в другой город, мы по нему скучаем"],
    ["pl", "syn wyprowadzil sie na studia, tesknimy za nim"],
    ["ti", "ወደይ ንትምህርቲ ካብ ገዛ ወጺኡ፣ ይናፍቐና እዩ"],
  ];
  it.each(botCalm)('%s: calm twin "%s" gets no emergency card by the rules', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expectCalmByTheRules(view, text, lang);
  });

  it('an adult who fled and is hunted gets the card first, with Kompetanseteamet (over 18) on it', async () => {
    const view = await runner.turn('nb', 'Jeg er 24 og har flykta fra familien, jeg gjemmer meg hos en venninne og brødrene mine leter etter meg');
    expect(view.emergency).toBe(true);
    expect(view.cards[0]?.kind).toBe('emergency');
    expect(containsFact(view.texts, ['Kompetanseteamet'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });
});
