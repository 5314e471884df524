import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../config/env';
import { errnoCode } from '../store/durable-file';

/**
 * Who may register cases: the Entra object ids in REGISTRAR_AAD_IDS together with those in the optional roles file
 * REGISTRARS_FILE, a JSON list such as `["2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e"]`. The file suits a list that is
 * long or kept by someone other than whoever edits the environment. It is read once at start-up: restart the bot
 * after changing it. A file that is missing or malformed stops the start with a message naming the problem, so a
 * typo never silently locks every registrar out (or lets anyone in).
 */
export const registrarsFileSchema = z.array(z.uuid({ message: 'must be an Entra object id (a GUID)' }));

export interface RegistrarSources {
  /** REGISTRAR_AAD_IDS, already parsed. */
  readonly ids: readonly string[];
  /** REGISTRARS_FILE: relative paths are taken from the working directory. */
  readonly file?: string | undefined;
}

/** Object ids are GUIDs; Teams may send them in either case. */
const canonical = (id: string) => id.toLowerCase();

export function readRegistrarsFile(file: string): string[] {
  const where = `REGISTRARS_FILE (${path.resolve(file)})`;
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    throw new ConfigError([`${where} cannot be read: ${errnoCode(error) ?? 'unreadable'}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError([`${where} is not valid JSON; it must be a list of Entra object ids, e.g. ["2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e"]`]);
  }
  const parsed = registrarsFileSchema.safeParse(raw);
  if (!parsed.success) {
    // Positions only, never the values: the file holds identifiers of people.
    throw new ConfigError(parsed.error.issues.map((issue) => `${where}${issue.path.length > 0 ? ` item ${issue.path.join('.')}` : ''} ${issue.message}`));
  }
  return parsed.data;
}

/** The registrars from both sources, in canonical (lower-case) form. */
export function loadRegistrars(sources: RegistrarSources): ReadonlySet<string> {
  const fromFile = sources.file ? readRegistrarsFile(sources.file) : [];
  return new Set([...sources.ids, ...fromFile].map(canonical));
}
