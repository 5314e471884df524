import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandRecognizer } from '../../src/commands/command-recognizer';
import { commandWordsFileSchema, loadCommandWords } from '../../src/commands/command-words';
import { LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { prepareUtterance } from '../../src/understanding/understand';

// (was command-recognizer.test.ts)

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

describe('help and language commands in every language', () => {
  it.each([
    ['ar', 'مساعدة'],
    ['ar', 'مساعده'],
    ['so', 'caawimaad'],
    ['so', 'Caawimo'],
    ['fa', 'کمک'],
    ['fa', 'كمك'], // typed on an Arabic keyboard
    ['ur', 'مدد'],
    ['uk', 'Допомога'],
    ['ru', 'помощь'],
    ['ru', 'Помощь!'],
    ['tr', 'Yardım'],
    ['tr', 'yardim'],
    ['pl', 'pomoc'],
    ['ti', 'ሓገዝ'],
  ])('%s "%s" asks for help', (_lng, text) => expect(read(text)).toEqual({ kind: 'help' }));

  it.each([
    ['ar', 'اللغة'],
    ['ar', 'تغيير اللغة'],
    ['so', 'luqadda'],
    ['so', 'Luuqad'],
    ['fa', 'زبان'],
    ['fa', 'تغییر زبان'],
    ['ur', 'زبان'],
    ['ur', 'زبان تبدیل کریں'],
    ['uk', 'Мова'],
    ['uk', 'змінити мову'],
    ['ru', 'язык'],
    ['ru', 'сменить язык'],
    ['tr', 'Dil'],
    ['tr', 'dil değiştir'],
    ['pl', 'Język'],
    ['pl', 'zmień język'],
    ['ti', 'ቋንቋ'],
  ])('%s "%s" asks for the language card', (_lng, text) => expect(read(text)).toEqual({ kind: 'choose-language' }));

  it.each([
    ['أجب بالعربية', 'ar'],
    ['بالعربية', 'ar'],
    ['رد بالإنجليزية', 'en'],
    ['ku jawaab soomaali', 'so'],
    ['af-soomaali', 'so'],
    ['iigu jawaab ingiriisi', 'en'],
    ['به دری جواب بده', 'fa'],
    ['به انگلیسی جواب بده', 'en'],
    ['اردو میں جواب دیں', 'ur'],
    ['انگریزی میں بات کریں', 'en'],
    ['відповідай українською', 'uk'],
    ['українською', 'uk'],
    ['відповідайте англійською', 'en'],
    ['отвечай по-русски', 'ru'],
    ['на русском', 'ru'],
    ['говорите по-норвежски', 'nb'],
    ['Türkçe cevap ver', 'tr'],
    ['İngilizce yaz', 'en'],
    ['türkçe', 'tr'],
    ['odpowiadaj po polsku', 'pl'],
    ['po polsku', 'pl'],
    ['pisz po angielsku', 'en'],
    ['ብትግርኛ መልስ', 'ti'],
    ['ብትግርኛ', 'ti'],
    ['answer in Tigrinya', 'ti'],
    ['svar på dari', 'fa'],
    ['svar på urdu', 'ur'],
    ['skriv på somali', 'so'],
    ['svar på ukrainsk', 'uk'],
    ['svar på russisk', 'ru'],
    ['svar på tyrkisk', 'tr'],
  ])('"%s" chooses %s', (text, lng) => expect(read(text)).toEqual({ kind: 'choose-language', lng }));

  it.each([
    'ما هو الزواج القسري؟',
    'جواب عروسی اجباری', // "عروسی" (wedding) contains "روسی" (Russian)
    'yaz tatilinde Somali', // "yaz" is also "summer"
    'что такое принудительный брак',
    'co mam zrobić po wakacjach',
    'የቐንየለይ',
    'Kompetanseteamet',
  ])('leaves other messages alone: "%s"', (text) => expect(read(text)).toBeUndefined());

  it("recognises the localised Teams command titles for help and language", () => {
    for (const file of ['ar.json', 'uk.json', 'ru.json', 'tr.json', 'pl.json']) {
      const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'manifest', file), 'utf8')) as Record<string, string>;
      expect(read(manifest['bots[0].commandLists[0].commands[0].title']!)).toEqual({ kind: 'help' });
      expect(read(manifest['bots[0].commandLists[0].commands[3].title']!)).toEqual({ kind: 'choose-language' });
    }
  });

  it('recognises the help and language button words of every common.json', () => {
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti']) {
      const common = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'locales', lng, 'common.json'), 'utf8')) as { actions: { help: string; language: string } };
      expect({ lng, intent: read(common.actions.help) }).toEqual({ lng, intent: { kind: 'help' } });
      expect({ lng, intent: read(common.actions.language) }).toEqual({ lng, intent: { kind: 'choose-language' } });
    }
  });
});

// (was command-words.test.ts)

/**
 * The command words are data (content/understanding/commands/<lng>.json), one file per supported language, checked by
 * a zod schema at load. These tests hold the files to that shape and to the manifest: every localised command title
 * that asks for help or the language card is among the words, so the Teams command menu works in every language.
 */
const root = path.join(__dirname, '..', '..');
const dir = path.join(root, 'content', 'understanding', 'commands');

describe('command words as data', () => {
  it('has one valid file per supported language, named by its language', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...LANGUAGES].map((l) => `${l}.json`).sort());
    for (const file of files) {
      const data = commandWordsFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      expect(`${data.lang}.json`).toBe(file);
    }
  });

  it('names every supported language, nynorsk before bokmål ("nynorsk" contains "norsk")', () => {
    const names = loadCommandWords().languageNames.map(([lng]) => lng);
    expect([...names].sort()).toEqual([...LANGUAGES].sort());
    expect(names.indexOf('nn')).toBeLessThan(names.indexOf('nb'));
  });

  it("holds the manifest's localised help and language command titles", () => {
    const words = loadCommandWords();
    const help = new Set(words.help.map(normalize));
    const language = new Set(words.language.map(normalize));
    const manifests = readdirSync(path.join(root, 'manifest')).filter((f) => /^[a-z]{2}\.json$/u.test(f));
    expect(manifests.length).toBeGreaterThan(0);
    for (const file of manifests) {
      const strings = JSON.parse(readFileSync(path.join(root, 'manifest', file), 'utf8')) as Record<string, string>;
      const helpTitle = strings['bots[0].commandLists[0].commands[0].title'];
      const languageTitle = strings['bots[0].commandLists[0].commands[3].title'];
      if (helpTitle) expect(help.has(normalize(helpTitle))).toBe(true);
      if (languageTitle) expect(language.has(normalize(languageTitle))).toBe(true);
    }
  });

  it('stops the start with the file named when a file is broken', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'command-words-'));
    writeFileSync(path.join(bad, 'nb.json'), JSON.stringify({ lang: 'nb', review: 'machine-assisted', help: [], language: ['språk'], languageNames: {} }));
    expect(() => loadCommandWords(bad)).toThrow(/nb\.json is invalid/u);
  });
});
