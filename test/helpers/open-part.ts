/**
 * What a card shows before anyone presses a button: its open part. Elements with `isVisible: false` (behind an
 * Action.ToggleVisibility) and the cards of Action.ShowCard buttons are left out. Used for length budgets (issue #17:
 * the answer and what to do now on the first screen at 1280×1000).
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** Direction isolates and marks the right-to-left isolation adds: not characters a reader sees. */
const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069]/gu;

/** Markdown as shown: "**Hvorfor:**" → "Hvorfor:", "[IMDi](https://…)" → "IMDi". */
export function shownText(markdown: string): string {
  return markdown
    .replace(MARKS, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();
}

export interface OpenPart {
  /** Every text a reader sees, in order (text blocks, facts, button titles). */
  readonly texts: readonly string[];
  /** Characters of those texts. */
  readonly characters: number;
  /**
   * Blocks stacked one under the other: a text block, each fact of a fact set, a row of buttons, a table row, a row
   * of columns. Each takes at least a line of the screen.
   */
  readonly blocks: number;
  /** Titles of the buttons in view. */
  readonly buttons: readonly string[];
}

export function openPart(card: unknown): OpenPart {
  const texts: string[] = [];
  const buttons: string[] = [];
  let blocks = 0;

  const action = (node: Json) => {
    const title = typeof node['title'] === 'string' ? shownText(node['title']) : '';
    if (title) {
      texts.push(title);
      buttons.push(title);
    }
  };

  /** `inRow`: inside a row of columns or a table row, whose texts share one block. */
  const visit = (node: Json, inRow: boolean) => {
    if (node['isVisible'] === false) return;
    const type = node['type'];
    switch (type) {
      case 'TextBlock': {
        const text = typeof node['text'] === 'string' ? shownText(node['text']) : '';
        if (text) texts.push(text);
        if (!inRow) blocks++;
        return;
      }
      case 'FactSet':
        for (const fact of records(node['facts'])) {
          for (const key of ['title', 'value'] as const) if (typeof fact[key] === 'string') texts.push(shownText(fact[key]));
          if (!inRow) blocks++;
        }
        return;
      case 'ActionSet':
        records(node['actions']).forEach(action);
        if (!inRow) blocks++;
        return;
      case 'ColumnSet':
      case 'TableRow':
        if (!inRow) blocks++;
        for (const key of ['columns', 'cells'] as const) for (const child of records(node[key])) visit(child, true);
        return;
      case 'Table':
        for (const row of records(node['rows'])) visit(row, inRow);
        return;
      default:
        // Containers, columns, cells, charts' fallbacks are not shown beside the chart.
        if (typeof type === 'string' && type.startsWith('Chart.')) {
          if (!inRow) blocks += 6;
          return;
        }
        for (const child of records(node['items'])) visit(child, inRow);
    }
  };

  if (isRecord(card)) {
    for (const element of records(card['body'])) visit(element, false);
    const actions = records(card['actions']);
    actions.forEach(action);
    if (actions.length > 0) blocks++;
  }
  return { texts, characters: texts.reduce((n, t) => n + [...t].length, 0), blocks, buttons };
}
