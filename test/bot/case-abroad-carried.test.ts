import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * A person abroad who cannot come back (or a child about to be taken there) is a concrete case even when no danger word
 * is said: the contact answer gets "is someone in danger now? call 112" on top, and so do the questions that follow
 * about the same situation ("and who covers Afghanistan?", "are they open on Friday evening?"), in every language,
 * since the reading is categorical (`whereabouts`). A statistics question after it does not bring the line back.
 */
type Json = Record<string, unknown>;

/** Whether the reply's first card opens with the attention block whose button calls 112. */
function opensWith112(reply: Partial<Activity>): boolean {
  const content = reply.attachments?.[0]?.content as Json | undefined;
  const first = Array.isArray(content?.['body']) ? (content['body'] as Json[])[0] : undefined;
  return first?.['type'] === 'Container' && first['style'] === 'attention' && JSON.stringify(first).includes('"tel:112"');
}

const expect112 = (shown: boolean) => (reply: Partial<Activity>) => expect(opensWith112(reply)).toBe(shown);

describe('conversation: a case abroad keeps the short 112 line on its follow-ups', () => {
  const { chat } = oneAppPerFile();

  const CASES = [
    { lng: 'nb', abroad: 'Klienten vår er i Pakistan nå og skriver at hun ikke kan komme tilbake. Hvem kan hjelpe?', next: 'og hvem dekker Afghanistan?' },
    { lng: 'en', abroad: 'Our client is in Pakistan now and says she cannot come back. Who can help?', next: 'and who covers Afghanistan then?' },
    { lng: 'ar', abroad: 'موكلتي في الخارج، في باكستان. بمن أتصل؟', next: 'ومن يغطي أفغانستان؟' },
  ] as const;

  it.each(CASES)('$lng: the contact answer and the follow-up about another country both open with 112', async ({ abroad, next }) => {
    await chat().send(abroad).assertReply(expect112(true)).send(next).assertReply(expect112(true)).startTest();
  });

  it('nb: an opening-hours follow-up of the case keeps the line', async () => {
    await chat().send(CASES[0].abroad).assertReply(expect112(true)).send('er de åpne fredag kveld?').assertReply(expect112(true)).startTest();
  });

  it('nb: a statistics question after the case is answered without the line', async () => {
    await chat()
      .send(CASES[0].abroad)
      .assertReply(expect112(true))
      .send('hvor mange saker hadde Kompetanseteamet i 2023?')
      .assertReply(expect112(false))
      .startTest();
  });

  it('en: the same country questions without a person abroad get no line', async () => {
    await chat().send('which envoy covers Pakistan?').assertReply(expect112(false)).send('and who covers Afghanistan then?').assertReply(expect112(false)).startTest();
  });
});
