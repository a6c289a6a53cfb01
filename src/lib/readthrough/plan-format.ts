import { columns, padColumns } from '../text/display-width.ts';
import type { PlannedItem } from './plan.ts';

/** A plan as the terminal shows it: grouped by section, each item with its id and last read date. */
export function formatPlan(title: string, slug: string, plan: readonly PlannedItem[], url: string): string {
  const lines = [`Next ${plan.length} item(s) of ${title} (${slug}):`];
  const idColumns = Math.max(...plan.map(({ item }) => columns(item.id)), 0);
  let section: string | undefined | null = null;
  for (const { item, lastRead } of plan) {
    if (item.sectionId !== section) {
      section = item.sectionId;
      lines.push('', `## ${item.section ?? '(no section)'}`);
    }
    lines.push(
      `  ${padColumns(item.id, idColumns)}  ${padColumns(lastRead ? `read ${lastRead}` : 'never read', 15)} ${item.text}`,
    );
  }
  lines.push(
    '',
    `Read-through: ${url}`,
    `Record it:    npm run readthrough -- record --checklist ${slug} --items ${plan.map((p) => p.item.id).join(',')} --facilitator <person>`,
  );
  return `${lines.join('\n')}\n`;
}
