import type { Activity } from 'botbuilder';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';

/**
 * Two instances of the bot behind a load balancer, sharing one DATABASE_URL and nothing else (each its own DATA_DIR):
 * every turn of a conversation may land on either. The conversation state must follow the conversation.
 */
describeWithPostgres('two instances sharing one database', () => {
  let db: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.schemaUrl, RATE_LIMIT_PER_MINUTE: '10000' };
    [one, two] = [await buildTestApp(env), await buildTestApp(env)];
  }, 90_000);
  afterAll(async () => {
    await one.close();
    await two.close();
    await db.drop();
  });

  const template = (id: string): Partial<Activity> => ({
    locale: 'nb-NO',
    conversation: { id, isGroup: false, name: 'x', conversationType: 'personal' },
    from: { id: `29:user-${id}`, name: 'User' },
  });
  const text = (reply: Partial<Activity>) => JSON.stringify(reply.attachments ?? reply.text ?? '');

  it('a triage started on one instance continues on the other, answer by answer', async () => {
    const id = 'two-instances-triage';
    await conversation(one, template(id)).send('jeg er bekymret for en elev').assertReply((r) => expect(text(r)).toContain('Er noen i akutt fare')).startTest();
    await conversation(two, template(id)).send('nei').assertReply((r) => expect(text(r)).toContain('Hvor er personen')).startTest();
    await conversation(one, template(id)).send('utlandet').assertReply((r) => expect(text(r)).toContain('Hvilket land')).startTest();
    await conversation(two, template(id)).send('Somalia').assertReply((r) => expect(text(r)).toMatch(/Hvor gammel|alder/i)).startTest();
  });

  it('a follow-up answered on the other instance keeps the last answer as its context', async () => {
    const id = 'two-instances-follow-up';
    await conversation(one, template(id)).send('hvor mange saker hadde Kompetanseteamet i 2022?').assertReply((r) => expect(text(r)).toContain('2022')).startTest();
    await conversation(two, template(id)).send('og i 2021?').assertReply((r) => {
      expect(text(r)).toContain('2021');
      expect(text(r)).toContain('Kompetanseteamet');
    }).startTest();
  });

  it('the conversation language set by the first message holds on the other instance', async () => {
    const id = 'two-instances-language';
    // A Norwegian Teams client, an English question: the conversation's language becomes English.
    await conversation(one, template(id)).send('what is forced marriage?').assertReply(() => undefined).startTest();
    // "?" has no language of its own: the conversation's language (kept by the other instance) decides, not the locale.
    let english = '';
    let norwegian = '';
    await conversation(two, template(id)).send('?').assertReply((r) => void (english = text(r))).startTest();
    await conversation(two, template('two-instances-language-fresh')).send('?').assertReply((r) => void (norwegian = text(r))).startTest();
    expect(english).not.toEqual(norwegian);
    expect(english).toMatch(/\b(what|help|ask)\b/i);
  });
});
