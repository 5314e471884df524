import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import { cardAction, type CardActionHandler } from '../kit/card-action';
import type { Turn } from '../kit/turn';
import { toAttachment, type AdaptiveCard } from '../cards/card-kit';
import {
  REGISTER_CASE_VERB,
  UNDO_REGISTRATION_VERB,
  registerCaseCard,
  registrationConfirmationCard,
  type FormField,
} from './registration/register-case-card';
import { statsCard } from './answers/stats-card';
import type { StatsIntent } from './intents';
import { answerStats } from './answers/answer-stats';
import { registeredSummary } from './answers/registered-summary';
import { readRegistrationForm, registrationPayloadSchema, type FieldProblem } from './registration/registration-form';
import { StatsStoreError, UNDO_WINDOW_MS, type StatsStore } from './store/stats-store';

/** Counts registrations per user in a rolling window; `allow` records one and says whether it is within the limit. */
export interface RegistrationLimiter {
  allow(key: string): boolean;
}

/** What the handlers use of the store (the rest — backup, close — belongs to the app). */
export type StatsStoreForHandlers = Pick<StatsStore, 'published' | 'register' | 'undo' | 'cases' | 'releaseDecisions' | 'saveReleaseDecisions'>;

export interface StatsDeps {
  readonly store: StatsStoreForHandlers;
  /** Entra object ids allowed to register cases (REGISTRAR_AAD_IDS and REGISTRARS_FILE; see registrars.ts). */
  readonly registrars: ReadonlySet<string>;
  readonly now: () => Date;
  /** At most N registrations per user per minute (see `createRegistrationLimiter`). */
  readonly registerLimit: RegistrationLimiter;
}

const UNDO_MINUTES = Math.round(UNDO_WINDOW_MS / 60_000);

async function sendCard(turn: Turn, card: AdaptiveCard): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(toAttachment(card)));
}

/** Entra object ids are GUIDs; compared case-insensitively (loadRegistrars keeps them in lower case). */
function isRegistrar(turn: Turn, deps: StatsDeps): boolean {
  const id = turn.aadObjectId;
  return id !== undefined && (deps.registrars.has(id) || deps.registrars.has(id.toLowerCase()));
}

/** Answers a statistics question with published figures and, for cases, registered counts through disclosure control. */
export async function handleStats(turn: Turn, intent: StatsIntent, deps: StatsDeps): Promise<void> {
  const query = intent.query;
  const registered = await registeredSummary(deps.store, query, deps.now());
  const answer = answerStats(query, deps.store.published(), registered);
  turn.log.info('stats answer', {
    status: answer.status,
    services: answer.query.services.join(','),
    metric: answer.query.metric,
    figures: answer.figures.length + answer.breakdown.length + answer.rankings.length,
    missingYears: answer.missing.reduce((n, m) => n + m.years.length, 0),
    registered: answer.registered !== undefined,
  });
  await sendCard(turn, statsCard(answer, turn.lng, turn.t));
}

/** "registrer sak": the form for registrars, a polite refusal for everyone else. */
export async function handleRegisterRequest(turn: Turn, deps: StatsDeps): Promise<void> {
  if (!isRegistrar(turn, deps)) {
    turn.log.info('registration refused', { reason: 'not-registrar' });
    await turn.context.sendActivity(turn.t('stats:register.notAvailable'));
    return;
  }
  await sendCard(turn, registerCaseCard(turn.lng, turn.t, deps.now()));
}

/** "Dette må rettes: Måned mangler; Kjønn har en ugyldig verdi; 1 ukjent felt ble avvist" — field names, never values. */
export function problemsText(turn: Pick<Turn, 't'>, problems: readonly FieldProblem[], unknownFields: number): string {
  const field = (f: FormField) => turn.t(`stats:register.field.${f}`);
  const lines = problems.map((p) => `- ${turn.t(`stats:register.problem.${p.kind}`, { field: field(p.field) })}`);
  if (unknownFields > 0) lines.push(`- ${turn.t('stats:register.unknownFields', { count: unknownFields })}`);
  return [turn.t('stats:register.invalid'), ...lines].join('\n');
}

async function replyToStoreError(turn: Turn, error: StatsStoreError): Promise<void> {
  turn.log.warn('registration store error', { code: error.code });
  if (error.code === 'rate-limited') await turn.context.sendActivity(turn.t('stats:register.rateLimited'));
  else if (error.code === 'invalid') await turn.context.sendActivity(turn.t('stats:register.invalid'));
  else await turn.context.sendActivity(turn.t('stats:register.notSaved'));
}

async function registerCase(turn: Turn, payload: Readonly<Record<string, unknown>>, deps: StatsDeps): Promise<void> {
  if (!isRegistrar(turn, deps) || turn.aadObjectId === undefined) {
    turn.log.info('registration refused', { reason: 'not-registrar' });
    await turn.context.sendActivity(turn.t('stats:register.notAvailable'));
    return;
  }
  const now = deps.now();
  const form = readRegistrationForm(payload, now);
  if (!form.ok) {
    turn.log.info('registration rejected', { problems: form.problems.length, unknownFields: form.unknownFields });
    await turn.context.sendActivity(problemsText(turn, form.problems, form.unknownFields));
    return;
  }
  if (!deps.registerLimit.allow(turn.userKey)) {
    turn.log.info('registration rate limited');
    await turn.context.sendActivity(turn.t('stats:register.rateLimited'));
    return;
  }
  let record;
  try {
    record = await deps.store.register(form.input, { aadObjectId: turn.aadObjectId }, now);
  } catch (error) {
    if (error instanceof StatsStoreError) return replyToStoreError(turn, error);
    throw error;
  }
  turn.log.info('case registered', { service: record.service });
  await sendCard(turn, registrationConfirmationCard(turn.lng, turn.t, record, UNDO_MINUTES));
}

const undoPayloadSchema = z.object({ id: z.uuid() }).strict();

async function undoRegistration(turn: Turn, data: z.infer<typeof undoPayloadSchema>, deps: StatsDeps): Promise<void> {
  if (!isRegistrar(turn, deps) || turn.aadObjectId === undefined) {
    await turn.context.sendActivity(turn.t('stats:register.notAvailable'));
    return;
  }
  let result;
  try {
    result = await deps.store.undo(data.id, { aadObjectId: turn.aadObjectId }, deps.now());
  } catch (error) {
    if (error instanceof StatsStoreError) return replyToStoreError(turn, error);
    throw error;
  }
  turn.log.info('registration undo', { result });
  switch (result) {
    case 'undone':
      return void (await turn.context.sendActivity(turn.t('stats:register.undone')));
    case 'too-late':
      return void (await turn.context.sendActivity(turn.t('stats:register.tooLate', { count: UNDO_MINUTES })));
    case 'not-found':
      return void (await turn.context.sendActivity(turn.t('stats:register.notFound')));
    case 'not-yours':
      return void (await turn.context.sendActivity(turn.t('stats:register.notYours')));
  }
}

/** Card submits: the registration form and the undo button. */
export function statsCardActions(deps: StatsDeps): CardActionHandler[] {
  return [
    cardAction(REGISTER_CASE_VERB, registrationPayloadSchema, (turn, payload) => registerCase(turn, payload, deps)),
    cardAction(UNDO_REGISTRATION_VERB, undoPayloadSchema, (turn, data) => undoRegistration(turn, data, deps)),
  ];
}
