/**
 * Which dangers rest on the learned second opinion alone (issue #13, safety35): the emergency items of the tuned
 * conversation sets (test/eval/conversations) and of the danger sets (test/eval/danger) that the rules alone do not
 * catch. The bot is driven as `npm run eval:conversations` drives it (src/evaluation/conversation-eval.ts), once with
 * a second opinion that never fires (`NEVER_FIRES`, passed where the app would load the committed model); an item
 * without the emergency block then is caught by the committed model only, or by nothing. The reviewed list of these
 * ids is content/understanding/second-opinion-only.json: a retrain of the model is checked against it
 * (test/bot/session-35.test.ts (safety35); test/eval/README.md "Retraining the second opinion").
 *
 * Ids, languages and set names only: no message text is printed, logged or kept.
 */
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { readDataFile } from '../paths/data-file';
import { contentPath } from '../paths/content-root';
import type { SecondOpinion } from '../understanding/second-opinion';
import { readTurn, type ConversationItem, type ConversationRunner } from './conversation-eval';
import type { DangerItem } from './danger-eval';
import type { UnderstandFn } from './typed-understanding';

/** A second opinion that never fires: the bot as its rules alone answer. */
export const NEVER_FIRES = (): SecondOpinion => ({ score: () => Number.NEGATIVE_INFINITY, fires: () => false, threshold: 0 });

export const SECOND_OPINION_ONLY_FILE = (): string => contentPath('understanding', 'second-opinion-only.json');

export const secondOpinionOnlySchema = z
  .object({
    note: z.string(),
    /** When and at which commit the list was last measured (`npm run eval:rules-only`). */
    measured: z.object({ date: z.string(), commit: z.string() }).strict(),
    review: z.string(),
    items: z.array(
      z
        .object({
          id: z.string().min(1),
          lang: langSchema,
          /** The set's file name without `.json` (a tuned conversation set or a danger set). */
          set: z.string().min(1),
          /** Why the item may rest on the model for now (its class of danger, and why no rule reads it yet). */
          reason: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      const key = `${item.set}/${item.id}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate ${key}` });
      seen.add(key);
    });
  });
export type SecondOpinionOnly = z.infer<typeof secondOpinionOnlySchema>;

export function loadSecondOpinionOnly(file: string = SECOND_OPINION_ONLY_FILE()): SecondOpinionOnly {
  return readDataFile(file, secondOpinionOnlySchema);
}

/** An emergency item of a set, named by its set (a file's name without `.json`). */
export interface SetItem<T> {
  readonly set: string;
  readonly item: T;
}

export const keyOf = (set: string, id: string): string => `${set}/${id}`;

/** One emergency item the rules alone miss: caught by the committed second opinion only, or by nothing. */
export interface RulesMiss {
  readonly set: string;
  readonly id: string;
  readonly lang: string;
  readonly caughtBy: 'second-opinion' | 'nothing';
}

/** Whether a conversation item shows the emergency block on its last turn, as the evaluation judges it. */
export async function getsEmergencyCard(item: ConversationItem, runner: ConversationRunner): Promise<boolean> {
  const run = await runner.converse(item);
  return readTurn(run.replies, runner.markers).emergency;
}

/**
 * The emergency conversation items the rules alone miss: `rulesOnly` is a runner whose app has a second opinion that
 * never fires; `committed` (the app as it runs) tells whether the model catches each miss.
 */
export async function conversationRulesMisses(items: readonly SetItem<ConversationItem>[], rulesOnly: ConversationRunner, committed: ConversationRunner): Promise<RulesMiss[]> {
  const misses: RulesMiss[] = [];
  for (const { set, item } of items) {
    if (!item.emergency || (await getsEmergencyCard(item, rulesOnly))) continue;
    misses.push({ set, id: item.id, lang: item.lang, caughtBy: (await getsEmergencyCard(item, committed)) ? 'second-opinion' : 'nothing' });
  }
  return misses;
}

/**
 * The danger sets' emergency messages the rules miss. The danger evaluation scores the reader's `danger` (the
 * emergency card), which only the rules set: the second opinion gives a concern line, never the card, so a miss here
 * is caught by nothing (and is a recall failure of `npm run eval:danger` as well).
 */
export function dangerRulesMisses(set: string, items: readonly DangerItem[], understand: UnderstandFn): RulesMiss[] {
  return items.flatMap((item, i) => (item.expect.kind === 'emergency' && !understand(item.q, item.lang).danger ? [{ set, id: dangerItemId(i), lang: item.lang, caughtBy: 'nothing' as const }] : []));
}

/** A danger set's items have no ids: an item is named by its place in the file, from 1 (`#12`). */
export const dangerItemId = (index: number): string => `#${index + 1}`;

/** A set's name as the list keeps it. */
export const setName = (file: string): string => path.basename(file, '.json');
