import { createHash, randomUUID } from 'node:crypto';
import { caseInputSchema, caseRecordSchema, monthProblem, type CaseRecord } from '../../../src/stats/store/case-record';
import type { PublishedFigure } from '../../../src/stats/store/published-figure';
import type { StatsStoreForHandlers } from '../../../src/stats/stats-handlers';
import { matchesFilter, StatsStoreError, UNDO_WINDOW_MS, type CaseFilter, type Registrar, type ReleaseDecision, type UndoResult } from '../../../src/stats/store/stats-store';

/** An in-memory StatsStore for handler tests. `failWrites` makes every write fail the way a full disk would. */
export class MemoryStatsStore implements StatsStoreForHandlers {
  readonly records: CaseRecord[] = [];
  failWrites = false;
  private closed = false;

  constructor(
    private readonly figures: readonly PublishedFigure[] = [],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  published(): readonly PublishedFigure[] {
    return this.figures;
  }

  publishedSeedVersion(): number {
    return 1;
  }

  private hash(registrar: Registrar): string {
    return createHash('sha256').update(registrar.aadObjectId).digest('hex');
  }

  async register(input: unknown, registrar: Registrar, now: Date = this.clock()): Promise<CaseRecord> {
    if (this.closed) throw new StatsStoreError('closed', 'store closed');
    const parsed = caseInputSchema.safeParse(input);
    if (!parsed.success) throw new StatsStoreError('invalid', 'invalid case', parsed.error.issues.map((i) => i.path.join('.')));
    if (monthProblem(parsed.data.month, now)) throw new StatsStoreError('invalid', 'invalid month', ['month']);
    if (this.failWrites) throw new StatsStoreError('not-saved', 'disk full');
    const record = caseRecordSchema.parse({ ...parsed.data, id: randomUUID(), registeredBy: this.hash(registrar), registeredAt: now.toISOString() });
    this.records.push(record);
    return record;
  }

  async undo(id: string, registrar: Registrar, now: Date = this.clock()): Promise<UndoResult> {
    if (this.closed) throw new StatsStoreError('closed', 'store closed');
    const i = this.records.findIndex((r) => r.id === id);
    const record = this.records[i];
    if (!record) return 'not-found';
    if (record.registeredBy !== this.hash(registrar)) return 'not-yours';
    if (now.getTime() - Date.parse(record.registeredAt) > UNDO_WINDOW_MS) return 'too-late';
    if (this.failWrites) throw new StatsStoreError('not-saved', 'disk full');
    this.records.splice(i, 1);
    return 'undone';
  }

  async cases(filter: CaseFilter = {}): Promise<readonly CaseRecord[]> {
    return this.records.filter((r) => matchesFilter(r, filter));
  }

  /** Release decisions per year, as a store keeps them. */
  readonly releases = new Map<string, ReleaseDecision[]>();

  async releaseDecisions(year: string): Promise<readonly ReleaseDecision[]> {
    return this.releases.get(year) ?? [];
  }

  async saveReleaseDecisions(year: string, decisions: readonly ReleaseDecision[], replaceFrom?: string): Promise<void> {
    const before = (this.releases.get(year) ?? []).filter((d) => replaceFrom === undefined || d.boundary < replaceFrom);
    this.releases.set(year, [...before, ...decisions]);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
