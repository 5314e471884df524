import type { TurnContext } from 'botbuilder';
// Deep imports: the package's index also loads its prompts and the Microsoft.Recognizers.Text date, number and choice
// recognizers (≈ 16 MB of heap and a second or more of start-up) that no feature uses.
import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
import { z } from 'zod';
import type { Turn } from '../kit/turn';
import { mergeFacts, nextStep, STEPS, triageFactsSchema, type Step, type TriageFacts } from './triage-facts';

export interface AskOptions {
  /** The first question: the card says what the conversation is. */
  readonly intro: boolean;
  /** The last message answered nothing. */
  readonly notUnderstood: boolean;
  /** Answers to other questions the last message gave while this one stayed open, to acknowledge before asking again. */
  readonly noted?: TriageFacts;
}

export const TRIAGE_DIALOG_ID = 'triage';

/** What this turn brings to the dialog. Held by the feature for this turn only (`withTurnInput`); never stored. */
export interface TriageTurnInput {
  readonly turn: Turn;
  /** Categorical facts read from the message or the button; empty when the message answered nothing. */
  readonly update: TriageFacts;
  /** The emergency card was already sent this turn (the message itself signalled danger). */
  readonly warned: boolean;
}
const turnInputs = new WeakMap<TurnContext, TriageTurnInput>();

/** Runs `run` with the turn's input available to the dialog, and forgets it afterwards. */
export async function withTurnInput<T>(input: TriageTurnInput, run: () => Promise<T>): Promise<T> {
  turnInputs.set(input.turn.context, input);
  try {
    return await run();
  } finally {
    turnInputs.delete(input.turn.context);
  }
}

/** The dialog's persisted state: categories only (see `triage-facts.ts`). Parsed on every read. */
const stateSchema = z
  .object({
    facts: triageFactsSchema,
    asking: z.enum(STEPS).optional(),
  })
  .strict();
type TriageState = z.infer<typeof stateSchema>;

export interface TriageDialogDeps {
  askQuestion(turn: Turn, step: Step, options: AskOptions): Promise<void>;
  sendPlan(turn: Turn, facts: TriageFacts): Promise<void>;
  /** The emergency card, for a "yes, someone is in danger" that came from a button or a plain "ja". */
  sendEmergency(turn: Turn): Promise<void>;
}

/**
 * What `update` answers besides the open question, or undefined when nothing. Danger is left out: a message
 * signalling danger already brought the emergency card, which says more than an acknowledgement would.
 */
function otherAnswers(update: TriageFacts, open: Step | undefined): TriageFacts | undefined {
  const { danger: _danger, ...rest } = update;
  const other: TriageFacts = Object.fromEntries(Object.entries(rest).filter(([key, value]) => key !== open && value !== undefined));
  return Object.keys(other).length > 0 ? other : undefined;
}

function inputOf(dc: DialogContext): TriageTurnInput {
  const input = turnInputs.get(dc.context);
  if (!input) throw new Error('triage dialog run without its turn input');
  return input;
}

/**
 * The triage as one botbuilder dialog: danger → where → country → age → role → plan. A waterfall asks its
 * steps in a fixed order, one answer each; here every message may answer several questions at once
 * ("Hun er sendt til Somalia, hun er 15") and a question already answered is skipped, so the dialog keeps
 * the facts and asks whichever question is next. The state is only those facts and the open question.
 */
export class TriageDialog extends Dialog<{ facts: TriageFacts; warned: boolean }> {
  constructor(private readonly deps: TriageDialogDeps) {
    super(TRIAGE_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: { facts: TriageFacts; warned: boolean }): Promise<DialogTurnResult> {
    const { turn } = inputOf(dc);
    const facts = triageFactsSchema.parse(options?.facts ?? {});
    if (facts.danger && !options?.warned) await this.deps.sendEmergency(turn);
    return this.advance(dc, turn, { facts }, { intro: true, notUnderstood: false });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { turn, update, warned } = inputOf(dc);
    const state = stateSchema.parse(dc.activeDialog?.state ?? {});
    const answered = Object.values(update).some((v) => v !== undefined);
    if (update.danger === true && state.facts.danger !== true && !warned) {
      await this.deps.sendEmergency(turn);
      await turn.context.sendActivity(turn.t('triage:dangerContinue'));
    }
    const facts = mergeFacts(state.facts, update);
    // "utlandet" or "15" typed while the danger question is open: kept, acknowledged, and the open question asked again.
    const stillOpen = answered && state.asking !== undefined && nextStep(facts) === state.asking;
    const noted = stillOpen ? otherAnswers(update, state.asking) : undefined;
    return this.advance(dc, turn, { facts }, { intro: false, notUnderstood: !answered, ...(noted ? { noted } : {}) });
  }

  /** The open question, so a short answer ("15", "ja", "her") is read as an answer to it. */
  static asking(dc: DialogContext): Step | undefined {
    const active = dc.activeDialog;
    if (active?.id !== TRIAGE_DIALOG_ID) return undefined;
    const parsed = stateSchema.safeParse(active.state);
    return parsed.success ? parsed.data.asking : undefined;
  }

  /** The facts gathered so far, or none when no triage is active. */
  static facts(dc: DialogContext): TriageFacts {
    const active = dc.activeDialog;
    if (active?.id !== TRIAGE_DIALOG_ID) return {};
    const parsed = stateSchema.safeParse(active.state);
    return parsed.success ? parsed.data.facts : {};
  }

  private async advance(dc: DialogContext, turn: Turn, state: TriageState, options: AskOptions): Promise<DialogTurnResult> {
    const step = nextStep(state.facts);
    if (!step) {
      await this.deps.sendPlan(turn, state.facts);
      return dc.endDialog();
    }
    const next: TriageState = { facts: state.facts, asking: step };
    if (dc.activeDialog) dc.activeDialog.state = next;
    await this.deps.askQuestion(turn, step, options);
    return Dialog.EndOfTurn;
  }
}
