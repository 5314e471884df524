import { pick } from '../content/localized';
import type { Lang } from '../language/languages';
import { tokenize } from '../language/text';
import type { AdviserDirectory } from './adviser-directory';
import type { Adviser } from './adviser-schema';
import type { ContactReading } from './contact-recognizer';
import { fold } from './country-names';
import type { Directory } from './directory';
import { planSteps } from './plan-contacts';
import type { ServiceId } from './service-ids';

export interface DirectoryHit {
  readonly serviceId: ServiceId;
  readonly score: number;
}

export interface DirectorySearchResult {
  readonly services: readonly DirectoryHit[];
  readonly advisers: readonly Adviser[];
}

export interface DirectorySearchDeps {
  readonly directory: Directory;
  readonly advisers: AdviserDirectory;
  readonly read: (text: string) => ContactReading | undefined;
}

/**
 * Search as the user types (for a Teams message extension): what the contact recognizer makes of the
 * text ranks first (a country finds its envoy), then services whose names, aliases or descriptions
 * share words with the text. An empty query lists the whole directory in its own order.
 */
export function searchDirectory(deps: DirectorySearchDeps, text: string, lng: Lang): DirectorySearchResult {
  const words = tokenize(fold(text)).filter((w) => w.length >= 2);
  if (words.length === 0) return { services: deps.directory.services.map((s) => ({ serviceId: s.id, score: 0 })), advisers: [] };

  const scores = new Map<ServiceId, number>();
  const bump = (id: ServiceId, by: number) => scores.set(id, (scores.get(id) ?? 0) + by);
  const reading = deps.read(text);
  if (reading) planSteps(reading.query, deps.directory).forEach((step, i) => bump(step.serviceId, 10 - i));

  for (const service of deps.directory.services) {
    const names = tokenize(fold([...Object.values(service.name), ...Object.values(service.aliases).flat()].join(' ')));
    const described = tokenize(fold([service.forWhom, service.helpsWith, service.whenToUse].map((f) => pick(f.text, lng)?.value ?? '').join(' ')));
    for (const word of words) {
      if (names.some((n) => n.startsWith(word))) bump(service.id, 2);
      else if (word.length >= 4 && described.some((d) => d.startsWith(word))) bump(service.id, 0.5);
    }
  }
  const services = [...scores.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([serviceId, score]) => ({ serviceId, score }));
  const lookup = deps.advisers.lookup(text);
  return { services, advisers: lookup.kind === 'none' ? [] : lookup.advisers };
}
