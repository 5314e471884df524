import { cardProblems } from '../helpers/validate-card';

/**
 * The card validator the schema tests rely on (test/helpers/validate-card.ts): it must catch what Teams would
 * reject or silently ignore, and accept what the bot's cards use, including Teams' own extensions.
 */

type Json = Record<string, unknown>;

function card(body: readonly Json[], actions: readonly Json[] = [], extra: Json = {}): Json {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: 'nb',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

const text = (more: Json = {}): Json => ({ type: 'TextBlock', text: 'Hei', wrap: true, ...more });
const submit = (more: Json = {}): Json => ({ type: 'Action.Submit', title: 'OK', data: { verb: 'ok' }, ...more });

const table: Json = {
  type: 'Table',
  columns: [{ width: 1 }, { width: 2 }],
  firstRowAsHeader: true,
  showGridLines: false,
  rows: [
    { type: 'TableRow', cells: [{ type: 'TableCell', items: [text({ weight: 'Bolder' })] }, { type: 'TableCell', items: [text({ weight: 'Bolder' })] }] },
    { type: 'TableRow', cells: [{ type: 'TableCell', items: [text()] }, { type: 'TableCell', items: [text()] }] },
  ],
};

const choiceSet = (more: Json = {}): Json => ({
  type: 'Input.ChoiceSet',
  id: 'service',
  label: 'Tjeneste',
  isRequired: true,
  errorMessage: 'Velg en',
  choices: [
    { title: 'A', value: 'a' },
    { title: 'B', value: 'b' },
  ],
  style: 'compact',
  ...more,
});

const lineChart = (more: Json = {}): Json => ({
  type: 'Chart.Line',
  title: 'Henvendelser',
  data: [{ legend: 'Henvendelser', values: [{ x: '2004', y: 120 }, { x: '2005', y: 150 }] }],
  fallback: text({ text: '2004: 120 · 2005: 150', size: 'Small' }),
  ...more,
});

describe('cardProblems catches', () => {
  it('an unknown element type', () => {
    expect(cardProblems(card([{ type: 'TextBlok', text: 'Hei' }]))).toEqual([expect.stringContaining('Unknown element type "TextBlok"')]);
  });

  it('an invalid enum value', () => {
    expect(cardProblems(card([text({ size: 'Hugeee' })]))).toEqual([expect.stringContaining('Invalid value "Hugeee" for property "size"')]);
  });

  it('a misspelled property, wherever it is', () => {
    expect(cardProblems(card([text({ wrapp: true })]))).toEqual(['body[0]: property "wrapp" is not in the Adaptive Card schema of TextBlock (dropped on the round trip)']);
    const inTable = structuredClone(table) as { rows: { cells: { items: Json[] }[] }[] };
    (inTable.rows[1]!.cells[0]!.items[0] as Json)['colour'] = 'Attention';
    expect(cardProblems(card([inTable]))).toEqual([expect.stringContaining('property "colour" is not in the Adaptive Card schema of TextBlock')]);
    const behindButton = { type: 'Action.ShowCard', title: 'Vis', card: { type: 'AdaptiveCard', body: [text({ isSubtel: true })] } };
    expect(cardProblems(card([text()], [behindButton]))).toEqual([expect.stringContaining('property "isSubtel"')]);
    expect(cardProblems(card([{ type: 'FactSet', facts: [{ title: 'Telefon', value: '116 111', valeu: 'x' }] }]))).toEqual([expect.stringContaining('property "valeu"')]);
  });

  it('a property of another element', () => {
    expect(cardProblems(card([{ type: 'Container', color: 'Attention', items: [text()] }]))).toEqual([expect.stringContaining('property "color" is not in the Adaptive Card schema of Container')]);
  });

  it('a value of the wrong type', () => {
    expect(cardProblems(card([text({ wrap: 'yes' })]))).toEqual(['body[0].wrap: invalid value: "yes" is not a boolean (dropped on the round trip)']);
    expect(cardProblems(card([{ type: 'Input.Text', id: 'x', maxLength: '100' }]))).toEqual([expect.stringContaining('"100" is not a number')]);
  });

  it('an action type that does not exist', () => {
    expect(cardProblems(card([text()], [{ type: 'Action.Teleport', title: 'Go' }]))).toEqual([expect.stringContaining('Unknown action type "Action.Teleport"')]);
    expect(cardProblems(card([{ type: 'ActionSet', actions: [{ type: 'Action.Call', title: 'Ring' }] }]))).toEqual([expect.stringContaining('Unknown action type "Action.Call"')]);
  });

  it('a version above 1.5, or none', () => {
    expect(cardProblems({ ...card([text()]), version: '1.6' })).toEqual(['version 1.6 is above 1.5, the highest version every Teams client renders']);
    const { version: _version, ...unversioned } = card([text()]);
    expect(cardProblems(unversioned)).toEqual(expect.arrayContaining([expect.stringContaining('is not a version like "1.5"')]));
  });

  it('elements and properties newer than the version the card declares', () => {
    expect(cardProblems({ ...card([table]), version: '1.2' })).toEqual(['body[0]: Table needs card version 1.5, the card declares 1.2']);
    expect(cardProblems({ ...card([text({ style: 'heading' })]), version: '1.2' })).toEqual([expect.stringContaining('Property "style" is supported in version 1.5')]);
  });

  it('what a parsed card must have: a ShowCard card, unique input ids, a url', () => {
    expect(cardProblems(card([text()], [{ type: 'Action.ShowCard', title: 'Vis' }]))).toEqual([expect.stringContaining('must have its "card" property set')]);
    expect(cardProblems(card([choiceSet(), choiceSet()]))).toEqual([expect.stringContaining('Duplicate Id "service"')]);
    expect(cardProblems(card([text()], [{ type: 'Action.OpenUrl', title: 'Ring' }]))).toEqual([expect.stringContaining('"url" must be set')]);
  });

  it('more than six actions in a row (Teams shows six)', () => {
    expect(cardProblems(card([text()], Array.from({ length: 6 }, () => submit())))).toEqual([]);
    expect(cardProblems(card([text()], Array.from({ length: 7 }, () => submit())))).toEqual([expect.stringContaining('Maximum number of actions exceeded (6)')]);
  });

  it('a misspelling in the fallback of an element or an action', () => {
    expect(cardProblems(card([text({ fallback: text({ wrapp: true }) })]))).toEqual(['body[0].fallback: body[0]: property "wrapp" is not in the Adaptive Card schema of TextBlock (dropped on the round trip)']);
    expect(cardProblems(card([text()], [submit({ fallback: submit({ titel: 'OK' }) })]))).toEqual([expect.stringContaining('property "titel"')]);
  });

  it('a Teams extension used wrongly', () => {
    expect(cardProblems(card([text()], [], { msteams: { width: 'Half' } }))).toEqual(['msteams.width is "Half"; Teams knows only "Full"']);
    expect(cardProblems(card([text()], [submit({ data: { verb: 'ok', msteams: { type: 'imback' } } })]))).toEqual([expect.stringContaining('Teams submit options need a type')]);
    const { fallback: _fallback, ...withoutFallback } = lineChart();
    expect(cardProblems(card([withoutFallback]))).toEqual(['body[0]: Chart.Line is drawn by Teams only; it needs a fallback element for other clients']);
    expect(cardProblems(card([lineChart({ data: [{ x: '2004', y: 120 }] })]))).toEqual(['body[0].data: a series has unknown properties x, y']);
    expect(cardProblems(card([lineChart({ legend: 'x' })]))).toEqual(['body[0]: property "legend" is not a Chart.Line property']);
    expect(cardProblems(card([lineChart({ fallback: text({ wrapp: true }) })]))).toEqual([expect.stringContaining('property "wrapp"')]);
  });
});

describe('cardProblems accepts', () => {
  it('a plain valid card', () => {
    expect(cardProblems(card([text()]))).toEqual([]);
  });

  it('Action.ShowCard, ActionSet, Table and Input.ChoiceSet', () => {
    const full = card(
      [
        { type: 'Container', style: 'attention', rtl: false, items: [text({ style: 'heading', weight: 'Bolder', size: 'Medium' }), { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Ring 112', url: 'tel:112' }] }] },
        table,
        choiceSet(),
        choiceSet({ id: 'caseTypes', isMultiSelect: true, style: 'expanded' }),
        { type: 'Input.Text', id: 'countryText', placeholder: 'Land', maxLength: 100 },
      ],
      [
        submit({ style: 'positive' }),
        { type: 'Action.ShowCard', title: 'Vis svaret', card: { type: 'AdaptiveCard', lang: 'nb', body: [text(), table], actions: [submit()], fallbackText: 'Svar' } },
      ],
      { fallbackText: 'Kort', rtl: false },
    );
    expect(cardProblems(full)).toEqual([]);
  });

  it('Teams’ extensions: msteams width, submit options, charts with a fallback', () => {
    const bar: Json = { type: 'Chart.VerticalBar', title: 'Saker', data: [{ x: 'A', y: 3 }, { x: 'B', y: 5 }], fallback: text({ text: 'A: 3 · B: 5' }) };
    expect(cardProblems(card([lineChart(), bar], [submit({ data: { verb: 'ok', msteams: { type: 'imBack', value: 'hjelp' } } })]))).toEqual([]);
  });

  it('a valid lang on every card (the library’s own pattern failed every second time)', () => {
    for (const lang of ['nb', 'ar', 'ti', 'nb', 'fa']) expect(cardProblems({ ...card([text()]), lang })).toEqual([]);
  });
});
