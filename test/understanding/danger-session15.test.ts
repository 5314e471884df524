import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 15: the fresh blind sets found two kinds of described danger missed. (1) Others taking or sending the writer
 * to a country abroad ("they will take me to Pakistan", "если меня отправят в Ирак"), also put as "if": the writer's
 * fear of removal, not a supposition (concept takenSelf, rule taken-self-abroad). (2) In Somali, a small girl's cutting
 * told as "cleaning" her on a trip in the holidays, with a child's age under ten written "6 jirka". Written for this
 * test, not copied from a set.
 */
const danger = createDangerReader(loadSituationReader());
const isDanger = (text: string, lng: Lang) => danger.isDanger(prepareUtterance(text, lng));

describe('danger: the writer taken or sent abroad by others', () => {
  it.each([
    ['en', 'what if my parents send me to Iraq after exams? can anyone stop it'],
    ['nb', 'foreldra mine skal sende meg til Somalia etter jul, hva kan jeg gjøre'],
    ['nn', 'dei vil senda meg til Pakistan i haust, kven kan hjelpa meg?'],
    ['ru', 'родители хотят отправить меня в Дагестан, к кому обратиться?'],
    ['uk', 'якщо батьки відправлять мене до Іраку, хто мені допоможе?'],
    ['pl', 'rodzice chcą wysłać mnie do Pakistanu, co mam zrobić?'],
    ['tr', 'ailem beni yazın Türkiye\'ye gönderecek, ne yapabilirim?'],
    ['so', 'waalidkay waxay rabaan inay i geeyaan Muqdisho, maxaan sameeyaa?'],
    ['ar', 'أهلي يريدون أن يرسلوني إلى العراق، ماذا أفعل؟'],
    ['fa', 'خانواده‌ام می‌خواهند مرا به ایران بفرستند، چه کار کنم؟'],
    ['ur', 'میرے والدین مجھے پاکستان بھیجنا چاہتے ہیں، میں کیا کروں؟'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'can you send me the number for the embassy in Pakistan?'],
    ['nb', 'kan du sende meg nummeret til ambassaden i Pakistan?'],
    ['en', 'what does the law say if parents take a child abroad against her will?'],
    ['ru', 'какие страны покрывает посольство в Анкаре?'],
  ] as const)('%s, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a small girl to be "cleaned" abroad in the holidays (Somali)', () => {
  it('reads the euphemism with a young child and a trip in the holiday', () => {
    expect(isDanger('Deriskayga ayaa doonaya inay gabadheeda 7 jirka ah u qaado Itoobiya fasaxa si ay u nadiifiso.', 'so')).toBe(true);
  });
  it('leaves cleaning at home alone', () => {
    expect(isDanger('Sidee baan u nadiifiyaa guriga ka hor fasaxa?', 'so')).toBe(false);
  });
});

describe('danger: a girl to go "home for good" (nb, nn, en)', () => {
  it.each([
    ['nb', 'en elev i 10. klasse sier at hun skal hjem for godt etter sommeren, og hun var lei seg'],
    ['nn', 'ein elev fortalde at ho skal heim for godt etter ferien og gret'],
    ['en', 'a pupil told me she is going back for good after the summer and she was crying'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
