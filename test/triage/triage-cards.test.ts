import { notedFacts, triagePlanCard, triageQuestionCard, STEPS } from '../../src/triage';
import { translate } from '../contacts/contact-fixtures';

const t = translate('nb');
type Action = { type: string; title: string; data?: Record<string, unknown> };
type Element = { type: string; actions?: Action[]; items?: Element[]; id?: string; text?: string };

describe('triage cards', () => {
  it.each(STEPS)('the %s question: answers as Action.Submit buttons with verb "triage", at most three a row, and a cancel button', (step) => {
    const card = triageQuestionCard('nb', t, step);
    const rows = (card.body as Element[]).filter((e) => e.type === 'ActionSet');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.actions!.length).toBeLessThanOrEqual(3);
      for (const action of row.actions!) {
        expect(action.type).toBe('Action.Submit');
        expect(action.data).toMatchObject({ verb: 'triage', set: step });
      }
    }
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Avbryt', data: { verb: 'triage', command: 'cancel' } })]);
  });

  it('the country question has a text box whose value comes back with the submit', () => {
    const card = triageQuestionCard('nb', t, 'country');
    const box = (card.body as Element[]).flatMap((e) => e.items ?? []).find((e) => e.type === 'Input.Text');
    expect(box).toMatchObject({ id: 'countryText', maxLength: 100 });
  });

  it('the first question introduces the conversation, says what is kept, and offers the guide instead', () => {
    const text = JSON.stringify(triageQuestionCard('nb', t, 'danger', { intro: true }));
    expect(text).toContain('opptil fem korte spørsmål');
    expect(text).toContain('30 minutter');
    expect(text).toContain('"articleId":"what-school-staff-should-do"');
  });

  it('answers given out of order are acknowledged above the question asked again', () => {
    const noted = notedFacts({ whereabouts: 'abroad', country: 'SO', age: 'minor', role: 'school' }, t, 'Somalia');
    expect(noted).toBe('I utlandet, Somalia, Under 18, Skole eller barnehage');
    const text = JSON.stringify(triageQuestionCard('nb', t, 'danger', { noted }));
    expect(text).toContain('Notert: I utlandet, Somalia, Under 18, Skole eller barnehage. Men først:');
    expect(text.indexOf('Notert:')).toBeLessThan(text.indexOf('Er noen i akutt fare'));
    expect(JSON.stringify(triageQuestionCard('nb', t, 'danger'))).not.toContain('Notert:');
  });

  it('right to left in Arabic', () => {
    expect(triagePlanCard('ar', translate('ar'), { facts: {}, contacts: [], prepare: [], dont: [], articles: [] }).rtl).toBe(true);
  });

  it('the plan: who first and why, then the rest in order, what to prepare and avoid, article buttons and "start again"', () => {
    const card = triagePlanCard('nb', t, {
      facts: { danger: false, whereabouts: 'abroad', age: 'minor', role: 'school' },
      countryName: 'Somalia',
      contacts: [
        { name: 'Spesialutsending, Nairobi', reason: 'Dekker Somalia.' },
        { name: 'UD', reason: 'Døgnåpent.' },
      ],
      prepare: ['writeDown'],
      dont: ['confront'],
      articles: [{ id: 'involuntary-stay-abroad', title: 'Ufrivillig utenlandsopphold' }],
    });
    const text = JSON.stringify(card);
    expect(text).toContain('**Kontakt først: Spesialutsending, Nairobi.** Dekker Somalia.');
    expect(text).toContain('1. UD – Døgnåpent.');
    expect(text).toContain('I utlandet (Somalia) · Under 18 · Skole eller barnehage');
    expect(text).toContain('Skriv ned hva du har sett');
    expect(text).toContain('Ikke konfronter familien');
    expect(card.actions).toEqual([
      expect.objectContaining({ data: { verb: 'show-article', articleId: 'involuntary-stay-abroad' } }),
      expect.objectContaining({ data: { verb: 'triage', command: 'restart' } }),
    ]);
  });
});
