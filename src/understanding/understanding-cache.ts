import type { LanguageDetector } from '../language/detect-language';
import type { Lang } from '../language/languages';
import { recentReadings, type RecentReadingsOptions, type RecentReadingsStats } from './recent-readings';
import type { Understanding } from './types';
import type { ReadingStages, ReadInStages, Understand } from './understand';

export type CachedUnderstand = Understand & { readonly inStages?: ReadInStages; stats(): RecentReadingsStats };

/**
 * Remembers recent readings of whole messages, so the menu commands ("hjelp", "kontakter") and the questions many
 * people ask are understood once rather than on every turn. Reuse is exact, not approximate: understanding is a
 * pure function of the message, the answer language and the date (the statistics recognizer reads "last year"
 * against the current UTC year), and all three are in the key. See recent-readings.ts for what is kept.
 */
export function cachedUnderstanding(understand: Understand & { readonly inStages?: ReadInStages }, options: RecentReadingsOptions): CachedUnderstand {
  const readings = recentReadings<Understanding>(options);
  const keyOf = (text: string, lng: Lang): readonly string[] => [options.now().toISOString().slice(0, 10), lng, text];
  const cached = (text: string, lng: Lang): Understanding => readings.get(keyOf(text, lng), () => understand(text, lng));
  const stats = () => readings.stats();
  const read = understand.inStages;
  if (!read) return Object.assign(cached, { stats });
  // A message read stage by stage: a reading kept answers every stage; the whole reading is kept as `cached` keeps it.
  const inStages = (text: string, lng: Lang): ReadingStages => {
    const key = keyOf(text, lng);
    const stages = read(text, lng);
    let kept: { readonly reading: Understanding | undefined } | undefined;
    let whole: Understanding | undefined;
    const keptReading = (): Understanding | undefined => (kept ??= { reading: readings.peek(key) }).reading;
    return {
      role: () => {
        const known = whole ?? keptReading();
        return known ? known.role : stages.role();
      },
      candidates: () => (whole ?? keptReading())?.candidates ?? stages.candidates(),
      understanding: () => (whole ??= readings.get(key, () => stages.understanding())),
    };
  };
  return Object.assign(cached, { inStages, stats });
}

/** The same for language detection, a pure function of the text alone. */
export function cachedDetector(detector: LanguageDetector, options: RecentReadingsOptions): LanguageDetector {
  const readings = recentReadings<ReturnType<LanguageDetector['detect']>>(options);
  return { detect: (text) => readings.get([text], () => detector.detect(text)) };
}
