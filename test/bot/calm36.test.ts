import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, secondOpinionLine } from '../helpers/danger-alarm';

/**
 * Everyday idioms the rules read as danger (issue #13, calm36): our own probes, as people type them, each with its
 * dangerous twin.
 *  1. "You'll see what happens" said of a thing done in a kitchen, a lab or on a screen ("add the vinegar and you'll
 *     see what happens", "hell eddik i glasset så får du se hva som skjer") is a result to watch: calm. Said to a person
 *     of what they do ("meet him again and you'll see what happens") it stays a threat, danger by the rules.
 *  2. A child bathed or washed "to make her clean" is care of the body: calm. "Make her clean" said of a woman who does
 *     it to girls, a trip or a season stays a cutting planned, danger by the rules.
 */
describe('everyday idioms: a result to watch, a child bathed (calm36)', () => {
  const runner = conversationRunnerPerFile();

  const results: ReadonlyArray<[Lang, string]> = [
    ['en', "for the school experiment: add the vinegar to the baking soda and you'll see what happens. what grade is this for?"],
    ['en', 'add some vinegar and you will see what happens'],
    ['en', 'pour the milk into the cola and you ll see what happens lol'],
    ['en', 'heat the ice slowly and then you will see what happens'],
    ['en', 'click the blue button and you will see what happens'],
    ['nb', 'hell eddik i glasset så får du se hva som skjer, er dette et bra forsøk for 5. klasse?'],
    ['nb', 'tilsett natron og du skal få se'],
    ['nb', 'hell eddik i glasset sa far du se hva som skjer'],
    ['nb', 'trykk på den blå knappen så får du se hva som skjer'],
    ['nn', 'hell eddik i glaset så får du sjå kva som skjer, passar det for 6. klasse?'],
    ['nn', 'varm isen sakte så får du sjå kva som skjer'],
    ['ru', 'добавь уксус в соду и увидишь, что будет'],
    ['uk', 'додай оцет до соди і побачиш, що буде'],
    ['pl', 'dodaj ocet do sody i zobaczysz, co się stanie'],
    ['tr', 'sirkeyi karbonata ekle ve ne olacağını görürsün'],
  ];
  const threats: ReadonlyArray<[Lang, string]> = [
    ['en', "your uncle says you'll see what happens if you meet him again"],
    ['en', "my dad says meet that boy again and you'll see what happens"],
    ['en', 'her brother told her she will see what happens if she keeps seeing him'],
    ['nb', 'broren min sa: møt ham en gang til så får du se hva som skjer'],
    ['nb', 'faren hennes sier hun skal få se hva som skjer hvis hun treffer ham igjen'],
    ['nn', 'bror min sa: møt han ein gong til så får du sjå kva som skjer'],
    ['ru', 'отец сказал: если ещё раз с ним встретишься, увидишь что будет'],
    ['uk', 'брат сказав: ще раз з ним зустрінешся і побачиш, що буде'],
    ['pl', 'ojciec powiedział: jak jeszcze raz go spotkasz, zobaczysz co się stanie'],
    ['tr', 'babam onunla bir daha görüşürsen ne olacağını görürsün dedi'],
  ];

  describe('1. a result to watch is calm; a threat to a person stays danger', () => {
    it.each(results)('result %s: %s', (lng, text) => {
      expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
    });
    it.each(threats)('threat %s: %s', (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, true]);
    });
    it.each<[Lang, string, string]>([
      ['en', "for the school experiment: add the vinegar to the baking soda and you'll see what happens. what grade is this for?", "my dad says meet that boy again and you'll see what happens"],
      ['nb', 'hell eddik i glasset så får du se hva som skjer, er dette et bra forsøk for 5. klasse?', 'broren min sa: møt ham en gang til så får du se hva som skjer'],
    ])('the bot, %s: no card on the result, the card on the threat', async (lng, calm, threat) => {
      expect((await runner.turn(lng, [calm])).emergency).toBe(false);
      expect((await runner.turn(lng, [threat])).emergency).toBe(true);
    });
  });

  const baths: ReadonlyArray<[Lang, string]> = [
    ['en', 'the grandmother bathes the baby to make her clean every evening, is that normal in Norway?'],
    ['en', 'my mother in law washes my daughter to make her clean'],
    ['nb', 'bestemor bader babyen for å gjøre henne ren'],
    ['nb', 'svigermor vasker jenta hver kveld for a gjore henne ren, er det vanlig?'],
    ['nn', 'bestemor badar babyen for å gjere ho rein kvar kveld'],
  ];
  const cuttings: ReadonlyArray<[Lang, string]> = [
    ['en', 'they will take her to the woman who makes girls clean this summer'],
    ['en', 'grandma says they will make her clean in Somalia this summer'],
    ['nb', 'de skal ta henne med til kvinnen som gjør jentene rene i sommer'],
    ['nb', 'bestemor bader henne og sier hun skal bli ren i Somalia i sommer'],
    ['nn', 'bestemor seier ho skal bli rein i Somalia i sommar'],
  ];

  describe('2. a child bathed to make her clean is calm; a girl to be made clean stays danger', () => {
    it.each(baths)('bath %s: %s', (lng, text) => {
      expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
    });
    it.each(cuttings)('cutting %s: %s', (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, true]);
    });
    it('the bot, nb: no card on the bath, the card on the cutting', async () => {
      expect((await runner.turn('nb', ['bestemor bader babyen for å gjøre henne ren'])).emergency).toBe(false);
      expect((await runner.turn('nb', ['bestemor bader henne og sier hun skal bli ren i Somalia i sommer'])).emergency).toBe(true);
    });
  });
});
