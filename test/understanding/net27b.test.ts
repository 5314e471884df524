import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * A girl's cutting told by euphemism (issue #13, net27b): "the custom", "a ceremony", "a party for big girls", "come
 * back clean", with a particular girl and a trip, a country, a season, the elder who decides, her sisters who had it, a
 * pain promised or a fear. Phrasings written for this test, in the twelve languages; calm twins share the words.
 */
describe('net27b: a cutting told by euphemism, with a girl and a trip, a time, an elder or her sisters', () => {
  it.each([
    ['en', 'One of my pupils, 9, says granny is taking her to Somalia in the holidays so she can become clean.'],
    ['en', 'A dad told me his daughter will go through the family custom with her aunts when they visit Gambia.'],
    ['en', 'Her mother says the 11-year-old will have the tradition done like her big sisters, it only hurts a little.'],
    ['nb', 'Ei jente på 8 forteller at farmor skal ta henne med til Etiopia i sommer på en fest for store jenter.'],
    ['nb', 'Moren sier at datteren på 10 skal gjennom skikken vår, det gjør ikke vondt sier hun.'],
    ['nn', 'Ei elev på 9 seier at ho skal til Somalia i juleferien og kome heim rein, slik som systrene.'],
    ['nn', 'Tanta seier at jenta på 7 skal på jentefesten i vinterferien, same fest som storesystera.'],
    ['ar', 'أم قالت لي إن ابنتها ذات الثماني سنوات ستسافر إلى السودان في الصيف لتصير طاهرة مثل أخواتها.'],
    ['ar', 'جدتها تقول إن البنت عمرها 11 سنة ستمر بعادتنا ولن تتألم كثيرا.'],
    ['fa', 'مادربزرگش می‌گوید دختر ۱۰ ساله تابستان به مصر می‌رود تا پاک برگردد.'],
    ['fa', 'مادرش گفته این دختر ۱۲ ساله باید رسم ما را مثل خواهرهایش انجام بدهد.'],
    ['ur', 'میری شاگرد کی دادی کہتی ہے کہ گرمیوں میں اسے صومالیہ لے جا کر پاک کر دیں گے۔'],
    ['ur', 'ماں کہتی ہے کہ 12 سال کی بچی کی بھی رسم ہوگی، بڑی بہن کی طرح۔'],
    ['tr', 'Öğrencim 9 yaşında, babaannesi onu yazın Mısır\'a götürüp temiz dönecek diyor.'],
    ['tr', 'Annesi 11 yaşındaki kızına da ablaları gibi geleneğimizi yapacaklarını söylüyor.'],
    ['pl', 'Babcia zabiera 10-letnią wnuczkę na wakacje do Sudanu, żeby wróciła czysta jak jej siostry.'],
    ['pl', 'Matka mówi, że córka, która ma 12 lat, przejdzie nasz zwyczaj i nie będzie bolało.'],
    ['ru', 'Бабушка везёт девочку 9 лет летом в Сомали на обряд, как её сестёр.'],
    ['ru', 'Мать говорит, что дочь 11 лет пройдёт наш обычай и ей не будет больно.'],
    ['uk', 'Бабуся везе дівчинку 10 років влітку до Єгипту, щоб вона повернулася чистою.'],
    ['uk', 'Тітка каже, що дівчинці 12 років зроблять наш обряд, як її старшій сестрі.'],
    ['so', 'Ayeeydeed ayaa gabadha 9 jirka ah u qaadaysa Soomaaliya xagaagan si ay nadiif ugu soo noqoto.'],
    ['so', 'Hooyadeed waxay leedahay gabadha 11 jirka ah waa loo samayn doonaa dhaqankeena sida walaalaheed.'],
    ['ti', 'ዓባያ ነታ 9 ዓመት ጓል ብኽረምቲ ናብ ሱዳን ክትወስዳ እያ፣ ንጽህቲ ክትምለስ።'],
    ['ti', 'ሓንቲ ኣደ ጓላ 11 ዓመት ከምቲ ባህልና ክንገብረላ ኢና ትብል፣ ከም ዓባይ ሓብታ።'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  it.each([
    ['ti', 'ሓማተይ ጓለይ 8 ዓመት ብሓጋይ ኣብ ኤርትራ ክትግረዝ ኣለዋ ትብል። እንታይ ክገብር?'],
    ['ti', 'ሓንቲ ተምሃሪት ኣብ ክረምቲ ናብ ሱዳን ክትከይድ እያ፣ ግርዛት ክገብሩላ እዮም ፈሪሓ ኣላ።'],
  ] as const)('%s: the Amharic-influenced word for the cutting: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });

  // Calm twins: an everyday rite, a general or training question, a girl cut long ago and now grown.
  it.each([
    ['en', 'My daughter is 16 and her graduation ceremony is this summer, her grandmother flies in from Kenya.'],
    ['en', 'For a training day: what ceremonies and customs around FGM should staff know about?'],
    ['en', 'She was cut in Sudan as a child twenty years ago; she is 30 now and wants to talk about the ceremony.'],
    ['nb', 'Datteren min på 15 har konfirmasjon i sommer, og bestemor kommer fra Eritrea.'],
    ['nb', 'Vi lager undervisning om skikker og seremonier rundt kjønnslemlestelse. Har dere materiell?'],
    ['nn', 'Dottera mi på 14 skal på bursdagsfest hos tanta i haustferien.'],
    ['ar', 'ابنتي عمرها 17 سنة وحفل التخرج في الصيف، وجدتها ستأتي من مصر.'],
    ['fa', 'دخترم ۱۶ ساله است و جشن فارغ التحصیلی اش تابستان است.'],
    ['tr', 'Kızım 17 yaşında, mezuniyet töreni bu yaz, babaannesi Türkiye\'den gelecek.'],
    ['pl', 'Moja córka ma 14 lat i w maju ma komunię, babcia przyjedzie z Polski.'],
    ['ru', 'Моей дочери 17 лет, летом у неё выпускной, бабушка приедет из Казахстана.'],
    ['uk', 'Моїй доньці 16 років, влітку випускний, бабуся приїде з України.'],
    ['so', 'Gabadhayda 16 jir ah xafladda qalin jabinta waa xagaagan, ayeeydeed ayaa ka imanaysa Kenya.'],
    ['ur', 'میری بیٹی 17 سال کی ہے، گرمیوں میں اس کی گریجویشن کی تقریب ہے۔'],
    ['ti', 'ጓለይ 16 ዓመት እያ፣ ብኽረምቲ ምረቓ ኣለዋ፣ ዓባያ ካብ ኤርትራ ክትመጽእ እያ።'],
    // A family's pressure from home with no journey: the parents refuse and do not travel.
    ['ti', 'ሓማተይ ኣብ ዓዲ ብቴሌፎን ጓለይ ክትግረዝ ኣለዋ ትብለና። ናብ ዓዲ ኣይንኸይድን ኢና። ምኽሪ ካበይ ንረክብ?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });
});

describe('net27b: "not only for training" takes back the training words', () => {
  it.each([
    ['en', 'Actually it is not just for training: a girl in year 4 says her aunt will take her to Egypt this summer to become clean.'],
    ['nb', 'Egentlig ikke bare til undervisning: ei jente i 5. klasse sier tanta tar henne med til Sudan i sommer for å bli ren.'],
    ['nn', 'Det er ikkje berre til undervisninga: ei jente seier tanta tek henne med til Sudan i sommar for å bli rein.'],
    ['ru', 'Это не только для обучения: девочка 10 лет говорит, что тётя летом повезёт её в Египет, чтобы она стала чистой.'],
  ] as const)('%s: emergency: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
