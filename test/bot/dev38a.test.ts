import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * dev38a (issue #13): classes behind general-blind-120's failures in Urdu, with our own probes (none of them the
 * development set's sentences):
 *  1. After a service's number, "and if they are closed?" said in romanized or script Urdu ("band hon/hain", "بند ہوں")
 *     with the clock said as now ("shaam ke 7 baje hain", "ابھی رات") and someone on the way for the child: the
 *     emergency card. Calm twins: "if they are closed?" alone gets the numbers open now as information, no card; a
 *     question about their evening hours stays the contact card.
 *  2. Kompetanseteamet's cases of involuntary stays abroad asked in romanized Urdu ("bahar mulk mein zabardasti rok…",
 *     "beroon e mulk … phanse"): that series' figure. Calm twin: the cases alone stay the total.
 */
type Probe = readonly [Lang, readonly string[]];

const afterHoursNow: readonly Probe[] = [
  ['ur', ['kompetanseteamet ka number kya hai?', 'agar wo band hain to kya karein? raat ke 9 baj rahe hain aur larke ki maa usay lene aa rahi hai']],
  ['ur', ['kompetanseteamet ka number kya hai?', 'اگر وہ بند ہوں تو؟ شام کے آٹھ بجے ہیں اور بچی کا باپ اسے لینے آ رہا ہے']],
  ['ur', ['Red Cross ki line ka number?', 'woh band hon to? abhi raat hai aur bache ke walid usey lene aa rahe hain']],
  ['ur', ['kompetanseteamet ka phone number?', 'aur agar band hon? abhi shaam hai, bachi ka abbu gussay mein usey lene aa raha hai']],
  ['ur', ['Red Cross ki helpline ka number kya hai?', 'اگر بند ہیں تو؟ ابھی رات کے دس بج رہے ہیں اور لڑکی کا چچا اسے لینے آ رہا ہے']],
];

const involuntaryStays: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
  ['ur', 'kompetanseteamet ke paas 2021 mein kitne case aaye aur kitne bahar ke mulk mein phanse hue logon ke thay?', [['759']]],
  ['ur', '2022 mein kompetanseteamet ke paas kitne maamle thay, aur beroon e mulk zabardasti roke gaye logon ke kitne?', [['891'], ['113']]],
  ['ur', '2022 mein kompetanseteamet ke total kitne case thay aur kitne baahar mulk mein zabardasti rakhe gaye logon ke?', [['891'], ['113']]],
];

describe('dev38a: after hours, the clock said as now and someone on the way for the child (Urdu)', () => {
  const runner = conversationRunnerPerFile();

  it.each(afterHoursNow)('%s: %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112', '١١٢', '۱۱۲'])).toBe(true);
  });

  describe('calm twins', () => {
    it('"and if they are closed?" alone: the numbers open now, as information, no emergency card', async () => {
      const view = await runner.turn('ur', ['kompetanseteamet ka number kya hai?', 'aur agar woh band hon?']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['112', '۱۱۲'])).toBe(true);
    });
    it('their evening hours asked stay the contact card', async () => {
      const view = await runner.turn('ur', ['kompetanseteamet ka number kya hai?', 'kya woh shaam ko bhi khule hote hain?']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });
    it('an hour of a lesson said is no time at hand', async () => {
      const view = await runner.turn('ur', 'hamari class kal shaam ke 5 baje hain, negative social control par lecture kaun de sakta hai?');
      expect(view.emergency).toBe(false);
    });
  });
});

describe('dev38a: involuntary stays abroad asked in romanized Urdu', () => {
  const runner = conversationRunnerPerFile();

  it.each(involuntaryStays)('%s: %s', async (lng, message, facts) => {
    const view = await runner.turn(lng, message);
    expect(view.emergency).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it('twin: the cases alone stay the total', async () => {
    const view = await runner.turn('ur', '2022 mein kompetanseteamet ke kitne cases thay?');
    expect(containsFact(view.texts, ['891'])).toBe(true);
    expect(containsFact(view.texts, ['113'])).toBe(false);
  });
});
