import type { Activity, TestAdapter } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/** What the person sees after one message: every reply's card languages, and the text of every card. */
async function say(adapter: TestAdapter, text: string): Promise<{ languages: string[]; text: string }> {
  await adapter.receiveActivity(text);
  const replies: Partial<Activity>[] = adapter.activeQueue.splice(0).filter((a) => (a.type ?? 'message') === 'message');
  const contents = replies.flatMap((r) => r.attachments?.map((a) => a.content as { lang?: string }) ?? []);
  return { languages: [...new Set(contents.map((c) => c.lang ?? 'none'))], text: JSON.stringify(contents) };
}

/**
 * Issue #13, one language per turn and the right one: a bokmål writer's dialect is answered in bokmål, nynorsk typed
 * without æ, ø, å in nynorsk, a message that leans by a dialect word only in the conversation's Norwegian (else in a
 * Norwegian Teams' variant), Persian that shares a word with Urdu in Persian, and Roman Urdu carrying English nouns in
 * Urdu, whatever Teams' locale.
 */
describe('conversation: the reply language of dialect, nynorsk and mixed messages', () => {
  const { chat: chatOf } = oneAppPerFile();
  /** A conversation of its own (a test may open several, each with its own earlier language). */
  let opened = 0;
  const chat = ({ locale }: { locale: string }) =>
    chatOf({ locale, conversation: { id: `chat-${++opened}`, isGroup: false, name: 'chat', conversationType: 'personal' } });

  it('answers a Trønder typing her dialect in bokmål, in an English Teams', async () => {
    const adapter = chat({ locale: 'en-US' });
    const turn = await say(adapter, 'æ e bekymra for ei jente i klassen min, ho sa at ho itj får gå ut etter skolen');
    expect(turn.languages).toEqual(['nb']);
  });

  it('answers nynorsk typed without æ, ø, å in nynorsk, in an English Teams', async () => {
    const adapter = chat({ locale: 'en-US' });
    const turn = await say(adapter, 'kva gjer eg om ein elev ikkje kjem att etter ferien');
    expect(turn.languages).toEqual(['nn']);
  });

  it('answers "har de …" (you, in nynorsk) with nynorsk words in nynorsk, in a bokmål Teams', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const turn = await say(adapter, 'har de tal på kor mange saker kompetanseteamet fekk i 2021?');
    expect(turn.languages).toEqual(['nn']);
  });

  it('keeps the conversation’s Norwegian for a message that leans only by a dialect word', async () => {
    const bokmal = chat({ locale: 'en-US' });
    expect((await say(bokmal, 'hvordan kontakter jeg kompetanseteamet?')).languages).toEqual(['nb']);
    expect((await say(bokmal, 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nb']);

    const nynorsk = chat({ locale: 'en-US' });
    expect((await say(nynorsk, 'korleis kontaktar eg kompetanseteamet?')).languages).toEqual(['nn']);
    expect((await say(nynorsk, 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nn']);
  });

  it('lets a bokmål or nynorsk Teams decide such a message when it opens the conversation', async () => {
    expect((await say(chat({ locale: 'nb-NO' }), 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nb']);
    expect((await say(chat({ locale: 'nn-NO' }), 'kor mange saker hadde kompetanseteamet i 2021?')).languages).toEqual(['nn']);
  });

  it('answers Persian that uses a word Urdu shares (کی) in Persian, and Roman Urdu with English nouns in Urdu', async () => {
    const persian = await say(chat({ locale: 'en-US' }), 'کی اولین مشاوران اقلیت استخدام شدند؟');
    expect(persian.languages).toEqual(['fa']);
    const romanUrdu = await say(chat({ locale: 'en-US' }), 'Somalia ke forced marriage cases ke liye kaunsi embassy responsible hai?');
    expect(romanUrdu.languages).toEqual(['ur']);
    expect(romanUrdu.text).toContain('Nairobi');
  });
});
