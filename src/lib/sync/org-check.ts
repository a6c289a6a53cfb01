import path from 'node:path';
import { SyncError } from './errors.ts';
import type { PageNote } from './plan.ts';

/** What the build would say about the organisation with the staged checklists in place. */
export interface OrgCheck {
  /** Problems the sync would introduce (absent from content/ as it is): these block the run. */
  introduced: { file: string; message: string }[];
  /** Problems content/ already has, whatever the sync does: reported, never blocking. */
  preexisting: string[];
}

/**
 * The refusal for problems the sync would introduce. Each line names the wiki page a synced file
 * came from, when it came from one; the fix sentence covers the kinds of problem listed.
 */
export function orgCheckError(introduced: OrgCheck['introduced'], pages: readonly PageNote[]): SyncError {
  const pageOf = (file: string) =>
    path.basename(path.dirname(file)) === 'checklists'
      ? pages.find((page) => page.slug === path.basename(file, '.md'))?.path
      : undefined;
  const lines = introduced.map(({ file, message }) => {
    const page = pageOf(file);
    return `  - ${page ? `wiki page ${page}: ` : ''}${message}`;
  });
  const records = introduced.some(({ file }) => path.basename(path.dirname(file)) === 'readthroughs');
  const pagesToFix = introduced.some(({ file }) => path.basename(path.dirname(file)) !== 'readthroughs');
  const fixes = [
    ...(pagesToFix
      ? ['fix the wiki pages named above, or add the people they name under content/people/']
      : []),
    ...(records
      ? [
          'update each read-through record named above to the new item id or checklist name (or remove that entry), or restore what the wiki removed',
        ]
      : []),
  ];
  return new SyncError(
    `The synced checklists would break the build:\n${lines.join('\n')}\nNothing was changed`,
    `${capitalise(fixes.join('; '))}, then run the sync again`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
