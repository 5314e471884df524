import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import type { RememberedReading } from '../../src/conversation/follow-up';

/**
 * Issue #13: a contact's details asked after its card ("are they open at weekends?", "can I e-mail them?"), then a
 * remark that names nothing ("it's Friday evening now", "I can't call"): the details question is the question, in
 * every script (the question mark may be Arabic "؟" or Ethiopic "፧").
 */
const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };

const CASES: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'er de åpne på lørdager også? nå er det fredag kveld'],
  ['nn', 'er dei opne laurdag òg? no er det fredag kveld'],
  ['ti', 'ብኢመይል ክጽሕፈሎም ይኽእል ድየ? ሕጂ ኣብ ስራሕ እየ ዘለኹ'],
  ['ar', 'هل يمكنني مراسلتهم بالبريد الإلكتروني؟ لا أستطيع الاتصال من العمل'],
];

describe('a details follow-up, then a remark naming nothing', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-remarks-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(CASES)('[%s] %j after the Kompetanseteamet card shows that card again', (lng, message) => {
    const followUp = readers.followUp(message, lng, readers.understand(message, lng), kompetanseteamet);
    expect(followUp?.intent).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
  });
});
