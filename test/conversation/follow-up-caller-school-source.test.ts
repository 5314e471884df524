import { oneAppPerFile } from '../helpers/test-app';
import { seen, talk, textOf, type Reply } from '../helpers/replies';

/**
 * Issue #13 point 3 (session 20): follow-ups keep their context in every language.
 * - A young person asking who at school they can talk to gets the school's diversity adviser beside the lines for young
 *   people, also when the question read as nothing sure, and when it follows the lines ("and who at school?").
 * - A doubt that cites another report or source ("why does another report say 897?") after a figure is pushback: the
 *   figure again, with what the sources say, not "did you mean".
 * - After Kompetanseteamet's card, an age said or a word for oneself ("I'm 22, can I call them myself?") asks whether
 *   that person may call it: people over 18 may.
 * - A message nothing answered that names a service makes it what "how do I reach them?" asks about next; after an
 *   article of no one service (the history, for "are they still called minority advisers?"), the service the message
 *   named is the one whose number is asked.
 * - "which schools do they work at?" in Turkish after the advisers' article: where they work, not their card again.
 * - A parent asking for a line "my kids/teenagers can call themselves" asks for the children's line (who-will-call words).
 */
describe('follow-ups keep the caller, the school, the source and the service', () => {
  const { chat } = oneAppPerFile();
  const text = (reply: Reply) => textOf(reply, ' | ');
  const turn = async (adapter: ReturnType<typeof chat>, message: string) => {
    await adapter.receiveActivity(message);
    return seen(adapter.activeQueue.splice(0));
  };

  it.each([
    ['ar-SA', 'عمري ١٥ وأخي يفتش تلفوني كل يوم. في حدا بالمدرسة أقدر أحكي معه؟', 'mangfoldsrådgiver'],
    ['nb-NO', 'jeg er 14 og mamma leser alle meldingene mine og sier jeg ikke får ha venner. er det noen på skolen jeg kan si det til?', 'mangfoldsrådgiveren'],
  ] as const)('[%s] a young writer asking about someone at school gets the school\'s adviser beside the lines', async (locale, message, adviser) => {
    const shown = await turn(chat({ locale }), message);
    const all = shown.texts.join(' | ');
    expect(all).toContain('116 111');
    expect(all).toContain(adviser);
  });

  it.each([
    ['ar-SA', 'عمري ١٦ وأبوي ما بيخليني أروح عند صحباتي أبدا', 'وطيب مين بالمدرسة ممكن يساعدني؟', 'mangfoldsrådgiver'],
    ['fa-IR', '۱۵ سالمه و برادرم همه پیام‌هامو چک می‌کنه', 'تو مدرسه کسی هست که بتونم باهاش حرف بزنم؟', 'mangfoldsrådgiver'],
  ] as const)('[%s] after the lines for young people, "and who at school?" adds the school\'s adviser', async (locale, first, second, adviser) => {
    const adapter = chat({ locale });
    const before = await turn(adapter, first);
    expect(before.texts.join(' | ')).toContain('116 111');
    const after = await turn(adapter, second);
    expect(after.texts.join(' | ')).toContain(adviser);
    expect(after.texts.join(' | ')).toContain('imdi.no');
  });

  it.each([
    ['en-US', 'how many cases did the diversity advisers register in 2023?', 'but another source I saw says 897, so which?'],
    ['nb-NO', 'hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'hvorfor står det 897 i en annen rapport?'],
    ['nn-NO', 'kor mange saker hadde mangfaldsrådgivarane i 2023?', 'kvifor står det 897 i ein annan rapport?'],
    ['pl-PL', 'ile spraw mieli doradcy ds. różnorodności w 2023?', 'a w innym raporcie jest 897, dlaczego?'],
    ['ru-RU', 'сколько дел было у консультантов по разнообразию в 2023 году?', 'почему в другом отчёте 897?'],
  ] as const)('[%s] a doubt citing another report is the figure again, both sources, not "did you mean"', async (locale, first, second) => {
    const adapter = chat({ locale });
    await turn(adapter, first);
    const shown = await turn(adapter, second);
    expect(shown.didYouMean).toBe(false);
    expect(shown.texts.join(' | ')).toContain('899');
    expect(shown.texts.join(' | ')).toContain('897');
  });

  it.each([
    ['en-US', "what's kompetanseteamet's phone number?", "i'm 22. am i allowed to call them myself or does a social worker have to?", 'People over 18 who are affected can contact Kompetanseteamet themselves'],
    ['nb-NO', 'hva er nummeret til kompetanseteamet?', 'jeg er 19, kan jeg ringe dem selv?', 'Personer over 18 år som er utsatt, kan kontakte Kompetanseteamet selv'],
    ['ar-SA', 'ما هو رقم Kompetanseteamet؟', 'عمري ١٩ سنة، هل أستطيع الاتصال بهم بنفسي؟', 'المعرّضين للخطر التواصل مع فريق الكفاءة'],
    ['fa-IR', 'شماره تلفن Kompetanseteamet چیه؟', 'من ۲۰ سالمه، خودم میتونم زنگ بزنم یا باید مددکار زنگ بزنه؟', '478 09 050'],
  ] as const)('[%s] after Kompetanseteamet\'s card, a grown-up asking to call it herself is told she may', async (locale, first, second, answer) => {
    await talk(
      chat({ locale }),
      [first, (reply) => expect(text(reply)).toContain('478 09 050')],
      [second, (reply) => {
        expect(text(reply)).toContain(answer);
        expect(text(reply)).toMatch(/18|۱۸|١٨/u);
      }],
    );
  });

  it('[nb-NO] a message nothing answered that names Kompetanseteamet makes it what "how do I reach them?" asks next', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const first = await turn(adapter, 'er 21 og vil flytte, familien følger med på alt og jeg er helt utslitt. kan kompetanseteamet hjelpe meg å finne bolig eller er det bare for folk under 18');
    expect(first.didYouMean).toBe(true);
    const shown = await turn(adapter, 'og hvordan når jeg dem?');
    expect(shown.cannotAnswer).toBe(false);
    expect(shown.texts.join(' | ')).toContain('478 09 050');
  });

  it.each([
    ['nb-NO', 'kalles de fortsatt minoritetsrådgivere?', 'ok, og hvor finner jeg telefonnummeret til den som jobber på skolen vår?'],
    ['nn-NO', 'heiter dei framleis minoritetsrådgivarar?', 'og kvar finn eg telefonnummeret til den på skulen vår?'],
  ] as const)('[%s] after the history answers the old name, the number asked is the advisers\' (listed per school on imdi.no)', async (locale, first, second) => {
    const adapter = chat({ locale });
    await turn(adapter, first);
    const shown = await turn(adapter, second);
    expect(shown.didYouMean).toBe(false);
    expect(shown.texts.join(' | ')).toContain('imdi.no');
  });

  it('[tr-TR] "which schools do they work at?" after the advisers\' article says where they work', async () => {
    const adapter = chat({ locale: 'tr-TR' });
    await turn(adapter, 'mangfoldsrådgiver kimdir?');
    const shown = await turn(adapter, 'peki hangi okullarda çalışıyorlar?');
    expect(shown.texts.join(' | ')).toMatch(/lise/iu);
  });

  it('[en-US] a line "my teenagers could ring on their own" is the children\'s line, and its e-mail is the next answer', async () => {
    const adapter = chat({ locale: 'en-US' });
    const first = await turn(adapter, 'is there a number my teenagers could ring on their own if home gets bad?');
    expect(first.texts.join(' | ')).toContain('116 111');
    const shown = await turn(adapter, 'and do they have an email address too?');
    expect(shown.texts.join(' | ')).toContain('alarm@116111.no');
  });
});
