import type { Lang } from '../../src/language/languages';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Harm words that only name what an embassy or an envoy works with (issue #13, calm33): "which embassy handles forced
 * marriage cases for Somalia? a pupil asked" asks which post covers a field, not of the writer's own case, so the
 * rules read no case (no emergency card, no "112 if acute" block). The same question with a real cue beside it (an
 * age and a marriage planned, a passport taken, a threat, a person held abroad now) keeps its emergency card.
 * Our own probe sentences, as people type them.
 */
describe('a harm named as what an embassy or an envoy works with (calm33)', () => {
  const calm: [Lang, string][] = [
    ['en', 'im a teacher. which embassy handles forced marriage cases for somalia? one of our pupils asked'],
    ['en', 'a colleague asked me: which envoy works with honour violence cases for a girl from iraq?'],
    ['en', 'which embassy handles forced marriage cases for Iraq? my patient is asking for her cousin'],
    ['nb', 'jeg er lærer. hvilken ambassade tar seg av tvangsekteskap for somalia? en elev lurte'],
    ['nb', 'kollegaen min lurer på hvem på ambassaden som jobber med tvangsekteskap for ei jente fra irak'],
    ['nb', 'hvilken ambassade jobber med tvangsekteskap i pakistan? spør for en venninne'],
    ['nn', 'eg er lærar. kva ambassade tek seg av tvangsekteskap for somalia? ein elev lurte'],
    ['tr', 'öğretmenim. Somali için zorla evlendirme vakalarında hangi büyükelçilik yardım ediyor? bir öğrenci sordu'],
    ['fa', 'من معلمم. کدام سفارت در پرونده‌های ازدواج اجباری سومالی کمک می‌کند؟ یک دانش‌آموز پرسید'],
    ['ur', 'میں استاد ہوں۔ کون سا سفارت خانہ جبری شادی کے معاملات میں صومالیہ کے لیے مدد کرتا ہے؟ ایک طالبہ نے پوچھا'],
  ];
  const danger: [Lang, string][] = [
    ['en', 'which embassy handles forced marriage cases? my sister is 15 and they are taking her to iraq next week to marry her'],
    ['en', 'the envoy who works with honour violence - my brother says he will kill me if i come back from pakistan'],
    ['en', 'which embassy handles forced marriage cases? a pupil of ours is being forced to marry in somalia right now'],
    ['nb', 'hvilken ambassade tar seg av tvangsekteskap? søstera mi på 15 skal giftes bort i pakistan i sommer'],
    ['nb', 'hvem på ambassaden jobber med tvangsekteskap? eleven vår er holdt igjen i irak mot sin vilje'],
    ['nn', 'kva ambassade tek seg av tvangsekteskap? dei har teke passet mitt og eg skal giftast bort i irak neste veke'],
    ['pl', 'która ambasada zajmuje się przymusowymi małżeństwami? rodzice zabrali mi paszport i w lipcu wydadzą mnie za mąż w Pakistanie, mam 16 lat'],
    ['ru', 'какое посольство занимается принудительными браками? мне 16, отец забрал паспорт и летом меня выдадут замуж в Чечне'],
    ['tr', "zorla evlendirme vakalarında hangi büyükelçilik yardım ediyor? 15 yaşındayım, babam yazın beni Türkiye'de evlendirecek, pasaportumu aldı"],
    ['ar', 'أي سفارة تتابع قضايا الزواج القسري؟ عمري 15 وأبوي أخذ جوازي وبدو يزوجني بالعراق بالصيف'],
  ];

  it.each(calm)('calm, the field a post works with (%s): %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each(danger)('danger twin keeps the emergency card (%s): %s', (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
  });
});
