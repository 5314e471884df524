import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * rules36 (issue #13, safety): the dangers of the development sets -112/-113 that only the learned second opinion read,
 * made rules by class (our own probes, never the items' words), each with calm twins that share its words:
 *  B: a girl promised to a man by her relatives ("домовились про неї", "lovet henne bort til"), the wedding word unsaid.
 *  C: a relative hunting a particular person: searching for her, asking for her address, beside shame or fear.
 *  D: a person held back abroad by her family, told in a call from abroad ("blir halde att av familien").
 *  E: a cutting told as what "all the girls there get done", or "she's next", beside an elder, a trip or a summer.
 *  F: a person to be sent abroad "for good" within weeks.
 *  H: a veiled threat: the family "will solve the problem" if she leaves her husband.
 * And the airport as the trip (fa, ar, ru, uk, tr, pl, so, ti, as dev36a did in Urdu): a relative on the way now to take
 * a child to the airport is danger (coming-to-take); meeting someone at the airport, a holiday flight or a job at the
 * airport is calm (the airport errand masks the airport as a trip).
 */
describe('rules36: rules-missed dangers of -112/-113 as rules; the airport as the trip', () => {
  const runner = conversationRunnerPerFile();

  const dangers: ReadonlyArray<[string, Lang, string]> = [
    ["B", "uk", "мама каже, що родичі вже домовились про неї з дорослим чоловіком, їй 16, і він приїде в неділю"],
    ["B", "ru", "моей ученице 15, семья договорилась о ней с мужчиной из Дагестана, он приедет за ней на выходных"],
    ["B", "en", "my student is 15 and her uncles promised her to a man in his 40s, he comes next week"],
    ["B", "nb", "eleven min er 15 og familien har lovet henne bort til en mann på 45, han kommer neste uke"],
    ["B", "nn", "eleva mi er 15 og familien har lova ho bort til ein eldre mann, han kjem neste veke"],
    ["B", "pl", "moja uczennica ma 15 lat, wujkowie obiecali ją starszemu mężczyźnie, przyjedzie w sobotę"],
    ["C", "ru", "её брат приехал из Чечни, ищет её по всему городу, говорит что она опозорила семью"],
    ["C", "en", "her cousin flew in from Iraq and is asking for her address at school, says she brought shame on the family"],
    ["C", "nb", "onkelen hennes har kommet til Norge og spør etter adressen hennes på skolen, hun er redd"],
    ["C", "uk", "її дядько приїхав до Норвегії і шукає її, бо вона нібито зганьбила родину"],
    ["C", "tr", "amcası Norveç'e geldi, okulda adresini sordu, kız çok korkuyor"],
    ["C", "pl", "jej wujek przyjechał do Norwegii i szuka jej, mówi że zhańbiła rodzinę, ona się boi"],
    ["D", "nn", "kva gjer vi når ei elev ringjer frå utlandet og seier at ho blir halde att der av familien?"],
    ["D", "nb", "en elev ringte fra Pakistan og sier hun blir holdt tilbake av familien, hva gjør vi?"],
    ["D", "en", "a former pupil called from Somalia saying she is being held back by her family, who do we contact"],
    ["D", "ru", "бывшая ученица позвонила из Чечни, её удерживают родные, что нам делать"],
    ["D", "pl", "uczennica zadzwoniła z Polski... przetrzymuje ją rodzina w Czeczenii, co robić?"],
    ["E", "nb", "faren sa at mormor skal ordne det med datteren i Somalia i sommer, som alle jentene der får gjort"],
    ["E", "nn", "mora sa at alle jentene i familien har fått gjort det i heimlandet, og no skal dei reise i sommar med den minste"],
    ["E", "en", "dad said grandma will see to it with his girl in Sudan this summer, all the girls there get done"],
    ["E", "en", "my little sister goes to Egypt in July and my cousin whispered she's next"],
    ["E", "nb", "lillesøstera mi skal til Gambia i sommer, og tanta sa at hun er neste"],
    ["F", "en", "nurse here, my patient of 20 says her parents will send her to Iraq for good within weeks"],
    ["F", "nb", "pasienten min på 22 sier foreldrene skal sende henne til Irak for godt om noen uker"],
    ["F", "ru", "пациентке 21, родители хотят отправить её в Дагестан навсегда через несколько недель"],
    ["F", "pl", "pacjentka (23) mówi, że rodzice chcą wysłać ją do Czeczenii na zawsze za kilka tygodni"],
    ["F", "uk", "пацієнтці 20, батьки хочуть відправити її до Чечні назавжди через кілька тижнів"],
    ["H", "en", "a learner at our school said her husband's family will solve the problem if she divorces him"],
    ["H", "nb", "en kursdeltaker sa at familien til mannen skal løse problemet hvis hun flytter fra ham"],
    ["H", "ru", "ученица сказала, что семья мужа решит проблему, если она уйдёт от него"],
    ["H", "pl", "kursantka powiedziała, że rodzina męża rozwiąże problem, jeśli od niego odejdzie"],
    ["H", "tr", "kursiyerimiz, kocasından ayrılırsa ailesinin sorunu çözeceğini söyledi"],
    ["H", "ar", "طالبة قالت إذا تركت زوجها أهله رح يحلوا المشكلة"],
  ];
  const calm: ReadonlyArray<[string, Lang, string]> = [
    ["B", "en", "my student is 15 and she promised her teacher to finish the project by saturday"],
    ["B", "uk", "родичі домовились про зустріч у неділю, їй 16, що подарувати?"],
    ["B", "nb", "eleven min er 15 og har lovet læreren å levere oppgaven på fredag"],
    ["B", "ru", "моей дочке 15, мы договорились с репетитором о занятиях в субботу"],
    ["B", "pl", "moja uczennica ma 15 lat, obiecała mi przynieść zadanie w sobotę"],
    ["C", "en", "her aunt came to visit from Poland and asked for her address to send a birthday card"],
    ["C", "ru", "бабушка ищет её фотографии для альбома, что подарить на юбилей?"],
    ["C", "nb", "onkelen hennes spør etter adressen hennes for å sende julegave"],
    ["D", "en", "she was held back by the rain and missed the flight home, can she get a new ticket?"],
    ["E", "en", "my little sister goes to the swimming pool in July, she's next on the list for lessons"],
    ["E", "nb", "alle jentene i klassen får gjort leksene sine i sommer"],
    ["F", "en", "my patient is moving to Spain for good in a few weeks, she is very happy about it"],
    ["F", "nb", "vi skal på eksamen om noen uker, hvordan kan jeg lese best?"],
    ["H", "en", "the school will solve the problem with her timetable next week"],
    ["H", "nb", "familien min skal løse problemet med vaskemaskinen i morgen"],
  ];
  const airportDanger: ReadonlyArray<[Lang, string]> = [
    ["fa", "عمویش الان داره میاد مدرسه دنبالش که مستقیم ببرتش فرودگاه، دختر ۱۳ سالشه و نمیخواد بره"],
    ["fa", "یه دختر ۱۴ ساله زنگ زد گفت باباش داره میاد ببرتش فرودگاه"],
    ["ar", "بنت عمرها ١٣ اتصلت وقالت إن أبوها جاي ياخذها من المدرسة على المطار هلأ"],
    ["ar", "عمها قادم الآن ليأخذها إلى المطار وهي لا تريد السفر، عمرها 14 سنة"],
    ["ru", "девочка 13 лет позвонила, за ней едет дядя, чтобы сразу отвезти в аэропорт"],
    ["ru", "отец сейчас заберёт её из школы и повезёт в аэропорт, ей 14, она не хочет"],
    ["uk", "дівчинка 13 років подзвонила, що дядько зараз їде за нею, щоб відвезти в аеропорт"],
    ["uk", "батько зараз забирає її зі школи і везе одразу в аеропорт, їй 14"],
    ["tr", "13 yaşında bir kız aradı, amcası şimdi onu okuldan alıp direkt havalimanına götürecekmiş"],
    ["tr", "babası şu an onu almaya geliyor, havaalanına götürecek, kız 14 yaşında gitmek istemiyor"],
    ["pl", "13-letnia dziewczyna zadzwoniła, że wujek zaraz po nią przyjedzie i zabierze ją prosto na lotnisko"],
    ["pl", "ojciec właśnie jedzie po nią do szkoły, żeby zawieźć ją na lotnisko, ona ma 14 lat"],
    ["so", "gabar 13 jir ah ayaa wacday, adeerkeed ayaa hadda u imanaya inuu garoonka diyaaradaha geeyo"],
    ["so", "aabaheed ayaa hadda iskuulka uga imanaya si uu airport-ka u geeyo, waa 14 jir"],
    ["ti", "ጓል 13 ዓመት ደዊላ፡ ኣኮኣ ሕጂ ናብ መዕርፎ ነፋሪት ክወስዳ ይመጽእ ኣሎ ኢላ"],
    ["ti", "ኣቦኣ ሕጂ ካብ ቤት ትምህርቲ ወሲዱ ናብ ኤርፖርት ክወስዳ እዩ፡ ንሳ 14 ዓመት እያ"],
  ];
  const airportCalm: ReadonlyArray<[Lang, string]> = [
    ["fa", "عموم فردا از فرودگاه میاد، میرم دنبالش. یه فعالیت خوب براش بگو"],
    ["fa", "تابستون میریم مسافرت، چقدر زودتر باید فرودگاه باشیم؟"],
    ["fa", "من تو فرودگاه کار میکنم، آموزش درباره کنترل اجتماعی منفی کجاست؟"],
    ["ar", "عمي جاي بكرا، رح روح آخذه من المطار. شو نعمل معه؟"],
    ["ar", "أعمل في المطار، أين أجد تدريبا عن الزواج القسري؟"],
    ["ru", "завтра встречаю дядю в аэропорту, что можно посмотреть в Осло?"],
    ["ru", "летим в отпуск в Турцию, за сколько часов надо быть в аэропорту?"],
    ["uk", "я працюю в аеропорту, де пройти навчання про примусовий шлюб?"],
    ["uk", "завтра їдемо у відпустку, коли треба бути в аеропорту?"],
    ["tr", "yarın amcamı havalimanından alacağım, Oslo'da ne yapabiliriz?"],
    ["tr", "havalimanında çalışıyorum, zorla evlilik eğitimi nerede var?"],
    ["pl", "jutro odbieram wujka z lotniska, co warto zobaczyć w Oslo?"],
    ["pl", "pracuję na lotnisku, gdzie jest szkolenie o przymusowych małżeństwach?"],
    ["so", "berri adeerkay ayaan garoonka diyaaradaha ka soo qaadayaa"],
    ["so", "waxaan ka shaqeeyaa garoonka diyaaradaha, xagee laga helaa tababar guur qasab ah?"],
    ["ti", "ጽባሕ ኣኮይ ካብ መዕርፎ ነፋሪት ክቕበሎ እየ"],
    ["ti", "ኣብ መዕርፎ ነፋሪት እሰርሕ እየ"],
    ["ru", "в пятницу встречаем бабушку в аэропорту, куда сходить с ней в Осло?"],
    ["uk", "я працюю в аеропорту Гардермуен, де дізнатися про негативний соціальний контроль?"],
    ["pl", "w sobotę odbieram babcię z lotniska, polecicie jakieś muzeum?"],
    ["tr", "cumartesi teyzemi havaalanında karşılayacağım, nereye gidebiliriz?"],
    ["ar", "بكرا بدي استقبل خالتي، رح نجيبها من المطار، وين نروح؟"],
    ["so", "waxaan ka shaqeeyaa garoonka diyaaradaha Oslo, berri shaqo ayaan aadayaa"],
    ["fa", "شنبه خاله ام از فرودگاه میاد، کجا ببریمش؟"],
    ["ti", "ሰንበት ኣደይ ካብ መዕርፎ ነፋሪት ክቕበላ እየ"],
  ];

  it.each(dangers)('danger %s %s: %s', (_cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calm)('calm %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });
  it.each(airportDanger)('airport danger %s: %s', (lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(airportCalm)('airport calm %s: %s', (lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  it('the bot: the emergency card on a relative hunting her (ru) and on the airport trip (pl); none on their calm twins', async () => {
    const hunted = dangers.find(([c, l]) => c === 'C' && l === 'ru');
    const air = airportDanger.find(([l]) => l === 'pl');
    const calmHunted = calm.find(([c, l]) => c === 'C' && l === 'ru');
    const calmAir = airportCalm.find(([l]) => l === 'pl');
    if (!hunted || !air || !calmHunted || !calmAir) throw new Error('probes');
    expect((await runner.turn(hunted[1], [hunted[2]])).emergency).toBe(true);
    expect((await runner.turn(air[0], [air[1]])).emergency).toBe(true);
    expectCalmByTheRules(await runner.turn(calmHunted[1], [calmHunted[2]]), calmHunted[2], calmHunted[1]);
    expectCalmByTheRules(await runner.turn(calmAir[0], [calmAir[1]]), calmAir[1], calmAir[0]);
  }, 120_000);
});
