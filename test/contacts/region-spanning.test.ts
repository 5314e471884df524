import { createContactFeature } from '../../src/contacts/contact-feature';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { cityName } from '../../src/contacts/city-name';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { cardProblems } from '../helpers/validate-card';
import { directory, noAdvisers, places, translate } from './contact-fixtures';

/**
 * An area named instead of a country that lies in several countries whose envoys differ (Kurdistan: Iraq, Iran, Syria,
 * Turkey; content/contacts/envoys.json `spanning`): each country's envoy, never one guessed (issue #13's open item).
 */
const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const contacts = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: noAdvisers() });

/** Every text of a card, flattened. */
const textsOf = (card: unknown): string => JSON.stringify(card);

describe('Kurdistan named without a country: the area, not a country', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hvilken spesialutsending har ansvar for Kurdistan?'],
    ['nn', 'Kven av spesialutsendingane dekkjer Kurdistan?'],
    ['en', 'Which embassy envoy handles cases in Kurdistan?'],
    ['ar', 'أي سفارة تتابع الحالات في كردستان؟'],
    ['fa', 'کدام سفارت پرونده‌های کردستان را پیگیری می‌کند؟'],
    ['ur', 'کردستان کے معاملات کون سا سفارت خانہ دیکھتا ہے؟'],
    ['ru', 'Какое посольство занимается делами в Курдистане?'],
    ['uk', 'Яке посольство займається справами в Курдистані?'],
    ['tr', "Kürdistan'daki vakalarla hangi büyükelçilik ilgileniyor?"],
    ['pl', 'Która ambasada zajmuje się sprawami w Kurdystanie?'],
    ['so', 'Safaaradee ayaa qaabilsan kiisaska Kurdistaan?'],
    ['ti', 'ጉዳያት ኩርዲስታን ኣየናይ ኤምባሲ እዩ ዝከታተሎ?'],
  ])('%s: %s', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.region).toBe('kurdistan');
    expect(query?.country).toBeUndefined();
    expect(recognizer.regionOf(message, lang)).toBe('kurdistan');
  });

  it('a country named beside it is the answer: the Kurdistan Region of Iraq, a city in it, or the country itself', () => {
    for (const message of ['Hvem dekker Kurdistan-regionen?', 'Hun er hos familien i Erbil i Kurdistan, hvem kan hjelpe?', 'Which envoy covers Turkish Kurdistan, in Turkey?']) {
      const query = recognizer.read(message, message.startsWith('Which') ? 'en' : 'nb')?.query;
      expect(query?.region).toBeUndefined();
      expect(query?.country).toMatch(/^(IQ|TR)$/);
    }
  });

  it('a Kurdish word that is no place ("kurdisk", "Kurdish") is no area', () => {
    expect(recognizer.read('Finnes det tolk på kurdisk?', 'nb')?.query.region).toBeUndefined();
    expect(recognizer.read('Is there a Kurdish interpreter?', 'en')?.query.region).toBeUndefined();
  });
});

describe('the card for Kurdistan: each country and its envoy, from the envoys table, in every language', () => {
  it.each(LANGUAGES)('%s', (lng) => {
    const t = translate(lng);
    const card = contacts.contactCardFor({ serviceId: 'special-envoys', region: 'kurdistan' }, lng, t);
    expect(cardProblems(card)).toEqual([]);
    const text = textsOf(card);
    // The paragraph under the heading: the area, its countries and each post's part.
    const note = String((card.body[1] as { text?: unknown } | undefined)?.text);
    for (const code of ['IQ', 'IR', 'SY', 'TR']) expect(note).toContain(directory.countries.name(code, lng));
    // Amman acts in Iraq and guides on Iran and Syria; Ankara acts in Turkey (domain.md §12).
    expect(note).toContain(cityName('Amman', t));
    expect(note).toContain(cityName('Ankara', t));
    expect(note).not.toContain(cityName('Nairobi', t));
    expect(note).not.toContain(cityName('Islamabad', t));
    expect(text).not.toContain('{{');
    // The region's own source is on the card.
    expect(text).toContain('Iraqi Kurdistan');
  });

  it('nb reads as one clear paragraph naming both posts', () => {
    const t = translate('nb');
    const card = contacts.contactCardFor({ serviceId: 'special-envoys', region: 'kurdistan' }, 'nb', t);
    const text = textsOf(card);
    expect(text).toContain('Kurdistan er ikke ett land: området ligger i deler av Irak, Iran, Syria og Tyrkia');
    expect(text).toContain('Spesialutsendingen i Amman har operativt ansvar for Irak og veileder i saker som gjelder Iran og Syria.');
    expect(text).toContain('Spesialutsendingen i Ankara har operativt ansvar for Tyrkia.');
  });

  it('a person held there: the emergency note gives the area\'s envoys, not every post', () => {
    const note = contacts.envoyNote('Søstera mi er holdt tilbake i Kurdistan og får ikke reise hjem', 'nb', undefined, true);
    expect(note?.text).toContain('Kurdistan er ikke ett land');
    expect(note?.text).not.toContain('Nairobi');
    expect(note?.sources.some((s) => s.title.includes('Iraqi Kurdistan'))).toBe(true);
  });
});
