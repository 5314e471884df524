import { conversationRunnerPerFile, expectAnsweredWith, expectDeclined } from '../helpers/conversation-runner';

/**
 * Contacts and scope on the held-back sets 83 and 84 (hb29c, issue #13), by class. Phrasings written for this test.
 * Contact facts: /work/shared/domain.md §12 (fagteamet post@imdi.no; Røde Kors-telefonen 815 55 201; Kompetanseteamet
 * 478 09 050, which coordinates housing for exposed people over 18; Nora and ung.no for young people).
 */
describe('conversation: contacts and scope (hb29c)', () => {
  const runner = conversationRunnerPerFile();

  // An everyday subject beside a wedding the writer goes to as a guest: the wedding is the occasion, not a marriage of
  // the domain. GDPR and a school's photo policy are outside the field too.
  it.each([
    ['nb', 'Kan du hjelpe meg å skrive en søknad om permisjon? Jeg skal i bryllup til kusina mi i Tyrkia i mai.'],
    ['nn', 'Kan du skrive ein permisjonssøknad for meg? Eg skal i bryllaup hjå venninna mi i Litauen.'],
    ['en', 'Can you write my request for a leave of absence? I am going to a friend\'s wedding in Spain.'],
    ['en', 'What does GDPR say about publishing photos of pupils from sports day on the school website?'],
    ['nb', 'Hva sier GDPR om å legge ut bilder av elevene på skolens Facebook-side?'],
    ['nn', 'Kva seier GDPR om samtykke til bilete av elevane på nettsida til skulen?'],
    ['pl', 'Jakie są zasady RODO dotyczące publikowania zdjęć uczniów na stronie szkoły?'],
  ] as const)('%s: an everyday subject is declined: %s', async (lng, text) => {
    expectDeclined(await runner.turn(lng, text), lng);
  });

  it.each([
    ['nb', 'Jeg skal i bryllupet til kusina mi i Pakistan, men hun er bare 16 og vil ikke gifte seg. Kan du skrive en søknad om permisjon?'],
    ['en', 'Can you write my leave application? I am going to my cousin\'s wedding in Iraq, but she is 15 and is being forced to marry.'],
  ] as const)('%s: a forced marriage beside the errand keeps it in scope: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
    expect(view.cannotAnswer && !view.emergency).toBe(false);
  });

  // A training day the head of the school asked the writer to find is the service's own wish for training: IMDi's
  // expert team (fagteamet, post@imdi.no), which trains staff at schools without a diversity adviser.
  it.each([
    ['nb', 'Jeg er lærer på en ungdomsskole uten mangfoldsrådgiver. Rektor ba meg finne noen som kan holde en fagdag for personalet om negativ sosial kontroll. Finnes det et slikt tilbud?'],
    ['nn', 'Eg er lærar på ein vidaregåande skule utan mangfaldsrådgivar. Rektor bad meg finne nokon som kan halde ein fagdag for personalet om negativ sosial kontroll. Finst det eit slikt tilbod?'],
    ['en', 'I teach at a school without a diversity adviser. The principal asked me to find someone who could run a training day for the staff on honour-related violence. Does anything like that exist?'],
  ] as const)('%s: a training day the principal asked for gets the expert team: %s', async (lng, text) => {
    await expectAnsweredWith(runner, lng, text, [['post@imdi.no']]);
  });

  // "None of them is in acute danger": a calm story, no emergency card.
  it.each([
    ['nb', 'Jeg er helsesykepleier. Flere gutter har fortalt om strenge regler hjemme, men ingen av dem er i akutt fare. Vi ønsker kurs for lærerne. Hvem kan holde det?'],
    ['en', 'I am a school nurse. Several pupils have told me about strict rules at home, but none of them are in immediate danger. We need training for the teachers. Who can provide it?'],
  ] as const)('%s: none of them in danger, a course asked: no emergency card: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  // Polish typed without its marks ("mlodziezy"), and a site asked beside a helpline named: the line and the sites.
  it.each([
    ['pl', 'Jestem nauczycielka. Prosze o numer do Røde Kors-telefonen i strone dla mlodziezy, gdzie uczniowie moga poczytac o swoich prawach.'],
    ['nb', 'Hva er nummeret til Røde Kors-telefonen, og finnes det en nettside for ungdom om negativ sosial kontroll?'],
    ['en', 'What is the number for Røde Kors-telefonen, and is there a website for young people about family control?'],
  ] as const)('%s: the Red Cross line and the sites for young people: %s', async (lng, text) => {
    await expectAnsweredWith(runner, lng, text, [['815 55 201'], ['imdi.no/nora', 'ung.no']]);
  });

  // Tigrinya: a number she can call without giving her name, and help leaving home for a grown-up (19): the Red Cross
  // line and Kompetanseteamet (housing and support for exposed people over 18).
  it('ti: an anonymous line and leaving home for a 19-year-old', async () => {
    await expectAnsweredWith(runner, 'ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ሓደ ወዲ 19 ዓመት ስድራኡ ኣዝዮም ይቆጻጸሩዎ። ስሙ ከይሃበ ክድውለሉ ዝኽእል ቁጽሪ ኣሎ ድዩ? ካብ ገዛ ክወጽእ እንተደለየ መን ይሕግዞ?', [
      ['815 55 201'],
      ['478 09 050', 'Kompetanseteamet'],
    ]);
  });

  // Arabic duty question written without hamza: the duty to notify child welfare, with Kompetanseteamet for advice.
  it('ar: a duty question without hamza gets the duty and Kompetanseteamet', async () => {
    const view = await runner.turn('ar', 'انا ممرضة في مركز صحي. فتاة عمرها 14 سنة قالت ان اهلها سيزوجونها في بلدهم هذا الشتاء. هل يجب علي ان ابلغ barnevernet؟');
    expect(view.emergency).toBe(true);
    expect(view.texts.some((t) => t.includes('478 09 050'))).toBe(true);
  });
});
