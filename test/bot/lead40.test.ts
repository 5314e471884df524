import { type Lang } from '../../src/language/languages';
import { isDanger } from '../helpers/danger-alarm';

/**
 * lead40 (issue #13, safety), our own probes: a daughter "cleaned" (the cutting told by the Russian/Ukrainian euphemism
 * почистили/почистити) in the home country, and a younger one planned for a summer trip, told by a midwife or a pupil.
 * The held-back set -127's first run read such a story only by the learned second opinion, and the 128-set retrain
 * stopped reading it: the rules now read it (girlsRite words with a girl or "in the homeland" beside the verb, so
 * cleaning a flat or teeth before a summer trip stays calm).
 */
type Probe = readonly [Lang, string];

const DANGER: readonly Probe[] = [
  ['ru', 'Я медсестра. Мать рассказала, что дочку почистили у бабушки на родине, а младшую (5 лет) повезут туда же летом'],
  ['ru', 'ученица сказала, что её сестру почистили, и теперь хотят почистить младшую, когда поедут в отпуск'],
  ['uk', 'Мій учень розповів, що сестру почистили на батьківщині, а молодшу (4 роки) теж повезуть улітку'],
  ['uk', 'мама каже, що доньку почистили вдома в Сомалі, а цього літа почистять молодшу, коли поїдуть'],
];

const CALM: readonly Probe[] = [
  ['ru', 'Мы почистили квартиру перед тем, как поедем летом в отпуск с дочкой (3 года).'],
  ['ru', 'Мы почистили дочке зубы, летом едем к бабушке, ей 3 года'],
  ['uk', 'ми почистили килим перед поїздкою влітку, донька (4 роки) їде з нами'],
  ['ru', 'что такое обрезание и почему его иногда называют «почистить»? сколько случаев было в 2023?'],
];

describe('lead40: a daughter "cleaned" in the homeland and a younger one planned for a trip (ru, uk)', () => {
  it.each(DANGER)('%s: danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
  it.each(CALM)('%s: calm: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
  });
});
