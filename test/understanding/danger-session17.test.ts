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
 * class or a group of girls about FGM is a teaching question, not a case.
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
