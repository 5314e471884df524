import { loadScopeReader } from '../../src/understanding/scope-reader';

const scope = loadScopeReader();
const outOfScope = (message: string) => scope.read(message, new Set()).outOfScope;

describe('a new case system told in the story does not make a wish for staff training about the domain an errand', () => {
  it.each<[string, string]>([
    ['nb', 'Vi har slitt med det nye fagsystemet hele våren. Nå vil vi ha kurs for de ansatte om negativ sosial kontroll, hvem tilbyr det?'],
    ['nn', 'Vi har nett fått nytt fagsystem. Kven kan halde opplæring for dei tilsette om negativ sosial kontroll?'],
    ['en', 'Our case system was replaced this spring. Could someone give a talk for the team on negative social control?'],
  ])('%s: in scope', (_lang, message) => {
    expect(outOfScope(message)).toEqual([]);
  });

  it.each<[string, string]>([
    ['nb', 'Fagsystemet er nede igjen. Hvem kan holde opplæring for de ansatte i det nye systemet?'],
    ['en', 'The case system is down again. Who can do staff training on the new system?'],
  ])('%s: training in the tool itself, with nothing of the domain, stays an errand', (_lang, message) => {
    expect(outOfScope(message).length).toBeGreaterThan(0);
  });
});
