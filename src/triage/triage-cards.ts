import { adaptiveCard, container, heading, numberedList, paragraph, smallNote, submitAction, type AdaptiveCard, type CardAction, type CardElement } from '../cards/card-kit';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { AGES, ROLES, WHEREABOUTS, type Step, type TriageFacts } from './triage-facts';

/** Card submits of the triage conversation carry this verb; see `triage-submit.ts` for the payloads. */
export const TRIAGE_VERB = 'triage';
/** The article the first question offers instead of the conversation. */
export const TRIAGE_GUIDE_ARTICLE = 'what-school-staff-should-do';
/** Teams shows at most six actions in a row set; answers go in rows of three. */
const PER_ROW = 3;

function rows(actions: readonly CardAction[]): CardElement[] {
  const out: CardElement[] = [];
  for (let i = 0; i < actions.length; i += PER_ROW) out.push({ type: 'ActionSet', actions: actions.slice(i, i + PER_ROW) });
  return out;
}

function answer(title: string, set: Step, value: string): CardAction {
  return submitAction(title, { verb: TRIAGE_VERB, set, value });
}

function answers(step: Step, t: Translate): CardAction[] {
  switch (step) {
    case 'danger':
      return [answer(t('triage:answer.yes'), 'danger', 'yes'), answer(t('triage:answer.no'), 'danger', 'no')];
    case 'whereabouts':
      return WHEREABOUTS.map((w) => answer(t(`triage:answer.whereabouts.${w}`), 'whereabouts', w));
    case 'country':
      return [submitAction(t('triage:answer.countrySubmit'), { verb: TRIAGE_VERB, set: 'country' }), answer(t('triage:answer.dontKnow'), 'country', 'unknown')];
    case 'age':
      return AGES.map((a) => answer(t(`triage:answer.age.${a}`), 'age', a));
    case 'role':
      return ROLES.map((r) => answer(t(`triage:answer.role.${r}`), 'role', r));
  }
}

export interface QuestionCardOptions {
  /** The first question: says what the conversation is and offers the guide article instead. */
  readonly intro?: boolean;
  /** The last message did not answer the question. */
  readonly notUnderstood?: boolean;
  /** What the last message answered out of order ("I utlandet, Somalia"), acknowledged before the question is asked again. */
  readonly noted?: string;
}

/** One question of the triage, with its answers as buttons; typing an answer works too. */
export function triageQuestionCard(lng: Lang, t: Translate, step: Step, options: QuestionCardOptions = {}): AdaptiveCard {
  const top: CardElement[] = [];
  if (options.intro) top.push(paragraph(t('triage:intro')), smallNote(t('triage:privacy')));
  if (options.notUnderstood) top.push(paragraph(t('triage:notUnderstood'), { color: 'Attention' }));
  if (options.noted) top.push(paragraph(t('triage:noted', { facts: options.noted })));
  top.push(heading(t(`triage:question.${step}`)));
  if (step === 'danger') top.push(paragraph(t('triage:dangerHint')));
  if (step === 'country') top.push({ type: 'Input.Text', id: 'countryText', placeholder: t('triage:answer.countryPlaceholder'), maxLength: 100 });
  const footer: CardAction[] = [submitAction(t('triage:cancel'), { verb: TRIAGE_VERB, command: 'cancel' })];
  if (options.intro) footer.push(submitAction(t('triage:readGuide'), { verb: 'show-article', articleId: TRIAGE_GUIDE_ARTICLE }));
  return adaptiveCard(lng, [container(lng, top), ...rows(answers(step, t)), smallNote(t('triage:typeHint'))], footer, t(`triage:question.${step}`));
}

export interface PlanCardInput {
  readonly facts: TriageFacts;
  /** The country's name in the reader's language, when one was given. */
  readonly countryName?: string;
  /** Who to contact, in order: display name and why. */
  readonly contacts: readonly { readonly name: string; readonly reason: string }[];
  /** Keys under `triage:prepare.*` and `triage:dont.*`. */
  readonly prepare: readonly string[];
  readonly dont: readonly string[];
  /** Related guidance articles: id and title for the buttons. */
  readonly articles: readonly { readonly id: string; readonly title: string }[];
}

/** "Based on your answers: abroad (Somalia) · under 18 · school". */
export function factsSummary(facts: TriageFacts, t: Translate, countryName?: string): string {
  const parts: string[] = [];
  if (facts.danger !== undefined) parts.push(t(facts.danger ? 'triage:fact.danger' : 'triage:fact.noDanger'));
  if (facts.whereabouts) {
    const key = `triage:answer.whereabouts.${facts.whereabouts}`;
    parts.push(countryName ? `${t(key)} (${countryName})` : t(key));
  }
  if (facts.age) parts.push(t(`triage:answer.age.${facts.age}`));
  if (facts.role) parts.push(t(`triage:answer.role.${facts.role}`));
  return parts.join(' · ');
}

/** "I utlandet, Somalia, Under 18": answers given out of order, as the buttons name them. */
export function notedFacts(facts: TriageFacts, t: Translate, countryName?: string): string {
  const parts: string[] = [];
  if (facts.whereabouts) parts.push(t(`triage:answer.whereabouts.${facts.whereabouts}`));
  if (facts.country === 'unknown') parts.push(t('triage:answer.dontKnow'));
  else if (facts.country && countryName) parts.push(countryName);
  if (facts.age) parts.push(t(`triage:answer.age.${facts.age}`));
  if (facts.role) parts.push(t(`triage:answer.role.${facts.role}`));
  return parts.join(', ');
}

/**
 * The answer to the triage: who to contact first and why, who next, what to prepare and what not to do,
 * with the related articles as buttons. The contact card with numbers and sources follows it.
 */
export function triagePlanCard(lng: Lang, t: Translate, input: PlanCardInput): AdaptiveCard {
  const [first, ...rest] = input.contacts;
  const body: CardElement[] = [
    container(lng, [heading(t('triage:plan.title')), smallNote(t('triage:plan.summary', { facts: factsSummary(input.facts, t, input.countryName) }))]),
  ];
  const contacts: CardElement[] = [];
  if (first) contacts.push(paragraph(t('triage:plan.first', { name: first.name, reason: first.reason })));
  if (rest.length > 0) contacts.push(paragraph(t('triage:plan.then')), numberedList(rest.map((c) => `${c.name} – ${c.reason}`)));
  body.push(container(lng, contacts, { separator: true }));
  if (input.prepare.length > 0) body.push(container(lng, [paragraph(`**${t('triage:plan.prepare')}**`), numberedList(input.prepare.map((k) => t(`triage:prepare.${k}`)))], { separator: true }));
  if (input.dont.length > 0) body.push(container(lng, [paragraph(`**${t('triage:plan.dont')}**`), numberedList(input.dont.map((k) => t(`triage:dont.${k}`)))], { separator: true }));
  body.push(smallNote(t('triage:plan.detailsBelow')));
  const actions: CardAction[] = [
    ...input.articles.map((a) => submitAction(a.title, { verb: 'show-article', articleId: a.id })),
    submitAction(t('triage:restart'), { verb: TRIAGE_VERB, command: 'restart' }),
  ];
  return adaptiveCard(lng, body, actions, t('triage:plan.title'));
}
