import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Entry, Org, Person } from '../../src/lib/content/org.ts';
import { agendaPath } from '../../src/lib/agenda/store/agenda-fs.ts';
import { addDays } from '../../src/lib/calendar/dates.ts';
import { generateAgenda } from '../../src/lib/agenda/generate/generate.ts';
import { renderAgenda } from '../../src/lib/agenda/generate/render.ts';
import { findTemplate } from '../../src/lib/agenda/generate/resolve.ts';
import type { PastAgenda } from '../../src/lib/agenda/types.ts';

/**
 * For `npm run bench:agenda`: `base` plus `members` synthetic members managed by `manager`, and a
 * news item every 6 days from `first`, so company topics keep coming over the year.
 */
export function syntheticOrg(base: Org, manager: Entry<Person>, members: number, first: string): Org {
  const person = (i: number): Entry<Person> => ({
    id: `member-${i}`,
    data: {
      ...manager.data,
      name: `社員 ${i}`,
      romaji: `Member ${i}`,
      slack: { handle: `m${i}`, id: `U${i}` },
      team: base.teams[i % base.teams.length]?.id ?? manager.data.team,
      joined: addDays('2024-01-01', i * 3),
      askMeAbout: [],
    },
  });
  const news = Array.from({ length: 60 }, (_, i) => ({
    id: `n-${i}`,
    data: { title: `ニュース ${i}`, date: addDays(first, i * 6), kind: 'initiative' as const },
  }));
  return { ...base, people: [...base.people, ...Array.from({ length: members }, (_, i) => person(i))], news };
}

/** Writes `weeks` weekly agendas per member from `first`, each generated from the ones before it. */
export async function seedHistory(
  org: Org,
  members: Entry<Person>[],
  manager: Entry<Person>,
  privateDir: string,
  first: string,
  weeks: number,
): Promise<number> {
  const template = findTemplate(org, 'regular', false);
  const { questionThemes: themes, news, people, teams } = org;
  let files = 0;
  for (const member of members) {
    const history: PastAgenda[] = [];
    const writes: Promise<void>[] = [];
    await mkdir(path.dirname(agendaPath(privateDir, member.id, first)), { recursive: true });
    for (let week = 0; week < weeks; week += 1) {
      const date = addDays(first, 7 * week);
      const input = {
        member,
        manager,
        date,
        template,
        themes,
        news,
        people,
        teams,
        history,
        lang: 'ja' as const,
      };
      const agenda = generateAgenda(input);
      const text = renderAgenda(agenda);
      history.push({ date, topics: agenda.topics.map((t) => t.id), body: text });
      writes.push(writeFile(agendaPath(privateDir, member.id, date), text));
      files += 1;
    }
    await Promise.all(writes);
  }
  return files;
}
