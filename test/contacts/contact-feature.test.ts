import { TestAdapter, type Activity } from 'botbuilder';
import { CardActionRouter } from '../../src/bot/card-action-router';
import { createContactFeature } from '../../src/contacts/contact-feature';
import { createLogger, memorySink } from '../../src/logging/logger';
import { directory, fixtureAdvisers, places, translate, turnFor } from './contact-fixtures';

const feature = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: fixtureAdvisers() });

function cardOf(activity: Partial<Activity>): string {
  const content: unknown = activity.attachments?.[0]?.content;
  return JSON.stringify(content);
}

describe('contact handler and card action', () => {
  it('answers a contact intent with the contact card, logging no text, place or name', async () => {
    const sink = memorySink();
    const adapter = new TestAdapter(async (context) => {
      const turn = { ...turnFor(context, 'en'), log: createLogger({ level: 'debug', sink }) };
      await feature.handleContact(turn, { kind: 'contact', query: { serviceId: 'diversity-advisers', place: 'Eksempelby vgs' } });
    });
    await adapter
      .send('who is the diversity adviser at Eksempelby vgs')
      .assertReply((reply) => {
        expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(cardOf(reply)).toContain('Eksempel Eksempelsen');
        expect(cardOf(reply)).toContain('tel:+4700000001');
      })
      .startTest();
    const logged = sink.lines.join('\n');
    expect(logged).toContain('contact card');
    expect(logged).not.toMatch(/Eksempel|Eksempelby/);
  });

  it('"show-contact" {serviceId} opens one service in full, and rejects unknown ids', async () => {
    const router = new CardActionRouter(feature.cardActions);
    const outcomes: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      outcomes.push(await router.route(turnFor(context, 'nb'), context.activity.value));
    });
    await adapter
      .send({ type: 'message', value: { verb: 'show-contact', serviceId: 'rode-kors-telefonen' } })
      .assertReply((reply) => {
        expect(cardOf(reply)).toContain('Røde Kors-telefonen om negativ sosial kontroll og æresrelatert vold');
        expect(cardOf(reply)).toContain('tel:81555201');
        expect(cardOf(reply)).toContain('Hverdager kl. 9–17.');
      })
      .send({ type: 'message', value: { verb: 'show-contact', serviceId: 'nobody' } })
      .startTest();
    expect(outcomes).toEqual(['handled', 'invalid']);
  });

  it('searchDirectory: a country finds its envoy, a word finds services, a place finds advisers', () => {
    expect(feature.searchDirectory('Somalia', 'nb').services[0]?.serviceId).toBe('envoy-nairobi');
    expect(feature.searchDirectory('krisesenter', 'nb').services[0]?.serviceId).toBe('crisis-centres');
    expect(feature.searchDirectory('kompetanse', 'nb').services[0]?.serviceId).toBe('kompetanseteamet');
    expect(feature.searchDirectory('mangfoldsrådgiver Drammen', 'nb').advisers.map((a) => a.name)).toEqual(['Test Testesen']);
    expect(feature.searchDirectory('', 'en').services).toHaveLength(directory.services.length);
  });

  it('planContacts is exposed for the triage dialog', () => {
    expect(feature.planContacts({ country: 'IR' }, 'en').map((p) => p.serviceId)).toEqual(['envoy-amman', 'ud-operations-centre', 'kompetanseteamet']);
  });
});
