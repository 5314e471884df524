import { createSituationReader, type CueFile, type SituationRules } from '../../src/understanding/situation-cues';

/**
 * The situation reader's "not urgent" and masking phrases are filed like its cues (by leading words, by word
 * beginning; those that start with an age apart) instead of being tried at every token. These cue files of our own
 * use every way a phrase can start, so a phrase the filing missed would change what is read.
 */
const FILES: CueFile[] = [
  {
    lang: 'en',
    review: 'machine-assisted',
    cues: {
      soon: ['tomorrow', 'right away', 'tonight'],
      someone: ['pupil*', 'boy'],
      minor: ['# years old'],
      despair: ['find'],
      notUrgent: ['no rush', 'unhurr*', '# days from now'],
      serviceName: ['pupil services', 'boy scouts'],
      cannotFind: ['cannot find*'],
      people: ['# year olds'],
    },
  },
];

const RULES: SituationRules = {
  danger: [{ id: 'soon-someone', all: ['soon', 'someone'], unless: [] }],
  concern: [{ id: 'someone', all: ['someone'], unless: [] }],
  youngWriter: [{ id: 'minor', all: ['minor'], unless: [] }],
  readAsCase: [],
};

const reader = createSituationReader(FILES, RULES);
const concepts = (text: string) => [...reader.read(text).concepts].sort();

describe('the situation reader, "not urgent" and masking phrases found where they start', () => {
  it('a "not urgent" phrase of plain words keeps the time words near it from reading as soon', () => {
    expect(concepts('The pupil leaves tomorrow')).toContain('soon');
    expect(concepts('No rush, she leaves tomorrow')).not.toContain('soon');
    // Outside its reach (three words on either side) the time word still counts.
    expect(concepts('No rush at all with this one: the pupil leaves tomorrow')).toContain('soon');
  });

  it('a "not urgent" phrase that starts with a word beginning does the same', () => {
    expect(concepts('Unhurriedly, tonight the pupil talks')).not.toContain('soon');
    expect(concepts('Unhurried answer please, tonight is fine')).not.toContain('soon');
  });

  it('a "not urgent" phrase that starts with an age does the same', () => {
    expect(concepts('The pupil travels in 14 days from now, tonight we plan')).not.toContain('soon');
    expect(concepts('The pupil travels tonight')).toContain('soon');
  });

  it('a service named by words (or by a word beginning) is no person, and what is masked is only masked there', () => {
    expect(concepts('We called pupil services')).not.toContain('someone');
    expect(concepts('The boy scouts met')).not.toContain('someone');
    expect(concepts('The boy is scared')).toContain('someone');
    expect(concepts('I cannot finder the number')).not.toContain('despair');
    expect(concepts('I cannot find the number')).not.toContain('despair');
    expect(concepts('where do I find help')).toContain('despair');
  });

  it('a masking phrase that starts with an age masks the ages in it', () => {
    expect(concepts('She is 15 years old')).toContain('minor');
    expect(concepts('Groups of 15 year olds')).not.toContain('minor');
  });
});
