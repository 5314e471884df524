import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * "Did you mean" on clear questions (issue #13, session 32): each class the reader was unsure of, with its own example
 * sentences, through the real bot: the answer, not a choice of topics, with the facts a person needs.
 */
describe('clear questions get the answer, not "did you mean"', () => {
  const runner = conversationRunnerPerFile();

  const KT = ['478 09 050', '47809050'];
  const EXPERT_TEAM = ['post@imdi.no'];
  const RED_CROSS = ['815 55 201'];

  // Someone to discuss a case with, without saying who: "drøfte", "discuss", "обговорити", "omówić", "ክዛረበሉ" asked with
  // a wish to stay anonymous (also typed "aa" for å), is Kompetanseteamet's advice for services.
  it.each<[Lang, string]>([
    ['nb', 'Vi i SFO lurer på en familie der far bestemmer alt for mora. Er det noen vi kan drøfte dette med uten å si hvem det er?'],
    ['nn', 'Eg er miljøterapeut og har ei jente eg uroar meg for. Finst det nokon eg kan drofte dette med utan aa seie namn?'],
    ['en', "I work at a youth club. Is there someone we could discuss a family's situation with anonymously?"],
    ['uk', 'Я соціальна працівниця. Чи є хтось, з ким можна анонімно обговорити випадок однієї родини?'],
    ['ru', 'Я работаю в детском саду. Есть ли кто-то, с кем можно анонимно обсудить одну семью?'],
    ['pl', 'Pracuję w szkole. Czy jest ktoś, z kim mogę anonimowo omówić sytuację jednej rodziny?'],
  ])('someone to discuss a case with anonymously (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT]);
  });

  it('a number to talk on without giving one\'s name, in Tigrinya: the lines, the Red Cross line among them', async () => {
    await expectAnsweredWith(runner, 'ti', 'ኣብ ቤት ትምህርቲ እሰርሕ። ብዛዕባ ሓንቲ ስድራ ስመይ ከይሃብኩ ክዛረበሉ ዝኽእል ሰብ ኣሎ ዶ?', [KT, RED_CROSS]);
  });

  // Consulting without consent is consulting without saying who: Kompetanseteamet's card says it can be done anonymously.
  it.each<[Lang, string]>([
    ['en', 'Can I discuss a client with Kompetanseteamet without consent, or does that break confidentiality?'],
    ['nn', 'Kan eg drøfte ein elev med Kompetanseteamet utan samtykke frå foreldra?'],
  ])('consulting Kompetanseteamet without consent (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT]);
  });

  // A speaker, a course or a theme day for staff or parents: asked as "whom can we invite", in an earlier question of the
  // message ("… a course? And how do we book it?"), as a wish followed by "is there such a thing?", or as a parents'
  // meeting someone is asked to hold.
  it.each<[Lang, string]>([
    ['nb', 'Vi skal ha planleggingsdag i august. Hvem kan vi invitere til å snakke om negativ sosial kontroll for personalet?'],
    ['en', 'Our library wants to host a theme evening on forced marriage for parents. Who could we invite as a speaker?'],
    ['uk', 'Ми працюємо в центрі для біженців. Кого можна запросити провести лекцію для працівників про примусові шлюби?'],
    ['ru', 'Мы работаем в школе для взрослых. Кого можно пригласить выступить перед сотрудниками о контроле в семье?'],
    ['pl', 'Jesteśmy ośrodkiem dla uchodźców. Kogo możemy zaprosić na wykład dla pracowników o przemocy honorowej?'],
    ['nn', 'Me er ein barnehage i Sunnfjord. Me ønskjer ein fagdag for personalet om kjønnslemlesting. Finst det noko slikt?'],
    ['en', 'We run an after-school club. Is there anyone who can give a short course for our staff on honour-related violence? And how do we book it?'],
    ['nb', 'Hei, jeg jobber på en barneskole. Rektor og jeg tenker at det hadde vært lurt med et foreldremøte om frihet og grenser. Kan vi få noen til å holde det?'],
  ])('a speaker or a course for staff or parents (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [EXPERT_TEAM]);
  });

  // The services' names now and before, asked with words between ("hva kalles … i dag?"), or with the school advisers
  // named in other words: the history of the services, which gives the names.
  it.each<[Lang, string, readonly string[]]>([
    ['nb', 'hva kalles minoritetsrådgiverne i dag?', ['mangfoldsrådgiver']],
    ['nn', 'kva heiter integreringsrådgjevarane no?', ['spesialutsending']],
    ['en', 'what are the integration advisers at the embassies called nowadays?', ['envoy']],
    ['fa', 'مشاوران مدرسه که در این زمینه کمک می‌کنند قبلاً چه نام داشتند؟', ['minoritetsrådgiver', 'اقلیت']],
  ])('the names now and before (%s): %s', async (lang, message, fact) => {
    await expectAnsweredWith(runner, lang, message, [fact]);
  });

  // Someone at school asked for, and nothing else: the school's diversity adviser, whose number is on imdi.no.
  it.each<[Lang, string]>([
    ['nn', 'Eg er kontaktlærar på vidaregåande og har ein elev som ikkje får vere med på noko etter skuletid. Er det nokon på skulen som jobbar med slikt?'],
    ['nb', 'Er det noen på skolen som jobber med sånt? Jeg er lærer og en elev får ikke bli med på tur.'],
    ['en', 'My son is in upper secondary and has trouble at home. I want to talk to the adviser at his school. How do I reach him?'],
    ['ar', 'ابني في المدرسة الثانوية. أريد التحدث مع المستشار في المدرسة. كيف أجد رقم هاتفه؟'],
  ])('someone at school who works with this (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['imdi.no']]);
  });

  it('a question about a named service with its number asked beside it: the card, number and all', async () => {
    await expectAnsweredWith(runner, 'nb', 'Hva gjør egentlig Kompetanseteamet for barnevernet, og kan du gi meg nummeret deres?', [KT]);
  });

  // Somewhere a young person can read about it herself, beside an anonymous place to ask: Nora and ung.no.
  it.each<[Lang, string, readonly (readonly string[])[]]>([
    ['en', "I'm a youth worker. Is there a website where a girl can read about this herself, and somewhere she can ask questions anonymously?", [['imdi.no/nora'], ['ung.no']]],
    ['nb', 'Jeg er helsesykepleier. Hvor kan en jente lese om dette selv?', [['nora']]],
  ])('somewhere to read about it herself (%s): %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
