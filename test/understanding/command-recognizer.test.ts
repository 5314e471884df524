import { commandRecognizer } from '../../src/understanding/command-recognizer';
import { prepareUtterance } from '../../src/understanding/understand';

const read = (text: string) => commandRecognizer.recognize(prepareUtterance(text, 'nb'))[0]?.intent;

describe('bot commands', () => {
  it.each(['hjelp', 'Help', '?', 'hjelp.', 'meny'])('"%s" asks for help', (text) => expect(read(text)).toEqual({ kind: 'help' }));
  it.each(['språk', 'language', 'Språk', 'لغة', 'мова', 'dil'])('"%s" asks for the language card', (text) => expect(read(text)).toEqual({ kind: 'choose-language' }));
  it.each([
    ['svar på nynorsk', 'nn'],
    ['Kan du svare på bokmål?', 'nb'],
    ['answer in English', 'en'],
    ['reply in arabic', 'ar'],
    ['bytt språk til engelsk', 'en'],
    ['på polsk', 'pl'],
  ])('"%s" chooses %s', (text, lng) => expect(read(text)).toEqual({ kind: 'choose-language', lng }));
  it.each(['hjelp meg, han truer med å drepe meg', 'hva er negativ sosial kontroll', 'hvor mange saker i 2023'])('leaves questions alone: "%s"', (text) =>
    expect(read(text)).toBeUndefined(),
  );
});
