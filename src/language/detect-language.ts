import type { Lang } from './languages';
import { normalize, tokenize } from './text';

/** The result of reading a message's language. `reliable` is false for a few words with no clear signal. */
export interface Detection {
  readonly lng: Lang | undefined;
  readonly reliable: boolean;
}

export interface LanguageDetector {
  detect(text: string): Detection;
}

/** The part of eld's API we use (eld is ESM-only and loaded once at start-up). */
export interface EldLike {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

const NYNORSK = new Set(
  'ikkje kva korleis kvifor kven kvar eg ho dei berre frå noko nokon mykje skule ein eit vere gjere sjå heime høyrer desse kor rådgjevar rådgjevarar mangfaldsrådgjevar vald rettleiing meldeplikta òg no enno sjølv saman fleire gjev gje korleis dykk dykkar me vert vart elevane mogleg moglege tenesta tenester tilsette'.split(' '),
);
const BOKMAL = new Set(
  'ikke hva hvordan hvorfor hvem hvor jeg hun de bare fra noe noen mye skole en et være gjøre se hjemme hører disse vold veiledning rådgiver rådgivere mangfoldsrådgiver også nå ennå selv sammen flere gir gi dere blir ble mulig tjenesten tjenester ansatte'.split(' '),
);
/** Common short Somali function words; eld has no Somali model. */
const SOMALI = new Set(
  'waa maxay iyo ayaa oo ma waxaan waxay sidee yaa halkee aan ku la ka u gabadh wiil carruurta caruurta guur qasab dhibaato gargaar caawimo waalidka waalidkeed dugsiga ardayga ardayda xaaska khatar deg degan walaal hooyo aabe soomaaliya'.split(' '),
);
const SCRIPT_ETHIOPIC = /[\u1200-\u137F]/u;
const SCRIPT_ARABIC = /[\u0600-\u06FF]/u;
const SCRIPT_CYRILLIC = /[\u0400-\u04FF]/u;
const URDU_LETTERS = /[ٹڈڑںےھۓ]/u;
const PERSIAN_ONLY = /[پچژگ]/u;
const UKRAINIAN_LETTERS = /[іїєґ]/u;
const RUSSIAN_LETTERS = /[ыэъё]/u;

/** Maps eld's codes to ours; Danish and Swedish guesses on short text are almost always Norwegian here. */
const ELD_TO_LANG: Readonly<Record<string, Lang>> = {
  no: 'nb', da: 'nb', sv: 'nb', en: 'en', ar: 'ar', fa: 'fa', ur: 'ur', uk: 'uk', ru: 'ru', tr: 'tr', pl: 'pl', am: 'ti',
};

function count(tokens: readonly string[], words: ReadonlySet<string>): number {
  return tokens.reduce((n, t) => n + (words.has(t) ? 1 : 0), 0);
}

/** Tells bokmål from nynorsk by marker words; ties go to bokmål, the more common written form. */
export function norwegianVariant(tokens: readonly string[]): { lng: 'nb' | 'nn'; markers: number } {
  const nn = count(tokens, NYNORSK);
  const nb = count(tokens, BOKMAL);
  return nn > nb ? { lng: 'nn', markers: nn } : { lng: 'nb', markers: nb };
}

export function createLanguageDetector(eld: EldLike): LanguageDetector {
  return {
    detect(text: string): Detection {
      const normalized = normalize(text);
      const tokens = tokenize(normalized);
      if (tokens.length === 0) return { lng: undefined, reliable: false };

      if (SCRIPT_ETHIOPIC.test(normalized)) return { lng: 'ti', reliable: true };
      if (SCRIPT_CYRILLIC.test(normalized)) {
        if (UKRAINIAN_LETTERS.test(normalized)) return { lng: 'uk', reliable: true };
        if (RUSSIAN_LETTERS.test(normalized)) return { lng: 'ru', reliable: true };
      }
      if (SCRIPT_ARABIC.test(normalized)) {
        if (URDU_LETTERS.test(normalized)) return { lng: 'ur', reliable: true };
        const guess = ELD_TO_LANG[eld.detect(normalized).language];
        if (guess === 'ar' || guess === 'fa' || guess === 'ur') {
          // Persian letters never occur in Arabic: a short Dari message eld reads as Arabic is Dari.
          if (guess === 'ar' && PERSIAN_ONLY.test(normalized)) return { lng: 'fa', reliable: true };
          return { lng: guess, reliable: tokens.length >= 2 };
        }
        return { lng: PERSIAN_ONLY.test(normalized) ? 'fa' : 'ar', reliable: false };
      }

      const somali = count(tokens, SOMALI);
      if (somali >= 2 || (somali >= 1 && tokens.length <= 2 && tokens.some((t) => t === 'waa' || t === 'maxay'))) {
        return { lng: 'so', reliable: true };
      }

      const norwegian = norwegianVariant(tokens);
      const result = eld.detect(normalized);
      const guess = ELD_TO_LANG[result.language];
      if (guess === 'nb' || (guess === undefined && norwegian.markers > 0)) {
        return { lng: norwegian.lng, reliable: norwegian.markers > 0 || (result.isReliable() && tokens.length >= 3) };
      }
      if (guess === undefined) return { lng: undefined, reliable: false };
      // Norwegian marker words beat a weak foreign guess ("hjelp meg nå" is not Danish or English).
      if (norwegian.markers >= 2 && guess !== 'en') return { lng: norwegian.lng, reliable: true };
      if (norwegian.markers >= 2 && guess === 'en' && !result.isReliable()) return { lng: norwegian.lng, reliable: true };
      return { lng: guess, reliable: result.isReliable() && tokens.length >= 3 };
    },
  };
}

/** Loads eld (ESM-only) once. The medium model covers every language we detect with eld. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const { eld } = await import('eld/medium');
  return createLanguageDetector(eld);
}
