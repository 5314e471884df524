import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { readEmergencyReply } from '../helpers/emergency-reply';
import { teamsInstall, teamsMessage, TENANT_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';
import { openPart } from '../helpers/open-part';

/**
 * Issue 12 through the real HTTP path: Teams-shaped activities posted to the running server, replies read from
 * what the bot posts to the (fake) Bot Connector, as Teams would render them.
 */
jest.setTimeout(60_000);

type Card = { lang?: string; body: unknown[]; actions?: Array<{ type: string; title?: string; data?: Record<string, unknown>; card?: Card }> };

describe('HTTP: safety first, as a person sees it', () => {
  let server: TestServer;
  let connector: FakeConnector;
  let chats = 0;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  /** A new personal chat; `say` posts a message (or a card submit) and returns the replies the bot posted for it. */
  function chat(locale: string) {
    const id = `a:safety-${++chats}`;
    const conversation = { id, conversationType: 'personal', tenantId: TENANT_ID };
    const repliesSince = (before: number) => connector.posted.slice(before).filter((p) => decodeURIComponent(p.path).includes(id)).map((p) => p.body);
    const postActivity = async (activity: Record<string, unknown>) => {
      const before = connector.posted.length;
      const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, conversation }) });
      expect(res.status).toBe(200);
      return repliesSince(before);
    };
    return {
      install: () => postActivity(teamsInstall(connector.url, locale)),
      say: (text: string) => postActivity(teamsMessage({ text, serviceUrl: connector.url, locale })),
      click: (value: unknown) => postActivity(teamsMessage({ value, serviceUrl: connector.url, locale })),
    };
  }
  const cardOf = (reply: Record<string, unknown> | undefined): Card => {
    const attachments = (reply?.['attachments'] ?? []) as Array<{ content: Card }>;
    const card = attachments[0]?.content;
    if (!card) throw new Error('no card in the reply');
    return card;
  };
  const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

  describe('1. the emergency numbers are on screen when the replies have arrived', () => {
    it.each([
      ['nb-NO', 'faren min truer med å drepe meg'],
      ['nb-NO', 'Eleven sier familien skal sende henne til Pakistan i morgen for å gifte henne bort'],
      ['en-US', 'they are taking me to Somalia tomorrow'],
    ])('%s "%s": one reply, the numbers first, the answer behind a button inside it', async (locale, text) => {
      const replies = await chat(locale).say(text);
      // One message: nothing arrives after the numbers to push them out of view.
      expect(replies).toHaveLength(1);
      const view = readEmergencyReply({ attachments: replies[0]!['attachments'] as never });
      // What is on screen: the open part of the card (not the sources behind "Kilder", not the answers behind buttons).
      const open = openPart(cardOf(replies[0]));
      const visibleText = strip([...open.texts, ...open.buttons].join(' '));
      const firstBlock = JSON.stringify(cardOf(replies[0]).body[0]);
      expect(firstBlock).toContain('tel:112');
      expect(firstBlock).toContain('tel:116111');
      // What is visible stays short: the long answer is behind the button.
      expect(visibleText.length).toBeLessThan(1600);
      expect(view.answers.length).toBeGreaterThan(0);
    });
  });

  describe('2. plainly Norwegian text is answered in Norwegian, whatever Teams\' locale', () => {
    it('en-US client: English welcome, then Norwegian answers to Norwegian messages, the emergency card included', async () => {
      const c = chat('en-US');
      const [welcome] = await c.install();
      expect(cardOf(welcome).lang).toBe('en');
      for (const text of ['faren min truer med å drepe meg', 'Eleven er holdt tilbake i Somalia', 'hjelp', 'telefonnummer til kompetanseteamet']) {
        const replies = await c.say(text);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect({ text, lang: cardOf(reply).lang }).toEqual({ text, lang: 'nb' });
      }
    });
    it('nynorsk stays nynorsk, and English text in the same chat is answered in English', async () => {
      const c = chat('en-US');
      expect(cardOf((await c.say('kva er negativ sosial kontroll'))[0]).lang).toBe('nn');
      expect(cardOf((await c.say('telefonnummer til kompetanseteamet'))[0]).lang).toBe('nn');
      expect(cardOf((await c.say('what is forced marriage'))[0]).lang).toBe('en');
    });
  });

  describe('3. phone numbers read left to right in right-to-left cards', () => {
    it('the Arabic emergency card isolates every number, in the table and on the call buttons', async () => {
      const [reply] = await chat('ar-SA').say('هددوني بالقتل');
      const json = JSON.stringify(cardOf(reply));
      expect(json).toContain('\u2066116 111\u2069');
      expect(json).toContain('\u2066+47 23 95 00 00\u2069');
      const calls = JSON.stringify((cardOf(reply).body[0] as { items: unknown[] }).items.filter((i) => (i as { type: string }).type === 'ActionSet'));
      expect(calls).toMatch(/\u2066[^\u2069]*116 111[^\u2069]*\u2069/u);
      expect(calls).toContain('"url":"tel:116111"');
    });
  });

  describe('4. after the emergency numbers: a helpful answer or nothing', () => {
    it.each([['ar-SA', 'هددوني بالقتل'], ['nb-NO', 'hjelp meg han kommer nå'], ['en-US', 'please help me they will kill me']])('%s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(replies).toHaveLength(1);
      const all = JSON.stringify(replies);
      // Neither "I can't answer that" nor "did you mean" (their buttons carry these verbs and keys).
      expect(all).not.toMatch(/"verb":"show-article"/);
      expect(all).not.toMatch(/can't answer|ikke svare på|لا أستطيع/);
    });
  });

  describe('5. danger that is only described gets the emergency numbers', () => {
    it.each([
      ['nb-NO', 'Eleven sitter på kontoret mitt nå, onkelen hennes venter utenfor skolen'],
      ['nb-NO', 'hun har blåmerker på armene og sier hun må være hjemme innen en time'],
      ['nb-NO', 'Hun har flybillett på fredag og sier hun ikke har noe valg'],
      ['nn-NO', 'dei har teke passet hennar og ho skal sendast bort i helga'],
      ['en-US', 'her family took her phone and say they will send her away this weekend'],
      ['en-US', 'she says she will never come back to Norway unless she obeys'],
    ])('%s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(JSON.stringify(cardOf(replies[0]).body[0])).toContain('tel:112');
    });
    it.each([
      ['nb-NO', 'hva er tegn på tvangsekteskap?'],
      ['en-US', 'how many cases of threats and violence did Kompetanseteamet have in 2023?'],
    ])('a calm question on the same topics is not an emergency: %s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(JSON.stringify(replies)).not.toContain('tel:112"');
    });
  });

  describe('6. a young person writing about themselves gets the children\'s lines first', () => {
    const services = (card: Card) => [...JSON.stringify(card).matchAll(/"serviceId":"([a-z0-9-]+)"/g)].map((m) => m[1]);
    it.each([
      ['nb-NO', 'jeg er 15 og foreldrene mine bestemmer alt'],
      ['en-US', 'I am 14 and my parents want me to marry my cousin, who can I call without them knowing?'],
    ])('%s "%s": Alarmtelefonen, Røde Kors-telefonen, ung.no', async (locale, text) => {
      const replies = await chat(locale).say(text);
      const cards = replies.map(cardOf).flatMap((card) => [card, ...(card.actions ?? []).flatMap((a) => (a.card ? [a.card] : []))]);
      const contact = cards.find((card) => services(card).length > 0);
      expect(services(contact!).slice(0, 3)).toEqual(['alarmtelefonen', 'rode-kors-telefonen', 'ung-no']);
    });
    it('a young person in danger gets 112 first and the children\'s line right after it', async () => {
      const [reply] = await chat('nb-NO').say('jeg er 14 og faren min sier han skal drepe meg');
      const first = JSON.stringify(cardOf(reply).body[0]);
      expect(first.indexOf('tel:112')).toBeLessThan(first.indexOf('tel:116111'));
      expect(first.indexOf('tel:116111')).toBeLessThan(first.indexOf('tel:113'));
    });
    it('a worried teacher is answered as a professional, not as a child', async () => {
      const replies = await chat('nb-NO').say('jeg er lærer og bekymret for en elev på 15 som skal giftes bort');
      expect(JSON.stringify(replies)).not.toContain('"serviceId":"ung-no"');
    });
  });

  describe('7. the welcome and help buttons answer (a submit the bot itself answers, no msteams data)', () => {
    it('every example button on the welcome and help cards asks its question and gets an answer', async () => {
      const c = chat('nb-NO');
      const [welcome] = await c.install();
      const [help] = await c.say('hjelp');
      const buttons = [...(cardOf(welcome).actions ?? []), ...(cardOf(help).actions ?? [])].filter((a) => a.type === 'Action.Submit');
      expect(buttons.length).toBeGreaterThan(3);
      for (const button of buttons) {
        expect(button.data).not.toHaveProperty('msteams');
        expect(button.data).toMatchObject({ verb: 'ask' });
        const replies = await c.click(button.data);
        expect({ button: button.title, replies: replies.length }).toEqual({ button: button.title, replies: expect.any(Number) });
        expect(replies.length).toBeGreaterThan(0);
        expect(JSON.stringify(replies)).not.toMatch(/card\.unknownAction|ukjent handling/i);
      }
    });
  });
});
