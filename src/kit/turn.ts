import type { TurnContext } from 'botbuilder';
import type { Lang } from '../language/languages';
import type { Translate } from '../language/i18n';
import type { Logger } from '../logging/logger';

/**
 * Everything a handler needs for one turn. Built once per turn by the bot, so handlers stay thin
 * and never look up the language, the user or the clock themselves.
 */
export interface Turn {
  readonly context: TurnContext;
  /** The language this turn is answered in. */
  readonly lng: Lang;
  /** `i18next.getFixedT(lng)` for this turn; namespaces with `t('contacts:key')`. */
  readonly t: Translate;
  /** Stable, pseudonymous key of the user: Entra object id in Teams, channel user id elsewhere. Never log names. */
  readonly userKey: string;
  /** Entra object id when Teams sent one (used for registrar authorisation). */
  readonly aadObjectId: string | undefined;
  readonly log: Logger;
  readonly now: () => Date;
}
