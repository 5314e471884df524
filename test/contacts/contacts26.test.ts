import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);

describe('the police asked for when it is not an emergency: 02800, not 112', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hva er nummeret til politiet når det ikke er en nødsituasjon?'],
    ['nn', 'Kva nummer har politiet når det ikkje hastar?'],
    ['en', 'What number do I ring for the police if nobody is in danger right now?'],
    ['ar', 'كيف اتصل بالشرطة اذا الشي مش طوارئ'],
    ['ar', 'رقم البوليس لما ما تكون حالة طوارئ'],
    ['so', 'Waa maxay lambarka booliska haddii aysan ahayn xaalad degdeg ah?'],
    ['fa', 'شماره پولیس وقتی موضوع اضطراری نیست چند است؟'],
    ['ur', 'پولیس کا نمبر کیا ہے اگر معاملہ ایمرجنسی نہیں ہے؟'],
    ['uk', 'Який номер поліції, якщо ситуація не екстрена?'],
    ['ru', 'Какой номер полиции, если дело не срочное?'],
    ['tr', 'Acil olmayan durumlarda polisin numarası ne?'],
    ['pl', 'Jaki jest numer na policję, gdy sprawa nie jest pilna?'],
    ['ti', 'ህጹጽ ዘይኮነ ጉዳይ ቁጽሪ ፖሊስ እንታይ እዩ?'],
  ])('%s: %s', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.serviceId).toBe('police');
  });

  it('an emergency asked for is still 112', () => {
    expect(recognizer.read('شو رقم الشرطة للطوارئ؟', 'ar')?.query.serviceId).toBe('police-emergency');
  });
});
