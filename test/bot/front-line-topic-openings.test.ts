import type { Activity } from 'botbuilder';
import { cardMarkers, LOCALE_OF, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Front-line professionals asking about a topic get the topic's article opened for their role, not the school staff's
 * (issue #13): child welfare is the service others notify (the risk of reprisals before the family is contacted,
 * Kompetanseteamet advises them, UD's operations centre and the envoys abroad); the police hear § 253 and their own
 * duty to notify; health personnel may offer a conversation and a voluntary examination (FGM); a kindergarten is
 * named in § 284's third paragraph; other services hear that Kompetanseteamet advises them and that adults may call
 * it themselves. School staff keep the school's opening. The sentences are this file's own, in several languages;
 * none is in the evaluation sets.
 */
const markers = cardMarkers();
const shown = (replies: readonly Partial<Activity>[]) => readTurn(replies, markers).texts.join('\n');

describe('conversation: a topic article opens for the front-line role asking', () => {
  const { chat } = oneAppPerFile();

  /** [language, what the professional writes, the role's opening, the school staff's wording it replaces] */
  const ASKS: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ['en', "I'm a child welfare caseworker. What is forced marriage?", 'You work in child welfare, the service others notify', 'Under 18: notify child welfare. Over 18'],
    ['nb', 'Jeg er politibetjent. Hva er tvangsekteskap?', 'Du jobber i politiet: tvangsekteskap er straffbart', 'Under 18 år: meld til barnevernet. Over 18 år'],
    ['so', 'Waxaan ka shaqeeyaa booliska. Waa maxay guurka qasabka ah?', 'Waxaad ka shaqaysaa booliska', 'Ka yar 18: ogeysii adeegga daryeelka carruurta (barnevernet). Ka weyn 18'],
    ['en', "I'm a school nurse. What should I know about female genital mutilation?", 'As health personnel you can offer the girl a conversation', 'involve the school nurse early'],
    ['tr', 'Sağlık istasyonunda hemşireyim. Kadın sünneti nedir?', 'Sağlık personeli olarak kıza', 'okul sağlık hemşiresini (helsesykepleier) erkenden'],
    ['nb', 'Jeg jobber i en barnehage. Hva sier loven om kjønnslemlestelse?', 'Du jobber i barnehage: kjønnslemlestelse er straffbart', 'Ikke undersøk eleven'],
    ['pl', 'Pracuję w przedszkolu. Co to jest okaleczenie żeńskich narządów płciowych?', 'Pracujesz w przedszkolu', 'uczennic'],
    ['ar', 'أعمل في الشرطة. ما هو ختان الإناث؟', 'أنت تعمل في خدمات رعاية الطفل أو في الشرطة', 'لا تفحص الطالبة بنفسك'],
    ['en', 'I work in child welfare. What can we do about children kept abroad against their will?', 'You work in child welfare or the police', 'Talk to the pupil alone about the trip'],
    ['nb', 'Jeg jobber på NAV. Hva gjør vi ved ufrivillig opphold i utlandet?', 'personer over 18 kan selv kontakte Kompetanseteamet', 'snakk med eleven'],
    ['uk', 'Я працюю в службі захисту дітей. Що таке негативний соціальний контроль?', 'Ви працюєте в службі захисту дітей (barnevernet), до якої звертаються інші', 'Якщо вас турбує учень'],
    ['en', 'I work at an asylum reception centre. What is negative social control?', 'If you are worried about someone you meet in your work', 'If you are worried about a pupil'],
  ];

  it.each(ASKS)('%s: "%s" opens with "%s", not the school staff\'s "%s"', async (lng, message, opening, school) => {
    const replies: Partial<Activity>[] = [];
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        replies.push(reply);
      })
      .startTest();
    const text = shown(replies);
    expect(text).toContain(opening);
    expect(text).not.toContain(school);
  });

  it('school staff keep the school\'s opening: "Jeg jobber på en ungdomsskole. Hva er negativ sosial kontroll?"', async () => {
    await chat({ locale: LOCALE_OF.nb })
      .send('Jeg jobber på en ungdomsskole. Hva er negativ sosial kontroll?')
      .assertReply((reply) => {
        const text = shown([reply]);
        expect(text).toContain('Er du bekymret for en elev');
        expect(text).not.toContain('Er du bekymret for noen du møter i jobben');
      })
      .startTest();
  });

  it('a child-welfare caseworker asking about their duty keeps the duty-to-notify article: "I work in child welfare. Do we have a duty to notify too?"', async () => {
    await chat({ locale: LOCALE_OF.en })
      .send('I work in child welfare. Do we have a duty to notify too?')
      .assertReply((reply) => {
        expect(shown([reply])).toContain('the duty to notify runs to you');
      })
      .startTest();
  });
});

describe('conversation: a role opening brings its own steps and cautions', () => {
  const { chat } = oneAppPerFile();

  it('a midwife asking about FGM is told to offer a voluntary examination, not "do not examine the pupil"', async () => {
    await chat({ locale: LOCALE_OF.nn })
      .send('Eg er jordmor. Kva er kjønnslemlesting?')
      .assertReply((reply) => {
        const text = shown([reply]);
        expect(text).toContain('Tilby jenta samtale og friviljug undersøking.');
        expect(text).not.toContain('Ikkje undersøk eleven');
      })
      .startTest();
  });

  it('a police officer asking about forced marriage is told to notify child welfare for a child, and UD abroad', async () => {
    await chat({ locale: LOCALE_OF.en })
      .send('I am a police officer. Explain forced marriage to me.')
      .assertReply((reply) => {
        const text = shown([reply]);
        expect(text).toContain('Under 18: notify child welfare – the duty is personal');
        expect(text).toContain("Ministry of Foreign Affairs' operations centre");
      })
      .startTest();
  });
});

describe('conversation: a topic and training for the staff, asked together by a service', () => {
  const { chat } = oneAppPerFile();

  const BOTH: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ['en', 'I work in the police. What is honour-related violence, and who can train our staff on it?', 'Honour-related violence', 'post@imdi.no'],
    ['nb', 'Jeg jobber i politiet. Hva er æresrelatert vold, og hvem kan holde kurs om det for oss?', 'Æresrelatert vold', 'IMDis fagteam'],
  ];

  it.each(BOTH)('%s: "%s" gets the article, then who gives the course', async (lng, message, article, training) => {
    const replies: Partial<Activity>[] = [];
    const test = chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        replies.push(reply);
      })
      .assertReply((reply) => {
        replies.push(reply);
      });
    await test.startTest();
    expect(shown(replies.slice(0, 1))).toContain(article);
    expect(shown(replies.slice(1))).toContain(training);
  });
});
