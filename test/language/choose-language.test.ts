import type { Detection } from '../../src/language/detect-language';
import { chooseLanguage, type LanguageSignals } from '../../src/language/choose-language';
import { langFromLocale } from '../../src/language/languages';

const signals = (s: Partial<LanguageSignals> & { detected: Detection }): LanguageSignals => ({
  preferred: undefined,
  previous: undefined,
  locale: undefined,
  fallback: 'nb',
  ...s,
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

describe('choosing the reply language: nynorsk, and languages we do not answer in', () => {
  const norwegian = { lng: 'nb', reliable: false } as const;
  it('reads Norwegian with no bokmål or nynorsk word ("hjelp") as nynorsk when Teams runs in nynorsk', () => {
    expect(chooseLanguage(signals({ detected: norwegian, locale: 'nn' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: norwegian, locale: 'en' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: norwegian, locale: undefined }))).toBe('nb');
  });
  it('answers plainly Norwegian text in Norwegian whatever the locale or the earlier language, in the variant of the conversation', () => {
    const plain: Detection = { lng: 'nb', reliable: true, variantUnmarked: true };
    expect(chooseLanguage(signals({ detected: plain, previous: 'en', locale: 'en' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: plain, previous: 'nn', locale: 'en' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: plain, locale: 'nn' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: plain, previous: 'ar', locale: 'nn' }))).toBe('nn');
  });
  it('lets the conversation, then a Norwegian Teams, decide a nearly even bokmål/nynorsk message; the lean only after them', () => {
    const dialect: Detection = { lng: 'nn', reliable: true, variantWeak: true };
    expect(chooseLanguage(signals({ detected: dialect, previous: 'nb', locale: 'nn' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: dialect, previous: 'nn', locale: 'nb' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: dialect, locale: 'nb' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: dialect, previous: 'en', locale: 'nb' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: dialect, locale: 'en' }))).toBe('nn');
    const tie: Detection = { lng: 'nb', reliable: true, variantWeak: true };
    expect(chooseLanguage(signals({ detected: tie, locale: 'nn' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: tie, previous: 'nn', locale: 'nb' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: tie, locale: 'en' }))).toBe('nb');
  });
  it('answers a message plainly in one standard in that standard, whatever the conversation and Teams', () => {
    expect(chooseLanguage(signals({ detected: { lng: 'nn', reliable: true }, previous: 'nb', locale: 'nb' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: { lng: 'nb', reliable: true }, previous: 'nn', locale: 'nn' }))).toBe('nb');
  });
  it('still lets the conversation decide before the locale', () => {
    expect(chooseLanguage(signals({ detected: norwegian, previous: 'nb', locale: 'nn' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: norwegian, previous: 'nn', locale: 'nb' }))).toBe('nn');
  });
  it('lets a Teams locale written in the same script decide a weak reading of another of our languages', () => {
    // Cyrillic shared by Ukrainian and Russian ("Телефон Kompetanseteamet?"), Latin Polish without its letters,
    // Finglish read weakly as Roman Urdu: the person's Teams language decides.
    expect(chooseLanguage(signals({ detected: { lng: 'ru', reliable: false }, locale: 'uk' }))).toBe('uk');
    expect(chooseLanguage(signals({ detected: { lng: 'en', reliable: false }, locale: 'pl' }))).toBe('pl');
    expect(chooseLanguage(signals({ detected: { lng: 'ur', reliable: false }, locale: 'fa' }))).toBe('fa');
    // Another script, a reliable reading, or the conversation's language are not overruled.
    expect(chooseLanguage(signals({ detected: { lng: 'ru', reliable: false }, locale: 'en' }))).toBe('ru');
    expect(chooseLanguage(signals({ detected: { lng: 'ru', reliable: true }, locale: 'uk' }))).toBe('ru');
    expect(chooseLanguage(signals({ detected: { lng: 'ru', reliable: false }, previous: 'ru', locale: 'uk' }))).toBe('ru');
    // A weak Norwegian reading stays Norwegian in an English (or Polish) Teams.
    expect(chooseLanguage(signals({ detected: { lng: 'nb', reliable: false }, locale: 'en' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: { lng: 'nb', reliable: false }, locale: 'pl' }))).toBe('nb');
  });
  it('answers a message in an unsupported language in the conversation language, else the locale, else the default', () => {
    const foreign: Detection = { lng: undefined, reliable: false, unsupported: true };
    expect(chooseLanguage(signals({ detected: foreign, previous: 'ar', locale: 'en' }))).toBe('ar');
    expect(chooseLanguage(signals({ detected: foreign, locale: 'en' }))).toBe('en');
    expect(chooseLanguage(signals({ detected: foreign, locale: undefined, fallback: 'nn' }))).toBe('nn');
    expect(chooseLanguage(signals({ detected: foreign, preferred: 'uk', previous: 'ar' }))).toBe('uk');
  });
});

describe('choosing the reply language: one word of the sibling variety keeps the conversation', () => {
  it('keeps a bokmål conversation bokmål for a message nynorsk by one word, and switches for a whole nynorsk message', () => {
    const byOne: Detection = { lng: 'nn', reliable: true, siblingByOneWord: true };
    expect(chooseLanguage(signals({ detected: byOne, previous: 'nb', locale: 'nb' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: byOne, previous: 'nb', locale: 'en' }))).toBe('nb');
    expect(chooseLanguage(signals({ detected: { lng: 'nn', reliable: true }, previous: 'nb', locale: 'nb' }))).toBe('nn');
  });
  it('keeps Russian for one Ukrainian word, Ukrainian for one Russian word, Dari for one Urdu word', () => {
    expect(chooseLanguage(signals({ detected: { lng: 'uk', reliable: true, siblingByOneWord: true }, previous: 'ru', locale: 'en' }))).toBe('ru');
    expect(chooseLanguage(signals({ detected: { lng: 'ru', reliable: true, siblingByOneWord: true }, previous: 'uk', locale: 'en' }))).toBe('uk');
    expect(chooseLanguage(signals({ detected: { lng: 'ur', reliable: true, siblingByOneWord: true }, previous: 'fa', locale: 'en' }))).toBe('fa');
  });
  it('leaves a fresh conversation, or one held in a language that is no sibling, to the message', () => {
    const byOne: Detection = { lng: 'uk', reliable: true, siblingByOneWord: true };
    expect(chooseLanguage(signals({ detected: byOne, locale: 'en' }))).toBe('uk');
    expect(chooseLanguage(signals({ detected: byOne, previous: 'pl', locale: 'en' }))).toBe('uk');
    expect(chooseLanguage(signals({ detected: { lng: 'nn', reliable: true, siblingByOneWord: true }, previous: 'en', locale: 'en' }))).toBe('nn');
  });
});
