import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { normalize } from '../../src/language/text';
import { requestInside } from '../../src/understanding/asking-sentence';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s41ask (issue #13): a clear question framed as a polite request to the bot. "can you help me figure out which
 * embassy covers Iraq?" got the emergency card (the plain danger words read "help me" as a plea), and "can you help me
 * find the number for …" / "kan du hjelpe meg å finne nummeret til …" got "did you mean" (the contact reader took "can
 * … help" for a question about what the service helps with). The classes, our own probes in our own words:
 *  (a) a request frame ("can/could you help me (to/with) …", "kan du hjelpe meg (å/med) …", "можете помочь …",
 *      "możesz mi pomóc …", "ma i caawin kartaa …", "… yardım eder misiniz?", "… میں میری مدد کر سکتے ہیں؟") around an
 *      ordinary question: the recognizers read the question inside it as if asked plainly
 *      (content/understanding/asking/<lang>.json `requestFrames`); danger is still read from the whole message;
 *  (b) "help me" followed by a lookup or an understanding asked ("help me figure out", "hjelp meg å sjekke",
 *      "помогите найти номер", "pomóż mi zrozumieć", "ساعدني في معرفة") is a request, not a plea
 *      (danger/<lang>.json `plea.notBefore` and `pleaTasks`);
 *  (c) the name of the current national plan asked at the end of a calm story about a lesson: the action plans
 *      article (a "national plan" names it, content/knowledge/extra-phrasings.json).
 * Danger twins: a real plea stays a plea ("help me, they are taking me away", "help me" alone, a "help me" passed on,
 * a frame around a danger told, "помогите найти дочь").
 */
type Probe = readonly [Lang, string];

const KOMPETANSETEAMET = ['478 09 050', '47809050'];
const AMMAN = ['Amman', 'عمّان', 'عمان', 'Амман', 'Амані', 'Ammanie', 'Ammanda', 'አማን', 'اممان'];

describe('s41ask (a): a polite request frame around a question asks the question', () => {
  const runner = conversationRunnerPerFile();

  it.each<Probe>([
    ['en', 'can you help me find the number for kompetanseteamet?'],
    ['en', 'could you please help me get the phone number of Kompetanseteamet'],
    ['nb', 'kan du hjelpe meg å finne nummeret til kompetanseteamet?'],
    ['nb', 'kunne du hjelpe meg med telefonnummeret til Kompetanseteamet?'],
    ['nn', 'kan du hjelpe meg å finne nummeret til kompetanseteamet?'],
    ['ru', 'не могли бы вы помочь найти телефон Kompetanseteamet?'],
    ['uk', 'чи можете допомогти знайти номер Kompetanseteamet?'],
    ['pl', 'czy możesz mi pomóc znaleźć numer do Kompetanseteamet?'],
    ['so', 'ma i caawin kartaa inaan helo lambarka Kompetanseteamet?'],
    ['tr', 'Kompetanseteamet numarasını bulmama yardım eder misiniz?'],
    ['ur', 'کیا آپ Kompetanseteamet کا نمبر ڈھونڈنے میں میری مدد کر سکتے ہیں؟'],
  ])('%s: the team\'s number, no card and no "did you mean": %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, KOMPETANSETEAMET)]).toEqual([text, true]);
  });

  it.each<Probe>([
    ['en', 'can you help me figure out which embassy covers Iraq?'],
    ['en', 'could you help me work out which envoy is responsible for Iraq'],
    ['nb', 'kan du hjelpe meg med å finne ut hvilken ambassade som dekker Irak?'],
  ])('%s: the envoy for Iraq, calmly: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean]).toEqual([text, false, false]);
    expect([text, containsFact(view.texts, AMMAN)]).toEqual([text, true]);
  });

  it.each<Probe>([
    ['en', 'could you help me understand what negative social control means?'],
    ['nb', 'kunne du hjelpe meg med hva tvangsekteskap er?'],
    ['nn', 'kunne du hjelpe meg med kva tvangsekteskap er?'],
    ['en', 'could you help me figure out how many cases kompetanseteamet had in 2023?'],
    ['nb', 'kan du hjelpe meg å sjekke hvor mange saker Kompetanseteamet hadde i 2023?'],
  ])('%s: an article or a figure, answered calmly: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, view.cannotAnswer, view.answers > 0]).toEqual([text, false, false, false, true]);
  });
});

describe('s41ask (b): "help me" before a lookup is a request; a plea stays a plea', () => {
  const runner = conversationRunnerPerFile();

  it.each<Probe>([
    ['en', 'help me figure out who covers Iraq'],
    ['nb', 'hjelp meg å sjekke hvem som dekker Irak'],
    ['ru', 'помогите найти номер телефона Kompetanseteamet'],
    ['uk', 'допоможіть знайти номер Kompetanseteamet'],
    ['uk', 'допоможіть зрозуміти, що таке примусовий шлюб'],
    ['pl', 'pomóż mi znaleźć numer do Kompetanseteamet'],
    ['ru', 'помогите понять, что такое принудительный брак'],
  ])('%s: no emergency card: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });

  it.each<Probe>([
    ['en', 'help me'],
    ['en', 'help me, they are taking me away'],
    ['en', 'please help me I am scared'],
    ['en', 'can you help me? they want to send me abroad'],
    ['en', 'a pupil sent me a text that only said "help me"'],
    ['nb', 'hjelp meg, de vil sende meg'],
    ['nb', 'kan du hjelpe meg? de vil sende meg til Pakistan'],
    ['nn', 'hjelp meg, dei vil sende meg bort'],
    ['ru', 'помогите'],
    ['ru', 'помогите найти дочь'],
    ['ru', 'помогите, меня хотят выдать замуж'],
    ['uk', 'допоможіть, мене забирають'],
    ['uk', 'допоможіть!'],
    ['pl', 'pomóż mi, boję się'],
    ['tr', 'yardım edin beni kaçırıyorlar'],
    ['so', 'i caawi'],
    ['so', 'i caawi, waxay i geynayaan dibadda'],
    ['ar', 'ساعدني'],
    ['ar', 'ساعدوني يريدون تزويجي بالقوة'],
    ['fa', 'کمکم کنید'],
    ['fa', 'کمکم کنید، می‌خواهند مرا به زور شوهر دهند'],
    ['ur', 'میری مدد کریں، وہ مجھے زبردستی پاکستان لے جا رہے ہیں'],
    ['ti', 'ሓግዙኒ ብግዲ ክምርዕዉኒ እዮም'],
  ])('%s: the emergency card with 112: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });
});

describe('s41ask (c): the current plan asked at the end of a calm lesson story', () => {
  const runner = conversationRunnerPerFile();

  it.each<Probe>([
    ['en', "I teach at a secondary school and I'm planning a lesson on freedom and family pressure for my class. I want to avoid stereotypes. A girl in the class wondered whether there is a national plan on this in Norway. I believe so, but the title escapes me. What is the name of the plan that applies now?"],
    ['en', 'I teach social studies and we are planning a week on rights. A pupil asked if the government has an action plan against negative social control. What is the current one called?'],
    ['nb', 'Jeg er lærer og forbereder en temauke for 9. trinn om frihet og valg. Hva heter den gjeldende handlingsplanen nå?'],
  ])('%s: the plan\'s name, no card and no "did you mean": %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.didYouMean]).toEqual([false, false]);
    expect(containsFact(view.texts, ['Sjef i eget liv'])).toBe(true);
  });
});

describe('s41ask: the frame reader', () => {
  it.each<[Lang, string, string | undefined]>([
    ['en', 'Can you help me find the number for Kompetanseteamet?', 'find the number for kompetanseteamet?'],
    ['nb', 'Kan du hjelpe meg med å finne ut hvem som dekker Irak?', 'finne ut hvem som dekker irak?'],
    ['tr', 'zorla evlilik hakkında bilgi bulmama yardım eder misiniz?', 'zorla evlilik hakkında bilgi bulmama?'],
    // Nothing of its own inside: the frame is the message, read as it is.
    ['en', 'can you help me?', undefined],
    ['en', 'can you help me please', undefined],
    ['en', 'what is negative social control?', undefined],
  ])('%s: %s → %s', (lng, text, inside) => {
    expect(requestInside(normalize(text), lng)).toBe(inside);
  });
});
