import type { AgendaTemplate } from '../../../schemas/agenda.ts';
import type { Person } from '../../../schemas/person.ts';
import type { Entry, Org } from '../../content/org.ts';
import { AgendaError } from '../errors.ts';
import { BUILT_IN_TEMPLATE } from './slot-plan.ts';
import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import { closestPeople, editDistance, findPerson as lookUpPerson } from '../../content/people-lookup.ts';

/** A person by file name or Slack handle (the directory's lookup), or an error suggesting close matches. */
export function findPerson(people: Entry<Person>[], slug: string, role: 'member' | 'manager'): Entry<Person> {
  const person = lookUpPerson(people, slug);
  if (person) return person;
  const close = closestPeople(people, slug).map((entry) => `"${entry.id}"`);
  const hint =
    close.length > 0
      ? `Did you mean ${close.join(' or ')}?`
      : `Use a file name from content/people/, such as "${people[0]?.id ?? 'kato-ken'}".`;
  throw new AgendaError(`No person "${slug}" was found for --${role} in content/people/`, hint);
}

/**
 * The manager of a member: `--manager` when given, else the schedule's entry for the member, else
 * the lead of the member's team (unless that is the member).
 */
export function findManager(
  org: Org,
  member: Entry<Person>,
  given: string | undefined,
  schedule: ScheduleEntry[],
): Entry<Person> {
  if (given !== undefined) return findPerson(org.people, given, 'manager');
  const scheduled = schedule.find((entry) => entry.member === member.id)?.manager;
  if (scheduled !== undefined) return findPerson(org.people, scheduled, 'manager');
  const lead = org.teams.find((team) => team.id === member.data.team)?.data.lead;
  if (lead !== undefined && lead !== member.id) return findPerson(org.people, lead, 'manager');
  throw new AgendaError(
    `No manager is known for ${member.id}: not in schedule.yaml and they lead their own team`,
    'Pass --manager <slug> or add them to schedule.yaml in the private directory',
  );
}

/** Default templates, in order of preference; `new-hire` only for members in their first 3 months. */
const DEFAULT_TEMPLATES = ['regular', 'standard', 'default'];

/**
 * The template by slug; without one, `new-hire` for a member who joined less than 90 days before
 * the 1on1 (when it exists), else `regular`, else the first by name, else the built-in template.
 */
export function findTemplate(
  org: Org,
  slug: string | undefined,
  memberIsNew: boolean,
): { id: string; data: AgendaTemplate } {
  const templates = [...org.agendaTemplates].sort((a, b) => a.id.localeCompare(b.id));
  if (slug !== undefined) {
    const found = templates.find((entry) => entry.id === slug);
    if (found) return found;
    const close = templates
      .map((entry) => entry.id)
      .sort((a, b) => editDistance(slug, a) - editDistance(slug, b))[0];
    throw new AgendaError(
      `No agenda template "${slug}" in content/agendas/templates/`,
      close !== undefined
        ? `Use one of: ${templates.map((entry) => entry.id).join(', ')} (closest: "${close}")`
        : 'Omit --template to use the built-in one, or add a template',
    );
  }
  const preferred = memberIsNew ? ['new-hire', ...DEFAULT_TEMPLATES] : DEFAULT_TEMPLATES;
  for (const id of preferred) {
    const found = templates.find((entry) => entry.id === id);
    if (found) return found;
  }
  return templates[0] ?? { id: 'built-in', data: BUILT_IN_TEMPLATE };
}
