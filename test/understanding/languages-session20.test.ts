import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, session 20: causes of failures in the languages other than Norwegian and English, each fixed as a class in
 * the word files (content/understanding/scope, situation, danger; content/contacts/other-language-words.json) or the
 * country reader. The sentences are this file's own.
 */
const runner = conversationRunnerPerFile();
const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
const shown = (texts: readonly string[]) => texts.join(' ').replace(/[\u2066-\u2069\u2060]/gu, '');

describe('asking the bot to write a letter or an invitation is an everyday task, declined in every language', () => {
  it.each([
    ['nb', 'Kan du skrive et invitasjonsbrev til foreldremøtet neste uke på somali?'],
    ['en', 'Could you draft a letter inviting parents to the class meeting in Arabic?'],
    ['tr', 'Veli toplantısı için velilere bir davet mektubu yazabilir misin?'],
    ['ti', 'ብዛዕባ ናይ ወለዲ ምርኻብ ኣብ ክፍልና ደብዳቤ ክትጽሕፈለይ ትኽእል ዶ?'],
    ['pl', 'Czy możesz napisać list do rodziców z zaproszeniem na zebranie?'],
    ['ru', 'Можешь написать письмо родителям с приглашением на собрание?'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
    expect(turn.emergency).toBe(false);
  });

  it('a letter to child welfare about a pupil to be married off stays a case, emergency first', async () => {
    const turn = await turnOf('nb', 'Kan du hjelpe meg å skrive et brev til barnevernet om en elev som skal giftes bort i sommer?');
    expect(turn.emergency).toBe(true);
    expect(turn.cannotAnswer).toBe(false);
  });
});

describe('Somali "guuray" (moved house) is no marriage', () => {
  it('a parent who has just moved asks for the school adviser: no emergency card', async () => {
    const turn = await turnOf('so', 'Waxaan dhawaan u guuray Oslo. Xagee ka helaa la-taliyaha mangfoldsrådgiver ee dugsiga wiilkayga?');
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it('a marriage forced on a young writer today is still danger', async () => {
    const turn = await turnOf('so', 'Aabahay wuxuu doonayaa inuu maanta i guursiiyo nin weyn, ma rabo. I caawi');
    expect(turn.emergency).toBe(true);
  });
});

describe('the police number for when it is not an emergency, asked in other words', () => {
  it.each([
    ['ur', 'ایمرجنسی کے علاوہ پولیس سے رابطے کا نمبر بتائیں'],
    ['ar', 'ما هو رقم الشرطة لغير حالات الطوارئ في النرويج؟'],
    ['so', 'Waa maxay lambarka booliska marka aysan arrintu degdeg ahayn?'],
  ] as const)('%s: "%s" gets 02800', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toContain('02800');
  });
});

describe('a Turkish country name with "-deki" typed without an apostrophe', () => {
  it('the embassy in Turkey, asked without the apostrophe, names the envoy in Ankara', async () => {
    const turn = await turnOf('tr', 'türkiyedeki norveç elçiliğinde yardım eden özel temsilci var mı');
    expect(shown(turn.texts)).toContain('Ankara');
  });
});

describe('school holiday dates are an everyday subject', () => {
  it.each([
    ['tr', "Norveç'te okulların kış tatili ne zaman başlıyor?"],
    ['nb', 'Når begynner høstferien for grunnskolene i Trondheim?'],
    ['en', 'When do the Christmas holidays start for schools in Bergen?'],
    ['ru', 'Когда в этом году начинаются летние каникулы в школах Осло?'],
    ['ur', 'اس سال اسکول کی چھٹیاں کب شروع ہوں گی؟'],
  ] as const)('%s: "%s" is declined', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
  });

  it.each([
    ['tr', 'Yaz tatili ne zaman başlıyor? 15 yaşındayım, babam tatilde beni Pakistan’a götürüp evlendirecek.'],
    ['en', "When do the summer holidays start? I'm 14 and my parents will take me to Iraq then to marry my cousin."],
  ] as const)('%s: the holiday beside a marriage abroad stays danger', async (lang, message) => {
    expect((await turnOf(lang, message)).emergency).toBe(true);
  });
});

describe('"she says nothing about violence" is a harm denied', () => {
  it('an adult participant waited for outside school, no violence mentioned: the answer, no emergency card', async () => {
    const turn = await turnOf(
      'pl',
      'Pracuję w szkole dla dorosłych (voksenopplæring). Kursantka z Somalii mówi, że mąż czeka na nią codziennie przed budynkiem i zabrał jej kartę. Nie wspomina o przemocy. Czy w szkołach dla dorosłych są doradcy IMDi?',
    );
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toMatch(/mangfold|minoritet/u);
  });
});

describe('a bare "the teacher" is said by parents too: no young writer', () => {
  it('a Somali parent asking the advisers’ former name gets the answer without the emergency block', async () => {
    const turn = await turnOf('so', 'Macallinka wiilkayga ayaa ii sheegay erayga mangfoldsrådgiver. Maxay ahaan jireen magacooda hore?');
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toContain('minoritetsrådgiver');
  });
});

describe('a school without an adviser, said with the negation after the name (tr, so, ti, fa)', () => {
  it.each([
    ['tr', 'Okulumuzda çeşitlilik danışmanı yok. Zorla evlilik şüphesinde okul olarak kime danışabiliriz?'],
    ['so', 'Dugsigayaga la-taliyaha kala-duwanaanshaha ma leh. Yaan la tashan karnaa marka aan ka shakino guur qasab ah?'],
    ['ti', 'ኣብ ቤት ትምህርትና ኣማኻሪ ብዙሕነት የለን። ብዛዕባ ብግዲ መርዓ ጥርጣረ እንተሃልዩና ምስ መን ክንማኸር ንኽእል?'],
    ['fa', 'مکتب ما مشاور تنوع ندارد. وقتی به ازدواج اجباری شک داریم با چه کسی مشوره کنیم؟'],
  ] as const)('%s: Kompetanseteamet is on the card', async (lang, message) => {
    expect(shown((await turnOf(lang, message)).texts)).toContain('478 09 050');
  });

  it('the adviser asked for by name is still that service', async () => {
    expect(shown((await turnOf('tr', 'Okulumuzdaki çeşitlilik danışmanına nasıl ulaşabilirim?')).texts)).toContain('imdi.no');
  });
});

describe('the envoy named the way Turkish writers name it', () => {
  it('"özel bir temsilci" for young people at risk in Turkey names Ankara', async () => {
    const turn = await turnOf('tr', "Türkiye'de zorla evlendirilme riski olan Norveçli gençlere yardım eden özel bir temsilci var mı?");
    expect(shown(turn.texts)).toContain('Ankara');
  });
});
