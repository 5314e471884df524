import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * A concrete case about a person at risk that is not an emergency ("a pupil of 14 is to be engaged on a trip in July",
 * "her family wants the 8-year-old circumcised") gets the answer on screen with a short "is someone in danger now?
 * call 112" block on top of it: the number is there when the reply has arrived, and the answer is not hidden behind
 * a button as on the emergency card (issue #13: such cases got no emergency number at all).
 */
type Json = Record<string, unknown>;

function card(reply: Partial<Activity>): Json {
  const content = reply.attachments?.[0]?.content as Json | undefined;
  if (!content || !Array.isArray(content['body'])) throw new Error('the reply has no Adaptive Card');
  return content;
}

/** The first element of the card's body, when it is the attention block with its call buttons. */
function acuteBlock(reply: Partial<Activity>): Json | undefined {
  const first = (card(reply)['body'] as Json[])[0];
  return first?.['type'] === 'Container' && first['style'] === 'attention' ? first : undefined;
}

function calls(block: Json): string[] {
  return JSON.stringify(block).match(/tel:[0-9+]+/g) ?? [];
}

function showCardButtons(reply: Partial<Activity>): number {
  const actions = (card(reply)['actions'] ?? []) as Json[];
  return actions.filter((a) => a['type'] === 'Action.ShowCard').length;
}

describe('conversation: a concrete case gets the answer with "call 112 if acute" on top', () => {
  const { chat } = oneAppPerFile();

  const CASE_NB = 'Jeg er kontaktlærer. Ei jente på 14 år sier at hun skal forloves med en fetter når familien drar til Irak i juli. Hva gjør jeg?';

  it('puts the 112 block first and keeps the answer open on the same card', async () => {
    await chat()
      .send(CASE_NB)
      .assertReply((reply) => {
        const block = acuteBlock(reply);
        expect(block).toBeDefined();
        expect(calls(block ?? {})).toEqual(['tel:112']);
        // The answer is on the card itself, not behind a "show the answer" button.
        expect(showCardButtons(reply)).toBe(0);
        // "What do I do?" about a trip abroad: the steps of the article on stays abroad first (issue #13, kind 2)…
        expect(JSON.stringify(card(reply)['body'])).toContain('Snakk med eleven alene om reisen');
        expect(JSON.stringify(card(reply)['body'])).toContain('Kompetanseteamet');
      })
      .assertReply((reply) => {
        // …then the plan of whom to call before the journey, with the call button.
        expect(acuteBlock(reply)).toBeUndefined();
        expect(JSON.stringify(card(reply)['body'])).toContain('tel:47809050');
      })
      .startTest();
  });

  it('keeps the block on a follow-up about the same case, with the contact answer under it', async () => {
    await chat()
      .send(CASE_NB)
      .assertReply((reply) => expect(acuteBlock(reply)).toBeDefined())
      // The contact plan after the article's steps.
      .assertReply((reply) => expect(JSON.stringify(card(reply)['body'])).toContain('tel:47809050'))
      .send('hvem kan jeg ringe for råd?')
      .assertReply((reply) => {
        expect(acuteBlock(reply)).toBeDefined();
        expect(JSON.stringify(card(reply)['body'])).toContain('478 09 050');
      })
      .startTest();
  });

  it('answers a health worker in English with the block in English', async () => {
    await chat()
      .send("I'm a midwife. A mother told me her family wants her 8 year old daughter to be circumcised. Who can advise us?")
      .assertReply((reply) => {
        const block = acuteBlock(reply);
        expect(JSON.stringify(block)).toContain('Is someone in danger now? Call 112');
        expect(JSON.stringify(card(reply)['body'])).toContain('478 09 050');
      })
      .startTest();
  });

  it('answers a duty question that names a harm with the block (a duty question is about acting on a case)', async () => {
    await chat()
      .send('Har vi opplysningsplikt til barnevernet når vi tror en elev utsettes for æresrelatert vold?')
      .assertReply((reply) => expect(acuteBlock(reply)).toBeDefined())
      .startTest();
  });

  it('gives a young person writing about their own situation the block with the children\'s line beside 112', async () => {
    await chat()
      .send('jeg er 15 og foreldrene mine leser alle meldingene mine og jeg får ikke lov å gå ut med venner')
      .assertReply((reply) => {
        const block = acuteBlock(reply);
        expect(calls(block ?? {})).toEqual(['tel:112', 'tel:116111']);
      })
      .startTest();
  });

  it('keeps the children\'s line beside 112 on a young person\'s follow-up about their own case', async () => {
    await chat()
      .send('jeg er 15 og familien min snakker om at jeg skal gifte meg med en fetter')
      .assertReply((reply) => expect(calls(acuteBlock(reply) ?? {})).toEqual(['tel:112', 'tel:116111']))
      .send('hvem kan jeg snakke med?')
      .assertReply((reply) => expect(calls(acuteBlock(reply) ?? {})).toEqual(['tel:112', 'tel:116111']))
      .startTest();
  });

  it('gives a general question about the same topic no block', async () => {
    await chat()
      .send('Hva er tegn på tvangsekteskap?')
      .assertReply((reply) => expect(acuteBlock(reply)).toBeUndefined())
      .send('hvor mange saker om tvangsekteskap hadde Kompetanseteamet i 2022?')
      .assertReply((reply) => expect(acuteBlock(reply)).toBeUndefined())
      .startTest();
  });
});
