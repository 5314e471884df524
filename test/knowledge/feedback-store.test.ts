import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEEDBACK_FILE, fileFeedbackStore, memoryFeedbackStore } from '../../src/knowledge/feedback-store';
import { createLogger, memorySink } from '../../src/logging/logger';

describe('feedback store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-feedback-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts votes per article and language in memory', async () => {
    const store = memoryFeedbackStore();
    await store.increment('fgm', 'nb', 'up');
    await store.increment('fgm', 'nb', 'up');
    await store.increment('fgm', 'en', 'down');
    expect(await store.counts()).toEqual({ fgm: { nb: { up: 2, down: 0 }, en: { up: 0, down: 1 } } });
  });

  it('keeps counts in a JSON file that survives a restart, and nothing else', async () => {
    const store = await fileFeedbackStore(dir);
    await store.increment('forced-marriage', 'nn', 'up');
    await store.increment('forced-marriage', 'nn', 'down');
    const reopened = await fileFeedbackStore(dir);
    expect(await reopened.counts()).toEqual({ 'forced-marriage': { nn: { up: 1, down: 1 } } });
    expect(JSON.parse(readFileSync(path.join(dir, FEEDBACK_FILE), 'utf8'))).toEqual({ 'forced-marriage': { nn: { up: 1, down: 1 } } });
  });

  it('loses no vote when many arrive at once, and leaves no temporary files', async () => {
    const store = await fileFeedbackStore(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.increment('fgm', 'nb', i % 5 === 0 ? 'down' : 'up')));
    const reopened = await fileFeedbackStore(dir);
    expect(await reopened.counts()).toEqual({ fgm: { nb: { up: 40, down: 10 } } });
    expect(readdirSync(dir)).toEqual([FEEDBACK_FILE]);
    // 50 serialised writes with fsync: 0.7 s alone, past jest's 20 s on a machine at load 20+.
  }, 120_000);

  it('sets aside a file that is not feedback counts, naming it, and starts counting from zero', async () => {
    writeFileSync(path.join(dir, FEEDBACK_FILE), JSON.stringify({ fgm: { nb: { up: 'many' } } }));
    const logs = memorySink();
    const store = await fileFeedbackStore(dir, createLogger({ level: 'warn', sink: logs }));
    expect(await store.counts()).toEqual({});
    const setAside = readdirSync(dir).filter((f) => f !== FEEDBACK_FILE);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toContain(FEEDBACK_FILE);
    expect(logs.lines.join('\n')).toContain(FEEDBACK_FILE);
  });
});
