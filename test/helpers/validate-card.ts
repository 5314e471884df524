import type * as AdaptiveCards from 'adaptivecards';

/**
 * Validates an Adaptive Card with Microsoft's own card object model, the `adaptivecards` package (the renderer
 * behind the Adaptive Card designer and the Agents Playground). There is no offline copy of the JSON schema, so:
 *
 * 1. Parse: `AdaptiveCard.parse` with a SerializationContext at the version the card declares reports unknown
 *    element and action types, invalid property values (`size: 'Hugeee'`), and properties or element types newer
 *    than the declared version.
 * 2. Validate: `validateProperties()` reports what a parsed card must have (a card type, a ShowCard's card, an
 *    input's id, unique input ids, choices in a choice set, a url on Action.OpenUrl, at most six actions in a row
 *    as Teams shows them, …).
 * 3. Round trip (strict): `toJSON` writes back only what the object model knows, so every property of the input
 *    that is missing from the output (and that the element's schema does not know, i.e. was not merely dropped as
 *    a default value or an invalid value already reported) is a property Teams would ignore: a misspelling
 *    (`wrapp: true`) or a property of another element. Values the round trip changes are reported too.
 * 4. The card's version is at most 1.5, the highest every Teams client (desktop, web, mobile) renders.
 *
 * Accepted although the library does not know them (the documented exceptions):
 * - `msteams` on the root card: Teams' card options (`width: 'Full'`, `entities` for mentions);
 * - `data.msteams` in Action.Submit / Action.Execute data: Teams' submit options (`messageBack`, `imBack`, …);
 *   the rest of `data` is free-form and sent back as is;
 * - `$schema` on the root card (the library writes the canonical schema URL back);
 * - Teams' chart elements `Chart.Line` and `Chart.VerticalBar` (learn.microsoft.com, "Charts in Adaptive Cards"):
 *   checked here for their own properties and data shape, and each must have a `fallback` element (validated like
 *   any element) so clients that do not draw charts still show the numbers;
 * - `firstRowAsHeader` on Table: the spelling of the published schema (adaptivecards.io/explorer/Table.html); the
 *   library spells it `firstRowAsHeaders` (microsoft/AdaptiveCards#8599). Both default to true.
 *
 * One library bug is worked around: the `lang` property's pattern is a global RegExp reused across `exec` calls, so
 * every second card's (valid) `lang` was reported invalid; the pattern is replaced by the same one without `g`.
 */

// The package's `lib` entry is ESM that Node cannot load; its UMD bundle works in Node and in jest.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** The highest card version every Teams client renders. */
export const TEAMS_MAX_VERSION = { major: 1, minor: 5 } as const;

/**
 * Teams' limits where the library checks them against its host config: six actions in a row (the Adaptive Card
 * designer's Teams host config; the library's default host allows five).
 */
const TEAMS_HOST_CONFIG = new AC.HostConfig({ actions: { maxActions: 6 } });

const langProperty = AC.CardElement.langProperty as unknown as { regEx?: RegExp };
if (langProperty.regEx?.global) langProperty.regEx = new RegExp(langProperty.regEx.source, langProperty.regEx.flags.replace('g', ''));

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Properties every element has in the schema (CardElement), plus `fallback`, which the library handles itself. */
const COMMON_ELEMENT_KEYS = ['type', 'id', 'requires', 'lang', 'isVisible', 'separator', 'height', 'horizontalAlignment', 'spacing', 'fallback'];

/** Teams' chart elements: their own properties, and a check of each data point. */
const TEAMS_CHARTS: Readonly<Record<string, { readonly keys: readonly string[]; readonly point: (point: unknown) => string | undefined }>> = {
  'Chart.Line': {
    keys: ['title', 'data', 'colorSet', 'color', 'xAxisTitle', 'yAxisTitle'],
    point: (series) => {
      if (!isRecord(series)) return 'a series is not an object';
      const extra = Object.keys(series).filter((k) => !['legend', 'values', 'color'].includes(k));
      if (extra.length > 0) return `a series has unknown properties ${extra.join(', ')}`;
      if (series['legend'] !== undefined && typeof series['legend'] !== 'string') return 'a series legend is not a string';
      if (!Array.isArray(series['values'])) return 'a series has no values array';
      return series['values'].map(xyProblem).find((p) => p !== undefined);
    },
  },
  'Chart.VerticalBar': {
    keys: ['title', 'data', 'colorSet', 'color', 'xAxisTitle', 'yAxisTitle', 'showBarValues'],
    point: xyProblem,
  },
};

function xyProblem(point: unknown): string | undefined {
  if (!isRecord(point)) return 'a data point is not an object';
  const extra = Object.keys(point).filter((k) => !['x', 'y', 'color'].includes(k));
  if (extra.length > 0) return `a data point has unknown properties ${extra.join(', ')}`;
  if (typeof point['x'] !== 'string' && typeof point['x'] !== 'number') return 'a data point has no x (string or number)';
  if (typeof point['y'] !== 'number' || !Number.isFinite(point['y'])) return 'a data point has no numeric y';
  return undefined;
}

/** Properties of the published schema the library spells differently: element type → schema spelling → check. */
const SCHEMA_SPELLINGS: Readonly<Record<string, Readonly<Record<string, (value: unknown) => boolean>>>> = {
  Table: { firstRowAsHeader: (value) => typeof value === 'boolean' },
};

/** Teams' submit options (`data.msteams.type`). */
const MSTEAMS_SUBMIT_TYPES = new Set(['messageBack', 'imBack', 'signin', 'invoke', 'task/fetch']);

/** The library's property definitions of an object, by JSON name (the first definition of a name wins). */
function schemaProperties(object: AdaptiveCards.SerializableObject): Map<string, AdaptiveCards.PropertyDefinition> {
  const schema = object.getSchema();
  const properties = new Map<string, AdaptiveCards.PropertyDefinition>();
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    if (!properties.has(property.name)) properties.set(property.name, property);
  }
  return properties;
}

const propertiesByType = new Map<string, Map<string, AdaptiveCards.PropertyDefinition> | undefined>();

/** The properties the library knows for an element or action type (undefined: a type it does not know). */
function knownProperties(type: string): Map<string, AdaptiveCards.PropertyDefinition> | undefined {
  if (propertiesByType.has(type)) return propertiesByType.get(type);
  const registration = AC.GlobalRegistry.elements.findByName(type) ?? AC.GlobalRegistry.actions.findByName(type);
  const object = type === 'AdaptiveCard' ? new AC.AdaptiveCard() : registration ? new registration.objectType() : undefined;
  const properties = object ? schemaProperties(object) : undefined;
  propertiesByType.set(type, properties);
  return properties;
}

/**
 * Why a known property is missing from the round trip's output: undefined when it had its default value (or an
 * invalid value the parse already reported); otherwise the problem. The library drops a boolean or a number it
 * cannot read without a word, so those are checked here.
 */
function droppedValueProblem(property: AdaptiveCards.PropertyDefinition, value: unknown): string | undefined {
  if (property instanceof AC.BoolProperty && value !== (property.defaultValue ?? undefined)) return `${JSON.stringify(value)} is not a boolean`;
  if (property instanceof AC.NumProperty && value !== (property.defaultValue ?? undefined)) return `${JSON.stringify(value)} is not a number`;
  return undefined;
}

/** The lists of child elements and actions, which the library parses itself (they are not schema properties). */
const COLLECTION_KEYS = new Set(['body', 'items', 'actions', 'rows', 'cells', 'columns', 'inlines', 'images']);

/** Untyped objects inside an element, by the key that holds them. */
const NESTED_CLASSES: Readonly<Record<string, () => AdaptiveCards.SerializableObject>> = {
  facts: () => new AC.Fact(),
  choices: () => new AC.Choice(),
  columns: () => new AC.TableColumnDefinition(),
  backgroundImage: () => new AC.BackgroundImage(),
};

function versionOf(value: unknown): { major: number; minor: number } | undefined {
  const match = typeof value === 'string' ? /^(\d+)\.(\d+)$/.exec(value) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

const newer = (a: { major: number; minor: number }, b: { major: number; minor: number }) => a.major > b.major || (a.major === b.major && a.minor > b.minor);

class Checker {
  readonly problems: string[] = [];
  /** Element types the library's parse event about is already explained by a problem of ours. */
  readonly explainedTypes = new Set<string>();

  constructor(private readonly declared: { major: number; minor: number }) {}

  add(path: string, message: string): void {
    this.problems.push(path ? `${path}: ${message}` : message);
  }

  /** Checks on the input alone: Teams' extensions, and element types newer than the card's version. */
  scan(node: unknown, path: string, key = ''): void {
    if (Array.isArray(node)) {
      node.forEach((item, i) => this.scan(item, `${path}[${i}]`, key));
      return;
    }
    if (!isRecord(node)) return;
    if (key === 'data') {
      const msteams = node['msteams'];
      if (msteams !== undefined && (!isRecord(msteams) || !MSTEAMS_SUBMIT_TYPES.has(String(msteams['type'])))) {
        this.add(`${path}.msteams`, `Teams submit options need a type of ${[...MSTEAMS_SUBMIT_TYPES].join(', ')}`);
      }
      return; // free-form: sent back to the bot as is
    }
    const type = node['type'];
    if (typeof type === 'string') {
      const chart = TEAMS_CHARTS[type];
      if (chart) {
        this.explainedTypes.add(type);
        this.checkChart(node, path, type, chart);
      } else {
        const registration = AC.GlobalRegistry.elements.findByName(type) ?? AC.GlobalRegistry.actions.findByName(type);
        const needs = registration?.schemaVersion;
        if (needs && newer({ major: needs.major, minor: needs.minor }, this.declared)) {
          this.explainedTypes.add(type);
          this.add(path, `${type} needs card version ${needs.major}.${needs.minor}, the card declares ${this.declared.major}.${this.declared.minor}`);
        }
      }
    }
    for (const [k, v] of Object.entries(node)) this.scan(v, path ? `${path}.${k}` : k, k);
  }

  private checkChart(node: Json, path: string, type: string, chart: (typeof TEAMS_CHARTS)[string]): void {
    const extra = Object.keys(node).filter((k) => !COMMON_ELEMENT_KEYS.includes(k) && !chart.keys.includes(k));
    for (const k of extra) this.add(path, `property "${k}" is not a ${type} property`);
    if (node['title'] !== undefined && typeof node['title'] !== 'string') this.add(path, `${type} title is not a string`);
    const data = node['data'];
    if (!Array.isArray(data) || data.length === 0) this.add(path, `${type} has no data`);
    else {
      const problem = data.map(chart.point).find((p) => p !== undefined);
      if (problem) this.add(`${path}.data`, problem);
    }
    if (!isRecord(node['fallback'])) this.add(path, `${type} is drawn by Teams only; it needs a fallback element for other clients`);
  }

  /** Input against the round trip's output. */
  compare(input: unknown, output: unknown, path: string, key: string, parentType: string | undefined): void {
    if (Array.isArray(input)) {
      if (!Array.isArray(output)) {
        this.add(path, `was dropped when parsed`);
        return;
      }
      this.compareArrays(input, output, path, key, parentType);
      return;
    }
    if (isRecord(input)) {
      if (!isRecord(output)) {
        this.add(path, `was dropped when parsed`);
        return;
      }
      this.compareObjects(input, output, path, key, parentType);
      return;
    }
    if (input !== output && !(typeof input === 'string' && typeof output === 'string' && input.toLowerCase() === output.toLowerCase())) {
      this.add(path, `value ${JSON.stringify(input)} came back as ${JSON.stringify(output)}`);
    }
  }

  /** Typed items are paired by type (an unknown item is dropped, a chart becomes its fallback); others by index. */
  private compareArrays(input: readonly unknown[], output: readonly unknown[], path: string, key: string, parentType: string | undefined): void {
    let j = 0;
    input.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      const type = isRecord(item) && typeof item['type'] === 'string' ? item['type'] : undefined;
      if (type === undefined || key === 'data') {
        this.compare(item, output[j++], itemPath, key, parentType);
        return;
      }
      const fallback = isRecord(item) && TEAMS_CHARTS[type] && isRecord(item['fallback']) ? item['fallback'] : undefined;
      const next = output[j];
      const nextType = isRecord(next) ? next['type'] : undefined;
      if (nextType === type) {
        this.compare(item, next, itemPath, key, parentType);
        j++;
      } else if (fallback && nextType === fallback['type']) {
        this.compare(fallback, next, `${itemPath}.fallback`, key, parentType);
        j++;
      } else if (knownProperties(type) && !this.explainedTypes.has(type)) {
        // A type the library knows that did not come back (an unknown type is reported by the parse).
        this.add(itemPath, `${type} was dropped when parsed`);
      }
    });
  }

  private compareObjects(input: Json, output: Json, path: string, key: string, parentType: string | undefined): void {
    const type = typeof input['type'] === 'string' ? input['type'] : undefined;
    if (key === 'data' && (parentType === 'Action.Submit' || parentType === 'Action.Execute')) {
      // Free-form, sent back as is; `msteams` inside it was checked by the scan.
      if (JSON.stringify(input) !== JSON.stringify(output)) this.add(path, 'data did not come back unchanged');
      return;
    }
    const nested = NESTED_CLASSES[key];
    const known = type ? knownProperties(type) : nested ? schemaProperties(nested()) : undefined;
    const isRoot = path === '';
    for (const [k, value] of Object.entries(input)) {
      const at = path ? `${path}.${k}` : k;
      if (isRoot && k === 'msteams') continue; // checked in cardProblems
      if (k === 'fallback' && type) continue; // validated on its own, or paired with a chart's output
      if (type && SCHEMA_SPELLINGS[type]?.[k]) {
        if (!SCHEMA_SPELLINGS[type][k](value)) this.add(at, `invalid value ${JSON.stringify(value)}`);
        continue;
      }
      if (k in output) {
        this.compare(value, output[k], at, k, type ?? parentType);
      } else if (Array.isArray(value) && type && COLLECTION_KEYS.has(k)) {
        // Written back only when something in it survived the parse.
        this.compare(value, [], at, k, type);
      } else {
        const property = known?.get(k);
        if (!property) this.add(path || '(card)', `property "${k}" is not in the Adaptive Card schema${type ? ` of ${type}` : ''} (dropped on the round trip)`);
        else {
          // A known property missing from the output had its default value, or an invalid one.
          const problem = droppedValueProblem(property, value);
          if (problem) this.add(at, `invalid value: ${problem} (dropped on the round trip)`);
        }
      }
    }
  }
}

function eventText(event: AdaptiveCards.IValidationEvent): string {
  const source = event.source as { getJsonTypeName?: () => string; id?: string } | undefined;
  const type = source?.getJsonTypeName?.();
  const where = type ? `${type}${source?.id ? ` "${source.id}"` : ''}: ` : '';
  return `${where}${event.message}`;
}

/** Every problem with a card Teams would be sent, as readable lines; an empty list is a valid card. */
export function cardProblems(card: unknown): string[] {
  if (!isRecord(card)) return ['the card is not a JSON object'];
  const problems: string[] = [];
  if (card['type'] !== 'AdaptiveCard') problems.push(`type is ${JSON.stringify(card['type'])}, not "AdaptiveCard"`);
  const declared = versionOf(card['version']);
  if (!declared) problems.push(`version ${JSON.stringify(card['version'])} is not a version like "1.5"`);
  else if (newer(declared, TEAMS_MAX_VERSION)) problems.push(`version ${String(card['version'])} is above 1.5, the highest version every Teams client renders`);
  const version = declared ?? TEAMS_MAX_VERSION;

  const msteams = card['msteams'];
  if (msteams !== undefined) {
    if (!isRecord(msteams)) problems.push('msteams is not an object');
    else {
      for (const k of Object.keys(msteams)) if (!['width', 'entities'].includes(k)) problems.push(`msteams: "${k}" is not a Teams card option`);
      if (msteams['width'] !== undefined && msteams['width'] !== 'Full') problems.push(`msteams.width is ${JSON.stringify(msteams['width'])}; Teams knows only "Full"`);
      if (msteams['entities'] !== undefined && !Array.isArray(msteams['entities'])) problems.push('msteams.entities is not an array');
    }
  }

  const checker = new Checker(version);
  checker.scan(card, '');

  const parsed = new AC.AdaptiveCard();
  parsed.hostConfig = TEAMS_HOST_CONFIG;
  const context = new AC.SerializationContext(new AC.Version(version.major, version.minor));
  parsed.parse(card, context);
  const explained = new Set([...checker.explainedTypes].flatMap((t) => [AC.Strings.errors.unknownElementType(t), AC.Strings.errors.unknownActionType(t)]));
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (!explained.has(event.message)) problems.push(eventText(event));
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(eventText(event));

  const output = parsed.toJSON(new AC.SerializationContext(new AC.Version(version.major, version.minor)));
  checker.compare(card, output, '', '', undefined);

  // Fallbacks of ordinary elements are parsed only when needed; validate them as elements of a card of their own.
  const fallbacks = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => fallbacks(item, `${path}[${i}]`));
    else if (isRecord(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'data') continue;
        if (k === 'fallback' && isRecord(v) && !(typeof node['type'] === 'string' && TEAMS_CHARTS[node['type']])) {
          const alone = String(v['type']).startsWith('Action.') ? { body: [], actions: [v] } : { body: [v] };
          for (const p of cardProblems({ type: 'AdaptiveCard', version: card['version'], ...alone })) problems.push(`${path}.fallback: ${p}`);
        } else fallbacks(v, path ? `${path}.${k}` : k);
      }
    }
  };
  fallbacks(card, '');

  return [...new Set([...problems, ...checker.problems])];
}
