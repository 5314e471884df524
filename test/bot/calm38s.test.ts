import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * calm38s (issue #13): a professional of a service for grown-ups (NAV, adult education, refugee services, a reception
 * centre, health, police) asks about a grown-up client, patient or participant under everyday control (followed
 * everywhere, waited for outside a course, her money or her friends decided for her, always kept company) and what
 * their duty is, whom to consult, whether she can contact Kompetanseteamet herself or an anonymous line for her: advice,
 * no emergency block (src/understanding/understand.ts `adultClientCalm`). Each probe has a twin that tells of danger now
 * (a threat, violence, papers taken and a trip, a person locked in, a child) and keeps the emergency card.
 * Our own sentences, none of them an evaluation item's.
 */
type Probe = readonly [Lang, string];

/** Calm: a grown-up under everyday control, asked about by a professional (all but the English one alarmed before calm38s). */
const calm: readonly Probe[] = [
  ['nb', 'Jeg jobber på NAV. En bruker på 27 forteller at mannen bestemmer over alle pengene hennes og at svigermor følger henne overalt. Hva er min plikt, og hvem kan jeg ringe for råd?'],
  ['nb', 'jobber på nav, bruker sier broren folger etter henne hele tiden og hun far ikke ha egne venner. kan hun ringe kompetanseteamet selv?'],
  ['nb', 'Jeg er NAV-veileder. En bruker (29) sier at svogeren følger etter henne overalt og venter utenfor kurset. Hva er plikten min, og hvem kan jeg spørre om råd?'],
  ['nb', 'jobber i voksenopplæringen. en deltaker på 35 sier mannen venter utenfor klasserommet hver dag og følger etter henne hjem. kan hun kontakte kompetanseteamet selv?'],
  ['nb', 'jeg er lege. en pasient, 40 år, sier svigermor alltid er med henne og at hun blir fulgt etter når hun går ut. hvor kan jeg få råd, og finnes det en anonym linje for henne?'],
  ['nn', 'Eg er NAV-rettleiar. Ein brukar (29) seier at bror hennar følgjer etter henne overalt og ventar utanfor kurset. Kva plikt har eg, og kven kan eg spørje om råd?'],
  ['nn', 'Eg underviser i vaksenopplæringa. Ei kvinne i klassen min (33) seier at mannen ventar utanfor skulen kvar dag og følgjer etter henne heim. Kan ho kontakte Kompetanseteamet sjølv, og finst det eit anonymt nummer?'],
  ['en', 'NAV adviser here. a client (29) says her brother-in-law follows her everywhere and waits outside her course. what is my duty, and who can I ask for advice?'],
  ['ar', 'أعمل في NAV. عميلة عمرها ٢٩ سنة تقول إن أخ زوجها يلاحقها في كل مكان وينتظرها خارج الدورة. ما واجبي ومن أستشير؟'],
  ['so', 'Waxaan ka shaqeeyaa NAV. Macmiil 29 jir ah ayaa sheegtay in walaalkeed meel kasta ka daba socdo oo uu koorsada banaankeeda ku sugo. Waa maxay waajibkayga, yaan la tashan karaa?'],
  ['fa', 'در NAV کار می‌کنم. مراجعی ۲۹ ساله می‌گوید برادرشوهرش همه جا تعقیبش می‌کند و بیرون کلاس منتظرش می‌ماند. وظیفه من چیست و با چه کسی مشورت کنم؟'],
  ['fa', 'معلم آموزش بزرگسالان هستم. یک زن ۳۳ ساله در کلاسم می‌گوید شوهرش هر روز بیرون مدرسه منتظرش می‌ماند و همه جا تعقیبش می‌کند. آیا خودش می‌تواند با Kompetanseteamet تماس بگیرد؟'],
  ['ur', 'میں NAV میں کام کرتی ہوں۔ ایک 29 سالہ خاتون کہتی ہے کہ اس کا شوہر ہر جگہ اس کا پیچھا کرتا ہے اور کورس کے باہر انتظار کرتا ہے۔ کیا وہ خود Kompetanseteamet سے رابطہ کر سکتی ہے؟'],
  ['uk', "Я працюю в NAV. Клієнтка, 29 років, каже, що чоловік контролює всі її гроші і ходить за нею всюди. Який мій обов'язок і до кого звернутися по пораду?"],
  ['uk', 'Я викладаю на курсах для дорослих. Жінка з моєї групи, 33 роки, каже, що чоловік щодня чекає біля школи і ходить за нею всюди. Чи може вона сама звернутися до Kompetanseteamet?'],
  ['ru', 'Я работаю в NAV. Клиентка, 29 лет, говорит, что муж контролирует все её деньги и везде ходит за ней. Какая у меня обязанность и к кому обратиться за советом?'],
  ['ru', 'Я преподаю на курсах для взрослых. Женщина из моей группы, 33 года, говорит, что муж каждый день ждёт у школы и везде ходит за ней. Может ли она сама обратиться в Kompetanseteamet?'],
  ['tr', "NAV'da çalışıyorum. 27 yaşında bir danışanım kocasının tüm parasını kontrol ettiğini ve her yere onu takip ettiğini söylüyor. Görevim ne, kime danışabilirim?"],
  ['tr', "NAV'da çalışıyorum. 29 yaşında bir danışanım, kayınbiraderinin onu her yerde takip ettiğini ve kursun önünde beklediğini söylüyor. Görevim ne, kime danışabilirim?"],
  ['pl', 'Pracuję w NAV. Klientka, 27 lat, mówi, że mąż kontroluje wszystkie jej pieniądze i wszędzie za nią chodzi. Jaki jest mój obowiązek i z kim mogę się skonsultować?'],
  ['pl', 'Pracuję w NAV. Klientka, 29 lat, mówi, że szwagier wszędzie za nią chodzi i czeka pod kursem. Jaki jest mój obowiązek i z kim mogę się skonsultować?'],
  ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓሚለይቲ 29 ዓመት ሓው ሰብኣያ ኣብ ኩሉ ቦታ ይስዕባ እዩ። እንታይ ግቡእ ኣለኒ፡ መንከ ይመኽረኒ?'],
];

/** Dangerous twins: the same asker and person, with a threat, violence, confinement, papers taken and a trip, or a child. */
const danger: readonly Probe[] = [
  ['nb', 'Jeg jobber på NAV. En bruker på 27 forteller at mannen truer med å drepe henne hvis hun går. Hva er min plikt, og hvem kan jeg ringe for råd?'],
  ['nb', 'jobber på nav, bruker sier broren har tatt passet hennes og de skal reise til pakistan i sommer for å gifte henne bort. kan hun ringe kompetanseteamet selv?'],
  ['nb', 'Jeg er NAV-veileder. En bruker (29) sier at svogeren følger etter henne overalt og har sagt at han skal drepe henne. Hva er plikten min?'],
  ['nb', 'Jeg jobber i voksenopplæringa. En deltaker (30) sier mannen følger etter henne overalt, har tatt passet hennes og at de reiser til Irak i sommer. Hva er plikten min?'],
  ['nn', 'Eg er NAV-rettleiar. Ein brukar (29) seier at bror hennar følgjer etter henne overalt og har slått henne. Kva plikt har eg?'],
  ['nn', 'Eg er lege. Ein pasient på 30 fortel at mannen slår henne og har låst henne inne. Kva plikt har eg, og kven kan eg drøfte saka med?'],
  ['en', 'NAV adviser here. a client (29) says her brother-in-law follows her everywhere and has threatened to kill her. what is my duty?'],
  ['en', 'I work in adult education. A learner (17) says her father follows her everywhere and they fly to Pakistan next week for her wedding. What is my duty?'],
  ['ar', 'أعمل في NAV. عميلة عمرها ٢٩ سنة تقول إن أخ زوجها يلاحقها في كل مكان وهددها بالقتل. ما واجبي؟'],
  ['so', 'Waxaan ka shaqeeyaa NAV. Macmiil 29 jir ah ayaa sheegtay in walaalkeed meel kasta ka daba socdo oo uu ku hanjabay inuu dilayo. Waa maxay waajibkayga?'],
  ['fa', 'در NAV کار می‌کنم. مراجعی ۲۹ ساله می‌گوید برادرشوهرش همه جا تعقیبش می‌کند و تهدید کرده او را می‌کشد. وظیفه من چیست؟'],
  ['ur', 'میں NAV میں کام کرتی ہوں۔ ایک 29 سالہ خاتون کہتی ہے کہ اس کا شوہر ہر جگہ اس کا پیچھا کرتا ہے اور اسے مارتا ہے۔ کیا وہ خود Kompetanseteamet سے رابطہ کر سکتی ہے؟'],
  ['uk', "Я працюю в NAV. Клієнтка, 29 років, каже, що брат чоловіка всюди ходить за нею і погрожує її вбити. Який мій обов'язок?"],
  ['ru', 'Я преподаю на курсах для взрослых. Женщина из моей группы, 33 года, говорит, что муж каждый день ждёт у школы и забрал её паспорт, летом они летят в Чечню. Может ли она сама обратиться в Kompetanseteamet?'],
  ['tr', "NAV'da çalışıyorum. 29 yaşında bir danışanım, kayınbiraderinin onu her yerde takip ettiğini ve öldürmekle tehdit ettiğini söylüyor. Görevim ne?"],
  ['pl', 'Pracuję w NAV. Klientka, 29 lat, mówi, że szwagier wszędzie za nią chodzi i grozi, że ją zabije. Jaki jest mój obowiązek?'],
  ['ti', 'ኣብ NAV እሰርሕ። ሓንቲ ዓሚለይቲ 29 ዓመት ሓው ሰብኣያ ኣብ ኩሉ ቦታ ይስዕባ ክቐትላ ድማ የፈራርሃ። እንታይ ግቡእ ኣለኒ?'],
];

describe('calm38s: a grown-up client under everyday control, asked about by a professional', () => {
  const runner = conversationRunnerPerFile();

  it.each(calm)('calm (%s): %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each(danger)('danger twin keeps the card (%s): %s', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });
});
