import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { checkRewriteReuse, textsOfMessage } from '../../src/stats/answers/rewrite-reuse-check';
import { englishCuesOfText, toEnglishCues } from '../../src/stats/answers/stats-words';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Session 36 (perf36c, issue #16): a sentence or clause of a message takes the rewrites to try from the whole message
 * (stats-words.ts `mayMatchPlaces`) instead of searching the ~2,400 statistics rewrites again. The English cues must
 * be those of the full search for every text the readers rewrite. scripts/rewrite-reuse-check.ts runs this over every
 * turn of the tuned sets and every evaluation question; here a sample of them and probe messages of this file's own.
 */

const NOW = new Date('2026-12-06T12:00:00Z');

/** Probe messages (this file's own): several sentences, typos, missing å/ø/æ, nynorsk, and the other languages. */
const PROBES: ReadonlyArray<{ text: string; lng: Lang }> = [
  { text: 'Hei. Jeg lurer paa noe. Hvor mange saker hadde kompetanseteamet i fjor?', lng: 'nb' },
  { text: 'eg er lærar. kor mange saker fekk minoritetsrådgjevarane i 2023? og kva land kom dei frå', lng: 'nn' },
  { text: 'Min venninne er redd. Foreldrene bestemmer alt. Hva kan hun gjore?', lng: 'nb' },
  { text: 'I work at a school. How many cases did the diversity advisers have in 2022, and how many were about forced marriage?', lng: 'en' },
  { text: 'مرحبا. كم عدد الحالات في 2023؟ وكم منها زواج قسري؟', lng: 'ar' },
  { text: 'سلام. در سال ۲۰۲۳ چند پرونده بود؟ بیشتر از کدام کشورها؟', lng: 'fa' },
  { text: 'Merhaba. 2023 yılında kaç vaka vardı? En çok görülen vaka türü neydi?', lng: 'tr' },
  { text: 'Dzień dobry. Ile spraw było w 2023? A ile w 2022, od kogo przyszły?', lng: 'pl' },
  { text: 'Salaan. Immisa kiis ayaa jiray 2023? Waddamadee kee ayay ka yimaadeen?', lng: 'so' },
  { text: 'Привет. Сколько было случаев в 2023 году? Из каких стран?', lng: 'ru' },
  { text: 'Я вчителька. Скільки випадків було у 2023 році?', lng: 'uk' },
  { text: 'السلام علیکم۔ 2023 میں کتنے کیس تھے؟ کون سے ملک سے؟', lng: 'ur' },
  { text: 'ሰላም። ኣብ 2023 ክንደይ ጉዳያት ነይሮም? ካበየናይ ሃገር?', lng: 'ti' },
  { text: 'Mamma sier jeg skal gifte meg i sommer. Jeg vil ikke. Hva gjør jeg', lng: 'nb' },
];

/** Every 40th turn of the tuned sets: all twelve languages, calm, danger and figure questions. */
function sampleOfTunedSets(): Array<{ text: string; lng: Lang | undefined }> {
  const dir = path.join(__dirname, '..', 'eval', 'conversations');
  const turns: Array<{ text: string; lng: Lang | undefined }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const c of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Array<{ lang?: Lang; turns?: unknown[] }>) {
      for (const turn of c.turns ?? []) if (typeof turn === 'string') turns.push({ text: turn, lng: c.lang });
    }
  }
  return turns.filter((_, i) => i % 40 === 0);
}

describe('a part of a message takes its rewrites from the whole (same cues as the full search)', () => {
  it('gives the full search\'s cues for the probes, their sentences and clauses', () => {
    const { texts, differing } = checkRewriteReuse(PROBES);
    expect(texts).toBeGreaterThan(PROBES.length * 2);
    expect(differing).toEqual([]);
  });

  it('gives the full search\'s cues for a sample of the tuned sets\' turns', () => {
    const sample = sampleOfTunedSets();
    expect(sample.length).toBeGreaterThan(400);
    const { texts, differing } = checkRewriteReuse(sample);
    expect(texts).toBeGreaterThan(sample.length);
    expect(differing).toEqual([]);
  });

  it('rewrites a sentence read after its whole message as it rewrites it alone', () => {
    const message = 'Salaan. Immisa kiis ayaa jiray 2023? Waddamadee kee ayay ka yimaadeen?';
    const whole = normalize(message);
    const parts = textsOfMessage(message).slice(1);
    const alone = parts.map((p) => englishCuesOfText(p, 'so', false));
    englishCuesOfText(whole, 'so', true);
    expect(parts.map((p) => englishCuesOfText(p, 'so', true))).toEqual(alone);
    // The Somali count word is rewritten in the part as in the whole: the reuse does not hide a rewrite.
    expect(toEnglishCues(normalize('Immisa kiis ayaa jiray 2023?'), 'so')).toContain('how many');
  });

  it('still reads a figure question asked in a later sentence, and no figure in its calm twin', () => {
    expect(parseStatsQuestion(normalize('Hei. Jeg er laerer. Hvor mange saker hadde kompetanseteamet i 2023?'), NOW, 'nb')?.query.metric).toBe('cases');
    expect(parseStatsQuestion(normalize('Hei. Jeg er laerer. Hvem kan jeg snakke med om en elev som er redd?'), NOW, 'nb')).toBeUndefined();
    expect(parseStatsQuestion(normalize('Merhaba. 2023 yılında kaç vaka vardı?'), NOW, 'tr')).toBeDefined();
    expect(parseStatsQuestion(normalize('Merhaba. Ablam çok korkuyor, ne yapabilirim?'), NOW, 'tr')).toBeUndefined();
  });
});
