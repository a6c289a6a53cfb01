import type { ThemeChange } from './question-merge.ts';

/** What `import:questions` prints: one line per changed theme, then the duplicates skipped. */
export function importLines(changes: ThemeChange[], duplicates: string[]): string[] {
  const lines = changes.map((change) => {
    const translated = change.translated.length > 0 ? `, ${change.translated.length} translated` : '';
    return `${change.id}${change.created ? ' (new theme)' : ''}: ${change.added.length} added${translated}`;
  });
  return [...lines, `${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'} skipped.`];
}
