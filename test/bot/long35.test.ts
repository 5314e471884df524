import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Long stories and who is asking (issue #13, long35): our own probes, with their twins.
 *  A: the writer's own role named in the story ("been an envoy for two years", "I'm one of the diversity advisers",
 *     "as a diversity adviser", "har vært mangfoldsrådgiver") is who writes, not the service asked for, so the article
 *     about the question answers (the story cap that made any service named only in the story a suggestion was removed:
 *     measured, it read two-needs contact questions in ar/fa/ti/ur as stories).
 *     Twins: a service named in the asking sentence ("What is the phone number of Kompetanseteamet?") stays asked.
 *  B: countries said as where settled families come from, in a list ("fra Somalia og Afghanistan", "з Еритреї та
 *     Іраку"), route no envoy: a wish for staff training gets IMDi's expert team (or RVTS). Twins: a person taken to a
 *     country keeps the emergency card and the envoy and UD.
 *  C: a short question ("Hvem tilbyr sånt?", "Who offers that?") leans on the sentence before it, which names the
 *     training. Twin: a threatened adult's story keeps the emergency card.
 */
describe('long stories and who is asking (long35)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string, string[][]]>([
    ["A-en-envoy", "en", "been an envoy for two years now and our reporting is changing. my boss mentioned a joint report for all the special services. nobody gave us the date though. when does the joint report have to be in?", [["01.04.2025", "1 April 2025", "April 2025"]]],
    ["A-en-one-of", "en", "I'm one of the diversity advisers in the west. We have a busy term with many new pupils. My colleagues say our job description is being rewritten. By what date did IMDi have to revise the mandate?", [["01.04.2024", "1 April 2024", "April 2024"]]],
    ["A-en-as-a", "en", "As a diversity adviser I work at two schools. The pupils know me well and the teachers ask a lot. Someone said the adviser mandate was being revised. When was IMDi supposed to finish that revision?", [["01.04.2024", "1 April 2024", "April 2024"]]],
    ["A-en-twin-number", "en", "I've been a teacher for many years. This autumn we got two hard cases. What is the phone number of Kompetanseteamet?", [["478 09 050", "47809050"]]],
    ["A-en-twin-adviser", "en", "I'm a teacher at a school in the west. We have a busy term with many new pupils. How do I find the diversity adviser for our school?", [["imdi.no"]]],
    ["B-nb-origins", "nb", "Vi er tre ansatte i flyktningtjenesten i en liten kommune. I år har vi bosatt familier mest fra Somalia og Afghanistan, og det går stort sett fint. Vi har hatt en sak som nå er avsluttet. Sjefen vil at alle får opplæring før neste runde. Hvem tilbyr det, og hva koster det?", [["fagteam", "post@imdi.no", "RVTS"]]],
    ["B-en-origins", "en", "I work in the refugee service. This year we settled families from Eritrea and Iraq, and earlier mostly Ukrainians. My manager asked me to find someone who can come and hold a seminar for the whole department. Who does that and how do we reach them?", [["expert team", "fagteam", "post@imdi.no", "RVTS"]]],
    ["B-uk-origins", "uk", "Я працюю в службі для біженців. Цього року до нас переселили кілька сімей з Еритреї та Іраку. Ніхто з колег не проходив навчання. Керівник попросив мене знайти, хто може приїхати і провести семінар для всього відділу. Хто це робить і як з ними зв'язатися?", [["fagteam", "post@imdi.no"]]],
    ["B-ru-origins", "ru", "Я работаю в службе для беженцев. В этом году к нам переселили семьи из Сирии и Афганистана. Никто из коллег не проходил обучение. Руководитель попросил найти, кто может приехать и провести семинар для всего отдела. Кто это делает и как с ними связаться?", [["fagteam", "post@imdi.no"]]],
    ["B-nn-origins", "nn", "Me er fire tilsette i flyktningtenesta. I år har me busett familiar frå Syria og Eritrea, og alt går fint. Ingen av oss har hatt opplæring. Leiaren vil at me finn nokon som kan kome og halde kurs for heile avdelinga. Kven gjer det og korleis når me dei?", [["fagteam", "post@imdi.no", "RVTS"]]],
    ["C-nb-leaning", "nb", "Jeg er leder for et lite team i NAV. Vi har hatt noen saker om kontroll i familier, alle er avsluttet. Nå vil vi at hele teamet får opplæring i negativ sosial kontroll. Hvem tilbyr sånt?", [["fagteam", "post@imdi.no", "RVTS"]]],
    ["C-en-leaning", "en", "I lead a small team at a reception centre. We had a few cases about family control last year, all closed now. My director wants the whole staff to get training on this before spring. Who offers that?", [["expert team", "fagteam", "post@imdi.no", "RVTS"]]],
    ["C-nn-leaning", "nn", "Eg leiar eit lite team på vaksenopplæringa. Me hadde nokre saker om kontroll i familien i fjor, alle er avslutta. No vil rektor at alle tilsette får opplæring før jul. Kven tilbyr slikt?", [["fagteam", "post@imdi.no", "RVTS"]]],
  ])('%s: calm, answered with the facts', async (_id, lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expectCalmByTheRules(view, message, lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  it.each<[string, Lang, string, string[][]]>([
    ["B-nb-twin-taken", "nb", "Vi har en familie fra Syria i kommunen. Datteren på 17 ble sendt til Somalia i sommer og er ikke kommet tilbake. Hvem kan hjelpe henne der?", [["Nairobi", "UD", "+47 23 95 00 00"]]],
    ["B-en-twin-taken", "en", "I work in the refugee service. We settled a family from Eritrea and Iraq last year. The father has now taken the 16-year-old son to Iraq and he has not come back. Who can help him there?", [["Amman", "UD", "+47 23 95 00 00"]]],
    ["C-nb-twin-threat", "nb", "Jeg er leder for et lite team i NAV. En bruker på 22 sier familien truer henne fordi hun vil flytte. Hun er redd. Hvem kan vi ringe?", [["478 09 050", "47809050", "116 006", "815 55 201"]]],
  ])('%s: the danger twin keeps the emergency card and its contacts', async (_id, lang, message, facts) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('the contact reading: a role told is no service asked (A)', () => {
    const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    const read = (text: string, lng: Lang) => recognizer.read(text, lng);

    it('twins: a service named in the asking sentence, or a contact asked, stays asked', () => {
      expect(read('I have been a diversity adviser for three years. This term was busy. A pupil asked me something I could not answer. What is the phone number of Kompetanseteamet?', 'en')).toMatchObject({ score: 0.99, query: { serviceId: 'kompetanseteamet' } });
      expect(read('I am a teacher. A pupil told me her parents are very strict. She seems scared. Can I call the diversity adviser about this?', 'en')).toMatchObject({ score: 0.99, query: { serviceId: 'diversity-advisers' } });
      expect(read('Jeg jobber i barnehage. En mor sa at hun er redd. Hun vil ikke gå til politiet. Kan hun ringe Røde Kors-telefonen?', 'nb')).toMatchObject({ score: 0.99, query: { serviceId: 'rode-kors-telefonen' } });
      // The adviser who writes asks who to call: a contact asked, not the advisers themselves.
      expect(read('Jeg har vært mangfoldsrådgiver i tre år. Denne høsten var travel. En elev spurte om noe jeg ikke kunne svare på. Hvem kan jeg ringe for råd?', 'nb')?.score).toBeGreaterThan(0.35);
      expect(read('Jeg har vært mangfoldsrådgiver i tre år. Denne høsten var travel. En elev spurte om noe jeg ikke kunne svare på. Hvem kan jeg ringe for råd?', 'nb')?.query.serviceId).toBeUndefined();
    });
  });

  describe('countries in a list of origins (B)', () => {
    const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    it.each<[Lang, string]>([
      ['nb', 'Vi har bosatt familier fra Syria og Ukraina i år. Alt går fint. Vi ønsker kurs for de ansatte. Hvem kan holde kurs?'],
      ['uk', 'Цього року ми прийняли сім\'ї з Сирії та Іраку. Все спокійно. Ми хочемо навчання для працівників. Хто може провести навчання?'],
      ['en', 'This year we settled families from Eritrea, Syria and Iraq. All is calm. We want training for our staff. Who can hold a course?'],
    ])('%s "%s": no country, who trains', (lng, text) => {
      const reading = recognizer.read(text, lng);
      expect(reading?.query.country).toBeUndefined();
      expect(reading?.query.training).toBe(true);
    });
    it('twin: a country joined by "og" to no origin stays where the person is', () => {
      expect(recognizer.read('Familien kom til Norge i 2019. Nå er datteren sendt til Somalia og Kenya. Hvem kan hjelpe henne?', 'nb')?.query.country).toBeDefined();
    });
  });

  /**
   * long35b: a short asking sentence ("who do I call for each?") leans on the sentence before it for a case abroad told
   * there, not only for the training; a question of covering or of an embassy asks about the countries people come from.
   * Our own probes with their twins.
   */
  describe('the leaning question keeps the case abroad; covering asks about origins (long35b)', () => {
    const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    it.each<[Lang, string, string]>([
      ['en', "Teacher here. 1) a pupil says her cousin was taken to Iraq in june and hasn't been let home since, 2) our staff also needs a course about this. who do I call for each?", 'IQ'],
      ['nb', 'Lærer her. 1) ei elev sier at søstera ble sendt til Irak i sommer og ikke får komme hjem, 2) vi vil også ha kurs for personalet. hvem ringer jeg for hver av dem?', 'IQ'],
    ])('%s "%s": the country and the training, both', (lng, text, country) => {
      expect(recognizer.read(text, lng)?.query).toMatchObject({ country, training: true });
    });
    it('twin: a cousin who came from the country long ago is no case abroad, only the training', () => {
      const reading = recognizer.read('Teacher here. A pupil says her cousins came from Iraq long ago and are doing well. Our staff also needs a course about this. Who offers that?', 'en');
      expect(reading?.query.country).toBeUndefined();
      expect(reading?.query.training).toBe(true);
    });
    it.each<[Lang, string]>([
      ['en', 'Our kindergarten has many children from Eritrea and Sudan, all doing fine. A colleague mentioned envoys at embassies. Just wondering, which embassy covers those two countries?'],
      ['nb', 'Vi har mange barn fra Eritrea og Sudan i barnehagen, og alt går fint. En kollega nevnte spesialutsendinger på ambassadene. Bare lurer: hvilken ambassade dekker de landene?'],
    ])('%s "%s": origins asked about by covering keep a country', (lng, text) => {
      expect(recognizer.read(text, lng)?.query.country).toBeDefined();
    });
    it('twin: origins beside a training asked keep none', () => {
      expect(recognizer.read('Our kindergarten has many children from Eritrea and Sudan, all doing fine. A colleague mentioned a course for staff. Just wondering, who can hold such a course for us?', 'en')?.query.country).toBeUndefined();
    });
    it('conversation: the envoy answers the covering question about origins, calm', async () => {
      const message = 'Vi har mange familier fra Etiopia og Somalia i bydelen, alle har det bra. En kollega fortalte om spesialutsendinger etter et kurs. Bare nysgjerrig: hvilken ambassade dekker de landene?';
      const view = await runner.turn('nb', message);
      expectCalmByTheRules(view, message, 'nb');
      expect(containsFact(view.texts, ['Nairobi'])).toBe(true);
    });
  });
});
