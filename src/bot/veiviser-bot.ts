import { ActivityTypes, CardFactory, MessageFactory, type Activity, TeamsActivityHandler, TurnContext, type ChannelAccount, type MessagingExtensionQuery, type MessagingExtensionResponse } from 'botbuilder';
import type { i18n } from 'i18next';
import { z } from 'zod';
import { fixedT, type Translate } from '../language/i18n';
import { chooseLanguage } from '../language/choose-language';
import type { Detection, LanguageDetector } from '../language/detect-language';
import { foldLookalikeLetters, normalize } from '../language/text';
import { transliterationLanguage, type Transliterator } from '../language/transliterate';
import { isLang, langFromLocale, LANGUAGES, type Lang } from '../language/languages';
import type { Logger } from '../logging/logger';
import type { Understand } from '../understanding/understand';
import { readingOfKind } from '../understanding/intent-of-kind';
import { contactIntentSchema } from '../contacts/intents';
import type { IntentBase, Understanding } from '../understanding/types';
import { rememberReading, slotMemo, type FollowUp, type FollowUpResolver, type RememberedReading } from '../conversation/follow-up';
import type { ServiceId } from '../contacts/service-ids';
import type { NeedsReader } from '../conversation/needs';
import { withAgeBand, type AgeBand } from '../conversation/age-band';
import type { Role } from '../understanding/role-reader';
import type { IntentRegistry } from '../kit/intent-registry';
import { adaptiveCard, ASK_VERB, paragraph, toAttachment, type AdaptiveCard, type CardElement } from '../cards/card-kit';
import { emergencyReply, withAcuteLine, withCalmLine, type AbroadNote, type EmergencyOptions, type NextStepId } from '../cards/emergency-card';
import { welcomeCard } from '../cards/welcome-card';
import { languageCard } from '../cards/language-card';
import type { CardActionHandler } from '../kit/card-action';
import { CardActionRouter } from './card-action-router';
import type { ConversationFlow } from '../kit/conversation-flow';
import { carriesConcern, carriesDanger, describesCaseAbroad, situationFlags, type ConversationFacts, type ConversationStore } from '../conversation/conversation-state';
import { LRUCache } from 'lru-cache';
import type { ContactSearchOutcome } from '../contacts/message-extension';
import type { LanguagePreferences } from '../storage/language-preferences';
import type { RateLimiter } from '../kit/rate-limiter';
import type { Turn } from '../kit/turn';
import { TURN_ABROAD_NOTE, TURN_NEXT_STEPS, TURN_CALM_CASE, TURN_CONCERN, TURN_NUMBERS_AS_INFORMATION, TURN_EMERGENCY, TURN_LANGUAGE, TURN_YOUNG_WRITER, TURN_CHILD_AT_RISK, TURN_OUT_OF_SCOPE_ASIDE } from '../kit/turn-keys';
import { bufferReplies } from './reply-buffer';
import { needsReviewNote, type ReviewStatusTable } from '../language/review-status';
import { installReviewNote, isAdaptiveCard, parseReplay, replayOfAction, replayOfIntent, SHOW_IN_NORWEGIAN_VERB } from './review-note';

export interface BotDeps {
  readonly i18n: i18n;
  readonly understand: Understand;
  readonly detector: LanguageDetector;
  /** Russian and Ukrainian typed in Latin letters, as Cyrillic for the readers (src/language/transliterate.ts). */
  readonly transliterator?: Transliterator;
  readonly preferences: LanguagePreferences;
  /** The one conversation state, loaded once and saved once per turn. */
  readonly conversation: ConversationStore;
  /** Every feature's intents: who answers a kind, its review namespace, whether it may be replayed. */
  readonly intents: IntentRegistry;
  readonly cardActions: readonly CardActionHandler[];
  /** The emergency card; a turn that asks for it sends it first, with the turn's answers behind buttons. */
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
  /** The short emergency line a concrete case's answer gets on top (a person at risk, not an emergency). */
  readonly acuteLine?: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => CardElement;
  /** A case its writer says is not dangerous now: 112 and the line the case needs, at the end of the answer (`calmLine`). */
  readonly calmLine?: (lng: Lang, t: Turn['t'], options: EmergencyOptions, answerText: string) => CardElement | undefined;
  /** Who covers the country abroad a danger or a case names, said with the emergency numbers (contacts feature). */
  readonly abroadNote?: (text: string | undefined, lng: Lang, answers: readonly IntentBase[], caseCountry?: string) => AbroadNote | undefined;
  readonly log: Logger;
  readonly defaultLanguage: Lang;
  /** Empty means every tenant. */
  readonly allowedTenants: ReadonlySet<string>;
  readonly supportedChannels: ReadonlySet<string>;
  readonly rateLimiter: RateLimiter;
  readonly now: () => Date;
  /** Which languages are reviewed per namespace; cards in the others carry a note and a "show in Norwegian" button. */
  readonly reviewStatus: ReviewStatusTable;
  /** A multi-turn conversation (the triage) that gets each message first while it is active. */
  readonly conversationFlow?: ConversationFlow;
  /** The message extension's contact search (`composeExtension/query`); see message-extension.ts. */
  readonly searchContacts?: (value: unknown, lng: Lang) => ContactSearchOutcome;
  /** Reads a short follow-up ("og i 2008?", "and Somalia?", "er du sikker?") against the last answer. */
  readonly followUp?: FollowUpResolver;
  /** The first country other than Norway a message names (ISO code), kept as the country of the case. */
  readonly countryNamed?: (text: string, lng: Lang) => string | undefined;
  /** The directory service a message names (its id), for "what's their number?" after a message nothing answered. */
  readonly serviceNamed?: (text: string, lng: Lang) => ServiceId | undefined;
  /** What a message says of the person's age (under 18 or grown up), kept for the messages that follow. */
  readonly ageBand?: (text: string, lng: Lang) => AgeBand | undefined;
  /** Whether the writer tells of their own spouse ("my husband"): a grown-up's case when no age is said (`nextStepsFor`). */
  readonly ownSpouse?: (text: string, lng: Lang) => boolean;
  /** A grown-up told of by her stage of life with a child named beside: her lines and child welfare's (`nextStepsFor`). */
  readonly adultBesideChild?: (text: string, lng: Lang) => boolean;
  /** A message read with the age band an earlier message said ("she is getting married in Iraq" after "a girl of 15"). */
  readonly withAgeKnown?: (text: string, lng: Lang, band: AgeBand) => 'danger' | 'concern' | undefined;
  /**
   * Reads a message that asks two or three things ("hvor mange saker hadde de, og hvem dekker Etiopia?") as one
   * question each (conversation/needs.ts); without it every message gets one answer.
   */
  readonly needs?: NeedsReader;
}

/**
 * Whole-message help commands get the help card (which itself shows 112) rather than the emergency card; so does
 * every language's help command title from the Teams menu ("Yardım", "Caawimaad"…), added in the constructor.
 */
/** The user's saved language choice, read once at the start of the turn. */
const TURN_PREFERRED_LANGUAGE = Symbol('veiviser.preferredLanguage');

const PLAIN_HELP_COMMANDS = ['hjelp', 'help', '?', 'meny', 'menu'];

/** No text to read a language from (a card action, a notice): the saved choice, the conversation or the locale decide. */
const NOTHING_DETECTED: Detection = { lng: undefined, reliable: false };

/** The value of a suggested-question button: the question, answered as if typed. */
const askedSchema = z.object({ verb: z.literal(ASK_VERB), text: z.string().trim().min(1).max(2000) }).strict();

/** The "show in Norwegian" button's value: the verb and what to replay (parsed by `parseReplay`). */
const showInNorwegianSchema = z.object({ verb: z.literal(SHOW_IN_NORWEGIAN_VERB) }).passthrough();

/** Teams puts the tenant in `channelData.tenant.id` (and, in newer activities, in `conversation.tenantId`). */
const channelDataTenantSchema = z.object({ tenant: z.object({ id: z.string() }) });

export function tenantIdOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  return activity.conversation?.tenantId ?? channelDataTenantSchema.safeParse(activity.channelData).data?.tenant.id;
}

/**
 * The Teams activity handler. It only routes: language, understanding and the feature handlers are passed in.
 */
export class VeiviserBot extends TeamsActivityHandler {
  private readonly router: CardActionRouter;
  private readonly log: Logger;
  private readonly plainHelpCommands: ReadonlySet<string>;
  private readonly needs: NeedsReader | undefined;
  /** Conversations this instance is welcoming (see `welcome`). */
  private readonly welcoming = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

  constructor(private readonly deps: BotDeps) {
    super();
    this.router = new CardActionRouter(deps.cardActions);
    this.log = deps.log.child('bot');
    this.needs = deps.needs;
    this.plainHelpCommands = new Set([...PLAIN_HELP_COMMANDS, ...LANGUAGES.map((lng) => normalize(fixedT(deps.i18n, lng)('actions.help')))]);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m: ChannelAccount) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
  }

  /**
   * Teams sends `installationUpdate` (add) as well as `conversationUpdate` on install; both welcome, once.
   * botbuilder 4.23 never calls `onInstallationUpdateAddActivity` (its dispatcher stops at the generic
   * installationUpdate handlers), so the action is checked here.
   */
  protected override async onInstallationUpdateActivity(context: TurnContext): Promise<void> {
    const action = context.activity.action ?? '';
    if (action === 'add' || action === 'add-upgrade') await this.welcome(context);
  }

  override async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!this.deps.supportedChannels.has(activity.channelId)) {
      this.log.warn('activity from unsupported channel ignored', { channelId: activity.channelId, activityType: activity.type });
      return;
    }
    // The user's saved language choice, read once per turn (from the database when several instances share it).
    context.turnState.set(TURN_PREFERRED_LANGUAGE, await this.deps.preferences.get(this.userKey(context)));
    const tenantId = tenantIdOf(context);
    if (this.deps.allowedTenants.size > 0 && (!tenantId || !this.deps.allowedTenants.has(tenantId))) {
      this.log.warn('activity from tenant not allowed', { activityType: activity.type, hasTenant: tenantId !== undefined });
      if (activity.type === ActivityTypes.Message) {
        const lng = this.turnLanguage(context);
        await context.sendActivity(fixedT(this.deps.i18n, lng)('tenant.notAllowed'));
      }
      return;
    }
    // The one place conversation state is loaded and saved, once per turn (the triage's dialog stack is in it too).
    await this.deps.conversation.load(context);
    await super.run(context);
    await this.deps.conversation.save(context);
  }

  /** The compose-box search: thin; the search itself lives in message-extension.ts. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    if (!this.deps.searchContacts) return super.handleTeamsMessagingExtensionQuery(context, query);
    const lng = this.turnLanguage(context);
    const outcome = this.deps.searchContacts(query, lng);
    this.log.info('message extension query', { outcome: outcome.kind, lng });
    if (outcome.kind === 'result') return outcome.response;
    // Unknown command or malformed value: an empty result rather than an error card in the compose box.
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
  }

  /**
   * The one place a turn's reply language is decided, for every kind of turn (messages, card actions, rate-limit and
   * tenant notices, the welcome, the message extension), in the order of `chooseLanguage`: the user's saved choice →
   * the language the message is plainly written in → the conversation's language → Teams' locale → the default.
   * It is stored on the turn, so the error handler and the right-to-left isolation use the same language.
   */
  private turnLanguage(context: TurnContext, detected: Detection = NOTHING_DETECTED): Lang {
    const lng = chooseLanguage({
      preferred: context.turnState.get<Lang | undefined>(TURN_PREFERRED_LANGUAGE),
      detected,
      previous: this.deps.conversation.facts(context).lng,
      locale: langFromLocale(context.activity.locale),
      fallback: this.deps.defaultLanguage,
    });
    context.turnState.set(TURN_LANGUAGE, lng);
    return lng;
  }

  private userKey(context: TurnContext): string {
    return context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'anonymous';
  }

  private makeTurn(context: TurnContext, lng: Lang): Turn {
    context.turnState.set(TURN_LANGUAGE, lng);
    return {
      context,
      lng,
      t: fixedT(this.deps.i18n, lng),
      userKey: this.userKey(context),
      aadObjectId: context.activity.from?.aadObjectId,
      log: this.log,
      now: this.deps.now,
    };
  }

  private async welcome(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    // Teams sends installationUpdate and conversationUpdate at the same moment: both turns may load the state before
    // either saves it, so this instance also remembers, for a minute, which conversations it is welcoming.
    if (this.deps.conversation.facts(context).welcomed || this.welcoming.has(conversationId)) return;
    this.welcoming.set(conversationId, true);
    const lng = this.turnLanguage(context);
    // Saved before sending. The welcome's language (Teams' locale) is not remembered as the conversation's: the
    // first message's own language decides the replies.
    this.deps.conversation.update(context, { welcomed: true });
    await this.deps.conversation.save(context);
    const turn = this.makeTurn(context, lng);
    await context.sendActivity(MessageFactory.attachment(toAttachment(welcomeCard(lng, turn.t))));
  }

  /** The "show in Norwegian" button: the same answer again, in bokmål (the source language of the content). */
  private async showInNorwegian(context: TurnContext, value: z.infer<typeof showInNorwegianSchema>): Promise<void> {
    const { verb: _verb, ...payload } = value;
    const replay = parseReplay(payload, this.deps.intents);
    const turn = this.makeTurn(context, 'nb');
    if (!replay) {
      await context.sendActivity(turn.t('card.invalid'));
      return;
    }
    this.log.info('card action', { outcome: 'show-in-norwegian' });
    if (replay.replay === 'intent') await this.deps.intents.dispatch(turn, replay.intent);
    else await this.router.route(turn, replay.value);
  }

  /**
   * Every message turn's replies are held until the turn is done (bot/reply-buffer.ts), so that a turn which asked
   * for the emergency numbers (the message, or a triage answer) sends them first and in view: one card.
   */
  private async handleMessage(context: TurnContext): Promise<void> {
    const replies = bufferReplies(context);
    try {
      await this.answerMessage(context);
    } finally {
      await replies.flush((held) => this.arrangeReplies(context, held));
    }
  }

  /**
   * A turn that asked for the emergency numbers: one card, numbers first, each answer behind a button inside it. A
   * concrete case that is not an emergency: its answer with the short "call 112" line on top (`withAcuteLine`).
   */
  private arrangeReplies(context: TurnContext, replies: readonly Partial<Activity>[]): readonly Partial<Activity>[] {
    const held = context.turnState.get(TURN_OUT_OF_SCOPE_ASIDE) === true ? this.withAsideLine(context, replies) : replies;
    const emergency = context.turnState.get(TURN_EMERGENCY) === true;
    const concern = context.turnState.get(TURN_CONCERN) === true;
    const calm = context.turnState.get(TURN_CALM_CASE) !== undefined;
    if (!emergency && !concern && !calm) return held;
    const remembered: unknown = context.turnState.get(TURN_LANGUAGE);
    const lng = isLang(remembered) ? remembered : this.deps.defaultLanguage;
    const t = fixedT(this.deps.i18n, lng);
    if (!emergency && !concern) return this.withCalmLine(context, held, lng, t);
    if (!emergency) return this.withAcuteLine(context, held, lng, t);
    const answers: AdaptiveCard[] = [];
    const notes: string[] = [];
    const rest: Partial<Activity>[] = [];
    for (const activity of held) {
      const attachments = activity.attachments ?? [];
      const cards = attachments.flatMap((a) => (a.contentType === CardFactory.contentTypes.adaptiveCard && isAdaptiveCard(a.content) ? [a.content] : []));
      if (cards.length !== attachments.length) {
        rest.push(activity);
        continue;
      }
      if (activity.text) notes.push(activity.text);
      answers.push(...cards);
    }
    const young = context.turnState.get(TURN_YOUNG_WRITER) === true;
    const asInformation = context.turnState.get(TURN_NUMBERS_AS_INFORMATION) === true;
    const abroad = this.abroadOf(context);
    const nextSteps = asInformation ? undefined : this.nextStepsOf(context);
    const card = emergencyReply(this.deps.emergencyCard(lng, t, { young, asInformation, ...(abroad ? { abroad } : {}), ...(nextSteps ? { nextSteps } : {}) }), answers, notes, lng, t);
    this.log.info('emergency card sent', { lng, answers: answers.length, young });
    return [MessageFactory.attachment(toAttachment(card)), ...rest];
  }

  /** An everyday subject asked beside the answered question: one short line at the end of the first answer card. */
  private withAsideLine(context: TurnContext, held: readonly Partial<Activity>[]): readonly Partial<Activity>[] {
    const remembered: unknown = context.turnState.get(TURN_LANGUAGE);
    const lng = isLang(remembered) ? remembered : this.deps.defaultLanguage;
    const line = paragraph(fixedT(this.deps.i18n, lng)('guidance:cannot.aside'), { spacing: 'Medium' });
    return onFirstCard(held, (card) => ({ ...card, body: [...card.body, line] }));
  }

  /** A case its writer says is not dangerous now: `calmLine` at the end of the first answer card. */
  private withCalmLine(context: TurnContext, held: readonly Partial<Activity>[], lng: Lang, t: Translate): readonly Partial<Activity>[] {
    const build = this.deps.calmLine;
    if (!build) return held;
    const young = context.turnState.get(TURN_YOUNG_WRITER) === true || context.turnState.get(TURN_CALM_CASE) === 'young';
    return onFirstCard(held, (card) => {
      const line = build(lng, t, { young }, JSON.stringify(card.body));
      return line ? withCalmLine(card, line) : card;
    });
  }

  /**
   * A concrete case that is not an emergency: the first answer card gets "is someone in danger now? call 112" on top,
   * so the number is on screen with the answer, which stays open (a reply with no card gets the line as a card of its own).
   */
  private withAcuteLine(context: TurnContext, held: readonly Partial<Activity>[], lng: Lang, t: Translate): readonly Partial<Activity>[] {
    if (!this.deps.acuteLine) return held;
    const abroad = this.abroadOf(context);
    const nextSteps = this.nextStepsOf(context);
    const childAtRisk = context.turnState.get(TURN_CHILD_AT_RISK) === true;
    const line = this.deps.acuteLine(lng, t, { young: context.turnState.get(TURN_YOUNG_WRITER) === true, ...(childAtRisk ? { childAtRisk } : {}), ...(abroad ? { abroad } : {}), ...(nextSteps ? { nextSteps } : {}) });
    const at = held.findIndex((a) => (a.attachments ?? []).some((x) => x.contentType === CardFactory.contentTypes.adaptiveCard && isAdaptiveCard(x.content)));
    this.log.info('acute line sent', { lng, onAnswer: at >= 0 });
    if (at < 0) return [MessageFactory.attachment(toAttachment(adaptiveCard(lng, [line], [], t('guidance:emergency.title')))), ...held];
    return onFirstCard(held, (card) => withAcuteLine(card, line));
  }

  /** What to do next for who is at risk, for that turn's emergency numbers (`nextStepsFor`). */
  private nextStepsOf(context: TurnContext): readonly NextStepId[] | undefined {
    return context.turnState.get<readonly NextStepId[] | undefined>(TURN_NEXT_STEPS);
  }

  /** The envoy who covers the country abroad a turn's case names, for that turn's emergency numbers. */
  private abroadOf(context: TurnContext): AbroadNote | undefined {
    return context.turnState.get<AbroadNote | undefined>(TURN_ABROAD_NOTE);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const userKey = this.userKey(context);

    if (!this.deps.rateLimiter.allow(userKey)) {
      const lng = this.turnLanguage(context);
      this.log.info('rate limited', { channelId: activity.channelId });
      await context.sendActivity(fixedT(this.deps.i18n, lng)('rateLimit.slowDown'));
      return;
    }

    const typed = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    // A suggested-question button (askAction) asks its question as if it had been typed.
    const asked = typed ? undefined : askedSchema.safeParse(activity.value).data?.text;
    // Latin i typed for Ukrainian і inside Cyrillic words: every reader of the message sees the Cyrillic letter.
    const asTyped = foldLookalikeLetters((asked ?? typed).trim().slice(0, 2000));

    if (activity.value !== undefined && activity.value !== null && !asTyped) {
      await this.answerCardAction(context);
      return;
    }

    // The turn in parts, each its own function: V8 optimizes each alone, so an intent of a shape or a path new to one
    // part (there are many kinds, each with its own optional fields) throws away that part's optimized code, not the
    // whole turn's (docs/performance.md, branch turn25).
    const message = this.readMessage(context, asTyped);
    const danger = this.dangerOf(context, message);
    const concernBy = this.concernOf(context, message, danger);
    const { turn, text, understanding, needs, answers, detected } = message;
    // An active triage gets the message first; a new question leaves it.
    const flow = (await this.deps.conversationFlow?.continueTurn(turn, { text, understanding })) ?? 'not-active';
    // Written in a language we do not answer in, and nothing understood: say so, and offer the languages we have.
    const offerLanguages = !needs && detected.unsupported === true && (understanding.intent.kind === 'unknown' || understanding.intent.kind === 'suggest');
    // After the emergency numbers the follow-up is a helpful answer or nothing: never "I can't answer that" or a guess.
    const nothingToAdd = !needs && danger.emergency && (understanding.intent.kind === 'unknown' || understanding.intent.kind === 'suggest');
    const answered = flow !== 'handled' && !offerLanguages && !nothingToAdd;
    if (flow !== 'handled' && offerLanguages) await context.sendActivity(MessageFactory.attachment(toAttachment(languageCard(message.lng, turn.t, turn.t('language.unsupported')))));
    else if (answered) for (const intent of answers) await this.deps.intents.dispatch(turn, intent);
    this.rememberTurn(context, message, danger, concernBy, answered);
  }

  /** A card's button pressed (no text): "show in Norwegian", or the action its verb names. */
  private async answerCardAction(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const lng = this.turnLanguage(context);
    const showInNorwegian = showInNorwegianSchema.safeParse(activity.value);
    if (showInNorwegian.success) {
      await this.showInNorwegian(context, showInNorwegian.data);
      return;
    }
    const turn = this.makeTurn(context, lng);
    installReviewNote(context, this.deps.reviewStatus, lng, turn.t, 'common', () => replayOfAction(activity.value, this.deps.intents));
    const outcome = await this.router.route(turn, activity.value);
    if (outcome !== 'handled') await context.sendActivity(turn.t(outcome === 'unknown-verb' ? 'card.unknownAction' : 'card.invalid'));
    this.log.info('card action', { outcome });
  }

  /** A new message read: its language, its understanding, a follow-up of the last answer, and the answers it gets. */
  private readMessage(context: TurnContext, asTyped: string): MessageReading {
    const detected = this.deps.detector.detect(asTyped);
    // Russian or Ukrainian typed in Latin letters ("gde mozhno pozvonit?"): every reader sees it in Cyrillic. Read so
    // reliably, or in a conversation held in that language: a few English words the detector leans to Ukrainian for
    // ("majority") stay as typed.
    const facts = this.deps.conversation.facts(context);
    const text = this.deps.transliterator?.toCyrillic(asTyped, transliterationLanguage(detected, facts.lng)) ?? asTyped;
    const lng = this.turnLanguage(context, detected);
    const turn = this.makeTurn(context, lng);
    // The person's age said in an earlier message, and what this one says (a band, never the age).
    const saidBand = this.deps.ageBand?.(text, lng);
    const ageBand = saidBand ?? facts.ageBand;
    const read = this.deps.understand(text, lng);
    // "She is getting married in Iraq this summer" after "a girl of 15": read with the child's age said before.
    const withAge = !read.danger && saidBand === undefined && facts.ageBand ? this.deps.withAgeKnown?.(text, lng, facts.ageBand) : undefined;
    const understood = withAge === 'danger' ? { ...read, danger: true } : withAge === 'concern' && !read.concern ? { ...read, concern: true } : read;
    const previous = facts.lastAnswered;
    // Danger is already decided: a follow-up only changes which answer the message gets.
    // The follow-up and the two-needs reading read the same words' slots: once each for this message.
    const slots = slotMemo();
    const followUp = this.deps.followUp?.(text, lng, understood, previous, slots, facts.caseCountry, facts.namedService);
    const understanding = followUp ? { ...understood, intent: followUp.intent } : understood;
    // Two questions in one message get an answer each; otherwise `answers` is the one reading, as always.
    const needs = followUp ? undefined : this.needs?.(text, lng, understood, previous, slots);
    // A case's topic before its contact plan ("what do I do?": the steps, then whom to call); a follow-up answers alone.
    const topic = followUp ? undefined : understood.topic;
    // "Can she call them herself?": the lines for the person's age said earlier in the conversation.
    const answers = (needs ?? (topic ? [topic, understanding.intent] : [understanding.intent])).map((a) => withAgeBand(a, ageBand));
    return { detected, facts, text, lng, turn, ageBand, understood, followUp, understanding, needs, answers, previous };
  }

  /**
   * Whether the turn sends the emergency numbers (danger read now, or carried from an earlier message), and the review
   * note its cards get.
   */
  private dangerOf(context: TurnContext, message: MessageReading): TurnDanger {
    const { detected, facts, text, lng, turn, followUp, understood, understanding, needs, answers } = message;
    // A follow-up that only moves a coverage question to another country ("and Iraq?" after "which embassy helps a girl
    // held in Turkey?"): which post covers that one, asked of no one there; the earlier question had its numbers or its
    // "112 if acute" line. A follow-up that tells of the person herself ("and if she is in Iraq now?") or of danger of
    // its own keeps them.
    const otherCountry =
      followUp !== undefined &&
      facts.coverageCase === true &&
      facts.caseCountry !== undefined &&
      followUp.personAbroadNow !== true &&
      !understood.danger &&
      understood.concern !== true &&
      understood.youngWriter !== true &&
      namesOtherCountry(answers, facts.caseCountry);
    // Danger said in an earlier message stays with the questions about the same situation that follow it.
    // "And if it's not urgent?" after the police's emergency number asked: the ordinary number, not the emergency card again.
    const carried = !understanding.danger && !otherCountry && followUp?.notUrgent !== true && carriesDanger(facts, answers);
    const plainHelp = understanding.intent.kind === 'help' && this.plainHelpCommands.has(normalize(text));

    this.log.info('message', {
      lng,
      intent: understanding.intent.kind,
      ...(followUp ? { followUp: followUp.reason } : {}),
      ...(needs ? { needs: needs.map((n) => n.kind).join('+') } : {}),
      danger: understanding.danger,
      ...(carried ? { dangerCarried: true } : {}),
      ...(understanding.concern ? { concern: true } : {}),
      ...(understanding.secondOpinion ? { secondOpinion: true } : {}),
      unsupportedLanguage: detected.unsupported === true,
      conversationType: context.activity.conversation.conversationType ?? 'personal',
    });
    // "Show in Norwegian" replays one intent, so a turn with several answers gets the note without the button.
    const noteNamespace = this.reviewNamespace(answers, lng) ?? this.deps.intents.namespaceOf(understanding.intent);
    installReviewNote(context, this.deps.reviewStatus, lng, turn.t, noteNamespace, () => (answers.length > 1 ? undefined : replayOfIntent(understanding.intent, this.deps.intents)));
    // "What if it's acute after closing time?" after a contact: the numbers open now come first.
    const emergency = (understanding.danger || carried || followUp?.reason === 'after-hours') && !plainHelp;
    if (emergency) context.turnState.set(TURN_EMERGENCY, true);
    // "Is it open at night? And if it's urgent?" about a service, with no case in the conversation and no time at hand:
    // the numbers open now answer it, in an ordinary block; a case told before, or "it is Friday night now", keeps the
    // emergency card.
    const numbersAsInformation =
      emergency && !understanding.danger && !carried && facts.danger !== true && facts.concern !== true && facts.youngWriter !== true && understanding.timeAtHand !== true;
    if (numbersAsInformation) context.turnState.set(TURN_NUMBERS_AS_INFORMATION, true);
    return { otherCountry, carried, plainHelp, emergency };
  }

  /** The first review namespace of the answers whose cards need the "not reviewed" note in this language. */
  private reviewNamespace(answers: readonly IntentBase[], lng: Lang): string | undefined {
    for (const answer of answers) {
      const namespace = this.deps.intents.namespaceOf(answer);
      if (needsReviewNote(this.deps.reviewStatus, lng, namespace)) return namespace;
    }
    return undefined;
  }

  /**
   * Why the turn is a concrete case that is not an emergency ("call 112 if acute" on top), if it is; the envoy who
   * covers its country abroad, and whether its writer is young, go on the turn for the emergency block.
   */
  private concernOf(context: TurnContext, message: MessageReading, danger: TurnDanger): ConcernBy | undefined {
    const { facts, text, lng, followUp, understood, understanding, answers, previous } = message;
    const { emergency, plainHelp, otherCountry, carried } = danger;
    // A concrete case (a person at risk, not an emergency; a person abroad or about to be taken there, not one whose stay
    // there is told as over) and the questions that follow about it: "call 112 if acute" on top.
    // A young person writing about their own situation gets the same line, with the children's line beside 112.
    // A follow-up ("and Ethiopia?") of an answer about people abroad in general (a service for them, no case) keeps
    // their whereabouts in its reading: still no case, unless this message tells of one itself.
    // "And if she is in Ethiopia now?" tells of a person abroad now itself: a case.
    const abroadOfNoCase = otherCountry || (followUp !== undefined && followUp.personAbroadNow !== true && facts.concern !== true && facts.danger !== true && describesCaseAbroad([previous]));
    const concernBy: ConcernBy | undefined =
      emergency || plainHelp
        ? undefined
        : understanding.concern === true
          ? 'reading'
          : understanding.youngWriter === true && understanding.calm === undefined
            ? 'young-writer'
            : describesCaseAbroad([understood.intent, ...answers]) && understood.peopleInGeneral !== true && understood.caseOver !== true && understood.journeyAhead !== true && !abroadOfNoCase
              ? 'case-abroad'
              : carriesConcern(facts, answers) && !otherCountry
                ? 'carried'
                : understanding.secondOpinion === true && !otherCountry
                  ? 'second-opinion'
                  : undefined;
    const concern = concernBy !== undefined;
    if (concern) context.turnState.set(TURN_CONCERN, true);
    // A case its writer says is not dangerous now: "call 112" as a plain sentence in the answer, not the block.
    else if (!emergency && !plainHelp && understanding.calm !== undefined) context.turnState.set(TURN_CALM_CASE, understanding.calm);
    // "The weather tomorrow, and Kompetanseteamet's number?": the number, and one line that the weather is not ours.
    if (!emergency && !concern && followUp === undefined && understanding.asideOutOfScope === true && answers.length > 0) context.turnState.set(TURN_OUT_OF_SCOPE_ASIDE, true);
    this.log.debug('situation', { lng, emergency, ...(concernBy ? { concernBy } : {}) });
    // A case in a country abroad (or about to be taken there): the envoy who covers it, beside the emergency numbers.
    // Under the emergency numbers every answer is behind a "show the answer" button, so the envoy is said on the card
    // even when a contact card about the country is one of them.
    // A message after a case told earlier in the conversation keeps that case's country ("where exactly is the embassy?").
    const earlierCase = facts.danger === true || facts.concern === true;
    // A pushback on the envoy answered ("isn't it Ankara?", "разве не Анкара?") names the post doubted, not where the
    // person is: the note stays with the country the answer is about (the answer says what the doubted post covers).
    const doubtedCountry = doubtedPostCountry(answers);
    // A new question of its own that tells nothing of the case (a course or an information meeting for the staff, an
    // adviser looked up, people in general) keeps the numbers the case carried, not the case's country: the envoy line
    // is for questions about the same case, or about a country, which the message then names itself.
    const caseLeft = followUp === undefined && !understanding.danger && understanding.concern !== true && understanding.calm === undefined && answers.length > 0 && answers.every((a) => asksBesideTheCase(a, understood));
    // The second opinion's line alone knows of no case, so of no country to name an envoy for (a grandmother ill in Somalia
    // is no case in Somalia): the numbers, not a post abroad.
    const abroad = emergency || (concern && concernBy !== 'second-opinion') ? this.deps.abroadNote?.(doubtedCountry ? undefined : text, lng, emergency ? [] : answers, doubtedCountry ?? (earlierCase && !caseLeft ? facts.caseCountry : undefined)) : undefined;
    if (abroad) context.turnState.set(TURN_ABROAD_NOTE, abroad);
    // A young writer's case stays theirs on the questions that follow it: the children's line beside 112 again.
    // A grown-up who says their own age (age37) gets the steps for adults, not the children's lines.
    const young = understanding.ownAdultStory !== true && (understanding.youngWriter === true || ((carried || concern) && facts.youngWriter === true));
    if (young) context.turnState.set(TURN_YOUNG_WRITER, true);
    // A child under 18 at risk in a case of this message (a boy of 14 to be sent to a school abroad, told by his
    // teacher), however the case was read (the rules, the second opinion): the child can call 116 111 themselves.
    if ((emergency || concern) && message.ageBand === 'under-18') context.turnState.set(TURN_CHILD_AT_RISK, true);
    // What to do next, under the numbers, for who is at risk and who asks (a danger or a concrete case of this message).
    const next = (emergency && !carried) || concernBy === 'reading' || concernBy === 'young-writer' || concernBy === 'case-abroad' ? nextStepsFor(message.ageBand ?? (this.deps.ownSpouse?.(text, lng) === true ? 'adult' : undefined), young, understanding.role, message.ageBand !== 'adult' && this.deps.adultBesideChild?.(text, lng) === true) : undefined;
    if (next) context.turnState.set(TURN_NEXT_STEPS, next);
    return concernBy;
  }

  /** What this turn leaves for the next message: the answer it gave, the case's country, age and situation. */
  private rememberTurn(context: TurnContext, message: MessageReading, danger: TurnDanger, concernBy: ConcernBy | undefined, answered: boolean): void {
    const { facts, text, lng, turn, ageBand, understanding, answers, previous } = message;
    const { emergency, carried, otherCountry } = danger;
    const concern = concernBy !== undefined;
    // What this answer was about, for the next message's follow-up (with several, the last asked); "I didn't
    // understand" and "did you mean …?" keep the one before (the next message often says the same again, shorter).
    // A contact answered beside an article ("the Red Cross line's number, and what is negative social control?") is what
    // "do they have e-mail?", "are they open at weekends?" ask about next: an article has no details of its own.
    const lastAsked = answers[answers.length - 1] ?? understanding.intent;
    const contactBeside = lastAsked.kind === 'article' ? lastOfKind(answers, 'contact') : undefined;
    const last = contactBeside ?? lastAsked;
    // A message nothing answered that names a service ("can Kompetanseteamet help with housing, or only under-18s?")
    // makes that service what "what's their number?" asks about next (its id, categorical).
    const namedService = this.deps.serviceNamed?.(text, lng);
    const named = last.kind === 'unknown' || last.kind === 'suggest' ? namedService : undefined;
    const unread = named !== undefined ? rememberReading({ kind: 'contact', query: { serviceId: named } }) : previous;
    const lastAnswered = !answered ? undefined : last.kind === 'unknown' || last.kind === 'suggest' ? unread : rememberReading(last, previous);
    // The country of the case: the one this turn's contact answer is about, else the one the message names, else the one before.
    const answeredCountry = contactCountry(answers);
    const caseCountry = answeredCountry ?? this.deps.countryNamed?.(text, lng) ?? facts.caseCountry;
    this.deps.conversation.update(context, {
      lng: turn.lng,
      lastAnswered,
      // The service this message named, for "where do I find their number?" after an article of no one service (the history).
      namedService: answered ? namedService : undefined,
      ...(caseCountry ? { caseCountry } : {}),
      ...(ageBand ? { ageBand } : {}),
      ...situationFlags(facts, answers, { danger: emergency, concern }),
      // Raised by this turn's coverage question, or kept while the danger or concern it raised goes on.
      coverageCase: understanding.danger || concernBy === 'reading' || concernBy === 'case-abroad' ? understanding.coverageOfPerson === true : facts.coverageCase === true && (carried || otherCountry || concernBy === 'carried'),
      ...(understanding.youngWriter ? { youngWriter: true } : {}),
    });
  }
}

/** Whose work is with children: a danger they tell of is a child's, unless an age says otherwise. */
const CHILDREN_S_SERVICES: ReadonlySet<Role> = new Set<Role>(['school', 'school-health', 'kindergarten']);

/**
 * What to do next, said under the numbers: a person over 18 (Kompetanseteamet, which coordinates safe housing, and the
 * adults' lines); a young person writing of themselves (the school's adviser, an anonymous line); a child told of by
 * someone else, a parent or a school, kindergarten or health station (notify child welfare now). Child welfare itself
 * is not told to notify itself, nor the police to call the police.
 */
export function nextStepsFor(ageBand: AgeBand | undefined, young: boolean, role: Role | undefined, adultBesideChild = false): readonly NextStepId[] | undefined {
  if (ageBand === 'adult') return ['adult'];
  if (young) return ['young'];
  // "A woman in her thirties … he says he will take the children": her lines, and child welfare for the children.
  if (role === 'child-welfare') return adultBesideChild ? ['adult'] : undefined;
  if (adultBesideChild) return ['child-welfare', 'adult'];
  // The police notify child welfare too, but are not told to call the police (112 stays on the card).
  if (ageBand === 'under-18' || (role !== undefined && CHILDREN_S_SERVICES.has(role))) return [role === 'police' ? 'child-welfare-police' : 'child-welfare'];
  return undefined;
}

/** A new message as the turn's parts read it (`readMessage`). */
interface MessageReading {
  readonly detected: Detection;
  readonly facts: ConversationFacts;
  /** The message as the readers read it (transliterated to Cyrillic where it was typed in Latin letters). */
  readonly text: string;
  readonly lng: Lang;
  readonly turn: Turn;
  readonly ageBand: AgeBand | undefined;
  /** The understanding of the message itself (with the age said before). */
  readonly understood: Understanding;
  readonly followUp: FollowUp | undefined;
  /** `understood`, with the follow-up's intent when the message follows up the last answer. */
  readonly understanding: Understanding;
  readonly needs: readonly IntentBase[] | undefined;
  /** What the turn answers, in order. */
  readonly answers: readonly IntentBase[];
  readonly previous: RememberedReading | undefined;
}

/** The emergency side of a turn (`dangerOf`). */
interface TurnDanger {
  /** A follow-up that only moves a coverage question to another country. */
  readonly otherCountry: boolean;
  /** Danger said in an earlier message carried to this one. */
  readonly carried: boolean;
  readonly plainHelp: boolean;
  readonly emergency: boolean;
}

/** Why a turn gets the "call 112 if acute" line on top ('second-opinion': src/understanding/second-opinion.ts). */
type ConcernBy = 'reading' | 'young-writer' | 'case-abroad' | 'carried' | 'second-opinion';

/** Whether a contact answer is about a country other than the case's. */
function namesOtherCountry(answers: readonly IntentBase[], caseCountry: string): boolean {
  for (const answer of answers) {
    const country = readingOfKind(contactIntentSchema, 'contact', answer)?.query.country;
    if (country !== undefined && country !== caseCountry) return true;
  }
  return false;
}

/** The country of the first contact answer that doubts an envoy's post ("isn't it Ankara?"). */
function doubtedPostCountry(answers: readonly IntentBase[]): string | undefined {
  for (const answer of answers) {
    const query = readingOfKind(contactIntentSchema, 'contact', answer)?.query;
    if (query?.doubtedPost !== undefined) return query.country;
  }
  return undefined;
}

/** The country of the first contact answer that names one. */
function contactCountry(answers: readonly IntentBase[]): string | undefined {
  for (const answer of answers) {
    const country = readingOfKind(contactIntentSchema, 'contact', answer)?.query.country;
    if (country !== undefined) return country;
  }
  return undefined;
}

/** The last answer of a kind. */
function lastOfKind(answers: readonly IntentBase[], kind: string): IntentBase | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const answer = answers[i];
    if (answer?.kind === kind) return answer;
  }
  return undefined;
}

/**
 * Whether an answer is to a question beside the case told earlier: training or an information meeting for the staff,
 * a diversity adviser looked up by place, or whom a service is for (people in general, not the person of the case).
 */
function asksBesideTheCase(answer: IntentBase, understood: Understanding): boolean {
  if (understood.peopleInGeneral === true) return true;
  const query = readingOfKind(contactIntentSchema, 'contact', answer)?.query;
  return query !== undefined && query.caseAdvice !== true && (query.training === true || query.place !== undefined || query.institution !== undefined);
}

/** The replies with the first Adaptive Card changed by `change` (the others as they were). */
function onFirstCard(held: readonly Partial<Activity>[], change: (card: AdaptiveCard) => AdaptiveCard): readonly Partial<Activity>[] {
  let done = false;
  return held.map((activity) => {
    if (done) return activity;
    const attachments = (activity.attachments ?? []).map((x) => {
      if (done || x.contentType !== CardFactory.contentTypes.adaptiveCard || !isAdaptiveCard(x.content)) return x;
      done = true;
      return { ...x, content: change(x.content) };
    });
    return done ? { ...activity, attachments } : activity;
  });
}
