import { contentPath } from '../paths/content-root';
import type { Source } from '../content/source';
import { createCountryNames, worldCountryRecords, type CountryNames } from './country-names';
import { createEnvoyRouter, type EnvoyRouter } from './envoy-routing';
import { envoysFileSchema, type EnvoysFile } from './envoy-schema';
import type { ServiceId } from './service-ids';
import { referencedSources, servicesFileSchema, type Service, type ServicesFile } from './service-schema';
import { readDataFile } from '../paths/data-file';

/** The sourced contact directory: services, the envoy table and country names, validated at start-up. */
export interface Directory {
  service(id: ServiceId): Service;
  readonly services: readonly Service[];
  /** The sources a service cites, in the order of its fields (a card shows them with `sourcesToggle`). */
  sourcesOf(service: Service): Source[];
  readonly envoys: EnvoyRouter;
  readonly countries: CountryNames;
}

export function readServicesFile(file: string = contentPath('contacts', 'services.json')): ServicesFile {
  return readDataFile(file, servicesFileSchema);
}

export function readEnvoysFile(file: string = contentPath('contacts', 'envoys.json')): EnvoysFile {
  return readDataFile(file, envoysFileSchema);
}

export function createDirectory(services: ServicesFile, envoys: EnvoysFile, countries: CountryNames = createCountryNames()): Directory {
  const byId = new Map(services.services.map((s) => [s.id, s]));
  const sources: Record<string, Source> = services.sources;
  return {
    services: services.services,
    service(id) {
      const found = byId.get(id);
      // The schema guarantees every id is present; reaching this is a programming error.
      if (!found) throw new Error(`service ${id} missing from the directory`);
      return found;
    },
    sourcesOf: (service) =>
      referencedSources(service)
        .map((ref) => sources[ref])
        .filter((s): s is Source => s !== undefined),
    envoys: createEnvoyRouter(envoys, worldCountryRecords()),
    countries,
  };
}

let shared: Directory | undefined;
/** The directory from content/contacts, loaded once per process (it is read-only). */
export function loadDirectory(): Directory {
  shared ??= createDirectory(readServicesFile(), readEnvoysFile());
  return shared;
}
