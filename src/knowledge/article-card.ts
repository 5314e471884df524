import type { Source } from '../content/source';
import type { Translate } from '../language/i18n';
import { LANGUAGE_NAMES, type Lang } from '../language/languages';
import {
  adaptiveCard,
  askAction,
  container,
  heading,
  hiddenSection,
  numberedList,
  paragraph,
  shortenAtWord,
  smallNote,
  sourcesSection,
  submitAction,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type HiddenSection,
} from '../cards/card-kit';
import { articleButtonTitle, SHORT_TITLE_MAX } from './short-titles';
import type { ServiceCall } from '../contacts/service-call';
import { uniqueSources } from '../cards/emergency-card';

/** A service to call for advice, shown in the open part of the card: what to do now, with the number (the contact slice's ServiceCall). */
export type ArticleCall = ServiceCall;

/** An article resolved to one language, ready to show. Built by the article handler from the article file. */
export interface ArticleView {
  readonly id: string;
  readonly title: string;
  readonly short: string;
  /** The fuller answer, opened with "Les mer"; paragraphs split at blank lines. */
  readonly long?: string;
  readonly steps: readonly string[];
  readonly dont: readonly string[];
  /** Related services from the contact directory; each becomes a button that shows the contact. */
  readonly relatedServices: readonly { readonly serviceId: string; readonly name: string }[];
  /** The first related service a person can call for advice, with its number: said in the open part. */
  readonly callFirst?: ArticleCall;
  /** The lines a grown-up at risk can call herself, with their numbers (article-schema.ts `personLines`). */
  readonly personLines?: readonly ArticleCall[];
  /** Follow-up articles; each becomes a button that asks for it by title. */
  readonly followUps: readonly { readonly articleId: string; readonly title: string }[];
  readonly sources: readonly Source[];
  /** The language the text is actually in; differs from the card's language when it fell back. */
  readonly textLng: Lang;
}

function actionSet(actions: readonly CardAction[], extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'ActionSet', actions, ...extra };
}

/** Markdown bullets, which Teams renders in TextBlocks. */
function bulletList(items: readonly string[]): CardElement {
  return paragraph(items.map((item) => `- ${item}`).join('\r'));
}

/** Where a sentence ends (as `countSentences` in article-schema.ts reads it): a mark, a space, a capital or caseless letter. */
const SENTENCE_END = /(?<=[.!?…؟۔።፧]["»”)]?)\s+(?=[\p{Lu}\p{Lo}\d«"])/u;

/**
 * The budget of the open part of an article card, so that the answer and what to do now fit the first screen
 * (1280×1000 in the Agents Playground): the short answer up to about six lines, two steps and the first thing to avoid.
 * The rest of a long short answer, the other steps and the other things to avoid are one click away ("Les mer").
 */
export const OPEN_SHORT_CHARS = 520;
export const OPEN_STEPS = 2;
export const OPEN_DONTS = 1;

/** The first sentences of `text` within `max` characters (at least one), and the rest. */
export function splitAtSentence(text: string, max: number): { readonly open: string; readonly rest: string } {
  const sentences = text.trim().split(SENTENCE_END);
  let open = sentences[0] ?? '';
  let i = 1;
  for (; i < sentences.length; i++) {
    const next = `${open} ${sentences[i]}`;
    if (next.length > max) break;
    open = next;
  }
  return { open, rest: sentences.slice(i).join(' ') };
}

/**
 * A contact's name on a button, within what a button shows (SHORT_TITLE_MAX): the name as it is when it fits, else its
 * part before " – ", " (" or ", " ("Alarmtelefonen for barn og unge – 116 111" → "Alarmtelefonen for barn og unge")
 * when that fits and no other button of the card has it, else shortened at a word boundary. The contact card the
 * button opens has the full name.
 */
export function contactButtonTitles(names: readonly string[]): string[] {
  // Loops, not arrows made in each call: built for every answer card, such arrows lose their optimized code at every
  // full GC and V8 compiled them again and again.
  const titles: string[] = [];
  for (const name of names) {
    if (name.length <= SHORT_TITLE_MAX) {
      titles.push(name);
      continue;
    }
    const own = nameHead(name);
    let shared = false;
    for (const other of names) if (other !== name && nameHead(other) === own) shared = true;
    titles.push(own.length <= SHORT_TITLE_MAX && !shared ? own : shortenAtWord(name, SHORT_TITLE_MAX));
  }
  return titles;
}

/** A service's name before its dash, bracket or comma ("Kompetanseteamet – …" → "Kompetanseteamet"). */
function nameHead(name: string): string {
  return name.split(/ – | \(|, /u)[0]?.trim() ?? name;
}

/**
 * The answer card. Open: the title, the short answer, the first steps and the first thing to avoid (the one that
 * keeps a pupil safe, e.g. "do not contact the family before the risk is assessed"), one row of buttons that open the
 * rest in place – "Les mer" (the rest of the answer, the fuller answer (`long`), the other steps and things to avoid), "Kontakter (n)" (a button
 * per related contact), "Les også (n)" (follow-up articles by their short titles; the full title heads the card they
 * open), "Kilder (n)" – and 👍/👎. So the whole card, not only its end, is on the first screen of a chat column.
 */
export function articleCard(lng: Lang, t: Translate, article: ArticleView): AdaptiveCard {
  const body: CardElement[] = [heading(article.title)];
  if (article.textLng !== lng) {
    body.push(smallNote(t('guidance:article.fallback', { requested: LANGUAGE_NAMES[lng], shown: LANGUAGE_NAMES[article.textLng] })));
  }
  const short = splitAtSentence(article.short, OPEN_SHORT_CHARS);
  body.push(paragraph(short.open));
  if (article.steps.length > 0) body.push(paragraph(t('guidance:article.steps'), { weight: 'Bolder' }), numberedList(article.steps.slice(0, OPEN_STEPS)));
  if (article.dont.length > 0) body.push(paragraph(t('guidance:article.dont'), { weight: 'Bolder' }), bulletList(article.dont.slice(0, OPEN_DONTS)));
  // Who to call for advice, with the number, on the first screen: the steps name the service, this says how to reach it.
  if (article.callFirst?.number) {
    const { name, number, hours } = article.callFirst;
    body.push(paragraph(`${t('guidance:article.callFirst', { name, number })}${hours ? ` (${hours})` : ''}`, { weight: 'Bolder' }));
  } else if (article.callFirst?.email) {
    // A service with no phone (IMDi's expert team) is reached by e-mail: how to reach it is still on the first screen.
    body.push(paragraph(t('guidance:article.writeFirst', { name: article.callFirst.name, email: article.callFirst.email }), { weight: 'Bolder' }));
  }

  const more: CardElement[] = [];
  if (short.rest) more.push(paragraph(short.rest));
  for (const part of article.long?.split(/\n\s*\n/u) ?? []) if (part.trim()) more.push(paragraph(part.trim()));
  if (article.steps.length > OPEN_STEPS) {
    more.push(paragraph(t('guidance:article.steps'), { weight: 'Bolder' }), numberedList(article.steps.slice(OPEN_STEPS), OPEN_STEPS + 1));
  }
  if (article.dont.length > OPEN_DONTS) more.push(paragraph(t('guidance:article.dont'), { weight: 'Bolder' }), bulletList(article.dont.slice(OPEN_DONTS)));
  const lines = (article.personLines ?? []).flatMap((l) => (l.number ? [`${l.name}: ${l.number}`] : []));
  if (lines.length > 0) more.push(paragraph(t('guidance:article.personLines', { lines: lines.join(' · ') })));
  const contactTitles = contactButtonTitles(article.relatedServices.map((s) => s.name));
  const sources = sourcesSection(uniqueSources(article.sources), lng, t, { id: `sources-${article.id}` });
  // One row of buttons opens each part in place, so the card stays one screen in a narrow chat column.
  const toggles = [
    more.length > 0 ? hiddenSection(lng, `more-${article.id}`, t('guidance:article.more'), more) : undefined,
    article.relatedServices.length > 0
      ? hiddenSection(lng, `contacts-${article.id}`, `${t('guidance:article.related')} (${article.relatedServices.length})`, [
          actionSet(article.relatedServices.map((s, i) => submitAction(contactTitles[i] ?? s.name, { verb: 'show-contact', serviceId: s.serviceId }))),
        ])
      : undefined,
    article.followUps.length > 0
      ? hiddenSection(lng, `follow-ups-${article.id}`, `${t('guidance:article.followUps')} (${article.followUps.length})`, [
          // The button shows the short title; pressing it asks for the article by its full title, as before.
          actionSet(followUpButtons(article.followUps, lng)),
        ])
      : undefined,
    sources.hidden,
  ].filter((h): h is HiddenSection => h !== undefined);
  if (toggles.length > 0) body.push(actionSet(toggles.map((h) => h.action)), ...toggles.map((h) => h.container));
  body.push(...sources.inline);

  const extras: CardElement[] = [
    paragraph(t('guidance:article.feedbackQuestion'), { size: 'Small' }),
    actionSet([
      submitAction(t('guidance:article.up'), { verb: 'feedback', articleId: article.id, vote: 'up' }),
      submitAction(t('guidance:article.down'), { verb: 'feedback', articleId: article.id, vote: 'down' }),
    ]),
  ];

  return adaptiveCard(lng, [container(lng, body), container(lng, extras, { separator: true })], [], article.title);
}

/** The follow-ups' buttons (a loop, not `map` with an arrow made in each call: compiled again after its optimized code is dropped). */
function followUpButtons(followUps: ArticleView['followUps'], lng: Lang): CardAction[] {
  const buttons: CardAction[] = [];
  for (const f of followUps) buttons.push(askAction(articleButtonTitle(f.articleId, lng, f.title), f.title));
  return buttons;
}
