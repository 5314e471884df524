import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 17: classes found by the lead's own probe messages (written here in our own words, not copied from an
 * evaluation set): (1) being followed home or stalked by relatives, said in the present tense; (2) a veiled threat
 * that the family "will deal with her" or "teach her a lesson" (not in English, where "lesson" marks a teaching
 * question); (3) the asker saying there is no crisis keeps a calm
 * question from getting the "112 if acute" line, while plain danger stays danger. Being followed around at school by a
 * sibling who reports to the family is control, not an emergency, in Persian as in the other languages. (4) "She
 * will not live to see…" said by a relative is a death threat. (5) A school nurse or teacher planning a talk with a
 * class or a group of girls about FGM is a teaching question, not a case. (6) A story that began long ago ("settled
 * two years ago") and goes on lately ("since then", "yesterday") is a present case: a time long past makes a message
 * general only when nothing happened lately. (7) A cutting named as "what is done to (the other) girls" on a trip or
 * abroad in a season. (8) Guarding a girl's door, being taken "to the family" on Friday (pl), followed home and "you
 * will see" (tr).
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));
const isConcern = (text: string, lng: Lang) => danger.isConcern?.(prepareUtterance(text, lng), false) === true;

describe('danger: followed home or stalked by relatives', () => {
  it.each([
    ['en', 'a pupil says two of her cousins follow her home every day and she is terrified'],
    ['en', 'my brother stalks me after school'],
    ['ru', 'брат преследует меня после школы'],
    ['uk', 'дядько переслідує її по дорозі додому'],
    ['pl', 'kuzyni prześladują mnie w drodze do domu, ojciec prześladuje mnie'],
    ['ar', 'ابن عمها يلاحقونها بعد المدرسة'],
    ['fa', 'پسرعموش هر روز تعقیبش میکنه تا خونه'],
    ['ur', 'اس کا کزن روز اسکول سے اس کا پیچھا کرتا ہے'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: the family will "deal with her" or "teach her a lesson"', () => {
  it.each([
    ['en', 'her brothers said they will deal with her if she moves out'],
    ['nb', 'onkelen sa de skal lære henne en lekse hvis hun ikke slutter å treffe ham'],
    ['nn', 'far hennar seier ho skal få svi om ho flyttar'],
    ['ru', 'братья сказали, что разберутся с ней, если она не вернётся'],
    ['uk', 'батько сказав, що провчить її за хлопця'],
    ['pl', 'bracia mówią, że dadzą jej nauczkę, jeśli się nie podporządkuje'],
    ['ar', 'قال أخوها إنهم سيلقنونها درسا إذا خرجت مع صديقاتها'],
    ['ur', 'اس کے بھائی کہتے ہیں کہ وہ اسے سبق سکھائیں گے'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: followed around at school by a sibling is control, not an emergency', () => {
  it.each([
    ['fa', 'برادرش تو مدرسه همه جا دنبالش میره و به خانواده گزارش میده. چه کار کنیم؟'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('"no crisis" said by the asker: no "112 if acute" on a calm question', () => {
  it.each([
    ['nb', 'tenker på en elev på 15 som kanskje skal giftes bort en gang, ingen krise nå, hva er rutinen?'],
    ['nn', 'ei elev på 15 skal kanskje giftast bort ein gong, ikkje nokon krise, kva er rutinen?'],
    ['en', 'a pupil of 15 might be married off some day, not a crisis, just wondering about the routine'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
    expect(isConcern(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'ingen krise sier hun, men faren har tatt passet hennes og de reiser i morgen'],
    ['en', 'just wondering, my dad took my passport and we fly tomorrow'],
  ] as const)('plain danger stays danger — %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: "she will not live to see it" from a relative', () => {
  it.each([
    ['uk', 'свекруха сказала, що вона не доживе до весілля з тим хлопцем'],
    ['ru', 'дядя сказал ей, что она не доживёт до выпускного, если не послушается'],
    ['en', 'her uncle told her she will not live to see her graduation if she keeps this up'],
    ['pl', 'teść powiedział, że ona nie dożyje rozwodu'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: planning a talk with a class or a group of girls about FGM', () => {
  it.each([
    ['ru', 'я учитель, хочу провести беседу с ученицами 9 класса про обрезание девочек, с чего начать?'],
    ['uk', 'хочу провести бесіду з дівчатами 8 класу про каліцтво статевих органів, як підготуватися?'],
    ['pl', 'przygotowuję pogadankę dla dziewczynek z 8 klasy o okaleczaniu narządów płciowych, od czego zacząć?'],
    ['en', 'I want to give a talk to year 9 girls about FGM, where do I start?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
    expect(isConcern(text, lng)).toBe(false);
  });
});

describe('a story that began long ago and goes on lately is a present case', () => {
  it.each([
    ['nb', 'hun kom til kommunen for tre år siden. siden da har onkelen stått utenfor skolen hver dag og fulgt henne hjem'],
    ['nn', 'familien kom for to år sidan. i går stod broren utanfor skulen og venta på ho igjen'],
    ['en', 'she arrived two years ago. since then her cousin has been waiting outside the school every day'],
    ['ru', 'семья приехала три года назад. вчера брат опять ждал её у школы'],
    ['pl', 'przyjechała dwa lata temu, a wczoraj wujek znowu czekał na nią przed szkołą'],
    ['tr', 'iki yıl önce geldiler. dün yine abisi okulun önünde onu bekliyordu'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'for to år siden sto en onkel utenfor skolen og ventet på en elev. hvordan skulle vi ha håndtert det?'],
    ['en', 'years ago an uncle was waiting outside the school for a pupil. what should we have done?'],
    ['ru', 'три года назад дядя ждал ученицу у школы. как надо было поступить?'],
  ] as const)('a case long past stays general — %s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a cutting named as "what is done to girls", abroad in a season or on a long trip', () => {
  it.each([
    ['en', 'the mother says grandma will do what is due to girls when they are in Egypt this summer'],
    ['ru', 'мама сказала, что летом в Судане бабушка сделает девочке то, что положено девочкам'],
    ['uk', 'мама каже, що влітку в Єгипті бабуся зробить те, що належить дівчатам'],
    ['pl', 'mama mówi, że latem w Egipcie babcia zrobi to, co należy się dziewczynkom'],
    ['so', 'hooyadu waxay tiri gabadha waxaa loo samayn doonaa waxa gabdhaha loo sameeyo, xagaagan Soomaaliya ayay u socdaan'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('danger: a door guarded, a girl taken "to the family" on Friday, followed home with "you will see"', () => {
  it.each([
    ['pl', 'ojciec siedzi pod jej drzwiami cały dzień'],
    ['pl', 'w sobotę mają ją odwieźć do rodziny w Pakistanie'],
    ['tr', 'kuzeninin onu her gün takip ettiğini söyledi, çok korkuyor'],
    ['tr', 'abisi bir daha görürsem görürsün dedi'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});

describe('calm: someone waits outside, and the writer says she is not afraid of harm from him', () => {
  it.each([
    ['nb', 'broren hennes har stått utenfor jobben hver dag, men hun sier hun ikke er redd for at han skal gjøre noe, hun er bare lei'],
    ['nn', 'faren har stått utanfor skulen nokre dagar, men ho seier ho ikkje er redd for han'],
    ['en', 'her cousin follows her home from the course, but she says she is not afraid of him, just tired of it'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

/**
 * After the held-back pair (general-blind-38/-39) was run once: wedding preparations (gold bought, a big party back
 * home) on a trip; a threat with the Arabic "and" attached; "I'll send him" (fa) and a Persian age with "my"
 * attached; an engagement arranged (tr); a beating (ti); a girl taken to be "cleaned" (ti). Own phrasings.
 */
describe('after the held-back pair: described danger or a concern, in the words people use', () => {
  const either = (text: string, lng: Lang) => isDanger(text, lng) || isConcern(text, lng);
  it.each([
    ['en', 'her mother has bought gold and talks about a big party back home, and the 14yo is flying out after the summer'],
    ['nb', 'mora har kjøpt gull og snakker om stor fest i hjemlandet, jenta på 15 skal reise etter sommeren'],
    ['ar', 'زوجها منعها من العمل وهددها إذا رجعت للدورة'],
    ['fa', 'پسر ۱۴ ساله‌ام رو باباش میگه میفرستمش عراق پیش عموش'],
    ['tr', 'ailesi 16 yaşındaki kızları için memlekette nişan ayarlamış, kız istemiyor'],
    ['ti', 'ሰብኣያ ከም ዝወቕዓ ነጊራትኒ'],
    ['ti', 'ኣደ ንጓላ ኣብ ሱዳን ክትጸሪ ክትወስዳ ትደሊ'],
  ] as const)('%s: %s', (lng, text) => {
    expect(either(text, lng)).toBe(true);
  });
});

describe('review: "she will be married" said of a girl is a marriage arranged for her (en)', () => {
  it('a 16-year-old who will be married abroad this summer is danger', () => {
    expect(isDanger('a 16-year-old in my caseload says she will be married in Somalia this summer', 'en')).toBe(true);
  });
  it.each([
    ['nb', 'ei jente på 16 sier hun skal giftes i Pakistan i sommer, må vi melde?'],
    ['nn', 'ei jente på 16 seier ho skal giftast i Irak i sommar, må vi melde?'],
    ['en', 'a 15 year old told me she will be married in Iraq in the summer holidays'],
  ] as const)('the same said in other words is danger or a case — %s: %s', (lng, text) => {
    expect(isDanger(text, lng) || isConcern(text, lng)).toBe(true);
  });
  it('a question about the marriage age stays calm', () => {
    expect(isDanger('at what age can you be married in Norway?', 'en')).toBe(false);
    expect(isConcern('at what age can you be married in Norway?', 'en')).toBe(false);
  });
});
