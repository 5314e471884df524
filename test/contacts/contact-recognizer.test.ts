import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandRecognizer } from '../../src/commands/command-recognizer';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { createContactCheck } from '../../src/evaluation/checks/contact-check';
import { loadEvalSets, parseEvalSet } from '../../src/evaluation/eval-set';
import { runEvaluation } from '../../src/evaluation/run-eval';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import { fallbackIntent } from '../../src/knowledge/guidance-feature';
import { isLang } from '../../src/language/languages';
import { createUnderstanding, prepareUtterance } from '../../src/understanding/understand';
import { directory, fixtureAdvisers, noAdvisers, places } from './contact-fixtures';

// (was contact-recognizer.test.ts)
const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const read = (text: string) => recognizer.read(text);

describe('contact recognizer', () => {
  it('reads a short "and <country> too?" as the same question for that country, in several languages', () => {
    expect(recognizer.read('а Чечнею теж вони?', 'uk')?.query.country).toBe('RU');
    expect(read('og Etiopia også?')?.query.country).toBe('ET');
    expect(read('what about Eritrea then?')?.query.country).toBe('ER');
    // A country inside a longer sentence is not a contact question.
    expect(read('Etiopia og Eritrea har en lang og vanskelig felles historie')).toBeUndefined();
  });

  it('reads "who advises …" without a modal as a contact question', () => {
    expect(read('kven gir råd til barnehagar i saker om kjønnslemlesting')).toMatchObject({ query: {}, score: 0.75 });
    expect(read('who advises kindergartens on FGM cases')).toMatchObject({ query: {}, score: 0.75 });
    expect(read('hvem veileder helsestasjoner om tvangsekteskap')).toMatchObject({ query: {}, score: 0.75 });
    // Not a question about who: an article's business.
    expect(read('Kompetanseteamet gir råd til barnehager')?.score ?? 0).toBeLessThan(0.5);
  });

  it('reads "what other options does she have?" after the police are refused as the lines she can call herself', () => {
    // Age not said: the helplines first; a grown-up: the lines for adults; a child: the lines for young people.
    expect(recognizer.read("She's terrified of going to the police. What other options does she have?", 'en')).toMatchObject({ query: { helpline: true }, score: 0.75 });
    expect(recognizer.read('My patient is 19 and does not want to involve the police. What alternatives does she have?', 'en')?.query).toEqual({ adultCaller: true });
    expect(recognizer.read('Pasienten er 24 og vil ikke gå til politiet. Finnes det alternativer til politiet for henne?', 'nb')?.query).toEqual({ adultCaller: true });
    expect(recognizer.read('Ho er redd politiet. Kva andre moglegheiter har ho?', 'nn')?.query).toMatchObject({ helpline: true });
    expect(recognizer.read('Она боится полиции. Какие есть другие варианты?', 'ru')?.query).toMatchObject({ helpline: true });
    expect(recognizer.read('Eleven på 15 vil ikke gå til politiet. Hvilke andre muligheter har hun?', 'nb')?.query).toMatchObject({ youngCaller: true, minor: true });
    // The police asked for themselves stay the police.
    expect(recognizer.read("what's the police non-emergency number?", 'en')?.query.serviceId).toBe('police');
  });

  it('does not take an everyday word for a short place name, nor the writer\'s own and former workplace for the service asked', () => {
    const story =
      'I started as a diversity adviser at an upper secondary school in Trondheim, coming from a job in child welfare. What networks exist that I can lean on, both for advice in specific cases and for building my own competence and training staff?';
    // "as" is not Ås, the adviser and child welfare introduce the writer; the case and the training are both asked.
    expect(recognizer.read(story, 'en')?.query).toMatchObject({ training: true, caseAdvice: true });
    expect(recognizer.read(story, 'en')?.query.serviceId).toBeUndefined();
    expect(recognizer.read('I work as a teacher. Who is the diversity adviser in Trondheim?', 'en')?.query.place).toBe('Trondheim');
    expect(recognizer.read('hvem er mangfoldsrådgiver i Ås', 'nb')?.query.place).toBe('Ås');
  });

  it('a school without an adviser and with no case, wanting a course: training, not advice in a case', () => {
    const nb = recognizer.read('Skolen vår er uten mangfoldsrådgiver, og vi har ingen konkret sak. Hvem kan holde kurs for lærerne?', 'nb')?.query;
    expect(nb).toMatchObject({ noAdviser: true, training: true });
    expect(nb?.caseAdvice).toBeUndefined();
    expect(recognizer.read('Ми хотіли б пройти навчання для колективу. До кого звернутися?', 'uk')?.query.training).toBe(true);
    expect(recognizer.read('Мы хотели бы пройти обучение для коллектива. К кому обратиться?', 'ru')?.query.training).toBe(true);
  });

  it('reads "she cannot live at home any more" as asking where she can live', () => {
    expect(recognizer.read('Kan hun ringe Kompetanseteamet selv? Hun er 22 og kan ikke bo hjemme lenger.', 'nb')?.query).toMatchObject({ serviceId: 'kompetanseteamet', housing: true });
    expect(recognizer.read("She is 20 and can't live at home any more. Who can help her?", 'en')?.query.housing).toBe(true);
  });

  it('reads a service asked for with a course for staff beside it as both needs', () => {
    expect(recognizer.read('Vi mangler mangfoldsrådgiver. Hvor finner vi en, og kan noen holde kurs for de ansatte?', 'nb')).toMatchObject({ query: { serviceId: 'diversity-advisers', training: true }, score: 0.8 });
    expect(recognizer.read('How do we find the diversity adviser nearest us, and is there training for our teachers?', 'en')?.query).toMatchObject({ serviceId: 'diversity-advisers', training: true });
  });

  it('reads a wish for training for staff, with no who or where, as asking who offers it', () => {
    expect(recognizer.read('Vi er en barnehage og ønsker kurs for de ansatte. Vi har ingen sak nå.', 'nb')?.query).toMatchObject({ training: true });
    expect(recognizer.read('We are a kindergarten and would like training for our staff. No case right now.', 'en')?.query).toMatchObject({ training: true });
    expect(recognizer.read('Jesteśmy przedszkolem i chcielibyśmy szkolenie dla pracowników.', 'pl')?.query).toMatchObject({ training: true });
    // The service's own wish said before a question that names no training.
    const story = 'We are a kindergarten with many families from abroad. There is no case now. We want to raise our competence. Who can help?';
    expect(recognizer.read(story, 'en')?.query).toMatchObject({ training: true });
  });

  it("reads a question about Kompetanseteamet's members, or a member agency's field, as asking its members", () => {
    expect(recognizer.read('hvem i kompetanseteamet er det som representerer politiet, og hvordan når vi dem', 'nb')?.query).toMatchObject({ serviceId: 'kompetanseteamet', members: true });
    expect(recognizer.read('we suspect forced marriage and her residence permit is under review. who can advise us on the immigration side?', 'en')?.query.members).toBe(true);
    expect(recognizer.read('кто представляет полицию в Kompetanseteamet?', 'ru')?.query.members).toBe(true);
    // Who answers or sits there: its members, and the coordinator who takes the call.
    expect(recognizer.read('kan kompetanseteamet bistå i en konkret sak, og hvem sitter der fra politiet', 'nb')?.query.members).toBe(true);
    expect(recognizer.read('kan vi ringje kompetanseteamet, og kven er det som svarar', 'nn')?.query.members).toBe(true);
    expect(recognizer.read('if we call kompetanseteamet, who answers the phone?', 'en')?.query.members).toBe(true);
    // Family members are not the team's.
    expect(recognizer.read('her family members control her. who can advise us?', 'en')?.query.members).toBeUndefined();
    expect(recognizer.read('what is the phone number of Kompetanseteamet?', 'en')?.query.members).toBeUndefined();
  });

  it('reads whom a young person (not the asker) can call or talk to', () => {
    for (const text of [
      'hvem kan en jente på 16 ringe hvis hun er redd for å bli giftet bort',
      'who can my 15 year old daughter talk to if she feels controlled at home',
      'kvar kan sonen min på 14 få hjelp',
      'hvor kan eleven snakke med noen uten at foreldrene vet det',
    ]) {
      expect(read(text)).toMatchObject({ query: { youngCaller: true, minor: true }, score: 0.75 });
    }
    // The asker will call: no young caller.
    expect(read('hvem kan jeg ringe om en jente på 16')?.query.youngCaller).toBeUndefined();
    expect(read('who can I call about my daughter')?.query.youngCaller).toBeUndefined();
    expect(read('who can we talk to about a pupil who is 15')?.query.youngCaller).toBeUndefined();
    // A grown-up will call: the lines for adults.
    expect(read('hvem kan en kvinne på 25 ringe')?.query).toMatchObject({ adultCaller: true });
    expect(read('is there a line the woman can call herself?')).toMatchObject({ query: { adultCaller: true }, score: 0.75 });
    expect(read('kvinna er 28. kvar kan ho sjølv ringje?')?.query).toMatchObject({ adultCaller: true });
    // Age not said: the helplines.
    expect(read('finnes det et nummer hun selv kan ringe?')?.query).toMatchObject({ helpline: true });
    expect(read('finnes det et nummer hun selv kan ringe?')?.query.adultCaller).toBeUndefined();
  });

  it('reads the one-message questions from the issue', () => {
    expect(read('Eleven er holdt tilbake i Somalia')).toEqual({ query: { country: 'SO', whereabouts: 'abroad', minor: true }, score: 0.95 });
    expect(read('who covers Iran?')).toEqual({ query: { country: 'IR' }, score: 0.99 });
    expect(read('telefonnummer til Kompetanseteamet')).toEqual({ query: { serviceId: 'kompetanseteamet' }, score: 0.99 });
    expect(read('hvem er mangfoldsrådgiver på Hellerud vgs?')).toEqual({ query: { serviceId: 'diversity-advisers', place: 'Hellerud vgs' }, score: 0.99 });
  });

  it('gives "what is X" a lower contact score than "number for X", leaving it to the guidance articles', () => {
    const whatIs = read('hva er kompetanseteamet')?.score ?? 0;
    const number = read('nummer til kompetanseteamet')?.score ?? 0;
    expect(whatIs).toBeLessThan(0.35);
    expect(number).toBeGreaterThan(0.8);
    expect(read('what does the diversity adviser do?')?.score ?? 0).toBeLessThan(0.35);
  });

  it('knows the old names of the schemes', () => {
    expect(read('kontakt minoritetsrådgiveren')?.query.serviceId).toBe('diversity-advisers');
    expect(read('hvordan kontakter jeg integreringsrådgiveren')?.query.serviceId).toBe('special-envoys');
  });

  it('tells a trip that has not happened yet from a stay abroad', () => {
    expect(read('eleven er redd for å bli sendt til Pakistan i sommerferien')?.query).toMatchObject({ country: 'PK', whereabouts: 'travelling-soon' });
    expect(read('hun ble sendt til Pakistan og har ikke kommet tilbake')?.query).toMatchObject({ country: 'PK', whereabouts: 'abroad' });
  });

  it('notes when the person is a child, and not when an adult', () => {
    expect(read('en 15 år gammel jente er holdt igjen i Irak')?.query.minor).toBe(true);
    expect(read('en voksen kvinne er holdt igjen i Irak')?.query.minor).toBeUndefined();
  });

  it('picks the urgent or after-hours variant of a service from the words around it', () => {
    expect(read('ring politiet nå det haster')?.query.serviceId).toBe('police-emergency');
    expect(read('politiets nummer når det ikke er akutt')?.query.serviceId).toBe('police');
    expect(read('barnevernet om natta, hvem ringer jeg')?.query.serviceId).toBe('child-welfare-emergency');
  });

  it('picks the police emergency number (112) or the one for when it is not urgent (02800) in the other languages too', () => {
    const police = (text: string, lng: 'ar' | 'so' | 'pl' | 'uk' | 'tr') => recognizer.read(text, lng)?.query.serviceId;
    expect(police('ما هو رقم الشرطة للطوارئ؟', 'ar')).toBe('police-emergency');
    expect(police('رقم الشرطة إذا الأمر مش طارئ؟', 'ar')).toBe('police');
    expect(police('Lambarka booliska ee degdegga?', 'so')).toBe('police-emergency');
    expect(police('Lambarka booliska marka aysan degdeg ahayn?', 'so')).toBe('police');
    expect(police('Jaki jest numer alarmowy policji?', 'pl')).toBe('police-emergency');
    expect(police('Jaki jest numer na policję, gdy to nie jest nagły wypadek?', 'pl')).toBe('police');
    expect(police('Який номер поліції не в екстрених випадках?', 'uk')).toBe('police');
    expect(police('Polisin acil numarası kaç?', 'tr')).toBe('police-emergency');
    expect(police('Polisin acil olmayan numarası kaç?', 'tr')).toBe('police');
    // "not urgent" said with a copula between ("which are not urgent")
    expect(police('Pod jaki numer dzwonić na policję w sprawach, które nie są nagłe?', 'pl')).toBe('police');
  });

  it('answers "does Ankara cover Egypt, or is that Amman?" for the country, naming the post asked about', () => {
    expect(read('Does Ankara cover Egypt, or is that Amman?')?.query).toMatchObject({ country: 'EG', doubtedPost: 'envoy-ankara', doubtedPostCoverage: true });
    expect(read('Which countries does the envoy in Ankara cover?')?.query).toMatchObject({ serviceId: 'envoy-ankara' });
  });

  it('does not take a girl named Nora for the website, nor "no adviser" for an adviser question', () => {
    expect(read('Nora er holdt igjen i Irak')?.query).toEqual({ country: 'IQ', whereabouts: 'abroad' });
    expect(read('skolen vår har ingen mangfoldsrådgiver, kan fagteamet komme?')?.query.serviceId).toBe('expert-team');
  });

  it('finds municipalities and counties only in adviser questions, since many are everyday words', () => {
    expect(read('mangfoldsrådgiver i Drammen')?.query.place).toBe('Drammen');
    expect(read('who can I contact as a teacher?')?.query).toEqual({});
  });

  it('reads "which number do I call?" as a plain question of whom to contact, in bokmål, nynorsk and English', () => {
    expect(read('Which number should I call when a patient tells me about threats at home?')?.query).toEqual({});
    expect(read('hvilket nummer kan jeg ringe når en deltaker blir kontrollert?')?.query).toEqual({});
    expect(read('kva nummer skal eg ringje om ei jente blir halden heime?')?.query.minor).toBe(true);
  });

  it('keeps a school name as written, including one-word compounds', () => {
    expect(read('hvem er mangfoldsrådgiver på Årstad vidaregåande skule')?.query.place).toBe('Årstad vidaregåande skule');
    expect(read('har Bergen katedralskole mangfoldsrådgiver')?.query.place).toBe('Bergen Katedralskole');
  });

  it('finds schools from the organisation’s adviser list by name alone', () => {
    const withList = createContactRecognizer({ directory, places, advisers: fixtureAdvisers() });
    expect(withList.read('hvem er rådgiver på Prøvestad?')?.query.place).toBe('Prøvestad vgs');
  });

  it('leaves messages that are not about contacts alone', () => {
    expect(read('hva er negativ sosial kontroll?')).toBeUndefined();
    expect(read('hvilke tegn skal jeg se etter?')).toBeUndefined();
    expect(recognizer.recognize(prepareUtterance('hei', 'nb'))).toEqual([]);
  });

  it('produces a contact intent candidate for the understanding step', () => {
    expect(recognizer.recognize(prepareUtterance('who covers Iran?', 'en'))).toEqual([{ intent: { kind: 'contact', query: { country: 'IR' } }, score: 0.99, source: 'contacts' }]);
  });
});

describe('contact recognizer and the guidance articles', () => {
  it('leaves duty-to-notify and "what can X do" questions to the articles', () => {
    for (const q of ['har jeg meldeplikt til barnevernet', 'når skal vi kontakte kompetanseteamet', 'kan RVTS hjelpe skolen', 'what do minority advisers do', 'eleven er 19 år, kan barnevernet hjelpe?']) {
      expect(read(q)?.score ?? 0).toBeLessThan(0.35);
    }
  });

  it('gives a bare service name a score just above the threshold, so an article can still win', () => {
    expect(read('mangfoldsrådgiver')?.score).toBe(0.38);
  });

  it('does not treat "kontaktlærer" or calling the parents as a contact question', () => {
    expect(read('hva bør jeg gjøre som kontaktlærer')).toBeUndefined();
    expect(read('skal jeg kontakte foreldrene?')).toBeUndefined();
  });

  it('reads a lone country as "who covers it", but not a country inside an unrelated sentence', () => {
    expect(read('Somalia')?.query).toEqual({ country: 'SO' });
    expect(read('hva er hovedstaden i australia')).toBeUndefined();
  });
});

describe('contact recognizer in the other answer languages', () => {
  it.each([
    ['طالبة محتجزة في العراق', { country: 'IQ', whereabouts: 'abroad' }],
    ['رقم هاتف Kompetanseteamet', { serviceId: 'kompetanseteamet' }],
    ['ученица застряла в Сомали', { country: 'SO', whereabouts: 'abroad' }],
    ['Irak için hangi büyükelçilik sorumlu', { country: 'IQ' }],
  ])('%s', (text, query) => {
    expect(read(text)?.query).toMatchObject(query);
  });

  it.each([
    ['uczennica utknęła w Pakistanie', 'pl', 'PK'],
    ['kto odpowiada za Irak? uczennica jest w Iraku', 'pl', 'IQ'],
    ['ученица застряла в Ираке', 'ru', 'IQ'],
    ['учениця застрягла в Туреччині', 'uk', 'TR'],
  ] as const)('finds declined country names: %s', (text, lng, country) => {
    expect(recognizer.read(text, lng)?.query.country).toBe(country);
  });

  it('leaves a question for a figure about a service to the statistics recognizer', () => {
    for (const q of ['Hvor mange henvendelser fikk Kompetanseteamet i 2008?', 'number of cases for diversity advisors 2023', 'сколько обращений было в Kompetanseteamet', 'Kompetanseteamet 2022 vaka sayısı']) {
      expect(read(q)?.score ?? 0).toBeLessThan(0.35);
    }
    expect(read('what is the phone number of Kompetanseteamet')?.score).toBeGreaterThan(0.9);
    // Phone numbers have no year: "numbers for 2019" are figures.
    expect(read('kompetanseteamet numbers for 2019?')?.score ?? 0).toBeLessThan(0.35);
    expect(read('kompetanseteamet phone numbers')?.score).toBeGreaterThan(0.9);
  });

  it('reads the Teams menu command in every language as the overview (an empty query)', () => {
    for (const command of ['kontakter', 'kontaktar', 'contacts', 'جهات الاتصال', 'xiriirada', 'تماس‌ها', 'رابطے', 'контакти', 'контакты', 'iletişim', 'kontakty', 'ርክብ']) {
      expect(read(command)).toEqual({ query: {}, score: 0.99 });
    }
  });

  it.each([
    ['ابنتي محتجزة في العراق', 'ar', { country: 'IQ', whereabouts: 'abroad' }],
    ['gabadhayda waxaa lagu hayaa Soomaaliya', 'so', { country: 'SO', whereabouts: 'abroad' }],
    ['دخترم در افغانستان گیر افتاده', 'fa', { country: 'AF', whereabouts: 'abroad' }],
    ['میری بیٹی پاکستان میں پھنس گئی ہے', 'ur', { country: 'PK', whereabouts: 'abroad' }],
    ['доньку утримують в Сомалі', 'uk', { country: 'SO', whereabouts: 'abroad' }],
    ['ученик не вернулся из Ирана', 'ru', { country: 'IR', whereabouts: 'abroad' }],
    ["kızım Türkiye'de alıkonuldu", 'tr', { country: 'TR', whereabouts: 'abroad' }],
    ['córka jest przetrzymywana w Pakistanie', 'pl', { country: 'PK', whereabouts: 'abroad' }],
    ['ጓለይ ኣብ ኤርትራ ተታሒዛ ኣላ', 'ti', { country: 'ER', whereabouts: 'abroad' }],
  ] as const)('reads a person held abroad in %s (%s)', (text, lng, expected) => {
    const reading = recognizer.read(text, lng);
    expect(reading?.query).toMatchObject(expected);
    expect(reading?.score).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['كيف اتصل بوزارة الخارجية', 'ar', 'ud-operations-centre'],
    ['як звʼязатися з МЗС', 'uk', 'ud-operations-centre'],
    ['Dışişleri Bakanlığı telefon', 'tr', 'ud-operations-centre'],
    ['numer do specjalnego wysłannika', 'pl', 'special-envoys'],
    ['телефон Kompetanseteamet', 'ru', 'kompetanseteamet'],
    ['ቁጽሪ ተሌፎን Kompetanseteamet', 'ti', 'kompetanseteamet'],
  ] as const)('reads a service named in another language: %s (%s)', (text, lng, serviceId) => {
    expect(recognizer.read(text, lng)).toMatchObject({ query: { serviceId }, score: 0.99 });
  });
});

describe("contact recognizer: school types, who advises, the writer's own workplace (issue 13)", () => {
  it.each([
    'Jeg går på videregående og lurer på noe',
    'Helsesykepleier på ungdomsskole her, hva er kjønnslemlestelse?',
    'Hvor mange elever går på videregående i Norge?',
    'Hvor mange elever på videregående skole får karakteren 6?',
    'I teach at upper secondary school and wonder what negative social control is',
    'Eg går på vidaregåande og foreldra mine bestemmer alt',
  ])('reads no school name in "%s"', (text) => {
    expect(read(text)?.query.place).toBeUndefined();
  });

  it.each([
    ['hvem er mangfoldsrådgiver på Kuben videregående skole', 'Kuben videregående skole'],
    ['minoritetsradgiver pa hellerud vgs', 'Hellerud vgs'],
    ['who is the minority adviser at Kongsberg upper secondary school', 'Kongsberg upper secondary school'],
    ['kven er mangfaldsrådgivar på Amalie Skram vidaregåande skule', 'Amalie Skram vidaregåande skule'],
  ])('still reads a named school: "%s"', (text, place) => {
    expect(read(text)?.query.place).toBe(place);
  });

  it.each([
    'Hvem kan gi oss råd om en beboer som vi tror blir kontrollert?',
    'Kven kan vi drøfte saka med?',
    'hvem kan veilede oss i en sak om kjønnslemlestelse',
    'Who can give us expert advice on this specific case?',
    'Do kogo mogę zadzwonić po radę?',
    'З ким можна порадитися в такій справі?',
  ])('reads "who can advise us" as a contact question, whoever asks: "%s"', (text) => {
    expect(read(text)).toEqual({ query: expect.not.objectContaining({ serviceId: expect.anything() }) as unknown, score: 0.75 });
  });

  it("does not take the writer's own workplace for the service asked for", () => {
    expect(read('Jeg er saksbehandler i barnevernet. Hvem kan gi oss faglige råd i denne saken?')?.query.serviceId).toBeUndefined();
    expect(read("I'm a child welfare caseworker. Who can give us expert advice?")?.query.serviceId).toBeUndefined();
    expect(read('Hva er telefonnummeret til barnevernet?')?.query.serviceId).toBe('child-welfare');
  });
});

describe('contact recognizer: "who can advise us?" in the other answer languages, by pattern', () => {
  it.each([
    ['pl', 'pracuję w przedszkolu. kto doradza w sprawach kontroli społecznej?'],
    ['pl', 'z kim możemy się skonsultować w tej sprawie?'],
    ['tr', 'Anaokulunda çalışıyorum, kime danışabiliriz?'],
    ['tr', 'bu konuda kimden yardım alabiliriz'],
    ['ru', 'кто нас может проконсультировать по такому делу?'],
    ['uk', 'до кого ми можемо звернутися за порадою?'],
    ['ar', 'من يستطيع أن ينصحنا في هذه الحالة؟'],
    ['fa', 'با کی می توانیم مشوره کنیم؟'],
    ['ur', 'ہم کس سے مشورہ لے سکتے ہیں؟'],
    ['so', 'yaa nala tashan kara arrintan?'],
    ['ti', 'መን እዩ ክሕግዘና ዝኽእል?'],
  ] as const)('%s: "%s" is a contact question', (_lng, text) => {
    expect(read(text)?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['pl', 'kto wie, co to jest kontrola społeczna'],
    ['tr', 'kim olduğunu bilmiyorum'],
    ['ru', 'кто такие спецпредставители'],
  ] as const)('%s: "who" without a verb of advising is not: "%s"', (_lng, text) => {
    expect(read(text)?.score ?? 0).toBeLessThan(0.75);
  });
});

describe('contact recognizer: who helps in a country, or "is there someone who can help", in the other languages', () => {
  it.each([
    ['ur', 'agar woh usay Pakistan le jaayen aur wapas na aane dein to wahan kaun madad karega?', 'PK'],
    ['ti', 'ኣብ ኤርትራ ዝሕግዝ ናይ ኖርወይ ሰብ ኣሎ ድዩ?', 'ER'],
  ] as const)('%s: "%s" is a contact question for %s', (_lng, text, country) => {
    const reading = read(text);
    expect(reading?.query.country).toBe(country);
    expect(reading?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['ar', 'هل يوجد أحد في السفارة يستطيع مساعدتها هناك؟'],
    ['tr', 'okulda konuşabileceğim biri var mı'],
    ['ur', 'Norway ka koi banda wahan madad karta hai?'],
  ] as const)('%s: "%s" asks who can help', (_lng, text) => {
    expect(read(text)?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });
});

describe('contact recognizer: "how many" beside a phone-number word asks for the number', () => {
  it.each([
    ['fa', 'شماره VO-linjen چند است؟', 'vo-linjen'],
    ['tr', "Alarmtelefonen'in numarası kaç?", 'alarmtelefonen'],
  ] as const)('%s: "%s" → the contact of %s', (_lng, text, serviceId) => {
    const reading = read(text);
    expect(reading?.query.serviceId).toBe(serviceId);
    expect(reading?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it('a count of cases is still no contact question', () => {
    expect(read('تعداد پرونده‌های Kompetanseteamet در ۲۰۲۲ چند است؟')?.score ?? 0).toBeLessThan(0.5);
  });

  it('Somali "khadka caawimada" and "a free line she can call" are a helpline', () => {
    expect(read('lambarka khadka caawimada carruurta Norway?')?.query.helpline).toBe(true);
    expect(read('Yaan la tashadaa, oo ma jiraa khad bilaash ah oo hooyada ay wici karto?')?.query.helpline).toBe(true);
  });
});

describe('contact recognizer: wanting to stay anonymous, in the twelve languages', () => {
  it.each([
    ['nb', 'hvem kan jeg snakke med anonymt?'],
    ['nn', 'kven kan eg ringje utan å seie namnet mitt?'],
    ['en', 'who can I call without giving my name?'],
    ['uk', 'Куди я можу анонімно звернутися по пораду?'],
    ['ru', 'куда можно анонимно обратиться за советом?'],
    ['tr', 'Adımı vermeden kimi arayabilirim?'],
    ['pl', 'do kogo mogę zadzwonić anonimowo?'],
    ['fa', 'با کی می‌توانم مشوره کنم که نامم پنهان بماند؟'],
    ['ar', 'بمن أتصل دون ذكر اسمي؟'],
  ] as const)('%s: "%s"', (_lng, text) => {
    expect(read(text)?.query.anonymous).toBe(true);
  });

  it.each([
    ['ur', 'kis ko call karoon? kya main naam bataye baghair baat kar sakta hoon'],
    ['fa', 'به کی زنگ بزنم بدون اینکه اسمم رو بگم؟'],
    ['ti', 'ስመይ ከይሃብኩ ምስ መን ክዛረብ እኽእል?'],
    ['ru', 'кому можно позвонить, не представляясь?'],
    ['pl', 'do kogo mogę zadzwonić, nie podając imienia?'],
  ] as const)('%s, as people type it (Roman Urdu, colloquial, "talk to"): "%s"', (_lng, text) => {
    const reading = read(text);
    expect(reading?.query.anonymous).toBe(true);
    expect(reading?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it('is not set when nothing says so', () => {
    expect(read('hvem kan jeg kontakte?')?.query.anonymous).toBeUndefined();
    // "quick help" (سريعة) begins like "secret" (سري): only the word for confidential counts.
    expect(read('أريد مساعدة سريعة، بمن أتصل؟')?.query.anonymous).toBeUndefined();
  });
});

describe('contact recognizer: asking for a helpline, hotline or chat', () => {
  it.each([
    ['nb', 'finnes det en chat for ungdom som blir kontrollert hjemme?'],
    ['nb', 'hjelpetelefon for barn?'],
    ['en', "what's the helpline number for young people?"],
    ['uk', 'який номер телефону довіри для дітей?'],
    ['ru', 'есть ли телефон доверия для подростков?'],
    ['tr', 'gençler için bir yardım hattı var mı?'],
    ['pl', 'jaki jest numer telefonu zaufania dla dzieci?'],
    ['ar', 'ما هو رقم خط المساعدة للأطفال؟'],
    ['fa', 'میخوام با یکی حرف بزنم ولی نمیخوام زنگ بزنم'],
    ['tr', 'aramadan biriyle konuşabilir miyim, kime yazabilirim?'],
  ] as const)('%s: "%s" is a contact question for the lines', (_lng, text) => {
    const reading = read(text);
    expect(reading?.query.helpline).toBe(true);
    expect(reading?.score ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it('"what is a helpline?" is not a contact question', () => {
    expect(read('what is a helpline?')?.score ?? 0).toBeLessThan(0.75);
  });
});

describe('the service a message names (what a follow-up reads of it)', () => {
  it('is the service of the whole contact reading, for every evaluation question, its words and its halves', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).filter((_, i) => i % 2 === 0);
    const texts = questions.flatMap(({ q, lang }) => {
      const words = q.split(/\s+/u);
      return [q, ...words, words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')].map((text) => ({ text, lng: isLang(lang) ? lang : undefined }));
    });
    const differing = texts.filter(({ text, lng }) => recognizer.namedService(text, lng) !== recognizer.read(text, lng)?.query.serviceId);
    expect(texts.filter(({ text, lng }) => recognizer.namedService(text, lng) !== undefined).length).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  });
});

// (was contacts-eval.test.ts)
/** The contacts evaluation set must stay at ≥95 % correct first service with the contacts recognizer alone. */
describe('contacts evaluation set (test/eval/contacts.json)', () => {
  const items = parseEvalSet('contacts', JSON.parse(readFileSync(path.join(__dirname, '..', 'eval', 'contacts.json'), 'utf8')));
  const understand = typedUnderstanding(createUnderstanding([commandRecognizer, createContactRecognizer({ directory, places, advisers: noAdvisers() })], { isDanger: () => false }, { fallback: fallbackIntent }));
  const check = createContactCheck(directory);

  it('has at least 160 contact questions in nb, nn and en, each expecting a real service', () => {
    expect(items.length).toBeGreaterThanOrEqual(160);
    for (const lng of ['nb', 'nn', 'en'] as const) expect(items.filter((i) => i.lang === lng).length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      expect(item.expect.kind).toBe('contact');
      if (item.expect.kind === 'contact') expect(directory.services.map((s) => s.id)).toContain(item.expect.first);
    }
  });

  it('plugs into the shared evaluation runner as the "contact" check', () => {
    const report = runEvaluation(items, understand, new Map([['contact', check]]));
    expect(report.byKind['contact']?.total).toBe(items.length);
    expect(report.byKind['contact']?.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the first service right for at least 95 %', () => {
    const failures = items.filter((item) => !check(item, understand(item.q, item.lang)).pass).map((item) => item.q);
    const accuracy = 1 - failures.length / items.length;
    expect({ accuracy: accuracy >= 0.95, failures }).toEqual({ accuracy: true, failures: expect.any(Array) });
  });
});
