import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { z } from 'zod';
import { createConversationStore } from '../../src/conversation/conversation-state';
import type { CardActionHandler } from '../../src/kit/card-action';
import { memoryLanguagePreferences } from '../../src/storage/language-preferences';
import { createFeatures } from '../../src/features';
import { createI18n } from '../../src/language/i18n';
import { createLogger } from '../../src/logging/logger';

/**
 * Every card action the running bot knows, read from the same feature composition the app uses, so
 * tests that walk "every verb" grow as features are wired in.
 */
export async function knownCardActions(): Promise<readonly CardActionHandler[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-verbs-'));
  try {
    const features = await createFeatures({
      i18n: createI18n(),
      preferences: memoryLanguagePreferences(),
      dataDir,
      log: createLogger({ level: 'silent' }),
      now: () => new Date(),
      registrars: new Set(),
      registrationsPerMinute: 10,
      conversationState: createConversationStore(new MemoryStorage()).state,
    });
    await features.close();
    return features.cardActions;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A payload that satisfies `schema` where it can, with `filler` in every free-text field: a canary for
 * privacy tests, or generated strings for fuzzing. Closed choices (enums, literals) get their first option.
 */
export function samplePayload(schema: z.ZodType, filler: string): unknown {
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, samplePayload(field, filler)]));
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return samplePayload(schema.unwrap() as z.ZodType, filler);
  }
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodLiteral) return [...schema.values][0];
  if (schema instanceof z.ZodArray) return [samplePayload(schema.element as z.ZodType, filler)];
  if (schema instanceof z.ZodUnion) return samplePayload(schema.options[0] as z.ZodType, filler);
  if (schema instanceof z.ZodNumber) return 1;
  if (schema instanceof z.ZodBoolean) return true;
  return filler;
}
