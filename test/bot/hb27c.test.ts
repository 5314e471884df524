import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * The right contacts for two people's needs and for grown-ups (hb27c, issue #13). Phrasings written for this test,
 * none taken from an evaluation set; the Arabic ones are machine-assisted.
 */
describe('conversation: the right contacts for two needs and for adults', () => {
  const runner = conversationRunnerPerFile();
  const teamOrNumber = ['Kompetanseteamet', '478 09 050'];
  const grownUpLine = ['815 55 201', '116 006'];
  const youngLine = ['116 111', '815 55 201'];
  const whoTrains = ['RVTS', 'fagteam', 'Fagteamet', 'post@imdi.no'];
  const duty = ['barnevern', 'child welfare', 'Child welfare', 'Kompetanseteam'];

  async function expectFacts(lng: 'nb' | 'nn' | 'en' | 'ar', text: string, facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.cannotAnswer).toBe(false);
    for (const fact of facts) expect(containsFact(view.texts, fact)).toBe(true);
  }

  // Housing asked with a joined preposition ("بالسكن"), living on one's own, and a line written "خط تلفون": a grown-up's
  // housing is Kompetanseteamet's offer, and the line is the adults' line.
  it.each([
    ['ar', 'أعمل مع اللاجئين. شاب عمره ٢٣ يبحث عن مساعدة للسكن بعيداً عن عائلته. وهل يوجد خط تلفون مجاني؟', [teamOrNumber, grownUpLine]],
    ['ar', 'أعمل في مركز استقبال. شابة عمرها 22 تريد أن تترك أهلها وتعيش لوحدها. من يساعد بالسكن؟ وهل في خط تلفون مجاني لمثل هذه الأمور؟', [teamOrNumber, grownUpLine]],
    ['ar', 'أختي عمرها ٢١ وتريد أن تعيش لوحدها. مين بيساعد بالسكن؟', [teamOrNumber]],
  ] as const)('%s: a grown-up\'s housing and a line: %s', async (lng, text, facts) => {
    await expectFacts(lng, text, facts);
  });

  // Nynorsk "ringja" and "utan å seia kven ho er": a line a young person can call without giving a name.
  it.each([
    ['nn', 'Niesa mi er 15 og synest foreldra er veldig strenge. Finst det ein telefon ho kan ringja utan å seia kven ho er?'],
    ['nn', 'Kan sonen min på 14 ringja nokon utan å seie kven han er?'],
  ] as const)('%s: an anonymous line for a young person: %s', async (lng, text) => {
    await expectFacts(lng, text, [youngLine]);
  });

  // A child who wants to talk without her name, and a grown-up who wants advice: both lines, in one answer.
  it.each([
    ['nb', 'Datteren min på 12 vil snakke med noen anonymt. Hvor kan jeg som mor få råd?'],
    ['nn', 'Jenta er 13 og vil snakke med nokon anonymt. Kven kan mora snakke med om ho treng råd?'],
    ['en', 'Our daughter is 13 and would like to talk to someone without giving her name. Is there also somewhere I, her mother, can get advice?'],
  ] as const)("%s: the child's line and the grown-up's line: %s", async (lng, text) => {
    await expectFacts(lng, text, [['116 111'], ['815 55 201']]);
  });

  // Training asked as a task from the writer's leader, after a story naming the families' countries: who trains staff.
  it.each([
    ['en', "I'm a public health nurse and our head of department asked me to find out who could run a course for us on forced marriage. Any suggestions?"],
    ['en', 'I teach at a secondary school. Many of our pupils have families from Iraq and Syria. My principal asked me to find out who could give the staff some training on honour-related violence. Any ideas?'],
    ['nb', 'Jeg er sykepleier på en fødeavdeling. Vi møter mange kvinner fra Etiopia og Somalia. Avdelingslederen ba meg finne ut hvem som kunne holde kurs for oss om negativ sosial kontroll. Noen tips?'],
    ['nn', 'Eg er jordmor. Vi møter mange familiar frå Eritrea og Sudan. Leiaren min bad meg finne ut kven som kunne halde kurs for oss om æresrelatert vald. Har du tips?'],
  ] as const)('%s: who trains staff, asked for a leader: %s', async (lng, text) => {
    await expectFacts(lng, text, [whoTrains]);
  });

  // Whether a confidence may be passed on to the school's diversity adviser: the duty, not the adviser's card alone.
  it.each([
    ['en', 'Can I share with the diversity adviser what a pupil told me in confidence, or would I be breaking confidentiality?'],
    ['en', 'Am I allowed to tell the diversity adviser what a pupil told me in confidence?'],
  ] as const)('%s: confidentiality and the duty: %s', async (lng, text) => {
    await expectFacts(lng, text, [duty]);
  });
});
