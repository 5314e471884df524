import { readFileSync } from 'node:fs';
import { ROLE_WORDS, loadTriageWords, triageWordsSchema, WORRY_ABOUT } from '../../src/triage/triage-lexicon';
import { contentPath } from '../../src/paths/content-root';

const file = contentPath('understanding', 'triage', 'words.json');

describe('the triage words are data (content/understanding/triage/words.json)', () => {
  it('loads every concept and every role, with a review status', () => {
    const words = loadTriageWords();
    expect(['machine-assisted', 'native-reviewed']).toContain(words.review);
    expect(WORRY_ABOUT).toContain('worried about');
    expect(ROLE_WORDS.police).toContain('politi*');
  });

  it('rejects a file with a concept left out or a role misspelt, instead of listening for nothing', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { phrases: Record<string, unknown>; roles: Record<string, unknown> };
    const { cancel: _dropped, ...phrases } = data.phrases;
    expect(triageWordsSchema.safeParse({ ...data, phrases }).success).toBe(false);
    const { police, ...roles } = data.roles;
    expect(triageWordsSchema.safeParse({ ...data, roles: { ...roles, polise: police } }).success).toBe(false);
    expect(triageWordsSchema.safeParse({ ...data, between: ['en av'] }).success).toBe(false);
  });
});
