import { postgresFeedbackStore } from '../../src/knowledge/feedback-store';
import { postgresLanguagePreferences } from '../../src/storage/language-preferences';
import { migrate } from '../../src/storage/postgres/migrations';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';

/** Language choices and feedback counts on PostgreSQL: what one instance writes, the other reads on its next turn. */
describeWithPostgres('language choices and feedback counts shared through PostgreSQL', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await migrate(db.pool());
  });
  afterEach(() => db.drop());

  it('a language chosen through one instance is read by the other, and the table holds no user id', async () => {
    const [one, two] = [postgresLanguagePreferences(db.pool()), postgresLanguagePreferences(db.pool())];
    expect(await two.get('29:user-a')).toBeUndefined();
    await one.set('29:user-a', 'ar');
    expect(await two.get('29:user-a')).toBe('ar');
    await two.set('29:user-a', 'so');
    expect(await one.get('29:user-a')).toBe('so');
    const rows = await db.pool().query('SELECT * FROM language_preferences');
    expect(JSON.stringify(rows.rows)).not.toContain('user-a');
  });

  it('counts every vote sent at once through two instances', async () => {
    const [one, two] = [postgresFeedbackStore(db.pool()), postgresFeedbackStore(db.pool())];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).increment('forced-marriage', 'nb', i % 4 === 0 ? 'down' : 'up')));
    await one.increment('fgm', 'so', 'up');
    expect(await two.counts()).toEqual({ 'forced-marriage': { nb: { up: 30, down: 10 } }, fgm: { so: { up: 1, down: 0 } } });
  });
});
