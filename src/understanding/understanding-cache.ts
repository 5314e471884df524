import type { LanguageDetector } from '../language/detect-language';
import type { Lang } from '../language/languages';
import { recentReadings, type RecentReadingsOptions, type RecentReadingsStats } from './recent-readings';
import type { Understanding } from './types';
import type { Understand } from './understand';

export type CachedUnderstand = Understand & { stats(): RecentReadingsStats };

/**
 * Remembers recent readings of whole messages, so the menu commands ("hjelp", "kontakter") and the questions many
 * people ask are understood once rather than on every turn. Reuse is exact, not approximate: understanding is a
 * pure function of the message, the answer language and the date (the statistics recognizer reads "last year"
 * against the current UTC year), and all three are in the key. See recent-readings.ts for what is kept.
 */
export function cachedUnderstanding(understand: Understand, options: RecentReadingsOptions): CachedUnderstand {
  const readings = recentReadings<Understanding>(options);
  const cached = (text: string, lng: Lang): Understanding =>
    readings.get([options.now().toISOString().slice(0, 10), lng, text], () => understand(text, lng));
  return Object.assign(cached, { stats: () => readings.stats() });
}

/** The same for language detection, a pure function of the text alone. */
export function cachedDetector(detector: LanguageDetector, options: RecentReadingsOptions): LanguageDetector {
  const readings = recentReadings<ReturnType<LanguageDetector['detect']>>(options);
  return { detect: (text) => readings.get([text], () => detector.detect(text)) };
}
