import type { ContentError } from '../content/errors.ts';
import type { MatchResult } from './match.ts';

/** The import's report as plain lines: matched (with what changes), only in Slack, only in the directory. */
export function importReport(result: MatchResult, options: { dryRun: boolean }): string {
  const lines: string[] = [];
  const changed = result.matched.filter((match) => Object.keys(match.changes).length > 0);
  lines.push(
    `Matched ${result.matched.length} (${changed.length} to update${options.dryRun ? ', dry run: nothing written' : ''}):`,
  );
  for (const { person, user, by, changes } of result.matched) {
    const what = [
      changes.handle !== undefined ? `handle ${person.handle ?? '(none)'} → ${changes.handle}` : '',
      changes.memberId !== undefined ? `id ${person.memberId ?? '(none)'} → ${changes.memberId}` : '',
    ].filter(Boolean);
    lines.push(
      `  ${person.id} = @${user.name} (by ${by})${what.length ? `: ${what.join(', ')}` : ': up to date'}`,
    );
  }
  lines.push(`Only in Slack ${result.onlyInSlack.length}:`);
  for (const user of result.onlyInSlack)
    lines.push(
      `  @${user.name} ${user.profile?.real_name ?? user.real_name ?? ''} ${user.profile?.email ?? ''}`.trimEnd(),
    );
  lines.push(`Only in the directory ${result.onlyInDirectory.length}:`);
  for (const person of result.onlyInDirectory) lines.push(`  ${person.id} ${person.name}`);
  for (const warning of result.warnings) lines.push(`Warning: ${warning}`);
  return lines.join('\n');
}

/** Why nothing was written: one line per problem, each naming the file, the line or field and the fix. */
export function refusal(problems: readonly ContentError[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Nothing was written: the import would leave ${count}:`,
    ...problems.map((problem) => `  - ${problem.message}`),
    'Fix the references (or the people in Slack), then import again; --dry-run shows the plan.',
  ].join('\n');
}
