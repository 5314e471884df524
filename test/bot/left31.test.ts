import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Issue #13, session 31 (left31): dangers the tuned sets still missed, each class in the writer's own words. The
 * sentences are this file's own; none is in the evaluation sets.
 */
type Twin = readonly [Lang, string];

describe("nynorsk passives with 'vert' read as their 'blir' forms", () => {
  const danger: readonly Twin[] = [
    ['nn', 'Eleven min (13) seier at ho vert slått av faren kvar gong ho kjem seint heim. Kven melder eg til?'],
    ['nn', 'Guten på 15 fortel at han vert slegen heime når han ikkje ber. Kva gjer vi no?'],
    ['nn', 'Syster mi (16) vert send ut av landet i morgon og ho vil ikkje.'],
  ];
  const calm: readonly Twin[] = [
    ['nn', 'Ho vert ikkje slått, men foreldra bestemmer kven ho får vere saman med. Kven kan vi snakke med?'],
  ];
  it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
  it.each(calm)('%s: "%s" is no emergency', (lng, text) => expect(isDanger(text, lng)).toBe(false));
});

describe('an elder who "knows how things are done", told beside a mother who was cut: the daughter may be next', () => {
  const danger: readonly Twin[] = [
    ['nn', 'Jordmor her. Mor er omskoren sjølv. Farmor kjem frå Somalia i haust, og mannen seier at ho veit korleis slikt skal gjerast. Dottera er 5.'],
    ['nb', 'Jeg er helsesykepleier. Mor er omskåret, og datteren er 7. Nå skal mormor bo hos dem et halvt år, og faren sier hun vet hvordan ting skal gjøres.'],
    ['en', 'Practice nurse here. The mother was cut as a child. Her mother-in-law is moving in for the winter and, the husband says, knows how things are done. The girl is six.'],
    ['pl', 'Pielęgniarka szkolna. Mama jest obrzezana. Babcia przyjeżdża na pół roku i podobno wie jak takie rzeczy się robi. Córka ma 6 lat.'],
    ['ru', 'Я медсестра. Мама обрезана, дочке 7 лет. Приезжает бабушка, и отец говорит, что она знает как такие вещи делаются.'],
    ['uk', 'Я медсестра. Мама обрізана, доньці 6 років. Приїжджає бабуся, і батько каже, що вона знає як такі речі робляться.'],
    ['tr', 'Hemşireyim. Annesi sünnetli, kızı 7 yaşında. Babaanne gelecek ve babası onun bu işlerin nasıl yapıldığını bildiğini söylüyor.'],
    ['ar', 'أنا ممرضة. الام مختونة وابنتها عمرها 7 سنوات. الجدة ستأتي، ويقول الأب إنها تعرف كيف تتم هذه الامور.'],
    ['fa', 'من پرستارم. مادر ختنه شده و دخترش ۷ ساله است. مادربزرگ می‌آید و پدر می‌گوید او میداند چطور باید انجام شود.'],
    ['ur', 'میں نرس ہوں۔ ختنہ شدہ ماں ہے اور بیٹی 7 سال کی ہے۔ دادی آ رہی ہیں اور والد کہتے ہیں کہ وہ جانتی ہیں کہ یہ کیسے کیا جاتا ہے۔'],
    ['so', 'Waxaan ahay kalkaaliso. Hooyada waa gudan tahay, gabadhuna waa 7 jir. Ayeeyo ayaa imanaysa, aabuhuna wuxuu leeyahay way taqaan sida loo sameeyo.'],
    ['ti', 'ኣነ ነርስ እየ። ኣደ ተገዚራ፣ ጓላ 7 ዓመት እያ። ዓባይ ክትመጽእ እያ፣ ኣቦ ድማ ከመይ ከም ዝግበር ትፈልጥ ይብል።'],
  ];
  const calm: readonly Twin[] = [
    // The same elder with no cutting in the family: a grandmother's visit.
    ['nb', 'Bestemor kommer på besøk i sommer og vet hvordan ting skal gjøres på kjøkkenet. Datteren på 8 gleder seg.'],
    // A mother's own cutting and a daughter, with the same done denied.
    ['nb', 'Mor er omskåret, men hun sier datteren aldri skal gjennom det samme. Hvor kan vi lese mer?'],
    // A course and figures on the topic.
    ['nn', 'Vi planlegg eit kurs for tilsette om kvinner som er omskorne. Kven kan halde det?'],
    ['en', 'How many women who have been cut live in Norway? I need figures for a lesson.'],
  ];
  it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
  it.each(calm)('%s: "%s" gets no attention block', (lng, text) => expect(alarmed(text, lng)).toBe(false));
});

describe('a young woman sent on an open-ended "holiday" whose passport is to stay with a relative', () => {
  const danger: readonly Twin[] = [
    ['en', 'My client (20) works at a car workshop with her dad. He says she will fly to Amman in May and stay as long as needed, and leave her passport with her uncle.'],
    ['en', 'A learner of 22 told me her family will take her to Jordan; she must hand over her passport to her father before they go.'],
    ['nb', 'En deltaker (21) skal på ferie til Jordan og bli der så lenge det trengs, sier faren. Passet skal ligge hos onkelen.'],
    ['nn', 'Ei kvinne på 20 skal reise til Irak i sommar og vere der så lenge det trengst. Passet skal liggje hjå onkelen.'],
  ];
  const calm: readonly Twin[] = [
    // A workshop job alone says nothing of a course, and nothing of a case.
    ['en', 'The father works at a car workshop and the family is doing well. Where can parents read about negative social control?'],
  ];
  it.each(danger)('%s: "%s" is an emergency', (lng, text) => expect(isDanger(text, lng)).toBe(true));
  it.each(calm)('%s: "%s" gets no attention block', (lng, text) => expect(alarmed(text, lng)).toBe(false));

  const runner = conversationRunnerPerFile();
  it('en: the long story of a resettled family gets the emergency card, the envoy in Amman and the 24/7 line', async () => {
    const view = await runner.turn(
      'en',
      'Some background first. We welcomed an Iraqi family here three years ago; the dad has a job in a repair workshop and the younger ones love school. Their daughter, 21, just finished upper secondary. Her dad now says she is going to Amman for a "break" and will stay as long as needed, and she asked me whether she should leave her passport with her aunt. Which embassy covers Jordan, and who answers after hours?',
    );
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['Amman'])).toBe(true);
    expect(containsFact(view.texts, ['23 95 00 00', '23950000'])).toBe(true);
  });
});
