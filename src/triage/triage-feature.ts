import { MessageFactory, TurnContext, type Attachment, type BotState } from 'botbuilder';
// Deep imports, as in triage-dialog.ts: not the package index with its unused recognizers. The dialog set's module
// (51 of the package's modules, ~13 ms of CPU) is loaded by the first turn that opens or continues a triage.
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
import type { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { z } from 'zod';
import { cardAction } from '../kit/card-action';
import type { ConversationFlow } from '../kit/conversation-flow';
import type { Turn } from '../kit/turn';
import { toAttachment } from '../cards/card-kit';
import { contactCard, serviceDisplayName } from '../contacts/contact-card';
import type { ContactFeature } from '../contacts/contact-feature';
import type { Lang } from '../language/languages';
import { prepareUtterance, type DangerDetector } from '../understanding/understand';
import type { Understanding } from '../understanding/types';
import { defineIntent, type Feature } from '../kit/feature';
import { createTriageRecognizer } from './triage-recognizer';
import { triageIntentSchema, type TriageIntent } from './intents';
import { readCommand, readFacts, type AnswerReaderDeps } from './read-answer';
import { notedFacts, triagePlanCard, triageQuestionCard, TRIAGE_VERB } from './triage-cards';
import { TRIAGE_DIALOG_ID, TriageDialog, withTurnInput } from './triage-dialog';
import { addsSomething, AGES, countryAnswerSchema, ROLES, WHEREABOUTS, type TriageFacts } from './triage-facts';
import { planTriage } from './triage-plan';

/** Card submits: one answer, or a command. The country can come as a code or as what was typed in the box (read, never kept). */
export const triageSubmitSchema = z.union([
  z.object({ set: z.literal('danger'), value: z.enum(['yes', 'no']) }).strict(),
  z.object({ set: z.literal('whereabouts'), value: z.enum(WHEREABOUTS) }).strict(),
  z.object({ set: z.literal('country'), value: countryAnswerSchema.optional(), countryText: z.string().max(200).optional() }).strict(),
  z.object({ set: z.literal('age'), value: z.enum(AGES) }).strict(),
  z.object({ set: z.literal('role'), value: z.enum(ROLES) }).strict(),
  z.object({ command: z.enum(['cancel', 'restart']) }).strict(),
]);
export type TriageSubmit = z.infer<typeof triageSubmitSchema>;

export interface TriageFeatureDeps {
  readonly contacts: ContactFeature;
  readonly danger: DangerDetector;
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  /** A guidance article's title in `lng`, or undefined when there is no such article. */
  readonly articleTitle: (articleId: string, lng: Lang) => string | undefined;
  readonly now: () => Date;
  /**
   * The one conversation state (src/conversation/conversation-state.ts): the dialog stack is a property in it,
   * loaded and saved by the bot once per turn, and forgotten with it (30 minutes of silence).
   */
  readonly state: BotState;
}

/** The triage as a feature: its recognizer, the intent `triage`, the card answers, and the flow over several turns. */
export interface TriageFeature extends Feature {
  /** The handler for intent `triage`: starts the conversation with what the first message already says. */
  handleTriage(turn: Turn, intent: TriageIntent): Promise<void>;
  readonly flow: ConversationFlow;
}

/** The text the bot understood: the message without the @mention. */
function messageText(context: TurnContext): string {
  return (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').trim().slice(0, 2000);
}

export function createTriageFeature(deps: TriageFeatureDeps): TriageFeature {
  const dialogState = deps.state.createProperty<DialogState>('triageDialog');
  const { contacts } = deps;

  const reader: AnswerReaderDeps = {
    countryIn: (text, lng) => contacts.directory.countries.find(text, lng)[0]?.code,
    whereaboutsIn: (text, lng) => contacts.recognizer.read(text, lng)?.query.whereabouts,
  };

  const send = async (turn: Turn, attachments: Attachment[]) => {
    await turn.context.sendActivity(MessageFactory.list(attachments));
  };

  const sendPlan = async (turn: Turn, facts: TriageFacts) => {
    const plan = planTriage(facts, (query) => contacts.planContacts(query, turn.lng), turn.t);
    const services = plan.contacts.map((c) => ({ ...c, service: contacts.directory.service(c.serviceId) }));
    const country = facts.country && facts.country !== 'unknown' && facts.whereabouts !== 'norway' ? contacts.directory.countries.name(facts.country, turn.lng) : undefined;
    const articles = plan.articles.flatMap((id) => {
      const title = deps.articleTitle(id, turn.lng);
      return title ? [{ id, title }] : [];
    });
    const planCard = triagePlanCard(turn.lng, turn.t, {
      facts,
      ...(country ? { countryName: country } : {}),
      contacts: services.map((s) => ({ name: serviceDisplayName(s.service, turn.lng).name, reason: s.reason })),
      prepare: plan.prepare,
      dont: plan.dont,
      articles,
    });
    const details = contactCard(turn.lng, turn.t, {
      entries: services.map((s) => ({ service: s.service, reason: s.reason, sources: contacts.directory.sourcesOf(s.service) })),
      closedPosts: contacts.directory.envoys.closedPosts,
    });
    // Categories only: which role and case shape, never the text.
    turn.log.info('triage plan', { role: facts.role ?? 'none', whereabouts: facts.whereabouts ?? 'none', age: facts.age ?? 'none', danger: facts.danger === true, first: plan.contacts[0]?.serviceId ?? 'none' });
    await send(turn, [toAttachment(planCard), toAttachment(details)]);
  };

  const triageDialog = new TriageDialog({
    askQuestion: (turn, step, { noted, ...options }) => {
      const country = noted?.country && noted.country !== 'unknown' ? contacts.directory.countries.name(noted.country, turn.lng) : undefined;
      const acknowledged = noted ? notedFacts(noted, turn.t, country) : '';
      return send(turn, [toAttachment(triageQuestionCard(turn.lng, turn.t, step, { ...options, ...(acknowledged ? { noted: acknowledged } : {}) }))]);
    },
    sendPlan,
    sendEmergency: deps.sendEmergency,
  });

  /**
   * The dialog set, made when a turn first needs a dialog context: most conversations never start a triage, and a
   * start that loaded botbuilder-dialogs' dialog set (its memory scopes and path resolvers) paid for it in every
   * cold start. A failed load is not kept, so the next triage turn tries again.
   */
  let dialogSet: Promise<DialogSet> | undefined;
  const dialogs = (): Promise<DialogSet> =>
    (dialogSet ??= import('botbuilder-dialogs/lib/dialogSet.js').then(
      ({ DialogSet }) => new DialogSet(dialogState).add(triageDialog),
      (error: unknown) => {
        dialogSet = undefined;
        throw error;
      },
    ));
  const contextOf = async (turn: Turn) => (await dialogs()).createContext(turn.context);

  const withInput = <T>(turn: Turn, update: TriageFacts, warned: boolean, run: () => Promise<T>): Promise<T> => withTurnInput({ turn, update, warned }, run);

  const begin = async (turn: Turn, facts: TriageFacts, warned: boolean) => {
    const dc = await contextOf(turn);
    await dc.cancelAllDialogs();
    await withInput(turn, {}, warned, () => dc.beginDialog(TRIAGE_DIALOG_ID, { facts, warned }));
  };

  /** Facts from the first message, so questions it already answers are skipped. */
  const startFromText = async (turn: Turn, text: string) => {
    const danger = deps.danger.isDanger(prepareUtterance(text, turn.lng));
    const facts = readFacts(text, turn.lng, undefined, reader);
    // The bot sent the emergency card before this handler ran when the message signalled danger.
    await begin(turn, { ...facts, ...(danger ? { danger: true } : {}) }, danger);
  };

  const cancel = async (turn: Turn) => {
    const dc = await contextOf(turn);
    await dc.cancelAllDialogs();
    await turn.context.sendActivity(turn.t('triage:cancelled'));
  };

  /**
   * While a triage is active, each message comes here first (after the bot has sent the emergency card if the
   * message signals danger; that counts as "yes, danger" and is not sent twice):
   *  1. "avbryt"/"cancel"/"отмена"… ends it; "start på nytt"/"start over"… starts it again.
   *  2. A message that adds nothing new but is a new worry ("jeg er bekymret for en annen elev") starts a new triage.
   *  3. Anything the message answers (any question, not only the open one) is taken, and the next open question
   *     asked. Answers out of order ("utlandet", "15", "lærer" while the danger question is open) are acknowledged
   *     and the open question asked again: they never end the triage, whatever else they might mean.
   *  4. A message that answers nothing but is another question or command the bot understands (an article, a
   *     contact, statistics, help, language) leaves the triage with a one-line note; the bot then answers it.
   *  5. Otherwise the open question is asked again, saying it was not understood.
   */
  const flow: ConversationFlow = {
    async continueTurn(turn, message: { text: string; understanding: Understanding }) {
      // Most turns have no triage: look at the stored stack first, so they build no dialog context and store nothing.
      if (!(await dialogState.get(turn.context))?.dialogStack?.length) return 'not-active';
      const dc = await contextOf(turn);
      if (dc.activeDialog?.id !== TRIAGE_DIALOG_ID) return 'not-active';
      const command = readCommand(message.text);
      if (command === 'cancel') {
        await cancel(turn);
        return 'handled';
      }
      if (command === 'restart') {
        await begin(turn, {}, false);
        return 'handled';
      }
      const update: TriageFacts = {
        ...readFacts(message.text, turn.lng, TriageDialog.asking(dc), reader),
        ...(message.understanding.danger ? { danger: true } : {}),
      };
      // "Jeg er bekymret for en annen elev": a new case, from the start.
      if (message.understanding.intent.kind === 'triage' && !addsSomething(TriageDialog.facts(dc), update)) {
        await startFromText(turn, message.text);
        return 'handled';
      }
      // A new question or command leaves the triage, but only when the message answers nothing: users answer out
      // of order, and "lærer" or "Somalia" must not be taken for a question about teachers or Somalia.
      if (Object.keys(update).length === 0) {
        const intent = message.understanding.intent;
        // Something unreadable gets the question again.
        if (intent.kind !== 'unknown' && intent.kind !== 'suggest') {
          await dc.cancelAllDialogs();
          await turn.context.sendActivity(turn.t('triage:left'));
          return 'left';
        }
      }
      const result = await withInput(turn, update, message.understanding.danger, () => dc.continueDialog());
      turn.log.info('triage turn', { status: result.status === DialogTurnStatus.complete ? 'complete' : 'waiting', answered: Object.keys(update).length });
      return 'handled';
    },
  };

  const onSubmit = async (turn: Turn, data: TriageSubmit) => {
    if ('command' in data) {
      if (data.command === 'cancel') await cancel(turn);
      else await begin(turn, {}, false);
      return;
    }
    let update: TriageFacts;
    if (data.set === 'danger') update = { danger: data.value === 'yes' };
    else if (data.set === 'country') {
      const code = data.value ?? (data.countryText ? reader.countryIn(data.countryText, turn.lng) : undefined);
      update = code ? { country: code } : {};
    } else update = { [data.set]: data.value };
    const dc = await contextOf(turn);
    if (dc.activeDialog?.id === TRIAGE_DIALOG_ID) {
      await withInput(turn, update, false, () => dc.continueDialog());
      return;
    }
    // A button from a triage that has expired (or ended): start again with that answer.
    await begin(turn, update, false);
  };

  const handleTriage = (turn: Turn) => startFromText(turn, messageText(turn.context));
  return {
    name: 'triage',
    recognizers: [createTriageRecognizer()],
    // Starting a triage is a conversation, not an answer to show again.
    intents: [defineIntent(triageIntentSchema, { namespace: 'contacts', replayable: false, handle: handleTriage })],
    handleTriage,
    flow,
    cardActions: [cardAction(TRIAGE_VERB, triageSubmitSchema, onSubmit)],
  };
}
