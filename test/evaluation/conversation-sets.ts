import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { pickRequired } from '../../src/content/localized';
import {
  cardTexts,
  classifyCard,
  createConversationRunner,
  evaluateConversations,
  loadConversationSet,
  type ConversationReport,
  type ConversationRunner,
} from '../../src/evaluation/conversation-eval';
import { ratio } from '../../src/evaluation/rate';
import { loadArticles } from '../../src/knowledge/load-articles';
import { LANGUAGES, type Lang } from '../../src/language/languages';

/**
 * The whole-conversation sets (test/eval/conversations) are driven through the real bot once, and two checks read the
 * same replies: the floors of each set, and issue #17's "no card shows a seed file name or a line number". The work is
 * shared between test files (conversation-sets-1.test.ts, conversation-sets-2.test.ts, each `conversationSetsShare(i,
 * n)`): each drives every n-th set and every n-th article asked by its title, with its own app, so jest runs the shares
 * on both workers at once instead of one file of a fifth of the suite's CPU on one (docs/performance.md § Tests, tenth
 * pass). Every set and article is driven by exactly one share; each share holds its sets to their floors and reads its
 * replies for file names. A new set needs only its floor below.
 */

const DIR = path.join(__dirname, '..', 'eval', 'conversations');
const NOW = new Date('2026-12-03T12:00:00Z');

// ---------------------------------------------------------------------------------------------------------------
// Floors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Holds the whole-conversation sets at or above what was last achieved, through the real bot: a change that loses
 * answers people saw, brings back "did you mean" on clear questions, or drops the emergency card fails the build.
 * Raise the floors when the figures improve; never lower them to make a change pass. The blind first scores of each
 * set are in test/eval/README.md.
 */
export interface Floor {
  /** Items that pass (every fact shown, the right cards, the right language). */
  readonly core: number;
  /** Items whose writer marked danger and that got the emergency card. */
  readonly emergencyRecall: number;
  /** At most this share of clear questions get "did you mean". */
  readonly maxDidYouMean: number;
}

/** Achieved 2026-12-03 (raised in session 11 after its merges), a little below the measured figure so the VM's nothing-changes runs pass. */
export const FLOORS: Readonly<Record<string, Floor>> = {
  'general-blind-1.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-2.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-3.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-4.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-5.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-6/-7: first (blind) run at b652820, 2026-12-03, 59.6 % / 62.0 % core (test/eval/README.md).
  'general-blind-6.json': { core: 0.91, emergencyRecall: 1, maxDidYouMean: 0.025 },
  'general-blind-7.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-8/-9: first (blind) run at 66a648d, 2026-12-03, 73.7 % / 67.8 % core.
  'general-blind-8.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-9.json': { core: 0.92, emergencyRecall: 1, maxDidYouMean: 0.035 },
  // blind-10/-11: first (blind) run at 23adc68, 2026-12-03 (session 9), 77.2 % / 79.5 % core (test/eval/README.md).
  'general-blind-10.json': { core: 0.91, emergencyRecall: 1, maxDidYouMean: 0.035 },
  'general-blind-11.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-14/-15: first (blind) run at c039466, 2026-12-03 (session 10, before any change made for them), 73.1 % / 77.2 %
  // core, recall 89.8 % / 94.6 %; tuned in the same session to 84.8 % / 89.5 %, recall 100 %. Recall 100 % on both
  // since danger said only indirectly was read (a cutting in other words, a child held abroad with her passport kept).
  'general-blind-14.json': { core: 0.89, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-15.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.015 },
  // blind-12/-13: first (blind) run at 1e82d8b, 2026-12-03 (session 10, after the session's general work), 80.7 % / 77.8 %
  // core, recall 89.1 % / 80.0 %; tuned in the same session to 87.1 % / 83.0 %, recall 95.3 % / 93.3 %. Session 11: 88.3 % /
  // 85.4 %, recall 100 % on both (the emergency number asked for, a writer who cannot talk at home, a long after-hours
  // follow-up, a person held abroad said conditionally in Tigrinya).
  'general-blind-12.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-13.json': { core: 0.92, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-18/-19: first (blind) run at 41c1017, 2026-12-03 (session 11, before any change), 89.5 % / 82.5 % core, recall
  // 86.1 % / 100 %; tuned in session 11 to 94.2 % / 86.0 %, recall 94.4 % / 100 % (two danger conversations of -18 open).
  // Session 12: -18 recall 100 % (a parent's death threat in Persian, a minor's marriage against her will in Urdu); figures,
  // history and the expert team asked in twelve languages (facts12).
  'general-blind-18.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.015 },
  'general-blind-19.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-16/-17: held back unseen, first (blind) run at 8c604ab, 2026-12-03 (session 11, after the session's general
  // work), 84.8 % / 86.5 % core, recall 100 % / 96.4 %. Session 12 (facts12): 86.5 % / 90.6 %.
  'general-blind-16.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.03 },
  'general-blind-17.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.015 },
  // blind-20: first (blind) run at 58fa69d, 2026-12-03 (session 12, before any change), 84.2 % core, recall 86.7 %; 86.0 %
  // core, recall 93.3 % (28/30) once a person taken or sent abroad soon and a feared cutting on a trip were read in every
  // language (danger12b; a nb, a fa and a ti long story still open).
  // Session 14 (two14, every part of two needs answered): 87.1 %.
  'general-blind-20.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.04 },
  // blind-21: first (blind) run at 58fa69d, 2026-12-03 (session 12, before any change), 90.6 % core, recall 94.7 %; 91.2 % after en12.
  'general-blind-21.json': { core: 0.93, emergencyRecall: 0.94, maxDidYouMean: 0.02 },
  // After session 12's merges (9206ace): blind-16…21 core 89.5, 93.6, 97.1, 92.4, 86.5, 92.4 %.
  // blind-22/-23: held back unseen, first (blind) run at 9206ace, 2026-12-03 (session 12, after the session's general
  // work), 91.2 % / 87.1 % core, recall 96.3 % / 93.3 %, did-you-mean 1.3 % / 3.2 %; no tuning on them yet.
  // Session 13 (danger13): blind-22 recall 100 % (a trip a friend may not come back from read in every language).
  'general-blind-22.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-23.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.035 },
  // blind-24/-25: first (blind) run at 1f775e7, 2026-12-04 (session 13, before any change), 92.4 % / 91.8 % core,
  // recall 100 % / 93.5 %, did-you-mean 2.6 % / 1.9 %. blind-25: recall 100 % once fear of a controller's reaction, a
  // person kept abroad soon and a duty question about minors in general were read (danger13b); follow-ups and two
  // needs in the other languages (follow13) raised both; after session 13's merges: 94.7 % / 94.7 % (blind-22 93.6 %,
  // blind-23 88.3 %).
  'general-blind-24.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.03 },
  'general-blind-25.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-26/-27: held back unseen, first (blind) run at 56a29b7, 2026-12-04 (session 13, after the session's general
  // work), 86.5 % / 91.2 % core, recall 89.3 % / 95.7 %, did-you-mean 0.0 % / 1.9 %; no tuning on them yet.
  // After danger13c, oos13 and the lead's danger and doubt words: 89.5 % / 92.4 %, recall 100 % on both.
  'general-blind-26.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-27.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-28/-29: first (blind) run at c8195dd, 2026-12-04 (session 14, before any change), 93.6 % / 90.6 % core,
  // recall 100 % / 100 %, did-you-mean 0.0 % / 0.0 %. Session 14 (two14, every part of two needs answered): 95.9 % / 93.0 %.
  'general-blind-28.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-29.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // Session 14 after the merges (follow14, two14, calm14, story14): blind-23 90.1 %, -26 91.2 %, -28 97.7 %, -29 94.2 %.
  // blind-30/-31: held back unseen, first (blind) run at 4d168dd, 2026-12-04 (session 14, after the session's general
  // work), 94.7 % / 90.1 % core, recall 96.9 % / 95.2 %, did-you-mean 0.6 % / 2.6 %. The two danger misses (beating told
  // in the past tense in Russian, in the passive in Tigrinya) read by the lead's danger words: 95.3 % / 90.6 %, recall 100 %.
  'general-blind-30.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-31.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.03 },
  // blind-32/-33: first (blind) run at 4dfcad2, 2026-12-04 (session 15, before any change), 93.6 % / 97.1 % core,
  // recall 96.4 % / 95.7 %, did-you-mean 0.6 % / 0.6 %. The two danger misses (the writer taken abroad by others, put
  // as "if"; a small girl to be "cleaned" abroad in the holiday, in Somali) read by the lead's danger words: 94.2 % /
  // 97.7 %, recall 100 %. facts15 (published facts asked in the other languages): blind-32 96.5 %.
  'general-blind-32.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-33.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-34/-35: held back unseen, first (blind) run at 0c0cb4a, 2026-12-04 (session 15, after the session's general
  // work), 89.5 % / 89.5 % core, recall 97.1 % / 100 %, did-you-mean 1.3 % / 1.9 %. The danger miss (a girl to go
  // "home for good" after the summer, in nynorsk) read by the lead's words: 90.1 %, recall 100 %.
  'general-blind-34.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-35.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-36/-37: held back unseen, first (blind) run at 23923d9, 2026-12-04 (session 16, after the session's general
  // work), 88.3 % / 88.3 % core, recall 94.6 % / 95.2 %, did-you-mean 1.9 % / 1.3 %, wrong language 0 / 0. The six
  // danger misses read by the lead's danger words (school abroad after Christmas, a fracture explained away, "she won't
  // be here any more", a small girl cut "down there", "done like me", a threat to send a girl away): 89.5 % / 90.1 %,
  // recall 100 %. lines16 and stat37 (two contacts at once; statistics follow-ups): 91.2 % / 94.7 %. Session 16 raised
  // the floors of the older sets to the measured scores less a point.
  'general-blind-36.json': { core: 0.9, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-37.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.015 },
  // blind-40: written at the start of session 17 as a development set (danger told only indirectly next to calm
  // look-alikes), first run at ecb0103, 2026-12-04: 82.5 % core, recall 90.4 %, did-you-mean 3.2 %. After the lead's
  // general danger work (a time long past only with nothing lately, "what is done to girls", guarded doors) and training
  // asked beside a country: 86.5 %, recall 100 %.
  // blind-38/-39: held back unseen, first (blind) run at 02944e9, 2026-12-04 (session 17, after every branch was
  // merged): 86.0 % / 87.1 % core, recall 98.1 % / 90.2 %, did-you-mean 1.9 % / 1.3 %, wrong language 0 / 0. The seven
  // danger misses read by the lead's danger words (wedding gold and a party back home, "وهددها", "I'll send him", a
  // Persian age with "my", an engagement arranged, a beating and "to be cleaned" in Tigrinya): 86.5 % / 90.6 %, recall 100 %.
  'general-blind-38.json': { core: 0.85, emergencyRecall: 1, maxDidYouMean: 0.025 },
  'general-blind-39.json': { core: 0.89, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-40.json': { core: 0.85, emergencyRecall: 1, maxDidYouMean: 0.025 },
  // blind-41 (session 18, development set): first run at c8857fe 90.6 %, recall 95.8 %; after the session's work 97.7 %.
  'general-blind-41.json': { core: 0.95, emergencyRecall: 1, maxDidYouMean: 0.025 },
  // blind-42/-43: held back unseen, first (blind) run at cfec521, 2026-12-05 (session 18, after every branch was
  // merged): 90.1 % / 94.2 % core, recall 100 % / 93.3 %, did-you-mean 3.8 % / 1.3 %. After the lead's danger words for
  // the misses: -43 95.9 %, recall 98.3 %; session 19's threat told with its own "if" (concept harmIf) mended the last
  // miss, gb43-118: recall 100 %.
  'general-blind-42.json': { core: 0.89, emergencyRecall: 1, maxDidYouMean: 0.04 },
  'general-blind-43.json': { core: 0.95, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-44 (session 19, development set): first run at eb26fb7 88.9 %, recall 85.5 %, did-you-mean 0 %; after the
  // session's work 95.3 %, recall 98.4 % (relatives guarding a patient read by concept guarded; open: a mother "to be
  // sent home" with her children, told by a kindergarten; mended in session 20: concept sentHome). Session 20: 99.4 %, recall
  // 100 %.
  'general-blind-44.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-45/-46: held back unseen, first (blind) run at bb86a1d, 2026-12-05 (session 19, after every branch was
  // merged): 91.8 % / 91.8 % core, recall 95.5 % / 93.9 %, did-you-mean 1.3 % / 1.3 %. After the lead's danger words
  // for the six misses (wanting help to get home, "not going home again", would not go home, Levantine threats with
  // "and" attached and "get rid of her", a Tigrinya marriage made, "is it allowed" no longer a general question):
  // 93.6 % / 93.6 %, recall 100 %.
  'general-blind-45.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-46.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-47 (session 20, development set): first run at af54a9e 93.0 %, recall 100 %, did-you-mean 1.9 % (two needs
  // 76 %, en 81.5 %); after the session's work 97.7 %.
  'general-blind-47.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-48/-49: held back unseen, first (blind) run at 6b71e7c, 2026-12-05 (session 20, after every understanding
  // branch was merged): 87.7 % / 91.8 % core, recall 87.3 % / 92.6 %, did-you-mean 1.3 % / 1.9 %, out of scope declined
  // 73.3 % / 80 %. After the session's danger words for the eleven misses and the near-field errands: 93.6 % / 95.9 %,
  // recall 100 %.
  'general-blind-48.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-49.json': { core: 0.95, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-50 (session 21, development set): first run at 1a84fb8 93.6 %, recall 90.7 % (five dangers told by
  // health and kindergarten staff missed), did-you-mean 1.3 %, false alarms 8.5 %; after the session's work 98.2 %,
  // recall 100 %.
  'general-blind-50.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-51/-52: held back unseen, first (blind) run at 46c4b5d, 2026-12-05 (session 21, after every branch was
  // merged): 94.7 % / 94.2 % core, recall 97.7 % / 100 %, did-you-mean 0.6 % / 1.3 %, one wrong language (uk read as ru).
  // After the session's fixes of their classes (own sentences): 99.4 % / 98.2 %, recall 100 %.
  'general-blind-51.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-52.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-53 (session 22, development set): first run at b58fe35 90.1 %, recall 95.5 % (two nynorsk dangers told by
  // a kindergarten and the police missed), did-you-mean 0.6 %, false alarms 11.8 %. Floors raised after the session's work.
  // After the session's work: 100 %, recall 100 %.
  'general-blind-53.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-54/-55: held back unseen, first (blind) run at 4b78002, 2026-12-05 (session 22, after the main wave was
  // merged): 94.7 % / 93.6 % core, recall 98.1 % / 92.9 % (five dangers told in family euphemisms or inside an order of
  // contacts), did-you-mean 3.2 % / 0 %. After the session's fixes of their classes (own sentences): 99.4 % / 100 %,
  // recall 100 %.
  'general-blind-54.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-55.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-56 (session 23, development set): first run at 78baef0 93.6 %, recall 95.9 % (two dangers asked as contact
  // questions: a girl held in a country, a follow-up that makes a general question concrete), did-you-mean 0.6 %,
  // false alarms 7.4 %. After the session's main wave: 100 %, recall 100 %.
  'general-blind-56.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-57/-58: held back unseen, first (blind) run at 73578c7, 2026-12-05 (session 23, after the main wave was
  // merged): 94.2 % / 91.8 % core, recall 97.7 % / 93.3 % (four dangers told without a danger word), did-you-mean
  // 0.6 % / 2.6 %. After the session's fixes of their classes (own sentences): 98.8 % / 100 %, recall 100 %.
  'general-blind-57.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-58.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-59 (session 24, development set): first run at c85a405 94.7 %, recall 93.3 % (four dangers told only in
  // details: a follow-up that makes the girl 15, a one-way trip to meet a stranger, a virginity certificate, a trip home
  // with a toddler), did-you-mean 0.6 %, false alarms 9.0 %. After the session's fixes of their classes (own sentences): 100 %, recall 100 %.
  'general-blind-59.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-60/-61: held back unseen, first (blind) run at efb9b9c, 2026-12-05 (session 24, after the main wave was
  // merged): 92.4 % / 95.3 % core, recall 97.6 % / 95.9 % (a parent's "which embassy" for a daughter held abroad in
  // Urdu; a planned cutting of a small girl and a plan to marry off a 13-year-old, both told by staff), did-you-mean
  // 1.3 % / 0.6 %. After the session's fixes of their classes (own sentences): 100 % / 100 %, recall 100 %.
  'general-blind-60.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-61.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-62: session 25's development set, first (blind) run at 42f88e2, 2026-12-05: 97.7 % core, recall 100 %,
  // did-you-mean 0 %, false alarms 6.2 % (duty questions about a past cutting, calm control asked anonymously). After the fixes: 100 %.
  'general-blind-62.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-65/-66: session 25's second and third development sets (bokmål/English stories and duty questions; young
  // people, parents and second-language writers), first (blind) run at 9dfc0b7, 2026-12-05: 98.2 % / 94.7 % core,
  // recall 96.4 % / 95.9 %, did-you-mean 0 % / 1.9 %, false alarms 7.0 % / 8.2 %. After the session's fixes: 100 % / 100 %.
  'general-blind-65.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-66.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-63/-64: held back unseen, first (blind) run at 0ce2153, 2026-12-05 (session 25, after the main wave was
  // merged): 94.2 % / 95.9 % core, recall 92.9 % / 95.9 % (a pregnant patient beaten, a returning 17-year-old, a
  // threatened 15-year-old at a reception centre, a girl to be "prepared" in Hargeisa, an 18-year-old threatened by her
  // brother), did-you-mean 1.9 % / 0 %. After the session's short fixes of their classes (own sentences): 97.7 % / 98.8 %,
  // recall 100 %.
  'general-blind-63.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-64.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-67/-70: session 26's development sets, first (blind) run at 35d7bfb, 2026-12-05: 95.3 % / 93.0 % core,
  // recall 96.2 % / 94.2 %, did-you-mean 0 % / 0.6 %, false alarms 5.0 % / 10.9 %. After the session's fixes: 98.8 % / 99.4 %,
  // recall 100 %.
  'general-blind-67.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-70.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-68/-69: held back unseen, first (blind) run at bf3ce8c, 2026-12-05 (session 26, after the main wave was
  // merged): 91.8 % / 94.2 % core, recall 87.9 % / 92.0 %, did-you-mean 0.6 % / 0 % (the same items as at the session's start). After the session's
  // short fixes: 94.2 % / 97.7 %, recall 96.6 % / 96.0 % (four dangers still missed: see test/eval/README.md).
  'general-blind-68.json': { core: 0.94, emergencyRecall: 0.96, maxDidYouMean: 0.02 },
  'general-blind-69.json': { core: 0.97, emergencyRecall: 0.96, maxDidYouMean: 0.02 },
  // blind-71/-72: session 27's development sets, first (blind) run at 500d5ad, 2026-12-05: 93.6 % / 97.1 % core,
  // recall 83.7 % / 94.4 %, did-you-mean 1.9 % / 0 %, false alarms 10.2 % / 7.7 %.
  // After the session's fixes: 100 % / 100 %, recall 100 %.
  'general-blind-71.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-72.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-73/-74: held back unseen, first (blind) run at 500d5ad (session 27's start) and again at b818285 after the main
  // wave, the same both times: 94.7 % / 94.2 % core, recall 97.5 % / 93.9 %, did-you-mean 0 %.
  // After the session's short wave (own sentences, classes in general words): 100 % / 99.4 %, recall 100 %.
  'general-blind-73.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-74.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-75/-76/-79/-80: session 28's development sets, first (blind) run at a666c3f, 2026-12-06: 93.6 % / 93.6 % /
  // 91.8 % / 95.3 % core, recall 91.8 % / 92.2 % / 93.3 % / 96.0 %, did-you-mean 0.6 % / 0 % / 1.3 % / 0 %.
  // After the session: 97.7 % / 97.7 % / 97.1 % / 98.8 %, recall 100 %.
  'general-blind-75.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-76.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-79.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-80.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-77/-78: held back unseen, first (blind) run at a666c3f (session 28's start) and again after the main wave, the
  // same item for item: 93.0 % / 94.7 % core, recall 91.1 % / 96.4 %, did-you-mean 0 % / 0.6 %.
  // After the session's short wave (own sentences, classes in general words): 97.1 % / 98.2 %, recall 98.7 % / 100 %.
  'general-blind-77.json': { core: 0.97, emergencyRecall: 0.98, maxDidYouMean: 0.02 },
  'general-blind-78.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-81/-82/-85 (session 29, development sets): first (blind) run at ce4c20a, 2026-12-06, before any change:
  // 99.4 % / 98.8 % / 98.8 % core, recall 100 % / 100 % / 98.0 %, did-you-mean 0 % on all three. After the session: 100 %
  // on all three, recall 100 %.
  'general-blind-81.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-82.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-85.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-83/-84: held back unseen, first (blind) run at ce4c20a (session 29's start): 94.2 % / 95.3 % core, recall
  // 92.3 % / 95.7 %; after the main wave (with the second opinion on danger), before any change made for them: 95.3 % /
  // 96.5 %, recall 96.2 % / 100 %, did-you-mean 0.6 % / 0 %. After the session's short wave (own sentences, classes in
  // general words): 100 % / 99.4 %, recall 100 %.
  'general-blind-83.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-84.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-88/-89 (session 30, development sets): first (blind) run at 69cd769, 2026-12-06, before any change:
  // 95.3 % / 94.7 % core, recall 95.5 % / 100 %, did-you-mean 1.9 % / 1.3 %, false alarms 8.6 % / 18.7 %. After the
  // session: 98.2 % / 96.5 %, recall 100 %.
  'general-blind-88.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.03 },
  'general-blind-89.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-86/-87: held back unseen, first (blind) run at 69cd769 (session 30's start): 93.6 % / 96.5 % core, recall
  // 97.6 % / 100 %; after the main wave (the concept-reading second opinion), before any change made for them: the same
  // 93.6 % / 96.5 %, recall 97.6 % / 100 %, false alarms 10.8 → 7.7 % / 8.3 → 6.6 %. After the session's short wave:
  // 94.7 % / 97.1 %, recall 97.6 % (gb86-072, a nynorsk cutting risk, still missed) / 100 %.
  'general-blind-86.json': { core: 0.94, emergencyRecall: 0.97, maxDidYouMean: 0.02 },
  'general-blind-87.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-92/-93 (session 31, development sets: -92 the nine languages other than nb/nn/en, -93 nynorsk and English):
  // first (blind) run at 491eca9, 2026-12-06, before any change: 98.8 % / 94.7 % core, recall 100 % / 97.4 %,
  // did-you-mean 0 % / 0.6 %, false alarms 4.8 % / 5.3 %.
  // After the session: 99.4 % / 98.8 %, recall 100 %.
  'general-blind-92.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-93.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-90/-91: held back unseen (228 conversations each), first (blind) run at 491eca9 (session 31's start): 96.1 % /
  // 93.9 % core, recall 100 % / 96.4 %; after the main wave, before any change made for them: 96.1 % / 94.3 %, recall
  // 100 % / 96.4 %.
  // After the session's short wave: 100 % / 96.5 %, recall 100 %.
  'general-blind-90.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-91.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-96/-97 (session 32, development sets: -96 the nine languages other than nb/nn/en, -97 nynorsk and English):
  // first (blind) run at 691e5b6, 2026-12-06, before any change: 88.3 % / 93.0 % core, recall 93.9 % / 95.7 %,
  // did-you-mean 1.3 % / 2.6 %, false alarms 7.6 % / 2.4 %, wrong language 1 / 0.
  // After the session: 95.3 % / 98.2 %, recall 100 %.
  'general-blind-96.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-97.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.03 },
  // blind-94/-95: held back unseen (228 conversations each), first (blind) run at 691e5b6 (session 32's start): 96.5 % /
  // 96.9 % core, recall 96.7 % / 100 %; after the main wave, before any change made for them: the same 96.5 % / 96.9 %,
  // recall 96.7 % / 100 %.
  // After the session's short wave: 97.8 % / 98.2 %, recall 100 %.
  'general-blind-94.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-95.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-100/-101 (session 33, development sets: -100 the nine languages other than nb/nn/en, -101 bokmål, nynorsk and
  // English): first (blind) run of -101 at f8160f9, 2026-12-06, before any change: 92.4 % core (nb 90.2, nn 96.7,
  // en 90.0 %), recall 97.7 %, did-you-mean 0 %, false alarms 9.4 %, wrong language 0; of -100 at 6e7098b: 94.2 % core
  // (nb/nn/en/uk/ru/pl 100 %, ar/so 93.3 %, fa/ur/tr/ti 86.7 %), recall 95.3 %, did-you-mean 1.3 %, false alarms 15.6 %.
  'general-blind-100.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // After the session: 97.7 % / 97.7 %, recall 100 %.
  'general-blind-101.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-98/-99: held back unseen (228 conversations each), first (blind) run at f8160f9's code (session 33's start):
  // 86.4 % / 95.2 % core, recall 96.4 % / 100 %, did-you-mean 3.3 % / 1.0 %; after the main wave, before any change made
  // for them: 87.7 % / 95.2 %, recall 96.4 % / 100 %.
  // After the session's short wave: 91.7 % / 97.8 %, recall 100 %.
  'general-blind-98.json': { core: 0.91, emergencyRecall: 1, maxDidYouMean: 0.03 },
  'general-blind-99.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-104/-105 (session 34, development sets: -104 the nine languages other than nb/nn/en, -105 bokmål, nynorsk with
  // dialect and English): first (blind) run of -105 at d2cf4cd, 2026-12-06, before any change: 91.8 % core (nb 94.1,
  // nn 91.7, en 90.0 %), recall 97.7 % (42/43), did-you-mean 2.6 %, false alarms 3.9 %, wrong language 0.
  // Of -104 at 73a4fcf: 90.6 % core (en 100, ar/fa/ru/pl 93.3, nb/nn 91.7, so/ur/uk/tr/ti 86.7 %), recall 100 %,
  // did-you-mean 1.3 %, false alarms 7.8 %, wrong language 0.
  'general-blind-104.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // After the session: -104 97.1 %, -105 94.2 %, recall 100 % on both.
  'general-blind-105.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.03 },
  // blind-102/-103: held back unseen (228 conversations each), first (blind) run at d2cf4cd's code (session 34's start):
  // 91.2 % / 93.0 % core, recall 100 % / 100 %, did-you-mean 1.9 % / 0.5 %; after the main wave, before any change made
  // for them: 91.2 % / 93.0 % (one item fixed and one danger lost to the second opinion's retrain on -102: recall 98.3 %).
  // After the session's short wave: 92.1 % / 93.4 %, recall 100 % / 100 %.
  'general-blind-102.json': { core: 0.92, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-103.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-108/-109 (session 35, development sets: -108 the nine languages other than nb/nn/en, -109 bokmål, nynorsk with
  // dialect and English): first (blind) run of -109 at 7f409d2, 2026-12-06, before any change: 94.2 % core (nb 94.1,
  // nn 95.0, en 93.3 %), recall 97.7 % (43/44), did-you-mean 1.9 %, false alarms 7.9 %, wrong language 0.
  // After the session (second opinion retrained on 110 sets): -108 91.2 %, -109 96.5 %, recall 100 % on both; -107's
  // one rules-missed danger (hiding, Levantine Arabic) is caught by the retrained model only (second-opinion-only.json).
  // Of -108 at 04ccea1: 88.3 % core (nb/nn/ar/pl 100, en 91.7, fa/ur/ru 86.7, so/tr/ti 80.0, uk 73.3 %), recall 100 %,
  // did-you-mean 0 %, false alarms 14.0 %, wrong language 0.
  'general-blind-108.json': { core: 0.91, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-109.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-112/-113 (session 36, development sets: -112 the nine languages other than nb/nn/en, -113 bokmål, nynorsk with
  // dialect and English): first (blind) run of -113 at 44ffe77, 2026-12-06, before any change: 90.1 % core (nb 94.1,
  // nn 90.0, en 86.7 %), recall 100 % (42/42), did-you-mean 1.9 %, false alarms 3.9 %, wrong language 0.
  // After the session (second opinion retrained on 114 sets): -112 94.2 %, -113 93.6 %, recall 100 % on both.
  'general-blind-113.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // Of -112 at 95bb5db: 93.0 % core (nb/so/fa/ru 100, en 91.7, ar/uk/tr/ti 93.3, ur 86.7, nn 83.3, pl 80.0 %),
  // recall 97.6 % (41/42), did-you-mean 0 %, false alarms 9.3 %, wrong language 0. After dev36a (the airport as an
  // Urdu trip word; 'can they call them themselves?' after a contact list): 94.2 % (161/171), recall 100 % (42/42).
  'general-blind-112.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-116/-117 (session 37, development sets: -116 the nine languages other than nb/nn/en, -117 bokmål, nynorsk with
  // dialect and English): first (blind) run of -117 at 2e5b35d, 2026-12-07, before any change: 93.0 % core (nb 94.1,
  // nn 93.3, en 91.7 %), recall 95.5 % (42/44: a parent's 'they take her to the airport now' in nynorsk and a young
  // person pushed into a car 'right now'), did-you-mean 3.2 %, false alarms 6.3 %, wrong language 0.
  // After the session (dev37b/dev37c and the others; second opinion retrained on 118 sets): -116 94.2 %, -117 96.5 %,
  // recall 100 % on both.
  'general-blind-117.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // Of -116 at 3382df6: 89.5 % core (nb/en 100, uk/ru 93.3, nn 91.7, ar/so/fa/tr/pl/ti 86.7, ur 80.0 %), recall 100 %
  // (42/42), did-you-mean 1.9 %, false alarms 11.6 %, wrong language 0.
  'general-blind-116.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-120/-121 (session 38, development sets: -120 the nine languages other than nb/nn/en with 12 each of nb/nn/en,
  // -121 bokmål, nynorsk with dialect and English): first (blind) run at 8ec6400's code, 2026-12-07, before any change:
  // -120 94.2 % core (ur, uk, pl, ti 86.7 %), recall 97.9 % (47/48: an Urdu kindergarten follow-up, a father coming to
  // collect a child with threats after hours), did-you-mean 1.3 %, false alarms 12.2 %; -121 93.6 % core (nb 98.0,
  // nn 91.7, en 91.7 %), recall 100 % (43/43), did-you-mean 1.9 %, false alarms 4.7 %, wrong language 0 on both.
  // After the session (second opinion retrained on 122 sets): -120 95.9 %, -121 94.2 %, recall 100 % on both.
  'general-blind-120.json': { core: 0.95, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-121.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-124 (session 39, development set: 15 for each of the nine languages other than nb/nn/en, 12 each of nb/nn/en):
  // first (blind) run at 59a2d50's code, 2026-12-07, before any change: 97.7 % core (so, fa, ur, tr 93.3 %, the others
  // 100 %), recall 97.7 % (42/43: a Somali midwife's duty question about a pregnant woman who plans to "cleanse" a
  // daughter not yet born), did-you-mean 0.6 %, false alarms 9.4 % (12/128), wrong language 0.
  // After dev39 (the unborn daughter's cutting told by euphemism read as danger; envoy follow-ups after a question asked
  // in general calm), measured on this set alone: 98.2 % core (168/171), recall 100 % (43/43), did-you-mean 0.6 %.
  'general-blind-124.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-125 (session 39, development set: bokmål, nynorsk with dialect spellings, English): first (blind) run at
  // 59a2d50's code, 2026-12-07, before any change: 97.1 % core (nb 98.0, nn 98.3, en 95.0 %), recall 100 % (46/46),
  // did-you-mean 0.0 %, false alarms 8.0 % (10/125), wrong language 0.
  // After dev39 (the envoys' full title read as a name: "how many envoys for integration matters are there?"), measured on
  // this set alone: 97.7 % core (167/171), recall 100 % (46/46).
  'general-blind-125.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-128 (session 40, development set: 15 for each of the nine languages other than nb/nn/en, 12 each of nb/nn/en):
  // first (blind) run at e75180e's code, 2026-12-07, before any change: 97.1 % core (uk 80.0, tr 93.3, pl 93.3 %, the
  // others 100 %), recall 94.6 % (53/56: a Ukrainian classmate expecting to be taken to Chechnya and not come back; a
  // Turkish neighbour who sees a girl signal for help during shouting and breaking; a Polish nurse's 19-year-old patient
  // asking for help while her brother guards her), did-you-mean 1.3 %, false alarms 7.8 % (9/115), wrong language 0.
  // After dev128 (silent pleas by a sign or a note, a guard who never leaves her side, 'she won't be here any more' sent
  // abroad with tears or a secret, platforms asked after a campaign's figure, the envoy's city in Latin letters after a
  // declined Cyrillic name), measured on this set alone: 100 % core (171/171), recall 100 % (56/56), did-you-mean 0.0 %,
  // false alarms 7.8 % (9/115, unchanged).
  'general-blind-128.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-129 (session 40, development set: bokmål, nynorsk with dialect spellings, English): first (blind) run at
  // e75180e's code, 2026-12-07, before any change: 97.1 % core (nb 100, nn 98.3, en 93.3 %), recall 95.2 % (40/42: a
  // child at risk of being moved to Iran inside a question about which envoy covers it; a woman followed and threatened
  // by her husband and his brothers, told in nynorsk), did-you-mean 0.6 %, false alarms 2.3 % (3/129), wrong language 0.
  // After dev129 (followed for weeks in nynorsk and five more languages; children moved to live with relatives abroad
  // who may not come back; a person "moved there" gets the envoy and UD's 24-hour line; people an adviser scheme helped
  // by gender; a service told as already contacted is no contact asked for), measured on this set alone: 100 % core
  // (171/171), recall 100 % (42/42), did-you-mean 0.0 %, false alarms 2.3 % (3/129, left to calm40).
  'general-blind-129.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-132 (session 41, development set: the nine languages other than nb/nn/en, 15 each, and 12 each for nb, nn,
  // en): first (blind) run at d0050b2's code, 2026-12-07, before any change: 93.6 % core (ar 80.0, fa 86.7, pl 86.7,
  // nn 91.7, en 91.7 %), recall 98.1 % (51/52: a student abroad with a wedding arranged and a "help me" message, in
  // Arabic), did-you-mean 0.0 %, false alarms 10.9 % (13/119), wrong language 0. After dev132 (issue #13): 95.3 % core
  // (163/171), recall 100 % (52/52: a written plea relayed), false alarms 10.1 % (12/119), did-you-mean 0.0 %.
  'general-blind-132.json': { core: 0.95, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-133 (session 41, development set: bokmål, nynorsk with dialect spellings, English): first (blind) run at
  // 82aa309's code, 2026-12-07, before any change: 94.7 % core (nb 96.1, nn 96.7, en 91.7 %), recall 93.3 % (42/45),
  // did-you-mean 0.6 %, false alarms 5.6 % (7/126), wrong language 0.
  // After dev133 (a male person held back or not let home abroad; a stay "since last year" goes on; people not let
  // home in a coverage question; a removal feared for when a course ends; a cutting asked for with a relative to do it
  // otherwise; a death foretold as not waking up; the non-emergency line in dialect; the violence helpline; both
  // Norwegian words for FGM; people the 2008 advisers helped; marriages already entered as a follow-up; a day outing
  // with a packed lunch is an errand), measured on this set alone: 100 % core (171/171), recall 100 % (45/45),
  // did-you-mean 0.0 %, false alarms 3.2 % (4/126: three long stories left to calm41; gb133-142, a daughter "being kept
  // at home" inside a duty question, read as locked-in and left so).
  'general-blind-133.json': { core: 0.99, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-136: development set of session 42 (171 conversations: 15 each in ar, so, fa, ur, uk, ru, tr, pl, ti; 12 each in
  // nb, nn, en), written blind from domain.md; first run at bd47e3d6 (before any change for it): 96.5 % core (so 86.7,
  // nb 91.7, ru/tr/ti 93.3 %), recall 98.3 % (57/58), did-you-mean 0.0 %, false alarms 5.3 % (6/113).
  // dev136 (session 42: a return refused now by one relative, the destination told between, read as refusedHome; an
  // adviser writing is an adult, no young writer; registering absence in Visma an errand), measured on this set alone:
  // 98.2 % core (168/171), recall 100 % (58/58), did-you-mean 0.0 %, false alarms 5.3 % (6/113). Left: gb136-112 (an
  // urgent case out of the team's hours asked as a follow-up), gb136-132 and gb136-161 (a second need asked in
  // verb-final order with no opening question word: tr, ti).
  'general-blind-136.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-137: development set of session 42 (171 conversations: nb 51, nn 60, en 60), written blind from domain.md;
  // first run at bd47e3d6 (before any change for it): 97.7 % core (nb 100, nn 95.0, en 98.3 %), recall 100 % (51/51),
  // did-you-mean 0.6 %, false alarms 9.2 % (11/120).
  // calm42b (a case told as over, a fear or harm denied for now, nobody violent, the writer's own shift or telling
  // yesterday): 97.7 % core (the four failures are other helpers' classes), recall 100 % (51/51), false alarms 6.7 % (8/120).
  'general-blind-137.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-140: development set of session 43 (171 conversations: 15 each in ar, so, fa, ur, uk, ru, tr, pl, ti; 12 each in
  // nb, nn, en), written blind from domain.md; first run at 321beb30 (before any change for it): 97.7 % core (ti 80.0,
  // tr 93.3 %), recall 100 % (56/56), did-you-mean 0.6 %, false alarms 3.5 % (4/115).
  // dev43 (session 43, the door class above in six of its languages): 97.7 % core (167/171), recall 100 % (56/56),
  // did-you-mean 0.6 %, false alarms 3.5 % (4/115), unchanged. Left: gb140-128 (tr), gb140-163/-167/-170 (ti).
  // dev43b (session 43: a website of ours asked beside a worry answers instead of starting the triage): 98.2 % core
  // (168/171), recall 100 % (56/56), unchanged false alarms. Left: gb140-163/-167/-170 (ti).
  'general-blind-140.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-141: development set of session 43 (171 conversations: nb 51, nn 60, en 60), written blind from domain.md;
  // first run at 321beb30 (before any change for it): 97.1 % core (nb 100, nn 96.7, en 95.0 %), recall 98.0 % (48/49),
  // did-you-mean 0.6 %, false alarms 7.4 % (9/122).
  // dev43 (session 43: relatives at a client's door now, told by a worker; nn "har lova" (has promised) no longer read
  // as the law; waiting at a door or home in ar, fa, tr, pl, uk, ru): 97.7 % core (167/171), recall 100 % (49/49),
  // did-you-mean 0.0 %, false alarms 7.4 % (9/122). Left: the calm items with the card (a line by chat or e-mail, the
  // order of contacts, a duty question, a parent's own support), gb141-161 (a speeding fine not declined), missing facts.
  // dev43b (session 43: a traffic fine, speeding or a speed camera, declined as a near-field subject in twelve
  // languages): 98.2 % core (168/171), recall 100 % (49/49), false alarms 7.4 % (9/122) unchanged. Left: gb141-057,
  // -070, -083 and the calm items with the card.
  'general-blind-141.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-106/-107: held back unseen (228 conversations each), first (blind) run at 7f409d2's code (session 35's start):
  // 89.0 % / 93.9 % core, recall 100 % / 98.5 %, did-you-mean 0.0 % / 1.4 %; after the main wave, before any change made
  // for them: 89.0 % / 93.9 % (no item changed). After the session's short wave: 89.5 % / 94.3 %, recall 100 % / 98.5 %.
  'general-blind-106.json': { core: 0.89, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-107.json': { core: 0.94, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-110/-111: held back unseen (228 conversations each), first (blind) run at 44ffe77's code (session 36's start):
  // 92.1 % / 92.1 % core, recall 100 % / 100 %, did-you-mean 1.0 % / 1.4 %; after the main wave, before any change made
  // for them: 92.5 % / 92.1 %. After the session's short wave: 93.4 % / 92.5 %, recall 100 % / 100 % (five of their
  // dangers read by the learned second opinion only: listed in second-opinion-only.json with their classes).
  'general-blind-110.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-111.json': { core: 0.92, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-114/-115: held back unseen (228 conversations each), first (blind) run at 2e5b35d's code (session 37's start):
  // 92.5 % / 91.2 % core, recall 98.2 % / 98.2 % (one danger missed on each: a veiled threat to an adult for moving
  // out; a Somali uncle coming tonight to take a girl somewhere she does not know), did-you-mean 1.9 % / 1.9 %; after
  // the main wave, before any change made for them: 92.5 % / 90.8 %. After the session's short wave: 93.4 % / 92.1 %,
  // recall 100 % / 100 %.
  'general-blind-114.json': { core: 0.93, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-115.json': { core: 0.92, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-118/-119: held back unseen (228 conversations each), first (blind) run at 8ec6400's code (session 38's start):
  // 95.2 % / 94.3 % core, recall 98.2 % / 93.1 %, did-you-mean 1.0 % / 1.4 %; after the main wave, before any change
  // made for them: 96.5 % / 94.3 %; after the short wave: 96.9 % / 96.1 %, recall 98.2 % / 93.1 %. After joining and
  // retraining the second opinion on 122 sets: 96.5 % / 96.5 %, recall 98.2 % / 94.8 %: four dangers read by nothing
  // (a mother hiding with her daughter from a threatening relative; a grown-up escaped from being kept abroad; signs of
  // a cutting about to happen; a small child taken abroad for "a ritual") — the floors hold them where they are, below
  // 100 %, until they are rules (issue #13). Session 39 (safety39a) made the four rules (hiding-in-room-*, just-fled-*,
  // blades-salve-* and girls-thing-elder-minor, girls-rite-elder-trip-minor): recall 100 % / 100 % in the full tuned
  // evaluation, so the recall floors are 1.
  'general-blind-118.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-119.json': { core: 0.96, emergencyRecall: 1, maxDidYouMean: 0.02 },
  // blind-122/-123: held back unseen (228 conversations each), first (blind) run at 59a2d50's code (session 39's start):
  // 97.4 % / 96.5 % core (-122: nb 95.6, nn 96.8, en 94.3, ar 92.3 %; -123: nn 93.5, pl 84.6, ar/fa/tr 92.3 %), recall
  // 98.2 % / 98.4 % (an Arabic mother's 17-year-old son to be married in Jordan beside a law question; a Turkish pupil's
  // brother waiting after school to "clean the family name"), did-you-mean 0.5 % / 0.0 %. After session 39's waves:
  // 97.8 % / 97.4 %, recall 100 % / 100 %. Joined in session 40 (second opinion retrained on 126 sets).
  'general-blind-122.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-123.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-126/-127: held back unseen (228 conversations each), first (blind) run at e75180e's code (session 40's start):
  // 96.9 % / 96.9 % core (-126: nn 93.5, fa/ru/tr/pl 92.3 %; -127: nn 93.5, ar/so 84.6, ru 92.3 %), recall 98.6 % /
  // 97.4 %, did-you-mean 0.5 % / 0.0 %; after the main wave unchanged; after the short wave 97.4 % / 97.8 %, recall
  // 98.6 % / 98.7 % (a nynorsk elliptic follow-up asking the ministry's number for a daughter held in Pakistan; a Russian
  // pushback after asking which embassy helps a girl taken to Chechnya). Joined in session 41 (second opinion retrained
  // on 130 sets). At session 41's end (safety41 made both rules or listed them; the second opinion retrained on 132
  // sets): 98.7 % / 99.1 %, recall 100 % / 100 %.
  'general-blind-126.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  'general-blind-127.json': { core: 0.98, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-130/-131: held back unseen (228 conversations each), first (blind) run at 82aa309's code (session 41's start):
  // 97.4 % / 95.6 % core (-130: nb 93.3, uk/tr 92.3 %; -131: en 91.4, ar/so/ur/uk/ru/pl 92.3 %), recall 98.7 % / 98.4 %,
  // did-you-mean 0.5 % / 0.5 %; after session 41's waves 97.8 % / 97.4 %, recall 98.7 % / 100 % (still unread on -130: a
  // GP's 19-year-old patient who wants to move out because of control and marriage pressure, beside Kompetanseteamet's
  // hours). Joined in session 42 (second opinion retrained on 134 sets).
  'general-blind-130.json': { core: 0.97, emergencyRecall: 0.98, maxDidYouMean: 0.01 },
  'general-blind-131.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.01 },
  // blind-134/-135: held back unseen (228 conversations each), first (blind) run at bd47e3d6's code (session 42's start):
  // 96.5 % / 94.7 % core (-134: en 91.4, fa/ur/tr/ti 92.3 %; -135: nb 91.1, nn 93.5, ar 84.6, ru/pl 92.3 %), recall
  // 97.5 % / 98.8 %, did-you-mean 1.9 % / 1.0 %; after session 42's waves 96.5 % / 95.2 %, recall unchanged (missed: a
  // confined young woman told by reception-centre staff, a Turkish NAV adviser's watched client, a school nurse's hedged
  // FGM ceremony planned in Egypt). Joined in session 43 (second opinion retrained on 138 sets).
  'general-blind-134.json': { core: 0.96, emergencyRecall: 0.97, maxDidYouMean: 0.02 },
  'general-blind-135.json': { core: 0.95, emergencyRecall: 0.98, maxDidYouMean: 0.02 },
  'two-needs.json': { core: 0.97, emergencyRecall: 1, maxDidYouMean: 0.03 },
};

// ---------------------------------------------------------------------------------------------------------------
// No seed file names or line numbers (issue #17)
// ---------------------------------------------------------------------------------------------------------------

/*
 * Issue #17: "no card anywhere shows a seed file name or a line number". File names and line ranges stay in the data
 * for reviewers and `npm run content:check`; a reader gets a document's title, year, section and link. The real bot
 * is driven, in all twelve languages, through every conversation of the tuned sets (test/eval/conversations: topics,
 * contacts, countries, statistics, danger, follow-ups, two needs) and every article asked by its title; every text a
 * person can read in a reply is checked – the open part, what "show" buttons open in place and the answers behind
 * "show the answer" buttons.
 */

const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/u;
/** "l. 1343", "linje 12", "lines 3–4", "line 7": a line reference, not the words themselves ("VO-linjen", "helpline"). */
const LINE_NUMBER = /(?:^|[\s(,])l\.\s?\d|\blinje\s+\d|\blines?\s+\d/iu;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A card without the cards behind its ShowCard buttons, and those cards: each is judged as the card it is. Only the
 * objects and arrays on the way to a ShowCard button are copied; every other part of `own` is the card's own (read,
 * never changed), as the copy of the whole card was equal to it (docs/performance.md § Tests, fifteenth pass).
 */
function split(card: Json): { readonly own: Json; readonly behind: Json[] } {
  const behind: Json[] = [];
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      node.forEach((item: unknown, i) => {
        const stripped = strip(item);
        if (stripped !== item) (copy ??= [...node])[i] = stripped;
      });
      return copy ?? node;
    }
    if (!isRecord(node)) return node;
    if (node['type'] === 'Action.ShowCard' && isRecord(node['card'])) {
      behind.push(node['card']);
      const { card: _card, ...rest } = node;
      return rest;
    }
    let copy: Json | undefined;
    for (const [key, value] of Object.entries(node)) {
      const stripped = strip(value);
      if (stripped !== value) (copy ??= { ...node })[key] = stripped;
    }
    return copy ?? node;
  };
  return { own: strip(card) as Json, behind };
}

/**
 * Whether some object of the card has `verb: "feedback"` (an article's feedback buttons): what
 * `JSON.stringify(card).includes('"verb":"feedback"')` asked, without writing the card out.
 */
function hasFeedbackVerb(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasFeedbackVerb);
  if (!isRecord(node)) return false;
  if (node['verb'] === 'feedback') return true;
  return Object.values(node).some(hasFeedbackVerb);
}

type Kind = 'article, emergency, did you mean, cannot answer' | 'contacts, statistics and other cards';

/**
 * What was read, by kind: how many texts, and those that show a file name or a line number (where, and the text's
 * start). Each text is judged as it is read instead of being kept for the end: the sets show a few hundred thousand.
 */
class Reading {
  readonly texts = new Map<Kind, number>();
  readonly offending = new Map<Kind, string[]>();
  /**
   * Each distinct text's verdict, tested once: most texts come again in many replies (the emergency card's lines, an
   * article's sections, the buttons), and every occurrence is still counted and, if it offends, listed with its place.
   */
  private readonly verdicts = new Map<string, boolean>();

  see(kind: Kind, where: string, text: string): void {
    this.texts.set(kind, (this.texts.get(kind) ?? 0) + 1);
    let offends = this.verdicts.get(text);
    if (offends === undefined) this.verdicts.set(text, (offends = SEED_FILE.test(text) || LINE_NUMBER.test(text)));
    if (offends) this.offending.set(kind, [...(this.offending.get(kind) ?? []), `${where}: ${text.slice(0, 160)}`]);
  }
}

function readable(card: Json): string[] {
  return [...cardTexts(card), ...(typeof card['fallbackText'] === 'string' ? [card['fallbackText']] : [])];
}

function seeCard(card: Json, where: string, runner: ConversationRunner, out: Reading): void {
  const { own, behind } = split(card);
  const kind = classifyCard(own, runner.markers);
  const isArticle = hasFeedbackVerb(own);
  const mine = kind === 'emergency' || kind === 'did-you-mean' || kind === 'cannot-answer' || isArticle;
  for (const text of readable(own)) out.see(mine ? 'article, emergency, did you mean, cannot answer' : 'contacts, statistics and other cards', where, text);
  for (const inner of behind) seeCard(inner, `${where} (behind a button)`, runner, out);
}

function seeReplies(replies: readonly Partial<Activity>[], where: string, runner: ConversationRunner, out: Reading): void {
  for (const reply of replies) {
    if (typeof reply.text === 'string' && reply.text) out.see('contacts, statistics and other cards', `${where} (text)`, reply.text);
    for (const attachment of reply.attachments ?? []) if (isRecord(attachment.content)) seeCard(attachment.content, where, runner, out);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One drive of a share of the conversations, read by both checks
// ---------------------------------------------------------------------------------------------------------------

/** The sets share `share` of `shares` drives: every `shares`-th set of the floors, in their order. */
export function setsOfShare(share: number, shares: number): string[] {
  return Object.keys(FLOORS).filter((_, i) => i % shares === share);
}

/**
 * Declares one share's tests: its sets' floors and the file-name check over its replies. The test files differ only
 * in `share`; together they drive every set and every article in every language once.
 */
export function conversationSetsShare(share: number, shares: number): void {
  // One share drives ~12,000 conversations in its beforeAll: ~3 min on a quiet 2-core machine, but far more when the
  // machine is shared (a loaded run took 27 min), so the guard is generous; a hang still ends the run.
  jest.setTimeout(2_400_000);

  const sets = setsOfShare(share, shares);
  let runner: ConversationRunner;
  const reports = new Map<string, ConversationReport>();
  const seen = new Reading();
  const perLanguage = new Map<Lang, number>();

  beforeAll(async () => {
    runner = await createConversationRunner({ now: () => NOW });
    // Every reply of the floors' run is also read for file names and line numbers.
    const reading: ConversationRunner = {
      markers: runner.markers,
      close: () => runner.close(),
      async converse(item) {
        const run = await runner.converse(item);
        const lang = item.lang;
        seeReplies(run.replies, `${'id' in item ? String(item.id) : '?'} (${lang})`, runner, seen);
        perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
        return run;
      },
    };
    for (const set of sets) reports.set(set, await evaluateConversations(loadConversationSet(path.join(DIR, set)), reading));
    // This share's articles, each asked by its title in every language: the (article, language) pairs are dealt out
    // like the sets, so every language is asked in every share.
    const articles = await loadArticles();
    let pair = 0;
    for (const lng of LANGUAGES) {
      for (const article of articles) {
        if (pair++ % shares !== share) continue;
        const run = await runner.converse({ lang: lng, turns: [pickRequired(article.title, lng).value] });
        seeReplies(run.replies, `article ${article.id} asked by title (${lng})`, runner, seen);
        perLanguage.set(lng, (perLanguage.get(lng) ?? 0) + 1);
      }
    }
  });
  afterAll(() => runner?.close());

  describe(`conversation sets hold their floors (share ${share + 1} of ${shares})`, () => {
    it('the floors name every set of the folder, and the shares drive each once', () => {
      const folder = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
      expect(Object.keys(FLOORS).sort()).toEqual(folder);
      const dealt = Array.from({ length: shares }, (_, s) => setsOfShare(s, shares)).flat();
      expect(dealt.sort()).toEqual(folder);
    });

    it.each(sets.map((set) => [set, FLOORS[set]] as const))('%s', (set, floor) => {
      const report = reports.get(set);
      expect(report).toBeDefined();
      if (!report || !floor) return;
      expect(report.errors).toBe(0);
      expect(ratio(report.core)).toBeGreaterThanOrEqual(floor.core);
      if (report.emergencyRecall.total > 0) expect(ratio(report.emergencyRecall)).toBeGreaterThanOrEqual(floor.emergencyRecall);
      expect(ratio(report.didYouMean)).toBeLessThanOrEqual(floor.maxDidYouMean);
    });
  });

  describe(`no card shows a seed file name or a line number (share ${share + 1} of ${shares})`, () => {
    it('drives the bot in all twelve languages and reads every kind of card', () => {
      expect(LANGUAGES.filter((lng) => (perLanguage.get(lng) ?? 0) < 30)).toEqual([]);
      expect((seen.texts.get('article, emergency, did you mean, cannot answer') ?? 0) > 0).toBe(true);
      expect((seen.texts.get('contacts, statistics and other cards') ?? 0) > 0).toBe(true);
      // The rule itself: it catches what cards used to show, and not a helpline's name.
      expect(SEED_FILE.test('IMDi årsrapport 2023 (001_e2d92cbbfe31b5d0.txt, l. 1343–1343)')).toBe(true);
      expect(LINE_NUMBER.test('(001_e2d92cbbfe31b5d0.txt, l. 1343–1343)')).toBe(true);
      expect(LINE_NUMBER.test('VO-linjen – hjelpetelefon, 116 006')).toBe(false);
    });

    it('in article, emergency, "did you mean" and "cannot answer" cards', () => {
      expect(seen.offending.get('article, emergency, did you mean, cannot answer') ?? []).toEqual([]);
    });

    it('in contact, statistics and every other card', () => {
      expect(seen.offending.get('contacts, statistics and other cards') ?? []).toEqual([]);
    });
  });
}
