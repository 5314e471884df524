import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);

describe('the police asked for when it is not an emergency: 02800, not 112', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hva er nummeret til politiet når det ikke er en nødsituasjon?'],
    ['nn', 'Kva nummer har politiet når det ikkje hastar?'],
    ['en', 'What number do I ring for the police if nobody is in danger right now?'],
    ['ar', 'كيف اتصل بالشرطة اذا الشي مش طوارئ'],
    ['ar', 'رقم البوليس لما ما تكون حالة طوارئ'],
    ['so', 'Waa maxay lambarka booliska haddii aysan ahayn xaalad degdeg ah?'],
    ['fa', 'شماره پولیس وقتی موضوع اضطراری نیست چند است؟'],
    ['ur', 'پولیس کا نمبر کیا ہے اگر معاملہ ایمرجنسی نہیں ہے؟'],
    ['uk', 'Який номер поліції, якщо ситуація не екстрена?'],
    ['ru', 'Какой номер полиции, если дело не срочное?'],
    ['tr', 'Acil olmayan durumlarda polisin numarası ne?'],
    ['pl', 'Jaki jest numer na policję, gdy sprawa nie jest pilna?'],
    ['ti', 'ህጹጽ ዘይኮነ ጉዳይ ቁጽሪ ፖሊስ እንታይ እዩ?'],
  ])('%s: %s', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.serviceId).toBe('police');
  });

  it('an emergency asked for is still 112', () => {
    expect(recognizer.read('شو رقم الشرطة للطوارئ؟', 'ar')?.query.serviceId).toBe('police-emergency');
  });
});

describe('a manager asking, in a story of a past case, whether someone can train the staff: IMDi\'s expert team and RVTS', () => {
  it.each<[Lang, string]>([
    ['nb', 'Vi i voksenopplæringen hadde en elev som ble giftet bort for lenge siden, men nå er alt i orden. Lederen min spør om noen kan komme og holde kurs for lærerne om æresrelatert vold. Hvem kontakter vi?'],
    ['nn', 'Vi i flyktningtenesta hadde ei sak om tvangsekteskap for fleire år sidan, no er det over. Leiaren min spør om nokon kan halde kurs for heile personalet. Kven tek vi kontakt med?'],
    ['en', "Our refugee service had a forced-marriage case a few years back; it's resolved now and she's fine. My manager is asking whether someone could run a course for all our staff on honour-based violence. Who do we contact?"],
    ['ar', 'في خدمة اللاجئين عندنا كانت هناك حالة زواج قسري قبل سنوات، والآن انتهت والحمد لله. مديري يسأل إذا كان هناك من يقدم دورة تدريبية لكل الموظفين. بمن نتصل؟'],
    ['so', 'Adeegga qaxootiga ee aan ka shaqeeyo waxaa jirtay kiis guur qasab ah sannado ka hor, hadda wuu dhammaaday. Maamulahaygu wuxuu weydiinayaa in qof koorso u qaban karo dhammaan shaqaalaha. Yaan la xiriirnaa?'],
    ['fa', 'در خدمات پناهندگان ما چند سال پیش یک مورد ازدواج اجباری داشتیم که حالا حل شده است. مدیرم می\u200cپرسد آیا کسی می\u200cتواند برای همه کارمندان دوره آموزشی برگزار کند. با چه کسی تماس بگیریم؟'],
    ['ur', 'ہماری پناہ گزین سروس میں چند سال پہلے جبری شادی کا ایک کیس تھا، اب سب ٹھیک ہے۔ میرے باس پوچھ رہے ہیں کہ کیا کوئی ہمارے پورے عملے کے لیے تربیت دے سکتا ہے۔ ہم کس سے رابطہ کریں؟'],
    ['uk', 'У нашій службі для біженців кілька років тому був випадок примусового шлюбу, зараз усе владнано. Моя керівниця питає, чи може хтось провести навчання для всього персоналу. До кого звернутися?'],
    ['ru', 'В нашей службе для беженцев несколько лет назад был случай принудительного брака, сейчас всё позади. Начальник спрашивает, может ли кто-нибудь провести обучение для всех сотрудников. К кому обратиться?'],
    ['tr', 'Mülteci hizmetimizde birkaç yıl önce bir zorla evlendirme vakası vardı, artık çözüldü. Müdürüm soruyor: tüm personel için eğitim verebilecek biri var mı? Kime başvuralım?'],
    ['pl', 'W naszym biurze dla uchodźców kilka lat temu był przypadek przymusowego małżeństwa, teraz wszystko jest w porządku. Kierowniczka pyta, czy ktoś mógłby przeprowadzić szkolenie dla całego personelu. Do kogo się zwrócić?'],
    ['ti', 'ኣብ ኣገልግሎት ስደተኛታት ቅድሚ ገለ ዓመታት ጉዳይ ብግዲ መርዓ ነይሩ፡ ሕጂ ተፈቲሑ እዩ። ሓላፊየይ ንኹሎም ሰራሕተኛታት ስልጠና ዝህብ ሰብ እንተሎ ይሓትት። ንመን ንረኽብ?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.training).toBe(true);
    expect(ids(query ?? {}).slice(0, 2)).toEqual(['expert-team', 'rvts']);
  });
});

describe('"a few years ago" in Dari, Urdu and Arabic dates the story and asks for no figure', () => {
  it.each<[Lang, string]>([
    ['fa', 'چند سال پیش در مدرسه ما یک مورد بود. ما دوره آموزشی برای کارمندان می‌خواهیم. با چه کسی تماس بگیریم؟'],
    ['ur', 'چند سال پہلے ہمارے اسکول میں ایک کیس تھا۔ ہم عملے کے لیے تربیت چاہتے ہیں۔ کس سے رابطہ کریں؟'],
    ['ar', 'قبل كم سنة كانت عندنا حالة في المدرسة. نريد دورة تدريبية للموظفين. بمن نتصل؟'],
  ])('%s: who trains the staff', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.training).toBe(true);
  });

  it('fa: "how many" asked is still a figure', () => {
    expect(recognizer.read('کمپتانسه‌تیم در سال ۲۰۲۳ چند مورد داشت؟', 'fa')?.query.training).toBeUndefined();
  });
});
