import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * A long story about someone who may be taken abroad (issue #13: long stories get the right answer), through the real
 * bot. The story says where the family comes from, or where the writer does, before where the person will be taken,
 * and names services on the way ("we already reported it to child welfare", "we have no diversity adviser"); the
 * answer names the envoy for the country of the journey and Kompetanseteamet (domain.md §12), whatever the story's
 * other details. Own phrasings, one class in several languages.
 */
describe('conversation: a long story about a journey abroad gets the envoy for the destination', () => {
  const runner = conversationRunnerPerFile();

  const KT = ['478 09 050'];
  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // The family's origin (Afghanistan, Islamabad) is named first; the journey goes to Iran (Amman).
    [
      'nb',
      'Jeg er kontaktlærer på en ungdomsskole. Familien til en elev kom fra Afghanistan for seks år siden. Hun har lenge ikke fått være med på svømming. Nå sier hun at en onkel i Iran har ordnet et giftemål og at de reiser dit i vinterferien. Hva gjør jeg, og hvem hjelper hvis hun blir der?',
      [['Amman'], KT],
    ],
    // Child welfare named as already told, earlier in the story: not the service asked for.
    [
      'en',
      'I work in a refugee service. Last week we sent a report to child welfare about a 15-year-old boy whose family is from Somalia. Now his father says the boy will be sent to relatives in Kenya after Christmas and may not come back. What should we do now?',
      [['Nairobi'], KT],
    ],
    // The writer's own country first ("jestem z Polski"), a school without an adviser, the journey to Iraq.
    [
      'pl',
      'Jestem z Polski i pracuję jako nauczycielka w szkole średniej. Mamy ucznia, 16 lat, z rodziny irackiej. Nie mamy u nas doradcy ds. różnorodności. Ojciec chce wysłać go do Iraku na całe lato, żeby się tam ożenił. Co mam zrobić?',
      [['Amman'], KT],
    ],
    // "ein mann" is a man, not the Isle of Man.
    [
      'nn',
      'Eg er lærar på vidaregåande. Ei elev på 16 fortel at ho skal gifte seg med ein mann ho aldri har møtt. Familien reiser til Pakistan i påska. Ho er redd og vil ikkje at foreldra skal vite at ho har sagt noko. Kva gjer eg no?',
      [['Islamabad'], KT],
    ],
    // "To send her away" said with the infinitive; Grozny lies in Chechnya (Ankara: Russia, mostly Chechnya).
    [
      'uk',
      'Я працюю в NAV. У нас є молода жінка, їй 20 років, родина з Чечні. Її батько хоче відправити її до родичів у Грозний. Вона боїться, що не повернеться. Що нам робити?',
      [['Ankara', 'Анкара'], KT],
    ],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
