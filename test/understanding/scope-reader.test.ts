import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../src/language/languages';
import { contentPath } from '../../src/paths/content-root';
import { createScopeReader, loadScopeReader, SCOPE_CONCEPTS, scopeFileSchema, scopeRulesSchema } from '../../src/understanding/scope-reader';

const dir = contentPath('understanding', 'scope');
const rules = scopeRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));

describe('scope reader: the words are data, one file per language', () => {
  it('has a valid file for each of the twelve languages, each with every concept', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json');
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
    for (const f of files) {
      const file = scopeFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      for (const concept of SCOPE_CONCEPTS) expect(file.cues[concept]?.length ?? 0).toBeGreaterThan(0);
    }
    expect(() => loadScopeReader()).not.toThrow();
  });

  it('rejects a rule that names a signal no reader gives', () => {
    expect(scopeRulesSchema.safeParse({ outOfScope: [{ id: 'x', all: ['weather'] }], caseAsk: [{ id: 'y', all: ['whatToDo'] }] }).success).toBe(false);
  });
});

describe('scope reader: an everyday subject weighed against the domain', () => {
  const reader = createScopeReader(
    [{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['driving licence*', 'renew ... passport'], domain: ['afraid'], whatToDo: ['what do i do'] } }],
    rules,
  );
  const none = new Set<string>();

  it('reads an everyday subject with nothing of the domain as out of scope', () => {
    expect(reader.read('How do I renew my passport?', none).outOfScope.length).toBeGreaterThan(0);
    expect(reader.read('Where do I exchange my driving licence?', none).outOfScope.length).toBeGreaterThan(0);
  });

  it('keeps it in scope when a domain word, a described harm or a plain danger word is in the same message', () => {
    expect(reader.read('I am afraid to renew my passport', none).outOfScope).toEqual([]);
    expect(reader.read('They will renew her passport to take her away', new Set(['harm'])).outOfScope).toEqual([]);
    expect(reader.read('renew my passport', new Set(['dangerStrong'])).outOfScope).toEqual([]);
    expect(reader.read('renew my passport', new Set(['concernDescribed'])).outOfScope).toEqual([]);
  });

  it('does not let a weak danger word alone keep an everyday question in scope', () => {
    expect(reader.read('renew my passport today', new Set(['dangerWeak', 'soon'])).outOfScope.length).toBeGreaterThan(0);
  });

  it('reads help asked with an everyday task as out of scope, though the plea word alone reads as danger', () => {
    const helping = createScopeReader([{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['homework', 'printer*'], domain: ['afraid'], whatToDo: ['what do i do'], helpWith: ['help ... with'] } }], rules);
    expect(helping.read('Help me with my maths homework', new Set(['dangerStrong'])).outOfScope.length).toBeGreaterThan(0);
    // A harm or a threat said beside it keeps it in scope.
    expect(helping.read('Help me with my homework, my father beat me', new Set(['dangerStrong', 'beaten'])).outOfScope).toEqual([]);
    expect(helping.read('Help, my homework', new Set(['dangerStrong'])).outOfScope).toEqual([]);
  });

  it('reads "won\'t" said of a thing as out of scope, and said of a person as in scope', () => {
    const helping = createScopeReader([{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['printer*', 'driving test*'], domain: ['afraid'], whatToDo: ['what do i do'], helpWith: ['help ... with'] } }], rules);
    expect(helping.read("The printer won't print", new Set(['againstWill'])).outOfScope.length).toBeGreaterThan(0);
    expect(helping.read("Her father won't let her take the driving test", new Set(['againstWill', 'ownFamily', 'someone'])).outOfScope).toEqual([]);
  });

  it('reads an errand with IT or another agency\'s form as out of scope beside a service or a role, but not beside a harm, a control or a family member', () => {
    const errands = createScopeReader(
      [{ lang: 'en', review: 'machine-assisted', cues: { errand: ['reset ... password*', 'nav form*'], domain: ['child welfare'] } }],
      rules,
    );
    expect(errands.read('Can you reset the password of our child welfare Teams account?', new Set(['role'])).outOfScope.length).toBeGreaterThan(0);
    expect(errands.read('Urgent: how do I send the NAV form?', new Set(['dangerStrong'])).outOfScope.length).toBeGreaterThan(0);
    expect(errands.read('Her father made her reset her password', new Set(['ownFamily', 'someone'])).outOfScope).toEqual([]);
    expect(errands.read('He checks her phone and made her reset her password', new Set(['control', 'someone'])).outOfScope).toEqual([]);
  });

  it('reads "what do I do?" from a professional about someone, or about someone at risk, as a case', () => {
    expect(reader.read('What do I do?', new Set(['role', 'someone'])).caseAsk.length).toBeGreaterThan(0);
    expect(reader.read('What do I do?', new Set(['someone', 'wedding'])).caseAsk.length).toBeGreaterThan(0);
    expect(reader.read('What do I do?', new Set(['someone'])).caseAsk).toEqual([]);
    expect(reader.read('Who is this?', new Set(['role', 'someone'])).caseAsk).toEqual([]);
  });
});
