import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/** The open part of a card: its body without the containers a button shows (isVisible: false). */
function openText(reply: Partial<Activity>): string {
  const content = reply.attachments?.[0]?.content as { body?: unknown[] } | undefined;
  const open = (content?.body ?? []).filter((e) => !(typeof e === 'object' && e !== null && (e as { isVisible?: boolean }).isVisible === false));
  return JSON.stringify(open);
}

/**
 * What to do now, with the number: an article that names a service to call for advice (Kompetanseteamet in the FGM
 * and duty articles) says that service's number on the first screen, not only behind a "Contacts" button (#13: duty
 * questions were answered without Kompetanseteamet's number).
 */
describe('article cards say whom to call for advice, with the number, in the open part', () => {
  // One app for the file (oneAppPerFile's beforeAll allows a build 120 s: at load 17 one passed jest's default 20 s).
  const { chat } = oneAppPerFile();

  it.each([
    ['nb-NO', 'hva er kjønnslemlestelse?', 'Ring Kompetanseteamet'],
    ['nb-NO', 'har jeg opplysningsplikt til barnevernet?', 'Ring Kompetanseteamet'],
    ['en-US', 'what is the duty to avert?', 'Call Kompetanseteamet'],
    ['ar-SA', 'ما هو ختان الإناث؟', 'Kompetanseteamet'],
  ])('%s: "%s"', async (locale, question, says) => {
    await chat({ locale })
      .send(question)
      .assertReply((reply) => {
        const text = openText(reply);
        expect(text).toContain(says);
        expect(text).toMatch(/478\s?09\s?050|478 09 050/u);
      })
      .startTest();
  });
});

/** A service with no phone is reached by e-mail: the expert team's article says where to write on the first screen. */
describe('an article about a service reached by e-mail only says how to write to it', () => {
  const { chat } = oneAppPerFile();

  it.each([
    ['nb-NO', 'hvordan bestiller vi opplæring fra IMDis forebyggingsteam?', 'Skriv til'],
    ['en-US', 'what does the expert team at IMDi do?', 'Write to'],
  ])('%s: "%s"', async (locale, question, says) => {
    await chat({ locale })
      .send(question)
      .assertReply((reply) => {
        const text = openText(reply);
        expect(text).toContain(says);
        expect(text).toContain('post@imdi.no');
      })
      .startTest();
  });
});
