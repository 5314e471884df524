import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { toEnglishCues } from '../../src/stats/answers/stats-words';
import { normalize } from '../../src/language/text';

/**
 * Development set -108's classes in the nine other languages (issue #13, dev35a): our own probes, typed as people type
 * them, never the set's sentences. Each is calm and answered in its language with the fact shown.
 *  W: the share of women among a service's staff, asked with a percent word beside a women word (nine languages).
 *  P: Somali new positions ('jago (oo) cusub'), first turn or follow-up after the advisers' count.
 *  M: Somali member agencies of Kompetanseteamet ('hay'adahee', 'yaa ka mid ah').
 *  N: Kompetanseteamet named as 'the national team' in Dari and Somali.
 *  S: uk/ru 'how many advisers were there (in all)' asks the headcount; the calm twin asking their cases keeps cases.
 */
describe('dev35a: -108 classes in the nine other languages', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string[], string[][]]>([
    ['W-ti', 'ti', ['ክንደይ ሚእታዊ ካብ ሰራሕተኛታት IMDi ደቂ ኣንስትዮ እየን ኣብ 2023?'], [['66,2', '66.2']]],
    ['W-ar', 'ar', ['ما نسبة النساء بين العاملين في IMDi سنة 2023؟'], [['66,2', '66.2']]],
    ['W-fa', 'fa', ['تو سال 2023 چند درصد کارمندای IMDi زن بودن؟'], [['66,2', '66.2']]],
    ['W-ur', 'ur', ['IMDi ke 2023 ملازمین میں کتنے فیصد خواتین تھیں'], [['66,2', '66.2']]],
    ['W-uk', 'uk', ['який відсоток жінок працював в IMDi у 2023 році?'], [['66,2', '66.2']]],
    ['W-ru', 'ru', ['какая доля женщин среди сотрудников IMDi в 2023'], [['66,2', '66.2']]],
    ['W-tr', 'tr', ["IMDi'de 2023 yılında çalışanların yüzde kaçı kadındı"], [['66,2', '66.2']]],
    ['W-pl', 'pl', ['jaki odsetek kobiet wśród pracowników IMDi w 2023?'], [['66,2', '66.2']]],
    ['W-so', 'so', ['2023 boqolkiiba immisa ayay haweenku ahaayeen shaqaalaha IMDi?'], [['66,2', '66.2']]],
    ['P-so-follow', 'so', ['meeqa mangfoldsrådgiver ayaa shaqeynayay 2023?', '2024 immisa jago cusub ayaa la abuuray?'], [['6']]],
    ['P-so-single', 'so', ['2024 imisa jagooyin oo cusub ayaa loo sameeyay mangfoldsrådgiver?'], [['6']]],
    ['M-so-follow', 'so', ['Kompetanseteamet sidee loola xiriiraa?', "hay'adahee ayaa ka mid ah?"], [['Hdir', 'AVdir', 'POD']]],
    ['M-so-single', 'so', ['yaa ka mid ah Kompetanseteamet maanta?'], [['Hdir', 'AVdir', 'POD']]],
    ['N-fa', 'fa', ['برای مشوره در مورد ازدواج اجباری، شماره تیم ملی چیه؟'], [['478 09 050', '47809050']]],
    ['N-so', 'so', ['kooxda qaranka ee guurka qasabka lambarkoodu waa maxay?'], [['478 09 050', '47809050']]],
    ['S-uk', 'uk', ['скільки всього було mangfoldsrådgivere у 2023?'], [['59']]],
    ['S-uk-follow', 'uk', ['що роблять mangfoldsrådgivere?', 'а скільки їх працювало у 2023?'], [['59']]],
    ['S-ru', 'ru', ['сколько вообще было mangfoldsrådgivere в 2023 году?'], [['59']]],
    ['S-ru-twin-cases', 'ru', ['сколько было дел у mangfoldsrådgivere в 2023?'], [['899']]],
    ['S-uk-twin-cases', 'uk', ['скільки справ було у mangfoldsrådgivere у 2023?'], [['899']]],
  ])('%s', async (_id, lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
    expectCalmByTheRules(view, turns[turns.length - 1] ?? '', lang);
    expect(view.emergency).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('the statistics cue words: a percent beside women reads as a share of women; its twins do not', () => {
    it.each<[Lang, string, string, boolean]>([
      ['ru', 'какой процент сотрудников IMDi были женщины?', 'share of women', true],
      ['ru', 'какой процент дел был о браке?', 'share of women', false],
      ['tr', 'çalışanların yüzde kaçı kadın?', 'share of women', true],
      ['tr', 'vakaların yüzde kaçı zorla evlilik?', 'share of women', false],
      ['uk', 'скільки всього було mangfoldsrådgivere?', 'how many staff', true],
      ['uk', 'скільки справ було у mangfoldsrådgivere?', 'how many staff', false],
    ])('%s %s', (lang, text, cue, expected) => {
      expect(toEnglishCues(normalize(text), lang).includes(cue)).toBe(expected);
    });
  });
});
