import { applyPhrases, canonicalWords, foldAscii, toBokmal } from '../../src/language/spelling';
import { normalize, tokenize } from '../../src/language/text';

const words = (text: string, family: 'no' | 'en') => canonicalWords(tokenize(normalize(text)), family);

describe('nynorsk and bokmål meet on the same words', () => {
  it.each([
    ['ikkje', 'ikke'],
    ['kva', 'hva'],
    ['korleis', 'hvordan'],
    ['vald', 'vold'],
    ['mangfaldsrådgjevar', 'mangfoldsrådgiver'],
    ['rådgjevarar', 'rådgiver'],
    ['vanleg', 'vanlig'],
    ['skule', 'skole'],
    ['tvangsekteskap', 'tvangsekteskap'],
  ])('%s → %s', (nn, nb) => {
    expect(toBokmal(nn)).toBe(nb);
  });

  it('gives the same words for the same question in nynorsk and bokmål', () => {
    expect(words('Kva er æresrelatert vald?', 'no')).toEqual(words('Hva er æresrelatert vold?', 'no'));
    expect(words('korleis snakkar eg med eleven', 'no')).toEqual(words('hvordan snakker jeg med eleven', 'no'));
  });
});

describe('synonyms and old names', () => {
  it.each([
    ['hva er nsk', ['negativ', 'sosial', 'kontroll']],
    ['hva gjør minoritetsrådgiverne', ['mangfoldsrådgiver']],
    ['integreringsrådgiver i Amman', ['spesialutsending', 'amman']],
    ['omskjæring av jenter', ['kjønnslemlestelse', 'jenter']],
    ['hun blir tvangsgiftet', ['tvangsekteskap']],
    ['hva er ung.no', ['ungno']],
    ['kva er avvergingsplikta', ['avvergeplikt']],
  ])('%s', (question, expected) => {
    expect(words(question, 'no')).toEqual(expected);
  });

  it.each([
    ['what is NSC', ['negative', 'social', 'control']],
    ['honor based violence', ['honour', 'related', 'violence']],
    ['female genital mutilation', ['fgm']],
    ['what do minority advisers do', ['diversity', 'adviser']],
    ['integration advisers at embassies', ['special', 'envoy', 'embassies']],
  ])('%s', (question, expected) => {
    expect(words(question, 'en')).toEqual(expected);
  });

  it('keeps "ung no" as ung.no but reads a lone nynorsk "no" as "nå"', () => {
    expect(applyPhrases(['ung', 'no'], 'no')).toEqual(['ungno']);
    expect(applyPhrases(['hjelp', 'no'], 'no')).toEqual(['hjelp', 'nå']);
  });

  it('reads an age as adult or young person', () => {
    expect(words('eleven er 19 år', 'no')).toEqual(['eleven', 'voksen']);
    expect(words('en 16-åring', 'no')).toEqual(['ungdom']);
    expect(words('she is 17 years old', 'en')).toEqual(['youth', 'old']);
  });

  it('folds æ, ø, å so questions typed on an English keyboard still match', () => {
    expect(foldAscii('kjønnslemlestelse')).toBe('kjonnslemlestelse');
    expect(foldAscii('æresrelatert')).toBe('aeresrelatert');
    expect(foldAscii('rådgiver')).toBe('radgiver');
  });
});
