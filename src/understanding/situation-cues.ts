import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { cityEntries } from './city-names';
import { LANGUAGES, langSchema, type Lang } from '../language/languages';
import { ownLanguageOnlySchema, ownLanguagesOf } from '../language/own-language';
import { tokenize } from '../language/text';
import { ReadingMemo } from '../language/reading-memo';
import { compiledPhrasesFile, readCompiledPhrases } from './compiled-phrases';
import { compileBook, isAge, PREFIX, WORD, type PhraseBook, type SourcePhrase } from './phrase-book';
import { PhraseIndex } from './phrase-index';
import type { Part, PhraseCompiler } from './phrase-parts';
import { wordReviewSchema } from '../language/word-review';
import { expandPhrases, phraseClassesSchema } from './phrase-classes';

/**
 * The folded texts of the message being read: the situation, scope and role readers fold the same few texts ~5 times
 * a message each (issue #16, perf41a; `ReadingMemo`: nothing is kept past the current turn of the event loop).
 */
const foldedTexts = new ReadingMemo<string>();

/**
 * What a message describes about a situation, from cue phrases kept as data (content/understanding/situation/):
 * danger that is only described (an uncle waiting outside the school, a plane ticket for Friday and "no choice",
 * bruises, a confiscated passport) and whether a young person is writing about themselves. The words are per
 * language so a native-speaker reviewer edits them without touching code; the rules that combine them are shared.
 *
 * Phrase syntax (after the same folding as the message): words separated by spaces; `word*` matches a word
 * beginning; `#` matches a number from 10 to 17 (the age of a child: 18 and 19 are adults); `...` allows up to three other
 * words in between; `{name}` stands for each word of the file's class `name` (phrase-classes.ts).
 */

export const CONCEPTS = [
  'soon',
  'trip',
  'againstWill',
  'confiscated',
  'waitedFor',
  'fearHome',
  'injury',
  'curfew',
  'neverReturn',
  'goneFromHere',
  'obeyOrElse',
  'orElse',
  'killing',
  'beaten',
  'locked',
  'wedding',
  'cutting',
  /**
   * Others marrying off or engaging a particular person, said with the verb ("get her engaged", "يخطبوها", "nişanlamayı
   * planlıyorlar", "zaręczyć ją"): a marriage arranged for someone, a case even when no other word names the person.
   */
  'marriedOff',
  /**
   * A long or open-ended stay abroad, or one to be brought up there ("et lengre opphold hos slekta", "for good",
   * "dhaqan celis", "на перевоспитание"): with a particular person, a case of a possible involuntary stay abroad.
   */
  'longStay',
  /** The writer handles a particular case ("en konkret sak", "a case where", "конкретный случай"): with a person and a trip, a harm or a long stay abroad, a concern. */
  'aCase',
  'runaway',
  'despair',
  'honour',
  'general',
  /**
   * A time long past ("for to år siden", "last year", "лет назад"): the case told is over, so the message reads as a
   * general question ('general'), unless it also says something happened lately ('recent').
   */
  'longAgo',
  /**
   * Something that happened lately ("i går", "since then", "на прошлой неделе", "dün"): a story that began long ago
   * ('longAgo') and goes on now is a present case, not a past one.
   */
  'recent',
  'hedge',
  'selfAge',
  'ownFamily',
  'firstPerson',
  'adultRole',
  /** Hidden from the family ("uten at foreldrene vet", "in secret"): with one's own family or the first person, a young writer. */
  'secret',
  /**
   * Whom the writer can talk to at school, asked in the first person ("hvem kan jeg snakke med på skolen?", "who can I
   * talk to at school?"): a pupil asking for themselves, unless a role or a pupil told of says otherwise.
   */
  'talkAtSchoolSelf',
  /**
   * Asking to stay anonymous ("anonymt", "without giving my name", "بدون ذكر الاسم"): parents, adults and young people
   * all ask it, so it marks no young writer by itself; the contact recognizer reads it as a need for the anonymous lines.
   */
  'anonymous',
  /**
   * The family to "sort things out" with a particular person, the harm left unsaid ("dei skal ordne ting med ho", "they
   * will sort things out with her", "załatwią z nią sprawę"): alone an everyday errand; with a country abroad, a trip, a
   * season, control or honour said of her, a threat of harm (rules dealt-with-*).
   */
  'dealtWith',
  /** A person threatened with harm or with the family "dealing with" them ("they threatened him", "the family will sort it out"). */
  'threat',
  /**
   * Being sent home or abroad as the price of something the person does ("skal sendast heim om ho klagar", "they'll send
   * her back if she tells", "отправят домой, если"): with control described, the family or a country named, a threat;
   * alone it is everyday school speech ("sent home if she has a fever").
   */
  'sentAwayIf',
  /**
   * Harm promised to a person for what she does, the threat told before its condition ("truer med at hvis hun…", "he
   * will beat her if she goes to work", "دھمکیاں دیتا ہے کہ اگر", "угрожает, что если…"): the "if" is the threat's own,
   * not the asker's supposition, so a duty question telling it is a case at hand (danger-reader.ts NOT_SUPPOSED).
   */
  'harmIf',
  /** A named time in the coming months ("this summer", "next summer"): with a marriage against someone's will, it is planned. */
  'season',
  /**
   * The person is afraid, with nothing named as what she fears ("hun virker redd", "she's terrified", "боится",
   * "çok korkuyor"): beside a trip or a stay abroad in the coming months, or a wedding, for a particular person, the
   * trip or the wedding is what she fears. Fear of a reaction or of going home are their own concepts.
   */
  'scared',
  /** Someone plans or wants the cutting of a particular girl ("they want her cut"). */
  'cuttingPlanned',
  /**
   * A person who went abroad and has not come back, is kept or stuck there, or cannot be reached since ("har ikke
   * kommet tilbake etter sommerferien", "phone is off since the trip"): an involuntary stay abroad, now.
   */
  'notBack',
  /**
   * Someone cannot come back or leave ("kan ikke komme tilbake", "не может выехать", "nie może wrócić"): with a place
   * abroad, a person kept there now; alone it is everyday speech ("I can't come back to the meeting").
   */
  'cannotReturn',
  /**
   * Fear of how a partner or the family will react, or of them ("redd for hvordan mannen reagerer", "afraid of her
   * husband", "تخاف من رد فعله", "boi się jego reakcji"): with control described, a person at risk of violence now.
   */
  'fearReaction',
  /**
   * Control of a person's life described ("han kontrollerer", "checks her phone", "takes her wages", "not allowed
   * to"): not the topic's name ("negative social control"); alone no emergency, with fear of the controller's reaction danger.
   */
  'control',
  /**
   * Training, a course or a workshop asked for ("hvem kan gi opplæring", "who trains staff", "тренінг для персоналу"):
   * a question about competence building, so danger named only in general words ("akutt", "now") is no emergency.
   */
  'training',
  /**
   * A harm named as such: forced marriage, genital mutilation, honour-related violence, violence, threats, being left
   * abroad ("tvangsekteskap", "kjønnslemlestelse", "vold"). With a particular person it is a case, not a topic.
   */
  'harm',
  /** A child's age said of someone else ("15 år", "a 15-year-old", "16 yaşında"): with a wedding or a cutting, a child at risk. */
  'minor',
  /**
   * A country or city abroad that people in these cases are taken to, named ("i Somalia", "в Грозном", "Sudan'a"):
   * with a cutting and a particular girl or a time, the trip itself even when no travel verb is said.
   */
  'abroad',
  /**
   * Signs of a harm found on a particular person by the writer ("fant tegn på", "found signs", "виявила ознаки"): an
   * examination that found a cutting is a case, even though "signs of" alone reads as a general question.
   */
  'signsFound',
  /** Where someone comes from, said with the country ("fra Eritrea", "из Сомали", "Sudan'dan"): not a trip there. */
  'origin',
  /** A particular person the writer speaks of ("ei jente", "hun", "a 15-year-old", "my niece", "the client"). */
  'someone',
  /**
   * "Not urgent" said ("når det ikke haster akkurat nå", "acil olmayan hattı", "не срочно"): a time word right beside
   * it ("akkurat nå", "right now") is not a "soon" (see NOT_URGENT_REACH). Never a concept a rule needs; every concern
   * rule has it in its "unless" (the asker judged the case not acute), no danger rule does.
   */
  'notUrgent',
  /**
   * A service's name with a person's word in it ("child welfare", "çocuk koruma", "حماية الطفل", "xannaanada
   * carruurta"), or a harm's ("kadın sünneti", "çocuk evliliği", "زواج القاصرات"): its words name the service or the
   * harm, not a person at risk, so no 'someone' is read there (a duty question from child welfare is no case). So with a
   * school or a body named with a person's word ("ungdomsskole", "elevrådet", "pasientombudet"): where the writer
   * works, not a pupil or a patient at risk ("kven kan eg ringje om kjønnslemlesting? er helsesjukepleiar på ein
   * ungdomsskule" asks for advice, no '112 if acute' line).
   */
  'serviceName',
  /**
   * The writer cannot talk safely at home: someone there would hear them ("I can't talk at home", "أخاف أن يسمعني أحد
   * في البيت"): a home that is not safe to speak in, danger now.
   */
  'cannotTalkHome',
  /** The emergency number asked for ("nødnummeret til politiet", "رقم الطوارئ"): the emergency numbers answer it. */
  'emergencyNumber',
  /**
   * "Can no longer" said of finding or reaching a thing ("больше не могу найти номер", "nie mogę już znaleźć
   * formularza"): in these words no despair starts (see MASKED).
   */
  'cannotFind',
  /**
   * The message asks about a case put as a supposition ("hvis en elev forteller…", "if we suspect…", "اگر شک کنم",
   * "если узнаём"): in a duty question, what the duty is, with no one at risk now (src/understanding/danger-reader.ts).
   */
  'hypothetical',
  /**
   * An adult leaving the family's home or her marriage: moving out, living on her own, a divorce ("flyttar ut",
   * "if she moves out", "съедет", "evden taşınırsa"). Alone an everyday step; with a threat or a harm promised for it,
   * a person threatened now (the condition is the threat, not a supposition).
   */
  'leaveHome',
  /**
   * A life of one's own the family may punish: a boyfriend or girlfriend, a relationship, a way of life ("har fått
   * kjæreste", "now that she has a boyfriend", "erkek arkadaşı var"). Alone an everyday matter; with a fear of what the
   * family will do, a person threatened now (fear-reaction-own-life).
   */
  'ownLife',
  /**
   * Sent or taken abroad to be corrected: "to calm down", "to come to her senses", "for å roe seg ned", "to learn
   * obedience". With a trip or a country named, an involuntary stay abroad planned (re-education-trip).
   */
  'reEducation',
  /**
   * A child to travel with a relative and without the parents ("reise åleine med onkelen", "travel alone with her
   * uncle"): with a time near or a country, and tears or a plea for secrecy, a removal abroad told without a danger word.
   */
  'travelAlone',
  /**
   * A person's distress or plea for secrecy told by the one she confided in ("ho gret", "she cried", "ba meg ikke si
   * det til noen", "asked me not to tell anyone"): with a child's journey alone with a relative, danger.
   */
  'distress',
  /**
   * The writer's own family pushing the writer to marry ("familien vil at jeg skal gifte meg", "they want me to marry
   * a man I don't know", "inaan guursado"): marriage pressure on the writer, adult or minor (own-marriage-pressure).
   */
  'pressedToMarry',
  /**
   * A marriage pushed on a person told as going on or coming, in the passive, progressive or future forms of forcing or
   * marrying off ("blir tvunget til å gifte seg", "ho vert gift bort", "er lova bort", "is being married off", "will
   * marry me off", "lay khasbayaa", "evlendiriliyor", "выдают замуж", "wydają za mąż"): the writer's own or someone
   * else's, said plainly (issue #13, plain33: the marriage-pushed-now rule). Not a statistic, a law question, a film.
   */
  'pushedNow',
  /**
   * A death foretold on a condition, in words a clinician's prognosis shares with a threat ("she won't live if",
   * "не выживет, если", "ستموت إذا", "زنده نمی‌ماند"): read as 'killing' (the threat) unless a clinician, a treatment
   * or an illness is named ('prognosis') and no honour, marriage or threat condition beside it (issue #13, calm35).
   */
  'deathForetold',
  /**
   * The writer says the question is asked only in general, with no case at hand ("berre generelt", "just in general",
   * "pytam ogólnie", "سؤال عام", "genel olarak soruyorum"): a hedge, unlike the other words of 'general' (a definition,
   * the law, a lesson), that keeps the second opinion's 112 line off a calm question (issue #13, calm35).
   */
  'askedGenerally',
  /**
   * The writer asks whether what they describe is negative social control ("er dette negativ sosial kontroll?",
   * "czy to negatywna kontrola społeczna?", "ma tahay xakameyn bulsheed?"): a teacher naming an everyday control (a
   * brother who follows a pupil and checks her phone) to learn what it is and what her duty is. It keeps the
   * 'waited-for' rule alone (following, waiting outside) from taking such a question for a danger now (issue #13).
   */
  'asksIfControl',
  /**
   * The writer asks whether what they tell is normal or counts ("is that normal?", "is that it?", "teller det?", "czy
   * to normalne?", "bu normal mi?"): a question about what counts, asked by a young person of their own everyday
   * control or by an adult of a case. It tells of no event itself; beside everyday control only it keeps the second
   * opinion's 112 line off and gives a young writer the lines (issue #13, left37).
   */
  'asksIfItCounts',
  /**
   * The writer asks what the law or the rules say, or whether they are obliged ("what does the law say about…", "hva
   * sier loven", "что говорит закон", "kanun ne diyor"): a question about the law, no event told (issue #13, left37).
   */
  'asksTheLaw',
  /**
   * A plea for help said under the breath by a person whom someone else keeps close ("she whispered 'help'", "тихо
   * сказала «допоможіть»", "hvisket hjelp"): a cry for help now, told by the one who heard it (issue #13, safety36b).
   * Only whispered or quiet forms: a writer's own "help me" is a request, not this.
   */
  'plea',
  /**
   * A religious school or class sought for a child here: a Quran school, a mosque's or a church's Sunday classes asked
   * to be recommended or found ("can you recommend a Quran school for my son", "anbefale ein god koranskule", "kuran
   * kursu önerir misiniz"): an errand out of our field (scope rules.json), not a long stay abroad; a country abroad
   * named keeps the long stay (long-stay-*-abroad in rules.json). Issue #13 (lang35).
   */
  'schoolSought',
  /**
   * A clinician, a treatment or an illness named ("the doctor", "dialysis", "operasjonen", "лікар", "ameliyat",
   * "الطبيب", "qalliin"): a death foretold beside it is a medical prognosis, not a person's threat ('deathForetold').
   */
  'prognosis',
  /**
   * Harm promised to a particular person ("he will hurt her", "gjere noko med henne", "zrobi jej krzywdę", "بلایی سرش
   * می‌آورد"): a threat said without the word "threaten".
   */
  'harmWill',
  /**
   * A harm the writer says is absent ("no violence", "ingen vold", "насильства немає", "ዓመጽ የለን"): its words name no
   * harm (see MASKED), so an adult under control "with no violence" is not read as a case of violence.
   */
  'harmDenied',
  /**
   * A harm denied only as the least of it ("slo henne ikke bare …", "didn't just hit her", "hit her not only once"):
   * more was done, so its words start no 'harmDenied' (see MASKED) and the plain danger words read the harm as told.
   */
  'notOnly',
  /**
   * The writer says no one is in danger now ("she is not in danger", "ho er ikkje i fare", "сейчас в безопасности",
   * "is safe at the shelter now"): a worry, not an emergency, unless the message also gives a time, a killing, an
   * injury or someone coming (src/understanding/danger-reader.ts `saidSafe`). Its words name no harm (see MASKED).
   */
  'safeNow',
  /**
   * A cutting a woman went through long ago, said of her ("a mother who has been cut", "kjønnslemlestet mor",
   * "sünnetli bir anne", "у мами обрізання", "was cut as a child"): her own past, no one named at risk now, so its
   * words start no cutting or harm (see MASKED); a cutting planned for her daughter is read in its own words.
   */
  'pastCutting',
  /**
   * A boy's circumcision ("sønnen skal omskjæres", "oğlum sünnet olacak", "sünnet düğünü", "обрезание сына", "male
   * circumcision"): no female genital mutilation, so its words start no cutting or harm (see MASKED). A girl's cutting
   * said beside it is read in its own words ("… and they will cut his sister too").
   */
  'boyCircumcision',
  /**
   * The same done again to another ("må gjennom det samme", "must go through the same", "przejść to samo"): beside a
   * woman's own cutting long past (pastCutting), her daughter's cutting to come, whoever tells it.
   */
  'sameDone',
  /**
   * A harm named before, then said to be done to a particular person by a pronoun or "the same" ("she will do it to
   * her", "wants the same for me", "skal gjøre det samme med meg", "зробить це з нею"): alone an everyday "do it", so it
   * is read only beside a harm named (even as a topic: "in some countries they cut girls") and a time or a journey
   * (the rules done-too-*, issue #13, topic33).
   */
  'doneToo',
  /**
   * A harm told in a general verb, as a topic ("they cut girls", "sender de barn hjem", "obrzezają dziewczynki"): no
   * case alone, read only beside 'doneToo' (the rules done-too-*).
   */
  'harmNamed',
  /**
   * A help asked ahead for a trouble that may never come ("if there's ever a problem with", "just in case", "hvis det
   * noen gang blir", "gdyby kiedyś", "если когда-нибудь"): beside a trip or a wedding the writer says is wanted, a harm
   * named in its clause is what the help is for, not the writer's case (see namedTopics; issue #13, topic33).
   */
  'ifEver',
  /**
   * A younger sister or younger siblings ("lillesøster", "młodszą siostrę", "младшая сестра"): beside a girl's cutting
   * (cutting-younger-sister), the sister who may be next, at risk now even when the girl's own cutting is long past.
   */
  'youngerSister',
  /**
   * "Done like all the girls" ("she will be done like the other girls", "gjort som alle jentene", "sida gabdhaha kale"):
   * the euphemism for a cutting; alone an everyday "done" (her hair, her exams), so it is read only with a trip, a
   * country abroad or a season (the rules done-like-others-*).
   */
  'doneLikeOthers',
  /**
   * "To be finished there", "made complete" ("gjøres ferdig der", "get her finished over there"): a family's euphemism
   * for a girl's cutting on a journey; alone an everyday "finished" (a house, a course), so it is read only with a
   * trip and the child it is said of (the rules finished-there-*).
   */
  'finishedThere',
  /**
   * "Take care of him", "deal with him" said by relatives ("onklene skal 'ta seg av ham'", "zajmą się nim",
   * "разберутся с ним"): everyday speech for babysitting or looking after someone, and the family's word for a
   * punishment; it is read only with relatives and the fear of the person telling it (the rule vague-dealt-kin-scared).
   */
  'vagueDealt',
  /**
   * Not allowed to take a phone along ("hun får ikke ta med telefonen", "she can't bring her phone", "nie może zabrać
   * telefonu"): alone a school rule or a camp's, so it is read only with relatives and a journey or a country abroad
   * (the rules no-phone-along-*): a person cut off from help on the way out.
   */
  'noPhoneAlong',
  /**
   * People of a kind, in general and in the plural ("young people", "residents", "barn og unge", "молодёжь",
   * "gençlere"): who a helpline or a chat is for, not a particular person at risk, so its words start no 'someone' or
   * 'minor' (see MASKED): "which line can young people call about honour violence?" is a contact question, no case.
   */
  'people',
  /**
   * A friend of the writer named ("my friend", "venninna mi", "صاحبتي", "دوستم", "ዓርከይቲ"): a particular person, read
   * where a supposition needs one to be a case ("my friend won't be let back unless she marries": the kept-abroad rules).
   */
  'friend',
  /**
   * The writer's own husband or wife named ("mannen min", "my husband", "زوجي", "شوهرم", "мій чоловік"): a parent
   * telling what her husband thinks speaks of a marriage long made, not one arranged for her child, so its words start
   * no wedding (see MASKED); a young writer with a husband is a child married (the concern rule own-spouse-young). A
   * client's husband ("her husband") still reads as a marriage: the rules for an adult in a marriage she did not choose
   * need it.
   */
  'ownSpouse',
  /**
   * A person said to be someone's wife or husband, or married ("er kona hans", "she is his wife", "married to a man of
   * 35", "متزوجة", "زن اوست", "замужем", "evli"): with a child's age, a child married (the concern rule
   * minor-said-spouse), a case for child welfare since no one under 18 can marry in Norway.
   */
  'saidSpouse',
  /**
   * Again, a second time ("igjen", "again", "مرة أخرى"): with a stay abroad that happened before and a new trip, the
   * risk is a repeat of an involuntary stay abroad.
   */
  'repeat',
  /**
   * People on their way to where the person is ("er på vei hit", "on their way here", "در راه هستند"): with a threat or
   * a harm, the danger is coming now.
   */
  'comingFor',
  /**
   * A relative who has come, or is here, to fetch or take a person ("onkelen har kommet fra Irak for å hente henne",
   * "her brother came for her", "is here to collect her", "приехал за ней"): arrived already, unlike 'comingFor'. With
   * a relative or a country abroad, a removal at hand (rules relative-came-to-fetch-*, issue #13, s41safe). Not a
   * pickup at school or kindergarten ('pickupPlace'), a guest at a celebration or a case told as over.
   */
  'cameToFetch',
  /**
   * Where a child is picked up every day ("på skolen", "from school", "из садика", "okuldan"): a parent fetching a child
   * there is no removal ('cameToFetch').
   */
  'pickupPlace',
  /**
   * A person to be taken to a place unsaid or unknown to her ("et sted hun ikke vet om", "somewhere she doesn't know",
   * "meel aysan aqoon", "неизвестно куда", "take her away"): with someone coming for her, or a relative and a time soon,
   * a removal told without a harm word (issue #13, safety37s).
   */
  'unknownPlace',
  /**
   * Others taking or sending the writer abroad ("they will take me to Pakistan", "de skal sende meg til Somalia",
   * "меня увезут", "beni götürecekler"): the writer's own removal, feared or planned; with a country abroad it is
   * danger, even put as "if" (a young person's "what if they take me there?" is the fear itself).
   */
  'takenSelf',
  /**
   * A particular person taken or sent away by others ("she was taken to Pakistan", "они увезли её", "wywieźli ją",
   * "götürüldü"): with a country abroad, someone removed already or being removed — an involuntary stay abroad (the
   * writer's own removal is takenSelf). Alone it is no danger ("the report was sent to child welfare").
   */
  'takenAway',
  /**
   * Taken or sent "there", to the place the conversation named ("what if she has already been taken there?", "а если
   * её уже увезли туда?"): with a particular person, the removal is told (rule taken-there-someone).
   */
  'takenThere',
  /**
   * A person to be sent "home" by others, the country left unnamed ("mor skal sendast heim", "he is sending her back
   * home", "відправить її додому"): with a particular person, a removal decided over her head (rule sent-home-someone).
   */
  'sentHome',
  /**
   * "Home" from school, work or the kindergarten, or sick ("sent home sick", "hjem med feber"): the everyday sense of
   * being sent home, which keeps sentHome and sentAwayIf from reading as a removal.
   */
  'homeFrom',
  /**
   * Going to a wedding as a guest ("vi skal i bryllup til kusina mi", "we're going to my cousin's wedding"): the family's
   * outing, not a person married off (keeps wedding-season-someone calm).
   */
  'weddingGuest',
  /**
   * A holiday abroad with the way back told ("they come home in August", "back before school starts"): the family's
   * summer, not a removal; keeps the trip-in-a-season concerns calm (trip-season-role, trip-season-minor). A visit to
   * relatives alone is no such sign (something may be done to a girl there). Danger rules do not yield to it: a passport
   * taken or a wedding planned there still reads as told.
   */
  'familyVisit',
  /**
   * A person who wants to come back or home ("wants to come home", "واپس آنا چاہتی", "میخواهد برگردد"): with a sign she is
   * kept abroad, or said of a child abroad by someone outside her family, she is held (rules wants-back-*); alone it is a
   * holiday cut short.
   */
  'wantsBack',
  /**
   * A person away from school or home since a holiday or for weeks ("har vore borte sidan jul", "2 aydır okula
   * gelmiyor", "hasn't been at school since the summer"): with a place abroad or a stay there for a person, a stay that
   * may not be her own choice (rules away-since-*); alone it is an absence (illness, a move).
   */
  'awaySince',
  /**
   * A fate abroad told in veiled words: what happens to a person is decided there, a celebration waits there, a wedding
   * whose it is is kept from her ("там вирішить", "а чью не говорят", "snakket med en familie der"): with a trip or a
   * place abroad and a person, a marriage or a 'correction' ahead (rules fate-abroad-*); alone it says nothing.
   */
  'fateAbroad',
  /**
   * A removal told as done already ("she has already been taken to…", "её уже увезли", "już ją wywieźli", "allerede
   * sendt"): with a particular person, danger even inside "what if" — the "already" tells what happened.
   */
  'alreadyTaken',
  /**
   * A person never left alone with staff, kept from speaking to them alone ("svigermor lar henne ikke snakke med meg
   * alene", "relatives stand in the ward and won't let her talk to me alone", "не оставляет её одну"): a sign of control
   * a health or front-line service meets; with a particular person, a case (the "112 if acute" line with the advice).
   */
  'guarded',
  /**
   * A line or service one calls, writes to or asks for, by a word for it or by its name ("telefonen", "hjelpetelefon*",
   * "helpline", "the number for", "Røde Kors", "VO-linjen", "ہیلپ لائن", "горячая линия", "yardım hattı"): beside a
   * harm named as a topic (serviceTopic) it names a service by what it is about (see NAMED_TOPIC_REACH).
   */
  'helpline',
  /**
   * A harm or a field named as what a service is about ("tvangsekteskap", "vold i nære relasjoner", "negative social
   * control", "العنف في العلاقات القريبة", "насилия в близких отношениях"): right beside a helpline it names the
   * service ("Røde Kors-telefonen om tvangsekteskap", "the helpline on violence in close relationships"), not the
   * writer's own danger, so its words start no harm there (see SERVICE_TOPIC_MASKS); elsewhere it is read as ever.
   */
  'serviceTopic',
  /**
   * A word that joins a service to what it is about ("om", "on", "about", "по вопросам", "w sprawie", "بشأن",
   * "کے بارے میں", "ብዛዕባ"): a topic a few words from a helpline names it only with one of these between them.
   */
  'aboutWord',
  /**
   * Information asked to be sent to the writer ("send me the number", "kan du sende meg lenken", "send meg info"): a
   * message, not a person sent abroad, so its words start no trip (see MASKED).
   */
  'infoSent',
  /**
   * A trip inside Norway ("my trip to Oslo next week", "tjenestereise til Bergen", "командировка в Осло"): a work
   * journey or a visit in the country, not a person taken abroad, so its words start no trip (see MASKED). A journey
   * abroad told beside it is read in its own words.
   */
  'tripInNorway',
  /**
   * The airport in an everyday errand: someone met or picked up from the airport, a job there, when to be there for
   * one's own flight ("встречаю дядю в аэропорту", "havalimanından alacağım", "pracuję na lotnisku"): no person taken
   * abroad, so its words start no trip (see MASKED). A relative on the way to take a child *to* the airport is still
   * the trip (rule coming-to-take, rules36).
   */
  'airportErrand',
  /**
   * A person's own wedding said in everyday words that also tell of a calm family wedding ("getting married", "is
   * getting married"): alone, or with a sister and a summer, nothing ("my sister is getting married in Pakistan next
   * summer and we are all invited"); with a child's age and a country abroad or a trip, a child's marriage planned there.
   */
  'marrying',
  /**
   * A person's sexual orientation or gender identity named ("skeiv", "homofil", "trans", "LHBT", "gay", "мій син гей",
   * "eşcinsel", "دگرباش"): no rule needs it; the case's topic is the article on LGBTQ+ young people
   * (src/conversation/reading-rules.ts), beside the contact plan for the case.
   */
  'queer',
  /**
   * The day the asker was told, said of the telling ("i dag fortalte hun", "she told me today", "сьогодні вона
   * розповіла", "ሎሚ ... ነጊራትኒ"): when a professional learned of the case, not when anything happens to the person, so
   * its words start no 'soon' (see MASKED). A time given for the harm itself ("…that they leave tomorrow") still is one.
   */
  'toldToday',
  /**
   * A birth to come ("venter jente om noen uker", "is due in three weeks", "рожать через месяц"): the time a pregnancy
   * gives is the baby's birth, not a journey or a cutting at hand, so a mother's own cutting long past told with it is
   * no danger soon (the rule past-cutting-soon); a trip, a cutting planned or the same to be done still are.
   */
  'birthDue',
  /**
   * The writer still thinks of, or remembers, a time past ("I still think about that time", "jeg tenker fortsatt på
   * det", "до сих пор думаю о том времени"): the writer's memory, not a harm that goes on, so its "still" starts no
   * 'ongoing' (see MASKED) and a case told as over stays over (issue #13, calm26).
   */
  'stillThinking',
  /**
   * Sent to a place as the price of what the person does ("sender henne til … hvis hun ikke slutter", "send me to …
   * if I keep seeing him"): alone a summer camp or a grandmother's ("we send her to grandma if she is ill"); with a
   * country abroad a threat to send her there (the danger rule sent-to-if-abroad).
   */
  'sentToIf',
  /**
   * A question asked only to know ("just to know", "bare for å vite", "просто чтобы знать", "ንፈለጥ ጥራይ"): asking the
   * emergency number so is information (the rule emergency-number-asked), not a call for help. Unlike 'notUrgent' it
   * calms nothing else: harm told beside it ("just to know, he is hitting her now") is read as it is.
   */
  'justToKnow',
  /**
   * A marriage the person chose herself ("hun valgte ham selv", "she chose him herself", "сама выбрала жениха",
   * "sama wybrała", "خودش انتخاب کرده"): a family wedding to go to, not one arranged for her, so the concern rules of a
   * wedding on a trip or this season do not fire; harm, a threat, papers taken or "against her will" keep their own rules.
   */
  'ownChoice',
  /**
   * A passport or papers lost, stolen on the way or run out, as a mishap abroad ("if I lose my passport there", "mister
   * passet", "پاسپورتم گم شود", "zgubię paszport"): what a traveller asks about ahead, not papers the family keeps
   * ('confiscated'). Alone with a journey, a wedding the person chose or one the writer goes to, it leaves a young
   * writer's question calm (src/understanding/understand.ts); anything of a case beside it keeps its own reading.
   */
  'lostPapers',
  /**
   * A proof of virginity asked for: a certificate, a test or a hymen examination ("jomfruattest", "virginity
   * certificate", "справка о девственности", "bekaret raporu", "شهادة عذرية"): alone the topic (a doctor asking what the
   * rules are); with "or else", a threat or a fear of the family it is honour-related violence threatened now.
   */
  'virginityProof',
  /**
   * A meeting with a man the family chose, or one the person does not know ("treffe ein mann foreldra har valt", "to meet a
   * man my parents chose", "познакомиться с мужчиной, которого выбрали родители"): on a journey abroad, a marriage or an
   * involuntary stay told without the word. Not a man she chose herself (ownChoice).
   */
  'arrangedMeeting',
  /**
   * A person afraid of being sent or taken abroad ("redd for å bli send til Syria", "scared of being sent", "боится, что
   * её увезут"): the journey feared. With a coming season, a near date or a child's age, danger; alone nothing (a
   * resident afraid of being sent back some day is no case at hand).
   */
  'scaredOfTrip',
  /**
   * Which embassy or envoy covers a country, asked ("hvilken ambassade dekker", "who covers Iran", "какое посольство",
   * "hangi büyükelçilik"): a question about the service; alone it says nothing of a person (see 'coverageSupposed').
   */
  'coverageAsked',
  /**
   * Derived, never a cue word: the coverage asked about a person held abroad only as a supposition ("which embassy
   * covers Somalia if a pupil is held there?", the "if" before the holding), with no relative, friend, the writer's own age or removal, no removal
   * told as done and no time or season given: who covers the country, not a person held now, so the rules of a
   * particular person kept abroad do not fire ("my pupil is held in Iran, who covers it?" still does).
   */
  'coverageSupposed',
  /**
   * Derived, never a cue word (issue #13, calm40): a person held or kept abroad only supposed, in a question that tells
   * of nothing else (SUPPOSED_HELD_ONLY) by a professional about the people they serve ('adultRole': a pupil, a patient):
   * "who do I ring after hours if a patient is kept abroad?". The "if" comes before
   * the person, the journey and the holding; no relative, friend, age, time, season, removal, threat or fear is told.
   * The rules of a particular person not let back (not-back-from-abroad-someone, not-back-feared) yield to it, as they
   * do to 'coverageSupposed'; a case told before the "if" ("a pupil went to Somalia; what if she is not back?") is not
   * supposed.
   */
  'heldSupposed',
  /**
   * Derived, never a cue word: which post covers a country asked in one sentence for a person held there, with nothing
   * of a case but the person ("which embassy helps a Norwegian girl held in Turkey?"): no relative, friend, age, time,
   * threat, wedding or removal told. The question keeps its emergency numbers (the person may be real, and no "if"
   * supposes her), but a follow-up that only moves it to another country ("and Iraq?") asks which post covers that one
   * (src/bot/veiviser-bot.ts).
   */
  'coverageOfPerson',
  /**
   * Calm said of the present ("she is fine now", "everything is calm now", "they are divorced", "сейчас всё спокойно"):
   * alone nothing; beside a harm told long ago it marks the case as over (caseOver).
   */
  'calmNow',
  /**
   * The harm goes on or has come back ("again", "still", "he came back", "found her address", "до сих пор",
   * "wrócił"): a story begun long ago that is not over, so no caseOver is read.
   */
  'ongoing',
  /**
   * The person is back in Norway or at home after a stay abroad ("kom hjem i fjor", "came back to Norway", "واپس آ
   * گئی"): a stay told before it as over, so being kept, taken or not let back said before it goes on no more (caseOver).
   */
  'returned',
  /**
   * An embassy or a special envoy named ("Spesialutsending.", "the embassy", "ambassaden"): with withUs, a country and a
   * particular person, the post tells of someone who has sought its help abroad (with-envoy-abroad).
   */
  'withEnvoy',
  /**
   * A plan, strategy or white paper of the government named ("handlingsplanen", "the action plan", "стратегия",
   * "eylem planı"): like an embassy asked about, the harm it is against is what the paper is about ("the action plan
   * against forced marriage", "opptrappingsplanen mot vold"), not the writer's case (namedTopics; issue #13, hb33c).
   */
  'policyPaper',
  /**
   * A particular person with the writer now ("er nå hos oss", "is with us now"): with an embassy or envoy and a country,
   * she has sought the post's help against an involuntary stay, so her return and its follow-up are a case at hand, not
   * a question about the envoys' work.
   */
  'withUs',
  /**
   * Derived, never a cue word: a harm told as long past and over, the person calm or safe now ("he threatened her five
   * years ago; they are divorced and she is fine now"): a time long past, calm or safety said of now, and nothing
   * recent, coming, going on or feared now (CASE_GOES_ON). The threat rules without 'general' in their "unless"
   * (threatened-client, leave-home-*) have it there, and the writer's calm outweighs the harm's words (danger-reader.ts).
   */
  'caseOver',
  /**
   * Derived, never a cue word: a fear of the family's or a partner's reaction with its condition after it ("scared of
   * what her family will do if they find out", "redd for kva dei gjer om dei får vite det"): the "if" is what she fears
   * now, so it is no supposition ('hypothetical' is dropped); said of a particular person or of the writer's own family,
   * danger.
   */
  'fearIf',
  /**
   * Someone in the family knows where the person lives or has found her address ("han vet hvor hun bor", "he knows her
   * address", "він знає її адресу"): alone an everyday fact; with honour, a threat or a removal said of her, a person who
   * can be reached and harmed now (rules knows-where-*).
   */
  'knowsWhere',
  /**
   * Others arranging, planning or deciding something of a particular person's life ("they are planning her marriage",
   * "the family will decide who she lives with", "her future husband", "вирішать за неї", "kiminle evleneceğine"),
   * said without a harm's word: with a journey, a country abroad, a time and a child, or fear, secrecy, a threat or
   * control, danger (rules decided-for-*). Alone, or with a wanted wedding, nothing.
   */
  'decidedFor',
  /**
   * Something settled for a person in veiled words ("the arrangements", "it is all settled", "everything is coordinated
   * with my father", "alt er avtalt", "همه چیز رو هماهنگ کرده"): weaker than decidedFor, so only with a marriage, or
   * with a journey abroad and a sign of danger (fear, secrecy, tears, a threat, control), danger (rules settled-for-*).
   */
  'settledFor',
  /**
   * A marriage told as at hand: planned, arranged, set for a date or a season, "is going to be married off", "they are
   * about to", "skal tvangsgiftes" ("planują jej ślub", "збираються видати заміж"). Read only by the danger reader: a
   * duty question that supposes a marriage of a named person keeps the "112 if acute" line when the marriage is told
   * as at hand, not when it is only supposed ("what must we do if a pupil fears a forced marriage?"; issue #13, calm42a).
   */
  'marriageAtHand',
  /**
   * A person cut off from the outside ("she is not allowed to call", "they took everything", "får ikke ringe",
   * "не дают звонить"): with a stay or a country abroad, a person kept there (rules cut-off-*).
   */
  'cutOff',
  /**
   * Relatives who say they will find, seek out or track down a person ("they will find him", "skal finne henne",
   * "найдут её", "onu bulacaklar"): with a person who left home, a life of her own, being gay, or a fear of them,
   * a person hunted (rules hunted-*); alone, nothing ("we will find her a flat" has no such company).
   */
  'hunted',
  /**
   * A person who fled or is hiding from the family: ran off, in hiding, at a secret address, at a shelter or a
   * crisis centre, hiding at a friend's ("gjemmer seg", "lives at a secret address", "saklanıyor", "ховається").
   * With searchedFor or hunted: a person fled and hunted (rules fled-*, issue #13 flee34); alone, nothing (a shelter's
   * services asked about, a weekend at a friend's).
   */
  'inHiding',
  /**
   * Family or relatives searching for, asking around for, tracking or knowing where a particular person is ("faren
   * leter etter henne", "they know which town she is in", "her brothers are asking around", "onu arıyorlar"): with
   * inHiding, a hunt (rules fled-*); alone, nothing (a lost cat, a passport, the police looking for a suspect).
   */
  'searchedFor',
  /**
   * A pet that ran off or went missing ("katten vår har stukket av", "our dog ran away", "قطتنا هربت", "наша кошка
   * убежала"): the animal is what ran away, so no person ran away (unless of ran-away, hunted-ran-away,
   * ran-away-searched; issue #13 flee34, a calm twin of the hunt).
   */
  'petGone',
  /**
   * A warning said to a person's face that he does not belong or had better watch out ("watch your back", "du hører
   * ikke hjemme her", "حواست باشه"): said to a gay person by those around him, a threat (rule warned-queer); alone
   * everyday care ("watch yourself on the ice"), nothing.
   */
  'warnedOff',
  /**
   * "If" that asks whether ("she asks if she can call someone herself", "I don't know if it is only talk", "سألت اذا"):
   * a question the person or the writer has, no supposition, so its words start no 'hypothetical' (see MASKED).
   */
  'askedWhether',
  /**
   * A girl's cutting told by euphemism ("the ceremony", "our custom", "a party for big girls", "come back clean", "bli
   * ren", "ልምድና", "dhaqankeena", "обряд"): alone everyday words, so read only with a particular girl and a trip, a
   * country, a coming season, an elder who decides, her sisters who had it, a pain promised or a fear (rules girls-rite-*).
   */
  'girlsRite',
  /**
   * A rite that is everyday: a graduation, a confirmation, a birthday, a wedding ceremony, a clean room, traditional food
   * ("konfirmasjon", "mezuniyet töreni", "حفل التخرج"): its words start no 'girlsRite' (see MASKED).
   */
  'everydayRite',
  /**
   * A milestone of school or study reached ("when she finishes school", "after her graduation", "når hun er ferdig med
   * videregående", "okulu bitirince"): an everyday time a family celebrates. Beside a party "when she grows up" it tells
   * of no rite euphemism: the second opinion is not asked when nothing but a rite word or a time is beside it (the
   * gate's `calmAsked`, issue #13, calm41); a cutting, a trip, an elder or a fear beside it lets the model weigh it.
   */
  'schoolFinished',
  /**
   * The woman or relative who decides or takes the girl ("her mother says", "tanta", "svigermor", "ኣደኣ", "ayeeydeed"):
   * with a rite euphemism and a child's age, the cutting is decided for her.
   */
  'riteElder',
  /**
   * Her (older) sisters who went through it before ("like her big sisters did", "syster hennar … den same festen",
   * "ablaları gibi"): with a rite euphemism, the cutting the family did to the girls before her.
   */
  'sisterBefore',
  /**
   * A pain promised small or an illness after ("she won't suffer much", "sjuk lenge etter", "ኣይክትሳቐን", "не будет
   * больно"): with a rite euphemism, a bodily harm done to a girl.
   */
  'riteHurt',
  /**
   * The unnamed thing done to girls ("what happens to girls", "det de gjør med jenter", "waxa gabdhaha lagu sameeyo"): a
   * child's veiled word for a cutting. Alone a general question ("what happens to girls who run away"), so read only
   * with a particular girl, a coming season and the elder or the journey it happens with (rules girls-thing-*).
   */
  'girlsThing',
  /**
   * "Not only for training" ("ikkje berre til undervisninga", "не только для обучения", "ንስልጠና ጥራይ ኣይኮነን"): the writer
   * turns from the teaching asked before to a case, so its words start no 'training' or 'general' (see MASKED).
   */
  'beyondTraining',
  /**
   * A workplace named as where someone works ("a job at a car workshop", "works in a repair workshop"): a job, not a
   * course or a training asked for, so its words start no 'training' or 'general' (see MASKED).
   */
  'jobPlace',
  /**
   * "You'll see what happens" said of a thing done in a kitchen, a lab or on a screen ("add the vinegar to the baking
   * soda and you'll see what happens", "hell eddik i glasset så får du se hva som skjer", "trykk på knappen så får du
   * se"): a result to watch, not a threat to a person, so its words start no 'threat' (see MASKED). The same words said
   * to a person of what they do ("meet him again and you'll see what happens") keep their threat (issue #13, calm36).
   */
  'tryAndSee',
  /**
   * A child bathed or washed "to make her clean" ("bestemor bader babyen for å gjøre henne ren", "she washes the baby
   * to make her clean"): care of the body, so its words start no cutting or rite euphemism (see MASKED). "Make her
   * clean" said of a woman who does it to girls, a trip or a season, without the bath, keeps its reading (calm36).
   */
  'bodyCare',
  /**
   * An everyday procedure named ("the dentist", "tannlegen", "the visa", "стоматолог", "vaksine"): a clinic's or an
   * office's procedure, so "she will have the procedure done" beside it is no cutting told by euphemism (the rule
   * girls-thing-trip-season-elder, issue #13 rules37). Tells nothing alone.
   */
  'everydayProcedure',
  /**
   * A wedding, an engagement or a journey the person wants and looks forward to, said so ("hun gleder seg", "she can't
   * wait", "both families are happy", "no pressure at all", "they met at university", "we have return tickets", "I see
   * no sign of anything wrong"): a family's happy plan, not one made over her head. It outweighs a wedding, a trip or a
   * season (danger-reader.ts `wantedCalm`); harm, a threat, fear, tears, papers taken, "against her will" or a child's
   * marriage beside it keep their own reading ("she says she wants it, but she cried").
   */
  'wanted',
  /**
   * How long the writer or the family has lived in Norway ("vi har bodd i Norge i 12 år", "we've been in Norway for 10
   * years", "Norway joognay 15 sano"): a time here, not a child's age, so its number starts no 'minor' or 'selfAge'
   * (see MASKED). A child's age said elsewhere in the message is read as before (issue #13, calm32).
   */
  'yearsHere',
  /**
   * A courtesy the writer adds about their own question ("I don't want to insult anyone", "jeg vil ikke overreagere",
   * "не хочу никого обидеть", "kimseyi kırmak istemem"): the writer's manners, not a person's will overridden, so its
   * "don't want" starts no 'againstWill' (see MASKED). A will overridden said elsewhere in the message is read as before
   * (issue #13, calm34).
   */
  'courtesy',
  /**
   * A relative said to be another person's ("её брат", "у ученицы отец", "Uczennica mówi, że brat…", "її брат"): in
   * Russian, Ukrainian and Polish a bare "брат", "отец", "brat" is read as the writer's own family (the possessive is
   * dropped there), but after "her", "у неё" or a pupil, a client, a girl named as the one who tells, it is hers, not
   * the writer's, so its words start no 'ownFamily' (see MASKED). A teacher's duty question about a pupil's brother
   * is no writer's own case (issue #13, safety40).
   */
  'theirKin',
  /**
   * A parent who says they agree to or support their child's own wish ("jeg har sagt ok til henne", "I want to say yes",
   * "انا موافقة", "I allowed her to go"): the child's plan (a school trip, a choice of her own) is not made over her head.
   * With no wedding and no time or season of a journey it is as calm as a wanted plan (danger-reader.ts `wantedCalm`);
   * a harm, a threat, fear or "against her will" beside it keep their reading (issue #13, calm28a).
   */
  'parentAgrees',
  /**
   * The writer says the question is about no one: asked out of curiosity, for a school project, or a case made up for
   * a training day ("not about anyone in particular", "just curious", "for a school project", "a made-up case", "no
   * real pupil behind it"): the topic, not a person at risk now (danger-reader.ts `notAboutAnyoneCalm`). A time at hand,
   * a harm being done or the writer's own removal beside it keep their reading.
   */
  'notAboutAnyone',
  /**
   * An injury named with a body part ("kutt i armen", "a cut on her arm", "kolunda kesik", "порез на руке"): an
   * everyday word alone (a match, a kitchen knife), so read only with a relative named (rule wound-by-kin). A girl's
   * genital cutting has its own words (cutting): no genital body part is listed here.
   */
  'wound',
  /** A relative ("broren", "her father", "ağabeyi", "брат"): with a wound, the family that did it (rule wound-by-kin). */
  'kin',
  /**
   * A person to be sent abroad by others ("skal sendes til", "will be sent to", "отправят в", "loo diri doonaa"): with
   * a child's age and a coming season, a removal planned (rule minor-sent-away-season).
   */
  'sentAbroad',
  /**
   * A daughter or son named by that relation ("my daughter", "sønnen vår", "kızım", "дочь", "gabadhayda"): a particular
   * family's child, where the languages that drop the possessive say it with the bare word. A coverage question that
   * names one ("which embassy helps if my daughter is kept in Iraq?") asks for a case, not for a kind of person
   * (COVERAGE_OF_A_CASE).
   */
  'childNamed',
  /**
   * A child's parent named as the one the story is about ("moren til en av våre 4-åringer", "a pupil's mother",
   * "мать одного из учеников"): with a harm told, violence or control against a parent with a child at home, which
   * front-line staff answer with child welfare, the crisis centre for the parent and Kompetanseteamet (reading-rules).
   */
  'childsParent',
  /**
   * A person who has locked herself (and others, a child) into a room of the home or is hiding there now ("har låst meg
   * og sønnen inne på soverommet", "we are hiding in the bathroom", "заперлась с детьми в спальне"): with someone on the
   * way, a threat, a harm willed, fear or a beating, danger now (rules hiding-in-room-*, issue #13 safety39a); alone,
   * nothing (a bathroom locked for privacy).
   */
  'lockedInRoom',
  /**
   * A person who has just got away and come to an embassy, a police station or a stranger's door ("walked into the
   * embassy this morning", "kom seg til politistasjonen i natt", "elçiliğe sığındı"): with being kept there a long
   * time, a passport taken or a stay against her will, a person kept abroad who has just fled, in danger now (rules
   * just-fled-*, issue #13 safety39a); alone, nothing (a passport errand at the embassy).
   */
  'justFled',
  /**
   * A person kept or held somewhere by others, not let go home ("they have held her there for a year", "holdt henne
   * der i to år", "не отпускали домой"): with justFled, a person kept abroad who has just got away (rules just-fled-*);
   * alone, nothing more than a stay abroad.
   */
  'heldThere',
  /**
   * Razor blades or a scalpel named ("barberblad", "razor blades", "jilet", "лезвия"): with wound salve or dressings
   * and a girl's age, a cutting about to be done, told without its word (rule blades-salve-*, issue #13 safety39a);
   * alone, nothing (a shaving kit).
   */
  'cuttingBlades',
  /**
   * Wound salve, ointment or dressings ("sårsalve", "wound ointment", "merhem", "мазь"): with razor blades (rule
   * blades-salve-*); alone, nothing (a first aid kit).
   */
  'woundSalve',
  /**
   * A veiled threat said of what comes after a condition ("så vet han hva som skjer", "then she'll see what happens",
   * "то она увидит, что будет"): everyday speech alone ("we'll see what happens in the final", "he always knows what
   * happens at the match"), so it is read only with someone who knows where the person lives, watches the home or is on
   * the way (rules veiled-threat-*; issue #13, safety39b).
   */
  'veiledThreat',
  /**
   * Someone driving past or circling the home, or watching the house ("har kjørt forbi huset", "drove past our house",
   * "проехал мимо нашего дома"): alone an errand or a lift; with a veiled threat, a threat carried to the door now.
   */
  'watchingHome',
  /**
   * A person sending the person back to her home country, said in the active voice ("sender han henne tilbake til
   * hjemlandet", "he will send her back to her country", "سيرسلها إلى بلدها"): a removal decided by a husband or a
   * relative, not a deportation asked about (a passive "can I be sent back?" is no sender). With the children taken from
   * her, a condition she must keep or control described, a threat of removal abroad (rules sends-back-*).
   */
  'sendsBack',
  /**
   * The children kept or taken from a parent ("tar barna", "keep the children", "without her children", "заберёт
   * детей"): with a person sending her back to her home country, the price of the threat (rule sends-back-children).
   */
  'childrenTaken',
  /**
   * Someone cannot or dares not be at home tonight, or has nowhere safe to sleep tonight ("jeg kan ikke være hjemme i
   * natt", "she can't stay home tonight", "nie mogę dziś nocować w domu", "bu gece evde kalamam"): a young person or a
   * young adult who must leave home now (rule not-home-tonight, issue #13 safety39c). An everyday reason said beside
   * it (everydayAway: a night shift, a sleepover) keeps it calm.
   */
  'notHomeTonight',
  /**
   * An everyday reason to be away from home ("nattevakt", "a night shift", "a sleepover", "nocowanie u koleżanki",
   * "gece vardiyası"): the writer is away for work, a trip or a friend's, not fleeing (the calm twin of
   * not-home-tonight; the second opinion is not asked beside a time word only, second-opinion-gate.json calmAsked).
   */
  'everydayAway',
  /**
   * A relative's visit or a holiday spent with relatives ("bestemor har kommet på besøk", "came to visit us", "приехала в
   * гости", "bizi ziyarete geldi", "جاءت لزيارتنا"): an everyday reason for a relative's stay or a trip. Beside a
   * country, a season, a time or a trip only, it tells of no harm, threat, control or plan: the second opinion is not
   * asked (second-opinion-gate.json calmAsked, issue #13, safety42). A relative coming to take someone, a cutting, a
   * marriage, a fear or any other gate concept beside it lets the model weigh the turn as before.
   */
  'relativesVisit',
  /**
   * A family disowning or casting out a person ("nie jest już jego córką", "she is no longer his daughter", "они от
   * неё отреклись", "evlatlıktan reddetti"): with the family's honour and a refused match, a person at risk of honour
   * violence (rule disowned-honour-refused).
   */
  'disowned',
  /**
   * A person who refused a match the family chose ("odrzuciła kandydata", "refused the man the family chose", "отказала
   * жениху", "görücü usulü teklifi reddetti"): with disowning and honour, the family's punishment begun.
   */
  'refusedMatch',
  /**
   * A person abroad who wants to come home or back now and is not let, not allowed or kept from travelling ("no vil ho
   * heim, men dei lèt henne ikkje reise", "she wants to come back but they won't let her travel"): held abroad told as a
   * permission refused (issue #13, safety41). The wish is said in the present, so a stay that began long ago ("sent to
   * her uncle a year ago") goes on: a time long past does not make it general. A trip or a festival refused, with no
   * home or return in it, is not this.
   */
  'refusedHome',
  /**
   * A stay abroad the family said would be short ("they said two weeks", "waxay yiraahdeen 3 bilood"), told by someone
   * still there: with a wish to come back, a phone or passport withheld or being taken there, the stay has outlasted
   * the promise and she is kept (issue #13, safety41). Alone, a holiday's planned length is no danger.
   */
  'saidShortStay',
  /**
   * A phone or passport the family will not give back ("they won't give me my phone back"): read only beside a stay
   * said to be short (short-stay-outlasted-withheld); alone, a teacher keeping a phone till the lesson ends is everyday.
   */
  'withheldBack',
] as const;
export type Concept = (typeof CONCEPTS)[number];

const conceptSchema = z.enum(CONCEPTS);

export const cueFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    /** Who checked these words: like locales/review-status.json. */
    review: wordReviewSchema,
    /**
     * Word classes the phrases refer to as `{name}` ("{fearNeg} ... {homeWord}"): each phrase stands for every
     * combination of its classes' members (phrase-classes.ts), expanded here, so a reader, a script or a test sees only
     * plain phrases. The file's review status is its class words' too.
     */
    classes: phraseClassesSchema.optional(),
    cues: z.partialRecord(conceptSchema, z.array(z.string().min(1)).min(1)),
    /**
     * Phrases of the cues (as listed, before their classes are expanded) read only in a message of the file's language:
     * false friends in another language of the script (src/language/own-language.ts). Only the plain cue concepts: a
     * concept also read in a list of its own (not urgent, safe now, the masks, the helpline, topic and about words) is
     * read everywhere.
     */
    ownLanguageOnly: ownLanguageOnlySchema.optional(),
  })
  .strict()
  .transform((file, ctx) => {
    try {
      const cues: Partial<Record<Concept, string[]>> = {};
      const own = new Set<string>();
      const marked = new Set(Object.keys(file.ownLanguageOnly?.phrases ?? {}));
      for (const [concept, phrases] of Object.entries(file.cues) as Array<[Concept, string[]]>) {
        cues[concept] = expandPhrases(phrases, file.classes, `situation/${file.lang}.json ${concept}`);
        for (const phrase of phrases) {
          if (!marked.has(phrase)) continue;
          if (LISTED_APART.has(concept)) throw new Error(`situation/${file.lang}.json: "${phrase}" is a ${concept} phrase, read in a list of its own: it cannot be read in its own language only`);
          marked.delete(phrase);
          for (const expanded of expandPhrases([phrase], file.classes, `situation/${file.lang}.json ${concept}`)) own.add(expanded);
        }
      }
      if (marked.size > 0) throw new Error(`situation/${file.lang}.json: ownLanguageOnly lists ${[...marked].map((p) => `"${p}"`).join(', ')}, not among its cues`);
      return { ...file, cues, ...(own.size > 0 ? { ownOnly: own as ReadonlySet<string> } : {}) };
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  });
export type CueFile = z.infer<typeof cueFileSchema>;

const ruleSchema = z
  .object({
    id: z.string().min(1),
    /** Why the rule is there, for the reviewer (the file's own comment holds the older rules' reasons). */
    $comment: z.string().optional(),
    /** Every concept must be present… */
    all: z.array(conceptSchema).min(1),
    /** …and none of these (a general question about signs, a statistics question, something long past). */
    unless: z.array(conceptSchema).default([]),
  })
  .strict();

export const situationRulesSchema = z
  .object({
    $comment: z.string().optional(),
    danger: z.array(ruleSchema).min(1),
    /**
     * A concrete case about a particular person at risk that is not (yet) an emergency: the answer comes first, with a
     * short "is someone in danger now? call 112" line on top of it.
     */
    concern: z.array(ruleSchema).min(1),
    youngWriter: z.array(ruleSchema).min(1),
    /**
     * A question that names a harm or a stay abroad as a case to be advised on, with no one said to be at risk now (a
     * professional asking who advises on forced marriage; "what if she gets stuck there?"): a question nothing else
     * read gets the advice for a case, as a concern does, but no "call 112 if acute" line on top.
     */
    readAsCase: z.array(ruleSchema).default([]),
  })
  .strict();
export type SituationRules = z.infer<typeof situationRulesSchema>;

/**
 * The folding both the cue phrases and the message go through: case, accents and the letters people replace when
 * their keyboard lacks them (ø → o, æ → ae, å/aa → a, Turkish ı → i, Polish ł → l), Arabic-script variants.
 */
export function fold(text: string): string {
  return foldedTexts.get(text, foldOnce);
}

function foldOnce(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    // The Ukrainian apostrophe as U+02BC ("обовʼязок") is a letter to the tokenizer: as ' it splits the word as the
    // keyboard apostrophe does, so a phrase written with either matches both.
    .replace(/\u02BC/g, "'")
    // Arabic-Indic and Persian digits ("۱۵ ساله", "١٥ سنة") as ASCII, so an age reads as one.
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents (å → a, ş → s, ó → o); Cyrillic й/ё fold to и/е on both sides
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/aa/g, 'a')
    .normalize('NFC');
}

export type { Part, PhraseCompiler } from './phrase-parts';

/** The parts of one folded, space-free word of a phrase. */
function wordParts(w: string): Part[] {
  if (w === '...') return [{ kind: 'gap' }];
  if (w === '#') return [{ kind: 'age' }];
  const starred = w.endsWith('*');
  const tokens = tokenize(starred ? w.slice(0, -1) : w);
  return tokens.map((t, i): Part => (starred && i === tokens.length - 1 ? { kind: 'prefix', prefix: t } : { kind: 'word', word: t }));
}

function checkParts(parts: Part[], phrase: string, label: string): Part[] {
  if (parts.length === 0 || parts[0]?.kind === 'gap' || parts[0]?.kind === 'age' && parts.length === 1) throw new Error(`cue phrase "${phrase}" (${label}) has no word to start from`);
  return parts;
}

/** A cue phrase (the syntax above) as the steps `matchesAt` follows; `label` names it in the error for a phrase with no word. */
export function compileParts(phrase: string, label: string): Part[] {
  return checkParts(
    fold(phrase)
      .split(/\s+/u)
      .filter((w) => w.length > 0)
      .flatMap(wordParts),
    phrase,
    label,
  );
}

/**
 * `compileParts` for the many phrases of one reader (40,000 cue and role phrases, built from a few thousand distinct
 * words): each distinct word is folded and split once, and each distinct part is one object that every phrase with it
 * shares. Folding works letter by letter within a word, so folding the words one by one gives the parts that folding
 * the whole phrase does (test/understanding/phrase-book.test.ts checks every phrase of the content).
 */
export function partsCompiler(): PhraseCompiler {
  const byWord = new Map<string, readonly Part[]>();
  const shared = new Map<string, Part>();
  const intern = (part: Part): Part => {
    const key = part.kind === 'word' ? `w${part.word}` : part.kind === 'prefix' ? `p${part.prefix}` : part.kind;
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, part);
    return part;
  };
  const partsOf = (raw: string): readonly Part[] => {
    let parts = byWord.get(raw);
    if (!parts) {
      parts = fold(raw)
        .split(/\s+/u)
        .filter((w) => w.length > 0)
        .flatMap(wordParts)
        .map(intern);
      byWord.set(raw, parts);
    }
    return parts;
  };
  return (phrase, label) => {
    // concat, not push: an array grown by push keeps room for 16 more parts, on every one of the phrases.
    let parts: Part[] = [];
    for (const raw of phrase.split(/\s+/u)) if (raw.length > 0) parts = parts.concat(partsOf(raw));
    return checkParts(parts, phrase, label);
  };
}

/** The plain words a compiled phrase starts with, up to its first word beginning, age or gap (see phrase-trie.ts). */
export function leadingWords(parts: readonly Part[]): string[] {
  const words: string[] = [];
  for (const part of parts) {
    if (part.kind !== 'word') break;
    words.push(part.word);
  }
  return words;
}

export interface Situation {
  /** Danger that the message describes (the rules that fired, for tests and the evaluation). */
  readonly danger: readonly string[];
  /** A concrete case about a person at risk (the rules that fired). */
  readonly concern: readonly string[];
  /** A case to be advised on, with no one at risk now (the rules that fired; see `readAsCase`). */
  readonly readAsCase: readonly string[];
  readonly youngWriter: boolean;
  readonly concepts: ReadonlySet<Concept>;
  /**
   * The words (indexes into the message's folded tokens, `tokenCount` of them) of harms named as a service's topic
   * ("Røde Kors-telefonen om tvangsekteskap"): the plain danger words do not read them either (danger-reader.ts).
   */
  readonly namedTopics: readonly number[];
  /**
   * The words (indexes into the same tokens) of harms the writer denies ("læreren slo henne ikke", "he didn't hit her"):
   * the plain danger words do not read them, while a harm told elsewhere in the message still is (danger-reader.ts).
   */
  readonly denied: readonly number[];
  /**
   * The words (indexes into the same tokens) of a woman's own cutting long past ("omskoren som barn i heimlandet"):
   * where and when it was done is no journey or time at hand, so the plain danger words do not read them either
   * (danger-reader.ts); a trip or a time told elsewhere in the message still is.
   */
  readonly pastTold: readonly number[];
  readonly tokenCount: number;
  /**
   * What the case is about: the concepts of every danger, concern and case rule that fired ("cutting" when a cutting,
   * said plainly or as "tahara", "be made clean", is part of the case described), none when no rule fired.
   */
  readonly about: ReadonlySet<Concept>;
}

export interface SituationReader {
  /**
   * `known`: concepts an earlier message of the conversation settled ("a girl of 15" said before "she is getting
   * married in Iraq this summer"): the rules fire as if the message had said them too, when it names a person.
   */
  read(text: string, known?: readonly Concept[], lng?: Lang): Situation;
}

/** How many words before and after a "not urgent" phrase its calm reaches ("når det ikke haster akkurat nå"). */
const NOT_URGENT_REACH = 3;

/**
 * The situation reader's lists of phrases: every cue phrase; the "not urgent" phrases once more, tried first; the
 * masking phrases once more (MASKED), tried first too.
 */
const CUES = 0;
const CALM = 1;
const MASK = 2;
/** The helpline words and the service topics once more (a service named by its topic: see namedTopics). */
const HELPLINE = 3;
const TOPIC = 4;
const ABOUT = 5;
/**
 * The cue phrases a file reads only in its own language (its `ownLanguageOnly`): a list per language, from OWN_CUES on
 * in the order of LANGUAGES, tried beside CUES when the message is in that language (bokmål and nynorsk read each
 * other's: own-language.ts), or when its language is not known.
 */
const OWN_CUES = 16;
function ownCues(lang: Lang): number {
  return OWN_CUES + LANGUAGES.indexOf(lang);
}
/**
 * How near a service topic must stand to a helpline word to name it: right beside it ("domestic violence helpline",
 * "خط کمک خشونت خانگی"), or up to three words after or before it with a word joining them ("telefonen om
 * tvangsekteskap", "линия по вопросам насилия", "جبری شادی کے بارے میں ریڈ کراس ہیلپ لائن"); a topic one word after a
 * named one ("… on forced marriage and honour-related violence") is named too.
 */
const NAMED_TOPIC_REACH = 3;
/** How far a topic may stand from an embassy or an envoy asked about, an about-word between them, in one clause. */
const ENVOY_TOPIC_REACH = 6;
/** What makes a death foretold beside a clinician's words a threat all the same: a marriage, honour or a threat named. */
const THREAT_CONDITIONS: readonly Concept[] = ['honour', 'wedding', 'marrying', 'marriedOff', 'pressedToMarry', 'threat', 'harmWill'];
/** How far a harm may stand after a help asked ahead ('ifEver') beside a wanted trip or wedding, in one sentence. */
const AHEAD_TOPIC_REACH = 5;
/** The message's words, as `tokenize` finds them, with where they stand. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
/** A mark that ends a clause, in the scripts we read. */
const CLAUSE_MARK = /[,.;:!?؟،؛።፣፤]/u;
/** What a service's topic words cannot start: the harm it is about, and the people its name has in it. */
const SERVICE_TOPIC_MASKS: ReadonlySet<Concept> = new Set<Concept>([
  'harm', 'wedding', 'marriedOff', 'againstWill', 'cutting', 'cuttingPlanned', 'control', 'honour', 'threat', 'beaten', 'killing', 'deathForetold', 'injury', 'fearReaction',
  'ownFamily', 'someone', 'minor',
]);
/**
 * Phrases whose words cannot start a phrase of some other concepts: a service's name is no person ("child" in "child
 * welfare", "çocuk" in "çocuk koruma"), "can no longer" before "find" or "reach" is no despair ("больше не могу
 * найти номер"), a harm denied is none ("no violence", "ingen trusler"), a cutting long past is no cutting at hand
 * ("a mother who has been cut"), the writer's own husband is no wedding at hand ("my husband says…"),
 * people of a kind in general are no particular person ("young people", "residents"), and information sent is no
 * journey ("send me the number").
 */
const MASKED: ReadonlyMap<Concept, ReadonlySet<Concept>> = new Map<Concept, ReadonlySet<Concept>>([
  ['serviceName', new Set<Concept>(['someone', 'minor'])],
  ['askedWhether', new Set<Concept>(['hypothetical'])],
  ['cannotFind', new Set<Concept>(['despair'])],
  // A harm, a journey or a wedding date denied ("skal ikke reise noe sted", "ingen bryllupsdato"): none starts in its words.
  // "Not afraid to go home", "не боится идти домой": a fear of home denied is none either (issue #13, calm41).
  ['harmDenied', new Set<Concept>(['harm', 'threat', 'beaten', 'killing', 'deathForetold', 'injury', 'fearReaction', 'fearHome', 'trip', 'takenSelf', 'wedding', 'marrying', 'pushedNow', 'soon'])],
  ['notOnly', new Set<Concept>(['harmDenied'])],
  // "I want to say yes, I don't want to be a strict father": the parent's own refusal to control is no 'against her will' (s40calm).
  ['parentAgrees', new Set<Concept>(['againstWill'])],
  // "Jeg låste meg inne på badet", "I locked myself in": she locked herself in, no one locked her in (safety39a).
  ['lockedInRoom', new Set<Concept>(['locked'])],
  ['safeNow', new Set<Concept>(['harm', 'threat', 'beaten', 'killing', 'deathForetold', 'injury', 'fearReaction', 'fearHome'])],
  // "Ble gjort i hjemlandet da hun var barn": where her own cutting was done long ago is no journey to come, and the
  // holiday it was done in ("обрезали на каникулах") no season to come.
  ['pastCutting', new Set<Concept>(['cutting', 'harm', 'trip', 'abroad', 'season'])],
  // "Прошлым летом", "i fjor sommer", "last summer": a season long past is no season to come.
  ['longAgo', new Set<Concept>(['season', 'soon'])],
  ['boyCircumcision', new Set<Concept>(['cutting', 'cuttingPlanned', 'harm', 'girlsRite'])],
  ['ownSpouse', new Set<Concept>(['wedding'])],
  ['people', new Set<Concept>(['someone', 'minor'])],
  ['infoSent', new Set<Concept>(['trip', 'takenSelf'])],
  ['tripInNorway', new Set<Concept>(['trip', 'takenSelf'])],
  ['airportErrand', new Set<Concept>(['trip'])],
  ['toldToday', new Set<Concept>(['soon', 'recent'])],
  ['stillThinking', new Set<Concept>(['ongoing'])],
  // "A graduation ceremony", "konfirmasjonsfest": an everyday rite is no euphemism for a cutting.
  ['everydayRite', new Set<Concept>(['girlsRite', 'cutting', 'cuttingPlanned'])],
  // "Actually not only for training: a mum told me…": the case follows, the training word names no question about it.
  ['beyondTraining', new Set<Concept>(['training', 'general'])],
  // "The father got a job at a car workshop": a workplace, no course or general question.
  ['jobPlace', new Set<Concept>(['training', 'general'])],
  // "Add the vinegar and you'll see what happens": a result to watch, no threat.
  ['tryAndSee', new Set<Concept>(['threat'])],
  // "Bathes the baby to make her clean": care of the body, no cutting told by euphemism and no will overridden ("make her").
  ['bodyCare', new Set<Concept>(['cutting', 'cuttingPlanned', 'girlsRite', 'againstWill'])],
  // "Ikke noe press", "no pressure", "nobody forces her": the words of a pressure denied start no pressure or force.
  ['wanted', new Set<Concept>(['againstWill', 'pressedToMarry', 'pushedNow', 'harm'])],
  // "Ikke om noen bestemt", "a made-up girl of 16": no particular person starts in its words.
  ['notAboutAnyone', new Set<Concept>(['someone', 'minor'])],
  // "Bor i Norge i 12 år", "in Norway for 10 years": a family's years here are no child's age.
  ['yearsHere', new Set<Concept>(['minor', 'selfAge'])],
  // "I don't want to offend anyone", "vil ikke overreagere": the writer's courtesy is no will overridden.
  ['courtesy', new Set<Concept>(['againstWill'])],
  // "Ученица говорит, что брат…", "её отец": another person's relative is not the writer's own family (safety40).
  ['theirKin', new Set<Concept>(['ownFamily'])],
]);
/** The concepts whose phrases are read in a list of their own too (CALM, MASK, HELPLINE, TOPIC, ABOUT): read everywhere. */
const LISTED_APART: ReadonlySet<Concept> = new Set<Concept>(['notUrgent', 'safeNow', ...MASKED.keys(), 'helpline', 'serviceTopic', 'aboutWord']);

/**
 * What makes a coverage question put as a supposition ("which embassy covers X if a pupil is held there?") tell of a
 * case after all: a relative, a daughter or son named by the relation, a friend, the writer's own age or removal, a person taken or sent away by others (a
 * removal is told, "if they took my daughter to…"), a time or a season.
 */
const COVERAGE_OF_A_CASE: readonly Concept[] = ['ownFamily', 'childNamed', 'friend', 'selfAge', 'takenSelf', 'takenAway', 'takenThere', 'alreadyTaken', 'soon', 'season'];

/**
 * Whether a message asks which post or service covers a country for a person held there, asked of no one the writer
 * knows (issue #13, calm30b): the coverage asked in words ("who covers Eritrea if a pupil is held there?"), or a
 * supposition beside the envoy ("who handles Iraq if a pupil is kept there? is there someone at the embassy?"), with
 * nothing of a case of the writer's own (their family, a child named, a friend, themselves, relatives or elders holding the person,
 * a removal told, a time at hand). The message may read as danger and keep its numbers; the follow-ups that only name another country
 * ("and Somalia?") ask which post covers that one, and do not carry them.
 */
export function asksCoverageOfNoOne(concepts: ReadonlySet<string>): boolean {
  // Only a supposition makes the person no one's case: "we have a 16-year-old held there", "our pupil is stuck there" tell of one.
  const asked = concepts.has('hypothetical') && (concepts.has('coverageAsked') || concepts.has('withEnvoy'));
  return asked && concepts.has('abroad') && !concepts.has('firstPerson') && !concepts.has('kin') && !concepts.has('riteElder') && !COVERAGE_OF_A_CASE.some((c) => concepts.has(c));
}
/**
 * What keeps a harm told long ago from being over: something lately, soon or this season, the harm going on or coming
 * back, someone on the way, harm promised or feared now, despair, a home not safe to talk in, a person locked in, kept
 * abroad, taken or about to travel.
 */
const CASE_GOES_ON: readonly Concept[] = [
  'recent', 'soon', 'season', 'ongoing', 'comingFor', 'unknownPlace', 'harmWill', 'harmIf', 'fearReaction', 'fearHome', 'scared', 'despair', 'cannotTalkHome',
  'locked', 'notBack', 'cannotReturn', 'takenSelf', 'takenAway', 'takenThere', 'alreadyTaken', 'confiscated', 'trip', 'cuttingPlanned', 'sentAwayIf', 'sentToIf', 'neverReturn', 'waitedFor', 'emergencyNumber',
  'refusedHome', 'saidShortStay',
];
/**
 * What a return told after it ends ("she was kept in Kenya after the summer holiday last year … came home with the
 * embassy's help"): a stay abroad that is over. Said after the return ("she came home, but now they want to send her
 * back") it is a journey to come.
 */
const ENDED_BY_RETURN: ReadonlySet<Concept> = new Set(['season', 'refusedHome', 'notBack', 'awaySince', 'cannotReturn', 'takenSelf', 'takenAway', 'takenThere', 'alreadyTaken', 'trip', 'neverReturn']);
/**
 * What the writer's "the case is closed now" or "she is safe now" told after it ends, in a story begun long ago ("last
 * year a patient was kept locked in by her in-laws … the case is closed, she lives safely elsewhere; who can hold a
 * training day?"): a harm that was done and is over. Told after the calm ("she is fine, but now they lock her in
 * again") it goes on; a time to come, a fear or a threat is never ended by it.
 */
const ENDED_BY_CALM: ReadonlySet<Concept> = new Set(['locked', 'confiscated', 'refusedHome', 'notBack', 'awaySince', 'cannotReturn', 'takenAway', 'takenThere', 'alreadyTaken', 'neverReturn']);
/** What a person held or kept abroad is said with: in a coverage question, supposed only when after the "if". */
const HELD_ABROAD: readonly Concept[] = ['notBack', 'neverReturn', 'harm', 'againstWill', 'refusedHome'];
/** What a question with a person held abroad only supposed may tell and still be supposed ('heldSupposed'). */
// 'prognosis': a clinician's words ("I'm a doctor"), read for a death foretold; alone they tell of no case (s41calm).
const SUPPOSED_HELD_ONLY: ReadonlySet<Concept> = new Set<Concept>(['hypothetical', 'someone', 'notBack', 'heldThere', 'trip', 'abroad', 'firstPerson', 'adultRole', 'aboutWord', 'helpline', 'withEnvoy', 'coverageAsked', 'people', 'serviceName', 'serviceTopic', 'anonymous', 'justToKnow', 'jobPlace', 'pickupPlace', 'prognosis']);
/** What must come after the supposition's "if" for the person held to be supposed. */
const SUPPOSED_AFTER_IF: readonly Concept[] = ['someone', 'notBack', 'heldThere', 'trip', 'abroad'];
/**
 * What a coverage question may say of the person it asks for and still ask about the post ("which embassy helps if a
 * Norwegian girl is held in Turkey?", "хто допомагає, коли когось залишили там?", "yaa caawiya dadka ku xayiran
 * Soomaaliya?"): a kind of person (a girl, someone, people) held or kept there, named with the country.
 * Anything else (the writer, a relative or friend, an age, a time, a threat, a wedding, never let back) tells of a case.
 */
const COVERAGE_OF_A_KIND: ReadonlySet<Concept> = new Set<Concept>([
  'coverageAsked', 'abroad', 'origin', 'someone', 'people', 'minor', 'aboutWord', 'notBack', 'harm', 'againstWill', 'hypothetical', 'serviceTopic', 'serviceName', 'helpline',
  // A kind of person held there ("a girl held there by her family"): no more than 'againstWill' (safety39a).
  'heldThere',
  // The post a coverage question names ("which embassy"): part of the question, no case.
  'withEnvoy',
  // Words read only beside a rite euphemism (girls-rite-*): alone they tell of no case.
  'riteElder', 'sisterBefore', 'everydayRite', 'beyondTraining', 'jobPlace', 'tryAndSee', 'bodyCare',
  // A relative named ('kin'), read only with an injury (wound-by-kin): "a girl held by her family" tells no more than before.
  'kin',
  // A school or kindergarten named ("fra skolen"): read only beside a relative come to fetch (s41safe).
  'pickupPlace',
]);
/** The end of a sentence between two words. */
const SENTENCE_END = /[.!?؟።;\n]/u;
/**
 * Facts that, told in a sentence of their own after a supposition ("… if a girl says she was cut? She has a sister of
 * 2."), belong to the case at hand: a younger sister with her age is a child now, not part of what was supposed.
 */
const TOLD_APART: readonly Concept[] = ['youngerSister'];
/** A sentence ends inside the message (not at its end): a case told, then the question. */
const SENTENCE_INSIDE = /[.!?؟።;\n]\s*[\p{L}\p{N}]/u;

/** The phrases of the cue files, in the order the reader files them (see createSituationReader). */
function* situationPhrases(files: readonly CueFile[], places: readonly string[]): Generator<SourcePhrase> {
  const number = (concept: Concept) => CONCEPTS.indexOf(concept);
  for (const file of files) {
    for (const [concept, phrases] of Object.entries(file.cues) as Array<[Concept, string[]]>) {
      for (const phrase of phrases) yield { list: file.ownOnly?.has(phrase) === true ? ownCues(file.lang) : CUES, value: number(concept), phrase, label: concept };
    }
  }
  // A city named instead of its country ("a village near Konya") is a place abroad in every language.
  for (const phrase of places) yield { list: CUES, value: number('abroad'), phrase, label: 'abroad' };
  for (const file of files) for (const phrase of file.cues.notUrgent ?? []) yield { list: CALM, value: number('notUrgent'), phrase, label: 'notUrgent' };
  // "Not in danger right now": the time beside the writer's word is no "soon" either.
  for (const file of files) for (const phrase of file.cues.safeNow ?? []) yield { list: CALM, value: number('safeNow'), phrase, label: 'safeNow' };
  for (const masking of MASKED.keys()) for (const file of files) for (const phrase of file.cues[masking] ?? []) yield { list: MASK, value: number(masking), phrase, label: masking };
  for (const [list, concept] of [[HELPLINE, 'helpline'], [TOPIC, 'serviceTopic'], [ABOUT, 'aboutWord']] as const) {
    for (const file of files) {
      for (const phrase of file.cues[concept] ?? []) {
        // Their reach is counted in words: a gap would hide how many the phrase covered.
        if (phrase.split(/\s+/u).includes('...')) throw new Error(`situation/${file.lang}.json: the ${concept} phrase "${phrase}" has a gap`);
        yield { list, value: number(concept), phrase, label: concept };
      }
    }
  }
}

/** The cue files' phrases compiled (by `compile`, by default each distinct word folded once: see partsCompiler). */
export function situationBook(files: readonly CueFile[], compile: PhraseCompiler = partsCompiler(), places: readonly string[] = cityNamesAbroad()): PhraseBook {
  return compileBook(situationPhrases(files, places), compile);
}

/** The cities of content/understanding/cities.json, read as places abroad (src/understanding/city-names.ts). */
function cityNamesAbroad(): readonly string[] {
  return cityEntries().map(([name]) => name);
}

/** `compile`: how the phrases become parts. */
export function createSituationReader(files: readonly CueFile[], rules: SituationRules, compile: PhraseCompiler = partsCompiler()): SituationReader {
  return situationReaderFromBook(situationBook(files, compile), rules);
}

/** Whether PhraseIndex.matches finds phrase `p` where it matches: it starts with a word, or with a word beginning. */
function filed(book: PhraseBook, p: number): boolean {
  const first = book.firstKind(p);
  return first === WORD || (first === PREFIX && book.firstText(p) !== '');
}

/** The reader of a book of situation phrases (compiled here, or read from the build's file: compiled-phrases.ts). */
function situationReaderFromBook(book: PhraseBook, rules: SituationRules): SituationReader {
  // Phrases that start with words by those words, with a word beginning by its first two letters (one when the
  // beginning is one letter long), with an age apart (tried only at a number from 10 to 17): a token is tried only
  // against its own, not against every phrase of every language.
  const cues = new PhraseIndex<Concept>(book, CUES, CONCEPTS);
  /** Each language's cues read only in its own messages (its `ownLanguageOnly`), by the language's place in LANGUAGES. */
  const ownCueIndexes = LANGUAGES.map((lang) => (book.phrasesOf(ownCues(lang)).length > 0 ? new PhraseIndex<Concept>(book, ownCues(lang), CONCEPTS) : undefined));
  /**
   * Phrases saying "not urgent": tried first, so the time words around them are not read as "soon". Filed like the
   * cues (by leading words, by word beginning): trying each of the ~230 at every token was the reader's largest cost.
   */
  const notUrgent = new PhraseIndex<Concept>(book, CALM, CONCEPTS);
  /**
   * The masking phrases (MASKED): tried first, with the concepts each one keeps from starting in its words; filed the
   * same way (~800 of them). The few a PhraseIndex does not file (those that start with an age) are tried at every token.
   */
  const masks = new PhraseIndex<Concept>(book, MASK, CONCEPTS);
  const unfiled = (list: number) => {
    const rest: number[] = [];
    const phrases = book.phrasesOf(list);
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i] ?? 0;
      if (!filed(book, p)) rest.push(p);
    }
    return rest;
  };
  const notUrgentRest = unfiled(CALM);
  const masksRest = unfiled(MASK);
  const helplines = new PhraseIndex<Concept>(book, HELPLINE, CONCEPTS);
  const topics = new PhraseIndex<Concept>(book, TOPIC, CONCEPTS);
  const abouts = new PhraseIndex<Concept>(book, ABOUT, CONCEPTS);
  const helplinesRest = unfiled(HELPLINE);
  const topicsRest = unfiled(TOPIC);
  const aboutsRest = unfiled(ABOUT);
  /** Where phrases of `index` (and of `rest`, tried at every token) match, as [start, end) spans. */
  const spans = (index: PhraseIndex<Concept>, rest: readonly number[], tokens: readonly string[]): Array<[number, number]> => {
    const found: Array<[number, number]> = [];
    for (const { at, length } of index.matches(tokens)) found.push([at, at + length]);
    for (const p of rest) for (let at = 0; at < tokens.length; at++) if (book.matchesAt(p, tokens, at)) found.push([at, at + book.length(p)]);
    return found;
  };
  /** Where an embassy or an envoy ('withEnvoy') or a plan of the government ('policyPaper') is named, as [start, end) spans. */
  const envoyPosts = (tokens: readonly string[]): Array<[number, number]> => {
    const found: Array<[number, number]> = [];
    for (const { value, at, length } of cues.matches(tokens)) if (value === 'withEnvoy' || value === 'policyPaper') found.push([at, at + length]);
    return found;
  };
  /**
   * Where a help is asked ahead ('ifEver': "if there's ever a problem with", "just in case"), as [start, end) spans, in
   * a message that also says the trip or the wedding is wanted ('wanted': "she's so happy", "hun gleder seg"); none
   * otherwise. A harm named after it is what the help is for (issue #13, topic33).
   */
  const askedAheadOfWanted = (tokens: readonly string[]): Array<[number, number]> => {
    const found: Array<[number, number]> = [];
    let wanted = false;
    for (const { value, at, length } of cues.matches(tokens)) {
      if (value === 'ifEver') found.push([at, at + length]);
      else if (value === 'wanted') wanted = true;
    }
    return wanted ? found : [];
  };
  /**
   * The tokens of the harms named as a service's topic: a topic within NAMED_TOPIC_REACH words after or before a
   * helpline word (or inside it: "tvangsekteskapstelefonen"), or right after a topic so named ("… and honour-related
   * violence").
   */
  const namedTopics = (tokens: readonly string[], folded: string): number[] => {
    const found = spans(topics, topicsRest, tokens);
    if (found.length === 0) return [];
    // An embassy or an envoy asked about names a service too ("which embassy handles forced marriage cases?", "the
    // envoy who works with honour violence"): the harm is what the post is for, not the writer's case (issue #13, calm33).
    // Its words are often further from the topic ("which embassy deals with Chechnya in forced marriage cases"): an
    // about-word between them still joins them across ENVOY_TOPIC_REACH words of one clause.
    // A help asked ahead beside a wanted trip or wedding ("she's so happy; if there's ever a problem with forced
    // marriage, who do we call?"): the harm after it, in its clause, is what the help is for. It needs no about-word: its
    // own words ("a problem with", "in case of") join it to the harm, and a comma does not part them ("just in case,
    // who helps with forced marriage?"); a sentence's end does (issue #13, topic33).
    const anchors: Array<[number, number, number, boolean?]> = [
      ...spans(helplines, helplinesRest, tokens).map(([a, b]): [number, number, number] => [a, b, NAMED_TOPIC_REACH]),
      ...envoyPosts(tokens).map(([a, b]): [number, number, number] => [a, b, ENVOY_TOPIC_REACH]),
      ...askedAheadOfWanted(tokens).map(([a, b]): [number, number, number, boolean] => [a, b, AHEAD_TOPIC_REACH, true]),
    ];
    if (anchors.length === 0) return [];
    const joins = spans(abouts, aboutsRest, tokens);
    // "Ring Røde Kors-telefonen, tvangsekteskapet er i morgen": a clause mark between them parts the service from the case.
    const offsets = [...folded.matchAll(TOKEN)];
    const parted = (from: number, to: number, mark: RegExp = CLAUSE_MARK) => {
      const end = from > 0 ? offsets[from - 1] : undefined;
      const start = offsets[to];
      if (offsets.length !== tokens.length || end?.index === undefined || start?.index === undefined) return false;
      return mark.test(folded.slice(end.index + end[0].length, start.index));
    };
    /** The words from `from` to `to` (exclusive): none, or at most NAMED_TOPIC_REACH with a joining word among them. */
    const joined = (from: number, to: number, reach = NAMED_TOPIC_REACH, free = false) =>
      to - from >= 0 && to - from <= reach && !parted(from, to, free ? SENTENCE_END : CLAUSE_MARK) && (to === from || free || joins.some(([start, end]) => start >= from && end <= to));
    const near = ([from, to]: [number, number], [start, end, reach, ahead]: [number, number, number, boolean?]) =>
      (from >= start && from < end) || joined(end, from, reach, ahead === true) || (ahead !== true && joined(to, start, reach));
    const named: Array<[number, number]> = found.filter((topic) => anchors.some((anchor) => near(topic, anchor)));
    if (named.length === 0) return [];
    // A list of topics after a named one: each within the reach of the one before it.
    const rest = found.filter((t) => !named.includes(t)).sort((a, b) => a[0] - b[0]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const topic of rest) {
        if (named.includes(topic) || !named.some(([, end]) => topic[0] >= end && topic[0] <= end + 1)) continue;
        named.push(topic);
        grew = true;
      }
    }
    const at = new Set<number>();
    for (const [start, end] of named) for (let i = start; i < end; i++) at.add(i);
    return [...at].sort((a, b) => a - b);
  };
  /** Whether a supposition's "if" at `supposedAt` would be read in tokens [from, to). */
  const supposesIn = (tokens: readonly string[], from: number, to: number): boolean => {
    for (let at = from; at < to; at++) {
      for (const p of cues.byWords.candidates(tokens, at)) if (cues.valueOf(p) === 'hypothetical' && book.matchesAt(p, tokens, at)) return true;
      for (let k = 0; k <= 1; k++) for (const p of cues.prefixBucket(tokens[at] ?? '', k) ?? []) if (cues.valueOf(p) === 'hypothetical' && book.matchesAt(p, tokens, at)) return true;
    }
    return false;
  };
  /**
   * Whether the fact read at token `factAt` stands in a sentence after the one of the "if" at `supposedAt`, and that
   * sentence supposes nothing of its own.
   */
  const toldInOwnSentence = (tokens: readonly string[], folded: string, supposedAt: number, factAt: number | undefined): boolean => {
    if (factAt === undefined || factAt <= supposedAt) return false;
    const offsets = [...folded.matchAll(TOKEN)];
    if (offsets.length !== tokens.length) return false;
    const gap = (i: number) => {
      const end = offsets[i - 1];
      const start = offsets[i];
      return end?.index !== undefined && start?.index !== undefined && SENTENCE_END.test(folded.slice(end.index + end[0].length, start.index));
    };
    let start = factAt;
    while (start > supposedAt + 1 && !gap(start)) start--;
    if (start <= supposedAt + 1 && !gap(start)) return false;
    let end = factAt + 1;
    while (end < tokens.length && !gap(end)) end++;
    return !supposesIn(tokens, start, end);
  };
  const fired = (list: SituationRules['danger'], concepts: ReadonlySet<Concept>) =>
    list.filter((rule) => rule.all.every((c) => concepts.has(c)) && !rule.unless.some((c) => concepts.has(c))).map((rule) => rule.id);

  return {
    read(text, known = [], lng) {
      // The turn's language reads its own false friends; with no language known, every language's are read.
      const ownIndexes = (lng === undefined ? ownCueIndexes : ownLanguagesOf(lng).map((own) => ownCueIndexes[LANGUAGES.indexOf(own)])).filter((index) => index !== undefined);
      const cueIndexes = ownIndexes.length > 0 ? [cues, ...ownIndexes] : [cues];
      const folded = fold(text);
      const tokens = tokenize(folded);
      const concepts = new Set<Concept>();
      /** The token each concept was first read at (tokens are read in order). */
      const firstAt = new Map<Concept, number>();
      /** The token each concept was last read at (read again after the first only for ENDED_BY_RETURN). */
      const lastAt = new Map<Concept, number>();
      /** The last token of the first return said ("came back to Norway": its "back to" is no journey of its own). */
      let returnEnd: number | undefined;
      // Tokens within NOT_URGENT_REACH of a "not urgent" phrase: no "soon" starts there ("ikke haster akkurat nå").
      // Both are sets of where a phrase reaches, so the order phrases are found in does not matter.
      let calm: Set<number> | undefined;
      const calmAt = (at: number, length: number) => {
        calm ??= new Set<number>();
        for (let i = at - NOT_URGENT_REACH; i < at + length + NOT_URGENT_REACH; i++) calm.add(i);
      };
      for (const { at, length } of notUrgent.matches(tokens)) calmAt(at, length);
      for (const p of notUrgentRest) for (let at = 0; at < tokens.length; at++) if (book.matchesAt(p, tokens, at)) calmAt(at, book.length(p));
      // The tokens of a masking phrase ("child welfare"), each with the concepts that cannot start there.
      let masked: Map<number, Set<Concept>> | undefined;
      /** Where each denial was found ([start, length]): its words are kept from the plain danger words unless masked. */
      const denials: Array<[number, number]> = [];
      const pastTold = new Set<number>();
      const maskAt = (concept: Concept, at: number, length: number) => {
        if (concept === 'harmDenied') denials.push([at, length]);
        if (concept === 'pastCutting') for (let i = at; i < at + length; i++) pastTold.add(i);
        const keeps = MASKED.get(concept);
        if (!keeps) return;
        masked ??= new Map<number, Set<Concept>>();
        for (let i = at; i < at + length; i++) {
          const here = masked.get(i) ?? new Set<Concept>();
          for (const c of keeps) here.add(c);
          masked.set(i, here);
        }
      };
      for (const { value, at, length } of masks.matches(tokens)) maskAt(value, at, length);
      for (const p of masksRest) for (let at = 0; at < tokens.length; at++) if (book.matchesAt(p, tokens, at)) maskAt(masks.valueOf(p), at, book.length(p));
      const serviceTopics = namedTopics(tokens, folded);
      const denied = new Set<number>();
      for (const [at, length] of denials) if (!masked?.get(at)?.has('harmDenied')) for (let i = at; i < at + length; i++) denied.add(i);
      for (const i of serviceTopics) {
        masked ??= new Map<number, Set<Concept>>();
        const here = masked.get(i) ?? new Set<Concept>();
        for (const c of SERVICE_TOPIC_MASKS) here.add(c);
        masked.set(i, here);
      }
      /** Phrase `p` at token `at`: its concept, unless already read (or a "soon" in a calm stretch). */
      const tryPhrase = (p: number, at: number) => {
        const concept = cues.valueOf(p);
        // A stay a return ends is read again where it is said last: said after the return it is a journey to come.
        const again = concepts.has(concept) && ENDED_BY_RETURN.has(concept) && at > (lastAt.get(concept) ?? Infinity);
        if ((concepts.has(concept) && !again) || !book.matchesAt(p, tokens, at)) return;
        if (concept === 'soon' && calm?.has(at)) return;
        if (masked?.get(at)?.has(concept)) return;
        concepts.add(concept);
        if (!again) firstAt.set(concept, at);
        lastAt.set(concept, at);
        if (concept === 'returned' && !again) returnEnd = at + book.length(p) - 1;
      };
      tokens.forEach((token, at) => {
        for (const index of cueIndexes) {
          for (const p of index.byWords.candidates(tokens, at)) tryPhrase(p, at);
          if (isAge(token)) for (const p of index.byAge) tryPhrase(p, at);
          for (let k = 0; k <= 1; k++) {
            const bucket = index.prefixBucket(token, k);
            if (bucket) for (const p of bucket) tryPhrase(p, at);
          }
        }
      });
      // A time long past makes the message a general question unless it also says something happened lately, or names a
      // season to come ("vi kom for åtte år siden … skal ta henne med til Pakistan i sommer": the arrival is long past, the
      // trip is coming).
      // Nor when the harm goes on or has come back ("threatened her years ago and now he threatens her again"), or
      // someone is on the way now ("… two years ago; now they are on their way here").
      // Nor when a time near is named beside something arranged for the person ("came six years ago … next month we
      // go there and everything is coordinated"): the arrival is long past, what was settled is coming.
      const settledSoon = concepts.has('soon') && (concepts.has('decidedFor') || concepts.has('settledFor'));
      // Nor when a person abroad wants home now and is not let ("sent to her uncle a year ago; now she wants home but they
      // do not let her travel"), or a stay said to be short has outlasted the promise (saidShortStay): the stay goes on.
      if (concepts.has('longAgo') && !concepts.has('recent') && !concepts.has('season') && !concepts.has('ongoing') && !concepts.has('comingFor') && !concepts.has('refusedHome') && !concepts.has('saidShortStay') && !settledSoon) concepts.add('general');
      // "Her brother said she won't live if she marries him" is a threat; "the doctor said she won't live without the
      // operation" a prognosis: a death foretold is a killing threatened unless a clinician, a treatment or an illness
      // is named, and even then when the condition is a marriage, the family's honour or a threat (issue #13, calm35).
      if (concepts.has('deathForetold') && (!concepts.has('prognosis') || THREAT_CONDITIONS.some((c) => concepts.has(c)))) concepts.add('killing');
      // Long past and calm now, with nothing that goes on: the case is over ("threatened her years ago; she is fine now").
      // A stay abroad the person came back from is over: what was told of it before the return does not go on.
      const endedByReturn = (c: Concept) => returnEnd !== undefined && ENDED_BY_RETURN.has(c) && (lastAt.get(c) ?? Infinity) <= returnEnd;
      const calmFrom = Math.min(firstAt.get('calmNow') ?? Infinity, firstAt.get('safeNow') ?? Infinity);
      const endedByCalm = (c: Concept) => ENDED_BY_CALM.has(c) && (lastAt.get(c) ?? Infinity) < calmFrom;
      // "… now we want a training day this autumn": a season beside a wish for training is the course's time, not the case's.
      const trainingTime = (c: Concept) => c === 'season' && concepts.has('training');
      if (concepts.has('longAgo') && (concepts.has('calmNow') || concepts.has('safeNow')) && !CASE_GOES_ON.some((c) => concepts.has(c) && !endedByReturn(c) && !endedByCalm(c) && !trainingTime(c))) concepts.add('caseOver');
      // The supposition must come before the person is said held ("if a pupil is held there"): "she is held in Kenya …
      // what if she cannot come home?" tells of her first and supposes only what comes next.
      // "… if a 5-year-old says she was cut there last year? She has a little sister of 2.": a fact told in a sentence of
      // its own after the supposition, with no "if" of its own, is told of the case at hand, so the case is not supposed.
      const toldApart = firstAt.get('hypothetical') !== undefined && TOLD_APART.some((c) => toldInOwnSentence(tokens, folded, firstAt.get('hypothetical') ?? 0, firstAt.get(c)));
      if (toldApart) concepts.delete('hypothetical');
      const supposedAt = toldApart ? undefined : firstAt.get('hypothetical');
      if (
        concepts.has('coverageAsked') &&
        supposedAt !== undefined &&
        !COVERAGE_OF_A_CASE.some((c) => concepts.has(c)) &&
        HELD_ABROAD.every((c) => (firstAt.get(c) ?? Infinity) > supposedAt)
      )
        concepts.add('coverageSupposed');
      // A person held abroad only supposed, in a question that tells of nothing else (calm40).
      if (
        !concepts.has('coverageSupposed') &&
        supposedAt !== undefined &&
        concepts.has('notBack') &&
        // A professional's supposition (a pupil, a patient): a relative's ("if my sister is held there") stays a case,
        // whether or not the relative's word is read.
        concepts.has('adultRole') &&
        [...concepts].every((c) => SUPPOSED_HELD_ONLY.has(c)) &&
        SUPPOSED_AFTER_IF.every((c) => (firstAt.get(c) ?? Infinity) > supposedAt)
      )
        concepts.add('heldSupposed');
      // Which post helps a kind of person held there, asked in one sentence with nothing of a case: the same question.
      // With no person said at all ("Hi. For someone stuck in Afghanistan, which embassy helps? Which city?") a greeting
      // or a second short question is no case told before the question: the sentences may be several.
      else if (
        concepts.has('coverageAsked') &&
        (!SENTENCE_INSIDE.test(folded.trim()) || !concepts.has('someone')) &&
        [...concepts].every((c) => COVERAGE_OF_A_KIND.has(c)) &&
        // A person ("a girl"; "kız kardeşim", "дочь": whose she is is not always read) is a kind of person only when
        // supposed before she is said ("if a girl is held there"). A removal told as done ("if they took [my] daughter to
        // Russia") is a case, as COVERAGE_OF_A_CASE says.
        (!concepts.has('someone') || (supposedAt !== undefined && (firstAt.get('someone') ?? Infinity) > supposedAt))
      )
        concepts.add('coverageSupposed');
      // The same question with the person said before any "if" ("which embassy helps a girl held in Turkey?"): not
      // supposed, so the rules of a person kept abroad fire, but it is a coverage question all the same.
      else if (concepts.has('coverageAsked') && concepts.has('someone') && !SENTENCE_INSIDE.test(folded.trim()) && [...concepts].every((c) => COVERAGE_OF_A_KIND.has(c)))
        concepts.add('coverageOfPerson');
      // "She is scared of what her family will do if they find out": a condition said after a fear of the family's or a
      // partner's reaction, with no supposition before it, is what she fears now, not a case supposed (so a duty or
      // confidentiality question around it keeps its danger). "What if a pupil is afraid of her family?" stays supposed.
      const fearAt = firstAt.get('fearReaction');
      if (fearAt !== undefined && supposedAt !== undefined && supposedAt > fearAt) {
        concepts.delete('hypothetical');
        concepts.add('fearIf');
      }
      // What an earlier message said of the person is said of the one this message names (not of a writer's own story).
      if (known.length > 0 && concepts.has('someone') && !concepts.has('selfAge')) for (const c of known) concepts.add(c);
      const danger = fired(rules.danger, concepts);
      const concern = fired(rules.concern, concepts);
      const readAsCase = fired(rules.readAsCase, concepts);
      const about = new Set<Concept>();
      for (const [list, ids] of [[rules.danger, danger], [rules.concern, concern], [rules.readAsCase, readAsCase]] as const) {
        for (const rule of list) if (ids.includes(rule.id)) for (const c of rule.all) about.add(c);
      }
      return { danger, concern, readAsCase, youngWriter: fired(rules.youngWriter, concepts).length > 0, concepts, about, namedTopics: serviceTopics, denied: [...denied].sort((a, b) => a - b), pastTold: [...pastTold].sort((a, b) => a - b), tokenCount: tokens.length };
    },
  };
}

/** Reads and checks the cue files of `dir` (one per language) and compiles their phrases: the build, and a start without the build's file. */
export function compileSituationPhrases(dir: string, compile: PhraseCompiler = partsCompiler()): PhraseBook {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .sort()
    .map((f) => readDataFile(path.join(dir, f), cueFileSchema));
  return situationBook(files, compile);
}

/**
 * Reads content/understanding/situation/: one cue file per language and the shared rules; a broken file names itself.
 * The phrases are compiled by `compile` when it is given; otherwise they are the build's compiled phrases when those
 * were made from these files (the cue files are then not read again: the build read and checked them), else the cue
 * files are read and compiled here.
 */
export function loadSituationReader(dir: string = contentPath('understanding', 'situation'), compile?: PhraseCompiler): SituationReader {
  const rules = readDataFile(path.join(dir, 'rules.json'), situationRulesSchema);
  const built = compile ? undefined : readCompiledPhrases(compiledPhrasesFile('situation'), 'situation', dir).book;
  return situationReaderFromBook(built ?? compileSituationPhrases(dir, compile), rules);
}
