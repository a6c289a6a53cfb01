// Issue 8: agendas are private. Prepare some in a private directory inside the project (where the
// default .private/ lives), add a manager's note, build the site, and look for any of it in the output.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../../tools/fake-slack/server.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { runCli } from '../support/run-cli.ts';

const MEMBERS = ['anazawa-sho', 'hara-ami', 'chen-wei'];
const DATE = '2026-11-25';
let privateDir = '';
let outDir = '';

afterAll(async () => {
  if (privateDir) await rm(privateDir, { recursive: true, force: true });
  if (outDir) await rm(path.dirname(outDir), { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('agenda privacy', () => {
  it('no agenda text reaches the built site', async () => {
    await mkdir(path.join(projectRoot, '.private'), { recursive: true });
    privateDir = await mkdtemp(path.join(projectRoot, '.private', 'privacy-test-'));
    const env = { PORTAL_PRIVATE_DIR: privateDir, PORTAL_CONTENT_DIR: path.join(projectRoot, 'content') };
    // Issue 17: a note between 1on1s, a posted record and the private calendar files join the agendas.
    const note = `秘密のメモ-${Math.random().toString(36).slice(2)}`;
    const noted = await runCli('scripts/agenda.ts', ['--note', note, '--member', MEMBERS[0] ?? ''], { env });
    expect(noted.code, noted.stderr).toBe(0);
    await writeFile(
      path.join(privateDir, 'schedule.yaml'),
      MEMBERS.map(
        (member) => `- { manager: kato-ken, member: ${member}, cadence: weekly, weekday: wed, post: slack }`,
      ).join('\n'),
    );
    for (const member of MEMBERS) {
      const prepared = await runCli('scripts/agenda.ts', ['--member', member, '--date', DATE], { env });
      expect(prepared.code, prepared.stderr).toBe(0);
    }
    const token = `xoxb-privacy-${Math.random().toString(36).slice(2)}`;
    const kato =
      /id: (U\w+)/.exec(
        await readFile(path.join(projectRoot, 'content/people/kato-ken.yaml'), 'utf8'),
      )?.[1] ?? '';
    const slackServer = await startFakeSlack({ token, channels: [kato] });
    const posted = await runCli(
      'scripts/agenda.ts',
      ['--member', MEMBERS[0] ?? '', '--date', DATE, '--post', 'slack'],
      {
        env: { ...env, SLACK_BOT_TOKEN: token, SLACK_API_URL: slackServer.url },
      },
    );
    await slackServer.close();
    expect(posted.code, posted.stderr).toBe(0);
    const calendars = await runCli('scripts/agenda.ts', ['--ics'], { env });
    expect(calendars.code, calendars.stderr).toBe(0);
    const postedRecord = await readFile(
      path.join(privateDir, 'posted', MEMBERS[0] ?? '', `${DATE}.json`),
      'utf8',
    );
    const privateIcs = await readFile(
      path.join(privateDir, 'calendar', `kato-ken-${MEMBERS[0] ?? ''}.ics`),
      'utf8',
    );

    const secret = `極秘メモ-${Math.random().toString(36).slice(2)}: 来期の昇格を相談中`;
    const firstFile = path.join(privateDir, 'agendas', MEMBERS[0] ?? '', `${DATE}.md`);
    const first = await readFile(firstFile, 'utf8');
    await writeFile(firstFile, first.replace('## メモ\n', `## メモ\n\n${secret}\n`));

    // What only an agenda contains: the note, each file's body hash, headings and the privacy notice.
    const markers = [
      secret,
      '二人だけのメモです',
      note,
      token,
      JSON.parse(postedRecord).sentAt as string,
      /^UID:(.+)\r?$/m.exec(privateIcs)?.[1]?.trim() ?? 'missing-uid',
    ];
    // The note waits in notes/ for the next agenda: it was written after ${DATE}.
    expect(await readFile(path.join(privateDir, 'notes', `${MEMBERS[0] ?? ''}.yaml`), 'utf8')).toContain(
      note,
    );
    for (const member of MEMBERS) {
      const text = await readFile(path.join(privateDir, 'agendas', member, `${DATE}.md`), 'utf8');
      markers.push(
        /^hash: (\w+)$/m.exec(text)?.[1] ?? 'missing-hash',
        /^# (.+)$/m.exec(text)?.[1] ?? 'missing-heading',
      );
    }
    expect(markers.filter((m) => m.startsWith('missing'))).toEqual([]);

    const build = await buildSite({ env: { PORTAL_PRIVATE_DIR: privateDir } });
    outDir = build.outDir;
    expect(build.code, build.stderr).toBe(0);

    const files = await filesUnder(outDir);
    const leaks: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const marker of markers)
        if (text.includes(marker)) leaks.push(`${path.relative(outDir, file)}: ${marker}`);
    }
    expect(leaks).toEqual([]);
    // Nothing from the private dir's new folders reaches the output by name either.
    expect(
      files.filter((file) => /[\\/](posted|notes|calendar)[\\/]|1on1-/.test(path.relative(outDir, file))),
    ).toEqual([]);
    // The scan is real: the page exists and shows the question bank (but no agenda).
    const page = await readFile(path.join(outDir, 'one-on-one/index.html'), 'utf8');
    expect(page).toContain('npm run agenda');
    expect(page).toContain('id="template-regular"');
    expect(files.length).toBeGreaterThan(20);
  });
});
