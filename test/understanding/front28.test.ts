import type { Features } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import { readersOfFile } from '../helpers/test-readers';

/**
 * Front-line professionals asking for training with no case at hand (issue #13, front28): who trains staff (IMDi's
 * expert team, RVTS), with no emergency card and no "112 if acute" line, and no envoy for the countries the families
 * come from. The sentences are this file's own; none is in the evaluation sets.
 */
let readers: Features;
beforeAll(async () => {
  readers = await readersOfFile();
});

const read = (lng: Lang, message: string) => readers.understand(message, lng);
const queryOf = (lng: Lang, message: string): Record<string, unknown> | undefined => {
  const { intent } = read(lng, message);
  return intent.kind === 'contact' ? (intent as unknown as { query: Record<string, unknown> }).query : undefined;
};

describe('a harm told before "the case is closed now", in a story begun long ago, is over: a training wish is no emergency', () => {
  it.each<[Lang, string]>([
    ['nb', 'For to år siden hadde vi en pasient som ble holdt innelåst av mannen sin. Saken er avsluttet, hun har det bra nå. Nå ønsker vi en fagdag for avdelingen til våren, hvem kan holde den?'],
    ['nn', 'I fjor hadde vi ei kvinne som vart halden innestengd av svigerfamilien. Saka er avslutta no. Vi vil ha ein fagdag til våren, kven kan hjelpe oss?'],
  ])('%s: no danger, no concern', (lng, message) => {
    const u = read(lng, message);
    expect(u.danger).toBe(false);
    expect(u.concern ?? false).toBe(false);
  });
});

describe('"no concrete danger" beside a wish for training is no concern', () => {
  it.each<[Lang, string]>([
    ['pl', 'Pracuję jako pielęgniarka na oddziale ginekologicznym. Mamy pacjentki z Somalii po obrzezaniu. Nie ma konkretnego zagrożenia, ale chcemy szkolenie dla personelu. Kto może je poprowadzić?'],
    ['en', 'I am a midwife and we meet patients who were cut as girls. There is no concrete danger, but we would like a course for the ward. Who could run it?'],
  ])('%s: no danger, no concern', (lng, message) => {
    const u = read(lng, message);
    expect(u.danger).toBe(false);
    expect(u.concern ?? false).toBe(false);
  });
});

describe('a training asked in a sentence that names no country leaves the families\' countries to the story', () => {
  it.each<[Lang, string]>([
    ['nb', 'Jeg er helsesykepleier på en helsestasjon. Vi fikk mange familier fra Somalia og Etiopia i 2023 og 2024, og en kollega er i videreutdanning nå. Vi skal ha en temadag om kjønnslemlestelse for hele tjenesten. Lederen lurer på hvem som kan komme og holde et foredrag.'],
    ['fa', 'من در یک مرکز آموزش بزرگسالان کار می‌کنم. بعضی از شاگردان ما از افغانستان و ایران هستند. مدیرمان می‌خواهد برای همکاران یک دوره در مورد کنترل اجتماعی منفی برگزار کند. از کجا کمک بگیریم؟'],
    ['ur', 'میں ایک ہسپتال میں نرس ہوں۔ پچھلے سال ایک مریضہ پاکستان سے تھی اور اب سب ٹھیک ہے۔ ہمارے مینیجر چاہتے ہیں کہ ہم ایک تربیتی دن رکھیں۔ ہمارے علاقے میں ایسی تربیت کون دے سکتا ہے؟'],
  ])('%s: who trains staff, no country', (lng, message) => {
    const query = queryOf(lng, message);
    expect(query?.training).toBe(true);
    expect(query?.country).toBeUndefined();
    expect(read(lng, message).danger).toBe(false);
  });
});
