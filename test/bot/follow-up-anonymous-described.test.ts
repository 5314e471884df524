import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Staying anonymous said in other words than "anonymous" ("if I don't want them to know my name"), as a follow-up to
 * a service's number: the anonymous line (Røde Kors-telefonen, 815 55 201) is named.
 */
describe('conversation: a follow-up that describes staying anonymous gets the anonymous line', () => {
  const { chat } = oneAppPerFile();

  it.each([
    ['nb-NO', 'hva er nummeret til Kompetanseteamet?', 'og hvis jeg ikke vil at de skal vite navnet mitt?'],
    ['en-US', "what's the number for Kompetanseteamet?", "what if I don't want them to know my name?"],
    ['uk-UA', 'який номер Kompetanseteamet?', "а якщо я не хочу, щоб знали моє ім'я?"],
    ['ru-RU', 'какой телефон у Kompetanseteamet?', 'а можно так, чтобы никто не узнал моё имя?'],
    ['tr-TR', "Kompetanseteamet'in numarası ne?", 'peki kimse adımı bilmesin istiyorsam?'],
  ])('%s', async (locale, first, second) => {
    const replies: Partial<Activity>[] = [];
    await chat({ locale })
      .send(first)
      .assertReply((reply) => expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('478 09 050'))
      .send(second)
      .assertReply((reply) => void replies.push(reply))
      .startTest();
    expect(JSON.stringify(replies[0]?.attachments?.[0]?.content)).toContain('815 55 201');
  });
});
