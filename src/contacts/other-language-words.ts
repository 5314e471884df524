import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * Contact words in the nine other answer languages (ar, so, fa = Dari, ur, uk, ru, tr, pl, ti), read by the
 * contact recognizer next to its Norwegian and English lists (contact-words.json); `also`, `anonymous` and `helpline` hold all twelve.
 * The words are reviewable data: content/contacts/other-language-words.json (zod-checked here, with a review status).
 * Written as people type them (informal forms, missing diacritics); folded like the text, so Arabic-keyboard ي/ك and
 * hamza forms match. A trailing * matches a word prefix, which covers Slavic and Turkish endings.
 */
const list = z.array(z.string().min(1)).min(1);
const KEYS = ['contact', 'contactDone', 'covers', 'embassy', 'held', 'travelSoon', 'minor', 'weak', 'also', 'generic', 'contactsCommand', 'abroadWeak', 'anonymous', 'helpline', 'staffAdvice', 'talkAtSchool', 'talkWish', 'numberAsked', 'urgent', 'notUrgent', 'figures', 'adviceInCase', 'negations', 'nearest', 'material', 'numbers', 'ownWhatToDo'] as const;

export const otherLanguageWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z
      .object({
        ...(Object.fromEntries(KEYS.map((k) => [k, list])) as Record<(typeof KEYS)[number], typeof list>),
        whoAdvises: z.array(z.object({ who: list, verbs: list }).strict()).min(1),
        /** "Who runs it?", "kim yönetiyor?": a question about a named service itself, answered by its article. */
        aboutService: list.optional(),
        /**
         * A negation that follows the service's name ("çeşitlilik danışmanı yok", "la-taliye ma leh", "ኣማኻሪ የለን",
         * "مشاور نداریم"): Turkish, Somali, Tigrinya and Dari put it after the name, at most one word on.
         */
        negationsAfter: list.optional(),
        /** "چند سال پیش", "چند سال پہلے" (a few years ago): a figure word that dates the story, no figure asked for. */
        notFigures: list.optional(),
      })
      .strict(),
  })
  .strict();

export function loadOtherLanguageWords(file: string = contentPath('contacts', 'other-language-words.json')): z.infer<typeof otherLanguageWordsSchema>['words'] {
  const data = readDataFile(file, otherLanguageWordsSchema);
  return data.words;
}

const WORDS = loadOtherLanguageWords();

/** Asking how to reach someone: number, phone, call, contact, e-mail. */
export const OTHER_CONTACT: readonly string[] = WORDS.contact;
/** A contact already made ("мы уже связались с …"): a step told, not a way to reach someone asked for. */
export const OTHER_CONTACT_DONE: readonly string[] = WORDS.contactDone;
/** "Who runs / owns <service>": the service's own article says (ung.no is run by Bufdir). */
export const OTHER_ABOUT_SERVICE: readonly string[] = WORDS.aboutService ?? [];
/** "Who covers / is responsible for <country>". */
export const OTHER_COVERS: readonly string[] = WORDS.covers;
/** "najbliższy", "الأقرب", "en yakın": the nearest one asked for (a diversity adviser, when the school has none). */
export const OTHER_NEAREST: readonly string[] = WORDS.nearest;
/** Embassy. */
export const OTHER_EMBASSY: readonly string[] = WORDS.embassy;
/** The person is held, stuck or has not come back. */
export const OTHER_HELD: readonly string[] = WORDS.held;
/** The person is about to be taken or sent abroad. */
export const OTHER_TRAVEL_SOON: readonly string[] = WORDS.travelSoon;
/** A child or pupil is the person concerned. */
export const OTHER_MINOR: readonly string[] = WORDS.minor;
/** Question words that make a named service a contact question ("who", "where"). */
export const OTHER_WEAK: readonly string[] = WORDS.weak;
/**
 * "Too", "also", "the same", "and what about": a short message naming a country with one of these asks the last
 * question again for that country ("а Чечнею теж вони?", "og Etiopia også?", "peki Suriye de mi?").
 */
export const ALSO: readonly string[] = WORDS.also;
/** "Who do I call / where do I turn" in the other languages: a contact question without a named service. */
export const OTHER_GENERIC: readonly string[] = WORDS.generic;
/**
 * The Teams menu's contacts command as a whole message, in every language (the manifest's localised titles
 * among them): the contact overview.
 */
export const CONTACTS_COMMAND: readonly string[] = WORDS.contactsCommand;
/** Hints that the person is abroad (the passport taken, sent away), weaker than "held". */
export const OTHER_ABROAD_WEAK: readonly string[] = WORDS.abroadWeak;
/**
 * "Who can advise / help / guide us?" in the nine other answer languages, as a pattern rather than fixed phrases:
 * a question word for "who" (or "to whom", "with whom"), then within a few words a verb of advising, helping,
 * consulting or contacting, in any form (prefixes: Slavic, Turkish and Somali endings; Arabic-script words after
 * folding). "Kime danışabiliriz?", "kto doradza w sprawach…", "با کی مشوره کنم", "yaa nala tashan kara".
 */
export const OTHER_WHO_ADVISES: readonly { readonly who: readonly string[]; readonly verbs: readonly string[] }[] = WORDS.whoAdvises;
/**
 * Wanting to stay anonymous ("anonymt", "uten å si navnet", "without giving my name") in all twelve languages: the
 * anonymous line (Røde Kors-telefonen) comes first on the contact card.
 */
export const ANONYMOUS: readonly string[] = WORDS.anonymous;
/**
 * Asking for a helpline, hotline or chat, in all twelve languages ("finnes det en chat", "children's helpline",
 * "телефон довіри"): the lines (Alarmtelefonen, Røde Kors-telefonen) come first on the contact card.
 */
export const HELPLINE: readonly string[] = WORDS.helpline;
/**
 * Information material or a theme week for an audience ("a poster for the pupils", "ملصق للطلاب", "ulotka"), all twelve
 * languages: beside numbers or a line asked, the lines for that audience are what goes on it.
 */
export const MATERIAL: readonly string[] = WORDS.material;
/** Words for numbers, plural included ("الأرقام", "ቁጽሪታት"), all twelve languages: read only beside `MATERIAL`. */
export const NUMBERS: readonly string[] = WORDS.numbers;
/**
 * Advice asked for the asker's staff beside what else the message asks ("… and we as staff need someone to consult",
 * "нам, сотрудникам"), in all twelve languages: Kompetanseteamet advises services in a case (issue #13, two contacts).
 */
export const STAFF_ADVICE: readonly string[] = WORDS.staffAdvice;
/** Someone to talk to at school, asked beside a line ("who can she talk to at school, and is there a number?"): the school's diversity adviser. */
export const TALK_AT_SCHOOL: readonly string[] = WORDS.talkAtSchool;
/**
 * A wish to talk to someone, in all twelve languages ("I want to talk to someone", "хочу поговорить с кем-то"): beside
 * school, asked as a question is ("… someone at school. And is there a site?"), the school's diversity adviser.
 */
export const TALK_WISH: readonly string[] = WORDS.talkWish;
/**
 * The writer's own "what do I do?" in all twelve languages ("hva gjør jeg da?", "что мне делать?"): beside a line asked
 * for or not daring to call, the lines are the answer, not what a service does ("hva gjør …", "what do …" ask that).
 */
export const OWN_WHAT_TO_DO: readonly string[] = WORDS.ownWhatToDo;
/**
 * "شماره VO-linjen چند است؟", "Alarmtelefonen'in numarası kaç?": a figure word that, beside a word for a phone number,
 * asks for the number itself, not for a count.
 */
export const NUMBER_ASKED: readonly string[] = WORDS.numberAsked;
/** "رقم الطوارئ", "lambarka degdegga", "экстренный номер": the police asked for in an emergency (112, not 02800). */
export const OTHER_URGENT: readonly string[] = WORDS.urgent;
/** "غير طارئ", "aan degdeg ahayn", "не экстренный": the police asked for when it is not urgent (02800). */
export const OTHER_NOT_URGENT: readonly string[] = WORDS.notUrgent;
/**
 * A question for a figure ("сколько дел", "كم عدد", "kaç vaka"): the statistics recognizer answers it, so a service
 * named in it is no contact question.
 */
export const OTHER_FIGURES: readonly string[] = WORDS.figures;
/** Phrases with a figure word in them that ask for no figure ("a few years ago"): read before the figure words. */
export const OTHER_NOT_FIGURES: readonly string[] = WORDS.notFigures ?? [];
/**
 * Advice asked in a case itself, in all twelve languages ("trenger råd i en sak", "порада у справі", "porady w tej
 * sprawie"): beside a wish for training, the case's advice (Kompetanseteamet) comes before those who train staff.
 */
export const ADVICE_IN_CASE: readonly string[] = WORDS.adviceInCase;
/**
 * A service named only to say it is missing, the word right before the name ("nie ma doradcy", "немає радника",
 * "لا يوجد مستشار"): beside the Norwegian and English negations (contact-words.json).
 */
export const OTHER_NEGATIONS: readonly string[] = WORDS.negations;
/** The same said after the name, in the languages that place it there ("çeşitlilik danışmanı yok", "ኣማኻሪ የለን"). */
export const OTHER_NEGATIONS_AFTER: readonly string[] = WORDS.negationsAfter ?? [];
