import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Session 31, issue #13 (dev31b): classes from the development sets -92/-93, through the real bot as the conversation
 * evaluation reads it. The sentences are this file's own; none is in the evaluation sets. Facts from
 * /work/shared/domain.md: §11 (Kompetanseteamet mot tvangsekteskap set up in 2004; coordination moved from UDI to
 * IMDi on 1 January 2008), §12 (Røde Kors-telefonen 815 55 201, anonymous; Kompetanseteamet 478 09 050).
 */
type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

async function expectFacts(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
  const view = await runner.turn(lang, turns);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

describe('after the history, who had it before or when that was is the history again', () => {
  const ROWS: readonly Row[] = [
    ['nb', ['når overtok IMDi koordineringen av kompetanseteamet?', 'hvem hadde ansvaret før?'], [['UDI', 'Utlendingsdirektoratet']]],
    ['nb', ['hva het kompetanseteamet opprinnelig?', 'når var det?'], [['2004']]],
    ['nn', ['når tok IMDi over koordineringa av kompetanseteamet?', 'kven hadde det før?'], [['UDI', 'Utlendingsdirektoratet']]],
    ['nn', ['kva heitte kompetanseteamet før?', 'kva år var det?'], [['2004']]],
    ['en', ['when did IMDi take over the coordination of kompetanseteamet?', 'and who was in charge before?'], [['UDI']]],
    ['en', ['what was the original name of kompetanseteamet?', 'what year was that?'], [['2004']]],
    ['ru', ['когда IMDi взял на себя координацию kompetanseteamet?', 'а кто отвечал раньше?'], [['UDI']]],
    ['pl', ['kiedy IMDi przejęło koordynację kompetanseteamet?', 'a kto odpowiadał wcześniej?'], [['UDI']]],
    ['tr', ['IMDi kompetanseteamet koordinasyonunu ne zaman devraldı?', 'peki daha önce kim sorumluydu?'], [['UDI']]],
    ['uk', ['коли IMDi перейняв координацію kompetanseteamet?', 'а хто відповідав раніше?'], [['UDI']]],
    ['so', ['goorma ayuu IMDi la wareegay isku-dubaridka kompetanseteamet?', 'yaa hayay kahor?'], [['UDI']]],
    ['ar', ['متى تولت IMDi تنسيق kompetanseteamet؟', 'ومن كان مسؤولا قبل ذلك؟'], [['UDI']]],
    ['fa', ['IMDi کی هماهنگی kompetanseteamet را به عهده گرفت؟', 'قبلا مسئولش کی بود؟'], [['UDI']]],
    ['ur', ['IMDi نے kompetanseteamet کی رابطہ کاری کب سنبھالی؟', 'اس سے پہلے کون تھا؟'], [['UDI']]],
    ['ru', ['как раньше назывался kompetanseteamet?', 'а в каком году это было?'], [['2004']]],
    ['pl', ['jak kiedyś nazywał się kompetanseteamet?', 'w którym roku to było?'], [['2004']]],
    ['uk', ['як раніше називався kompetanseteamet?', 'коли це було?'], [['2004']]],
    ['tr', ["kompetanseteamet'in eski adı neydi?", 'bu ne zamandı?'], [['2004']]],
  ];
  it.each(ROWS)('%s: %j', async (lang, turns, facts) => {
    await expectFacts(lang, turns, facts);
  });
});

describe('a phone or a line asked for with a wish to stay anonymous is the lines', () => {
  const ROWS: readonly Row[] = [
    ['nb', ['Har dere en telefon der jeg kan spørre om tvangsekteskap uten å si hvem jeg er? Jeg er mor til en jente på 15.'], [['815 55 201', '81555201']]],
    ['nb', ['er det et nummer hvor man anonymt kan spørre om negativ sosial kontroll?'], [['815 55 201', '81555201']]],
    ['nn', ['finst det ein telefon der ein kan spørje anonymt om æresvald? eg er forelder'], [['815 55 201', '81555201']]],
    ['en', ['is there a phone line where I could ask anonymously about forced marriage? I am a father'], [['815 55 201', '81555201']]],
  ];
  it.each(ROWS)('%s: %j', async (lang, turns, facts) => {
    await expectFacts(lang, turns, facts);
  });
});

describe("a pupil's long story is a case, never the history of the services", () => {
  it('nb: a promised pupil, a trip in the summer, no diversity adviser at the school', async () => {
    const story =
      'Hei, beklager at dette blir langt. Jeg er lærer på ungdomsskolen og har en elev i niende som alltid har vært blid og pliktoppfyllende. ' +
      'I friminuttet i dag fortalte hun at familien har avtalt at hun skal gifte seg med en slektning i hjemlandet, og at de drar rett etter skoleslutt. ' +
      'Hun begynte å gråte og ba meg ikke si det til noen. Vi har ingen mangfoldsrådgiver her, og inspektøren er borte i dag. Hva bør jeg gjøre nå?';
    const view = await runner.turn('nb', [story]);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['barnevern'])).toBe(true);
    expect(view.texts.some((t) => t.includes('Historikk'))).toBe(false);
  });
});
