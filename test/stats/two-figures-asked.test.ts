import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Two figures asked in one message (issue #13, session 25): each "how many" gets its figure.
 * - A service's cases and how many people work there ("… and how many people work on it?"): the staff count beside
 *   the cases (the envoys' 245 cases and four envoys in 2023, content/stats/published.json).
 * The sentences are this file's own; none is in the evaluation sets.
 */
const now = new Date('2026-12-05T12:00:00Z');
const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng)?.query;

describe("a service's cases and how many people work there", () => {
  const STAFF: ReadonlyArray<readonly [Lang, string]> = [
    ['tr', "Özel temsilciler 2023'te kaç vaka aldı ve orada kaç kişi görev yapıyor?"],
    ['ru', 'Сколько дел было у спецпосланников в 2023 году и сколько человек там работает?'],
    ['uk', 'Скільки справ мали спеціальні посланці у 2023 році і скільки людей там працює?'],
    ['pl', 'Ile spraw mieli specjalni wysłannicy w 2023 roku i ile osób tam pracuje?'],
  ];
  it.each(STAFF)('%s: "%s" asks for the cases and the staff', (lng, text) => {
    const query = read(text, lng);
    expect(query?.service).toBe('special-envoys');
    expect(query?.metric).toBe('cases');
    expect(query?.alsoMetrics).toContain('staff');
  });
});
