import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Professionals' calm questions that share danger's words (issue #13, session 28, calm28b), in phrasings written for
 * this test: "now" said of a service asked about ("which embassy covers Iraq now?") is which post covers a country
 * today, asked of no one there. Each with a dangerous twin that keeps the emergency card.
 */
describe('calm28b: "now" in a question about which post covers a country', () => {
  it.each([
    ['nn', 'Kva ambassade dekkjer Irak no? Og kven ringjer vi om natta viss ein ungdom sit fast i utlandet?'],
    ['en', 'Which embassy covers Iraq at the moment, now that things moved? And who do we ring at night if a teenager is stuck abroad?'],
    ['en', 'Which envoy covers Somalia now? We want to put it in our routine.'],
    ['ar', 'أي سفارة تغطي العراق الآن؟ ومن نتصل به ليلاً إذا علق شاب في الخارج؟'],
    ['so', 'Safaaraddee ayaa hadda qaabilsan Ciraaq? Yaan wacnaa habeenkii haddii dhalinyaro dibadda ku xayirmaan?'],
    ['fa', 'کدام سفارت الان عراق را پوشش می‌دهد؟ و اگر یک نوجوان در خارج گیر کند شب با چه کسی تماس بگیریم؟'],
    ['ur', 'اب کون سا سفارت خانہ عراق کو دیکھتا ہے؟ اور اگر کوئی نوجوان بیرون ملک پھنس جائے تو رات کو کسے فون کریں؟'],
    ['uk', 'Яке посольство зараз відповідає за Ірак? І кому дзвонити вночі, якщо молода людина застрягла за кордоном?'],
    ['ru', 'Какое посольство сейчас отвечает за Ирак? И кому звонить ночью, если молодой человек застрял за границей?'],
    ['pl', 'Która ambasada obsługuje teraz Irak? I do kogo dzwonić w nocy, jeśli młoda osoba utknie za granicą?'],
    ['ti', 'ሕጂ ንዒራቕ ኣየናይ ኤምባሲ እዩ ዝሽፍኖ? መንእሰይ ኣብ ወጻኢ እንተተቐርቂሩ ለይቲ ናብ መን ንድውል?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'My sister is stuck in Iraq now, they took her passport. Which embassy covers Iraq?'],
    ['nb', 'Søstera mi sitter fast i Irak nå og de har tatt passet hennes. Hvilken ambassade dekker Irak?'],
  ] as const)('%s: a person held there now stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it('a case the rules read beside the coverage question keeps its card', () => {
    expect(alarmed('They will marry me to a cousin there this summer. Which embassy helps if I am already there?', 'en')).toBe(true);
  });
});
