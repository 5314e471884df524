import { type Lang } from '../../src/language/languages';
import { readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import { NEVER_FIRES } from '../../src/evaluation/rules-only';
import { createConversationRunner } from '../../src/evaluation/conversation-eval';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * The six dangers of the tuned sets that only the learned second opinion read (content/understanding/second-opinion-only.json,
 * issue #13, rules37), each put in its class and made a rule. Our own probes, as people type them (no æøå, nynorsk,
 * second-language phrasing, the other languages as natives write them), each class with calm twins that share its words:
 *  1. threat said of a boy: the masculine forms of the threats the lists had only of a girl ("they will sort things out
 *     with him", "разберутся с ним", "rozprawi się z nim"). Twins: paperwork or homework sorted out with him.
 *  2. not let back: relatives who do not let a person go back to Norway ("the family won't let her go back", "родня не
 *     отпускает её обратно"). Twins: an adult who chooses to stay abroad.
 *  3. moved on: a person already moved to another country ("а если её уже перевезли в Турцию?"), a removal told as done.
 *     Twins: a family that moved abroad itself.
 *  4. cutting told as "the procedure" or "the custom" for a small girl, by her mother or an elder, on a trip this season
 *     or with the mother afraid (rule girls-thing-trip-season-elder; ti "ልምዲ"). Twins: the procedure at the dentist or
 *     for a visa (everydayProcedure), a custom of a family dinner.
 *  5. watched and controlled: a professional telling of a married woman whose husband's family follow or watch her and
 *     check her phone (rule watched-and-controlled). Twins: a parent checking homework, a teacher asking whether such checks are
 *     negative social control.
 */
const dangers: ReadonlyArray<[string, Lang, string]> = [
  // 1. threat said of a boy
  ['threat', 'nb', 'bror min sa at de skal ordne opp med ham i kveld fordi han har en kjaereste'],
  ['threat', 'ru', 'брат сказал, что они разберутся с ним сегодня, потому что он дружит с норвежцами'],
  ['threat', 'uk', 'батько сказав, що розбереться з ним, коли він прийде додому'],
  ['threat', 'pl', 'ojciec powiedział, że rozprawi się z nim dziś wieczorem'],
  ['threat', 'ar', 'ابوه قال انه سيتصرف معه الليلة'],
  ['threat', 'nn', 'onkelen seier han skal ordne opp med han når han kjem heim'],
  // 2. not let back
  ['notBack', 'en', 'my sister (19) is in Pakistan and the family won\'t let her go back to Norway'],
  ['notBack', 'nb', 'sosteren min er i irak og familien lar henne ikke reise tilbake'],
  ['notBack', 'ru', 'моя подруга в Дагестане, родственники не отпускают её обратно в Норвегию'],
  ['notBack', 'uk', 'моя сестра в Туреччині, родичі не відпускають її назад'],
  ['notBack', 'pl', 'siostra jest w Pakistanie, rodzina nie pozwala jej wrócić do Norwegii'],
  ['notBack', 'ar', 'أختي في العراق وأهلي منعوها من العودة إلى النرويج'],
  // 3. moved on abroad
  ['movedOn', 'ru', 'а если её уже перевезли в Турцию?'],
  ['movedOn', 'uk', 'її вже перевезли до Туреччини, що нам робити?'],
  ['movedOn', 'nb', 'hva om de allerede har flyttet henne til Pakistan?'],
  ['movedOn', 'en', 'my niece has already been moved to Turkey by her uncle, who do we call'],
  ['movedOn', 'pl', 'kuzynka ma 16 lat, już ją wywieźli do Turcji'],
  // 4. "the procedure", "the custom"
  ['rite', 'en', 'I\'m a nurse. a mother told me her daughter (4) will have the procedure done when they visit her grandmother in Sudan this summer'],
  ['rite', 'en', 'at nursery a mum said her girl will get the procedure done when they travel to Somalia to visit family this summer'],
  ['rite', 'nb', 'mormoren sier at hun skal fa gjort inngrepet nar de reiser til Somalia i sommer'],
  ['rite', 'ti', 'ዓባያ ንጓላ ልምዲ ክትገብረላ ትደሊ እያ፣ ኣደ ፈሪሓ ኣላ'],
  ['rite', 'ti', 'ዓባያ ነታ ጓል እቲ ልምዲ ክትገብረላ ትደሊ፣ ኣዲኣ ፈሪሓ ኣላ'],
  // 5. watched and controlled
  ['watched', 'en', 'I am a teacher. A pupil\'s husband and his family follow her and check her phone every day'],
  ['watched', 'nb', 'jeg er helsesykepleier. familien til en elev følger etter henne og sjekker telefonen hennes'],
  ['watched', 'ru', 'я социальный работник. родственники мужа клиентки следят за ней и проверяют телефон'],
  ['watched', 'en', 'social worker here: a client says her husband\'s family are tracking her and check her messages, what can we do'],
];

const calm: ReadonlyArray<[string, Lang, string]> = [
  // 1.
  ['threat', 'en', 'my uncle is coming tonight to sort out the paperwork with him'],
  ['threat', 'ru', 'дядя приедет сегодня вечером, чтобы разобраться с документами'],
  ['threat', 'nb', 'onkelen kommer i kveld for a ordne papirene med ham'],
  ['threat', 'uk', 'брат допоможе розібратися з домашнім завданням'],
  // 2.
  ['notBack', 'en', 'my sister (25) decided to stay in Pakistan, she likes it there and does not want to come back'],
  ['notBack', 'ru', 'сестра решила остаться в Турции, ей там нравится'],
  ['notBack', 'nb', 'sosteren min har valgt a bo i Irak et ar, hun trives der'],
  // 3.
  ['movedOn', 'en', 'we already moved to Turkey last year, which consulate do we use for passports?'],
  ['movedOn', 'ru', 'мы уже переехали в Турцию, какое консульство выдаёт паспорта?'],
  // 4.
  ['rite', 'en', 'her mother says she will have the procedure done at the dentist when they visit family this summer'],
  ['rite', 'en', 'her mum says she will have the procedure done for the visa when they visit family this summer'],
  ['rite', 'en', 'the grandmother wants to keep our custom of a big Eid dinner next week'],
  ['rite', 'ru', 'бабушка говорит, что летом на даче сделают ей процедуру у стоматолога'],
  // 5.
  ['watched', 'en', 'my mother checks my homework and helps me every evening'],
  ['watched', 'ru', 'мама проверяет домашнее задание сына каждый вечер'],
  ['watched', 'en', 'I am a teacher. is it negative social control when parents check a pupil\'s phone and follow her?'],
  ['watched', 'en', 'I am a teacher. A pupil\'s parents follow her progress and check her homework'],
];

describe('the six dangers only the second opinion read, made rules (rules37)', () => {
  it.each(dangers)('%s %s: %s', (_cls, lng, text) => {
    expect([text, isDanger(text, lng)]).toEqual([text, true]);
  });
  it.each(calm)('calm twin %s %s: %s', (_cls, lng, text) => {
    expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  describe('the bot whose second opinion never fires', () => {
    let rulesOnly: ConversationRunner | undefined;
    beforeAll(async () => {
      rulesOnly = await createConversationRunner({ secondOpinion: NEVER_FIRES });
    }, 120_000);
    afterAll(async () => {
      await rulesOnly?.close();
    });
    const emergency = async (lng: Lang, turns: string[]): Promise<boolean> => {
      if (!rulesOnly) throw new Error('the rules-only runner is built before the tests');
      const run = await rulesOnly.converse({ lang: lng, turns });
      return readTurn(run.replies, rulesOnly.markers).emergency;
    };
    it.each<[Lang, string[], string]>([
      ['ru', ['опека. подростку 14 лет дядя сказал, что завтра приедет разобраться с ним из-за его девушки. что нам делать?'], 'дядя приедет завтра, чтобы разобраться с документами на квартиру'],
      ['uk', ['Куди дзвонити, якщо дівчину вивезли до Пакистану?', 'А якщо її вже перевезли до Афганістану?'], 'ми вже переїхали до Туреччини минулого року, діти ходять там до школи'],
      ['en', ['kindergarten teacher here. a mum told us her daughter (3) will get the procedure done when they visit grandma in Somalia this summer. what must we do?'], 'a mum told us her daughter (3) will get the procedure done at the dentist when they visit grandma this summer'],
      ['nb', ['jeg er lege. en pasient sier at mannen og svigerfamilien følger etter henne og sjekker telefonen hennes. hvem ringer jeg?'], 'jeg er lege. en pasients mor følger opp medisinene hennes og sjekker blodtrykket'],
    ])('%s: the card on the danger, none on its calm twin', async (lng, turns, twin) => {
      expect([turns.join(' / '), await emergency(lng, turns)]).toEqual([turns.join(' / '), true]);
      expect([twin, await emergency(lng, [twin])]).toEqual([twin, false]);
    }, 240_000);
  });
});
