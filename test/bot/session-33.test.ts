import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Follow-ups that ask a figure after an article, a contact or another figure (issue #13, follow33): our own two- and
 * three-turn probes in the twelve languages, typed as people type them (no Turkish or Norwegian letters, dialect
 * Arabic, Somali year endings, nynorsk). Each last turn is read with the conversation's context (the history article,
 * the service, the year, the figure last shown) and answers the figure asked: in the item's language, no "did you
 * mean", no "cannot answer", no emergency card, every fact shown.
 */
describe('figures asked in follow-ups (follow33)', () => {
  const runner = conversationRunnerPerFile();

  async function expectFigure(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false, language: lang });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe("a count asked after an article (the history: the 2008 posts and schools; a service's article: its headcount)", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["nb-art-emb", "nb", ["når kom minoritetsrådgiverne i gang", "og hvor mange ble sendt til ambassadene da?"], [["seks", "6"]]],
      ["nb-hist-out", "nb", ["hvor mange minoritetsradgivere ble ansatt i 2008", "hvor mange saker hadde de det året?"], [["381"]]],
      ["nn-art-emb", "nn", ["kor mange minoritetsrådgjevarar starta i 2008", "og kor mange på ambassadane?"], [["seks", "6"]]],
      ["nn-art-staff", "nn", ["kva gjer mangfaldsrådgjevarane", "kor mange er dei?"], [["59"]]],
      ["en-art-emb", "en", ["how many minority advisers started in 2008", "and how many at the embassies?"], [["six", "6"]]],
      ["en-art-emb2", "en", ["tell me the history of the minority advisers", "what about the embassy advisers, how many were there?"], [["six", "6"]]],
      ["en-art-staff", "en", ["what do the diversity advisers do", "how many of them are there?"], [["59"]]],
      ["ar-art-emb", "ar", ["كم مستشار أقليات بدأ العمل في 2008؟", "وكم واحد في السفارات؟"], [["6", "٦", "ستة"]]],
      ["so-art-emb", "so", ["immisa la-taliye laga tirada badan yahay ayaa bilaabay 2008?", "immisa ayaa safaaradaha joogay?"], [["6", "lix"]]],
      ["fa-art-emb", "fa", ["چند تا مشاور اقلیت در ۲۰۰۸ شروع کردند؟", "و چند تا تو سفارت‌ها؟"], [["6", "۶", "شش"]]],
      ["ur-art-emb", "ur", ["2008 میں کتنے اقلیتی مشیر شروع ہوئے؟", "اور سفارت خانوں میں کتنے؟"], [["6", "۶", "چھ"]]],
      ["uk-art-emb", "uk", ["скільки радників з питань меншин почали роботу у 2008?", "а скільки в посольствах?"], [["6", "шість", "шести"]]],
      ["ru-art-emb", "ru", ["сколько советников по делам меньшинств начали работу в 2008?", "и сколько в посольствах?"], [["6", "шесть", "шести"]]],
      ["tr-art-emb", "tr", ["2008'de kaç azınlık danışmanı işe başladı?", "ve büyükelçiliklerde kaç tane?"], [["6", "altı", "alti"]]],
      ["pl-art-emb", "pl", ["ilu doradców ds. mniejszości zaczęło pracę w 2008?", "a ilu w ambasadach?"], [["6", "sześciu", "sześć"]]],
      ["ti-art-emb", "ti", ["ኣብ 2008 ክንደይ ኣማኸርቲ ውሑዳን ጀሚሮም?", "ኣብ ኤምባሲታትከ ክንደይ?"], [["6", "ሽዱሽተ"]]],
      ["nb-3turn", "nb", ["hvor mange saker hadde mangfoldsrådgiverne i 2023", "og spesialutsendingene?", "og i 2008?"], [["381"]]],
      ["nb-hist-emb2", "nb", ["fortell om historien til minoritetsrådgiverne", "hvor mange integreringsrådgivere var det?"], [["seks", "6"]]],
      ["nb-hist-schools", "nb", ["når startet minoritetsrådgiverne", "på hvor mange skoler da?"], [["29"]]],
      ["nn-hist-emb", "nn", ["når byrja minoritetsrådgjevarane", "kor mange var på ambassadane då?"], [["seks", "6"]]],
      ["en-hist-emb3", "en", ["when did the minority adviser scheme start", "how many went to embassies?"], [["six", "6"]]],
      ["ar-hist-emb", "ar", ["متى بدأ مستشارو الأقليات؟", "كم مستشار اندماج كان في السفارات؟"], [["6", "٦", "ستة"]]],
      ["so-hist-emb", "so", ["goorma ayay bilaabeen la-taliyayaasha laga-tirada-yar?", "immisa ayaa safaaradaha joogay markaas?"], [["6", "lix"]]],
      ["fa-hist-emb", "fa", ["مشاوران اقلیت از کی شروع کردند؟", "اون موقع چند تا تو سفارتخانه ها بودن؟"], [["6", "۶", "شش"]]],
      ["ur-hist-emb", "ur", ["اقلیتی مشیر کب شروع ہوئے؟", "اس وقت سفارت خانوں میں کتنے تھے؟"], [["6", "۶", "چھ"]]],
      ["uk-hist-emb", "uk", ["коли почали працювати радники з питань меншин?", "а скільки тоді було в посольствах?"], [["6", "шість", "шести"]]],
      ["ru-hist-emb", "ru", ["когда появились советники по делам меньшинств?", "и сколько их было в посольствах?"], [["6", "шесть", "шести"]]],
      ["tr-hist-emb", "tr", ["azinlik danismanlari ne zaman basladi?", "buyukelciliklerde kac kisi vardi?"], [["6", "altı", "alti"]]],
      ["pl-hist-emb", "pl", ["kiedy zaczęli pracować doradcy ds. mniejszości?", "a ilu było w ambasadach?"], [["6", "sześciu", "sześć"]]],
      ["ti-hist-emb", "ti", ["ኣማኸርቲ ውሑዳን መዓስ ጀሚሮም?", "ሽዑ ኣብ ኤምባሲታት ክንደይ ነይሮም?"], [["6", "ሽዱሽተ"]]],
      ["en-hist-now", "en", ["how many minority advisers started in 2008", "and how many embassies have one now?"], [["four", "4"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("a figure asked after a contact card (the envoys' cases, Kompetanseteamet's inquiries)", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["nb-contact-fig", "nb", ["hvordan får jeg tak i kompetanseteamet", "hvor mange henvendelser får de i året?"], [["248", "177", "93"]]],
      ["en-contact-fig", "en", ["how do i contact the special envoy in amman", "how many cases did the envoys handle in 2023?"], [["245"]]],
      ["ru-contact", "ru", ["как связаться со спецпосланником в Анкаре?", "и сколько у них было дел в 2023?"], [["245"]]],
      ["pl-contact", "pl", ["jak skontaktować się z kompetanseteamet?", "ile zgłoszeń mieli w 2008?"], [["248"]]],
      ["nb-contact-env", "nb", ["hvordan kontakter jeg spesialutsendingen i Nairobi", "hvor mange saker hadde de i 2023?"], [["245"]]],
      ["so-contact-env", "so", ["sidee ayaan ula xiriiri karaa ergayga gaarka ah ee Nairobi?", "immisa kiis ayay lahaayeen 2023?"], [["245"]]],
      ["uk-contact-kt", "uk", ["як зв'язатися з Kompetanseteamet?", "скільки звернень у них було у 2008?"], [["248"]]],
      ["ti-contact-env", "ti", ["ምስ ፍሉይ ልኡኽ ኣብ ኣንካራ ከመይ ክራኸብ እኽእል?", "ኣብ 2023 ክንደይ ጉዳያት ነይሮሞም?"], [["245"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("a figure asked after another service's figure or another kind of figure (the envoys after the advisers, 2024's new posts after 2023's headcount)", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["nb-fig-svc", "nb", ["hvor mange saker hadde mangfoldsrådgiverne i 2023", "og spesialutsendingene?"], [["245"]]],
      ["nn-fig-svc", "nn", ["kor mange saker hadde mangfaldsrådgjevarane i 2023", "kva med spesialutsendingane?"], [["245"]]],
      ["en-fig-svc", "en", ["how many cases did the diversity advisers have in 2023", "what about the envoys?"], [["245"]]],
      ["ar-fig-svc", "ar", ["كم عدد الحالات عند مستشاري التنوع في 2023؟", "وعند المبعوثين الخاصين؟"], [["245", "٢٤٥"]]],
      ["ar-2024", "ar", ["كم مستشار تنوع كان في 2023؟", "وكم وظيفة جديدة في 2024؟"], [["6", "٦", "ست"]]],
      ["so-fig-svc", "so", ["immisa kiis ayay lahaayeen la-taliyayaasha kala duwanaanshaha 2023?", "oo ergooyinka gaarka ah?"], [["245"]]],
      ["so-staff", "so", ["maxay qabtaan mangfoldsrådgivere?", "immisa ayay yihiin?"], [["59"]]],
      ["fa-fig-svc", "fa", ["مشاوران تنوع در ۲۰۲۳ چند تا پرونده داشتند؟", "و فرستاده‌های ویژه چی؟"], [["245", "۲۴۵"]]],
      ["fa-2024", "fa", ["مشاورهای تنوع تو ۲۰۲۳ چند نفر بودن؟", "تو ۲۰۲۴ چند تا پست جدید اضافه شد؟"], [["6", "۶", "شش"]]],
      ["ur-fig-svc", "ur", ["2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟", "اور خصوصی ایلچیوں کے پاس؟"], [["245", "۲۴۵"]]],
      ["ur-2024", "ur", ["2023 میں کتنے تنوع کے مشیر تھے؟", "اور 2024 میں کتنی نئی پوسٹیں آئیں؟"], [["6", "۶", "چھ"]]],
      ["uk-fig-svc", "uk", ["скільки справ мали радники з питань різноманіття у 2023?", "а спеціальні посланці?"], [["245"]]],
      ["uk-2024", "uk", ["скільки було радників з різноманіття у 2023?", "а скільки нових посад додали у 2024?"], [["6", "шість", "шести"]]],
      ["ru-fig-svc", "ru", ["сколько дел было у советников по многообразию в 2023?", "а у спецпосланников?"], [["245"]]],
      ["tr-fig-svc", "tr", ["cesitlilik danismanlarinin 2023'te kac vakasi vardi?", "ozel elciler peki?"], [["245"]]],
      ["pl-fig-svc", "pl", ["ile spraw mieli doradcy ds. różnorodności w 2023?", "a specjalni wysłannicy?"], [["245"]]],
      ["ti-fig-svc", "ti", ["ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሮሞም?", "እቶም ፍሉያት ልኡኻትከ?"], [["245"]]],
      ["ti-2024", "ti", ["ኣብ 2023 ክንደይ ኣማኸርቲ ብዙሕነት ነይሮም?", "ኣብ 2024 ክንደይ ሓደሽቲ ቦታታት ተወሲኾም?"], [["6", "ሽዱሽተ"]]],
      ["nb-2024", "nb", ["hvor mange mangfoldsrådgivere var det i 2023", "og hvor mange nye stillinger kom i 2024?"], [["seks", "6"]]],
      ["en-2024", "en", ["how many diversity advisers were there in 2023", "and how many new posts in 2024?"], [["six", "6"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("the same figure for another year ('og i 2006?', 'oo 2007dii?', 'ya 2007'de?')", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["nb-fig-year", "nb", ["hvor mange henvendelser fikk kompetanseteamet i 2008", "og året før?"], [["177"]]],
      ["nn-fig-year", "nn", ["kor mange førespurnader fekk kompetanseteamet i 2008", "og i 2006?"], [["116"]]],
      ["en-fig-year", "en", ["how many inquiries did kompetanseteamet get in 2008", "and in 2005?"], [["93"]]],
      ["ar-fig-year", "ar", ["كم استفسار وصل لفريق الكفاءة Kompetanseteamet في 2008؟", "وفي 2007؟"], [["177", "١٧٧"]]],
      ["so-fig-year", "so", ["immisa codsi ayuu helay kompetanseteamet 2008?", "oo 2007dii?"], [["177"]]],
      ["fa-fig-year", "fa", ["کمپتانس‌تیم (Kompetanseteamet) در ۲۰۰۸ چند تا درخواست داشت؟", "و ۲۰۰۷؟"], [["177", "۱۷۷"]]],
      ["ur-fig-year", "ur", ["Kompetanseteamet کو 2008 میں کتنی درخواستیں ملیں؟", "اور 2007 میں؟"], [["177", "۱۷۷"]]],
      ["uk-fig-year", "uk", ["скільки звернень отримала Kompetanseteamet у 2008?", "а у 2007?"], [["177"]]],
      ["ru-fig-year", "ru", ["сколько обращений получил Kompetanseteamet в 2008?", "и сколько в 2007?"], [["177"]]],
      ["tr-fig-year", "tr", ["Kompetanseteamet 2008'de kaç başvuru aldı?", "ya 2007'de?"], [["177"]]],
      ["pl-fig-year", "pl", ["ile zgloszen dostal Kompetanseteamet w 2008?", "a w 2007?"], [["177"]]],
      ["ti-fig-year", "ti", ["Kompetanseteamet ኣብ 2008 ክንደይ ሕቶታት ተቐቢሉ?", "ኣብ 2007 ከ?"], [["177"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("a change asked after a figure, with a claim about it (+28 % in the report, about +40 % in the table)", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["en-growth", "en", ["how many inquiries did kompetanseteamet get in 2008", "how much is that up from 2007 in percent?"], [["40"]]],
      ["tr-growth", "tr", ["Kompetanseteamet 2008'de kaç başvuru aldı?", "2007'ye göre yüzde kaç arttı?"], [["40"]]],
      ["nb-growth-claim", "nb", ["hvor mange henvendelser fikk kompetanseteamet i 2008", "hvor mange prosent økning fra 2007? rapporten sier 28 % men det virker lite"], [["40"]]],
      ["en-growth-claim", "en", ["how many inquiries did kompetanseteamet get in 2008", "what was the increase from 2007 in percent? the report says 28% but that looks low"], [["40"]]],
      ["ru-growth-claim", "ru", ["сколько обращений получил Kompetanseteamet в 2008?", "на сколько процентов больше чем в 2007? в отчете 28%, но мне кажется мало"], [["40"]]],
      ["pl-growth-claim", "pl", ["ile zgłoszeń dostał Kompetanseteamet w 2008?", "o ile procent więcej niż w 2007? w raporcie jest 28%, ale to chyba za mało"], [["40"]]],
      ["fa-growth-claim", "fa", ["Kompetanseteamet در ۲۰۰۸ چند درخواست داشت؟", "نسبت به ۲۰۰۷ چند درصد بیشتر شد؟ تو گزارش ۲۸٪ نوشته ولی به نظرم کمه"], [["40", "۴۰"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("pushback restates the figure with both sources (899 / 897), however the doubt is put", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["nb-push", "nb", ["hvor mange saker hadde mangfoldsrådgiverne i 2023", "er du sikker? jeg trodde det var 897"], [["899"]]],
      ["nn-push", "nn", ["kor mange saker hadde spesialutsendingane i 2023", "er du sikker? eg trudde det var fleire"], [["245"]]],
      ["en-push", "en", ["how many cases did the diversity advisers have in 2023", "are you sure? another report says 897"], [["899"]]],
      ["ar-push", "ar", ["كم حالة عند مستشاري التنوع سنة 2023؟", "متأكد؟ قرأت 897"], [["899", "٨٩٩"]]],
      ["so-push", "so", ["immisa kiis ayay lahaayeen la-taliyayaasha kala duwanaanshaha 2023?", "ma hubtaa? waxaan akhriyay 897"], [["899"]]],
      ["fa-push", "fa", ["مشاوران تنوع در ۲۰۲۳ چند پرونده داشتند؟", "مطمئنی؟ من ۸۹۷ خوندم"], [["899", "۸۹۹"]]],
      ["ur-push", "ur", ["2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟", "کیا آپ کو یقین ہے؟ میں نے 897 پڑھا تھا"], [["899", "۸۹۹"]]],
      ["uk-push", "uk", ["скільки справ мали радники з питань різноманіття у 2023?", "ви впевнені? я читала 897"], [["899"]]],
      ["ru-push", "ru", ["сколько дел было у советников по многообразию в 2023?", "вы уверены? в другом отчете было 897"], [["899"]]],
      ["tr-push", "tr", ["çeşitlilik danışmanlarının 2023'te kaç vakası vardı?", "emin misin? başka raporda 897 yazıyor"], [["899"]]],
      ["pl-push", "pl", ["ile spraw mieli doradcy ds. różnorodności w 2023?", "na pewno? w innym raporcie jest 897"], [["899"]]],
      ["ti-push", "ti", ["ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሮሞም?", "ርግጸኛ ዲኻ? ኣብ ካልእ ጸብጻብ 897 ኢዩ ዝብል"], [["899"]]],
      ["nb-push-which", "nb", ["hvor mange saker hadde mangfoldsrådgiverne i 2023", "men i en annen rapport står det 897, hva er riktig?"], [["899"]]],
      ["nn-push-which", "nn", ["kor mange saker hadde mangfaldsrådgjevarane i 2023", "men eg såg 897 ein annan stad, kva er rett?"], [["899"]]],
      ["en-push-which", "en", ["how many cases did the diversity advisers have in 2023", "but i saw 897 in another report, which one is right?"], [["899"]]],
      ["so-push-which", "so", ["immisa kiis ayay lahaayeen la-taliyayaasha kala duwanaanshaha 2023?", "laakiin warbixin kale waxaan ku arkay 897, kee baa sax ah?"], [["899"]]],
      ["fa-push-which", "fa", ["مشاوران تنوع در ۲۰۲۳ چند پرونده داشتند؟", "ولی تو یه گزارش دیگه ۸۹۷ دیدم، کدومش درسته؟"], [["899", "۸۹۹"]]],
      ["ur-push-which", "ur", ["2023 میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟", "لیکن ایک اور رپورٹ میں 897 دیکھا، کون سا صحیح ہے؟"], [["899", "۸۹۹"]]],
      ["uk-push-which", "uk", ["скільки справ мали радники з питань різноманіття у 2023?", "але в іншому звіті я бачила 897, що правильно?"], [["899"]]],
      ["ru-push-which", "ru", ["сколько дел было у советников по многообразию в 2023?", "но в другом отчете видела 897, кто прав?"], [["899"]]],
      ["tr-push-which", "tr", ["cesitlilik danismanlarinin 2023'te kac vakasi vardi?", "ama baska raporda 897 gordum, hangisi dogru?"], [["899"]]],
      ["pl-push-which", "pl", ["ile spraw mieli doradcy ds. różnorodności w 2023?", "ale w innym raporcie widziałam 897, co jest prawdą?"], [["899"]]],
      ["ti-push-which", "ti", ["ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ነይሮሞም?", "ግን ኣብ ካልእ ጸብጻብ 897 ርእየ፡ ኣየናይ ልክዕ እዩ?"], [["899"]]],
      ["ar-push-lev", "ar", ["قديش حالة كان عند مستشاري التنوع سنة 2023؟", "بس أنا قريت 897 بمكان تاني"], [["899", "٨٩٩"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  describe("a campaign's views asked in the languages people type them in, on its own or after another campaign", () => {
    it.each<[string, Lang, string[], string[][]]>([
      ["tr-campaign", "tr", ["2023 yaz tatili kampanyasi kac kez goruntulendi?"], [["2358198", "2 358 198", "2.358.198", "2,358,198"]]],
      ["so-campaign", "so", ["ololihii fasaxa xagaaga 2023 immisa jeer ayaa la daawaday?"], [["2358198", "2 358 198", "2.358.198", "2,358,198"]]],
      ["ti-campaign2", "ti", ["ዘመተ ክረምቲ 2023 ክንደይ ግዜ ተራእዩ?"], [["2358198", "2 358 198", "2.358.198", "2,358,198"]]],
      ["en-campaign-fu", "en", ["how many views did the pride campaign get in 2023", "and the summer holiday campaign?"], [["2358198", "2 358 198", "2.358.198", "2,358,198"]]],
    ])('%s', async (_id, lang, turns, facts) => {
      await expectFigure(lang, turns, facts);
    });
  });

  // The twins: what the history's rule leaves to the figures. After the history, the cases of that year are the
  // advisers' published figure (381, June–December 2008), not the history again; today's posts are today's four.
  it('after the history, a figure of another kind is that figure, not the history again', async () => {
    const view = await runner.turn('nb', ['hvor mange minoritetsrådgivere startet i 2008', 'hvor mange saker hadde de det året?']);
    expect(view.answers).toBeGreaterThan(0);
    expect(containsFact(view.texts, ['381'])).toBe(true);
    expect(view.texts.some((t) => t.includes('Historikk'))).toBe(false);
  });
  // After a figure (no history before), "how many at the embassies?" is the envoys' headcount for that figure's year.
  it.each<[Lang, string[], string[]]>([
    ['nb', ['hvor mange saker hadde spesialutsendingene i 2023', 'og hvor mange på ambassadene?'], ['4', 'fire']],
    ['en', ['how many cases did the diversity advisers have in 2023', 'and how many at the embassies?'], ['4', 'four']],
    ['ru', ['сколько дел было у спецпосланников в 2023?', 'а сколько их в посольствах?'], ['4', 'четыре']],
    ['tr', ["ozel elcilerin 2023'te kac vakasi vardi?", 'buyukelciliklerde kac kisi calisiyor?'], ['4', 'dört']],
    ['nb', ['hvor mange saker hadde minoritetsrådgiverne i 2008', 'og hvor mange var på ambassadene?'], ['6', 'seks']],
  ])('after a figure, the embassies counted are the envoys (%s: %j)', async (lang, turns, fact) => {
    const view = await runner.turn(lang, turns);
    expect(view.texts.some((t) => /^(?:Historikk|History|История|Tarihçe)/u.test(t))).toBe(false);
    await expectFigure(lang, turns, [fact]);
  });
  // A post named after the envoys' cases stays that figure at the post (the split is not published; the whole is shown).
  it('a post named after the envoys\' cases is the same figure at that post, not the headcount', async () => {
    await expectFigure('en', ['how many cases did the envoys have in 2023', 'how many of them were in Amman?'], [['245']]);
  });
});
