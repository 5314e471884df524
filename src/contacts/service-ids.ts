import { z } from 'zod';

/**
 * Every service in the directory, by a stable id. Other features (the emergency card, articles, triage)
 * refer to services by these ids, so they are fixed here rather than read from the data file.
 */
export const SERVICE_IDS = [
  'police-emergency',
  'police',
  'ambulance',
  'alarmtelefonen',
  'vo-linjen',
  'rode-kors-telefonen',
  'kompetanseteamet',
  'ud-operations-centre',
  'diversity-advisers',
  'special-envoys',
  'envoy-amman',
  'envoy-ankara',
  'envoy-islamabad',
  'envoy-nairobi',
  'expert-team',
  'rvts',
  'child-welfare',
  'child-welfare-emergency',
  'crisis-centres',
  'nora',
  'ung-no',
  'dinutvei',
  'seif',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];
export const serviceIdSchema = z.enum(SERVICE_IDS);

export const ENVOY_IDS = ['envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi'] as const satisfies readonly ServiceId[];
export type EnvoyId = (typeof ENVOY_IDS)[number];
export const envoyIdSchema = z.enum(ENVOY_IDS);
const ENVOY_ID_SET: ReadonlySet<string> = new Set(ENVOY_IDS);
/** What `envoyIdSchema` accepts, asked of every service a message names: without building a failed parse's error for the others. */
export function isEnvoyId(id: unknown): id is EnvoyId {
  return typeof id === 'string' && ENVOY_ID_SET.has(id);
}

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (SERVICE_IDS as readonly string[]).includes(value);
}
