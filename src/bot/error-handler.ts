import type { TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { fixedT } from '../language/i18n';
import { isLang, type Lang } from '../language/languages';
import { errorFields, type Logger } from '../logging/logger';
import { TURN_LANGUAGE } from '../kit/turn-keys';

/**
 * The one place turn errors end up. It logs what happened with the turn's shape (never its text,
 * card values or names) and tells the user, in their language, that something went wrong.
 */
export function createTurnErrorHandler(deps: { i18n: i18n; log: Logger; defaultLanguage: Lang }) {
  const log = deps.log.child('turn-error');
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    log.error('unhandled error in turn', {
      activityType: activity.type,
      channelId: activity.channelId,
      conversationType: activity.conversation?.conversationType ?? 'personal',
      ...errorFields(error),
    });
    if (activity.type !== 'message' && activity.type !== 'invoke') return;
    const remembered: unknown = context.turnState.get(TURN_LANGUAGE);
    const lng = isLang(remembered) ? remembered : deps.defaultLanguage;
    try {
      await context.sendActivity(fixedT(deps.i18n, lng)('error.apology'));
    } catch (sendError) {
      log.error('could not send the apology', errorFields(sendError));
    }
  };
}
