import { type ConversationRunner, createConversationRunner, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';

// Issue #13: nynorsk, dialect, phone-typed bokmål and second-language English read as well as standard bokmål.
// Each class below failed on a probe of new sentences; these are other sentences of the same classes.

let runner: ConversationRunner;
beforeAll(async () => {
  runner = await createConversationRunner();
}, 60_000);
afterAll(async () => {
  await runner.close();
});

async function shown(lang: Lang, ...turns: string[]): Promise<string> {
  const run = await runner.converse({ lang, turns });
  return readTurn(run.replies, runner.markers).texts.join('\n');
}

describe('a number a child can call, asked with phone-typed or nynorsk words', () => {
  it.each<[Lang, string]>([
    ['nb', 'har dere et tlf barn kan ringe naar de er redde hjemme'],
    ['nb', 'hvilket nr kan barn ringe om noen hjemme er slemme'],
    ['nn', 'er det eit nummer born kan ringje viss dei er redde heime'],
  ])('%s: %s → Alarmtelefonen first', async (lang, text) => {
    const texts = await shown(lang, text);
    expect(texts).toContain('116 111');
    expect(texts.indexOf('116 111')).toBeLessThan(texts.indexOf('478 09 050') < 0 ? Infinity : texts.indexOf('478 09 050'));
  });
});

describe('nynorsk "kva ambassadar" and "integreringsrådgjevar" ask about the 2008 posts', () => {
  it.each<[Lang, string]>([
    ['nn', 'kva ambassadar fekk integreringsrådgjevar i 2008?'],
    ['nn', 'kvar var integreringsrådgjevarane plasserte i 2008'],
  ])('%s: %s → Colombo and Rabat named', async (lang, text) => {
    const texts = await shown(lang, text);
    expect(texts).toMatch(/Colombo|Rabat/);
  });
});

describe('who is part of Kompetanseteamet, asked in a relative clause', () => {
  it.each<[Lang, string]>([
    ['nb', 'kan du si meg hvem som sitter i kompetanseteamet na'],
    ['nn', 'eg vil gjerne vite kven som er med i kompetanseteamet'],
    ['en', 'can you tell me who are part of kompetanseteamet these days'],
  ])('%s: %s → the member agencies', async (lang, text) => {
    const texts = await shown(lang, text);
    expect(texts).toContain('UDI');
    expect(texts).toContain('Bufdir');
  });
});
