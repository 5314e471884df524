import { contactIntentSchema } from '../../src/contacts/intents';
import { isEnvoyId, envoyIdSchema, SERVICE_IDS } from '../../src/contacts/service-ids';
import { articleIntentSchema } from '../../src/knowledge/intents';
import { statsIntentSchema } from '../../src/stats/intents';
import { isOfKind, parsedOfKind } from '../../src/understanding/intent-of-kind';

const READINGS: unknown[] = [
  { kind: 'contact', query: { serviceId: 'expert-team' } },
  { kind: 'contact', query: { serviceId: 'no-such-service' } },
  { kind: 'article', articleId: 'forced-marriage' },
  { kind: 'stats', query: { services: [] } },
  { kind: 'unknown' },
  { kind: 'suggest', articleIds: ['forced-marriage'] },
  undefined,
  null,
  'contact',
  { query: {} },
];

/** `parsedOfKind` against the schema's own parse, for every reading. */
function sameAsSchema<T>(schema: { safeParse(value: unknown): { readonly success: boolean; readonly data?: T } }, kind: string): void {
  for (const reading of READINGS) {
    expect(parsedOfKind(schema, kind, reading)).toEqual(schema.safeParse(reading).data);
    if (!isOfKind(reading, kind)) expect(schema.safeParse(reading).success).toBe(false);
  }
}

describe('parsedOfKind', () => {
  it('gives what the contact, article and statistics schemas give for every reading, parsing only readings of their kind', () => {
    sameAsSchema(contactIntentSchema, 'contact');
    sameAsSchema(articleIntentSchema, 'article');
    sameAsSchema(statsIntentSchema, 'stats');
  });
});

describe('isEnvoyId', () => {
  it('accepts what envoyIdSchema accepts', () => {
    for (const id of [...SERVICE_IDS, 'envoy-oslo', '', undefined, 3]) expect(isEnvoyId(id)).toBe(envoyIdSchema.safeParse(id).success);
  });
});
