import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Three kinds of danger a professional or a young adult describes without a plain danger word (session 12, task
 * danger12c). Written for this test, not taken from an evaluation set.
 */
const danger = createDangerReader(loadSituationReader());
const isDanger = (text: string, lng: Lang, duty = false) => danger.isDanger(prepareUtterance(text, lng), duty);

describe('danger: an adult client threatened by her family, told by a professional', () => {
  it.each([
    ['uk', 'Я працюю в службі для біженців. Наша клієнтка, 19 років, отримує погрози, брати її залякують. Вона вже повнолітня за законом. Що робити?'],
    ['ru', 'Я работаю в службе для беженцев. Братья запугивают нашу клиентку, ей 19 лет, она совершеннолетняя по закону. Что делать?'],
    ['pl', 'Pracuję w usługach dla uchodźców. Bracia jej grożą, ma 19 lat, jest pełnoletnia zgodnie z prawem. Co robić?'],
    ['en', 'I work in refugee services. Our participant, 19, came to Norway three years ago; her brothers are threatening her. What can we do?'],
    ['nb', 'Jeg jobber i NAV. En ung kvinne på 20 får trusler fra brødrene og onklene. Hun er myndig etter loven. Hva gjør vi?'],
  ] as const)('%s: danger even with the law or a past year named', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'trusler fra familien'],
    ['en', 'threats from family members'],
    ['en', 'I work in a school. What does the law say if a pupil is threatened by her family?'],
  ] as const)('%s: a topic or a supposed case is no emergency', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});

describe('danger: a duty question naming a child to be married off', () => {
  it.each([
    ['uk', 'Я працюю в barnevernet. Ми дізналися, що 17-річну дівчину планують видати заміж. Який наш обовʼязок запобігти цьому?'],
    ['ru', 'Я работаю в службе защиты детей. 17-летнюю девушку собираются выдать замуж против её воли. Обязаны ли мы сообщить в полицию?'],
    ['pl', 'Pracuję w ochronie dzieci. 17-letnia dziewczyna ma zostać wydana za mąż wbrew jej woli. Czy musimy zawiadomić policję?'],
    ['en', 'I work in child welfare. A 17-year-old girl is going to be married off against her will. Do we have a duty to avert?'],
    ['nb', 'Jeg jobber i barnevernet. Ei jente på 17 år skal giftes bort mot sin vilje. Har vi avvergeplikt?'],
  ] as const)('%s: the emergency numbers first', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(true);
  });

  it.each([
    ['nb', 'Jeg jobber i barnehage. Har jeg avvergeplikt ved tvangsekteskap?'],
    ['en', 'Do I have to notify anyone if a pupil says her parents will marry her off?'],
    ['en', 'I work in child welfare. We are worried that a 17-year-old might be married off against her will. Do we have a duty to avert?'],
  ] as const)('%s: the duty itself, a supposed case or a fear: no emergency', (lng, text) => {
    expect(isDanger(text, lng, true)).toBe(false);
  });
});

describe('danger: a young adult in Roman Urdu, a marriage planned abroad', () => {
  it.each([
    'Meri umar 18 saal hai. Ghar wale is garmi mein Pakistan mein meri shadi karwa rahe hain, main razi nahi hoon.',
    'Mai 18 saal ki hun aur meri jabri shadi Pakistan mein honi hai is summer.',
    'Meri age 18 hai, family mujhe December mein Pakistan bhej rahi hai shadi ke liye, meri marzi ke baghair.',
  ])('%s', (text) => {
    expect(isDanger(text, 'ur')).toBe(true);
  });
});
