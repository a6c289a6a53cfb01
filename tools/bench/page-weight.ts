import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a browser transfers for one built page, gzipped, with the scripts and styles it loads. */
export interface PageWeight {
  htmlGzip: number;
  assetsGzip: number;
  totalGzip: number;
  files: string[];
  images: number;
  /** Images without loading="lazy", width or height. */
  imagesNotLazyOrSized: number;
}

/** Weighs `page` (a path under `dist`, like `people/index.html`) and its same-site /_astro/ assets. */
export async function pageWeight(dist: string, page: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(new RegExp(`${base}_astro/[^"'\\s)]+\\.(?:js|css)`, 'g'))].map((match) =>
    match[0].slice(base.length),
  );
  let assetsGzip = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(path.join(dist, file), 'utf8');
    assetsGzip += gzipSync(text, { level: 6 }).length;
    // Static imports between chunks (`from"./stored.X.js"`) load with the page too.
    for (const match of text.matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1] ?? match[2] ?? ''));
    }
  }
  const images = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]);
  const htmlGzip = gzipSync(html, { level: 6 }).length;
  return {
    htmlGzip,
    assetsGzip,
    totalGzip: htmlGzip + assetsGzip,
    files: [page, ...seen],
    images: images.length,
    imagesNotLazyOrSized: images.filter(
      (tag) => !/loading="lazy"/.test(tag) || !/width="\d+"/.test(tag) || !/height="\d+"/.test(tag),
    ).length,
  };
}
