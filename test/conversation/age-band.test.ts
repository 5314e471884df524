import { ageBandOf, withAgeBand } from '../../src/conversation/age-band';

/** The age band: what one message says of a person's age, and what it does to "can she call herself?". */
describe('age band', () => {
  it('is under 18 or adult only when the message says one of them', () => {
    expect(ageBandOf({ minor: true, adult: false })).toBe('under-18');
    expect(ageBandOf({ minor: false, adult: true })).toBe('adult');
    expect(ageBandOf({ minor: true, adult: true })).toBeUndefined();
    expect(ageBandOf({ minor: false, adult: false })).toBeUndefined();
  });

  it('gives a line asked for someone of no stated age the lines for the band', () => {
    const ageless = { kind: 'contact', query: { helpline: true } };
    expect(withAgeBand(ageless, 'under-18')).toEqual({ kind: 'contact', query: { helpline: true, minor: true, youngCaller: true } });
    expect(withAgeBand(ageless, 'adult')).toEqual({ kind: 'contact', query: { helpline: true, adultCaller: true } });
    expect(withAgeBand(ageless, undefined)).toBe(ageless);
  });

  it('leaves a question that names a service, a caller or another kind of answer as it was', () => {
    const named = { kind: 'contact', query: { helpline: true, serviceId: 'kompetanseteamet' } };
    const young = { kind: 'contact', query: { helpline: true, youngCaller: true, minor: true } };
    const article = { kind: 'article', articleId: 'negative-social-control' };
    expect(withAgeBand(named, 'under-18')).toBe(named);
    expect(withAgeBand(young, 'adult')).toBe(young);
    expect(withAgeBand(article, 'adult')).toBe(article);
  });
});
