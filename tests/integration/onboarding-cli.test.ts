// `npm run onboarding -- export --person X` as a user runs it (issue 18, point 7).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { runCli } from '../support/run-cli.ts';

const env = { PORTAL_TODAY: '2026-11-26', PORTAL_SITE_URL: 'https://portal.example/' };

describe('npm run onboarding -- export', () => {
  it.each([
    ['the file name', 'ogawa-hina'],
    ['the Slack handle', '@ogawa'],
  ])('prints the path as Markdown task items for %s', async (_label, person) => {
    const result = await runCli('scripts/onboarding.ts', ['export', '--person', person], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('## 小川 陽菜 さんのオンボーディング');
    expect(lines).toContain('バディ: 穴澤 翔 (@anazawa)');
    expect(lines).toContain('### 初日 (2026-11-09 まで)');
    expect(lines).toContain(
      '- [ ] [資料「人事チームからのご案内」の発表に出る](https://portal.example/decks/hr/)',
    );
    expect(lines).toContain(
      '- [ ] [#ask-app に参加する](https://minato-market.slack.com/archives/C01ASKAPP01)',
    );
    expect(lines.filter((line) => line.startsWith('- [ ] ')).length).toBeGreaterThan(15);
  });

  it('names the person it cannot find and suggests the closest, with exit code 1', async () => {
    const result = await runCli('scripts/onboarding.ts', ['export', '--person', 'ogawa-hna'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      '--person "ogawa-hna" names no one: no file in content/people/ has that name and no person has that Slack handle. Did you mean ogawa-hina?',
    );
  });

  it('says who has no path and how to give them one, with exit code 1', async () => {
    // In the minimal tree kato-ken has no hire file and team "app" no onboardingTrack.
    const contentDir = path.join(projectRoot, 'tests/fixtures/content/minimal');
    const result = await runCli('scripts/onboarding.ts', ['export', '--person', 'kato-ken'], {
      env: { ...env, PORTAL_CONTENT_DIR: contentDir },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'kato-ken has no onboarding path: there is no content/onboarding/hires/kato-ken.yaml and team "app" has no `onboardingTrack`. Add content/onboarding/hires/kato-ken.yaml with tracks and a buddy, or set onboardingTrack in content/teams/app.yaml.',
    );
  });

  it.each([[[]], [['exprt']], [['export']]])('exits 2 on the command line %j', async (args) => {
    const result = await runCli('scripts/onboarding.ts', args, { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('prints its help', async () => {
    const result = await runCli('scripts/onboarding.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run onboarding -- export --person NAME');
  });
});
