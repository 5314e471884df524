import { z } from 'zod';

/**
 * The shape an activity must have before it reaches the adapter. It checks only what the SDK and the bot
 * rely on (so a malformed activity is a 400 here, not a crash later); everything else passes through
 * untouched, so new Teams fields keep working.
 */

/** Rejects lone UTF-16 surrogates: they cannot be URL-encoded, and ids end up in reply URLs. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'not well-formed Unicode' });

const account = z.looseObject({
  id: wellFormed(1024),
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
  role: z.string().max(64).optional(),
});

const isoDate = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date' });

const serviceUrl = z
  .string()
  .max(2048)
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), { message: 'must be an http(s) URL' });

/** The SDK strips @mentions by reading `mentioned.id` and `text` of every mention entity. */
const mention = z.looseObject({ mentioned: z.looseObject({ id: z.string() }), text: z.string().max(1024) });
const entity = z
  .looseObject({ type: z.string().max(64) })
  .refine((e) => e.type.toLowerCase() !== 'mention' || mention.safeParse(e).success, { message: 'malformed mention' });

const invokeValue = z.looseObject({});
const adaptiveCardAction = z.looseObject({ action: z.looseObject({ type: z.string() }) });

export const inboundActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl,
    timestamp: isoDate.optional(),
    localTimestamp: isoDate.optional(),
    expiration: isoDate.optional(),
    from: account,
    recipient: account,
    conversation: z.looseObject({
      id: wellFormed(2048),
      tenantId: z.string().max(128).optional(),
      conversationType: z.string().max(64).optional(),
      isGroup: z.boolean().optional(),
    }),
    locale: z.string().max(64).optional(),
    text: z.string().optional(),
    textFormat: z.string().max(32).optional(),
    replyToId: z.string().max(1024).optional(),
    name: z.string().max(256).optional(),
    action: z.string().max(64).optional(),
    value: z.unknown().optional(),
    entities: z.array(entity).max(100).optional(),
    attachments: z.array(z.looseObject({})).max(50).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
    channelData: z.looseObject({}).optional(),
  })
  .superRefine((activity, ctx) => {
    // Rules the SDK's Teams handlers assume without checking (each one crashed a turn in the property test).
    if (activity.channelId === 'msteams' && activity.channelData === undefined) {
      ctx.addIssue({ code: 'custom', path: ['channelData'], message: 'Teams activities carry channelData' });
    }
    if (activity.entities?.some((e) => e.type.toLowerCase() === 'mention') && activity.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a mention needs the text it appears in' });
    }
    if (activity.type === 'invoke') {
      const value = invokeValue.safeParse(activity.value);
      if (!value.success) ctx.addIssue({ code: 'custom', path: ['value'], message: 'an invoke carries an object value' });
      else if (activity.name === 'adaptiveCard/action' && !adaptiveCardAction.safeParse(value.data).success) {
        ctx.addIssue({ code: 'custom', path: ['value', 'action'], message: 'adaptiveCard/action needs an action' });
      }
    }
  });

export type InboundActivity = z.infer<typeof inboundActivitySchema>;
