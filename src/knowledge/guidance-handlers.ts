import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import { cardAction, type CardActionHandler } from '../kit/card-action';
import type { Turn } from '../kit/turn';
import { articleCard, type ArticleCall, type ArticleView } from './article-card';
import { cannotAnswerCard } from './cannot-answer-card';
import { toAttachment, type AdaptiveCard } from '../cards/card-kit';
import { acuteLine, calmLine, emergencyCard, nextStepNotes, type EmergencyOptions, type NextStepId, type NextStepText } from '../cards/emergency-card';
import { TURN_EMERGENCY } from '../kit/turn-keys';
import { suggestionCard } from './suggestion-card';
import { pick, pickRequired, type LocalizedList, type LocalizedText } from '../content/localized';
import type { Source } from '../content/source';
import type { Lang } from '../language/languages';
import type { ArticleIntent, SuggestIntent, UnknownIntent } from './intents';
import type { Role } from '../understanding/role-reader';
import type { EmergencyContact } from './emergency-contacts';
import { voteSchema, type FeedbackStore } from './feedback-store';

/** The parts of an article the handlers show (see article-schema.ts for the file format). */
export interface GuidanceArticle {
  readonly id: string;
  readonly title: LocalizedText;
  readonly short: LocalizedText;
  /** The fuller answer (figures, history, what the sources disagree on): behind "Les mer", never on the first screen. */
  readonly long?: LocalizedText;
  /** Further sourced facts, after `long` behind "Les mer" (article-schema.ts `details`). */
  readonly details?: LocalizedText;
  readonly steps: LocalizedList;
  readonly dont: LocalizedList;
  readonly relatedServices: readonly string[];
  /** The lines a grown-up at risk can call herself (article-schema.ts `personLines`). */
  readonly personLines?: readonly string[];
  readonly followUps: readonly string[];
  readonly sources: readonly Source[];
  /** Short answers for askers the main one does not address (article-schema.ts `openings`). */
  readonly openings?: readonly {
    readonly roles: readonly Role[];
    readonly short: LocalizedText;
    readonly steps?: LocalizedList;
    readonly dont?: LocalizedList;
  }[];
}

export interface GuidanceDeps {
  readonly articles: ReadonlyMap<string, GuidanceArticle>;
  readonly emergencyContacts: readonly EmergencyContact[];
  /** What to do next for who is at risk, under the numbers (content/contacts/emergency.json `notes`). */
  readonly nextSteps?: ReadonlyMap<NextStepId, NextStepText>;
  readonly feedback: FeedbackStore;
  /** The directory's name of a service in a language; services it does not know are left out of the card. */
  readonly serviceName: (serviceId: string, lng: Lang) => string | undefined;
  /**
   * A service a person can call for advice (a specialist team or a helpline with a number in the directory): its short
   * name, first number and opening hours in a language; undefined for the others (emergency, municipal, envoys).
   */
  readonly serviceCall?: (serviceId: string, lng: Lang) => ArticleCall | undefined;
}

async function sendCard(turn: Turn, card: AdaptiveCard): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(toAttachment(card)));
}

/** Resolves an article to one language: the text falls back as a whole (nn → nb → en), never mixed. */
export function articleView(article: GuidanceArticle, lng: Lang, deps: Pick<GuidanceDeps, 'articles' | 'serviceName' | 'serviceCall'>, askerRole?: Role): ArticleView {
  const main = pickRequired(article.short, lng);
  // The opening for the asker's role, when it is written in the language the rest of the card falls back to.
  const forRole = askerRole ? article.openings?.find((o) => o.roles.includes(askerRole)) : undefined;
  const opening = forRole ? pick(forRole.short, lng) : undefined;
  const useOpening = opening !== undefined && opening.lng === main.lng;
  const short = useOpening ? opening : main;
  const textLng = short.lng;
  const inTextLng = (text: LocalizedText) => pickRequired(text, textLng).value;
  const list = (items: LocalizedList) => pick(items, textLng)?.value ?? [];
  // The role's own steps and things to avoid where it has them in the card's language, so its first step is not the school's.
  const roleList = (items: LocalizedList | undefined, otherwise: LocalizedList) => {
    const own = useOpening && items ? list(items) : [];
    return own.length > 0 ? own : list(otherwise);
  };
  // A loop, not `flatMap` with an arrow made in each call (compiled again after its optimized code is dropped).
  const relatedServices: ArticleView['relatedServices'][number][] = [];
  for (const serviceId of article.relatedServices) {
    const name = deps.serviceName(serviceId, lng);
    if (name) relatedServices.push({ serviceId, name });
  }
  // The long text only in the language the card is in: a fallback language's paragraph would mix two languages.
  const fuller = [article.long?.[textLng], article.details?.[textLng]].filter((text): text is string => text !== undefined);
  const long = fuller.length > 0 ? fuller.join('\n\n') : undefined;
  return {
    id: article.id,
    title: inTextLng(article.title),
    short: short.value,
    ...(long ? { long } : {}),
    steps: roleList(forRole?.steps, article.steps),
    dont: roleList(forRole?.dont, article.dont),
    relatedServices,
    ...callFirstOf(article.relatedServices, lng, deps.serviceCall),
    ...(article.personLines?.length ? { personLines: article.personLines.flatMap((serviceId) => deps.serviceCall?.(serviceId, lng) ?? []) } : {}),
    followUps: article.followUps.flatMap((articleId) => {
      const other = deps.articles.get(articleId);
      return other ? [{ articleId, title: pickRequired(other.title, lng).value }] : [];
    }),
    sources: article.sources,
    textLng,
  };
}

/**
 * The first related service a person can call for advice, for the open part of the card ("what to do now"); with no
 * number among them, the first one reached by e-mail.
 */
function callFirstOf(related: readonly string[], lng: Lang, serviceCall: GuidanceDeps['serviceCall']): { callFirst?: ArticleCall } {
  const calls = related.flatMap((serviceId) => serviceCall?.(serviceId, lng) ?? []);
  const first = calls.find((c) => c.number !== undefined) ?? calls.find((c) => c.email !== undefined);
  return first ? { callFirst: first } : {};
}

/** Handlers for guidance intents and card actions. The lead wires them into the bot (see src/knowledge/index.ts). */
export function createGuidanceHandlers(deps: GuidanceDeps) {
  const showArticle = async (turn: Turn, articleId: string, askerRole?: Role) => {
    const article = deps.articles.get(articleId);
    if (!article) {
      // The id may come from a card submit: it is not logged, since it could carry anything.
      turn.log.warn('article not found');
      await turn.context.sendActivity(turn.t('guidance:missing.article'));
      return;
    }
    await sendCard(turn, articleCard(turn.lng, turn.t, articleView(article, turn.lng, deps, askerRole)));
  };

  const handleArticle = (turn: Turn, intent: ArticleIntent) => showArticle(turn, intent.articleId, intent.askerRole);

  const handleSuggest = async (turn: Turn, intent: SuggestIntent) => {
    const topics = intent.articleIds.flatMap((articleId) => {
      const article = deps.articles.get(articleId);
      return article ? [{ articleId, title: pickRequired(article.title, turn.lng).value }] : [];
    });
    if (topics.length === 0) return handleUnknown(turn, { kind: 'unknown' });
    await sendCard(turn, suggestionCard(turn.lng, turn.t, topics));
  };

  const handleUnknown = async (turn: Turn, intent: UnknownIntent) => {
    const article = intent.seeAlso === undefined ? undefined : deps.articles.get(intent.seeAlso);
    const seeAlso = article && intent.seeAlso ? { articleId: intent.seeAlso, title: pickRequired(article.title, turn.lng).value } : undefined;
    await sendCard(turn, cannotAnswerCard(turn.lng, turn.t, seeAlso));
  };

  /**
   * Asks for the emergency numbers on this turn. The bot shows them once, first, in one card with whatever else the
   * turn answers (see bot/reply-buffer.ts), however many parts of the turn ask for them.
   */
  const sendEmergency = async (turn: Turn) => {
    turn.context.turnState.set(TURN_EMERGENCY, true);
    return Promise.resolve();
  };

  // The turn's next steps (ids) in the card's language.
  const withNext = (lng: Lang, options: EmergencyOptions): EmergencyOptions =>
    options.nextSteps?.length && deps.nextSteps ? { ...options, next: nextStepNotes(options.nextSteps, deps.nextSteps, lng) } : options;
  const buildEmergencyCard = (lng: Lang, t: Turn['t'], options: EmergencyOptions) => emergencyCard(lng, t, deps.emergencyContacts, withNext(lng, options));
  const buildAcuteLine = (lng: Lang, t: Turn['t'], options: EmergencyOptions) => acuteLine(lng, t, deps.emergencyContacts, withNext(lng, options));
  const buildCalmLine = (lng: Lang, t: Turn['t'], options: EmergencyOptions, answerText: string) => calmLine(lng, t, deps.emergencyContacts, options, answerText);

  const feedbackAction = cardAction(
    'feedback',
    z.object({ articleId: z.string().min(1).max(100), vote: voteSchema }).strict(),
    async (turn, data) => {
      if (!deps.articles.has(data.articleId)) {
        await turn.context.sendActivity(turn.t('guidance:feedback.unknownArticle'));
        return;
      }
      await deps.feedback.increment(data.articleId, turn.lng, data.vote);
      turn.log.info('feedback', { articleId: data.articleId, vote: data.vote, lng: turn.lng });
      await turn.context.sendActivity(turn.t('guidance:feedback.thanks'));
    },
  );

  const showArticleAction = cardAction(
    'show-article',
    z.object({ articleId: z.string().min(1).max(100) }).strict(),
    (turn, data) => showArticle(turn, data.articleId),
    { replayable: true },
  );

  const cardActions: readonly CardActionHandler[] = [feedbackAction, showArticleAction];
  return { handleArticle, handleSuggest, handleUnknown, sendEmergency, emergencyCard: buildEmergencyCard, acuteLine: buildAcuteLine, calmLine: buildCalmLine, cardActions };
}

export type GuidanceHandlers = ReturnType<typeof createGuidanceHandlers>;
