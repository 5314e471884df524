import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * Session 23 (calm23, issue #13: a stay abroad that is over). Being kept, taken or not let back told before a return
 * ('returned': "came home", "вернулась домой") with a time long past and calm now is a stay that is over ('caseOver');
 * the same journey told after the return ("… but now they want to send her back") is one to come, so the case goes on.
 * A return phrase's own words ("came back to Norway": its "back to") end no stay of their own. Own phrasings.
 */
const situation = loadSituationReader();
const over = (text: string) => situation.read(text).concepts.has('caseOver');

describe('a stay abroad ended by a return, long past and calm now, is over', () => {
  it.each([
    'My pupil was kept in Iraq by her uncle last year, but she came home after some months and is doing well now.',
    'A client of ours was not allowed to leave Kenya two years ago; she came back to Norway and everything is fine now.',
    'Eleven ble holdt igjen i Somalia etter sommerferien i fjor, men kom hjem etter noen måneder og har det bra nå.',
    'Ученицу в прошлом году удерживали в Дагестане, она вернулась домой, и сейчас всё хорошо.',
    'ابنتي احتجزها أهلها في العراق العام الماضي، ثم عادت الى النرويج وهي الآن بخير.',
  ])('%s', (text) => {
    expect(over(text)).toBe(true);
  });
});

describe('a journey told after the return, or no return at all, keeps the case going on', () => {
  it.each([
    'My pupil was kept in Iraq by her uncle last year and came home; she is doing well now, but her father wants to send her back to Iraq.',
    'Eleven ble holdt igjen i Somalia i fjor, kom hjem og har det bra nå, men nå skal hun sendes tilbake til Somalia.',
    'My pupil was kept in Iraq by her uncle last year and is doing well now, but she is still not allowed back.',
  ])('%s', (text) => {
    expect(over(text)).toBe(false);
  });
});
