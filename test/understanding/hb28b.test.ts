import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * A trip inside Norway (issue #13, session 28, hb28b), in phrasings written for this test: a work journey or a visit to
 * a Norwegian city ("my trip to Bergen next month", "tjenestereise til Tromsø") is no person taken abroad, so a time
 * beside it raises no emergency card. A journey abroad told in the same message keeps it.
 */
describe('hb28b: a trip inside Norway is no trip abroad', () => {
  it.each([
    ['en', 'I have a business trip to Bergen next month. Who pays for the hotel?'],
    ['en', 'Going to Trondheim tomorrow for a seminar, can you book the train for me?'],
    ['nb', 'Jeg skal på tjenestereise til Tromsø i morgen. Hvordan fører jeg reiseregningen?'],
    ['nn', 'Eg skal på jobbreise til Stavanger neste veke. Kven dekkjer hotellet?'],
    ['pl', 'W przyszłym tygodniu mam wyjazd służbowy do Bergen. Kto płaci za hotel?'],
    ['ru', 'На следующей неделе у меня командировка в Берген. Кто оплачивает гостиницу?'],
    ['uk', 'Наступного тижня в мене відрядження до Бергена. Хто платить за готель?'],
    ['tr', 'Gelecek hafta Bergen\'e iş seyahatim var. Oteli kim öder?'],
    ['ar', 'عندي رحلة عمل إلى بيرغن الأسبوع الجاي. مين بيدفع الفندق؟'],
    ['ur', 'اگلے ہفتے میرا برگن کا سفر ہے۔ ہوٹل کا خرچ کون دے گا؟'],
    ['so', 'Toddobaadka dambe safar shaqo ayaan ku tagayaa Bergen. Yaa bixinaya hoteelka?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['en', 'We take the train to Oslo on Friday and then they are sending me to Pakistan next week.'],
    ['nb', 'Vi reiser til Oslo på fredag, og så sender foreldrene mine meg til Pakistan neste uke.'],
    ['pl', 'W przyszłym tygodniu rodzice wyślą mnie do Pakistanu, najpierw jedziemy do Oslo.'],
    ['ru', 'На следующей неделе родители отправят меня в Пакистан, сначала поездка в Осло.'],
    ['ar', 'الأسبوع الجاي أهلي بدهم يسفروني على باكستان، أول شي رحلة إلى أوسلو.'],
  ] as const)('%s: a journey abroad beside it stays danger: %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
