import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import YAML from 'yaml';
import { resolveContentDir } from './lib/content/content-dir.ts';
import { collections as specs, type CollectionSpec } from './lib/content/collections.ts';
import { agendaTemplateSchema, questionThemeSchema } from './schemas/agenda.ts';
import { channelSchema } from './schemas/channel.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { deckSchema } from './schemas/deck.ts';
import { newsSchema } from './schemas/news.ts';
import { personSchema } from './schemas/person.ts';
import { readthroughSchema } from './schemas/readthrough.ts';
import { siteSchema } from './schemas/site.ts';
import { teamSchema } from './schemas/team.ts';

// The content lives outside src/ (top-level `content/`, or PORTAL_CONTENT_DIR), so an
// organisation can keep it in a repository of its own. The schemas and folders are shared with
// the scripts' loader (src/lib/content/load-org.ts), which has already validated every file and
// every reference by the time these loaders run (src/integrations/content-check.ts).
const contentDir = resolveContentDir();

function loaderFor(key: CollectionSpec['key']) {
  const spec = specs.find((candidate) => candidate.key === key);
  if (!spec) throw new Error(`No collection spec for ${key}`);
  return glob({
    pattern: `*.${spec.ext}`,
    base: path.join(contentDir, spec.dir),
    // Entry ids are file names without extension, as references in the content use them.
    generateId: ({ entry }) => entry.slice(0, -(spec.ext.length + 1)),
    // Checklists are rendered item by item from the parser's output, never as a whole page.
    deferRender: key === 'checklists',
  });
}

export const collections = {
  site: defineCollection({
    loader: file(path.join(contentDir, 'site.yaml'), { parser: (text) => ({ site: YAML.parse(text) }) }),
    schema: siteSchema,
  }),
  people: defineCollection({ loader: loaderFor('people'), schema: personSchema }),
  teams: defineCollection({ loader: loaderFor('teams'), schema: teamSchema }),
  channels: defineCollection({ loader: loaderFor('channels'), schema: channelSchema }),
  decks: defineCollection({ loader: loaderFor('decks'), schema: deckSchema }),
  checklists: defineCollection({ loader: loaderFor('checklists'), schema: checklistSchema }),
  readthroughs: defineCollection({ loader: loaderFor('readthroughs'), schema: readthroughSchema }),
  questionThemes: defineCollection({ loader: loaderFor('questionThemes'), schema: questionThemeSchema }),
  agendaTemplates: defineCollection({ loader: loaderFor('agendaTemplates'), schema: agendaTemplateSchema }),
  news: defineCollection({ loader: loaderFor('news'), schema: newsSchema }),
};
