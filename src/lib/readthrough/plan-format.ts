import type { PlannedItem } from './plan.ts';

/** A plan as the terminal shows it: grouped by section, each item with its id and last read date. */
export function formatPlan(title: string, slug: string, plan: readonly PlannedItem[], url: string): string {
  const lines = [`Next ${plan.length} item(s) of ${title} (${slug}):`];
  let section: string | undefined | null = null;
  for (const { item, lastRead } of plan) {
    if (item.sectionId !== section) {
      section = item.sectionId;
      lines.push('', `## ${item.section ?? '(no section)'}`);
    }
    lines.push(
      `  ${item.id.padEnd(28)} ${(lastRead ? `read ${lastRead}` : 'never read').padEnd(15)} ${item.text}`,
    );
  }
  lines.push(
    '',
    `Read-through: ${url}`,
    `Record it:    npm run readthrough -- record --checklist ${slug} --items ${plan.map((p) => p.item.id).join(',')} --facilitator <person>`,
  );
  return `${lines.join('\n')}\n`;
}
