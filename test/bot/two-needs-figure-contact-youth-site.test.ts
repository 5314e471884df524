import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/** Every card of the turn as one string (each reply's first attachment). */
function turnText(replies: readonly Partial<Activity>[]): string {
  return replies.map((reply) => JSON.stringify(reply.attachments?.[0]?.content ?? reply.text ?? '')).join('\n');
}

describe('conversation: a figure beside another service\'s contact, and a contact beside the youth site', () => {
  const { chat } = oneAppPerFile();

  /** Sends one message and returns the text of its `count` replies. */
  async function turn(message: string, locale: string, count: number): Promise<string> {
    const replies: Partial<Activity>[] = [];
    let flow = chat({ locale }).send(message);
    for (let i = 0; i < count; i++) flow = flow.assertReply((reply) => void replies.push(reply));
    await flow.startTest();
    return turnText(replies);
  }

  it('"Kompetanseteamet\'s cases in 2022, and the envoys\' e-mail": the figure for Kompetanseteamet and the envoys\' contact, not one comparison', async () => {
    const text = await turn('Hvor mange saker hadde Kompetanseteamet i 2022, og hva er e-postadressen til spesialutsendingene?', 'nb-NO', 2);
    expect(text).toContain('891');
    expect(text).toMatch(/[Ss]pesialutsending/);
  });

  it('"the expert team\'s assignments in 2023, and Kompetanseteamet\'s phone": the figure, then the number', async () => {
    const text = await turn("how many assignments did IMDi's expert team carry out in 2023, and what's the phone number of Kompetanseteamet?", 'en-US', 2);
    expect(text).toContain('63');
    expect(text).toContain('478 09 050');
  });

  it.each([
    ['nb', 'nb-NO', 'hva er nummeret til Alarmtelefonen, og hvor kan ungdommene selv lese mer om dette?', '116 111'],
    ['pl', 'pl-PL', 'jaki jest e-mail do Kompetanseteamet i gdzie uczniowie mogą sami o tym poczytać?', 'kompetanseteamet@bufdir.no'],
    ['en', 'en-US', "what's Kompetanseteamet's e-mail, and where can teenagers read up on this on their own?", 'kompetanseteamet@bufdir.no'],
  ])('%s: a service\'s contact, and where young people can read about it themselves (Nora)', async (_lang, locale, message, contact) => {
    const text = await turn(message, locale, 2);
    expect(text).toContain(contact);
    expect(text).toContain('Nora');
  });

  it('the youth site asked on its own is still Nora', async () => {
    const text = await turn('kvar kan elevane sjølve lese meir om negativ sosial kontroll?', 'nn-NO', 1);
    expect(text).toContain('Nora');
  });

  it.each([
    ['nb-NO', '1) hva er nummeret til Alarmtelefonen 2) hvor mange saker hadde Kompetanseteamet i 2022?', ['116 111', '891']],
    ['en-US', "(1) what is the e-mail of IMDi's expert team (2) how many envoys are there?", ['post@imdi.no', 'Nairobi']],
  ])('%s: a numbered list on one line is a list of questions, each answered', async (locale, message, facts) => {
    const text = await turn(message, locale, 2);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('tr: "where can we get … training for our staff", beside another service\'s number: who trains staff, and the number', async () => {
    const text = await turn("Zorla evlilik konusunda ekibimiz için eğitimi nereden alabiliriz, ve Alarmtelefonen'in numarası ne?", 'tr-TR', 2);
    expect(text).toContain('post@imdi.no');
    expect(text).toContain('116 111');
  });
});
