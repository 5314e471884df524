import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { nextStepsFor } from '../../src/bot/veiviser-bot';
import { withAgeBand } from '../../src/conversation/age-band';
import type { ArticleIntent } from '../../src/knowledge/intents';

/**
 * An adult in the story (issue #13, adult34): front-line workers telling of a grown-up by her stage of life (her husband,
 * married, in her thirties, a client, a participant in the introduction programme) get what adults need (Kompetanseteamet,
 * which adults call themselves and which coordinates safe housing; Røde Kors-telefonen; VO-linjen), and 112 first in
 * danger. Each probe has a twin about a child, which keeps child welfare and the children's line. Our own sentences.
 */
describe('an adult in the story (adult34)', () => {
  const runner = conversationRunnerPerFile();
  const has = (view: TurnView, ...spellings: string[]): boolean => containsFact(view.texts, spellings);
  const KT = ['478 09 050'];
  const RED_CROSS = ['815 55 201'];
  const VO = ['116 006'];

  describe('danger told of a grown-up: the emergency card first, with the adults\' lines', () => {
    it.each<[string, Lang, string]>([
      ["nb-d-a", "nb", "Jeg jobber på NAV. En bruker, gift og i 30-årene, sier mannen hennes har truet med å drepe henne hvis hun går fra ham. Hva gjør jeg?"],
      ["nn-d-a", "nn", "Eg jobbar på flyktningtenesta. Ei kvinne i 30-åra seier at mannen hennar har truga med å drepe ho viss ho går frå han. Kva gjer eg?"],
      ["en-d-a", "en", "im a GP. my patient is in her thirties, her husband beats her and says he will kill her if she leaves. where do i send her?"],
      ["ar-d-a", "ar", "أعمل في NAV. امرأة متزوجة قالت إن زوجها يضربها ويهددها بالقتل إذا تركته. ماذا أفعل؟"],
      ["ru-d-a", "ru", "Я работаю в NAV. Клиентка сказала, что её муж бьёт её и угрожает убить, если она уйдёт. Что делать?"],
      ["tr-d-a", "tr", "NAV'da çalışıyorum. Bir kadın kocasının onu dövdüğünü ve ayrılırsa öldüreceğini söyledi. Ne yapmalıyım?"],
      ["pl-d-a", "pl", "Pracuję w NAV. Klientka mówi, że jej mąż ją bije i grozi, że ją zabije, jeśli odejdzie. Co robić?"],
      ["so-d-a", "so", "Waxaan ka shaqeeyaa NAV. Haweeney ayaa ii sheegtay in ninkeeda uu garaaco oo uu ku hanjabay inuu dili doono haddii ay ka tagto. Maxaan sameeyaa?"],
      ["fa-d-a", "fa", "در NAV کار می‌کنم. یک خانم متاهل گفت شوهرش او را می‌زند و تهدید کرده اگر برود او را می‌کشد. چه کار کنم؟"],
    ])('%s', async (_id, lang, text) => {
      const view = await runner.turn(lang, [text]);
      expect({ emergency: view.emergency, language: view.replyLanguage }).toEqual({ emergency: true, language: lang });
      expect([has(view, ...KT), has(view, ...RED_CROSS), has(view, ...VO)]).toEqual([true, true, true]);
    });
  });

  describe('the same danger told of a child: the emergency card, child welfare and the children\'s line', () => {
    it.each<[string, Lang, string]>([
      ["nb-d-c", "nb", "Jeg jobber på skolen. En elev på 15 sier faren har truet med å drepe henne hvis hun har kjæreste. Hva gjør jeg?"],
      ["nn-d-c", "nn", "Eg jobbar på skulen. Ei jente på 14 seier at faren har truga med å drepe ho viss ho har kjærast. Kva gjer eg?"],
      ["en-d-c", "en", "im a GP. my patient is 14, her father beats her and says he will kill her if she has a boyfriend. where do i send her?"],
      ["ar-d-c", "ar", "أعمل في مدرسة. طالبة عمرها 15 قالت إن أباها يضربها ويهددها بالقتل. ماذا أفعل؟"],
      ["ru-d-c", "ru", "Я работаю в школе. Ученица 15 лет сказала, что отец бьёт её и угрожает убить. Что делать?"],
      ["tr-d-c", "tr", "Okulda çalışıyorum. 15 yaşında bir öğrenci babasının onu dövdüğünü ve öldüreceğini söyledi. Ne yapmalıyım?"],
      ["pl-d-c", "pl", "Pracuję w szkole. Uczennica, 15 lat, mówi, że ojciec ją bije i grozi, że ją zabije. Co robić?"],
      ["so-d-c", "so", "Waxaan ka shaqeeyaa dugsiga. Arday 15 jir ah ayaa ii sheegtay in aabaheed uu garaaco oo uu ku hanjabay inuu dili doono. Maxaan sameeyaa?"],
      ["fa-d-c", "fa", "در مکتب کار می‌کنم. یک دختر ۱۵ ساله گفت پدرش او را می‌زند و تهدید کرده او را می‌کشد. چه کار کنم؟"],
    ])('%s', async (_id, lang, text) => {
      const view = await runner.turn(lang, [text]);
      expect({ emergency: view.emergency, language: view.replyLanguage }).toEqual({ emergency: true, language: lang });
      expect([has(view, 'barnevern'), has(view, '116 111')]).toEqual([true, true]);
    });
  });

  describe('a grown-up with her children named: both the adults\' lines and child welfare for the children', () => {
    it.each<[string, Lang, string]>([
      ["nb-d-both", "nb", "Jeg er helsesykepleier på legekontoret. En kvinne i midten av 40-årene sier mannen har truet med å ta barna med til Pakistan og drepe henne om hun skiller seg. Hva med ungene?"],
      ["en-d-both", "en", "nurse here. a woman in her late 30s says her husband threatened to kill her and take the kids to Somalia if she divorces him. what about the children?"],
    ])('%s', async (_id, lang, text) => {
      const view = await runner.turn(lang, [text]);
      expect(view.emergency).toBe(true);
      expect([has(view, 'barnevern'), has(view, ...KT), has(view, ...RED_CROSS), has(view, ...VO)]).toEqual([true, true, true, true]);
    });
  });

  describe('control of a grown-up without violence: no emergency card, the anonymous lines', () => {
    it.each<[string, Lang, string]>([
      ["nb-c-a", "nb", "Jobber i voksenopplæringa. En deltaker i introduksjonsprogrammet, 32 år, forteller at mannen hennes tar lønna hennes og ikke lar henne jobbe. Ingen vold. Hvor kan hun ringe anonymt?"],
      ["nn-c-a", "nn", "Eg jobbar i NAV. Ei kvinne i 30-åra fortel at mannen hennar styrer alle pengane og ikkje let ho jobbe. Ho vil snakke med nokon anonymt. Kvar kan ho ringje?"],
      ["en-c-a", "en", "I work in adult education. A learner in her forties says her husband keeps her bank card and won't let her work. No violence. Where can she talk anonymously?"],
      ["ru-c-a", "ru", "Работаю в voksenopplæring. Ученица, замужем, говорит, что её муж забирает все деньги и не даёт работать. Насилия нет. Куда она может позвонить анонимно?"],
      ["tr-c-a", "tr", "Mülteci hizmetinde çalışıyorum. Evli bir kadın kocasının maaşını aldığını ve çalışmasına izin vermediğini söyledi. Şiddet yok. İsimsiz nereyi arayabilir?"],
      ["pl-c-a", "pl", "Pracuję w NAV. Moja klientka mówi, że jej mąż zabiera jej pieniądze i nie pozwala pracować. Przemocy nie ma. Gdzie może zadzwonić anonimowo?"],
      ["uk-c-a", "uk", "Працюю в NAV. Моя клієнтка каже, що її чоловік забирає всі гроші і не дає працювати. Насильства немає. Куди вона може анонімно подзвонити?"],
    ])('%s', async (_id, lang, text) => {
      const view = await runner.turn(lang, [text]);
      expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ emergency: false, didYouMean: false, cannotAnswer: false, language: lang });
      expect([has(view, ...RED_CROSS), has(view, ...KT)]).toEqual([true, true]);
    });
  });

  describe('the same control of a pupil: no emergency card, child welfare kept', () => {
    it.each<[string, Lang, string]>([
      ["nb-c-c", "nb", "Jobber på ungdomsskolen. En elev på 14 forteller at faren tar lommepengene hennes og ikke lar henne gå på trening. Ingen vold. Hvor kan hun ringe anonymt?"],
      ["en-c-c", "en", "I work at a lower secondary school. A pupil, 14, says her dad keeps her phone and won't let her join sports. No violence. Where can she talk anonymously?"],
    ])('%s', async (_id, lang, text) => {
      const view = await runner.turn(lang, [text]);
      expect({ emergency: view.emergency, language: view.replyLanguage }).toEqual({ emergency: false, language: lang });
      expect([has(view, 'barnevern'), has(view, '116 111')]).toEqual([true, true]);
    });
  });

  describe('the rules behind it', () => {
    it('a grown-up with a child named beside gets both next steps; a young writer keeps the young lines', () => {
      expect(nextStepsFor('under-18', false, 'health', true)).toEqual(['child-welfare', 'adult']);
      expect(nextStepsFor(undefined, false, undefined, true)).toEqual(['child-welfare', 'adult']);
      expect(nextStepsFor('under-18', true, undefined, true)).toEqual(['young']);
      expect(nextStepsFor('under-18', false, 'health', false)).toEqual(['child-welfare']);
      expect(nextStepsFor('adult', false, 'nav', false)).toEqual(['adult']);
    });

    it("a pupils' article for a grown-up becomes the adults' article, but not for a school's own staff", () => {
      const signs: ArticleIntent = { kind: 'article', articleId: 'signs-at-school' };
      const signsForRefugeeService: ArticleIntent = { ...signs, askerRole: 'refugee-services' };
      const signsForSchool: ArticleIntent = { ...signs, askerRole: 'school' };
      expect(withAgeBand(signs, 'adult')).toEqual({ kind: 'article', articleId: 'adults-over-18' });
      expect(withAgeBand(signsForRefugeeService, 'adult')).toEqual({ kind: 'article', articleId: 'adults-over-18', askerRole: 'refugee-services' });
      expect(withAgeBand(signsForSchool, 'adult')).toEqual(signsForSchool);
      expect(withAgeBand(signs, 'under-18')).toEqual(signs);
    });
  });
});
