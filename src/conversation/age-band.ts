import { z } from 'zod';
import { contactIntentSchema, type ContactIntent } from '../contacts/intents';
import { articleIntentSchema, type ArticleIntent } from '../knowledge/intents';
import type { Role } from '../understanding/role-reader';
import type { IntentBase } from '../understanding/types';

/**
 * The age band of the person a conversation is about: under 18 or grown up, never the age or the words that said it.
 * Said once ("a girl of 15 in my class…", "the woman I follow up is 28"), it answers the questions that follow without
 * one: "can she call them herself?" gets the lines for young people or the lines adults call themselves, and "she is
 * getting married in Iraq this summer" is read as a child's marriage.
 */
export const AGE_BANDS = ['under-18', 'adult'] as const;
export const ageBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof ageBandSchema>;

/** What one message says of a person's age: a child's age or words, a grown-up's; both or neither say nothing. */
export function ageBandOf(says: { readonly minor: boolean; readonly adult: boolean }): AgeBand | undefined {
  if (says.minor && !says.adult) return 'under-18';
  if (says.adult && !says.minor) return 'adult';
  return undefined;
}

/**
 * A contact question for a line someone else is to call, with no age said ("kan hun ringe selv?", "is there a number
 * she can call herself?", "может ли она сама позвонить?"): with the conversation's age band, the lines for that age
 * first (youngCaller: Alarmtelefonen, Røde Kors-telefonen, ung.no; adultCaller: the lines a grown-up calls herself).
 * A question that names a service, a country or an age of its own keeps its reading.
 */
export function withAgeBand(intent: IntentBase, band: AgeBand | undefined): IntentBase {
  if (band === undefined) return intent;
  const forGrownUp = band === 'adult' ? adultsArticleFor(intent) : undefined;
  if (forGrownUp) return forGrownUp;
  const contact = contactIntentSchema.safeParse(intent).data;
  if (!contact) return intent;
  const q = contact.query;
  // "Jeg er politi. Jenta er 19 og redd for familien": a professional's case about a grown-up, no service or country
  // asked: the advice for the role and the lines she may call herself (Kompetanseteamet takes people over 18 directly),
  // not the pupils' advisers.
  const grownUpCase = band === 'adult' && q.askerRole !== undefined && !q.helpline && !q.youngCaller && !q.adultCaller && !q.youngSelf && q.minor !== true && !q.serviceId && !q.country;
  if (grownUpCase) {
    const read: ContactIntent = { kind: 'contact', query: { ...q, adultCaller: true } };
    return read;
  }
  const ageless = q.helpline === true && !q.youngCaller && !q.adultCaller && !q.youngSelf && q.minor !== true && !q.serviceId && !q.country && !q.askerRole;
  if (!ageless) return intent;
  const query: ContactIntent['query'] = band === 'under-18' ? { ...q, minor: true, youngCaller: true } : { ...q, adultCaller: true };
  const read: ContactIntent = { kind: 'contact', query };
  return read;
}

/** Articles written for a pupil at school: the signs at school, what staff do, how to talk with a young person. */
const PUPIL_ARTICLES: ReadonlySet<string> = new Set(['signs-at-school', 'what-school-staff-should-do', 'talking-with-young-person']);
/** Who the pupils' articles are written for: a school's staff and parents keep them whatever the age said. */
const SCHOOL_READERS: ReadonlySet<Role> = new Set<Role>(['school', 'school-health', 'diversity-adviser', 'kindergarten', 'parent']);

/**
 * A grown-up's case read as a pupil's article ("a participant of 28 in the introduction programme … her husband keeps
 * her money", told by an adult-education teacher or a refugee service in words the role reader does not know): the
 * article for a person over 18 (she decides; Kompetanseteamet takes adults themselves; the Red Cross line and VO-linjen
 * anonymously). A school's own staff keep the school's article (issue #13, adult34).
 */
function adultsArticleFor(intent: IntentBase): ArticleIntent | undefined {
  const article = articleIntentSchema.safeParse(intent).data;
  if (!article || !PUPIL_ARTICLES.has(article.articleId) || (article.askerRole !== undefined && SCHOOL_READERS.has(article.askerRole))) return undefined;
  return { kind: 'article', articleId: 'adults-over-18', ...(article.askerRole ? { askerRole: article.askerRole } : {}) };
}
