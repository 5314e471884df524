import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import { ASKS_WHO_TO_CONTACT } from '../../src/contacts/intents';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });

describe('a place to get advice, anonymously if wanted, is whom to contact', () => {
  it.each([
    ['nb', 'finnes det et sted jeg kan få råd anonymt?'],
    ['nb', 'hvor kan foreldre få råd?'],
    ['en', 'where can I get advice without giving my name?'],
    ['ar', 'أين يمكن للوالدين الحصول على المشورة؟'],
    ['fa', 'کجا می‌توانم بدون ذکر نام مشاوره بگیرم؟'],
    ['ur', 'main anonymous tor par mashwara kahan le sakta hoon?'],
    ['fa', 'شماره‌ای هست که بدون گفتن اسمم زنگ بزنم و مشورت بگیرم؟'],
    ['fa', 'جایی هست که بشه بدون ذکر اسمم با یکی درباره خانواده‌ام حرف بزنم؟'],
    ['fa', 'میخوام مشاوره بگیرم ولی اسمم مخفی بمونه، کجا برم؟'],
    ['pl', 'gdzie mogę dostać poradę anonimowo?'],
  ] as const)('%s: %s', (lng, text) => {
    const reading = recognizer.read(text, lng);
    expect(reading?.score).toBeGreaterThanOrEqual(ASKS_WHO_TO_CONTACT);
    expect(reading?.query.serviceId).toBeUndefined();
  });

  it('keeps "where can a young person ask anonymously" for ung.no\'s article (no contact reading of its own)', () => {
    expect(recognizer.read('hvor kan ungdom stille spørsmål anonymt?', 'nb')?.score ?? 0).toBeLessThan(ASKS_WHO_TO_CONTACT);
  });

  it('answers "what is VO-linjen?" with the helpline\'s card, which says what it is for', () => {
    const reading = recognizer.read('Hva er VO-linjen?', 'nb');
    expect(reading?.query.serviceId).toBe('vo-linjen');
    expect(reading?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('reads parents asking where parents get help as the asker calling, not their daughter', () => {
    const query = recognizer.read('Vi er foreldre til en jente på 15 og føler press fra slekta. Hvor kan foreldre få hjelp?', 'nb')?.query;
    expect(query?.youngCaller).toBeUndefined();
    expect(recognizer.read('Our daughter is 15. Where can parents get support?', 'en')?.query.youngCaller).toBeUndefined();
  });

  it("gives a parent Røde Kors-telefonen, the school's diversity adviser (who works with parents), SEIF and VO-linjen first", () => {
    const steps = planSteps({ askerRole: 'parent' }, directory);
    expect(steps.slice(0, 4).map((s) => s.serviceId)).toEqual(['rode-kors-telefonen', 'diversity-advisers', 'seif', 'vo-linjen']);
    expect(steps[1]?.reason.key).toBe('advisersParents');
  });
});
