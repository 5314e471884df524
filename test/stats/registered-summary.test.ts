import { randomUUID } from 'node:crypto';
import type { CaseRecord, CaseService } from '../../src/stats/store/case-record';
import { registeredSummary } from '../../src/stats/answers/registered-summary';
import { MemoryStatsStore } from './fakes/memory-stats-store';

const now = new Date('2026-11-24T12:00:00Z');

function record(service: CaseService, month: string): CaseRecord {
  return {
    id: randomUUID(),
    service,
    month,
    caseTypes: ['negative-social-control'],
    gender: 'girl-woman',
    ageBand: '16-17',
    county: '03',
    originRegion: 'east-africa',
    whereabouts: 'norway',
    referredTo: ['none'],
    registeredBy: 'b'.repeat(64),
    registeredAt: `${month}-15T10:00:00.000Z`,
  };
}

describe('registered counts for an answer', () => {
  it('counts completed months only, as of the start of this month, and never shows a count below 5', async () => {
    const store = new MemoryStatsStore();
    for (let i = 0; i < 12; i++) store.records.push(record('diversity-advisers', '2026-10'));
    for (let i = 0; i < 7; i++) store.records.push(record('kompetanseteamet', '2026-09'));
    for (let i = 0; i < 2; i++) store.records.push(record('special-envoys', '2026-10'));
    // This month is not complete yet: not counted.
    for (let i = 0; i < 9; i++) store.records.push(record('diversity-advisers', '2026-11'));

    const summary = await registeredSummary(store, { services: [], metric: 'cases', fromYear: 2026, toYear: 2026, mode: 'value' }, now);
    expect(summary?.asOf.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    const cells = Object.fromEntries((summary?.counts ?? []).map((c) => [c.service, c.cell]));
    expect(cells['special-envoys']).toEqual({ kind: 'fewer-than-5' });
    for (const cell of Object.values(cells)) if (cell.kind === 'count') expect(cell.value === 0 || cell.value >= 5).toBe(true);
    expect(cells['diversity-advisers']).not.toEqual({ kind: 'count', value: 21 });
  });

  it('gives nothing for questions that are not about cases, or when nothing is registered', async () => {
    const store = new MemoryStatsStore();
    expect(await registeredSummary(store, { services: ['diversity-advisers'], metric: 'cases', mode: 'value' }, now)).toBeUndefined();
    store.records.push(record('diversity-advisers', '2026-10'));
    expect(await registeredSummary(store, { services: ['diversity-advisers'], metric: 'staff', mode: 'value' }, now)).toBeUndefined();
    expect(await registeredSummary(store, { services: ['nora'], metric: 'cases', mode: 'value' }, now)).toBeUndefined();
  });
});
