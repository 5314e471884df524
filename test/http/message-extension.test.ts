import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { KEY_SERVICES, SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { BOT_ID, TENANT_ID, USER_AAD_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

/**
 * The search-based message extension end to end: Teams posts a `composeExtension/query` invoke to /api/messages
 * when a user types in the compose box; the invoke response carries the results as contact cards with previews.
 */

interface ExtensionAttachment {
  contentType: string;
  content: Record<string, unknown>;
  preview?: { contentType: string; content: { title?: string; text?: string } };
}
interface ExtensionResponse {
  composeExtension: { type: string; attachmentLayout: string; attachments: ExtensionAttachment[] };
}

/** What Teams sends for a query command: the command id, the typed text as a parameter, paging options. */
function teamsQuery(serviceUrl: string, parameters: { name: string; value: string }[], locale = 'nb-NO'): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'composeExtension/query',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Kari Lærer', aadObjectId: USER_AAD_ID },
    conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: TENANT_ID },
    recipient: { id: BOT_ID, name: 'Veiviser' },
    locale,
    entities: [{ type: 'clientInfo', locale, country: 'NO', platform: 'Web', timezone: 'Europe/Oslo' }],
    channelData: { tenant: { id: TENANT_ID }, source: { name: 'compose' } },
    value: { commandId: SEARCH_CONTACTS_COMMAND, parameters, queryOptions: { skip: 0, count: 25 } },
  };
}

describe('HTTP: the message extension searches the contact directory', () => {
  let server: TestServer;
  // Building the app (articles, language model, directory) takes tens of seconds on a loaded CI machine.
  beforeAll(async () => {
    server = await startTestServer();
  }, 90_000);
  afterAll(() => server.close());

  async function search(parameters: { name: string; value: string }[], locale?: string): Promise<ExtensionResponse> {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsQuery('http://127.0.0.1:9/unused', parameters, locale)),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as ExtensionResponse;
  }
  const servicesOf = (response: ExtensionResponse): string[] =>
    response.composeExtension.attachments.map((a) => /"serviceId":"([a-z-]+)"/.exec(JSON.stringify(a.content))?.[1] ?? JSON.stringify(a.content).slice(0, 80));

  it('"Somalia" finds the special envoy in Nairobi first, as an Adaptive Card with a preview', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Somalia' }]);
    expect(response.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first] = response.composeExtension.attachments;
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(first?.content)).toContain('ambassaden i Nairobi');
    expect(first?.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first?.preview?.content.title).toContain('Nairobi');
  });

  it('"Kompetanseteamet" gives its card, with its phone number', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Kompetanseteamet' }]);
    const [first] = response.composeExtension.attachments;
    const card = JSON.stringify(first?.content);
    expect(card).toContain('Kompetanseteamet mot negativ sosial kontroll');
    expect(card).toMatch(/tel:\+?\d{8,}/);
    expect(first?.preview?.content.title).toContain('Kompetanseteamet');
  });

  it('answers in the user\'s locale: English cards for en-US', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Iraq' }], 'en-US');
    const card = JSON.stringify(response.composeExtension.attachments[0]?.content);
    expect(card).toContain('"lang":"en"');
    expect(card).toMatch(/Special envoy for integration matters, Embassy in (Amman|Ankara)/);
  });

  it('opens with the key services when the box is empty (initialRun)', async () => {
    const response = await search([{ name: 'initialRun', value: 'true' }]);
    expect(response.composeExtension.attachments).toHaveLength(KEY_SERVICES.length);
    const cards = response.composeExtension.attachments.map((a) => JSON.stringify(a.content));
    expect(cards[0]).toContain('112');
    expect(cards.some((c) => c.includes('Kompetanseteamet'))).toBe(true);
  });

  it('finds child welfare by its Norwegian name', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'barnevernet' }]);
    expect(servicesOf(response).length).toBeGreaterThan(0);
    expect(JSON.stringify(response)).toMatch(/Barnevern/);
  });

  it('uses the command id and parameter name the manifest declares', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'manifest', 'manifest.json'), 'utf8')) as {
      composeExtensions: { commands: { id: string; type: string; parameters: { name: string }[] }[] }[];
    };
    const command = manifest.composeExtensions[0]?.commands.find((c) => c.id === SEARCH_CONTACTS_COMMAND);
    expect(command?.type).toBe('query');
    expect(command?.parameters.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
  });
});
