import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths/content-root';
import { LANGUAGES, type Lang } from './languages';
import { readDataFile } from '../paths/data-file';

/**
 * How far a language's strings have been checked, per locale namespace (common, guidance, contacts, stats).
 * - `reviewed`: checked by a person who reads the language and knows the field.
 * - `machine-assisted`: translated or written with machine help and not yet checked; cards show `common:machineNote`
 *   and a `common:showInNorwegian` button.
 * - `missing`: no file yet; i18next falls back along `fallbackChain` (usually English).
 */
export const LOCALE_REVIEW_STATUSES = ['reviewed', 'machine-assisted', 'missing'] as const;
export type LocaleReviewStatus = (typeof LOCALE_REVIEW_STATUSES)[number];

export const reviewStatusSchema = z.record(z.enum(LANGUAGES), z.record(z.string().min(1), z.enum(LOCALE_REVIEW_STATUSES)));
export type ReviewStatusTable = z.infer<typeof reviewStatusSchema>;

export function loadReviewStatus(file: string = path.join(projectRoot(), 'locales', 'review-status.json')): ReviewStatusTable {
  return readDataFile(file, reviewStatusSchema);
}

/**
 * True when a card in `lng` built from namespace `ns` should carry the machine-translation note and the
 * "show in Norwegian" button. Bokmål is the source language, so it never does.
 */
export function needsReviewNote(table: ReviewStatusTable, lng: Lang, ns: string): boolean {
  if (lng === 'nb') return false;
  return (table[lng]?.[ns] ?? 'missing') !== 'reviewed';
}
