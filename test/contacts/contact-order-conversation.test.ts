import type { Activity } from 'botbuilder';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';
import { openPart } from '../helpers/open-part';
import { isEmergencyReply } from '../helpers/emergency-reply';

/**
 * Issue #17, contact order, through the real bot: the first contact on the card is one a person can reach now, each
 * says why it is in its place, no reason is given that the user did not state, and when someone is held abroad UD's
 * operations centre (+47 23 95 00 00, 24/7) is on the card – also when the contact question comes a turn later.
 */

type Json = Record<string, unknown>;
const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

let app: TestApp;
let n = 0;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

function chat(locale: string) {
  n++;
  return conversation(app, { locale, from: { id: `29:order-${n}`, name: 'Test' }, conversation: { id: `order-${n}`, isGroup: false, conversationType: 'personal', name: 'x' } });
}

/** The cards behind a card's "show the answer" buttons (the emergency card holds the answers there). */
function shownCards(card: Json): Json[] {
  const actions = Array.isArray(card['actions']) ? (card['actions'] as Json[]) : [];
  return actions.flatMap((a) => (a['type'] === 'Action.ShowCard' && typeof a['card'] === 'object' && a['card'] !== null ? [a['card'] as Json] : []));
}

/**
 * The contact card among a turn's replies, by its heading: a reply of its own, or (when the message also described
 * danger, e.g. someone held abroad) the answer behind the emergency card's "show the answer" button.
 */
function contactCardIn(replies: Partial<Activity>[], title: string): Json {
  const outer = replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Json));
  const cards = [...outer.flatMap(shownCards), ...outer];
  const card = cards.find((c) => JSON.stringify(c).replace(MARKS, '').includes(`"text":"${title}"`));
  if (!card) throw new Error(`no "${title}" card among ${cards.length} cards`);
  return card;
}

/** The names of the numbered contacts, in order ("1. …", "2. …"). */
function contactsOf(card: Json): string[] {
  return openPart(card).texts.filter((t) => /^\d\. /.test(t));
}

async function say(locale: string, ...turns: string[]): Promise<Partial<Activity>[][]> {
  const adapter = chat(locale);
  const replies: Partial<Activity>[][] = [];
  for (const turn of turns) {
    const got: Partial<Activity>[] = [];
    await adapter.send(turn).startTest();
    while (adapter.activeQueue.length > 0) {
      const next = adapter.activeQueue.shift();
      if (next) got.push(next);
    }
    replies.push(got);
  }
  return replies;
}

describe('contact order through the bot', () => {
  it('"who covers Iran?": Amman answers it first; Kompetanseteamet (call now) is first; no "the person is abroad"', async () => {
    const [replies = []] = await say('en-US', 'who covers Iran?');
    const card = contactCardIn(replies, 'Who to contact');
    const open = openPart(card);
    expect(open.texts[1]).toBe("The special envoy at the embassy in Amman gives guidance on cases concerning Iran. The envoy's direct contact is not published, so the services you can reach now come first.");
    expect(contactsOf(card)).toEqual([
      '1. National competence team against negative social control and honour-related violence',
      '2. Ministry of Foreign Affairs operations centre (UD)',
      '3. Special envoy for integration matters, Embassy in Amman',
    ]);
    expect(open.buttons[0]).toBe('Call 478 09 050');
    const all = JSON.stringify(card);
    expect(all).not.toContain('The person is abroad');
    expect(all).toContain('If the person is abroad now');
  });

  it('"Eleven min holdes tilbake i Somalia": UD operations centre first, in view, with its 24/7 number and why', async () => {
    const [replies = []] = await say('nb-NO', 'eleven min holdes tilbake i Somalia av familien, hvem kontakter jeg?');
    // Someone held abroad is in danger: the emergency numbers (UD's 24/7 centre among them) come first.
    expect(replies[0] && isEmergencyReply(replies[0])).toBe(true);
    const card = contactCardIn(replies, 'Hvem du kan kontakte');
    expect(contactsOf(card)[0]).toBe('1. Utenriksdepartementets operative senter');
    const open = openPart(card);
    expect(open.texts).toContain('Hvorfor: Personen er i utlandet: UDs operative senter hjelper norske borgere i utlandet døgnet rundt.');
    expect(open.texts).toContain('+47 23 95 00 00 · Døgnåpent (24/7).');
    expect(open.buttons[0]).toBe('Ring +47 23 95 00 00');
    expect(contactsOf(card)).toContain('3. Spesialutsending for integreringssaker, ambassaden i Nairobi');
  });

  it('held abroad, then "who should I contact?" a turn later: UD operations centre is on the card', async () => {
    const [, second = []] = await say('en-US', 'A pupil of mine is being kept in Iraq by her family and cannot come home.', 'Who should I contact?');
    const card = contactCardIn(second, 'Who to contact');
    // UD's own entry, in view (not only a mention of its number under the envoys), with its call button. The danger
    // of turn 1 (a pupil kept abroad) is carried to this turn, so UD's 24/7 centre comes first, as when it is said at once.
    expect(contactsOf(card)[0]).toBe('1. Ministry of Foreign Affairs operations centre (UD)');
    expect(openPart(card).buttons).toContain('Call +47 23 95 00 00');
  });
});
