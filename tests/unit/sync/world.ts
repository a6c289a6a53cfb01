import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRepo, type GitRepo } from '../../../tools/fake-github/git-repo.ts';

export const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/sync', name), 'utf8');

/** The default wiki: checklists, a Japanese page, a page without tasks, things to refuse. */
const WIKI: Record<string, string> = {
  'checklists/release.md': fixture('release.md'),
  'checklists/開発フロー (本番).md':
    '# 開発フロー\n\n- [ ] レビューを受けた\n  - 理由: 二人の目で見るため。\n',
  'checklists/notes.md': '# Notes\n\nNo task items here.\n',
  'checklists/draft.mdx': '# Draft\n\n- [ ] MDX runs code\n',
  'outside/elsewhere.md': '- [ ] not under the synced folder\n',
};

export const HAND_WRITTEN =
  '---\ntitle: 手書きのチェックリスト\nflow: onboarding\n---\n- [ ] 手で書いた項目\n';

export interface World {
  root: string;
  repo: GitRepo;
  contentDir: string;
  checklistsDir: string;
  cacheDir: string;
  cleanup(): void;
}

/**
 * A temporary world: a wiki repository and a content directory with one hand-written checklist.
 * `content` names a content tree under tests/fixtures/content/ to start from (a whole organisation),
 * for tests that need the build's reference checks; without it content/ holds only checklists/.
 */
export function makeWorld(pages: Record<string, string> = WIKI, options: { content?: string } = {}): World {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sync-test-'));
  const repo = createRepo(path.join(root, 'wiki'));
  repo.commit(pages, 'initial pages');
  const contentDir = path.join(root, 'content');
  const checklistsDir = path.join(contentDir, 'checklists');
  if (options.content)
    cpSync(path.join(import.meta.dirname, '../../fixtures/content', options.content), contentDir, {
      recursive: true,
    });
  mkdirSync(checklistsDir, { recursive: true });
  writeFileSync(path.join(checklistsDir, 'onboarding.md'), HAND_WRITTEN);
  return {
    root,
    repo,
    contentDir,
    checklistsDir,
    cacheDir: path.join(root, 'cache'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under `dir` with a hash of its bytes and its mtime: "byte-for-byte unchanged" is equality. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const file = path.join(current, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else
        out[path.relative(dir, file)] =
          `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${stat.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

export const read = (world: World, slug: string) =>
  readFileSync(path.join(world.checklistsDir, `${slug}.md`), 'utf8');
