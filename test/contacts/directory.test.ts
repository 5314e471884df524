import { sourceForReviewers } from '../../src/content/source';
import { readFileSync } from 'node:fs';
import { contentPath } from '../../src/paths/content-root';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import { readEnvoysFile, readServicesFile } from '../../src/contacts/directory';
import { servicesFileSchema } from '../../src/contacts/service-schema';
import { directory } from './contact-fixtures';

describe('the service directory (content/contacts/services.json)', () => {
  const file = readServicesFile();

  it('has every service id the other features use, once', () => {
    expect(file.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
  });

  it('gives each service who it is for, what it helps with and when to use it, in nb, nn and en', () => {
    for (const s of file.services) {
      for (const field of [s.name, s.forWhom.text, s.helpsWith.text, s.whenToUse.text]) {
        expect(field.nb).toBeTruthy();
        expect(field.nn).toBeTruthy();
        expect(field.en).toBeTruthy();
      }
    }
  });

  it('has the published numbers from domain.md §12 and nothing else for them', () => {
    const phones = (id: (typeof SERVICE_IDS)[number]) => directory.service(id).phones.map((p) => p.number);
    const emails = (id: (typeof SERVICE_IDS)[number]) => directory.service(id).emails.map((e) => e.address);
    expect(phones('police-emergency')).toEqual(['112']);
    expect(phones('police')).toEqual(['02800']);
    expect(phones('ambulance')).toEqual(['113']);
    expect(phones('alarmtelefonen')).toEqual(['116 111']);
    expect(emails('alarmtelefonen')).toEqual(['alarm@116111.no']);
    expect(phones('vo-linjen')).toEqual(['116 006']);
    expect(phones('rode-kors-telefonen')).toEqual(['815 55 201']);
    expect(phones('kompetanseteamet')).toEqual(['478 09 050']);
    expect(emails('kompetanseteamet')).toEqual(['kompetanseteamet@bufdir.no']);
    expect(phones('ud-operations-centre')).toEqual(['+47 23 95 00 00']);
    expect(emails('ud-operations-centre')).toEqual(['UDops@mfa.no']);
    expect(phones('seif')).toEqual(['22 03 48 30']);
    expect(emails('seif')).toEqual(['seif@seif.no']);
    expect(emails('expert-team')).toEqual(['post@imdi.no']);
  });

  it('invents no number for municipal services or the envoys, and says where to find one instead', () => {
    for (const id of ['child-welfare', 'child-welfare-emergency', 'crisis-centres', 'diversity-advisers', 'special-envoys', 'envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi', 'rvts'] as const) {
      const service = directory.service(id);
      expect(service.phones).toEqual([]);
      expect(service.whereToFind?.text.nb).toBeTruthy();
    }
    expect(directory.service('child-welfare-emergency').whereToFind?.text.nb).toMatch(/kommunens nettside.*116 111.*112/s);
  });

  it("states Kompetanseteamet's hours, members and who may contact it", () => {
    const team = directory.service('kompetanseteamet');
    expect(team.hours?.text.nb).toBe('Mandag–fredag kl. 09.00–15.00.');
    expect(team.members?.text.nb).toMatch(/Bufdir, IMDi, UDI, Politidirektoratet.*AVdir.*Hdir/);
    expect(team.whoMayContact?.text.en).toMatch(/over 18/);
    expect(directory.service('rode-kors-telefonen').hours?.text.nb).toBe('Hverdager kl. 9–17.');
  });

  it('cites a source for every value: seed lines for reviewers, or dated pages', () => {
    for (const service of file.services) {
      const sources = directory.sourcesOf(service);
      expect(sources.length).toBeGreaterThan(0);
      for (const line of sources.map(sourceForReviewers)) expect(line).toMatch(/\(\d{3}_[0-9a-f]{16}\.txt, l\. \d+–\d+\)|https:\/\/\S+ \(\d{4}-\d{2}-\d{2}\)/);
    }
  });

  it('rejects a directory that cites a source it does not define', () => {
    const raw = JSON.parse(readFileSync(contentPath('contacts', 'services.json'), 'utf8')) as { services: { forWhom: { sources: string[] } }[] };
    const first = raw.services[0];
    if (!first) throw new Error('empty directory');
    first.forWhom.sources = ['no-such-source'];
    const result = servicesFileSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain('unknown source "no-such-source"');
  });

  it('never lists the closed posts (Colombo, Rabat) as an envoy', () => {
    const envoys = readEnvoysFile();
    expect(envoys.envoys.map((e) => e.city).sort()).toEqual(['Amman', 'Ankara', 'Islamabad', 'Nairobi']);
    expect(envoys.closedPosts.map((p) => p.city)).toEqual(['Colombo', 'Rabat']);
    const current = JSON.stringify(file.services.filter((s) => s.kind === 'envoy'));
    expect(current).not.toMatch(/Colombo|Rabat/);
  });
});
