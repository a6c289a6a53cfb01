import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checklistSchema } from '../../schemas/checklist.ts';
import { parseChecklist } from '../checklists/parse.ts';
import { PortalError } from '../content/portal-error.ts';
import { parseContentFile } from '../content/parse-file.ts';
import { shownPath } from '../content/paths.ts';
import { checklistPath } from './slug.ts';

/**
 * Reads each written file back from the staging copy (transaction-fs.ts) and checks it exactly as
 * the build does: the frontmatter parser, the checklist schema and the checklist parser. Returns
 * one message per bad file, by slug.
 */
export async function validateStaged(
  stageDir: string,
  slugs: Iterable<string>,
  /** The real checklists folder, to name files where the user will find them. */
  checklistsDir: string,
): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  for (const slug of slugs) {
    const file = shownPath(path.join(checklistsDir, `${slug}.md`));
    try {
      const parsed = parseContentFile(await readFile(checklistPath(stageDir, slug), 'utf8'), file, 'md');
      const result = checklistSchema.safeParse(parsed.data);
      if (!result.success) {
        problems.set(
          slug,
          `${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
        continue;
      }
      parseChecklist(parsed.body ?? '', { file, lineOffset: parsed.bodyLine - 1 });
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      problems.set(slug, error.message);
    }
  }
  return problems;
}
