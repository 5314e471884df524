import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annualReportRows, ANNUAL_REPORT_TABLES, toCsv } from '../../src/stats/disclosure/export';
import { LowdbStatsStore } from '../../src/stats/store/lowdb-stats-store';
import { readStatsFile } from '../../src/stats/store/read-stats-file';
import type { CaseRecord } from '../../src/stats/store/case-record';
import { caseInput, caseRecord } from './case-fixtures';

const NOW = new Date('2026-11-24T12:00:00Z');

function many(n: number, overrides: Partial<CaseRecord>): CaseRecord[] {
  return Array.from({ length: n }, () => caseRecord(overrides));
}

describe('annual report export', () => {
  const cases = [
    ...many(12, { service: 'diversity-advisers', county: '03', month: '2025-02' }),
    ...many(2, { service: 'diversity-advisers', county: '46', month: '2025-05' }),
    ...many(7, { service: 'special-envoys', county: 'unknown', whereabouts: 'abroad', month: '2025-09' }),
    ...many(3, { service: 'special-envoys', county: '03', month: '2025-10' }),
    // Another year: not in the 2025 export.
    ...many(40, { month: '2024-06', registeredAt: '2024-07-01T10:00:00.000Z' }),
  ];
  const csv = toCsv(annualReportRows(cases, 2025, NOW));
  const lines = csv.trimEnd().split('\r\n');

  it('writes one CSV with a header and every report table', () => {
    expect(lines[0]).toBe('table,period,row_dimension,row,column_dimension,column,value,suppression');
    for (const { id } of ANNUAL_REPORT_TABLES) expect(lines.some((l) => l.startsWith(`${id},`))).toBe(true);
    expect(lines).toContain('total,2025-01..2025-12,,total,,total,24,');
  });

  it('applies the same suppression as answers in Teams', () => {
    expect(lines).toContain('service-by-county,2025-01..2025-12,service,diversity-advisers,county,46 Vestland,,fewer-than-5');
    expect(lines).toContain('service-by-county,2025-01..2025-12,service,special-envoys,county,03 Oslo,,fewer-than-5');
    for (const line of lines.slice(1)) {
      const value = line.split(',')[6];
      if (value !== '' && value !== undefined) expect(Number(value) === 0 || Number(value) >= 5).toBe(true);
    }
  });

  it('exports no ids, registrar hashes or registration times', () => {
    for (const c of cases) {
      expect(csv).not.toContain(c.id);
      expect(csv).not.toContain(c.registeredBy);
      expect(csv).not.toContain(c.registeredAt);
    }
  });

  it('leaves out months that have not ended', () => {
    const during = toCsv(annualReportRows(cases, 2025, new Date('2025-06-15T00:00:00Z')));
    expect(during).toContain('total,2025-01..2025-05,,total,,total,14,');
  });
});

describe('reading the store without its lock (export and backup while the bot runs)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sees every acknowledged registration, including those only in the journal', async () => {
    const store = await LowdbStatsStore.open({ dataDir: dir, registrationsPerMinute: 1000, compactEvery: 7 });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await store.register(caseInput(), { aadObjectId: 'reader-test' })).id);
    const file = await readStatsFile(dir);
    expect(file.cases.map((c) => c.id).sort()).toEqual([...ids].sort());
    await store.close();
  });

  it('reads consistently while registrations and snapshot rewrites go on', async () => {
    const store = await LowdbStatsStore.open({ dataDir: dir, registrationsPerMinute: 100_000, compactEvery: 5 });
    const acknowledged = new Set<string>();
    let stop = false;
    const writer = (async () => {
      while (!stop) acknowledged.add((await store.register(caseInput(), { aadObjectId: 'w' })).id);
    })();
    for (let i = 0; i < 30; i++) {
      const before = new Set(acknowledged);
      const file = await readStatsFile(dir);
      const seen = new Set(file.cases.map((c) => c.id));
      for (const id of before) expect(seen.has(id)).toBe(true);
    }
    stop = true;
    await writer;
    await store.close();
  });
});
