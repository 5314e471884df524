import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// (was situation-family-cases.test.ts)

/**
 * Issue #13: a message that signals danger, said plainly or only described, gets the emergency numbers (or, for a
 * concrete case that is not acute, "call 112 if acute") in every supported language. These are the everyday ways to
 * say it that the cue lists (content/understanding/situation/<lang>.json) once missed: hitting by a family member
 * ("slår søsteren sin", "يضرب أخته", "usko marta hai", "вдарив доньку", "ona vuruyor", "ወቒዕዋ"), threats by family,
 * being kept abroad or not let back, a long stay or an upbringing there ("lengre opphold", "dhaqan celis"), a
 * one-way ticket, an engagement or marriage arranged for someone on a trip ("يخطبوها", "nişanlamayı", "zaręczyć ją",
 * "ክሕጽዋ"), a cutting planned, and a professional's concrete case (a pupil, patient or resident with a harm named,
 * even when the question mentions the law). Every sentence was written for this test. The calm sentences use the
 * same words harmlessly and must stay calm.
 */
const danger = createDangerReader(loadSituationReader());
const flagged = (lng: Lang, text: string) => {
  const u = prepareUtterance(text, lng);
  return danger.isDanger(u) || danger.isConcern?.(u, false) === true;
};

const CASES: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'Sønnen min slår søsteren sin når hun kommer sent hjem.'],
  ['nb', 'Faren banker dattera si, hva kan jeg gjøre som nabo?'],
  ['nb', 'Familien truer ham fordi han vil gifte seg med ei norsk jente.'],
  ['nb', 'Jeg er 20 og onkelen min har truet meg etter at jeg flyttet ut.'],
  ['nb', 'Jeg er redd hun ikke får komme tilbake hvis hun blir med til Pakistan i sommer.'],
  ['nb', 'Familien planlegger å forlove henne med fetteren når de reiser til Irak i sommer.'],
  ['nb', 'Bestemoren vil omskjære jenta i ferien.'],
  ['nb', 'Jeg er helsesykepleier. En elev på 14 utsettes for æresrelatert vold hjemme. Hva gjør jeg?'],
  ['nb', 'Jeg jobber på asylmottak. En beboer på 17 er redd for å bli giftet bort. Har vi meldeplikt?'],
  ['nb', 'Fastlege her: pasienten min risikerer å bli etterlatt i utlandet i sommer.'],
  ['nb', 'Barnevernet: en gutt på 15 skal sendes til hjemlandet og bli der. Hva gjør vi?'],
  ['nb', 'Jeg jobber på et asylmottak. En jente på 17 som bor her sier hun er redd foreldrene vil gifte henne bort. Hva gjør vi?'],
  ['nb', 'Vi i barnevernet har en sak der en gutt på 16 skal sendes til Somalia på ubestemt tid. Hvem kan gi oss råd?'],
  ['nb', 'Jeg er ansatt på mottaket. Må vi melde fra når en beboer forteller at hun blir slått av mannen?'],
  ['nb', 'Jeg er fastlege. En pasient er redd for å bli holdt igjen i Pakistan når hun reiser på ferie. Hvem kan hjelpe?'],
  ['nb', 'Barnevernet: Vi har en konkret sak med en jente på 15 som vi frykter skal tvangsgiftes. Kan Kompetanseteamet bistå oss?'],
  ['nb', 'Vi er bekymret for en gutt på 14 som skal etterlates i Somalia. Hva er vår plikt, og hvem kan hjelpe?'],
  ['nb', 'Jeg jobber i barnevernet og har en konkret sak: en jente på 16 skal reise til Irak i morgen, og vi vet ikke om hun kommer tilbake.'],
  ['nb', 'Barnevernet: en gutt på 14 skal på et lengre opphold i Somalia for å lære kultur og religion. Hva gjør vi?'],
  ['nn', 'Bror hennar slår henne når ho ikkje gjer som han seier.'],
  ['nn', 'Familien trugar han fordi han ikkje vil gifte seg.'],
  ['nn', 'Eg er redd ho ikkje får kome tilbake viss ho reiser til Somalia.'],
  ['nn', 'Dei planlegg å forlove henne når dei reiser heim i sommar.'],
  ['nn', 'Eg jobbar i barnevernet. Ei jente på 15 skal truleg sendast til utlandet og bli verande der.'],
  ['nn', 'Ei kvinne vi følgjer opp blir kontrollert av mannen og kanskje slått.'],
  ['nn', 'Eg jobbar i flyktningtenesta. Ei kvinne på 30 fortel at mannen kontrollerer alt ho gjer og at ho kanskje blir slegen.'],
  ['nn', 'Barnevernet her: ein 15-åring skal reise til Irak om ei veke og vi fryktar at ho blir verande der.'],
  ['nn', 'Vi i barnevernet fryktar at ein gut på 14 skal etterlatast i Somalia når familien reiser neste veke. Kva er plikta vår?'],
  ['nn', 'Eg arbeider i flyktningtenesta. Ei vaksen kvinne vi følgjer blir kontrollert og overvaka av mannen, og vi er redde for vald.'],
  ['nn', 'Eg er sakshandsamar i barnevernet. Ein gut på 15 skal reise til Somalia med faren om to dagar, og vi trur han ikkje kjem tilbake. Kva plikter har vi?'],
  ['nn', 'Barnevernet her. Ei jente på 14 skal etter planen på eit lengre opphald hos slekta i Irak, og skulen er ikkje informert. Kva gjer vi?'],
  ['nn', 'Vi har ei sak der ein 16-åring skal sendast til heimlandet for å bli oppdregen der. Kven kan gi råd?'],
  ['en', 'My son hits his sister when she comes home late.'],
  ['en', 'Her brother has been beating her for months.'],
  ['en', 'His family is threatening him because he refuses to marry his cousin.'],
  ['en', 'I am 20 and my uncles threatened me after I moved out.'],
  ['en', 'I fear she will not be allowed back if she goes with them to Iraq.'],
  ['en', 'They are planning to get her engaged when they travel to Pakistan this summer.'],
  ['en', 'Her grandmother wants to have her circumcised during the holiday.'],
  ['en', 'I am a school nurse. A 14-year-old pupil is exposed to honour-related violence at home. What should I do?'],
  ['en', 'GP here: my patient is at risk of being left abroad. Do I have a duty to act?'],
  ['en', 'I work at a reception centre; a resident aged 17 is afraid of being married off. Must we report it?'],
  ['en', 'A teacher: a pupil told me her aunt will cut her in Sudan during the holidays.'],
  ['en', 'A client of ours went to Chechnya with her family and they are keeping her there.'],
  ['en', 'My cousin flew to Grozny with her parents in June and they have taken her phone; we think she is being kept there.'],
  ['en', 'I am a teacher and I see signs that a pupil will be cut when the family goes to Sudan this summer.'],
  ['en', 'School nurse here: a 15-year-old has a one-way ticket to Pakistan and is afraid. What should I do?'],
  ['en', 'I work at a reception centre and a resident told me her brothers will kill her if she divorces. What is our duty?'],
  ['en', 'An adult client says her husband controls her money and phone and she has bruises.'],
  ['en', 'I am a school nurse. A 14-year-old pupil is exposed to honour-related violence. Do I have a legal duty to report this?'],
  ['en', 'As a teacher I have noticed several signs that one of my pupils is going to be circumcised on the summer holiday in Sudan.'],
  ['en', 'A girl in my class said her family is taking her to Sudan this summer for a ceremony where she will be cut.'],
  ['en', 'My friend\'s family took her to Chechnya in the spring. She is not allowed to leave her uncle\'s house and her passport is gone.'],
  ['en', 'My sister has been stuck in Chechnya for three months; the relatives won\'t let her travel back to Norway.'],
  ['en', 'We are worried about a 16-year-old who was taken to Russia by her father and has not been heard from.'],
  ['en', 'I teach a 10-year-old girl who says she will have a special party in Sudan this summer where she becomes a woman, like her older sister.'],
  ['en', 'As a teacher I am worried: a pupil of 9 told me her grandmother in Sudan will "make her clean" during the summer holiday.'],
  ['en', 'A 15-year-old in our care has been in Chechnya with relatives since March; her school says she may be kept there for good.'],
  ['ar', 'ابني يضرب أخته كلما خرجت من البيت'],
  ['ar', 'بنتي تنضرب من أخوها'],
  ['ar', 'أبوها ضربها امبارح ضرب شديد'],
  ['ar', 'أهله يهددونه لأنه رفض يتزوج بنت عمه'],
  ['ar', 'أخذوها لبلدهم وما خلوها ترجع'],
  ['ar', 'أخاف إنها ما ترجع إذا سافرت معهم للعراق'],
  ['ar', 'أهلها ناويين يخطبوها لابن عمها لما يسافروا الصيف الجاي'],
  ['ar', 'جدتها تريد تختنها في السودان بالعطلة'],
  ['ar', 'أنا ممرضة في مدرسة، طالبة عمرها ١٤ سنة تتعرض للعنف من أهلها بسبب الشرف، شو لازم أعمل؟'],
  ['ar', 'أنا طبيب عام، مريضتي قد يتركها أهلها في الخارج، هل علي واجب الإبلاغ؟'],
  ['ar', 'أعمل في مركز استقبال، إحدى المقيمات عمرها ١٧ تخاف من زواج قسري، ماذا نفعل؟'],
  ['ar', 'عمري ٢٠ سنة وعائلتي تهددني لأني ما بدي أتزوج'],
  ['ar', 'أنا أعمل في مركز لجوء، فتاة عمرها ١٦ تقول إن أهلها سيزوجونها في الصيف، هل يجب أن نبلغ؟'],
  ['ar', 'بنتي عمرها ١٥ وأخوها يضربها كل يوم، ماذا أفعل؟'],
  ['ar', 'أنا معلمة، طالبة عندي قالت إنهم سيسافرون إلى العراق وقد لا تعود'],
  ['ar', 'ابن عمي عمره ٢٠ سنة وأهله يهددونه بالقتل إذا ما تزوج بنت خاله'],
  ['ar', 'ابنتي تتعرض للضرب من أخيها، ماذا أفعل؟'],
  ['ar', 'بنتي أخوها بيضربها كل ما تتأخر، شو بعمل؟'],
  ['ar', 'ابني الكبير يعتدي على أخته بالضرب'],
  ['ar', 'أهلها رتبوا خطوبتها في المغرب هذا الصيف وأخاف ألا تعود'],
  ['ar', 'صديقتي ستسافر إلى سوريا ليخطبوها هناك وربما لن ترجع إلى النرويج'],
  ['ar', 'سيخطبونها في بلدهم خلال العطلة وقد تبقى هناك'],
  ['ar', 'أهلي يخططون لخطوبتي في سوريا الصيف الجاي وممكن ما أرجع'],
  ['ar', 'بدهم يخطبوني بالبلد بالصيف وخايفة ما يرجعوني'],
  ['ar', 'عيلتي رح تعملي خطبة هناك بالعطلة ويمكن أضل هناك'],
  ['so', 'Walaalkeed ayaa garaaca'],
  ['so', 'Aabaheed ayaa karbaashay'],
  ['so', 'Qoyskiisa ayaa u hanjabaya'],
  ['so', 'Waxay ku reebeen Soomaaliya, uma oggola inay soo noqoto'],
  ['so', 'Xagaagan waxay doonayaan inay u guuriyaan ina adeerkeed markay Soomaaliya tagaan'],
  ['so', 'Ayeeyadeed waxay rabtaa in la gudo markay fasaxa tagaan'],
  ['so', 'Waxaan ahay kalkaaliso iskuul, arday 14 jir ah ayaa lagu xadgudbaa sharaf awgeed'],
  ['so', 'Waxaan ahay dhakhtar, bukaankayga waxaa laga yaabaa in lagu reebo dibadda'],
  ['so', 'Waxaan ka shaqeeyaa xarun qaxooti, gabar 16 jir ah ayaa sheegtay in qoyskeedu doonayaan inay guursiiyaan'],
  ['so', 'Walaashay waxaa loo diray Soomaaliya mana soo laaban'],
  ['so', 'Waxaan ahay macallin, ardayad ayaa ii sheegtay in aabaheed garaaco'],
  ['so', 'Gabadh 15 jir ah ayaa loo sheegay in la gudi doono xagaagan'],
  ['so', 'Waxaa la ii sheegay in xagaaga la i gudi doono, 15 jir baan ahay'],
  ['fa', 'پدرش دیروز او را زد'],
  ['fa', 'برادرش هر شب او را می‌زند'],
  ['fa', 'خانواده‌اش او را تهدید می‌کنند'],
  ['fa', 'می‌ترسم اگر به ایران برود، دیگر نگذارند برگردد'],
  ['fa', 'پاسپورتش را گرفته‌اند و نمی‌گذارند برگردد'],
  ['fa', 'خانواده‌اش می‌خواهند تابستان در افغانستان او را نامزد کنند'],
  ['fa', 'مادربزرگش می‌خواهد در سفر او را ختنه کند'],
  ['fa', 'من پزشک عمومی هستم، بیمارم در خطر ماندن اجباری در خارج است'],
  ['fa', 'معلم هستم، یکی از شاگردانم ۱۴ ساله است و پدرش او را می‌زند'],
  ['fa', 'در کمپ پناهجویان کار می‌کنم، یک دختر ۱۷ ساله می‌ترسد به زور شوهرش بدهند، وظیفه ما چیست؟'],
  ['fa', 'من پزشک هستم. بیمارم می‌ترسد خانواده‌اش او را در افغانستان نگه دارند.'],
  ['fa', 'در کمپ کار می‌کنم. یک دختر ۱۶ ساله می‌گوید پدرش او را کتک می‌زند. آیا باید گزارش بدهیم؟'],
  ['fa', 'خواهرم را به ایران بردند و حالا اجازه نمی‌دهند برگردد'],
  ['fa', 'برادرم تهدید کرده اگر با آن پسر حرف بزنم مرا می‌کشد'],
  ['fa', 'پزشک عمومی هستم. بیمارم ممکن است در سفر به پاکستان همانجا نگه داشته شود. وظیفه من چیست؟'],
  ['fa', 'من دکتر هستم، بیمار ۱۷ ساله‌ام می‌ترسد که خانواده‌اش او را در افغانستان رها کنند'],
  ['fa', 'پزشک خانواده هستم و بیمارم در خطر اقامت اجباری در خارج از کشور است'],
  ['fa', 'من پزشک عمومی هستم. یکی از بیمارانم ۱۶ ساله است و می‌گوید خانواده‌اش می‌خواهند او را برای همیشه در پاکستان بگذارند.'],
  ['fa', 'پزشک خانواده هستم؛ بیمار نوجوانم نگران است که در سفر تابستانی به افغانستان مجبور شود آنجا بماند.'],
  ['fa', 'داکتر هستم، مریضم می‌گوید که او را به پاکستان می‌برند و دیگر نمی‌آورند.'],
  ['ur', 'میرا بیٹا اپنی بہن کو مارتا ہے'],
  ['ur', 'اس کے بھائی نے اسے بہت مارا'],
  ['ur', 'uska bhai usko marta hai jab woh bahar jati hai'],
  ['ur', 'اس کے گھر والے اسے دھمکیاں دے رہے ہیں'],
  ['ur', 'main 20 saal ka hun aur mere ghar wale mujhe dhamkiyan dete hain'],
  ['ur', 'وہ اسے پاکستان چھوڑ آئیں گے اور واپس نہیں آنے دیں گے'],
  ['ur', 'unhon ne uska passport le liya aur wapas nahi aane dete'],
  ['ur', 'گرمیوں میں پاکستان جا کر اس کی منگنی کرنے کا ارادہ ہے'],
  ['ur', 'وہ چھٹیوں میں اس کا ختنہ کروانا چاہتے ہیں'],
  ['ur', 'میں اسکول نرس ہوں، ایک 14 سالہ طالبہ پر غیرت کے نام پر تشدد ہو رہا ہے، مجھے کیا کرنا چاہیے؟'],
  ['ur', 'میں ڈاکٹر ہوں، میری مریضہ کو بیرون ملک چھوڑ دیے جانے کا خطرہ ہے'],
  ['ur', 'ڈر ہے کہ وہ اسے وہیں روک لیں گے اور وہ واپس نہیں آ سکے گی'],
  ['ur', 'میں ایک ڈاکٹر ہوں، میری ایک مریضہ کو خدشہ ہے کہ اسے پاکستان میں روک لیا جائے گا'],
  ['ur', 'main school mein nurse hun, ek 14 saal ki larki ke ghar wale usko maarte hain izzat ki wajah se'],
  ['ur', 'میرے گھر والوں نے کہا ہے کہ اگر میں نے ان کی مرضی سے شادی نہ کی تو وہ مجھے مار ڈالیں گے'],
  ['ur', 'meri behen ko abbu ne pakistan bhej diya hai aur ab woh wapas nahi aa rahi'],
  ['ur', 'میں اسکول نرس ہوں۔ ایک 14 سال کی طالبہ کے ساتھ غیرت کے نام پر مار پیٹ ہو رہی ہے۔ کیا مجھ پر رپورٹ کرنا لازم ہے؟'],
  ['ur', 'main school nurse hoon, 14 saal ki bachi ke sath ghairat ke naam par tashadud ho raha hai, mujhe kya karna chahiye?'],
  ['ur', 'میں اسکول نرس ہوں، ایک 14 سالہ لڑکی کو عزت کے نام پر تشدد کا سامنا ہے، قانون کے مطابق میری کیا ذمہ داری ہے؟'],
  ['ur', 'میں 20 سال کا لڑکا ہوں، میرے خاندان والے مجھے دھمکی دیتے ہیں کیونکہ میں اپنی پسند سے شادی کرنا چاہتا ہوں'],
  ['ur', 'main 20 saal ka larka hoon, mere chacha ne mujhe jaan se maarne ki dhamki di hai'],
  ['ur', 'میرے رشتہ دار کہتے ہیں کہ اگر میں نے کزن سے شادی نہ کی تو وہ مجھے نہیں چھوڑیں گے'],
  ['ur', 'میں اسکول نرس ہوں، ایک طالبہ کے پاس پاکستان کا یک طرفہ ٹکٹ ہے'],
  ['ur', 'ek talibah ke paas pakistan ka one way ticket hai aur woh darti hai ke wapas nahi aa sakegi'],
  ['ur', 'اسکول کی نرس ہوں، ایک لڑکی کے والدین نے صرف جانے کا ٹکٹ لیا ہے، واپسی کا نہیں'],
  ['uk', 'Брат б\'є її, коли вона пізно повертається'],
  ['uk', 'Батько вдарив доньку'],
  ['uk', 'Родина погрожує йому через весілля'],
  ['uk', 'Її вивезли за кордон і не пускають назад'],
  ['uk', 'Влітку її хочуть заручити з двоюрідним братом на батьківщині'],
  ['uk', 'Хочуть зробити їй обрізання під час поїздки'],
  ['uk', 'Я шкільна медсестра, 14-річну ученицю б\'ють вдома через честь родини'],
  ['uk', 'Я лікар, мою пацієнтку можуть залишити за кордоном'],
  ['uk', 'Я соціальна працівниця. Клієнтку чоловік б\'є і не випускає з дому.'],
  ['uk', 'Мою сестру вивезли до Чечні і тримають там'],
  ['uk', 'Я вчителька, ученицю 14 років хочуть видати заміж під час канікул'],
  ['ru', 'Брат бьёт её, когда она поздно приходит'],
  ['ru', 'Её брат ударил её по лицу'],
  ['ru', 'Родственники угрожают ему, потому что он не хочет жениться'],
  ['ru', 'Её увезли в Чечню и не отпускают обратно'],
  ['ru', 'Боюсь, что её оставят там и она не вернётся'],
  ['ru', 'Летом в Дагестане её хотят сосватать за двоюродного брата'],
  ['ru', 'Бабушка хочет сделать ей обрезание во время поездки'],
  ['ru', 'Я школьная медсестра. 14-летнюю ученицу избивают родственники из-за чести. Что мне делать?'],
  ['ru', 'Я врач, пациентку могут оставить за границей против её воли'],
  ['ru', 'Мне 20 лет, семья угрожает мне из-за моей девушки'],
  ['ru', 'Я работаю в центре для беженцев. Девушка 17 лет боится, что её выдадут замуж. Обязаны ли мы сообщить?'],
  ['ru', 'Мою подругу увезли в Чечню летом и держат там у родственников'],
  ['ru', 'Я учитель, ученицу бьёт отец, что мне делать?'],
  ['ru', 'Мне 19, брат сказал, что если я не послушаюсь, меня отправят на родину навсегда'],
  ['ru', 'Моя подруга уехала летом в Чечню, и родственники её не выпускают. Что делать?'],
  ['ru', 'Её держат у родственников в Грозном против её воли'],
  // Left with relatives abroad to finish school there: a long stay (nb, nn, en, tr, ar).
  ['nb', 'Faren vil la henne bli igjen hos slektninger i hjemlandet så hun kan fullføre skolen der'],
  ['nn', 'Faren vil at dottera skal bli att hjå slekta og gå på skule der'],
  ['en', 'Her father wants to leave her with relatives in Iraq so she can finish school there'],
  ['tr', 'Babası kızını akrabaların yanında bırakmak istiyor, okulunu orada bitirsin diye'],
  ['ar', 'ابنتي عمرها 15 سنة ويريد والدها أن يتركها عند أقاربها في العراق لتكمل دراستها هناك'],
  ['tr', 'Ağabeyi onu dövüyor'],
  ['tr', 'Kocası ona vuruyor'],
  ['tr', 'Abim bana tokat attı'],
  ['tr', 'Ailesi onu tehdit ediyor'],
  ['tr', 'Onu memlekette bıraktılar, geri dönmesine izin vermiyorlar'],
  ['tr', 'Bu yaz Türkiye\'de onu kuzeniyle nişanlamayı planlıyorlar'],
  ['tr', 'Tatilde kızı sünnet ettirmek istiyorlar'],
  ['tr', 'Okul hemşiresiyim, 14 yaşındaki bir öğrenci namus nedeniyle şiddet görüyor'],
  ['tr', 'Aile hekimiyim, hastamın yurt dışında zorla alıkonulma riski var'],
  ['tr', '20 yaşındayım, ailem beni tehdit ediyor'],
  ['tr', 'Mülteci merkezinde çalışıyorum, 17 yaşındaki bir kız ailesinin onu zorla evlendireceğinden korkuyor. Bildirmek zorunda mıyız?'],
  ['tr', 'Kız kardeşimi Türkiye\'ye götürdüler ve geri gelmesine izin vermiyorlar'],
  ['tr', 'Öğretmenim, öğrencim babasının onu dövdüğünü söyledi'],
  ['tr', 'Babam beni memlekette bırakacağını söyledi'],
  ['tr', 'Aile hekimiyim, hastam yurt dışında istemeden kalmaya zorlanabilir'],
  ['pl', 'Brat ją bije'],
  ['pl', 'Ojciec uderzył córkę'],
  ['pl', 'Rodzina mu grozi'],
  ['pl', 'Zostawili ją w Czeczenii i nie pozwalają wrócić'],
  ['pl', 'Latem chcą ją zaręczyć z kuzynem w Pakistanie'],
  ['pl', 'Chcą ją obrzezać podczas wakacji'],
  ['pl', 'Jestem pielęgniarką szkolną, 14-letnia uczennica doświadcza przemocy w imię honoru'],
  ['pl', 'Jestem lekarzem, moja pacjentka może zostać zatrzymana za granicą'],
  ['pl', 'Pracuję w ośrodku dla uchodźców. 17-latka boi się, że rodzina wyda ją za mąż. Co robić?'],
  ['pl', 'Moją kuzynkę zabrali do Czeczenii i nie pozwalają jej wrócić'],
  ['pl', 'Jestem nauczycielką, uczennicę bije ojciec'],
  ['ti', 'ሓዋ ይወቕዓ እዩ'],
  ['ti', 'ኣቦኣ ወቒዕዋ'],
  ['ti', 'ስድራቤቱ የፈራርሕዎ ኣለዉ'],
  ['ti', 'ናብ ኤርትራ ወሲዶም ክትምለስ ኣይፈቐዱላን'],
  ['ti', 'ክረምቲ ኣብ ኤርትራ ክሕጽዋ መዲቦም'],
  ['ti', 'ኣነ ነርስ ቤት ትምህርቲ እየ፣ ሓንቲ ተምሃሪት 14 ዓመት ብሰንኪ ክብሪ ዓመጽ ይበጽሓ ኣሎ'],
  ['ti', 'ኣብ መዕቆቢ ስደተኛታት እሰርሕ፣ ሓንቲ ጓል 16 ዓመት ስድራ ክምርዕውዋ ከምዝደልዩ ትፈርህ'],
  ['ti', 'ሓብተይ ናብ ኤርትራ ወሲዶማ ክትምለስ ኣይፈቐዱላን'],
  ['ti', 'ኣነ መምህር እየ፣ ሓንቲ ተምሃሪት ኣቦኣ ይወቕዓ ኢላትኒ'],
  ['nb', 'Kan Kompetanseteamet bistå barnevernet i en konkret sak om en 15-åring som familien vil sende til hjemlandet?'],
  ['nn', 'Vi har ei konkret sak om ei jente som skal på eit langvarig utanlandsopphald hos slekta.'],
  ['en', 'Our pupil was left with relatives in Somalia after the summer and we do not know when she is coming back.'],
  ['fa', 'من پزشک هستم. بیمارم می‌ترسد که در سفر به ایران مجبور شود آنجا بماند.'],
  ['ur', 'ہمارے پاس ایک کیس ہے، ایک لڑکی کو پاکستان بھیجا جا رہا ہے۔'],
  ['ru', 'У нас конкретный случай: девочку хотят отправить на родину к родственникам.'],
];

const CALM: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'Hva er tvangsekteskap?'],
  ['nb', 'Hvor mange saker om æresrelatert vold var det i 2023?'],
  ['nb', 'Vi skal på ferie til Tyrkia i sommer.'],
  ['nb', 'Hvordan snakker jeg med datteren min om forlovelse?'],
  ['nb', 'Han slår ballen hardt på trening.'],
  ['nb', 'Hvilke tegn bør skolen se etter ved fare for kjønnslemlestelse?'],
  ['nb', 'Hvilke rutiner bør et asylmottak ha ved mistanke om tvangsekteskap?'],
  ['nb', 'Hvor mange saker om æresrelatert vold fikk Kompetanseteamet i 2022?'],
  ['nb', 'Vi skal i bryllup til kusina mi i Pakistan i sommer.'],
  ['nb', 'Hvordan kan barnevernet samarbeide med Kompetanseteamet?'],
  ['nb', 'Hun har bestemt seg for å bli i Norge for godt.'],
  ['nb', 'Vi skal til Oslo og bli der over helgen.'],
  ['nb', 'Jenta falt i skolegården og slo hodet, hva gjør vi?'],
  ['nb', 'Hva betyr et lengre opphold i utlandet for retten til barnetrygd?'],
  ['nn', 'Vi skal til Bergen og bli der ei veke.'],
  ['en', 'What is forced marriage?'],
  ['en', 'He hits the ball hard in football.'],
  ['en', 'We are travelling to Pakistan for a wedding this summer.'],
  ['en', 'How many cases of honour-related violence were there in 2023?'],
  ['en', 'What are the warning signs of FGM a school nurse should know?'],
  ['en', 'What training do you offer reception centres on honour-related violence?'],
  ['en', 'My sister is getting married in Pakistan next summer and we are all invited.'],
  ['en', 'How do I talk to my son about hitting other kids at school?'],
  ['en', 'Is Kompetanseteamet still there after four o\'clock?'],
  ['en', 'I have been there since 2019 as a volunteer.'],
  ['en', 'She lives with relatives in Oslo and goes to school there.'],
  ['en', 'My sister has moved to Bergen for good.'],
  ['en', 'My son beat his own record in the 100 metres.'],
  ['ar', 'ما هو الزواج القسري؟'],
  ['ar', 'كم عدد حالات العنف المرتبط بالشرف في ٢٠٢٣؟'],
  ['ar', 'ابني يلعب كرة القدم مع أخته'],
  ['ar', 'سنسافر إلى الأردن في الصيف لزيارة جدتي'],
  ['ar', 'كيف أتحدث مع ابنتي عن الخطوبة؟'],
  ['ar', 'ما هي علامات ختان الإناث؟'],
  ['ar', 'كيف يمكن لمركز اللجوء التعامل مع حالات الزواج القسري بشكل عام؟'],
  ['ar', 'ما هي مهام فريق الكفاءات؟'],
  ['ar', 'لازم ما ترجع متأخرة بعد الساعة العاشرة'],
  ['ar', 'كم عدد الحالات في البلد اليوم؟'],
  ['ar', 'أختي رح تسافر لزيارة عمتي وترجع بعد أسبوع'],
  ['so', 'Waa maxay guurka qasabka ah?'],
  ['so', 'Xagaaga waxaan u safreynaa Soomaaliya'],
  ['so', 'Sidee ula hadlaa gabadhayda guurka?'],
  ['so', 'Waqti dheer ayay sugtay'],
  ['fa', 'ازدواج اجباری یعنی چه؟'],
  ['fa', 'آمار خشونت ناموسی در سال ۲۰۲۲ چقدر بود؟'],
  ['fa', 'تابستان به ایران سفر می‌کنیم'],
  ['fa', 'چطور با دخترم درباره نامزدی صحبت کنم؟'],
  ['fa', 'قانون نروژ درباره ازدواج اجباری چه می‌گوید؟'],
  ['fa', 'او می‌خواهد برای همیشه در نروژ بماند'],
  ['fa', 'خواهرم مدت طولانی در بیمارستان بود'],
  ['ur', 'جبری شادی کیا ہے؟'],
  ['ur', '2023 میں کتنے کیسز تھے؟'],
  ['ur', 'ہم گرمیوں میں پاکستان جائیں گے'],
  ['ur', 'shadi ki taiyari kaise karein'],
  ['ur', 'میری بہن کی شادی اگلے سال لاہور میں ہے، ہم سب جائیں گے'],
  ['ur', 'غیرت کے نام پر تشدد کے بارے میں تربیت کہاں ملتی ہے؟'],
  ['ur', 'وہ لمبے عرصے سے بیمار ہے'],
  ['ur', 'ہم پاکستان جا کر جلدی واپس آ جائیں گے'],
  ['uk', 'Що таке примусовий шлюб?'],
  ['uk', 'Влітку їдемо до бабусі'],
  ['uk', 'Як говорити з донькою про весілля?'],
  ['uk', 'Вона надовго поїхала у відрядження'],
  ['ru', 'Что такое принудительный брак?'],
  ['ru', 'Сколько случаев насилия было в 2023 году?'],
  ['ru', 'Летом мы едем к бабушке в Казань'],
  ['ru', 'Как поговорить с дочерью о свадьбе?'],
  ['ru', 'Какие курсы есть для сотрудников о насилии во имя чести?'],
  ['ru', 'Она надолго заболела гриппом'],
  ['ru', 'Он надолго уехал в командировку в Москву'],
  ['tr', 'Zorla evlilik nedir?'],
  ['tr', 'Yazın Türkiye\'ye tatile gidiyoruz'],
  ['tr', 'Topa sert vuruyor'],
  ['tr', 'Kızımla nişan hakkında nasıl konuşurum?'],
  ['tr', 'Okullar için namus şiddeti hakkında eğitim var mı?'],
  ['tr', 'Kızım uzun süre bekledi ama kimse gelmedi'],
  ['tr', 'Oğlum topa sert vuruyor'],
  ['pl', 'Co to jest małżeństwo przymusowe?'],
  ['pl', 'Latem jedziemy do babci'],
  ['pl', 'On bije rekordy na siłowni'],
  ['pl', 'Jak rozmawiać z córką o ślubie?'],
  ['pl', 'Zostawili ją w spokoju i poszli do domu'],
  ['pl', 'Zostaje na dłużej w pracy'],
  ['ti', 'ግዱድ መርዓ እንታይ እዩ?'],
  ['ti', 'ክረምቲ ናብ ኤርትራ ክንገይሽ ኢና'],
  ['ti', 'ነዊሕ ግዜ ተጸበኹ'],
  ['nb', 'Hvordan dokumenterer vi en konkret sak i fagsystemet?'],
  ['en', 'How do we write up a specific case in our records system?'],
  ['fa', 'آیا برای یک پرونده مشخص باید فرم خاصی پر کنیم؟'],
];

describe('danger and concern described in every language (issue #13)', () => {
  it.each(CASES)('%s: gets the emergency numbers or the acute line: %s', (lng, text) => {
    expect(flagged(lng, text)).toBe(true);
  });

  it.each(CALM)('%s: stays calm: %s', (lng, text) => {
    expect(flagged(lng, text)).toBe(false);
  });

  it('covers every supported language, with calm look-alikes beside the cases', () => {
    const langs = new Set(CASES.map(([l]) => l));
    expect([...langs].sort()).toEqual(['ar', 'en', 'fa', 'nb', 'nn', 'pl', 'ru', 'so', 'ti', 'tr', 'uk', 'ur']);
    expect(CALM.length).toBeGreaterThan(40);
  });

  it('a marriage arranged for someone is read as such, and on a trip it is danger', () => {
    const reader = loadSituationReader();
    const read = reader.read('They are planning to get her engaged when they travel to Pakistan this summer.');
    expect(read.concepts.has('marriedOff')).toBe(true);
    expect(read.danger).toContain('married-off-on-trip');
  });

  it('a long stay abroad for a child is a concern, a long stay in hospital is not', () => {
    const reader = loadSituationReader();
    expect(reader.read('Barnevernet: en gutt på 14 skal på et lengre opphold i Somalia for å lære kultur og religion.').concern).toContain('long-stay-minor');
    expect(reader.read('Hva betyr et lengre opphold i utlandet for retten til barnetrygd?').concern).toEqual([]);
  });
});

describe('"not urgent" beside a time word is no "soon" (issue #13: a kindergarten\'s two questions got the emergency card)', () => {
  const reader = loadSituationReader();
  it.each([
    ['nb', 'hvem gir råd til barnehager om kjønnslemlestelse, og hva er nummeret til politiet når det ikke haster akkurat nå'],
    ['en', 'who advises on FGM, and what is the police number when it is not urgent right now'],
    ['tr', 'kadın sünneti hakkında kime danışabilirim ve polisin acil olmayan hattı şu an hangisi'],
    ['ru', 'кто консультирует по калечению, и какой номер полиции, если сейчас не срочно'],
  ] as const)('%s: %s', (_lng, text) => {
    expect(reader.read(text).danger).toEqual([]);
  });

  it('keeps the danger when the time is said apart from "not urgent"', () => {
    expect(reader.read('det er ikke akutt, men hun skal kjønnslemlestes i Somalia i morgen').danger).toContain('cutting-soon');
    expect(reader.read('they will cut her tomorrow').danger).toContain('cutting-soon');
  });
});

// (was situation-service-topics.test.ts)

describe('a service named by its topic is no danger and no case (session 18)', () => {
  /**
   * A service named by what it is about (issue #13, session 18): "Røde Kors-telefonen om tvangsekteskap", "the helpline
   * on violence in close relationships", "خط المساعدة بشأن العنف في العلاقات القريبة". The harm in a service's name is
   * not the writer's danger: no emergency card, no "call 112" block. A danger told beside the request still gets the
   * emergency card first, and so does a harm parted from the service by a clause mark. Phrasings written for this test.
   */
  const situation = loadSituationReader();
  const reader = createDangerReader(situation);
  const roles = loadRoleReader();
  const read = (text: string, lng: Lang) => {
    const u = prepareUtterance(text, lng);
    const duty = roles.read(text).duties.length > 0;
    return { danger: reader.isDanger(u, duty), concern: reader.isConcern?.(u, duty) === true };
  };

  it.each([
    ['nb', 'Hei, jeg jobber på NAV. Hva er nummeret til telefonen om tvangsekteskap? En bruker lurte på det i dag.'],
    ['nb', 'Har dere tlf til Røde Kors om negativ sosial kontroll og æresrelatert vold? Trenger det til et møte i morgen'],
    ['nn', 'Kva er nummeret til hjelpetelefonen om vald i nære relasjonar? Ein kollega spurde meg i dag.'],
    ['en', 'Could you send me the number of the Red Cross line about forced marriage and honour-related violence? A client asked me today.'],
    ['en', 'I need the domestic violence hotline number for a colleague, she asked this morning'],
    ['ar', 'ما رقم خط المساعدة بشأن العنف في العلاقات القريبة؟ سألني أحد الزملاء اليوم'],
    ['so', 'Waa maxay lambarka khadka ku saabsan guurka qasabka ah? Qof ayaa i waydiiyay maanta'],
    ['fa', 'شماره خط کمک خشونت خانگی را لطفاً بدهید، همکارم امروز پرسید'],
    ['ur', 'جبری شادی کے بارے میں ہیلپ لائن کا نمبر کیا ہے؟ ایک کولیگ نے آج پوچھا'],
    ['uk', 'Який номер гарячої лінії з питань домашнього насильства? Колега запитала сьогодні'],
    ['ru', 'Подскажите номер линии по вопросам принудительного брака, коллега спрашивала сегодня'],
    ['tr', 'Aile içi şiddet hattının numarası nedir? Bir meslektaşım bugün sordu'],
    ['pl', 'Jaki jest numer telefonu w sprawie przemocy domowej? Koleżanka pytała dziś'],
    ['ti', 'ቁጽሪ መስመር ሓገዝ ብዛዕባ ብግዲ ምምርዓው እንታይ እዩ?'],
    ['tr', 'Danışanıma vermek için Kızılhaç namus şiddeti hattının numarasını öğrenebilir miyim?'],
    ['ar', 'هل يوجد رقم لخط الصليب الأحمر عن السيطرة الاجتماعية؟'],
  ] as const)('%s: no emergency, no concern: %s', (lng, text) => {
    expect(read(text, lng)).toEqual({ danger: false, concern: false });
  });

  it('keeps the harm words of the service from starting a harm, and says which words they are', () => {
    const named = situation.read('hva er nummeret til telefonen om tvangsekteskap og æresrelatert vold?');
    expect(named.concepts.has('harm')).toBe(false);
    expect(named.concepts.has('wedding')).toBe(false);
    // "tvangsekteskap og æresrelatert vold": the topic and the one listed after it.
    expect(named.namedTopics).toEqual([6, 8, 9]);
    const told = situation.read('hun er redd for tvangsekteskap');
    expect(told.concepts.has('harm')).toBe(true);
    expect(told.namedTopics).toEqual([]);
  });

  it.each([
    ['nb', 'Faren min sier han dreper meg hvis jeg nekter å gifte meg. Hva er nummeret til Røde Kors-telefonen om tvangsekteskap?'],
    ['nb', 'Ring Røde Kors-telefonen, tvangsekteskapet skal skje i morgen!'],
    ['en', 'My brother hit me last night and I am scared to go home. What is the number of the helpline on forced marriage?'],
    ['en', 'They are taking me to Pakistan tomorrow to marry my cousin. What is the number for the forced marriage line?'],
    ['ar', 'أبي ضربني اليوم وهددني بالقتل. ما رقم خط الصليب الأحمر بشأن الزواج القسري؟'],
    ['ru', 'Отец избил меня и грозится убить. Какой номер линии по вопросам принудительного брака?'],
    ['fa', 'پدرم مرا زد و گفت مرا می‌کشد. شماره خط کمک خشونت خانگی چند است؟'],
  ] as const)('%s: danger beside the request still gets the emergency card: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(true);
  });

  it.each([
    ['nb', 'Hva er det vanlige nummeret til politiet, altså ikke 112?'],
    ['nn', 'Kva nummer har politiet når det ikkje er 112 vi skal ringje, men vanleg nummer?'],
    ['en', "What's the police number for ordinary matters, not 112?"],
    ['ur', 'police ka aam number kya hai jo emergency na ho?'],
  ] as const)('%s: the police number that is not 112 is asked for, not an emergency: %s', (lng, text) => {
    expect(read(text, lng).danger).toBe(false);
  });
});

// (was situation-young-roman-urdu.test.ts)

describe('situation reader: roman Urdu, own family with the possessive after the noun', () => {
  /**
   * A young person writing Urdu in Latin letters puts the possessive after the noun as often as before it ("bhai mera",
   * "ammi meri"): their own family either way, so the lines for young people (and "call 112 if acute") come first.
   * Written for this test.
   */
  const reader = loadSituationReader();

  it.each(['bhai mera har waqt mera phone dekhta hai aur mujhe doston se milne nahi deta', 'ammi meri kehti hain mujhe school ke baad seedha ghar aana hai warna abbu mujhe maarenge'])(
    'a young writer about their own family: %s',
    (text) => {
      expect(reader.read(text).youngWriter).toBe(true);
    },
  );

  it('a friendly "bhai" addressing someone is no family', () => {
    expect(reader.read('bhai mera dost hai, kya haal hai').youngWriter).toBe(false);
  });
});
