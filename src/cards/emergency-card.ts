import { sourceForReviewers, type Source } from '../content/source';
import { pickRequired } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import type { LocalizedText } from '../content/localized';
import { adaptiveCard, container, factSet, heading, openUrlAction, paragraph, shortenAtWord, sourcesSection, sourcesToggle, telUrl, type AdaptiveCard, type CardAction, type CardElement } from './card-kit';

/** Each source once, in the order first cited. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = sourceForReviewers(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One number on the emergency card (loaded and source-checked by knowledge/emergency-contacts.ts). */
export interface EmergencyContact {
  readonly serviceId: string;
  readonly phone: string;
  readonly name: LocalizedText;
  readonly when: LocalizedText;
  readonly abroad: boolean;
  readonly commonKnowledge: boolean;
  readonly sources: readonly Source[];
}

/** Who covers the country abroad a message names ("the special envoy in Nairobi covers Somalia"), with its sources. */
export interface AbroadNote {
  readonly text: string;
  readonly sources: readonly Source[];
}

/**
 * What to do next, said under the numbers for who is at risk: a child under 18 told of by someone else (notify child
 * welfare now), a young person writing of themselves (the school's adviser, an anonymous line), a person over 18
 * (Kompetanseteamet, which coordinates safe housing, and the adults' lines). 'child-welfare-police' is the child's note
 * told by the police themselves: notify child welfare, without "call the police on 112 first". Texts in
 * content/contacts/emergency.json.
 */
export type NextStepId = 'child-welfare' | 'child-welfare-police' | 'young' | 'adult';

/** A next-step note's words in every language, with its sources. */
export interface NextStepText {
  readonly text: LocalizedText;
  readonly sources: readonly Source[];
}

/** Options for the emergency card. */
export interface EmergencyOptions {
  /** A young person writing about themselves: the children's line comes right after 112. */
  readonly young?: boolean;
  /**
   * The numbers asked for as information, with no case in the conversation ("is the line open at night? and if it is
   * urgent?"): the same numbers in an ordinary block, not the attention block that means danger.
   */
  readonly asInformation?: boolean;
  /** A case in or on the way to a country an envoy covers: that envoy, said under the numbers. */
  readonly abroad?: AbroadNote;
  /**
   * The person at risk is under 18, told of by someone else (a school nurse, a teacher, a parent): the child can call
   * the children's line themselves, so the short line shows it beside 112 as it does for a young writer.
   */
  readonly childAtRisk?: boolean;
  /** What to do next for who is at risk, as the bot decides it (resolved into `next` by the guidance handlers). */
  readonly nextSteps?: readonly NextStepId[];
  /** The next steps' words in the card's language, said under the numbers. */
  readonly next?: readonly AbroadNote[];
}

/** The next-step notes of a turn, in a language (those the file has). */
export function nextStepNotes(ids: readonly NextStepId[], notes: ReadonlyMap<NextStepId, NextStepText>, lng: Lang): AbroadNote[] {
  return ids.flatMap((id) => {
    const note = notes.get(id);
    return note ? [{ text: pickRequired(note.text, lng).value, sources: note.sources }] : [];
  });
}

/** The children's and young people's line; moved up for a young person writing about themselves. */
const CHILDRENS_LINE = 'alarmtelefonen';

/** The numbers in the order a reader should see them. */
export function orderEmergencyContacts(contacts: readonly EmergencyContact[], options: EmergencyOptions = {}): EmergencyContact[] {
  if (!options.young) return [...contacts];
  const line = contacts.find((c) => c.serviceId === CHILDRENS_LINE);
  if (!line) return [...contacts];
  const rest = contacts.filter((c) => c !== line);
  return [...rest.slice(0, 1), line, ...rest.slice(1)];
}

/**
 * The card shown first when a message signals immediate danger: 112 on top, then every number with
 * when to use it, each as a button that opens the dialler, and where the numbers come from. The call buttons sit
 * inside the emergency block (an ActionSet), so the card's own action row stays free for the answer behind it.
 */
export function emergencyCard(lng: Lang, t: Translate, contacts: readonly EmergencyContact[], options: EmergencyOptions = {}): AdaptiveCard {
  const ordered = orderEmergencyContacts(contacts, options);
  // Loops, not `map` with arrows made in each call (each compiled again after its optimized code is dropped).
  const allSources: Source[] = [];
  const facts: { title: string; value: string }[] = [];
  const calls: CardAction[] = [];
  let commonKnowledge = false;
  for (const c of ordered) {
    allSources.push(...c.sources);
    facts.push({ title: c.phone, value: `${pickRequired(c.name, lng).value} – ${pickRequired(c.when, lng).value}` });
    calls.push(openUrlAction(t('guidance:emergency.call', { phone: c.phone }), telUrl(c.phone)));
    if (c.commonKnowledge) commonKnowledge = true;
  }
  const next = options.next ?? [];
  const sources = uniqueSources([...allSources, ...(options.abroad?.sources ?? []), ...next.flatMap((n) => n.sources)]);
  return adaptiveCard(
    lng,
    [
      container(
        lng,
        [
          heading(t('guidance:emergency.title')),
          paragraph(t('guidance:emergency.intro')),
          factSet(facts),
          ...(options.abroad ? [paragraph(options.abroad.text)] : []),
          ...next.map((n) => paragraph(n.text)),
          actionSet(calls),
        ],
        { style: options.asInformation === true ? 'emphasis' : 'attention' },
      ),
      container(
        lng,
        sourcesToggle(sources, lng, t, {
          id: 'emergency-sources',
          notes: commonKnowledge ? [t('guidance:emergency.commonKnowledge')] : [],
        }),
      ),
    ],
    [],
    t('guidance:emergency.title'),
  );
}

/** The police: the one number of the short line on top of an answer. */
const POLICE = 'police-emergency';

/**
 * The short line on top of an answer to a concrete case that is not an emergency (a pupil who may be married off, a
 * planned cutting): "Is someone in danger now? Call 112" with the call button (and the children's line for a young
 * person or a child under 18 told of by someone else), and where the numbers come from, in one attention block. The
 * answer itself stays on the first screen.
 */
export function acuteLine(lng: Lang, t: Translate, contacts: readonly EmergencyContact[], options: EmergencyOptions = {}): CardElement {
  // A child under 18 at risk, whoever writes (a school nurse, a teacher, a parent): the child can call the children's
  // line themselves, so its number stands beside 112 as it does for a young writer (issue #13, safety38s).
  const childAtRisk = options.young === true || options.childAtRisk === true || options.nextSteps?.some((id) => id === 'child-welfare' || id === 'child-welfare-police') === true;
  const shown = contacts.filter((c) => c.serviceId === POLICE || (childAtRisk && c.serviceId === CHILDRENS_LINE));
  const next = options.next ?? [];
  const sources = sourcesSection(uniqueSources([...shown.flatMap((c) => c.sources), ...(options.abroad?.sources ?? []), ...next.flatMap((n) => n.sources)]), lng, t, {
    id: 'acute-sources',
    notes: shown.some((c) => c.commonKnowledge) ? [t('guidance:emergency.commonKnowledge')] : [],
  });
  const calls = shown.map((c) => openUrlAction(t('guidance:emergency.call', { phone: c.phone }), telUrl(c.phone)));
  return container(
    lng,
    [
      { type: 'TextBlock', text: t('guidance:emergency.title'), weight: 'Bolder', wrap: true },
      ...(options.abroad ? [paragraph(options.abroad.text)] : []),
      ...next.map((n) => paragraph(n.text)),
      ...sources.inline,
      actionSet([...calls, ...(sources.hidden ? [sources.hidden.action] : [])]),
      ...(sources.hidden ? [sources.hidden.container] : []),
    ],
    { style: 'attention' },
  );
}

/** Kompetanseteamet: advice in a concrete case, and help an adult at risk may ask for herself. */
const COMPETENCE_TEAM = 'kompetanseteamet';

/** A number as the answer's text may write it: without spaces (no-break ones too). */
const compact = (text: string) => text.replace(/[\s\u00a0\u202f]/gu, '');

/**
 * A case its writer says is not dangerous now ("she is not in danger", "no violence"): at the end of the answer, in an
 * ordinary block (not the attention block that means danger), "Is someone in danger now? Call 112" and the line the
 * case needs (Alarmtelefonen for a young person, Kompetanseteamet for advice otherwise), leaving out what the answer
 * already shows (`answerText`: its card as JSON). Undefined when the answer says it all already.
 */
export function calmLine(lng: Lang, t: Translate, contacts: readonly EmergencyContact[], options: EmergencyOptions, answerText: string): CardElement | undefined {
  const said = compact(answerText);
  const line = options.young === true ? CHILDRENS_LINE : COMPETENCE_TEAM;
  const shown = contacts.filter((c) => (c.serviceId === POLICE || c.serviceId === line) && !said.includes(compact(c.phone)));
  if (shown.length === 0) return undefined;
  const sources = sourcesSection(uniqueSources(shown.flatMap((c) => c.sources)), lng, t, {
    id: 'calm-sources',
    notes: shown.some((c) => c.commonKnowledge) ? [t('guidance:emergency.commonKnowledge')] : [],
  });
  return container(lng, [
    ...(shown.some((c) => c.serviceId === POLICE) ? [paragraph(t('guidance:emergency.title'))] : []),
    factSet(shown.map((c) => ({ title: c.phone, value: `${pickRequired(c.name, lng).value} – ${pickRequired(c.when, lng).value}` }))),
    ...sources.inline,
    ...(sources.hidden ? [actionSet([sources.hidden.action]), sources.hidden.container] : []),
  ]);
}

/** An answer card with the calm line at its end (`calmLine`). */
export function withCalmLine(card: AdaptiveCard, line: CardElement): AdaptiveCard {
  return { ...card, body: [...card.body, line] };
}

/** An answer card with the short emergency line on top (`acuteLine`). */
export function withAcuteLine(card: AdaptiveCard, line: CardElement): AdaptiveCard {
  return { ...card, body: [line, ...card.body] };
}

function actionSet(actions: readonly CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** The first heading of a card (its title), for the button that opens it. */
function titleOf(card: AdaptiveCard): string | undefined {
  const first = (elements: readonly unknown[]): string | undefined => {
    for (const element of elements) {
      if (typeof element !== 'object' || element === null) continue;
      const e = element as { type?: unknown; text?: unknown; style?: unknown; weight?: unknown; items?: unknown };
      if (e.type === 'TextBlock' && typeof e.text === 'string' && (e.style === 'heading' || e.weight === 'Bolder')) return e.text;
      if (Array.isArray(e.items)) {
        const inner = first(e.items);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return first(card.body) ?? card.fallbackText;
}

/**
 * The answer's title on its button ("Vis svaret: …"): Teams cuts a longer button title off mid-word, so a long title is
 * shortened at a word boundary.
 */
const MAX_TITLE = 32;


/**
 * One card for a danger turn: the emergency block first, any short notes the turn had, and every answer the turn
 * would have sent behind a button ("Show the answer: …") that opens it inside the same card. The numbers are what a
 * person sees when the replies have arrived, on any screen, because the card stays short; the answer is one click
 * away and loses nothing (its buttons and inputs work inside the opened card).
 */
export function emergencyReply(emergency: AdaptiveCard, answers: readonly AdaptiveCard[], notes: readonly string[], lng: Lang, t: Translate): AdaptiveCard {
  const shown = answers.map((answer) => {
    const title = titleOf(answer);
    const label = title
      ? t('guidance:emergency.showAnswer', { title: shortenAtWord(title, MAX_TITLE) })
      : t('guidance:emergency.showAnswerPlain');
    const { $schema: _schema, version: _version, msteams: _msteams, ...inner } = answer;
    return { type: 'Action.ShowCard', title: label, card: inner } satisfies CardAction;
  });
  // Built again through adaptiveCard, so the notes and button titles get what every card in their language gets.
  return adaptiveCard(
    lng,
    [...emergency.body, ...(notes.length > 0 ? [container(lng, notes.map((note) => paragraph(note)))] : [])],
    [...(emergency.actions ?? []), ...shown],
    emergency.fallbackText,
  );
}
