import type { Translate } from '../language/i18n';

/**
 * An embassy's city as the reader's language writes it (`contacts:city.<City>` in the locales: "نيروبي", "ናይሮቢ"),
 * in the form its sentences need after "in" (Russian and Ukrainian write the locative: "в Анкаре", "в Аммані"); the
 * directory's own spelling where a language has none. A city in the sentence's own script needs no isolation inside a
 * right-to-left sentence.
 */
export function cityName(city: string, t: Translate): string {
  return t(`contacts:city.${city}`, { defaultValue: city });
}
