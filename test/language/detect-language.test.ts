import { loadLanguageDetector, norwegianVariant, type LanguageDetector } from '../../src/language/detect-language';
import { chooseLanguage } from '../../src/language/choose-language';
import { langFromLocale } from '../../src/language/languages';

describe('language detection on short, real messages', () => {
  let detector: LanguageDetector;
  beforeAll(async () => {
    detector = await loadLanguageDetector();
  });

  it.each([
    ['Hva er negativ sosial kontroll?', 'nb'],
    ['hvordan snakker jeg med eleven om dette', 'nb'],
    ['Kva er negativ sosial kontroll?', 'nn'],
    ['korleis skal eg snakke med eleven', 'nn'],
    ['eg er uroa for ei jente i klassen min', 'nn'],
    ['What should I do if a pupil is afraid of going home?', 'en'],
    ['ما هو الزواج القسري؟', 'ar'],
    ['ازدواج اجباری چیست؟', 'fa'],
    ['جبری شادی کیا ہے؟', 'ur'],
    ['Що таке примусовий шлюб?', 'uk'],
    ['Что такое принудительный брак?', 'ru'],
    ['Zorla evlilik nedir?', 'tr'],
    ['Czym jest małżeństwo przymusowe?', 'pl'],
    ['ሓይልን ምርዓው እንታይ እዩ?', 'ti'],
    ['Waa maxay guur qasab ah?', 'so'],
  ])('%s → %s', (text, expected) => {
    expect(detector.detect(text)).toEqual({ lng: expected, reliable: true });
  });

  it('does not trust one or two ambiguous words', () => {
    expect(detector.detect('ok').reliable).toBe(false);
    expect(detector.detect('').lng).toBeUndefined();
  });

  it('tells nynorsk from bokmål by marker words', () => {
    expect(norwegianVariant(['kva', 'gjer', 'eg', 'no']).lng).toBe('nn');
    expect(norwegianVariant(['hva', 'gjør', 'jeg', 'nå']).lng).toBe('nb');
  });
});

describe('choosing the reply language', () => {
  const unsure = { lng: undefined, reliable: false } as const;
  it('puts an explicit choice first', () => {
    expect(chooseLanguage({ preferred: 'nn', detected: { lng: 'en', reliable: true }, previous: 'nb', locale: 'en', fallback: 'nb' })).toBe('nn');
  });
  it('lets reliable text beat the conversation and the Teams locale', () => {
    expect(chooseLanguage({ preferred: undefined, detected: { lng: 'nb', reliable: true }, previous: 'en', locale: 'en', fallback: 'nb' })).toBe('nb');
  });
  it('keeps the conversation language for a few uncertain words', () => {
    expect(chooseLanguage({ preferred: undefined, detected: { lng: 'en', reliable: false }, previous: 'ar', locale: 'en', fallback: 'nb' })).toBe('ar');
  });
  it('falls back to locale, then the default', () => {
    expect(chooseLanguage({ preferred: undefined, detected: unsure, previous: undefined, locale: 'en', fallback: 'nb' })).toBe('en');
    expect(chooseLanguage({ preferred: undefined, detected: unsure, previous: undefined, locale: undefined, fallback: 'nn' })).toBe('nn');
  });
  it('maps Teams locales', () => {
    expect(langFromLocale('nb-NO')).toBe('nb');
    expect(langFromLocale('no')).toBe('nb');
    expect(langFromLocale('nn-NO')).toBe('nn');
    expect(langFromLocale('prs-AF')).toBe('fa');
    expect(langFromLocale('de-DE')).toBeUndefined();
  });
});
