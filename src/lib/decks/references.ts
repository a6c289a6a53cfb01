import { closestPeople, findPerson } from '../content/people-lookup.ts';
import { ContentError, quote } from '../content/errors.ts';
import type { Deck, Entry, Org } from '../content/org.ts';
import { fileOf } from '../content/references.ts';
import { codeProblems } from './code-check.ts';
import { deckComponentNames, deckComponentProps, isDeckComponent } from './components.ts';
import { componentUses, parseDeckMdx, type MdxNode } from './mdx-tree.ts';
import { separatorLines } from './split.ts';

/**
 * Checks every deck's MDX with the parser Astro compiles it with: syntax errors with their line,
 * code of any kind (`import`, `{expressions}`, attribute expressions, spreads, tags other than
 * the deck components and a few plain ones: code-check.ts), components that do not exist,
 * directory references (`<Person id>`, `<AskMe area>`,
 * `<Channel id>`, `<Team id>`) that name nothing, and `---` lines that would not become a slide
 * break. `bodyLines` maps `decks/<id>` to the file line the body starts on, so lines name the file.
 */
export function deckErrors(org: Org, bodyLines: ReadonlyMap<string, number> = new Map()): ContentError[] {
  return org.decks.flatMap((deck) => checkDeck(org, deck, (bodyLines.get(`decks/${deck.id}`) ?? 1) - 1));
}

function checkDeck(org: Org, deck: Entry<Deck>, offset: number): ContentError[] {
  const file = fileOf(deck, 'decks');
  const body = deck.body ?? '';
  let root: MdxNode;
  try {
    root = parseDeckMdx(body);
  } catch (error) {
    const [, line, reason] =
      /^(\d+):\d+: ([\s\S]*)$/.exec(error instanceof Error ? error.message : String(error)) ?? [];
    return [
      new ContentError(
        {
          file,
          line: line === undefined ? undefined : Number(line) + offset,
          what: `the MDX does not parse (${fileLines(reason ?? String(error), offset)})`,
          fix: 'Close every tag (`<Notes>` … `</Notes>`, `<Person id="…" />`) and write `{` and `<` in text as `\\{` and `&lt;`',
        },
        { cause: error },
      ),
    ];
  }
  const errors: ContentError[] = codeProblems(root).map(
    ({ line, what, fix }) =>
      new ContentError({ file, line: line === undefined ? undefined : line + offset, what, fix }),
  );
  const known = (kind: string, value: string, ids: readonly { id: string }[], folder: string) =>
    ids.some((entry) => entry.id === value)
      ? undefined
      : `names ${kind} ${quote(value)}, but there is no content/${folder}/${value}.yaml`;

  for (const use of componentUses(root)) {
    const { name } = use;
    const line = use.line === undefined ? undefined : use.line + offset;
    if (!isDeckComponent(name)) {
      errors.push(
        new ContentError({
          file,
          line,
          what: `uses <${name}>, which is not a deck component`,
          fix: `Use one of ${deckComponentNames.map((c) => `<${c}>`).join(', ')}`,
        }),
      );
      continue;
    }
    const [attribute, sample] = Object.entries(deckComponentProps[name] as Record<string, string>)[0] ?? [];
    if (attribute === undefined) continue;
    const value = use.attributes[attribute];
    // An expression (`id={x}`) is reported by codeProblems; only a missing attribute is left here.
    if (value === undefined && use.names.includes(attribute)) continue;
    if (value === undefined) {
      errors.push(
        new ContentError({
          file,
          line,
          what: `<${name}> has no ${attribute}="…" written as plain text`,
          fix: `Write it like <${name} ${attribute}="${sample}" />`,
        }),
      );
      continue;
    }
    if (name === 'Person') {
      if (!findPerson(org.people, value)) errors.push(unknownPerson(file, line, value, org));
      continue;
    }
    const problem =
      name === 'Team'
        ? known('team', value, org.teams, 'teams')
        : name === 'Channel'
          ? known('channel', value, org.channels, 'channels')
          : org.site.areas.some((area) => area.id === value)
            ? undefined
            : `names area ${quote(value)}, which is not an area in content/site.yaml`;
    if (problem)
      errors.push(
        new ContentError({
          file,
          line,
          field: `<${name} ${attribute}>`,
          what: problem,
          fix: fixFor(name, org),
        }),
      );
  }

  // Every `---` separator must render as a slide break (an <hr> at the top level), and nothing
  // else may: the page cuts the rendered deck at those <hr>s, the search index at the `---` lines.
  const separators = separatorLines(body);
  const breaks = (root.children ?? [])
    .filter((n) => n.type === 'thematicBreak')
    .map((n) => n.position?.start.line ?? 0);
  for (const line of separators.filter((line) => !breaks.includes(line))) {
    errors.push(
      new ContentError({
        file,
        line: line + offset,
        what: 'has a `---` that Markdown does not read as a slide break (right under a line of text it underlines a heading; inside a tag it belongs to the tag)',
        fix: 'Put a blank line above the `---`, and close tags before it',
      }),
    );
  }
  for (const line of breaks.filter((line) => !separators.includes(line))) {
    errors.push(
      new ContentError({
        file,
        line: line + offset,
        what: 'has a horizontal rule (`***`, `___` or `- - -`) that would start a new slide',
        fix: 'Write a line of exactly `---` to start a new slide, or remove the rule',
      }),
    );
  }
  return errors;
}

function fixFor(name: string, org: Org): string {
  const ids =
    name === 'Team'
      ? org.teams.map((t) => t.id)
      : name === 'Channel'
        ? org.channels.map((c) => c.id)
        : org.site.areas.map((a) => a.id);
  return `Use one of ${ids
    .slice(0, 8)
    .map((id) => `"${id}"`)
    .join(', ')}${ids.length > 8 ? ', ...' : ''}, or add it`;
}

function unknownPerson(file: string, line: number | undefined, ref: string, org: Org): ContentError {
  const close = closestPeople(org.people, ref).map(
    (person) => `"${person.id}" (@${person.data.slack.handle})`,
  );
  const add = `add content/people/${ref.replace(/^@/, '')}.yaml`;
  return new ContentError({
    file,
    line,
    field: '<Person id>',
    what: `names ${quote(ref)}, but no person has that file name or Slack handle`,
    fix:
      close.length > 0
        ? `Did you mean ${close.join(' or ')}? Fix the id, or ${add}`
        : `Fix the id, or ${add}`,
  });
}

/** The parser's body positions, such as `(5:1)`, as lines of the file. */
function fileLines(reason: string, offset: number): string {
  return reason.trim().replace(/\((\d+):\d+\)/g, (_, line: string) => `(line ${Number(line) + offset})`);
}
