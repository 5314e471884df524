import { isMarkerWord } from './detect-language';

/**
 * Everyday words that are never (part of) a school's or a place's name, so "går på videregående" or "helsesykepleier
 * på ungdomsskole" is not read as a school called "Går" or "Helsesykepleier", nor "fordelt mellom vidaregåande og
 * vaksenopplæring" (a split between school types) as one called "Mellom". The language detector's marker words
 * (function words and common domain words of every language) count too.
 */
const EVERYDAY = new Set(
  `
  går gå gikk gått gar ga jobber jobbar jobbet arbeider arbeidar begynner byrjar starter slutter sluttar sitter sit bor
  underviser underviser lærer lærar lærere lærarar elev elever elevar elevene elevane student studenter studentar
  helsesykepleier helsesykepleiere helsesjukepleiar helsesøster rektor rektoren inspektør rådgiver rådgjevar rådgivar
  miljøarbeider miljøterapeut sosiallærer kontaktlærer kontaktlærar assistent ansatt ansatte tilsett tilsette
  foreldre forelder mor far mamma pappa jente jenta gutt gutten datter sønn dotter son barn barnet ungdom ungdommer
  alle mange noen nokon flere fleire mange andre ein en et eit vanlig vanleg vår vårt våre min mitt mine hans hennes
  offentlig offentleg privat privat norsk norske kommunal kommunale fylkeskommunal lokal lokale ny nye gammel gamle
  samme same denne dette hver kvar første fyrste andre tredje siste stor store liten lita små
  mellom imellom blant between among
  go goes going went attend attends attending teach teaches teaching work works working study studies studying
  teacher teachers pupil pupils nurse nurses principal counsellor counselor staff student students girl boy parents
  our my their his her a an the this that every each local public private international norwegian new old same
  `
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);

export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return EVERYDAY.has(lower) || isMarkerWord(lower);
}
