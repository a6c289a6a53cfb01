import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeSanitizeBody } from './sanitize.ts';

/**
 * Markdown held in a YAML field or a checklist line (team descriptions, bios, checklist text) to
 * HTML, through the site's one sanitiser. Raw HTML is parsed (rehype-raw) and then sanitised, so
 * `<kbd>` or `<details>` survive while `<script>`, `on*` handlers, `javascript:` URLs and images
 * from other hosts do not. Sanitising runs last, after every step that could add markup.
 */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitizeBody)
  .use(rehypeStringify);

/** Block Markdown to sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return String(markdownProcessor.processSync(markdown));
}
