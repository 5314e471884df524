import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { createAdviserDirectory, type AdviserDirectory } from '../../src/contacts/adviser-directory';
import { parseAdviserCsv } from '../../src/contacts/adviser-csv';
import { readFileSync } from 'node:fs';
import { loadDirectory } from '../../src/contacts/directory';
import { createNorwegianPlaces } from '../../src/contacts/norwegian-places';
import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { createLogger } from '../../src/logging/logger';
import type { Turn } from '../../src/kit/turn';

/** Shared, read-only fixtures: the shipped directory, places and locales are loaded once per test file. */
export const directory = loadDirectory();
export const places = createNorwegianPlaces();
export const i18n = createI18n();
export const translate = (lng: Lang) => fixedT(i18n, lng);

export const FIXTURES = path.join(__dirname, 'fixtures');

/** The fictional advisers in test/contacts/fixtures/advisers.csv. */
export function fixtureAdvisers(): AdviserDirectory {
  const result = parseAdviserCsv(readFileSync(path.join(FIXTURES, 'advisers.csv'), 'utf8'), places);
  if (!result.ok) throw new Error('fixture advisers.csv should import');
  return createAdviserDirectory(result.advisers, places);
}

export const noAdvisers = (): AdviserDirectory => createAdviserDirectory([], places);

export function turnFor(context: TurnContext, lng: Lang = 'nb'): Turn {
  return { context, lng, t: translate(lng), userKey: 'user-1', aadObjectId: undefined, log: createLogger({ level: 'silent' }), now: () => new Date('2026-11-24T12:00:00Z') };
}
