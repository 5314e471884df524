import { type LanguageDetector, loadLanguageDetector } from '../../src/language/detect-language';
import type { Lang } from '../../src/language/languages';
import { loadTransliterator } from '../../src/language/transliterate';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Issue #13, session 30 (probe30a): Turkish and Polish typed without their letters, and Ukrainian and Russian typed in
 * Latin letters on a phone, read as their language (content/understanding/language/*.json) and, for Ukrainian, read in
 * Cyrillic as casual writers type it: g for г, h for х in common words, the soft sign left out
 * (content/understanding/transliteration/uk.json). The sentences are this file's own.
 */

let detector: LanguageDetector;
beforeAll(async () => {
  detector = await loadLanguageDetector();
});

describe('a message typed without its letters is read as its own language', () => {
  it.each([
    ['uk', 'skilky sprav mav kompetanseteamet u 2019'],
    ['uk', 'hto vidpovidaye za Pakistan u posolstvi'],
    ['uk', 'de pracyuye poslanets dlya Iraku'],
    ['uk', 'do kotroyi godyny mozhna dzvonyty'],
    ['uk', 'skilky groshej otrymaly organizaciyi u 2022'],
    ['uk', 'yakyj nomer chervonogo hresta'],
    ['ru', 'kto otvechaet za Iran, kakoe posolstvo nuzhno'],
    ['ru', 'telefon krasnogo kresta kakoj'],
    ['ru', 'do skolki rabotaet kompetanseteamet'],
    ['ru', 'skolko obrashenij bylo v 2006'],
    ['tr', 'hem barnevernet hem de polisin numarasini verir misin'],
    ['tr', 'hayir, elcilikteki gorevliyi soruyorum'],
    ['pl', 'napisz mi przepis na bigos'],
    ['pl', 'gdzie moge zglosic sprawe, czy jest numer'],
  ] as const)('%s: "%s"', (lang: Lang, message: string) => {
    expect(detector.detect(message).lng).toBe(lang);
  });

  it.each([
    // Both languages write these alike: they say nothing, and no single word of them decides.
    'dajte nomer',
  ])('"%s" is not read as Ukrainian or Russian by a word both write', (message) => {
    const { lng } = detector.detect(message);
    expect(lng === 'uk' || lng === 'ru' || lng === undefined).toBe(true);
  });
});

describe('Ukrainian typed on a Latin keyboard is read in Cyrillic as it is meant', () => {
  const translit = loadTransliterator();
  it.each([
    ['prymusovogo shlubu', 'примусового шлюбу'],
    ['dlya Afganistanu', 'для Афганістану'],
    ['sotsialnyi kontrol', 'соціальний контроль'],
    ['hto hochut', 'хто хочуть'],
    ['de sydyt poslanets', 'де сидить посланець'],
    ['strah', 'страх'],
    ['shchob vona bula vdoma', 'щоб вона була вдома'],
  ])('"%s" reads "%s"', (typed, read) => {
    expect(translit.toCyrillic(typed, 'uk')).toBe(read);
  });
});

describe('questions typed without their letters are answered in their language', () => {
  const runner = conversationRunnerPerFile();
  it.each([
    ['uk', 'de sydyt poslanets dlya Afganistanu i Pakistanu', [['Ісламабад', 'Islamabad']]],
    ['uk', 'yakyj telefon chervonogo hresta pro socialnyj kontrol', [['81555201']]],
    ['uk', 'skilky sprav pro strah prymusovogo shlubu bulo u 2008', [['91']]],
    ['ru', 'kto otvechaet za Keniyu, kakoe posolstvo', [['Найроби', 'Nairobi']]],
    ['tr', 'hem Alarmtelefonen hem de VO-linjen numarasini verir misin', [['116111'], ['116006']]],
  ] as const)('%s: "%s"', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
