import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';

const reader = loadSituationReader();

/**
 * dev38b (issue #13): a young writer who says their own age and tells what a friend said or went through ("I'm 14 and
 * my friend said it hurts", "venninna mi sa…") is still writing about their own life: the emergency card with the
 * children's line 116 111, not a professional's "someone else's case" reading. The friend words listed among the
 * adultRole cues (content/understanding/situation) used to cancel the writer's own age (rule own-age-beside-friend).
 * Our own probes, none of them the development set's sentences. Twins: the same story told by a grown-up who says
 * their own age is no young writer (the card still comes; the friend's child may call 116 111).
 */
const young: ReadonlyArray<readonly [Lang, string]> = [
  ['en', "I'm 14 and my friend said it hurts a lot when they do it there, we go to Sudan in july"],
  ['en', 'im 15 and my best friend told me her cousin got cut in somalia, my mum says we travel there this summer'],
  ['nb', 'jeg er 13 og venninna mi sa at de kutter jenter der vi skal i sommer, pappa sier vi reiser til Etiopia'],
  ['nb', 'jeg er 15 og vennen min sa at de kommer til å gifte meg bort når vi drar til pakistan i sommerferien'],
  ['nn', 'eg er 14 og venninna mi seier at dei skjer jenter der vi skal i sommar. mamma seier vi dreg til Somalia'],
  ['ru', 'мне 14, моя подруга сказала что там девочкам делают обрезание, а мы летим туда летом'],
  ['pl', 'mam 15 lat i moja przyjaciółka mówi że w Somalii obcinają dziewczyny, jedziemy tam w lipcu'],
];

describe('a young writer’s own age beside a friend’s words: the emergency card with 116 111 (dev38b)', () => {
  const runner = conversationRunnerPerFile();
  it.each(young)('%s: "%s"', async (lang, text) => {
    expect(reader.read(text).youngWriter).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
  it.each([
    ['en', "I'm 34 and my friend said they will cut her daughter in Sudan this july"],
    ['nb', 'jeg er 40 og venninna mi sa at datteren hennes skal kuttes i Etiopia i sommer'],
  ] as const)('%s: a grown-up who says their age and tells of a friend’s child: the card, but no young writer', async (lang, text) => {
    expect(reader.read(text).youngWriter).toBe(false);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });
  it.each([
    ['nb', 'jeg er 15 og venninna mi spør hvor mange saker Kompetanseteamet hadde i 2023'],
    ['en', "i'm 16 and my friend wants to know how many cases the diversity advisers had in 2023"],
  ] as const)('%s: a young writer’s calm question beside a friend stays calm', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(false);
  });
});
