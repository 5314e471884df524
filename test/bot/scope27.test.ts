import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Session 27 (hb27b, issue #13): errands of everyday school and working life that sound close to the field are declined
 * (content/understanding/scope/*.json): writing or correcting an essay or homework, staff salaries (out of scope even
 * beside a service's name: `errand`), mother-tongue tuition, registering absence in the school's admin system. The same
 * words in a story of control, a duty question or a school's routines in an honour case stay answered. The sentences
 * are this file's own; none is in the evaluation sets.
 */
describe('school and working-life errands near the field are declined (hb27b)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    // writing or correcting a text for school
    ['nb', 'kan du rette stilen til datteren min? den handler om fotball'],
    ['nn', 'kan du skrive ein stil om hausten til meg?'],
    ['en', 'could you correct the essay my pupil wrote about the Vikings?'],
    ['pl', 'czy możesz napisać za mnie wypracowanie o zimie?'],
    ['ru', 'помогите написать сочинение про зимние каникулы'],
    ['uk', 'можеш написати твір про мого улюбленого письменника?'],
    ['tr', 'benim için kışla ilgili bir kompozisyon yazar mısın?'],
    ['ar', 'هل يمكنك كتابة موضوع تعبير عن فصل الشتاء لابني؟'],
    ['fa', 'میشه برای پسرم یک انشا بنویسی درباره زمستان؟'],
    ['ur', 'کیا آپ میرے لیے سردیوں پر مضمون لکھ سکتے ہیں؟'],
    ['so', 'ma ii qori kartaa qormo ku saabsan xilliga jiilaalka?'],
    ['ti', 'ብዛዕባ ክረምቲ ድርሰት ክትጽሕፈለይ ትኽእል ዶ?'],
    // salaries of staff, even of a service of ours
    ['nb', 'hva er startlønna for en miljøterapeut i barnevernet?'],
    ['nn', 'kva er gjennomsnittsløna for ein lærar i Bergen?'],
    ['en', 'what is the average salary of a police officer in Norway?'],
    ['pl', 'ile zarabia pracownik socjalny w Bergen?'],
    ['ru', 'какой уровень зарплат у полицейских в Норвегии?'],
    ['uk', 'яка середня зарплата вчителя в Норвегії?'],
    ['tr', 'Norveç’te bir polis memurunun ortalama maaşı nedir?'],
    ['ar', 'ما هو متوسط الراتب لموظف في الشرطة النرويجية؟'],
    ['fa', 'میانگین حقوق یک مددکار اجتماعی در نروژ چقدر است؟'],
    ['ur', 'ناروے میں ایک استاد کی اوسط تنخواہ کیا ہے؟'],
    ['so', 'waa imisa celcelis mushaharka macallinka Norway?'],
    ['ti', 'ኣብ ኖርወይ ማእከላይ ደሞዝ መምህር ክንደይ እዩ?'],
    // mother-tongue tuition
    ['nb', 'hvordan søker jeg om morsmålsopplæring i arabisk for sønnen min?'],
    ['nn', 'har skulen morsmålsundervisning i somali?'],
    ['en', 'how do we apply for mother tongue lessons in Polish at our school?'],
    ['ru', 'где найти уроки родного языка для сына в Осло?'],
    ['uk', 'чи є в школі заняття з рідної мови для дітей?'],
    ['tr', 'okulda anadil eğitimi için nereye başvurmalıyım?'],
    ['ar', 'كيف أسجل ابني في دروس اللغة الأم في المدرسة؟'],
    ['fa', 'چطور برای دخترم کلاس زبان مادری پیدا کنم؟'],
    ['ur', 'بیٹی کے لیے مادری زبان کی کلاس کیسے ملے گی؟'],
    ['so', 'sidee loo helaa waxbarashada afka hooyo ee carruurta?'],
    // absence in the school's admin system
    ['nb', 'hvor fører jeg fravær for klassen min i itslearning?'],
    ['nn', 'korleis fører eg fråvær i visma flyt for ein elev?'],
    ['en', 'how do I record absences in the attendance system for my class?'],
    ['pl', 'jak wpisać nieobecność ucznia w systemie visma flyt?'],
  ] as const)('%s: "%s" is declined', async (lang: Lang, message: string) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it.each([
    ['nb', 'fraværet til en elev har økt, og broren hennes følger henne overalt. hva gjør vi?'],
    ['nb', 'har jeg meldeplikt når fraværet til en elev øker og jeg er bekymret?'],
    ['nb', 'hvordan registrerer vi fravær for en elev som har vært i Somalia i to måneder og ikke kommet tilbake?'],
    ['nb', 'en elev skrev i stilen at hun er redd for å bli giftet bort i sommer'],
    ['en', 'a pupil wrote in her essay that she will be married off this summer, what do I do?'],
    ['en', "a pupil's absence has risen and her brother watches her all the time. what should the school do?"],
    ['nn', 'ein elev skreiv i stilen at faren slår henne. kva gjer eg?'],
  ] as const)('%s: in a story of control or a duty, the same words stay answered: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each([
    ['nb', 'har Alarmtelefonen hjelp på morsmålet?'],
    ['en', 'is there mother-tongue help at Alarmtelefonen?'],
  ] as const)('%s: a service in one\'s own language is no tuition: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });
});
