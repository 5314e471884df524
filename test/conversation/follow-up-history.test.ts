import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import type { RememberedReading } from '../../src/conversation/follow-up';

/**
 * Issue #13 (history as a follow-up): after the history article, a year of that history asked again ("and who was
 * in it in 2008?") is the history again; after a count of staff or cases, a year with words no reader makes a
 * question of ("and in 2008, when they started, how many were they?") is the same count for that year.
 */
const history: RememberedReading = { kind: 'article', articleId: 'history-special-services' };
const advisersNow: RememberedReading = {
  kind: 'stats',
  query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'staff', fromYear: 2023, toYear: 2023, mode: 'value' },
};

describe('history follow-ups', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-history-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const read = (lng: Lang, message: string, previous: RememberedReading) => readers.followUp(message, lng, readers.understand(message, lng), previous)?.intent;

  it.each<readonly [Lang, string]>([
    ['tr', "peki 2008'de ekipte kimler vardı?"],
    ['pl', 'a kto był w zespole w 2008?'],
  ])('[%s] %j after the history is the history again', (lng, message) => {
    expect(read(lng, message, history)).toEqual({ kind: 'article', articleId: 'history-special-services' });
  });

  it.each<readonly [Lang, string]>([
    ['tr', "peki 2008'de ilk başladıklarında kaç taneydiler?"],
    ['pl', 'a w 2008, kiedy zaczynali, ilu ich było?'],
  ])('[%s] %j after a count of advisers is the same count for 2008', (lng, message) => {
    expect(read(lng, message, advisersNow)).toEqual({ kind: 'stats', query: { ...advisersNow.query, fromYear: 2008, toYear: 2008 } });
  });
});
