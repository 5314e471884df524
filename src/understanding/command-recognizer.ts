import { isLang, type Lang } from '../language/languages';
import type { Candidate, Recognizer, Utterance } from './types';

/** Words that ask for help or the language card, in every supported language. Whole-message matches only. */
const HELP = new Set(['hjelp', 'help', '?', 'meny', 'menu', 'hjelp meg å bruke boten', 'kva kan du', 'hva kan du', 'hva kan du gjøre', 'kva kan du gjere', 'what can you do', 'مساعدة', 'caawimo', 'کمک', 'مدد', 'довідка', 'справка', 'помощь', 'yardım', 'pomoc', 'ሓገዝ', 'start', 'hei', 'hallo', 'hello', 'hi']);
const LANGUAGE = new Set(['språk', 'sprak', 'mål', 'language', 'languages', 'velg språk', 'vel språk', 'change language', 'لغة', 'اللغة', 'luqad', 'luuqad', 'زبان', 'زبان ها', 'мова', 'язык', 'dil', 'język', 'jezyk', 'ቋንቋ']);

/** "svar på nynorsk", "answer in English", "på bokmål", "in Arabic"… → the language asked for. */
const LANGUAGE_WORDS: ReadonlyArray<readonly [RegExp, Lang]> = [
  [/nynorsk|ny norsk/u, 'nn'],
  [/bokmål|bokmal|norsk|norwegian/u, 'nb'],
  [/\b(english|engelsk)\b/u, 'en'],
  [/\b(arabic|arabisk)\b|العربية|بالعربي/u, 'ar'],
  [/\b(somali|somalisk|soomaali)\b/u, 'so'],
  [/\b(dari|persian|persisk)\b|دری/u, 'fa'],
  [/\b(urdu)\b|اردو/u, 'ur'],
  [/\b(ukrainian|ukrainsk)\b|українськ/u, 'uk'],
  [/\b(russian|russisk)\b|русск/u, 'ru'],
  [/\b(turkish|tyrkisk)\b|türkçe/u, 'tr'],
  [/\b(polish|polsk)\b|polsku|polski/u, 'pl'],
  [/\b(tigrinya|tigrinja)\b|ትግርኛ/u, 'ti'],
];
const ANSWER_IN = /^(kan du )?(svar|svare|skriv|skrive|snakk|answer|reply|write|speak|talk)( meg| me)? (på|pa|in)(?= )|^(på|in) \p{L}+$|^(bytt|endre|change|switch)( språk| language)? (til|to)(?= )/u;

function requestedLanguage(normalized: string): Lang | undefined {
  if (isLang(normalized)) return normalized;
  for (const [pattern, lng] of LANGUAGE_WORDS) if (pattern.test(normalized)) return lng;
  return undefined;
}

/** Bot commands: help and language choice. Matches whole, short messages only, so questions are left to the features. */
export const commandRecognizer: Recognizer = {
  name: 'commands',
  recognize(u: Utterance): Candidate[] {
    const text = u.normalized.replace(/[.!]+$/u, '').trim();
    if (HELP.has(text)) return [{ intent: { kind: 'help' }, score: 1, source: 'commands' }];
    if (LANGUAGE.has(text)) return [{ intent: { kind: 'choose-language' }, score: 1, source: 'commands' }];
    if (u.tokens.length <= 6 && ANSWER_IN.test(text)) {
      const lng = requestedLanguage(text);
      return [{ intent: lng ? { kind: 'choose-language', lng } : { kind: 'choose-language' }, score: 1, source: 'commands' }];
    }
    return [];
  },
};
