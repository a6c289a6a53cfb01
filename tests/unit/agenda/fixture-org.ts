import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import type { Org } from '../../../src/lib/content/org.ts';
import type { AgendaInput, PastAgenda } from '../../../src/lib/agenda/types.ts';
import { findPerson, findTemplate } from '../../../src/lib/agenda/generate/resolve.ts';

/** The small organisation in tests/fixtures/agenda/content, loaded with the real loader. */
export const FIXTURE_CONTENT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/agenda/content',
);

export const loadFixtureOrg = (): Promise<Org> => loadOrg(FIXTURE_CONTENT);

/** Generator input for a member of the fixture org, with the `regular` template. */
export function inputFor(
  org: Org,
  member: string,
  date: string,
  history: PastAgenda[] = [],
  template = 'regular',
): AgendaInput {
  return {
    member: findPerson(org.people, member, 'member'),
    manager: findPerson(org.people, 'kato-ken', 'manager'),
    date,
    template: findTemplate(org, template, false),
    themes: org.questionThemes,
    news: org.news,
    people: org.people,
    teams: org.teams,
    history,
    lang: 'ja',
  };
}
