import { readFileSync } from 'node:fs';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { contentPath } from '../../src/paths/content-root';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Front-line staff and a child's parent harmed at home (hb28d, issue #13): the plan is child welfare (a child lives in
 * that home), the crisis centre for the parent, Kompetanseteamet and 112; no UD centre when nobody is abroad, and no
 * diversity adviser for a kindergarten. Phrasings written for this test; languages other than nb, nn and en are
 * machine-assisted.
 */
interface Service {
  readonly id: string;
  readonly name: Record<string, string>;
}
const services = (JSON.parse(readFileSync(contentPath('contacts', 'services.json'), 'utf8')) as { services: Service[] }).services;
const nameOf = (id: string, lng: string): string => {
  const service = services.find((s) => s.id === id);
  return service?.name[lng] ?? service?.name.en ?? id;
};
/** The plan's numbered steps ("1. Barnevernet i kommunen"). */
const planned = (texts: readonly string[], id: string, lng: string): boolean => texts.some((t) => /^\d+\. /u.test(t) && t.includes(nameOf(id, lng)));

describe('conversation: violence or control against a parent, with a child at home', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Jeg er barnehagelærer. Mammaen til en gutt på avdelingen min kommer ofte med blåmerker på armene, og hun forteller at faren slår henne. Hva skal vi gjøre?'],
    ['nb', 'pedagogisk leder i bhg. Moren til ei jente hos oss har fått blått øye, og mannen truer henne hjemme. Hva gjør vi nå?'],
    ['nn', 'Eg er barnehagelærar. Mora til ein av borna våre har blåmerke i andletet, og ho seier mannen slår henne. Kva gjer vi?'],
    ['en', 'I work as a kindergarten teacher. The mother of one of our children keeps coming in with bruises, and she told us her husband hits her. What should we do?'],
    ['pl', 'Pracuję w przedszkolu. Matka jednego z naszych dzieci ma siniaki na twarzy i mówi, że mąż ją bije. Co mamy zrobić?'],
    ['ru', 'Я воспитатель в детском саду. Мама одного из наших детей приходит с синяками, она говорит, что муж её бьёт. Что нам делать?'],
    ['uk', 'Я вихователька в дитячому садку. Мама одного з наших дітей приходить із синцями, каже, що чоловік її б’є. Що нам робити?'],
    ['ar', 'أعمل معلمة في روضة أطفال. والدة أحد أطفالنا تأتي بكدمات على وجهها وتقول إن زوجها يضربها. ماذا نفعل؟'],
  ] as const)('%s: child welfare, the crisis centre and Kompetanseteamet, no UD: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(planned(view.texts, 'child-welfare', lng)).toBe(true);
    expect(planned(view.texts, 'crisis-centres', lng)).toBe(true);
    expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    expect(planned(view.texts, 'ud-operations-centre', lng)).toBe(false);
    expect(planned(view.texts, 'diversity-advisers', lng)).toBe(false);
  });
});
