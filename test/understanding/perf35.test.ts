import path from 'node:path';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { withoutAssignmentNumbers, withoutNumberedAssignments } from '../../src/language/assignment-numbers';
import { isLang, type Lang } from '../../src/language/languages';
import { projectRoot } from '../../src/paths/content-root';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

// perf35 (issue #16): the contact reading's words and phrase lists read once per message, the not-figures phrases
// copied out only where one of their first words stands, the assignment pattern run only on a text with an NNNN-NN
// number. Each is a cache or a gate: the readings must be the ones read without it.

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const questions = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).flatMap(({ q, lang }) => (isLang(lang) ? [{ q, lang }] : []));

/** Waits past the memo's `setImmediate`, so the next read starts with nothing kept. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('perf35: the contact reading with its words kept while a message is read', () => {
  it('reads every evaluation question as it reads it alone, whether the words were kept from the tests before it or not', async () => {
    const alone: Array<string | undefined> = [];
    for (const { q, lang } of questions) {
      alone.push(JSON.stringify(recognizer.read(q, lang) ?? null));
      await nextTurn();
    }
    // The same questions in one turn, each after the follow-up's tests of it (which fill the memo first).
    const after = questions.map(({ q, lang }) => {
      recognizer.saysMinor(q);
      recognizer.saysAdult(q);
      recognizer.saysAbroad(q);
      recognizer.namesEmbassy(q);
      recognizer.namedService(q, lang);
      return JSON.stringify(recognizer.read(q, lang) ?? null);
    });
    await nextTurn();
    expect(after).toEqual(alone);
    expect(alone.filter((r) => r !== 'null').length).toBeGreaterThan(100);
  });

  it('keeps one message\'s words apart from the next: a minor said, then a grown-up, then neither', () => {
    expect(recognizer.saysMinor('Eleven min er 15 år og redd for å bli giftet bort')).toBe(true);
    expect(recognizer.saysMinor('Kollegaen min er 34 år og spør om rettigheter')).toBe(false);
    expect(recognizer.saysAdult('my client is 27 and wants the number of Kompetanseteamet')).toBe(true);
    expect(recognizer.saysAdult('min elev er 14 og vil ha nummeret til Kompetanseteamet')).toBe(false);
  });

  it.each<[Lang, string]>([
    ['fa', 'چند سال پیش در مدرسه ما یک مورد بود. ما دوره آموزشی برای کارمندان می‌خواهیم. با چه کسی تماس بگیریم؟'],
    ['fa', 'چند ماه قبل یک دانش آموز در کلاس ما این مشکل را داشت. آیا کسی برای معلمان ما آموزش میدهد؟ با کی تماس بگیرم؟'],
    ['ur', 'چند سال پہلے ہمارے اسکول میں ایک کیس تھا۔ ہم عملے کے لیے تربیت چاہتے ہیں۔ کس سے رابطہ کریں؟'],
  ])('%s: "a few years/months ago" still dates the story (the not-figures phrases still taken out): %s', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.training).toBe(true);
  });

  it.each<[Lang, string]>([
    ['fa', 'کمپتانسه‌تیم در سال ۲۰۲۳ چند مورد داشت؟'],
    ['fa', 'کمپتانسه تیم پارسال چند تا پرونده داشت'],
  ])('%s: "how many" with no "ago" beside it is still a figure asked: %s', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.training).toBeUndefined();
  });
});

describe('perf35: assignment numbers, the pattern run only where an NNNN-NN number stands', () => {
  it.each<[string, string, string]>([
    ['hva erstatter oppdrag 2024-09', 'hva erstatter oppdrag', 'hva erstatter  '],
    ['kva er oppdrag nr 2023-11 og 2023-12', 'kva er oppdrag', 'kva er  '],
    ['2024-10 görevi nedir', 'görevi nedir', '  nedir'],
    ['what is assignment 2021-17 about', 'what is assignment about', 'what is   about'],
  ])('drops the number in "%s"', (text, word, none) => {
    expect(withoutAssignmentNumbers(text).replace(/\s+/gu, ' ').trim()).toBe(word.replace(/\s+/gu, ' ').trim());
    expect(withoutNumberedAssignments(text)).toBe(none);
  });

  it.each(['hvor mange saker var det i 2024', 'oppdrag om kompetanseheving', 'years 2024-2025 and 2023-24x', 'oppdrag 2024-1', 'sakene 2022 og 2023', 'oppdraget kom i 2024-utgaven'])('leaves "%s" as it is', (text) => {
    expect(withoutAssignmentNumbers(text)).toBe(text);
    expect(withoutNumberedAssignments(text)).toBe(text);
  });
});
