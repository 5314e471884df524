import { randomUUID } from 'node:crypto';

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const USER_AAD_ID = '00000000-0000-4000-8000-000000000001';
export const BOT_ID = '28:veiviser-bot';

export interface TeamsMessageOptions {
  text?: string;
  value?: unknown;
  serviceUrl: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  locale?: string;
  tenantId?: string;
  aadObjectId?: string;
  mentionBot?: boolean;
}

/** A message activity shaped like the ones Teams posts to a bot (personal chat, channel thread or group chat). */
export function teamsMessage(options: TeamsMessageOptions): Record<string, unknown> {
  const conversationType = options.conversationType ?? 'personal';
  const tenantId = options.tenantId ?? TENANT_ID;
  const mention = `<at>Veiviser</at>`;
  const text = options.mentionBot ? `${mention} ${options.text ?? ''}` : options.text;
  const conversationId =
    conversationType === 'channel' ? '19:abc123@thread.tacv2;messageid=1700000000000' : conversationType === 'groupChat' ? '19:group@thread.v2' : 'a:1personalchat';
  return {
    type: 'message',
    id: String(Date.now()) + Math.floor(Math.random() * 1000),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: options.serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Kari Lærer', aadObjectId: options.aadObjectId ?? USER_AAD_ID },
    conversation: { id: conversationId, conversationType, tenantId, ...(conversationType === 'channel' ? { isGroup: true } : {}) },
    recipient: { id: BOT_ID, name: 'Veiviser' },
    textFormat: 'plain',
    locale: options.locale ?? 'en-US',
    ...(text !== undefined ? { text } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    entities: [
      { type: 'clientInfo', locale: options.locale ?? 'en-US', country: 'NO', platform: 'Web', timezone: 'Europe/Oslo' },
      ...(options.mentionBot ? [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Veiviser' } }] : []),
    ],
    channelData: {
      tenant: { id: tenantId },
      ...(conversationType === 'channel' ? { teamsChannelId: '19:abc123@thread.tacv2', teamsTeamId: '19:team@thread.tacv2', channel: { id: '19:abc123@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } } : {}),
    },
  };
}

/** The installationUpdate Teams sends when a user adds the app in personal scope. */
export function teamsInstall(serviceUrl: string, locale = 'nb-NO'): Record<string, unknown> {
  return {
    type: 'installationUpdate',
    action: 'add',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', aadObjectId: USER_AAD_ID },
    conversation: { id: 'a:1personalchat-install', conversationType: 'personal', tenantId: TENANT_ID },
    recipient: { id: BOT_ID, name: 'Veiviser' },
    locale,
    channelData: { tenant: { id: TENANT_ID }, source: { name: 'message' } },
  };
}
