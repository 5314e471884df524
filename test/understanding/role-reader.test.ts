import { LANGUAGES, type Lang } from '../../src/language/languages';
import { createRoleReader, loadRoleReader, roleFileSchema, type Duty, type Role } from '../../src/understanding/role-reader';

const reader = loadRoleReader();
const read = (text: string) => reader.read(text);

/** What a professional writes about themselves, in each language, and who that is. */
const STATEMENTS: ReadonlyArray<readonly [Lang, string, Role]> = [
  ['nb', 'Hei, jeg jobber i barnevernet og lurer på hvem som kan gi råd', 'child-welfare'],
  ['nb', 'Jeg er fastlege og bekymret for en pasient', 'health'],
  ['nb', 'Som helsesykepleier lurer jeg på hva jeg skal gjøre', 'school-health'],
  ['nb', 'Vi i NAV har en bruker som er redd familien', 'nav'],
  ['nb', 'Jeg er lærer på voksenopplæringen', 'adult-education'],
  ['nb', 'Jeg jobber på et asylmottak', 'reception-centre'],
  ['nn', 'Eg jobbar i barnehage og er uroa for eit barn', 'kindergarten'],
  ['nn', 'Eg er politibetjent', 'police'],
  ['en', "I'm a GP and a patient told me something worrying", 'health'],
  ['en', 'I work at a reception centre for asylum seekers', 'reception-centre'],
  ['en', 'As a school nurse, who do I notify first?', 'school-health'],
  ['en', 'I work in the refugee service of a municipality', 'refugee-services'],
  ['ar', 'أنا طبيبة في مركز صحي', 'health'],
  ['ar', 'أعمل في الشرطة', 'police'],
  ['so', 'Waxaan ahay macallin', 'school'],
  ['so', 'Waxaan ka shaqeeyaa helsestasjon', 'health'],
  ['fa', 'من معلم هستم', 'school'],
  ['fa', 'من در کودکستان کار می کنم', 'kindergarten'],
  ['ur', 'میں ڈاکٹر ہوں', 'health'],
  ['ur', 'میں پولیس میں کام کرتا ہوں', 'police'],
  ['uk', 'Я працюю медсестрою на helsestasjon', 'health'],
  ['uk', 'Я працюю в службі захисту дітей', 'child-welfare'],
  ['ru', 'Я работаю в полиции', 'police'],
  ['ru', 'Я работаю в NAV', 'nav'],
  ['tr', 'Anaokulunda çalışıyorum', 'kindergarten'],
  ['tr', 'Ben öğretmenim', 'school'],
  ['pl', 'Jestem pielęgniarką na legevakt', 'health'],
  ['pl', 'Pracuję w barnevernet', 'child-welfare'],
  ['ti', 'ኣነ ሓኪም እየ', 'health'],
  ['ti', 'ኣነ መምህር እየ', 'school'],
  ['en', 'I teach at an adult education centre', 'adult-education'],
  ['nb', 'Jeg underviser på voksenopplæringen', 'adult-education'],
  ['fa', 'من پدر یک دختر ۱۵ ساله هستم', 'parent'],
  ['ur', 'میں ایک 15 سالہ بیٹی کا باپ ہوں', 'parent'],
  ['so', 'Waxaan ahay aabbaha gabadh 15 jir ah', 'parent'],
  ['ti', 'ኣደ ጓል 15 ዓመት እየ', 'parent'],
];

describe('the role reader', () => {
  it.each(STATEMENTS)('%s: "%s" is written by %s', (_lng, text, role) => {
    expect(read(text).role).toBe(role);
  });

  it('has role words and duty words in every language', () => {
    const langs = new Set(STATEMENTS.map(([lng]) => lng));
    expect([...langs].sort()).toEqual([...LANGUAGES].sort());
  });

  it('reads no role from a service named about someone else', () => {
    expect(read('en jente som barnevernet kjenner til').role).toBeUndefined();
    expect(read('Skal vi kontakte barnevernet eller politiet?').role).toBeUndefined();
    expect(read('The police came to the school yesterday').role).toBeUndefined();
    expect(read('Hvem kan hjelpe?').role).toBeUndefined();
  });

  it('takes the earliest statement, and the longer of two at the same place', () => {
    expect(read('Jeg er lærer, og helsesykepleieren er syk').role).toBe('school');
    expect(read('Jeg er sykepleier på skolen').role).toBe('school-health');
  });

  it('reads a title after a bare "as" ("as nurse"), not in a list of others ("such as teachers")', () => {
    expect(read('What should I do as nurse when a patient says she is being married off?').role).toBe('health');
    expect(read('Services such as teachers and nurses: who can help?').role).toBeUndefined();
  });

  it('a parent writes about their own child', () => {
    expect(read('Jeg er mor til en jente på 15').role).toBe('parent');
    expect(read('My daughter is being pressured to marry').role).toBe('parent');
  });

  const DUTIES: ReadonlyArray<readonly [string, readonly Duty[]]> = [
    ['Har jeg opplysningsplikt til barnevernet?', ['notify']],
    ['Har lærere avvergeplikt?', ['avert']],
    ['Må jeg melde til barnevernet?', ['notify']],
    ['Hvem skal jeg melde til først, og i hvilken rekkefølge?', ['notify']],
    ['Do I have to tell the police?', ['avert']],
    ['Is there a duty to report to child welfare?', ['notify']],
    ['Barnevern\'e bildirme yükümlülüğüm var mı?', ['notify']],
    ['Есть ли обязанность предотвращения?', ['avert']],
    ['Czy muszę zgłosić to do barnevernet?', ['notify']],
    ['Czy muszę także zgłosić sprawę do barnevernet?', ['notify']],
    ['کیا مجھے بچوں کی بہبود (barnevernet) کو بھی اطلاع دینی ہوگی؟', ['notify']],
    ['Hvem kan jeg kontakte?', []],
    // The role said between the verb and its particle, and a duty "to alert" (varsle) in bokmål and nynorsk.
    ['Må jeg som miljøarbeider melde fra om dette?', ['notify']],
    ['Har vi noen plikt til å varsle noen når en deltaker forteller om trusler?', ['notify']],
    ['Må eg som sakshandsamar melde frå om det eg har høyrt?', ['notify']],
  ];
  it.each(DUTIES)('"%s" asks about %j', (text, duties) => {
    expect(read(text).duties).toEqual(duties);
  });

  it('rejects a frame without its slot and a role it does not know', () => {
    const base = { lang: 'nb', review: 'machine-assisted', roles: {}, duties: {} };
    expect(roleFileSchema.safeParse({ ...base, frames: { person: ['jeg er'], place: ['jeg jobber i @'] } }).success).toBe(false);
    expect(roleFileSchema.safeParse({ ...base, frames: { person: ['jeg er @'], place: ['jeg jobber i @'] }, roles: { pilot: { person: ['pilot'] } } }).success).toBe(false);
  });

  it('answers Object property names without error', () => {
    const empty = createRoleReader([]);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(empty.read(name)).toEqual({ duties: [] });
      expect(() => read(`jeg er ${name}`)).not.toThrow();
    }
  });
});
