import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Everyday words that look like ours are not our answers (issue #13, out-of-scope questions answered in general-blind-7):
 * "MFA" in a question about a Teams password is not the Ministry of Foreign Affairs; "foreldrepenger" (parental
 * benefit) is not a question about grant money.
 */
const body = (reply: Partial<Activity>): string => JSON.stringify(reply.attachments?.[0]?.content ?? {});

describe('conversation: look-alike words of unrelated questions', () => {
  const { chat } = oneAppPerFile();

  it('a Teams password question mentioning MFA gets no UD contact card', async () => {
    await chat()
      .send('how do I reset my Teams password, it keeps asking for MFA')
      .assertReply((reply) => expect(body(reply)).not.toContain('23 95 00 00'))
      .startTest();
  });

  it('a parental-benefit question gets no grant figures, while a grant question still does', async () => {
    await chat()
      .send('hvor mye får man i foreldrepenger hvis man jobber 80%')
      .assertReply((reply) => expect(body(reply)).not.toContain('tilskudd til frivillige organisasjoner'))
      .send('hvor mye penger fikk frivillige organisasjoner i 2023?')
      .assertReply((reply) => expect(body(reply)).toMatch(/10\s400\s000/u))
      .startTest();
  });
});
