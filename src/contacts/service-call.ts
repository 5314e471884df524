import { pick } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { serviceDisplayName } from './contact-card';
import type { Directory } from './directory';
import { isServiceId } from './service-ids';

/** A service a person can call for advice: its short name, its first number and its opening hours. */
export interface ServiceCall {
  readonly serviceId: string;
  readonly name: string;
  /** Absent for a service reached by e-mail only. */
  readonly number?: string;
  readonly email?: string;
  readonly hours?: string;
}

/** Kinds of service a person calls for advice in a case; emergency numbers, municipal services and envoys are not. */
const ADVICE_KINDS: ReadonlySet<string> = new Set(['specialist', 'helpline']);

/**
 * The service as a number to call for advice ("Kompetanseteamet, 478 09 050, Mon–Fri 09–15"), from the directory:
 * undefined when it is not a specialist team or helpline, or the directory holds neither a number nor (for a service
 * with no phone, IMDi's expert team) an e-mail address for it.
 */
export function serviceToCall(directory: Directory, serviceId: string, lng: Lang, t: Translate): ServiceCall | undefined {
  if (!isServiceId(serviceId)) return undefined;
  const service = directory.service(serviceId);
  const number = service.phones[0]?.number;
  const email = number ? undefined : service.emails[0]?.address;
  if (!ADVICE_KINDS.has(service.kind) || (!number && !email)) return undefined;
  const shortKey = `contacts:short.${serviceId}`;
  const short = t(shortKey);
  const name = short && short !== shortKey && !short.endsWith(`short.${serviceId}`) ? short : serviceDisplayName(service, lng).name;
  // Said in brackets after the number, so without the sentence's closing full stop ("Mandag–fredag kl. 09–15").
  const hours = service.hours ? pick(service.hours.text, lng)?.value.replace(/[.。።]\s*$/u, '') : undefined;
  return { serviceId, name, ...(number ? { number } : {}), ...(email ? { email } : {}), ...(hours ? { hours } : {}) };
}
