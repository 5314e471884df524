import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';

/**
 * Session 32, issue #13 (dev32b, the nynorsk and English blind set): the classes its first run missed, each with
 * sentences of our own, and the calm twins that must stay calm.
 */
describe('a child’s wedding told by its things, with the child in tears, is danger', () => {
  it.each<[Lang, string]>([
    ['nb', 'Kusina mi på 16 har fått brudekjole av familien, det skal være fest i Pakistan til sommeren, og hun gråter hele tiden.'],
    ['nn', 'Systera mi på 14 har fått brudekjole av familien, og ho græt kvar gong nokon snakkar om festen i Somalia.'],
    ['en', 'My cousin is 15 and her family bought her a bridal dress for a big party in Iraq this summer. She cries every time it comes up.'],
    ['ru', 'Моей племяннице 15 лет, ей купили свадебное платье, и она плачет каждый день.'],
    ['uk', 'Моїй племінниці 15 років, їй купили весільну сукню, і вона плаче щодня.'],
    ['tr', 'Yeğenim 15 yaşında, ona gelinlik aldılar ve her gün ağlıyor.'],
    ['pl', 'Moja siostrzenica ma 15 lat, kupili jej suknię ślubną i ona ciągle płacze.'],
    ['ar', 'ابنة أختي عمرها 15 سنة، اشتروا لها فستان زفاف وهي تبكي كل يوم'],
  ])('%s: %s', (lang, message) => {
    expect(isDanger(message, lang)).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nb', 'Søstera mi er 27 og har kjøpt brudekjole til bryllupet i Tyrkia i juli, vi gleder oss!'],
    ['nn', 'Systera mi er 29 og har kjøpt brudekjole til bryllaupet i juli.'],
    ['en', 'My sister is 28 and just bought her wedding dress for the big party in Turkey in July.'],
  ])('an adult’s wedding stays calm (%s): %s', (lang, message) => {
    expect(isDanger(message, lang)).toBe(false);
  });
});

describe('harm by one’s parents told in the generic second person is danger', () => {
  it.each<[Lang, string]>([
    ['en', 'who do u call if ur mom hits u'],
    ['en', 'what can you do when your dad hurts you?'],
    ['nb', 'hvem ringer du når faren din slår deg?'],
    ['nb', 'hva gjør man hvis foreldrene dine slår deg'],
    ['nn', 'kven ringer ein når foreldra dine slår deg?'],
  ])('%s: %s', (lang, message) => {
    expect(isDanger(message, lang)).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'what time is Alarmtelefonen open?'],
    ['en', 'can kids call the children’s helpline at night?'],
    ['nn', 'kva tid er Alarmtelefonen open?'],
    ['nb', 'kan barn ringe Alarmtelefonen om natta?'],
  ])('a young person asking opening hours stays calm (%s): %s', (lang, message) => {
    expect(isDanger(message, lang)).toBe(false);
  });

  const runner = conversationRunnerPerFile();

  it('a helpline asked for when parents hurt you, then its hours: the emergency card and 116 111', async () => {
    const view = await runner.turn('en', ['any number for teens when ur dad beats u?', 'is it open on weekends?']);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['116 111'])).toBe(true);
  });
});

describe('people over 18 may call Kompetanseteamet themselves, asked as a follow-up in the plural', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, readonly string[]]>([
    ['nn', ['kva nummer har Kompetanseteamet?', 'kan deltakarane ringje dei sjølve?']],
    ['nn', ['kan brukarane våre ringje Kompetanseteamet sjølve?']],
    ['nb', ['hva er nummeret til Kompetanseteamet?', 'kan beboerne ringe dem selv?']],
  ])('%s: %j', async (lang, turns) => {
    const view = await runner.turn(lang, turns);
    expect(containsFact(view.texts, ['18'])).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
  });
});

describe('SEIF keeps its own name on a nynorsk card', () => {
  const runner = conversationRunnerPerFile();

  it('nn: what SEIF is and its number', async () => {
    const view = await runner.turn('nn', 'kva driv SEIF med, og korleis ringjer eg dei?');
    expect(containsFact(view.texts, ['Selvhjelp for innvandrere og flyktninger'])).toBe(true);
    expect(containsFact(view.texts, ['22 03 48 30'])).toBe(true);
  });
});
