import type { Detection } from './detect-language';
import { SCRIPT_OF, type Lang } from './languages';

export interface LanguageSignals {
  /** The user's saved choice ("svar på nynorsk", the language card). */
  readonly preferred: Lang | undefined;
  /** What the message itself is written in. */
  readonly detected: Detection;
  /** The language of this conversation's previous reply. */
  readonly previous: Lang | undefined;
  /** Teams' `locale` (often en-US for people who write Norwegian, so it only breaks ties). */
  readonly locale: Lang | undefined;
  readonly fallback: Lang;
}

/**
 * Chooses the reply language: explicit choice → the conversation's language when the message is its sibling variety by
 * one word only ("kva er nummeret?" in a bokmål conversation) → the message's language (when reliable; plainly Norwegian text stays
 * Norwegian, in the conversation's variant when its words name none or lean by one word only, else in a Norwegian
 * Teams' variant) →
 * the conversation's language (a few uncertain words keep it) → Teams' locale when a weak detection names another
 * language written in the locale's script ("Номер Kompetanseteamet?" from a Ukrainian Teams is Ukrainian, not
 * Russian; "numer telefonu do SEIF?" from a Polish Teams is Polish) → a weak detection → Teams' locale → default.
 * A weak Norwegian reading is kept whatever the locale: Norwegians often run Teams in English.
 * A message in a language we do not answer in has no detected language, so it gets the conversation's language,
 * else Teams' locale, else the default.
 */
export function chooseLanguage(s: LanguageSignals): Lang {
  if (s.preferred) return s.preferred;
  if (keepsConversationLanguage(s.detected, s.previous) && s.previous) return s.previous;
  // A first message in Latin letters with little English or Norwegian of its own ("SEIF ka number?", "2023 me kitne
  // oppdrag?") from an Urdu, Dari, Arabic, Somali or Tigrinya Teams is that language typed in Latin letters.
  if (!s.previous && s.detected.littleOwn && s.locale && KEEPS_LATIN_TURNS.has(s.locale) && isEnglishOrNorwegian(s.detected.lng)) return s.locale;
  // "a rådgiverne?" in a Polish conversation: a Norwegian noun alone is the name of what is asked about, not a switch.
  if (s.detected.norwegianNounsOnly && s.previous && s.previous !== 'nb' && s.previous !== 'nn') return s.previous;
  // One word of the sibling variety in a message otherwise written alike in both keeps the conversation's language.
  if (s.detected.siblingByOneWord && s.detected.lng && s.previous && SIBLING[s.detected.lng] === s.previous) return s.previous;
  if (s.detected.lng && s.detected.reliable) {
    if (!s.detected.variantUnmarked && !s.detected.variantWeak) return s.detected.lng;
    // Plainly Norwegian, bokmål or nynorsk not said or nearly even ("kor mange saker hadde dei?" is a Trønder's
    // bokmål as often as nynorsk): the conversation's variant, else a bokmål or nynorsk Teams, else the lean.
    if (s.previous === 'nb' || s.previous === 'nn') return s.previous;
    if (s.detected.variantWeak && (s.locale === 'nb' || s.locale === 'nn')) return s.locale;
    return s.locale === 'nn' ? 'nn' : s.detected.lng;
  }
  if (s.previous) return s.previous;
  const weak = s.detected.lng;
  if (weak && weak !== 'nb' && weak !== 'nn' && s.locale && s.locale !== weak && SCRIPT_OF[weak] === SCRIPT_OF[s.locale]) return s.locale;
  // Norwegian with no clear bokmål or nynorsk word ("hjelp", "språk") is read as bokmål; a nynorsk Teams says which.
  if (s.detected.lng === 'nb' && s.locale === 'nn') return 'nn';
  if (s.detected.lng) return s.detected.lng;
  return s.locale ?? s.fallback;
}

/** Each language's sibling variety: written alike enough that one word does not tell a writer's language. */
const SIBLING: Partial<Readonly<Record<Lang, Lang>>> = { nb: 'nn', nn: 'nb', ru: 'uk', uk: 'ru', fa: 'ur', ur: 'fa' };

/**
 * Conversations held in a language whose writers often type a few words in Latin letters ("aur phone number?", "and
 * their email?"): Urdu and Dari (Roman Urdu, Finglish), Arabic, Somali and Tigrinya.
 */
const KEEPS_LATIN_TURNS: ReadonlySet<Lang> = new Set<Lang>(['ur', 'fa', 'ar', 'so', 'ti']);
/**
 * A short message read as English or Norwegian in a conversation held in Urdu, Dari, Arabic, Somali or Tigrinya keeps
 * the conversation's language unless it is plainly English or Norwegian: not with a word of Roman Urdu, Finglish or
 * Somali in it ("aur phone number?"), nor with fewer than two English or Norwegian words of its own ("their email?",
 * "number?"). "What is forced marriage?", "and their phone?" and "Hva er tvangsekteskap?" switch (one language per turn).
 */
function keepsConversationLanguage(detected: Detection, previous: Lang | undefined): boolean {
  if (!previous || !KEEPS_LATIN_TURNS.has(previous)) return false;
  return isEnglishOrNorwegian(detected.lng) && detected.littleOwn === true;
}

function isEnglishOrNorwegian(lng: Lang | undefined): boolean {
  return lng === 'en' || lng === 'nb' || lng === 'nn';
}
