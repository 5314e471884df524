import { createDangerReader } from '../../src/understanding/danger-reader';
import { signalsDanger } from '../../src/understanding/danger-detector';
import { normalize } from '../../src/language/text';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Session 12's danger classes (issue #13), written for this test: a parent's death threat in other word orders, a
 * person who refuses to go home or to travel, a small child's "made clean" for a cutting; and what raises no
 * emergency block: "help me" before a task in the languages read by stems (a plea alone or cried out still does).
 */
const situation = loadSituationReader();
const reader = createDangerReader(situation);
const isDanger = (text: string, lng: Lang, duty = false) => reader.isDanger(prepareUtterance(text, lng), duty);

describe('danger reader: described danger of session 12', () => {
  it.each([
    ['en', 'The girl says her father threatens to kill her if she keeps seeing her boyfriend.'],
    ['nb', 'Eleven sier at faren truer med å drepe henne.'],
    ['fa', 'دانش آموز میگوید پدرش او را به مرگ تهدید کرده است.'],
    ['ru', 'Ученица говорит, что отец грозится убить её.'],
    ['tr', 'Öğrenci babasının onu öldüreceğini söylediğini anlattı.'],
  ] as const)('%s: a death threat by a parent', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'Our participant refuses to go home because her family wants to send her away.'],
    ['nb', 'Deltakeren nekter å gå hjem etter kurset.'],
    ['pl', 'Uczestniczka odmawia powrotu do domu.'],
    ['uk', 'Учасниця відмовляється йти додому після курсу.'],
  ] as const)('%s: a person who refuses to go home', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['en', 'A kindergarten girl told me that on the trip to her grandmother there will be a big party so she will become clean.'],
    ['nb', 'Jenta i barnehagen sier hun skal på tur, og der blir det stor fest så hun skal bli ren.'],
  ] as const)('%s: a small child telling of being "made clean" on a trip', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a country, a time and a refusal stand in for a trip against her will', () => {
    expect(situation.read('She refuses to go, but the family leaves for Somalia next week.').danger).toContain('abroad-soon-against-will');
  });
});

describe('danger detector: "help me" before a task is a request', () => {
  it.each(['ساعدني في كتابة السيرة الذاتية من فضلك', 'помогите найти курсы норвежского языка для мамы', 'pomóż mi napisać list do szkoły o zebraniu'])(
    '"help me" before a task: %s',
    (text) => {
      expect(signalsDanger(normalize(text))).toBe(false);
    },
  );

  it.each(['ساعدوني', 'помогите!', 'pomocy, proszę', 'ساعدوني أرجوكم'])('a plea alone or cried out: %s', (text) => {
    expect(signalsDanger(normalize(text))).toBe(true);
  });
});
