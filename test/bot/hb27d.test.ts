import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * hb27d (issue #13): follow-ups that ask a detail of the service just given or whom to call once abroad, the history of
 * Kompetanseteamet's coordination, and child welfare for a child whose mother is harmed and watched. Phrasings written
 * for this test.
 */
describe('hb27d: a contact detail of the service just given', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['ti', 'ተሌፎን ኣላርም ንቖልዑ ሃበኒ', 'ኢመይሎምከ?'],
    ['ti', 'ኣላርም ንቆልዑ ቁጽሪ እንታይ እዩ?', 'ኢመይሎም ከ?'],
    ['en', 'what is the number of Alarmtelefonen?', 'and their e-mail?'],
    ['nb', 'hva er nummeret til Alarmtelefonen?', 'og e-posten deres?'],
  ] as const)('%s: %s → %s gives the e-mail', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.cannotAnswer).toBe(false);
    expect(view.texts.join(' ')).toContain('alarm@116111.no');
  });
});

describe('hb27d: "and if I am already there?" after whom to call before being taken abroad', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'who can i talk to if my family plans to take me abroad?', 'what if im already there?'],
    ['nb', 'hvem kan jeg ringe hvis foreldrene mine vil sende meg til utlandet?', 'og hvis jeg allerede er der?'],
    ['ru', 'кому я могу позвонить, если родители хотят отправить меня за границу?', 'а если я уже там?'],
    ['tr', 'ailem beni yurt dışına göndermek isterse kimi arayabilirim?', 'peki zaten oradaysam?'],
    ['pl', 'do kogo mogę zadzwonić, jeśli rodzice chcą mnie wysłać za granicę?', 'a jeśli już tam jestem?'],
  ] as const)('%s: UD operations centre', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.texts.join(' ')).toMatch(/23 95 00 00/);
  });
});

describe('hb27d: when IMDi took over the coordination of Kompetanseteamet', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['uk', 'З якого року IMDi взяла на себе Kompetanseteamet і хто це робив раніше?'],
    ['ru', 'Когда IMDi взял на себя координацию Kompetanseteamet и кто это делал раньше?'],
    ['so', 'Goorma ayay IMDi la wareegtay Kompetanseteamet?'],
    ['en', 'When did IMDi take over Kompetanseteamet, and who had it before?'],
    ['nb', 'Når overtok IMDi koordineringen av Kompetanseteamet, og hvem hadde den før?'],
  ] as const)('%s: 2008, from UDI', async (lng, question) => {
    const view = await runner.turn(lng, [question]);
    const all = view.texts.join(' ');
    expect(all).toContain('2008');
    expect(all).toContain('UDI');
  });
});

describe('hb27d: a child whose mother is harmed and watched', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jobber i barnehage. Moren til en jente på 3 hadde hovent kinn i dag, og hun sa at svigerfamilien følger med på henne hele tiden og at hun ikke får møte venninner.'],
    ['nn', 'Eg jobbar i barnehage. Mora til ei jente på 4 kom i dag med blåmerke på kinnet. Ho seier at svigerfamilien passar på henne heile tida og at ho ikkje får treffe venninnene sine lenger.'],
    ['en', 'I work at a nursery. The mother of a 4-year-old girl came in with a bruised cheek today; she says her husband’s family keep an eye on her all the time and she may not see her friends anymore.'],
  ] as const)('%s: the emergency card and child welfare', async (lng, story) => {
    const view = await runner.turn(lng, [story]);
    expect(view.emergency).toBe(true);
    expect(view.texts.join(' ')).toMatch(/barnevern|child welfare/i);
  });
});
