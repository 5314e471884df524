import { RateLimiter } from '../../kit/rate-limiter';
import type { RegistrationLimiter } from '../stats-handlers';

/** Default for the per-user registration limit when the deployment does not set one. */
export const DEFAULT_REGISTRATIONS_PER_USER_PER_MINUTE = 10;

/** At most `perMinute` registrations per user in any rolling minute. */
export function createRegistrationLimiter(perMinute: number = DEFAULT_REGISTRATIONS_PER_USER_PER_MINUTE, clock: () => number = Date.now): RegistrationLimiter {
  return new RateLimiter(perMinute, 60_000, clock);
}
