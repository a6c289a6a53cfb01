import { parseEntry } from '../checklists/org-checklists.ts';
import type { Org } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { routes } from '../content/routes.ts';
import { glossaryForms } from '../../schemas/glossary.ts';
import type { SearchDoc } from './format.ts';
import { splitSlides } from '../decks/split.ts';
import { slideText } from './slides.ts';

/** A document, and whether a query can name it (people, teams, channels, checklists, terms). */
export type IndexedDoc = SearchDoc & { named?: boolean };

/**
 * Every searchable thing in the organisation, each with the URL of its own page, slide or item.
 * The index build and the tests call this; the browser only ever sees the built index.
 */
export function searchDocuments(org: Org): IndexedDoc[] {
  return [
    ...people(org),
    ...teams(org),
    ...channels(org),
    ...checklists(org),
    ...glossary(org),
    ...deckSlides(org),
    ...checklistItems(org),
    ...news(org),
    ...agendas(org),
  ];
}

const lines = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim() !== '').join('\n');

function teamName(org: Org, id: string | undefined): string | undefined {
  const team = org.teams.find((t) => t.id === id);
  return team ? lines(team.data.name, team.data.nameEn) : undefined;
}

function people(org: Org): IndexedDoc[] {
  return org.people.map(({ id, data }) => ({
    kind: 'person',
    named: true,
    title: data.name,
    url: `/${routes.person(id)}`,
    keys: lines(data.reading, data.romaji, data.slack.handle, `@${data.slack.handle}`, id),
    body: lines(
      data.role,
      teamName(org, data.team),
      ...data.askMeAbout.map((ask) => `${ask.topic}: ${ask.episode}`),
      data.bio,
    ),
  }));
}

function teams(org: Org): IndexedDoc[] {
  return org.teams.map(({ id, data }) => ({
    kind: 'team',
    named: true,
    title: data.name,
    url: `/${routes.team(id)}`,
    keys: lines(data.nameEn, id),
    body: lines(
      data.summary,
      ...data.initiatives.map((i) => lines(i.title, i.description)),
      data.description,
      data.workingWithUs,
      data.channels.map((c) => `#${c}`).join(' '),
    ),
  }));
}

function channels(org: Org): IndexedDoc[] {
  return org.channels.map(({ id, data }) => ({
    kind: 'channel',
    named: true,
    title: `#${data.name}`,
    url: `/${routes.channel(id)}`,
    keys: lines(data.name, teamName(org, data.team)),
    // Questions other channels send here ("not here, go to #x") are questions for this channel.
    body: lines(data.purpose, ...data.examples, ...redirectedTo(org, id)),
  }));
}

function redirectedTo(org: Org, id: string): string[] {
  return org.channels.flatMap((c) => c.data.notHere.filter((n) => n.channel === id).map((n) => n.topic));
}

/** Each checklist as a whole, named by its title's words and its flow (`release`). */
function checklists(org: Org): IndexedDoc[] {
  return org.checklists.map(({ id, data }) => ({
    kind: 'checklist',
    named: true,
    title: data.title,
    url: `/${routes.checklist(id)}`,
    keys: lines(id, data.flow),
    body: data.description ?? '',
  }));
}

/** Each glossary term: its forms name it, its meaning is its body. */
function glossary(org: Org): IndexedDoc[] {
  return org.glossary.map((term) => ({
    kind: 'term',
    named: true,
    title: term.ja,
    url: `/${routes.glossaryTerm(term.id)}`,
    keys: glossaryForms(term).slice(1).join('\n'),
    body: lines(term.meaning?.ja, term.meaning?.en),
  }));
}

function deckSlides(org: Org): SearchDoc[] {
  return org.decks.flatMap(({ id, data, body }) =>
    splitSlides(body ?? '').map(({ source, index }) => {
      const { heading, text } = slideText(source);
      return {
        kind: 'deck' as const,
        title: heading && heading !== data.title ? `${data.title}: ${heading}` : data.title,
        url: `/${routes.deck(id, index + 1)}`,
        keys: index === 0 ? lines(data.description, teamName(org, data.team)) : '',
        body: text,
      };
    }),
  );
}

function checklistItems(org: Org): SearchDoc[] {
  return org.checklists.flatMap((entry) =>
    parseEntry(entry).items.map((item) => {
      const { id, data } = entry;
      const teller = item.toldBy ? findPerson(org.people, item.toldBy) : undefined;
      return {
        kind: 'item' as const,
        title: item.text,
        url: `/${routes.checklist(id, item.id)}`,
        // An explicit `{#id}` is English an author chose (`compatible-migration`): worth finding.
        keys: lines(data.title, item.section, item.explicitId ? item.id.replace(/-/g, ' ') : undefined),
        body: lines(
          ...item.why,
          ...item.incident,
          ...item.notes,
          teller ? `${teller.data.name} ${teller.data.reading} @${teller.data.slack.handle}` : item.toldBy,
        ),
      };
    }),
  );
}

function news(org: Org): SearchDoc[] {
  return org.news.map(({ id, data, body }) => ({
    kind: 'news',
    title: data.title,
    url: `/${routes.newsItem(id)}`,
    keys: lines(data.date, teamName(org, data.team)),
    body: body ?? '',
  }));
}

function agendas(org: Org): SearchDoc[] {
  const templates: SearchDoc[] = org.agendaTemplates.map(({ id, data }) => ({
    kind: 'agenda',
    title: data.title.ja,
    url: `/one-on-one/#template-${id}`,
    keys: data.title.en,
    body: lines(data.description.ja, data.description.en),
  }));
  const questions: SearchDoc[] = org.questionThemes.flatMap(({ id, data }) =>
    data.questions.map((q) => ({
      kind: 'agenda' as const,
      title: q.ja ?? q.en ?? q.id,
      url: `/one-on-one/#${id}-${q.id}`,
      keys: lines(data.title.ja, data.title.en),
      body: q.ja === undefined ? '' : (q.en ?? ''),
    })),
  );
  return [...templates, ...questions];
}
