import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13: a message asking for two contacts at once (a service and a line; a line for the person and advice for the
 * staff) gets both, in the one turn. Own phrasings, several languages.
 */
describe('conversation: two contacts asked at once are both answered', () => {
  const { chat } = oneAppPerFile();

  /** The answer's card as text (one contact card lists both). */
  const replies = async (text: string, locale: string): Promise<string> => {
    let got: Partial<Activity> | undefined;
    await chat({ locale }).send(text).assertReply((r) => void (got = r)).startTest();
    return JSON.stringify(got?.attachments?.map((x) => x.content) ?? []);
  };

  it('Kompetanseteamet by name and a free line for women (nb): 478 09 050, then the Red Cross line and VO-linjen', async () => {
    const text = await replies('Kan du gi meg nummeret til Kompetanseteamet? Og har dere en gratis telefonlinje for kvinner som trenger noen å snakke med?', 'nb-NO');
    expect(text).toContain('478 09 050');
    expect(text).toContain('815 55 201');
    expect(text.indexOf('478 09 050')).toBeLessThan(text.indexOf('815 55 201'));
  });

  it('Kompetanseteamet and a free line (pl): both numbers', async () => {
    const text = await replies('Poproszę numer do Kompetanseteamet. Czy istnieje też darmowa linia dla kobiet, które chcą z kimś porozmawiać?', 'pl-PL');
    expect(text).toContain('478 09 050');
    expect(text).toMatch(/815 55 201|116 006/);
  });

  it("the children's number and advice for staff (en): Alarmtelefonen and Kompetanseteamet", async () => {
    const text = await replies('Quick one from an after-school club: what is the number for kids who have a tough time at home, and where do we as staff turn for advice on honour-related control?', 'en-US');
    expect(text).toContain('116 111');
    expect(text).toContain('478 09 050');
  });

  it("the children's number and advice for staff (ru): Alarmtelefonen and Kompetanseteamet", async () => {
    const text = await replies('Подскажите телефон для детей, которым тяжело в семье. И где нам как сотрудникам школы получить консультацию по вопросам контроля в семье?', 'ru-RU');
    expect(text).toContain('116 111');
    expect(text).toContain('478 09 050');
  });

  it('an anonymous line for a resident and advice for the staff (nb, "hvem ringer vi?"): the Red Cross line and Kompetanseteamet', async () => {
    const text = await replies('En kvinne som bor hos oss vil prate anonymt med noen om familien sin, og vi som ansatte vil gjerne ha råd. Hvem ringer vi?', 'nb-NO');
    expect(text).toContain('815 55 201');
    expect(text).toContain('478 09 050');
  });

  it("someone at school and a number for young people (en, a parent): Alarmtelefonen and the school's diversity adviser", async () => {
    const text = await replies('I am a dad. Who can my son speak with at school about the pressure he gets from relatives? Also, is there a phone number for children and teens?', 'en-US');
    expect(text).toContain('116 111');
    expect(text).toMatch(/[Dd]iversity adviser/);
  });
});
