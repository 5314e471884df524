/**
 * The build's data check (scripts/check-data.mjs) answers a few first messages after building the app, so the files a
 * start reads only on its first turns are listed as checked too, and the built program does not parse them with zod
 * during a person's first question. That works only for files read through `readDataFile`: this follows a first
 * guidance question and a first statistics question with the list recording, as the check does.
 */
import path from 'node:path';
import { recordCheckedData } from '../../src/paths/data-file';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

const ROOT = path.join(__dirname, '..', '..');

describe("the files a start's first answers read", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp();
  });
  afterAll(() => testApp.close());

  it('are read through the checked-data list: the command and statistics words, the short titles', async () => {
    const listed = recordCheckedData();
    await conversation(testApp).send('hva er tvangsekteskap?').startTest();
    await conversation(testApp, { locale: 'en-US' }).send('how many inquiries did the expert team get in 2021').startTest();
    const files = [...listed.keys()];
    const relative = (...parts: string[]) => path.relative(ROOT, path.join(ROOT, ...parts)).split(path.sep).join('/');
    expect(files).toEqual(
      expect.arrayContaining([
        relative('content', 'understanding', 'commands', 'nb.json'),
        relative('content', 'stats', 'stats-words.json'),
        relative('content', 'knowledge', 'short-titles.json'),
      ]),
    );
  }, 60_000);
});
