import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tabulate } from '../../src/stats/disclosure/disclosure';
import { annualReportRows, annualReportRowsFromStore } from '../../src/stats/disclosure/export';
import { tabulateStore } from '../../src/stats/disclosure/store-tables';
import { EXPIRED_REGISTRAR, type CaseRecord } from '../../src/stats/store/case-record';
import { LowdbStatsStore } from '../../src/stats/store/lowdb-stats-store';
import { PostgresStatsStore } from '../../src/stats/store/postgres-stats-store';
import type { PublishedSeed } from '../../src/stats/store/published-figure';
import { StatsStoreError, type StatsStore } from '../../src/stats/store/stats-store';
import { migrate } from '../../src/storage/postgres/migrations';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';
import { caseInput } from './case-fixtures';

/**
 * The same tests for both statistics stores: the embedded one (files in DATA_DIR) and PostgreSQL. What the bot and
 * the scripts rely on: registrations stored durably and found again after a restart, input refused without echoing
 * it, undo by the registrar only and only for 10 minutes, the registrar hash erased after REGISTRAR_KEPT_MS, the
 * rate limit, exact counts under parallel registrations, published figures from the seed, and the release
 * decisions of rule 8 kept in the store with the same answers as deciding from the cases alone.
 */

const ADVISER = { aadObjectId: '6f1a0c2e-0000-4000-8000-000000000001' };
const OTHER = { aadObjectId: '6f1a0c2e-0000-4000-8000-000000000002' };
const NOW = new Date('2026-11-24T12:00:00Z');

interface OpenOptions {
  readonly clock?: () => Date;
  readonly registrationsPerMinute?: number;
  readonly seed?: PublishedSeed;
}

/** A place for one store (a DATA_DIR or a database schema); `open` may be called again, as after a restart. */
interface Place {
  open(options?: OpenOptions): Promise<StatsStore>;
  dispose(): Promise<void>;
}

function seed(version: number, value: number): PublishedSeed {
  return {
    seedVersion: version,
    figures: [
      {
        id: 'diversity-advisers.staff.2023',
        kind: 'value',
        service: 'diversity-advisers',
        metric: 'staff',
        period: { kind: 'year', year: 2023 },
        unit: 'count',
        observations: [{ value, qualifier: 'exact', source: { kind: 'seed', file: '000_9bfa3949974afa9c.txt', title: 'IMDi', lines: [382, 383] } }],
      },
    ],
  };
}

async function storeError(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof StatsStoreError ? error.code : `not a StatsStoreError: ${String(error)}`;
}

const ids = (cases: readonly CaseRecord[]) => cases.map((c) => c.id);

export function statsStoreContract(name: string, place: () => Promise<Place>): void {
  describe(name, () => {
    let here: Place;
    const open = (options: OpenOptions = {}) => here.open({ clock: () => NOW, ...options });
    beforeEach(async () => {
      here = await place();
    });
    afterEach(() => here.dispose());

    it('stores a registration and finds it again after a restart', async () => {
      const store = await open();
      const record = await store.register(caseInput(), ADVISER);
      expect(record.registeredBy).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(record)).not.toContain(ADVISER.aadObjectId);
      await store.close();
      const again = await open();
      expect(await again.cases()).toEqual([record]);
      await again.close();
    });

    it('refuses invalid input with field paths only, never the submitted values', async () => {
      const store = await open();
      const error = await store.register({ ...caseInput(), note: 'Fatima (15) i Drammen' }, ADVISER).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StatsStoreError);
      if (!(error instanceof StatsStoreError)) throw new Error('unreachable');
      expect(error.code).toBe('invalid');
      expect(`${error.message} ${error.issues.join(' ')}`).not.toContain('Fatima');
      expect(await storeError(store.register(caseInput({ month: '2026-12' }), ADVISER))).toBe('invalid');
      expect(await storeError(store.register(caseInput(), { aadObjectId: ' ' }))).toBe('invalid');
      expect(await store.cases()).toHaveLength(0);
      await store.close();
    });

    it('lets the registrar undo within 10 minutes, and no one else', async () => {
      let now = NOW;
      const store = await open({ clock: () => now });
      const record = await store.register(caseInput(), ADVISER);
      expect(await store.undo(record.id, OTHER)).toBe('not-yours');
      now = new Date(NOW.getTime() + 9 * 60_000);
      expect(await store.undo(record.id, ADVISER)).toBe('undone');
      expect(await store.cases()).toHaveLength(0);
      expect(await store.undo(record.id, ADVISER)).toBe('not-found');
      const late = await store.register(caseInput(), ADVISER);
      now = new Date(now.getTime() + 10 * 60_000 + 1);
      expect(await store.undo(late.id, ADVISER)).toBe('too-late');
      expect(await store.undo('not-a-uuid', ADVISER)).toBe('not-found');
      await store.close();
      const again = await open({ clock: () => now });
      expect(ids(await again.cases())).toEqual([late.id]);
      await again.close();
    });

    it('erases the registrar hash once undo and rate limiting no longer need it', async () => {
      let now = NOW;
      const store = await open({ clock: () => now });
      const record = await store.register(caseInput(), ADVISER);
      expect((await store.cases())[0]?.registeredBy).toBe(record.registeredBy);
      now = new Date(NOW.getTime() + 11 * 60_000 + 1);
      await store.close();
      const later = await open({ clock: () => now });
      expect(await later.undo(record.id, ADVISER)).toBe('too-late');
      expect(await later.cases()).toEqual([{ ...record, registeredBy: EXPIRED_REGISTRAR }]);
      await later.close();
    });

    it('limits registrations per person per minute', async () => {
      let now = NOW;
      const store = await open({ clock: () => now, registrationsPerMinute: 3 });
      await Promise.all([1, 2, 3].map(() => store.register(caseInput(), ADVISER)));
      expect(await storeError(store.register(caseInput(), ADVISER))).toBe('rate-limited');
      await store.register(caseInput(), OTHER);
      now = new Date(NOW.getTime() + 61_000);
      await store.register(caseInput(), ADVISER);
      expect(await store.cases()).toHaveLength(5);
      await store.close();
    });

    it('stores exactly 300 parallel registrations, each once', async () => {
      const store = await open({ registrationsPerMinute: 10_000 });
      const records = await Promise.all(Array.from({ length: 300 }, (_, i) => store.register(caseInput(), { aadObjectId: `user-${i % 37}` })));
      expect(new Set(ids(records)).size).toBe(300);
      await store.close();
      const again = await open();
      expect(new Set(ids(await again.cases()))).toEqual(new Set(ids(records)));
      await again.close();
    });

    it('filters by service, months and registration time', async () => {
      let now = NOW;
      const store = await open({ clock: () => now });
      const a = await store.register(caseInput({ service: 'special-envoys', month: '2025-03' }), ADVISER);
      now = new Date(NOW.getTime() + 1000);
      const b = await store.register(caseInput({ month: '2026-02' }), ADVISER);
      expect(ids(await store.cases({ service: 'special-envoys' }))).toEqual([a.id]);
      expect(ids(await store.cases({ fromMonth: '2026-01', toMonth: '2026-12' }))).toEqual([b.id]);
      expect(ids(await store.cases({ registeredUpTo: a.registeredAt }))).toEqual([a.id]);
      expect(ids(await store.cases())).toEqual([a.id, b.id]);
      await store.close();
    });

    it('loads the seed on first start and replaces it on a new seed version without touching registrations', async () => {
      const first = await open({ seed: seed(1, 59) });
      expect(first.publishedSeedVersion()).toBe(1);
      const record = await first.register(caseInput(), ADVISER);
      await first.close();
      const upgraded = await open({ seed: seed(2, 60) });
      expect(upgraded.publishedSeedVersion()).toBe(2);
      const figure = upgraded.published()[0];
      expect(figure?.kind === 'value' ? figure.observations[0]?.value : undefined).toBe(60);
      expect(ids(await upgraded.cases())).toEqual([record.id]);
      await upgraded.close();
    });

    it('keeps the release decisions of rule 8 in the store, with the same tables as deciding from the cases alone', async () => {
      // 2025's cases registered in January 2026, then one late case in March: held back (rule 8).
      let now = new Date('2026-01-10T10:00:00Z');
      const store = await open({ clock: () => now, registrationsPerMinute: 1000 });
      for (let i = 0; i < 14; i++) await store.register(caseInput({ month: '2025-03', county: '03' }), { aadObjectId: `a${i}` });
      for (let i = 0; i < 9; i++) await store.register(caseInput({ month: '2025-06', county: '11', gender: 'boy-man' }), { aadObjectId: `b${i}` });
      now = new Date('2026-03-20T09:00:00Z');
      await store.register(caseInput({ service: 'special-envoys', month: '2025-05', county: '50', caseTypes: ['physical-violence'] }), ADVISER);
      const request = (at: string) => ({ dims: ['county'] as const, fromMonth: '2025-01', toMonth: '2025-12', now: new Date(at) });

      for (const at of ['2026-03-15T12:00:00Z', '2026-04-15T12:00:00Z', '2026-06-15T12:00:00Z']) {
        const all = await store.cases();
        expect(await tabulateStore(store, request(at))).toEqual(tabulate(all, request(at)));
        expect(await annualReportRowsFromStore(store, 2025, new Date(at))).toEqual(annualReportRows(all, 2025, new Date(at)));
      }
      const decisions = await store.releaseDecisions('2025');
      // February 2026 is the first boundary; April, May and June hold the late case back.
      expect(decisions.map((d) => [d.boundary.slice(0, 7), d.released === '' ? 'none' : d.released.slice(0, 10)])).toEqual([
        ['2026-02', '2026-01-31'],
        ['2026-03', '2026-01-31'],
        ['2026-04', '2026-01-31'],
        ['2026-05', '2026-01-31'],
        ['2026-06', '2026-01-31'],
      ]);
      expect(decisions[0]?.shown).toBeDefined();
      await store.close();

      // Kept across a restart: the decisions are read back, not worked out again.
      const again = await open({ clock: () => now });
      expect(await again.releaseDecisions('2025')).toEqual(decisions);
      expect(await tabulateStore(again, request('2026-06-15T12:00:00Z'))).toEqual(tabulate(await again.cases(), request('2026-06-15T12:00:00Z')));
      // A decision that no longer matches the cases (as after a restore) is replaced, not trusted.
      await again.saveReleaseDecisions('2025', [{ ...decisions[1]!, counted: 1 }], decisions[1]!.boundary);
      expect(await tabulateStore(again, request('2026-06-15T12:00:00Z'))).toEqual(tabulate(await again.cases(), request('2026-06-15T12:00:00Z')));
      expect(await again.releaseDecisions('2025')).toEqual(decisions);
      await again.close();
    });
  });
}

statsStoreContract('the embedded statistics store (DATA_DIR)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-contract-'));
  return {
    open: (options = {}) => LowdbStatsStore.open({ dataDir: dir, ...options }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeWithPostgres('PostgreSQL', () => {
  statsStoreContract('the PostgreSQL statistics store', async () => {
    const db = await createTestDatabase();
    const pool = db.pool();
    await migrate(pool);
    return { open: (options = {}) => PostgresStatsStore.open({ pool, ...options }), dispose: () => db.drop() };
  });

  describe('two instances on one database', () => {
    let db: TestDatabase;
    let one: PostgresStatsStore;
    let two: PostgresStatsStore;
    beforeEach(async () => {
      db = await createTestDatabase();
      await migrate(db.pool());
      [one, two] = await Promise.all([
        PostgresStatsStore.open({ pool: db.pool(), clock: () => NOW, registrationsPerMinute: 20 }),
        PostgresStatsStore.open({ pool: db.pool(), clock: () => NOW, registrationsPerMinute: 20 }),
      ]);
    });
    afterEach(async () => {
      await one.close();
      await two.close();
      await db.drop();
    });

    it('share one registrar key: an undo sent to the other instance works, once', async () => {
      const record = await one.register(caseInput(), ADVISER);
      expect(await two.undo(record.id, OTHER)).toBe('not-yours');
      const results = await Promise.all([two.undo(record.id, ADVISER), one.undo(record.id, ADVISER)]);
      expect(results.sort()).toEqual(['not-found', 'undone']);
      expect(await one.cases()).toEqual([]);
    });

    it('share the rate limit: 30 registrations at once from one registrar, sent to both, store exactly 20', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? one : two).register(caseInput(), ADVISER).then(() => 'stored', (e: unknown) => (e instanceof StatsStoreError ? e.code : 'error'))),
      );
      expect(outcomes.filter((o) => o === 'stored')).toHaveLength(20);
      expect(outcomes.filter((o) => o === 'rate-limited')).toHaveLength(10);
      expect(await two.cases()).toHaveLength(20);
    });

    it('see each other’s registrations at once, even in a year already read', async () => {
      const at = new Date('2026-01-10T10:00:00Z');
      for (let i = 0; i < 6; i++) await one.register(caseInput({ month: '2025-03' }), { aadObjectId: `r${i}` }, at);
      const later = { dims: [] as const, fromMonth: '2025-01', toMonth: '2025-12', now: new Date('2026-03-15T12:00:00Z') };
      const before = await tabulateStore(two, later);
      expect(before).toMatchObject({ status: 'ok', total: { kind: 'count', value: 6 } });
      // A registration dated before the cut-off (as a move of the store would bring) is seen by the other instance.
      for (let i = 0; i < 5; i++) await one.register(caseInput({ month: '2025-04' }), { aadObjectId: `s${i}` }, at);
      expect(await tabulateStore(two, later)).toEqual(tabulate(await one.cases(), later));
    });
  });
});
