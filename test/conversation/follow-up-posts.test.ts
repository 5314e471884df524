import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features, type Intent } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import type { RememberedReading } from '../../src/conversation/follow-up';
import { loadDirectory } from '../../src/contacts/directory';
import { CLOSED_POSTS } from '../../src/conversation/follow-up-words';

/**
 * Issue #13 (kinds 3 and 8): a doubt naming an envoy post in the language's own script ("أنقرة", "Анкаре", "انقرہ")
 * says what that post covers; a post closed since 2008 (Colombo, Rabat) or "and in 2008?" after an envoy answer is
 * told by the history of the scheme (the 2008 posts and what they covered, in every language).
 */
const iran: RememberedReading = { kind: 'contact', query: { country: 'IR' } };
const bangladesh: RememberedReading = { kind: 'contact', query: { country: 'BD' } };
const morocco: RememberedReading = { kind: 'contact', query: { country: 'MA' } };
const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };
const doubtingAnkara: Intent = { kind: 'contact', query: { country: 'IR', doubtedPost: 'envoy-ankara' } };
const history: Intent = { kind: 'article', articleId: 'history-special-services' };

const CASES: ReadonlyArray<readonly [Lang, RememberedReading, string, Intent | undefined]> = [
  // a doubt naming a current post, in every script: the answer again, with what that post is
  ['ar', iran, 'هل أنت متأكد؟ كنت أظن أنها أنقرة', doubtingAnkara],
  ['fa', iran, 'مطمئنی؟ فکر می‌کردم آنکارا است', doubtingAnkara],
  ['ur', iran, 'کیا آپ کو یقین ہے؟ میرا خیال تھا انقرہ', doubtingAnkara],
  ['uk', iran, 'Ви впевнені? Я думала, що Анкара', doubtingAnkara],
  ['ru', iran, 'Вы уверены? Я думал, в Анкаре', doubtingAnkara],
  ['ti', iran, 'ርግጸኛ ዲኻ? ኣንካራ መሲሉኒ ነይሩ', doubtingAnkara],
  // a post closed since 2008: the history, with what it covered then and who covers those countries today
  ['en', bangladesh, "wasn't it Colombo before?", history],
  ['ur', bangladesh, 'پہلے کولمبو نہیں تھا؟', history],
  ['ru', bangladesh, 'разве раньше это был не Коломбо?', history],
  ['ti', bangladesh, 'ቅድሚ ሕጂ ኮሎምቦ ኣይነበረን ድዩ?', history],
  ['fa', morocco, 'و رباط چه؟', history],
  ['ar', morocco, 'ألم تكن الرباط؟', history],
  ['pl', morocco, 'a Rabat?', history],
  // a year of the history after an envoy or a service with a history
  ['ar', morocco, 'وفي 2008؟', history],
  ['tr', bangladesh, "peki 2008'de?", history],
  ['uk', bangladesh, 'а в 2008 році?', history],
  ['nb', kompetanseteamet, 'og i 2008?', history],
  // not history: a year of today's figures, or the history's years after a service without one
  ['nb', kompetanseteamet, 'hvor mange saker hadde de i 2008?', undefined],
];

describe('follow-ups naming an envoy post or the history years', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-posts-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(CASES)('[%s] after %j, %j', (lng, previous, message, expected) => {
    const followUp = readers.followUp(message, lng, readers.understand(message, lng), previous);
    if (expected === undefined) expect(followUp?.intent.kind).not.toBe('article');
    else expect(followUp?.intent).toEqual(expected);
  });

  it('knows the same closed posts as the envoy table', () => {
    expect([...loadDirectory().envoys.closedPosts].map((c) => c.toLowerCase()).sort()).toEqual([...CLOSED_POSTS].sort());
  });
});
