import path from 'node:path';
import type { Lang } from '../../src/language/languages';
import { createConversationRunner, loadConversationSet, type ConversationItem, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { getsEmergencyCard, keyOf, loadSecondOpinionOnly, NEVER_FIRES, setName } from '../../src/evaluation/rules-only';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import { setFiles } from '../../scripts/train-second-opinion';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed } from '../helpers/danger-alarm';

/**
 * No danger may rest on the learned second opinion alone (issue #13, safety35). The emergency items of the tuned sets
 * that the rules alone miss are listed, each with its reason, in content/understanding/second-opinion-only.json
 * (`npm run eval:rules-only` measures them; src/evaluation/rules-only.ts). A retrain of the second opinion is checked
 * here: (a) the model as committed must still give every listed item the emergency block, and (b) no emergency item
 * outside the list may need the model: a new danger the rules miss is made a rule, or listed on purpose with a reason.
 *
 * (b) drives through the rules-only bot every emergency item with a turn on which the model fires and the danger reader
 * reads neither danger nor a concern (with or without a duty asked): only such a turn can owe its block to the model
 * (the bot asks the model of no other turn, and a turn's block carried to the next comes from a turn like it). The full
 * measure, every emergency item through both bots, is `npm run eval:rules-only` (test/eval/README.md).
 */
describe('no danger rests on the second opinion alone (safety35)', () => {
  const committed = conversationRunnerPerFile();
  let rulesOnly: ConversationRunner | undefined;
  const rules = (): ConversationRunner => {
    if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
    return rulesOnly;
  };
  beforeAll(async () => {
    rulesOnly = await createConversationRunner({ secondOpinion: NEVER_FIRES });
  }, 120_000);
  afterAll(async () => {
    await rulesOnly?.close();
  });

  const listed = loadSecondOpinionOnly();
  const sets = new Map(setFiles().map((file) => [setName(file), new Map(loadConversationSet(file).map((item) => [item.id, item]))]));
  const itemOf = (set: string, id: string): ConversationItem | undefined => sets.get(set)?.get(id);

  it('lists each item once, as an emergency item of a tuned set, in its language, with a reviewed reason', () => {
    for (const entry of listed.items) {
      const item = itemOf(entry.set, entry.id);
      expect([keyOf(entry.set, entry.id), item?.emergency, item?.lang]).toEqual([keyOf(entry.set, entry.id), true, entry.lang]);
      expect([keyOf(entry.set, entry.id), entry.reason]).not.toEqual([keyOf(entry.set, entry.id), 'TO REVIEW']);
    }
  });

  it('(a) the committed second opinion still gives every listed item the emergency block (a retrain that loses one fails here)', async () => {
    const lost: string[] = [];
    for (const entry of listed.items) {
      const item = itemOf(entry.set, entry.id);
      if (item && !(await getsEmergencyCard(item, committed))) lost.push(keyOf(entry.set, entry.id));
    }
    expect(lost).toEqual([]);
  }, 600_000);

  it('(b) no emergency item outside the list needs the second opinion (a new rules-missed danger is a rule, or listed with a reason)', async () => {
    const reader = createDangerReader(loadSituationReader());
    const onList = new Set(listed.items.map((i) => keyOf(i.set, i.id)));
    const owesTheModel = (text: string, lng: Lang): boolean => {
      const u = prepareUtterance(text, lng);
      return reader.secondOpinion?.(u) === true && [false, true].some((duty) => !reader.isDanger(u, duty) && reader.isConcern?.(u, duty) !== true);
    };
    const unlisted: string[] = [];
    for (const [set, items] of sets) {
      for (const item of items.values()) {
        if (!item.emergency || onList.has(keyOf(set, item.id)) || !item.turns.some((t) => owesTheModel(t, item.lang))) continue;
        if (!(await getsEmergencyCard(item, rules()))) unlisted.push(`${keyOf(set, item.id)} ${item.lang}`);
      }
    }
    expect(unlisted).toEqual([]);
  }, 900_000);
});
