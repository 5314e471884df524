import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Figures and lines asked in the other languages (hb28c, issue #13): the share of Nora's traffic from social-media
 * campaigns, a case type typed without Polish diacritics, the countries of origin typed without the Arabic hamza, and
 * an anonymous line asked in Arabic beside a threat. Phrasings written for this test; the languages other than nb, nn
 * and en are machine-assisted.
 */
describe('conversation: figures by part and the anonymous line, asked in the other languages', () => {
  const runner = conversationRunnerPerFile();

  // "What part of the visits to Nora came through social media?": 70 % (IMDi årsrapport 2023, domain.md §5).
  it.each([
    ['fa', 'چه درصدی از بازدیدکنندگان نورا از طریق شبکه های اجتماعی آمدند؟'],
    ['ar', 'كم بالمئة من زيارات موقع Nora جاءت من وسائل التواصل الاجتماعي؟'],
    ['ru', 'Какая доля посещений сайта Nora пришла из социальных сетей?'],
    ['uk', 'Яка частка відвідувань сайту Nora прийшла із соціальних мереж?'],
    ['pl', 'Jaki procent odwiedzin strony Nora pochodzi z mediów społecznościowych?'],
    ['tr', "Nora sitesine gelen ziyaretlerin yüzde kaçı sosyal medyadan geliyor?"],
  ] as const)('%s: 70 %% of Nora traffic from social media: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['70', '۷۰', '٧٠'])).toBe(true);
  });

  // Polish typed without diacritics: the case type still splits the count (domain.md §12: 113 of 891 in 2022).
  it('pl: stays abroad against one\'s will in 2022, typed without diacritics', async () => {
    const view = await runner.turn('pl', 'ile bylo w 2022 spraw Kompetanseteamet o przymusowy pobyt za granica?');
    expect(containsFact(view.texts, ['113'])).toBe(true);
  });

  // The 2008 advisers' cases by kind of forced marriage (domain.md §9: 14 entered, 63 fear).
  it('pl: forced marriages in the 2008 cases, typed without diacritics', async () => {
    const view = await runner.turn('pl', 'ile przypadkow malzenstw z przymusu mieli doradcy w 2008 roku?');
    expect(containsFact(view.texts, ['14'])).toBe(true);
    expect(containsFact(view.texts, ['63'])).toBe(true);
  });

  // "Most countries" and "countries of origin" without the hamza (domain.md §1: Iraq first in 2023).
  it('ar: where most of the 2023 advisers\' cases came from, without hamza', async () => {
    const view = await runner.turn('ar', 'شو اكثر الدول اللي اجت منها حالات مستشاري التنوع سنة 2023؟');
    expect(containsFact(view.texts, ['العراق', 'Irak', 'Iraq'])).toBe(true);
  });

  // An anonymous line asked in Arabic beside a threat: the Red Cross line (815 55 201, anonymous; domain.md §12).
  it.each([
    ['ar', 'جارتي يضربها أخوها ويهددها بالقتل. هل يوجد خط تتصل عليه وما تعطي اسمها؟'],
    ['ar', 'أخي يهددني كل يوم لأني ما بدي اتزوج ابن عمي. بدي رقم أحكي فيه بدون ما أعطي اسمي'],
  ] as const)('%s: the anonymous line beside the emergency numbers: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(containsFact(view.texts, ['815 55 201', '81555201'])).toBe(true);
  });
});
