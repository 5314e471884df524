import { questionParts } from '../../src/knowledge/article-index';
import { normalize } from '../../src/language/text';

const parts = (text: string) => {
  const p = questionParts(normalize(text));
  return { focus: p.focus.join(' '), story: p.story.join(' ') };
};

describe('questionParts: the question of a message and the story around it', () => {
  it('takes the sentences with a question mark as the question', () => {
    expect(parts('Jeg jobber i barnehage. En mor sa noe rart. Hvem kan veilede oss?')).toEqual({
      focus: 'hvem kan veilede oss',
      story: 'jeg jobber i barnehage en mor sa noe rart',
    });
  });

  it('takes the last sentence when no sentence asks', () => {
    expect(parts('Eleven er borte. Hva gjør jeg')).toEqual({ focus: 'hva gjør jeg', story: 'eleven er borte' });
  });

  it('keeps a one-sentence question whole', () => {
    expect(parts('hva er negativ sosial kontroll?')).toEqual({ focus: 'hva er negativ sosial kontroll', story: '' });
  });

  it('reads an indirect question after an introduction in one sentence', () => {
    expect(parts('Jeg jobber som helsesykepleier og lurer på hva tvangsekteskap er')).toEqual({
      focus: 'hva tvangsekteskap er',
      story: 'jeg jobber som helsesykepleier og lurer på',
    });
  });

  it('keeps a sentence that opens with a question whole, whatever other question words follow', () => {
    expect(parts('Hva het planen som gjaldt til 2024, og hva heter den nye?').story).toBe('');
  });

  it('knows the Arabic question mark', () => {
    // normalize() writes the Arabic-keyboard ي as the Persian ی, as the index does.
    expect(parts('أنا معلمة. ما هو الزواج القسري؟').focus).toBe(normalize('ما هو الزواج القسري'));
  });
});
