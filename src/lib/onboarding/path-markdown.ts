import type { UiStrings } from '../../i18n/index.ts';
import type { Entry, Org, Person } from '../content/org.ts';
import { routesAt } from '../content/routes.ts';
import { hirePath, type PathStep, type StepTarget } from './hire-path.ts';

type Strings = UiStrings['onboarding'];

/** The words of a step, as the page and the Markdown export both say it. */
export function stepLabel(target: StepTarget, t: Strings): string {
  switch (target.kind) {
    case 'deck':
      return t.stepDeck(target.title);
    case 'meet':
      return t.stepMeet(target.person.data.name);
    case 'channel':
      return t.stepChannel(target.name);
    case 'checklist':
      return target.items.length > 0
        ? t.stepChecklistItems(target.title, target.items.length)
        : t.stepChecklist(target.title);
    case 'readthrough':
      return t.stepReadthrough(target.title);
    case 'news':
      return t.stepNews(target.title);
    case 'task':
      return target.text;
  }
}

/**
 * A hire's path as Markdown task items, to paste into an issue tracker (as GitLab teams keep an
 * onboarding issue): one heading per stretch, one `- [ ]` per step, with absolute links from the
 * one site URL resolver. Without a site URL the portal's links are left out rather than guessed;
 * Slack channels and a task's https link are absolute anyway. The page's copy button carries the
 * same text (src/pages/onboarding/[person].astro), and so does `npm run onboarding -- export`.
 */
export function pathMarkdown(
  org: Org,
  person: Entry<Person>,
  today: string,
  t: Strings,
  siteUrl: string | undefined,
): string {
  const path = hirePath(org, person, today, routesAt(siteUrl ?? ''));
  const lines = [`## ${t.markdownHeading(person.data.name)}`, ''];
  if (path.buddy) lines.push(`${t.buddy}: ${path.buddy.data.name} (@${path.buddy.data.slack.handle})`, '');
  for (const stretch of path.stretches) {
    lines.push(`### ${stretch.title}${stretch.until ? ` (${t.until(stretch.until)})` : ''}`, '');
    for (const step of stretch.steps) lines.push(`- [ ] ${stepLine(step, t, siteUrl !== undefined)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function stepLine(step: PathStep, t: Strings, portalLinks: boolean): string {
  const label = stepLabel(step.target, t).replace(/([[\]])/g, '\\$1');
  const external =
    step.target.kind === 'channel'
      ? step.target.slack?.web
      : step.target.kind === 'task' && step.target.link?.startsWith('https://')
        ? step.target.link
        : undefined;
  const href = external ?? (portalLinks ? step.href : undefined);
  const text = href ? `[${label}](${href})` : label;
  const why = step.target.kind === 'meet' ? ` (${t.why}: ${step.target.why})` : '';
  const note = step.note ? ` — ${step.note}` : '';
  return `${text}${why}${note}`;
}
