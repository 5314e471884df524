import { readFileSync } from 'node:fs';
import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { alarmed, expectCalmByTheRules } from '../helpers/danger-alarm';
import { nextStepsFor } from '../../src/bot/veiviser-bot';

/**
 * What follows the emergency numbers (issue #13, danger34): the card first, then what the one who asks must do next,
 * for who is at risk. A child under 18 told of by someone else (a school, a health station, a kindergarten, a parent, an
 * aunt): notify child welfare (barnevernet) now, the child welfare emergency service after hours, 112 first, the school's
 * adviser. A young person writing of themselves: the school's adviser and the anonymous Red Cross line. A person over 18:
 * Kompetanseteamet (who coordinates safe housing), the Red Cross line and VO-linjen. Our own probes in several languages
 * and roles, each with a calm twin that gets no card and no note.
 */
const notes = (JSON.parse(readFileSync('content/contacts/emergency.json', 'utf8')) as { notes: Record<string, { text: Record<string, string> }> }).notes;
const noteOf = (id: string, lang: Lang): string => notes[id]?.text[lang] ?? '';
/** The shown text without the isolates that keep numbers left-to-right in Arabic-script cards (bot/rtl-isolation.ts). */
const shown = (texts: readonly string[]): string => texts.join('\n').replace(/[\u2066-\u2069]/gu, '');

describe('what to do next, under the emergency numbers (danger34)', () => {
  const runner = conversationRunnerPerFile();

  async function expectNote(lang: Lang, message: string, note: string, facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, [message]);
    expect({ emergency: view.emergency, language: view.replyLanguage }).toEqual({ emergency: true, language: lang });
    // The numbers first: the note sits in the emergency block, under them, in the card that comes first.
    expect(shown(view.texts)).toContain(noteOf(note, lang));
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  async function expectCalm(lang: Lang, message: string): Promise<void> {
    const view = await runner.turn(lang, [message]);
    expectCalmByTheRules(view, message, lang);
    for (const id of Object.keys(notes)) expect([id, shown(view.texts).includes(noteOf(id, lang))]).toEqual([id, false]);
  }

  describe('a child under 18 in danger, told of by a school, a health station, a kindergarten or a relative: child welfare now', () => {
    it.each<[string, Lang, string]>([
      ['nb-teacher', 'nb', 'Jeg er kontaktlærer. En elev på 14 sier faren har truet med å drepe henne hvis hun snakker med gutter, og hun tør ikke gå hjem i dag.'],
      ['nb-no-letters', 'nb', 'jobber pa skole, en jente i 8 klasse sier broren slo henne i gar og at hun blir sendt til hjemlandet for a gifte seg'],
      ['nn-helsesjukepleiar', 'nn', 'Eg er helsesjukepleiar. Ei jente på 15 fortel at ho skal giftast bort i sommar og at far hennar har slått henne.'],
      ['en-nurse', 'en', "I'm a school nurse. A 13 year old girl told me her uncle threatened to kill her and she is scared to go home tonight."],
      ['pl-przedszkole', 'pl', 'Pracuję w przedszkolu. Matka 4-letniej dziewczynki powiedziała, że latem w Somalii babcia zrobi jej obrzezanie.'],
      ['ar-aunt', 'ar', 'ابنة أختي عمرها 15 سنة، أبوها أخذ جواز سفرها وسيزوجها لابن عمها في الصيف ويضربها إذا رفضت'],
      ['uk-teacher', 'uk', 'Я вчителька. Учениці 14 років, батько погрожує її вбити, якщо вона не вийде заміж, і вона боїться йти додому.'],
    ])('%s', async (_id, lang, message) => {
      await expectNote(lang, message, 'child-welfare', [['barnevern'], ['112']]);
    });
  });

  describe('a young person writing of their own danger: the school adviser and the anonymous line', () => {
    it.each<[string, Lang, string]>([
      ['nb-16', 'nb', 'jeg er 16 og faren min sier jeg skal gifte meg med fetteren min i sommer, han slo meg da jeg sa nei'],
      ['en-15', 'en', "I'm 15 and my dad says he will kill me if I don't marry the man they chose, I'm scared to go home"],
      ['so-16', 'so', 'Waxaan ahay 16 jir, aabahay wuxuu igu yiri waxaa lagu guursan doonaa xagaaga, wuuna i garaacay'],
      ['ru-15', 'ru', 'мне 15, отец сказал что выдаст меня замуж летом, он меня бьёт и я боюсь идти домой'],
      ['tr-16', 'tr', '16 yaşındayım, babam beni yazın zorla evlendirecek, hayır deyince beni dövdü, eve gitmeye korkuyorum'],
    ])('%s', async (_id, lang, message) => {
      await expectNote(lang, message, 'young', [['815 55 201'], ['mangfoldsrådgiver', 'mangfoldsrådgiveren']]);
    });
  });

  describe('a person over 18 in danger: Kompetanseteamet, who coordinates safe housing, and the adults\' lines', () => {
    it.each<[string, Lang, string]>([
      ['en-19', 'en', "I'm 19 and my brothers threatened to kill me because I'm gay, they locked me in my room yesterday"],
      ['nb-22', 'nb', 'Jeg er 22 år og familien truer med å drepe meg hvis jeg ikke gifter meg med han de har valgt'],
      ['ar-20', 'ar', 'عمري 20 سنة وأخي يهددني بالقتل إذا لم أتزوج الرجل الذي اختاروه'],
      ['pl-21', 'pl', 'Mam 21 lat, bracia grożą, że mnie zabiją, jeśli nie wyjdę za mąż za kuzyna'],
      ['fa-23', 'fa', 'من ۲۳ سالمه و برادرم تهدید کرده اگه با اون مرد ازدواج نکنم منو میکشه'],
    ])('%s', async (_id, lang, message) => {
      await expectNote(lang, message, 'adult', [['478 09 050'], ['116 006']]);
    });
  });

  describe('a writer threatened by their own spouse, no age said: the adults\' lines (VO-linjen, Kompetanseteamet)', () => {
    it.each<[string, Lang, string]>([
      ['en-husband', 'en', 'my husband threatens to kill me if I leave him'],
      ['nb-mannen', 'nb', 'mannen min slo meg i går og truer med å drepe meg'],
      ['pl-maz', 'pl', 'mój mąż grozi, że mnie zabije'],
      ['tr-kocam', 'tr', 'kocam beni dövüyor ve öldürmekle tehdit ediyor'],
      ['ru-muzh', 'ru', 'мой муж угрожает убить меня'],
    ])('%s', async (_id, lang, message) => {
      await expectNote(lang, message, 'adult', [['116 006'], ['478 09 050']]);
    });
  });

  describe('the country of a danger told without naming it: the envoy line with the numbers', () => {
    it.each<[string, Lang, string, string[]]>([
      // A Turkish city with a case ending and no apostrophe.
      ['tr-konyaya', 'tr', 'kız kardeşim 17 yaşında, babam onu konyaya götürdü, pasaportunu aldılar ve zorla evlendirecekler', ['Ankara']],
      ['tr-izmirde', 'tr', 'arkadaşım 16 yaşında, izmirde zorla nişanlanacak, telefonunu aldılar, çok korkuyor', ['Ankara']],
      // A stay in the home village, or for years, or to finish school there: every post is named.
      ['tr-koyde', 'tr', 'yeğenim 15 yaşında, pasaportu saklandı, yazın köyde düğünü olacakmış, çok korkuyor', ['Ankara']],
      ['ru-selo', 'ru', 'мне 15, отец сказал что летом я поеду в село к деду на пару лет и школу закончу там, я не хочу', ['Анкар', 'Ankara']],
      ['uk-selo', 'uk', 'мені 16, батько каже що влітку відправить мене в село на кілька років, я не хочу їхати', ['Анкар', 'Ankara']],
      ['en-years', 'en', "I'm 15 and my dad says I'm going to live with my grandfather for a year or two and finish school there, I don't want to go", ['Ankara']],
    ])('%s', async (_id, lang, message, envoy) => {
      const view = await runner.turn(lang, [message]);
      expect(view.emergency || alarmed(message, lang)).toBe(true);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, envoy)).toBe(true);
    });
  });

  describe('calm twins: the same askers with no danger get no card and no note', () => {
    it.each<[string, Lang, string]>([
      ['nb-teacher-calm', 'nb', 'Jeg er kontaktlærer. Hva er negativ sosial kontroll?'],
      ['en-nurse-calm', 'en', "I'm a school nurse. Where can I read about the diversity advisers?"],
      ['pl-przedszkole-calm', 'pl', 'Pracuję w przedszkolu. Czy Kompetanseteamet prowadzi szkolenia dla pracowników?'],
      ['nb-16-calm', 'nb', 'jeg er 16, hva gjør en mangfoldsrådgiver?'],
      ['en-19-calm', 'en', "I'm 19, what does Kompetanseteamet do?"],
      ['ru-15-calm', 'ru', 'мне 15, что такое негативный социальный контроль?'],
      ['en-husband-calm', 'en', 'my husband and I want to read about negative social control together'],
      ['tr-konya-calm', 'tr', 'konyaya tatile gidiyoruz, orada çeşitlilik danışmanı var mı?'],
      ['ru-selo-calm', 'ru', 'летом мы всей семьёй поедем в село к бабушке на неделю, где почитать о правах детей?'],
    ])('%s', async (_id, lang, message) => {
      await expectCalm(lang, message);
    });
  });

  it('decides the note by who is at risk and who asks (child welfare is not told to notify itself)', () => {
    expect(nextStepsFor('adult', true, undefined)).toEqual(['adult']);
    expect(nextStepsFor(undefined, true, undefined)).toEqual(['young']);
    expect(nextStepsFor('under-18', false, 'health')).toEqual(['child-welfare']);
    expect(nextStepsFor(undefined, false, 'school')).toEqual(['child-welfare']);
    expect(nextStepsFor('under-18', false, 'child-welfare')).toBeUndefined();
    expect(nextStepsFor(undefined, false, undefined)).toBeUndefined();
    expect(alarmed('Jeg er kontaktlærer. Hva er negativ sosial kontroll?', 'nb')).toBe(false);
  });
});
