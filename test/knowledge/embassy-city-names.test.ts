import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Embassy cities keep their own names in the Latin-script translations (issue #13, session 25): a Polish reader
 * asking where the 2008 integration advisers were must see "Colombo" and "Rabat", not the inflected "Kolombo" or
 * "Rabacie" that neither a search nor a person matching the envoy directory finds. Every article text whose
 * Norwegian names an embassy city names it the same way in nn, en, pl, tr and so.
 */
const CITIES = ['Amman', 'Ankara', 'Colombo', 'Islamabad', 'Nairobi', 'Rabat'];
const LATIN = ['nn', 'en', 'pl', 'tr', 'so'];
const dir = path.join(__dirname, '..', '..', 'content', 'knowledge', 'articles');

type Missing = { file: string; lang: string; city: string };

function missingIn(file: string, node: unknown, out: Missing[]): void {
  if (Array.isArray(node)) {
    node.forEach((child) => missingIn(file, child, out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const nb = record['nb'];
  if (typeof nb === 'string') {
    for (const city of CITIES.filter((c) => nb.includes(c))) {
      for (const lang of LATIN) {
        const text = record[lang];
        if (typeof text === 'string' && !text.includes(city)) out.push({ file, lang, city });
      }
    }
  }
  Object.values(record).forEach((child) => missingIn(file, child, out));
}

describe('embassy city names in translated articles', () => {
  it('every Latin-script translation names the embassy cities its Norwegian text names', () => {
    const missing: Missing[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      missingIn(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown, missing);
    }
    expect(missing).toEqual([]);
  });
});
