import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a bare Astro project that renders every Markdown file of the given folders through one
 * page per file, with no layout, components or logic: the floor a portal build is compared to.
 */
export async function writeBaselineProject(
  dir: string,
  options: { projectRoot: string; markdownDirs: string[] },
): Promise<void> {
  await mkdir(path.join(dir, 'src/pages/[collection]'), { recursive: true });
  await symlink(path.join(options.projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  // Its own cache folder, which the benchmark removes before each run: node_modules is the
  // project's (a link), and a data store kept there would make every later baseline build warm.
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    "export default { output: 'static', cacheDir: './cache' };\n",
  );
  const collections = options.markdownDirs.map(
    (folder, index) =>
      `c${index}: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(folder)} }) })`,
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { ${collections.join(', ')} };\n`,
  );
  const names = options.markdownDirs.map((_, index) => `'c${index}'`).join(', ');
  await writeFile(
    path.join(dir, 'src/pages/[collection]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = await Promise.all([${names}].map((name) => getCollection(name)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="ja"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>
`,
  );
}
