import { CardFactory, type Attachment } from 'botbuilder';
import { readerSource, readerSources, readerSourceMarkdown, type ReaderSource, type Source } from '../content/source';
import type { SeedSections } from '../content/seed-sections';
import { isolateCardText } from '../language/bidi';
import type { Translate } from '../language/i18n';
import { RTL_LANGUAGES, type Lang } from '../language/languages';

/**
 * Small typed helpers shared by every card builder. Builders are pure: data in, card JSON out.
 * Teams renders Adaptive Cards up to 1.5 in all clients (desktop, web, mobile).
 */
export const CARD_VERSION = '1.5';

export type CardElement = Readonly<Record<string, unknown>> & { readonly type: string };
export type CardAction = Readonly<Record<string, unknown>> & { readonly type: string };

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: string;
  readonly lang: string;
  readonly rtl?: boolean;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly msteams?: { readonly width: 'Full' };
  readonly fallbackText?: string;
}

/**
 * Every card is built here, so this is where a right-to-left card gets its numbers, e-mails, addresses and Latin
 * names isolated left to right (language/bidi.ts): "116 111" would otherwise show as "111 116" in Arabic.
 */
export function adaptiveCard(lng: Lang, body: readonly CardElement[], actions: readonly CardAction[] = [], fallbackText?: string): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: lng,
    ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...(fallbackText ? { fallbackText } : {}),
  };
  return RTL_LANGUAGES.has(lng) ? isolateCardText(card) : card;
}

/** Wraps body elements in a container that is right-to-left for ar/fa/ur (numbers and names stay LTR inside text). */
export function container(lng: Lang, items: readonly CardElement[], extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'Container', items, ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}), ...extra };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function paragraph(text: string, extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function smallNote(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, size: 'Small', isSubtle: true };
}

/**
 * A caveat a reader must not miss ("Det finnes ingen publiserte tall …", "Kildene oppgir ulike tall"): default-coloured
 * text on the host's warning background. Teams themes (light, dark, high contrast) pair that background with their
 * own readable foreground; `color: 'Warning'` text is yellow on white and fails contrast in the light theme.
 */
export function caveatNote(text: string, lng?: Lang): CardElement {
  return {
    type: 'Container',
    style: 'warning',
    ...(lng && RTL_LANGUAGES.has(lng) ? { rtl: true } : {}),
    items: [{ type: 'TextBlock', text, wrap: true }],
  };
}

/** One source on a single short line may stay in the card; longer or more go behind the "Sources" button. */
const INLINE_SOURCE_MAX = 90;

export interface SourcesToggleOptions {
  /**
   * The id of the hidden container, unique within the card (Teams' ToggleVisibility finds it by id, across the whole
   * card including cards opened by Action.ShowCard). Defaults to one derived from the sources; give one when a card
   * can hold two toggles over the same sources (two contacts citing one page).
   */
  readonly id?: string;
  /** Plain lines shown before the sources inside the toggle, e.g. why a number needs no source ("112 is …"). */
  readonly notes?: readonly string[];
  /** For tests: the seed sections to name a seed citation's section by (default: content/sources/seed-sections.json). */
  readonly sections?: SeedSections;
}

/** FNV-1a, for a short id that stays the same for the same sources (cards are pure: same data, same JSON). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A part of a card one click away: the button that shows and hides it, and the hidden container. */
export interface HiddenSection {
  readonly action: CardAction;
  readonly container: CardElement;
}

/**
 * Details behind a button (Action.ToggleVisibility): the container starts hidden and the button shows and hides it in
 * place, so the card stays one screen until someone asks for more. `id` must be unique within the card.
 */
export function hiddenSection(lng: Lang, id: string, title: string, items: readonly CardElement[]): HiddenSection {
  return {
    action: { type: 'Action.ToggleVisibility', title, targetElements: [id] },
    container: { type: 'Container', id, isVisible: false, ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}), items },
  };
}

/** The sources of a card: either one short line that stays inline, or a section behind a "Kilder (n)" button. */
export interface SourcesSection {
  readonly inline: readonly CardElement[];
  readonly hidden?: HiddenSection;
}

/**
 * Where the facts of a card come from, as a reader knows them (`readerSource`: document, year, section, link; never a
 * file name or a line number), each once. One short source stays inline ("Kilde: …"); otherwise a "Kilder (3)" button
 * shows and hides the list. For a card that gathers several buttons in one row (the article card); most cards want
 * `sourcesToggle`.
 */
export function sourcesSection(sources: readonly Source[], lng: Lang, t: Translate, options: SourcesToggleOptions = {}): SourcesSection {
  const readers = options.sections ? readerSources(sources, lng, t, options.sections) : rememberedReaderSources(sources, lng, t);
  const lines = [...(options.notes ?? []), ...readers.map(readerSourceMarkdown)];
  const only = lines[0];
  if (only === undefined) return { inline: [] };
  if (lines.length === 1 && only.length <= INLINE_SOURCE_MAX && readers.length === 1) return { inline: [smallNote(`${t('common:source.one')} ${only}`)] };
  const id = options.id ?? `sources-${shortHash(lines.join('\n'))}`;
  return {
    inline: [],
    hidden: hiddenSection(lng, id, t('common:source.toggle', { n: Math.max(readers.length, 1) }), lines.map((line) => smallNote(line))),
  };
}

/**
 * How each source reads, per `t` and language. Sources are content loaded once at start-up and `t` is a fixed
 * translation function, so a source always reads the same; working it out again (the page title's patterns, the date
 * in the language, the section of a seed document) was a tenth of building a contact card on every turn.
 */
const readerSourceMemo = new WeakMap<Translate, WeakMap<Source, Map<Lang, ReaderSource>>>();

/** `readerSources` with each source's reading remembered: each source once, in the order first cited. */
function rememberedReaderSources(sources: readonly Source[], lng: Lang, t: Translate): ReaderSource[] {
  let perT = readerSourceMemo.get(t);
  if (!perT) readerSourceMemo.set(t, (perT = new WeakMap()));
  const seen = new Set<string>();
  const out: ReaderSource[] = [];
  for (const source of sources) {
    let perSource = perT.get(source);
    if (!perSource) perT.set(source, (perSource = new Map()));
    let reader = perSource.get(lng);
    if (!reader) perSource.set(lng, (reader = Object.freeze(readerSource(source, lng, t))));
    const key = `${reader.text}\u0000${reader.url ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(reader);
  }
  return out;
}

/**
 * `sourcesSection` as body elements to spread into a container: the inline line, or the "Kilder (n)" button
 * (an ActionSet with Action.ToggleVisibility) followed by the hidden list.
 */
export function sourcesToggle(sources: readonly Source[], lng: Lang, t: Translate, options: SourcesToggleOptions = {}): CardElement[] {
  const section = sourcesSection(sources, lng, t, options);
  return section.hidden ? [{ type: 'ActionSet', actions: [section.hidden.action] }, section.hidden.container] : [...section.inline];
}

export function factSet(facts: readonly { title: string; value: string }[]): CardElement {
  return { type: 'FactSet', facts };
}

/** A numbered list in Markdown, which Teams renders in TextBlocks; `start` continues a list shown in two parts. */
export function numberedList(items: readonly string[], start = 1): CardElement {
  return paragraph(items.map((item, i) => `${i + start}. ${item}`).join('\r'));
}

/** Shortens at a word boundary, never mid-word (Teams cuts a long button title off mid-word: "… bekymret fo"). */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut may end right at a word's end; otherwise go back to the last space.
  const space = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** A button that sends `data` back to the bot as a message-back submit; `verb` routes it (see bot/card-actions.ts). */
export function submitAction(title: string, data: Readonly<Record<string, unknown>> & { readonly verb: string }): CardAction {
  return { type: 'Action.Submit', title, data };
}

/** The verb of a button that asks a question for the user (see `askAction`). */
export const ASK_VERB = 'ask';

/**
 * A button that asks `text` as if the user had typed it (suggested questions, examples, follow-ups). A plain
 * Action.Submit with a verb, which the bot answers like a typed message: Teams' `msteams: { type: 'imBack' }` form
 * does nothing in the Agents Playground (its renderer cannot add `msTeams` to the frozen data object).
 */
export function askAction(title: string, text: string): CardAction {
  return { type: 'Action.Submit', title, data: { verb: ASK_VERB, text } };
}

export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

/** `tel:` links open the dialler on mobile and in Teams desktop. Spaces are removed from the number. */
export function telUrl(phone: string): string {
  return 'tel:' + phone.replace(/[^\d+]/g, '');
}

export function toAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
