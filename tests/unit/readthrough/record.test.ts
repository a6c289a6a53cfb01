import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChecklists } from '../../../src/lib/checklists/checklists-fs.ts';
import { buildRecord, recordToYaml } from '../../../src/lib/readthrough/record.ts';
import { writeRecord } from '../../../src/lib/readthrough/record-fs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(ROOT, 'tests/fixtures/checklists/content');
const { org, parse } = await loadChecklists(fixture, ROOT);
// Messages name the content directory they were given, not a hard-coded content/.
const context = { items: parse('release').items, people: org.people, contentDir: 'elsewhere/content' };
const base = { checklist: 'release', date: '2026-11-26', facilitator: '@kato' };

describe('buildRecord', () => {
  it('resolves handles to file names and writes YAML the content loader accepts', () => {
    const record = buildRecord(
      { ...base, items: ['announce', 'reload', 'announce'], guest: 'sato', attendees: ['sato-mai'] },
      context,
    );
    expect(recordToYaml(record)).toMatchInlineSnapshot(`
      "date: 2026-11-26
      checklist: release
      items:
        - announce
        - reload
      facilitator: kato-ken
      guest: sato-mai
      attendees:
        - sato-mai
      "
    `);
  });

  it.each([
    {
      input: { ...base, items: ['announce', 'nope', 'gone'] },
      message:
        'elsewhere/content/readthroughs/2026-11-26-release.yaml: field `items` "nope", "gone" are not items of checklist "release". Use ids from `npm run readthrough -- plan --checklist release` or the checklist page, such as compatible-migration, announce, rollback-plan.',
    },
    {
      input: { ...base, items: ['announce'], facilitator: 'katoo' },
      message:
        'elsewhere/content/readthroughs/2026-11-26-release.yaml: field `facilitator` names "katoo", but no person has that file name or Slack handle. Use a file name from elsewhere/content/people/ or an @handle, such as kato-ken or sato-mai.',
    },
    {
      input: { ...base, items: ['announce'], date: '26/11/2026' },
      message:
        'elsewhere/content/readthroughs/: field `date` "26/11/2026" is not a calendar date written as YYYY-MM-DD. Pass the date like --date 2026-11-26, or leave it out for today.',
    },
    {
      input: { ...base, items: ['announce'], date: '2026-02-30' },
      message:
        'elsewhere/content/readthroughs/: field `date` "2026-02-30" is not a calendar date written as YYYY-MM-DD. Pass the date like --date 2026-11-26, or leave it out for today.',
    },
  ])('refuses $input.items with a clear message', ({ input, message }) => {
    expect(() => buildRecord(input, context)).toThrow(message);
  });
});

describe('writeRecord', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('writes once and refuses to overwrite', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'readthrough-'));
    dirs.push(dir);
    const record = buildRecord({ ...base, items: ['announce'] }, context);
    const file = await writeRecord(dir, record, dir);
    expect(file).toBe(path.join(dir, 'readthroughs', '2026-11-26-release.yaml'));
    expect(await readFile(file, 'utf8')).toBe(recordToYaml(record));
    await expect(writeRecord(dir, record, dir)).rejects.toThrow(
      'readthroughs/2026-11-26-release.yaml: already records a read-through of "release" on 2026-11-26. Add the items to that file by hand, or pass another --date.',
    );
  });

  it('lets exactly one of two simultaneous runs for the same date write', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'readthrough-'));
    dirs.push(dir);
    const first = buildRecord({ ...base, items: ['announce'] }, context);
    const second = buildRecord({ ...base, items: ['reload'], facilitator: '@sato' }, context);
    const results = await Promise.allSettled([writeRecord(dir, first, ROOT), writeRecord(dir, second, ROOT)]);
    const written = results.flatMap((result, index) => (result.status === 'fulfilled' ? [index] : []));
    expect(written).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/already records a read-through of "release" on 2026-11-26/);
    const kept = written[0] === 0 ? first : second;
    expect(await readFile(path.join(dir, 'readthroughs/2026-11-26-release.yaml'), 'utf8')).toBe(
      recordToYaml(kept),
    );
  });
});
