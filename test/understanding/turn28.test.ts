import { z } from 'zod';
import { contactIntentSchema } from '../../src/contacts/intents';
import { articleIntentSchema, suggestIntentSchema } from '../../src/knowledge/intents';
import { statsIntentSchema } from '../../src/stats/intents';
import { parsedBy } from '../../src/understanding/intent-of-kind';
import { guardOf } from '../../src/understanding/schema-guard';

/**
 * The schema guard says a value is exactly what its schema's parse gives back (so a reader can take the value
 * itself), and never says so of a value the parse refuses or would change: a field stripped, a default filled.
 */
const CONTACTS: unknown[] = [
  { kind: 'contact', query: {} },
  { kind: 'contact', query: { country: 'PK', whereabouts: 'abroad', minor: true } },
  { kind: 'contact', query: { serviceId: 'kompetanseteamet', alsoServiceIds: ['alarmtelefonen'], helpline: true } },
  { kind: 'contact', query: { region: 'kurdistan', place: 'Bergen' } },
  { kind: 'contact', query: { country: 'pk' } },
  { kind: 'contact', query: { country: 'PAK' } },
  { kind: 'contact', query: { region: 'x'.repeat(41) } },
  { kind: 'contact', query: { alsoServiceIds: ['kompetanseteamet', 'kompetanseteamet', 'kompetanseteamet', 'kompetanseteamet', 'kompetanseteamet'] } },
  { kind: 'contact', query: { whereabouts: 'moon' } },
  { kind: 'contact', query: { minor: 'yes' } },
  { kind: 'contact', query: { unknownField: true } },
  { kind: 'contact', query: { minor: undefined } },
  { kind: 'contact', query: { askerRole: 'school' } },
  { kind: 'contact', query: { askerRole: 'astronaut' } },
  { kind: 'contact', query: [] },
  { kind: 'contact' },
  { kind: 'contact', query: {}, extra: 1 },
  { kind: 'article', articleId: 'forced-marriage' },
  null,
  undefined,
  'contact',
  [],
];

const STATS: unknown[] = [
  { kind: 'stats', query: { services: [], mode: 'value' } },
  { kind: 'stats', query: { services: ['kompetanseteamet'], mode: 'value', fromYear: 2019, toYear: 2023, metric: 'cases' } },
  // Defaults the parse fills: the parse's copy is the answer, not the value.
  { kind: 'stats', query: {} },
  { kind: 'stats', query: { services: [] } },
  // A key the statistics query does not name is stripped by its parse.
  { kind: 'stats', query: { services: [], mode: 'value', note: 'x' } },
  { kind: 'stats', query: { services: [], mode: 'value', fromYear: 2019.5 } },
  { kind: 'stats', query: { services: [], mode: 'value', month: 0 } },
  { kind: 'stats', query: { services: [], mode: 'value', month: 12 } },
  { kind: 'stats', query: { services: [], mode: 'value', month: 13 } },
  { kind: 'stats', query: { services: [], mode: 'value', years: [2019] } },
  { kind: 'stats', query: { services: [], mode: 'value', years: [2019, 2021] } },
  { kind: 'stats', query: { services: [], mode: 'value', fromYear: Number.POSITIVE_INFINITY } },
  { kind: 'stats', query: { services: [], mode: 'value', category: 'AF' } },
  { kind: 'stats', query: { services: [], mode: 'value', category: 'Af' } },
  { kind: 'stats', query: { services: [], mode: 'value', alsoCategories: [] } },
];

const ARTICLES: unknown[] = [
  { kind: 'article', articleId: 'forced-marriage' },
  { kind: 'article', articleId: 'forced-marriage', askerRole: 'police' },
  { kind: 'article', articleId: 'Forced marriage' },
  { kind: 'suggest', articleIds: ['forced-marriage'] },
  { kind: 'suggest', articleIds: [] },
  { kind: 'suggest', articleIds: ['a', 'b', 'c', 'd'] },
];

function sameAsParse<T>(schema: z.ZodType<T>, values: readonly unknown[]): void {
  const guard = guardOf(schema);
  for (const value of values) {
    const parsed = schema.safeParse(value);
    // Only ever true of a value the parse gives back unchanged.
    if (guard(value)) expect(parsed.data).toEqual(value);
    expect(parsedBy(schema, value)).toEqual(parsed.data);
  }
}

describe('the schema guard (a reading taken as it is, not copied by zod)', () => {
  it('gives what the contact schema gives, taking well-formed readings themselves', () => {
    sameAsSchemaCount(contactIntentSchema, CONTACTS, 6);
  });

  it('gives what the statistics schema gives; a default to fill or a key to strip is parsed', () => {
    sameAsParse(statsIntentSchema, STATS);
    expect(guardOf(statsIntentSchema)(STATS[0])).toBe(true);
    expect(guardOf(statsIntentSchema)(STATS[2])).toBe(false);
    expect(guardOf(statsIntentSchema)(STATS[4])).toBe(false);
  });

  it('gives what the article and suggestion schemas give', () => {
    sameAsParse(articleIntentSchema, ARTICLES);
    sameAsParse(suggestIntentSchema, ARTICLES);
  });

  it('answers false for what it does not know, so the caller parses', () => {
    const refined = z.object({ n: z.number().refine((n) => n > 1) });
    expect(guardOf(refined)({ n: 2 })).toBe(false);
    expect(parsedBy(refined, { n: 2 })).toEqual({ n: 2 });
    const union = z.union([z.string(), z.number()]);
    expect(guardOf(union)(3)).toBe(false);
    expect(parsedBy(union, 3)).toBe(3);
  });

  it('keeps the keys a passthrough object keeps', () => {
    const card = z.object({ type: z.literal('AdaptiveCard'), body: z.array(z.unknown()) }).passthrough();
    sameAsParse(card, [{ type: 'AdaptiveCard', body: [{ type: 'TextBlock' }], version: '1.5' }, { type: 'AdaptiveCard' }, { type: 'Card', body: [] }]);
    expect(guardOf(card)({ type: 'AdaptiveCard', body: [], version: '1.5' })).toBe(true);
  });
});

/** `sameAsParse`, and how many of the values the guard took as they are (the well-formed ones). */
function sameAsSchemaCount<T>(schema: z.ZodType<T>, values: readonly unknown[], taken: number): void {
  sameAsParse(schema, values);
  expect(values.filter((value) => guardOf(schema)(value)).length).toBe(taken);
}
