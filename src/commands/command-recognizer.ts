import { isLang, type Lang } from '../language/languages';
import { foldArabicKeyboard, normalize } from '../language/text';
import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import type { ChooseLanguageIntent, HelpIntent } from './intents';
import { loadCommandWords, type AnswerVerbs } from './command-words';

/** Phrases compared with the normalised message, so Arabic-keyboard ي/ك match their Persian forms. */
const phrases = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalize));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where an "answer / speak / write" verb may stand in a short message (content/understanding/commands, `answerVerbs.at`). */
const VERB_PLACE: Readonly<Record<AnswerVerbs['at'], (alternatives: string) => string>> = {
  start: (a) => `^(${a})(?= |$)`,
  word: (a) => `(?:^|\\s)(${a})(?=\\s|$)`,
  anywhere: (a) => `(${a})`,
  end: (a) => `(?:^|\\s)(${a})$`,
};

interface CommandPatterns {
  /**
   * Whole messages that ask for help (or just greet), in every supported language. The manifest's localised command
   * titles ("مساعدة", "допомога", "yardım"…) are among them, so the Teams command menu works in every language.
   */
  readonly help: ReadonlySet<string>;
  /** Whole messages that ask for the language card. */
  readonly language: ReadonlySet<string>;
  /**
   * Names of our languages as people write them in each language ("engelsk", "الإنجليزية", "англійською", "po polsku",
   * "ብትግርኛ"…), matched anywhere in a short request; nynorsk before bokmål.
   */
  readonly names: ReadonlyArray<readonly [RegExp, Lang]>;
  /** "Answer / speak / write" in the other languages; only a request when a language is also named. */
  readonly answerVerb: RegExp;
}

let patterns: CommandPatterns | undefined;
/** The command words, read from content/ on the first message (a few small files). */
function commandPatterns(): CommandPatterns {
  if (patterns) return patterns;
  const words = loadCommandWords();
  patterns = {
    help: phrases(words.help),
    language: phrases(words.language),
    names: words.languageNames.map(([lng, names]) => [
      // A name counts at the start of a word, or after the Arabic ب/بال or Ethiopic ብ meaning "in" ("روسی" is not in "عروسی").
      new RegExp(`(?:^|[\\s-])(?:ب|بال|ብ)?(?:${names.map((n) => escape(normalize(n))).join('|')})`, 'u'),
      lng,
    ]),
    answerVerb: new RegExp(words.answerVerbs.map((v) => VERB_PLACE[v.at](v.words.map((w) => escape(foldArabicKeyboard(w))).join('|'))).join('|'), 'u'),
  };
  return patterns;
}

/** "svar på nynorsk", "answer in English", "bytt språk til engelsk", "på polsk", "in Arabic". */
const ANSWER_IN_NORWEGIAN_OR_ENGLISH =
  /^(kan du )?(svar|svare|skriv|skrive|snakk|answer|reply|write|speak|talk)( meg| me)? (på|pa|in)(?= )|^(på|in) \p{L}+$|^(bytt|endre|change|switch)( språk| language)? (til|to)(?= )/u;

/** A language named on its own in the form that means "in X": بالعربية, українською, по-русски, po polsku, به دری, اردو میں, ብትግርኛ, af-soomaali. */
const BARE_IN_LANGUAGE = new RegExp(
  ['^(ب|بال|باللغة )\\S+$', '^\\S+ою( мовою)?$', '^(по-\\S+|на \\S+ом( языке)?)$', '^(po|w) \\S+$', '^\\S+(ça|ce|çe|ca)$', '^به (زبان )?\\S+$', '^\\S+ میں$', '^ብ\\S+$', '^af[- ]\\S+$']
    .map(foldArabicKeyboard)
    .join('|'),
  'u',
);

function requestedLanguage(text: string): Lang | undefined {
  if (isLang(text)) return text;
  for (const [pattern, lng] of commandPatterns().names) if (pattern.test(text)) return lng;
  return undefined;
}

const chooseLanguage = (lng: Lang | undefined): Candidate<HelpIntent | ChooseLanguageIntent>[] => [
  { intent: lng ? { kind: 'choose-language', lng } : { kind: 'choose-language' }, score: 1, source: 'commands' },
];

/** Bot commands: help and language choice. Matches whole, short messages only, so questions are left to the features. */
export const commandRecognizer: Recognizer<HelpIntent | ChooseLanguageIntent> = {
  name: 'commands',
  recognize(u: Utterance): Candidate<HelpIntent | ChooseLanguageIntent>[] {
    // Turkish İ lower-cases to i + a combining dot; punctuation at the ends is not part of a command.
    const text = u.normalized.replace(/\u0307/gu, '').replace(/^[¿¡«"“]+|[.!؟?»"”]+$/gu, '').trim();
    const bare = u.normalized.replace(/[.!]+$/u, '').trim();
    const { help, language, answerVerb } = commandPatterns();
    if (help.has(bare) || help.has(text)) return [{ intent: { kind: 'help' }, score: 1, source: 'commands' }];
    if (language.has(text)) return chooseLanguage(undefined);
    if (u.tokens.length > 6) return [];
    if (ANSWER_IN_NORWEGIAN_OR_ENGLISH.test(text)) return chooseLanguage(requestedLanguage(text));
    if (answerVerb.test(text) || (u.tokens.length <= 3 && BARE_IN_LANGUAGE.test(text))) {
      const lng = requestedLanguage(text);
      if (lng) return chooseLanguage(lng);
    }
    return [];
  },
};
