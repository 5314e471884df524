import { normalize } from '../../src/language/text';
import { dangerStrength } from '../../src/understanding/danger-detector';

/**
 * The plain danger words (content/understanding/danger/) read a person sent or taken, not a thing (session 20): English
 * "sent" and "taken" count only with the person or the journey beside them, so an e-mail sent yesterday or a report
 * sent today is no "sent … now", and Norwegian "for sent" (late) is no English "sent"; Somali "guur" (marriage) counts
 * in its own forms, not in "guuray" (moved house). Sentences are this file's own.
 */
describe('a thing sent is no person sent away', () => {
  it.each([
    'I sent the form to the diversity adviser yesterday, is there anyone else I should contact?',
    'We sent a letter to the parents today about the class trip.',
    'I have taken the online course today, where do I find the certificate?',
    'Hun kom for sent på skolen i dag igjen.',
    'Waxaan u guuray Oslo bishii hore, hadda waxaan raadinayaa dugsi.',
  ])('no danger: %s', (message) => {
    expect(dangerStrength(normalize(message))).toBeUndefined();
  });

  it.each([
    'They sent her to Pakistan yesterday and she cannot come back.',
    'I am being sent to Iraq tomorrow.',
    'She was taken to Somalia today by her uncle.',
    'Waxay rabaan inay i guursiiyaan berri.',
  ])('still danger: %s', (message) => {
    expect(dangerStrength(normalize(message))).toBeDefined();
  });
});
