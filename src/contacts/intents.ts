import { z } from 'zod';
import { roleSchema } from '../understanding/role-reader';
import { envoyIdSchema, serviceIdSchema } from './service-ids';

/** The contacts feature's intent, declared once: the types are `z.infer` of these schemas. */

export const WHEREABOUTS_OF_PERSON = ['norway', 'abroad', 'travelling-soon'] as const;

/** Who to contact, as the message says it. Categorical, except `place`, which is never stored or logged. */
export const contactQuerySchema = z
  .object({
    /** ISO 3166-1 alpha-2 code of a country named in the message, e.g. 'SO'. */
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    /**
     * An area named instead of a country that lies in several countries whose envoys differ ("Kurdistan": Iraq, Iran,
     * Syria, Turkey; content/contacts/envoys.json `spanning`): the card gives each country's envoy. Only when no
     * country is named.
     */
    region: z.string().regex(/^[a-z-]+$/).max(40).optional(),
    /** Directory id of a service named in the message, e.g. 'kompetanseteamet'. */
    serviceId: serviceIdSchema.optional(),
    /**
     * Other services the same message names beside `serviceId` ("VO-linjen og Røde Kors", "the children's line and the
     * line for violence in close relationships"), in the order named: each is asked for too and gets its place in the plan.
     */
    alsoServiceIds: z.array(serviceIdSchema).max(4).optional(),
    /** A school, municipality or county named in a diversity-adviser question. */
    place: z.string().max(120).optional(),
    /** Where the person is, if the message says so. */
    whereabouts: z.enum(WHEREABOUTS_OF_PERSON).optional(),
    /** True when the message says the person is a child (a pupil, "15 år", "under 18"): child welfare is added. */
    minor: z.boolean().optional(),
    /** A young person asking for themselves: the children's and young people's lines first (Alarmtelefonen, Røde Kors-telefonen, ung.no). */
    youngSelf: z.boolean().optional(),
    /** The one who will call is a young person, not the asker ("who can my daughter talk to?"): the lines for young people first. */
    youngCaller: z.boolean().optional(),
    /** The one who will call is a grown-up other than the asker ("is there a number the woman can call herself?"): the lines for adults first. */
    adultCaller: z.boolean().optional(),
    /** The asker asks for a helpline, hotline or chat ("hjelpetelefon", "telefon довіри"): the lines come first. */
    helpline: z.boolean().optional(),
    /** A website asked for, somewhere a young person can read themselves ("en nettside hun kan lese på"): Nora and ung.no. */
    website: z.boolean().optional(),
    /** Organisations to volunteer with asked for ("jobbe frivillig", "gönüllü olmak"): the voluntary organisations, SEIF and Røde Kors-telefonen. */
    volunteer: z.boolean().optional(),
    /** An organisation for immigrants or refugees asked for ("an organisation that supports immigrant parents"): SEIF. */
    immigrantOrganisation: z.boolean().optional(),
    /**
     * The learners of an adult-education centre named ("elevene på voksenopplæringa", "our students"): adults, so no
     * child welfare, but a site asked for them to read is the sites for young people, as for pupils.
     */
    adultLearners: z.boolean().optional(),
    /** The asker wants to talk without giving a name ("anonymt", "without giving my name"): the anonymous line first. */
    anonymous: z.boolean().optional(),
    /** The message says there is no diversity adviser ("vi har ingen mangfoldsrådgiver på skolen"): IMDi's expert team instead. */
    noAdviser: z.boolean().optional(),
    /**
     * A kind of place asked about beside the diversity advisers ("har barnehager mangfoldsrådgiver?", "are there advisers
     * at adult-education centres?"): the card says where the advisers work (not in kindergartens; some adult-education
     * centres, a pilot strengthened in 2024) and, for a kindergarten, that Kompetanseteamet advises it in a case.
     */
    institution: z.enum(['kindergarten', 'adult-education']).optional(),
    /** Training for staff asked for ("where can we get a course?"): IMDi's expert team and RVTS, which raise competence. */
    training: z.boolean().optional(),
    /**
     * Beside training, whom to consult about the case itself ("hvem kan vi drøfte saken med, og hvem kan holde kurs?"):
     * Kompetanseteamet for the case, then those who train.
     */
    caseAdvice: z.boolean().optional(),
    /** Someone to talk to at school asked for in a question, beside a line ("who at school, and is there a number?"). */
    atSchool: z.boolean().optional(),
    /** Who is in Kompetanseteamet asked, or a member agency's field ("who can advise on the immigration side?"): its members and routing. */
    members: z.boolean().optional(),
    /** Where someone can stay or sleep tonight asked ("hvor kan hun sove i natt?"): the crisis centres and the child welfare emergency service. */
    shelterTonight: z.boolean().optional(),
    /**
     * The asker asks what they themselves should do, or for advice for themselves ("hva bør jeg gjøre", "give me advice"):
     * said by a professional beside a line for another person, Kompetanseteamet advises them beside the lines.
     */
    ownAdvice: z.boolean().optional(),
    /** Who runs the service named asked ("who is behind ung.no?", "hvem eier Nora?"): its owner line, where the directory has one. */
    owner: z.boolean().optional(),
    /** Who the service named is for, or who may contact it ("can pupils call them themselves?"): its sourced "for whom" text. */
    whoMayContact: z.boolean().optional(),
    /** Who does what between IMDi and UD in the envoys' work, or their professional authority: the envoys' card with the split. */
    division: z.boolean().optional(),
    /** Somewhere to live asked about ("who helps her with a place to live?"): Kompetanseteamet coordinates the offer for over-18s. */
    housing: z.boolean().optional(),
    /**
     * Violence or control against a child's parent told by front-line staff ("the mother of one of our 4-year-olds has
     * bruises"): child welfare (a child lives in that home), the crisis centre for the parent, Kompetanseteamet, 112.
     */
    parentHarmed: z.boolean().optional(),
    /** Who is asking, when the message says so ("jeg jobber i barnevernet"): the plan is for that role (never the asker's own service). */
    askerRole: roleSchema.optional(),
    /**
     * A doubt that names another envoy post ("er du sikker? jeg trodde det var Ankara"): the answer stays, and the card
     * says what that post covers, and covered in 2008. Never remembered after the turn.
     */
    doubtedPost: envoyIdSchema.optional(),
    /**
     * The message asks what the doubted post covers ("Does Ankara cover Egypt, or is that Amman?"): the card gives that
     * post's whole responsibility too. Never remembered after the turn.
     */
    doubtedPostCoverage: z.boolean().optional(),
    /**
     * The message asks whether the country was always under its post ("was Iran always under Amman?"), and the doubted
     * post is the one that covered it in 2008: the card says so first, and today's answer stays. Never remembered.
     */
    historyAsked: z.boolean().optional(),
  })
  .strict();
export type ContactQuery = z.infer<typeof contactQuerySchema>;

/**
 * How surely the contacts recognizer reads a plain "who can advise us / whom do we call" (no service or country named):
 * a question of its own, even beside another question ("who advises kindergartens …, and the police number?").
 */
export const ASKS_WHO_TO_CONTACT = 0.75;

export const contactIntentSchema = z.object({ kind: z.literal('contact'), query: contactQuerySchema }).strict();
export type ContactIntent = z.infer<typeof contactIntentSchema>;

export const contactIntentSchemas = [contactIntentSchema] as const;
