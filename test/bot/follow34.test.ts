import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Follow-ups in the nine languages beside nb/nn/en that ask something new about the card just shown (issue #13,
 * follow34): our own two-turn probes, typed as people type them in Teams (short, elliptic, often without a question
 * mark). Each last turn is answered in its language with the facts asked, no "did you mean", no "cannot answer" and
 * no emergency card; each class has a calm twin that keeps the answer it had.
 */
describe('follow-ups that ask something new about the last card (follow34)', () => {
  const runner = conversationRunnerPerFile();
  type Row = [string, Lang, string[], string[][]];

  async function expectAnswered(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe("a line for children asked after the Red Cross line or VO-linjen: Alarmtelefonen 116 111", () => {
    it.each<Row>([
      ["A-nb", "nb", ["nummeret til Røde Kors-telefonen?", "finnes det en egen linje for de under 18?"], [["116 111", "116111"]]],
      ["A-nn", "nn", ["nummeret til Raude Kross-telefonen?", "finst det ei eiga linje for dei under 18?"], [["116 111", "116111"]]],
      ["A-en", "en", ["red cross helpline number?", "is there a separate one for kids under 18?"], [["116 111", "116111"]]],
      ["A-ar", "ar", ["ما رقم Røde Kors-telefonen؟", "هل يوجد خط خاص للأطفال تحت 18؟"], [["116 111", "116111"]]],
      ["A-so", "so", ["lambarka Røde Kors-telefonen?", "ma jiraa khad gaar ah oo carruurta loogu talagalay?"], [["116 111", "116111"]]],
      ["A-uk", "uk", ["який номер Røde Kors-telefonen?", "а для дітей до 18 є окрема лінія?"], [["116 111", "116111"]]],
      ["A-ru", "ru", ["какой номер у Røde Kors-telefonen?", "а для детей до 18 есть отдельная линия?"], [["116 111", "116111"]]],
      ["A-tr", "tr", ["Røde Kors-telefonen numarası?", "çocuklar için ayrı hat var mı?"], [["116 111", "116111"]]],
      ["A-pl", "pl", ["jaki jest numer Røde Kors-telefonen?", "a dla dzieci poniżej 18 jest osobna linia?"], [["116 111", "116111"]]],
      ["A-ti", "ti", ["ቁጽሪ Røde Kors-telefonen እንታይ እዩ?", "ንቆልዑ ትሕቲ 18 ፍሉይ መስመር ኣሎ ድዩ?"], [["116 111", "116111"]]],
      ["A2-nb", "nb", ["hva er nummeret til vo-linjen", "og for barn?"], [["116 111", "116111"]]],
      ["A2-en", "en", ["what's the number for vo-linjen", "and for children?"], [["116 111", "116111"]]],
      ["A2-ar", "ar", ["ما رقم VO-linjen؟", "وللأطفال؟"], [["116 111", "116111"]]],
      ["A2-so", "so", ["waa maxay lambarka VO-linjen?", "carruurtana?"], [["116 111", "116111"]]],
      ["A2-fa", "fa", ["شماره VO-linjen چیه؟", "برای بچه‌ها چی؟"], [["116 111", "116111"]]],
      ["A2-ur", "ur", ["VO-linjen ka number kya hai?", "aur bachon ke liye?"], [["116 111", "116111"]]],
      ["A2-uk", "uk", ["який номер VO-linjen?", "а для дітей?"], [["116 111", "116111"]]],
      ["A2-ru", "ru", ["какой номер у VO-linjen?", "а для детей?"], [["116 111", "116111"]]],
      ["A2-tr", "tr", ["VO-linjen numarası ne?", "peki çocuklar için?"], [["116 111", "116111"]]],
      ["A2-pl", "pl", ["jaki numer ma VO-linjen?", "a dla dzieci?"], [["116 111", "116111"]]],
      ["A2-ti", "ti", ["ቁጽሪ VO-linjen እንታይ እዩ?", "ንቆልዑኸ?"], [["116 111", "116111"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });

  describe("which city, after the envoy of a country (with or without a question mark): the post's city", () => {
    it.each<Row>([
      ["B-nb", "nb", ["har ambassaden i Tyrkia noen som hjelper med tvangsekteskap?", "hvilken by da?"], [["Ankara"]]],
      ["B-nn", "nn", ["har ambassaden i Tyrkia nokon som hjelper med tvangsekteskap?", "kva by då?"], [["Ankara"]]],
      ["B-en", "en", ["does the norwegian embassy in turkey have someone for forced marriage cases?", "in which city?"], [["Ankara"]]],
      ["B-ar", "ar", ["هل في السفارة النرويجية في باكستان أحد يساعد في الزواج القسري؟", "في أي مدينة؟"], [["Islamabad", "إسلام آباد", "اسلام آباد"]]],
      ["B-so", "so", ["safaaradda Norway ee Kenya ma leedahay qof ka caawiya guurka qasabka?", "magaalo kee?"], [["Nairobi"]]],
      ["B-fa", "fa", ["سفارت نروژ در عراق کسی داره که تو ازدواج اجباری کمک کنه؟", "تو کدوم شهر؟"], [["Amman", "عمان", "امان"]]],
      ["B-ur", "ur", ["kya Pakistan mein Norway ki embassy mein koi hai jo zabardasti shaadi mein madad kare?", "kis shehar mein?"], [["Islamabad", "اسلام آباد"]]],
      ["B-uk", "uk", ["чи є в посольстві Норвегії в Туреччині хтось, хто допомагає з примусовими шлюбами?", "в якому місті?"], [["Ankara", "Анкар"]]],
      ["B-ru", "ru", ["в посольстве Норвегии в Ираке есть кто-то по принудительным бракам?", "в каком городе?"], [["Amman", "Амман"]]],
      ["B-tr", "tr", ["norveç'in pakistan büyükelçiliğinde zorla evlilik için biri var mı", "hangi şehirde peki"], [["Islamabad", "İslamabad"]]],
      ["B-pl", "pl", ["czy w ambasadzie Norwegii w Pakistanie jest ktoś od przymusowych małżeństw?", "w jakim mieście?"], [["Islamabad", "Islamabadzie"]]],
      ["B-ti", "ti", ["ኣብ ኤምባሲ ኖርወይ ኣብ ሶማሊያ ብዛዕባ ብግዲ መርዓ ዝሕግዝ ሰብ ኣሎ ድዩ?", "ኣብ ኣየናይ ከተማ?"], [["Nairobi", "ናይሮቢ"]]],
      ["en-en0", "en", ["does the norwegian embassy in turkey have someone for forced marriage cases?", "which city"], [["Ankara"]]],
      ["nb-nb0", "nb", ["har ambassaden i Tyrkia noen som hjelper med tvangsekteskap?", "hvilken by da"], [["Ankara"]]],
      ["ru-ru0", "ru", ["в посольстве Норвегии в Ираке есть кто-то по принудительным бракам?", "в каком городе"], [["Амман"]]],
      ["pl-pl0", "pl", ["czy w ambasadzie Norwegii w Pakistanie jest ktoś od przymusowych małżeństw?", "a w jakim mieście"], [["Islamabad"]]],
      ["tr-tr5", "tr", ["türkiyedeki büyükelçilikte zorla evlilik için biri var mı", "hangi şehirde peki"], [["Ankara"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });

  describe("how many there are, with 'at all' or 'in all of Norway', after the diversity advisers: 59 (2023)", () => {
    it.each<Row>([
      ["C-nb", "nb", ["hvem er mangfoldsrådgiverne?", "hvor mange er de egentlig i hele landet?"], [["59"]]],
      ["C-en", "en", ["who are the diversity advisers?", "how many are there overall in norway?"], [["59"]]],
      ["C-ar", "ar", ["من هم مستشارو التنوع؟", "وكم عددهم أصلا في كل النرويج؟"], [["59"]]],
      ["C-so", "so", ["yaa ah mangfoldsrådgivere?", "immisa ayay guud ahaan ka yihiin Norway?"], [["59"]]],
      ["C-fa", "fa", ["مشاوران تنوع کی هستن؟", "اصلا چند نفرن تو کل نروژ؟"], [["59"]]],
      ["C-ur", "ur", ["mangfoldsrådgivere kaun hain?", "poore Norway mein kul kitne hain?"], [["59"]]],
      ["C-uk", "uk", ["хто такі mangfoldsrådgivere?", "а скільки їх взагалі по всій Норвегії?"], [["59"]]],
      ["C-ru", "ru", ["кто такие mangfoldsrådgivere?", "а сколько их вообще по всей Норвегии?"], [["59"]]],
      ["C-tr", "tr", ["mangfoldsrådgivere kimdir?", "toplamda norveç'te kaç tane var?"], [["59"]]],
      ["C-pl", "pl", ["kim są mangfoldsrådgivere?", "a ilu ich jest w ogóle w całej Norwegii?"], [["59"]]],
      ["uk-uk1", "uk", ["де знайти mangfoldsrådgiver у voksenopplæring? у нас в школі немає", "а скільки їх взагалі по Норвегії?"], [["59"]]],
      ["uk-uk2", "uk", ["де знайти mangfoldsrådgiver у voksenopplæring? у нас в школі немає", "а скільки їх по Норвегії?"], [["59"]]],
      ["uk-uk3", "uk", ["хто такі mangfoldsrådgivere?", "а скільки їх взагалі по Норвегії?"], [["59"]]],
      ["ar-ar1", "ar", ["من هم مستشارو التنوع؟", "وكم عددهم؟"], [["59"]]],
      ["ar-ar2", "ar", ["من هم مستشارو التنوع؟", "وكم عددهم في كل النرويج؟"], [["59"]]],
      ["fa-fa1", "fa", ["مشاوران تنوع کی هستن؟", "چند نفرن؟"], [["59"]]],
      ["fa-fa2", "fa", ["مشاوران تنوع کی هستن؟", "تو کل نروژ چند نفرن؟"], [["59"]]],
      ["ti-ti1", "ti", ["mangfoldsrådgivere እንታይ እዮም?", "ክንደይ እዮም?"], [["59"]]],
      ["ti-ti2", "ti", ["mangfoldsrådgivere እንታይ እዮም?", "ኣብ ኖርወይ ክንደይ እዮም?"], [["59"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });

  describe("the e-mail of the children's line asked after its number: alarm@116111.no", () => {
    it.each<Row>([
      ["D-nb", "nb", ["hva er nummeret til alarmtelefonen?", "har de e-post også?"], [["alarm@116111.no"]]],
      ["D-en", "en", ["what's the number of alarmtelefonen?", "do they have an email too?"], [["alarm@116111.no"]]],
      ["D-so", "so", ["waa maxay lambarka Alarmtelefonen?", "iimayl ma leeyihiin?"], [["alarm@116111.no"]]],
      ["D-fa", "fa", ["شماره Alarmtelefonen چیه؟", "ایمیل هم دارن؟ پسرم میترسه زنگ بزنه"], [["alarm@116111.no"]]],
      ["D-ur", "ur", ["Alarmtelefonen ka number kya hai?", "kya unka email bhi hai?"], [["alarm@116111.no"]]],
      ["D-uk", "uk", ["який номер Alarmtelefonen?", "а email у них є?"], [["alarm@116111.no"]]],
      ["D-ru", "ru", ["какой номер у Alarmtelefonen?", "а почта у них есть?"], [["alarm@116111.no"]]],
      ["D-tr", "tr", ["Alarmtelefonen numarası ne?", "e-posta adresleri de var mı?"], [["alarm@116111.no"]]],
      ["D-pl", "pl", ["jaki jest numer Alarmtelefonen?", "a mają też e-mail?"], [["alarm@116111.no"]]],
      ["D-ti", "ti", ["ቁጽሪ Alarmtelefonen እንታይ እዩ?", "ኢመይል ኣለዎም ድዩ?"], [["alarm@116111.no"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });

  describe("a number to call asked after a website with no phone (Nora): the lines one can call", () => {
    it.each<Row>([
      ["n-en", "en", ["what is Nora?", "do they have a number I can call?"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-nb", "nb", ["hva er Nora?", "har de et nummer jeg kan ringe?"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-so", "so", ["waa maxay Nora?", "ma leeyihiin lambar aan wici karo?"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-ar", "ar", ["ما هي Nora؟", "عندهم رقم أتصل عليه؟"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-tr", "tr", ["Nora nedir?", "arayabileceğim bir numaraları var mı?"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-pl", "pl", ["co to jest Nora?", "mają numer, pod który mogę zadzwonić?"], [["81555201", "815 55 201", "116111", "116 111"]]],
      ["n-ru", "ru", ["что такое Nora?", "а у них есть номер, куда можно позвонить?"], [["81555201", "815 55 201", "116111", "116 111"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });

  describe('calm twins: the same follow-ups after a card of their own keep that card', () => {
    it.each<Row>([
      // The Red Cross line's hours asked: its own card (weekdays 9-17), not the children's line.
      ["twin-rk-nb", "nb", ["nummeret til Røde Kors-telefonen?", "når har de åpent?"], [["815 55 201"], ["17"]]],
      ["twin-rk-tr", "tr", ["Røde Kors-telefonen numarası?", "saat kaçta açıklar?"], [["815 55 201"]]],
      ["twin-rk-pl", "pl", ["jaki jest numer Røde Kors-telefonen?", "w jakich godzinach działa?"], [["815 55 201"]]],
      // A number asked after a card that has one (Kompetanseteamet): its own number.
      ["twin-kt-en", "en", ["what is Kompetanseteamet?", "do they have a number I can call?"], [["478 09 050"]]],
      ["twin-kt-so", "so", ["waa maxay Kompetanseteamet?", "ma leeyihiin lambar aan wici karo?"], [["478 09 050"]]],
      ["twin-kt-ru", "ru", ["что такое Kompetanseteamet?", "а у них есть номер, куда можно позвонить?"], [["478 09 050"]]],
      // Which countries, after the envoy of a country: what the post covers.
      ["twin-env-en", "en", ["does the norwegian embassy in turkey have someone for forced marriage cases?", "which countries does it cover"], [["Ankara"]]],
    ])('%s', async (_id, lang, turns, facts) => expectAnswered(lang, turns, facts));
  });
});
