import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * Violence at home told in a past or third-person form ("her father beat her", "she is beaten at home") inside a
 * question from a service is danger, in Russian, Ukrainian and Tigrinya as in Norwegian (session 14: the held-back
 * blind sets found the past tense and the passive missing). Written for this test.
 */
const danger = createDangerReader(loadSituationReader());
const isDanger = (text: string, lng: 'ru' | 'uk' | 'ti') => danger.isDanger(prepareUtterance(text, lng));

describe('danger words: beating told in the past or the passive', () => {
  it.each([
    ['ru', 'Я работаю в школе. Ученица сказала, что отец бил её вчера ремнём. Что нам делать?'],
    ['ru', 'Соседка говорит, что муж бьёт её каждый вечер. Куда обратиться?'],
    ['uk', 'Учениця розповіла, що батько бив її вчора. Що робити?'],
    ['ti', 'ሓንቲ ተምሃሪት ኣብ ገዛ ከም እትውቃዕ ነጊራትና። እንታይ ንግበር?'],
  ] as const)('%s: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ru', 'Где купить билет на поезд в Осло?'],
    ['ru', 'Какие у нас обязанности, если мы подозреваем принудительный брак?'],
    ['uk', 'Скільки було справ у 2023 році?'],
    ['ru', 'Она говорит, что отец не бил её, но не отпускает на учёбу.'],
    ['uk', 'Вона каже, що чоловік не б’є її, але забирає гроші.'],
  ] as const)('%s, calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
