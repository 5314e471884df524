import type { Activity } from 'botbuilder';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cardMarkers, LOCALE_OF, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Front-line professionals are answered for their own role, not as teachers (issue #13):
 * - "what can we in <service> get?", "can you help us?" with nothing else read surely: the services that advise that
 *   role, Kompetanseteamet's line first with the reason for the role, not "did you mean" and no emergency card;
 * - advice in a case asked beside training for the staff: Kompetanseteamet for the case, then IMDi's expert team;
 * - the duty-to-notify article opens for the asker: child welfare (the duty runs to them), health personnel
 *   (helsepersonelloven § 33) and other public services (barnevernsloven); school staff keep the school's opening.
 * The sentences are this file's own, in several languages; none is in the evaluation sets.
 */
const markers = cardMarkers();
const seen = (reply: Partial<Activity>) => readTurn([reply], markers);
const shown = (reply: Partial<Activity>) => seen(reply).texts.join('\n');

describe('conversation: a professional asking what their own service can get is answered for their role', () => {
  const { chat } = oneAppPerFile();

  const ASKS: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg jobber i barnehage. Hva kan vi få hjelp til?'],
    ['nb', 'Jeg er politi. Hvilken rolle har vi, og hva kan vi få fra teamet?'],
    ['nn', 'Eg jobbar i politiet. Kva slags hjelp kan vi få?'],
    ['en', 'I work in a kindergarten. What kind of help can we get?'],
    ['en', "I'm a police officer. What can we get from you?"],
    ['uk', 'Я працюю в поліції. Що ми можемо отримати від вас?'],
    ['ru', 'Я работаю в детском саду. Какую помощь мы можем получить?'],
    ['pl', 'Pracuję w przedszkolu. Jaką pomoc możemy otrzymać?'],
    ['ar', 'أعمل في روضة أطفال. ما المساعدة التي يمكن أن نحصل عليها؟'],
    ['so', 'Waxaan ka shaqeeyaa booliska. Maxaan ka heli karnaa?'],
  ];

  it.each(ASKS)('%s: "%s" gets Kompetanseteamet\'s line, not "did you mean" or the emergency card', async (lng, message) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        const view = seen(reply);
        expect(view.didYouMean).toBe(false);
        expect(view.emergency).toBe(false);
        expect(shown(reply)).toContain('478 09 050');
      })
      .startTest();
  });
});

describe('conversation: advice in a case and training for the staff, asked together', () => {
  const { chat } = oneAppPerFile();

  const BOTH: ReadonlyArray<readonly [Lang, string]> = [
    ['nn', 'Eg er lærar på vaksenopplæringa. Vi har ei sak der ei deltakar vert kontrollert, og vi treng råd i saka. Vi vil òg gjerne ha kurs for personalet.'],
    ['uk', 'Я викладаю в центрі освіти для дорослих. Нам потрібна порада у справі та навчання для персоналу.'],
    ['pl', 'Pracuję w ośrodku kształcenia dorosłych. Potrzebujemy porady w konkretnej sprawie i szkolenia dla pracowników. Do kogo się zwrócić?'],
    // "وتدريب": the training word with the conjunction written onto it (content/contacts/training-words.json).
    ['ar', 'أعمل في مركز تعليم الكبار. نحتاج إلى مشورة في حالة إحدى المشاركات وتدريب للموظفين. من يساعدنا؟'],
  ];

  /** The case's advice (Kompetanseteamet) first, then the training (IMDi's expert team), in one reply. */
  const caseThenTraining = async (lng: Lang, message: string): Promise<void> => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        const text = shown(reply);
        expect(text).toContain('478 09 050');
        expect(text).toContain('post@imdi.no');
        expect(text.indexOf('478 09 050')).toBeLessThan(text.indexOf('post@imdi.no'));
      })
      .startTest();
  };

  it.each(BOTH)('%s: "%s" gets Kompetanseteamet for the case, then IMDi\'s expert team', caseThenTraining);
});

describe('conversation: the duty to notify opens for the one asking', () => {
  const { chat } = oneAppPerFile();

  const OPENINGS: ReadonlyArray<readonly [Lang, string, string]> = [
    ['en', 'I work in child welfare. What should we do when we suspect a forced marriage?', 'You work in child welfare'],
    ['nb', 'Jeg jobber i barnevernet. Har vi opplysningsplikt i slike saker, og hvordan går vi fram?', 'Du jobber i barnevernet'],
    ['uk', "Я медсестра на станції здоров'я. Який мій обов'язок, якщо я підозрюю, що дівчину контролюють?", 'Як медичний працівник'],
    ['ru', 'Я работаю в полиции. Какая у нас обязанность, если девочку контролируют дома?', 'Каждый, кто работает'],
    ['pl', 'Pracuję w przedszkolu. Jaki jest nasz obowiązek, jeśli dziecko może być zagrożone obrzezaniem?', 'Każdy, kto pracuje'],
    ['en', 'I work in the police. Do we have a duty to notify child welfare?', 'Everyone who works for a public service'],
    ['en', 'I work at a school. Do I have a duty to notify?', 'School staff have a personal duty'],
  ];

  it.each(OPENINGS)('%s: "%s" opens with "%s"', async (lng, message, opening) => {
    await chat({ locale: LOCALE_OF[lng] })
      .send(message)
      .assertReply((reply) => {
        expect(seen(reply).emergency).toBe(false);
        expect(shown(reply)).toContain(opening);
      })
      .startTest();
  });
});

describe("Kompetanseteamet's members", () => {
  it('name AVdir by the agency only: no source says it runs NAV', () => {
    const file = path.join(__dirname, '..', '..', 'content', 'contacts', 'services.json');
    const raw = readFileSync(file, 'utf8');
    const services = (JSON.parse(raw) as { services: Array<{ id: string; members?: { text: Record<string, string> } }> }).services;
    const members = services.find((s) => s.id === 'kompetanseteamet')?.members?.text ?? {};
    expect(Object.keys(members)).toHaveLength(12);
    for (const text of Object.values(members)) {
      expect(text).toContain('AVdir');
      expect(text).not.toContain('NAV');
    }
  });
});
