import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';

/** The clock the follow-up readers' tests read with: a date inside every published year they ask about. */
export const READERS_NOW = new Date('2026-06-01T12:00:00Z');

/**
 * The readers (understanding, follow-ups, every feature's reader; no bot) for a whole test file, built once on a
 * temporary folder with `READERS_NOW` as the clock: a build costs about as much as an app's, and several describes of
 * one file each built their own. The tests only read through them (nothing writes to the folder or the feedback
 * store), so sharing them lets no describe see another's state.
 */
let fileReaders: Promise<{ readonly readers: Features; readonly dataDir: string }> | undefined;

// Registered on the file's root block when the file imports this module (as test/helpers/test-app.ts does): runs
// after every describe's tests. A file that never asked for the readers closes nothing.
afterAll(async () => {
  const built = await fileReaders?.catch(() => undefined);
  fileReaders = undefined;
  if (!built) return;
  await built.readers.close();
  rmSync(built.dataDir, { recursive: true, force: true });
});

/** The file's readers, built by the first caller (call it in a `beforeAll`). */
export async function readersOfFile(): Promise<Features> {
  fileReaders ??= (async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-readers-'));
    return { readers: await createReaders({ i18n: createI18n(), dataDir, now: () => READERS_NOW, feedback: memoryFeedbackStore() }), dataDir };
  })();
  return (await fileReaders).readers;
}
