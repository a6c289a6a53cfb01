import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { buildError } from './integrations/build-error.ts';
import { checkedOrg } from './integrations/checked-org.ts';
import { resolveContentDir } from './lib/content/content-dir.ts';
import { collections as specs, type CollectionSpec } from './lib/content/collections.ts';
import { readContentFile, scanContentTree, unsafeEntryError } from './lib/content/content-fs.ts';
import { ContentErrors } from './lib/content/errors.ts';
import { normaliseText } from './lib/content/line-endings.ts';
import { shownPath } from './lib/content/paths.ts';
import { agendaTemplateSchema, questionThemeSchema } from './schemas/agenda.ts';
import { channelSchema } from './schemas/channel.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { deckSchema } from './schemas/deck.ts';
import { newsSchema } from './schemas/news.ts';
import { hireSchema, trackSchema } from './schemas/onboarding.ts';
import { personSchema } from './schemas/person.ts';
import { readthroughSchema } from './schemas/readthrough.ts';
import { sessionSchema } from './schemas/session.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { siteSchema } from './schemas/site.ts';
import { teamSchema } from './schemas/team.ts';

// The content lives outside src/ (top-level `content/`, or PORTAL_CONTENT_DIR), so an
// organisation can keep it in a repository of its own. The schemas and folders are shared with
// the scripts' loader (src/lib/content-check/load-org.ts), which has already validated every file and
// every reference by the time these loaders run (src/integrations/content-check.ts).
const contentDir = resolveContentDir();

function loaderFor(key: CollectionSpec['key']): Loader {
  const spec = specs.find((candidate) => candidate.key === key);
  if (!spec) throw new Error(`No collection spec for ${key}`);
  return plainFiles(
    spec.dir,
    glob({
      pattern: `*.${spec.ext}`,
      base: path.join(contentDir, spec.dir),
      // Entry ids are file names without extension, as references in the content use them.
      generateId: ({ entry }) => entry.slice(0, -(spec.ext.length + 1)),
    }),
    // Checklists are rendered item by item from the parser's output, never as a whole page, so
    // they are loaded as data and body only. With `deferRender` each one became a module that
    // Vite compiled and bundled: 39 of the build's 144 s at 5,000 checklists (issue 13).
    { render: key !== 'checklists' },
  );
}

/** What Astro 7 passes its glob loader besides the public LoaderContext: the parser per extension. */
type EntryType = {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?: unknown;
};
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * Astro's own loaders read the files again after the content check, and follow links. This
 * wrapper holds them to the check's rules (src/lib/content/content-fs.ts): a link or special
 * file under `dir` stops the load naming it, and each entry's text is read through the same
 * guarded read, with line endings and a byte order mark normalised, before Astro's YAML or
 * frontmatter parser sees it; so a CRLF file reads as its LF twin in the build as in the check.
 */
function plainFiles(dir: string, inner: Loader, options: { render: boolean }): Loader {
  return {
    ...inner,
    load: async (context: GlobContext) => {
      const tree = await scanContentTree(contentDir, dir);
      if (tree.unsafe.length > 0) {
        const errors = tree.unsafe.map((entry) =>
          unsafeEntryError(entry, shownPath(path.join(contentDir, path.relative(tree.root, entry.path)))),
        );
        throw buildError(new ContentErrors(errors));
      }
      if (!context.entryTypes)
        throw new AstroError(
          'Astro no longer passes entryTypes to the glob loader',
          'Update plainFiles() in src/content.config.ts',
        );
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, { getRenderFunction, ...type }]) => [
          extension,
          {
            ...type,
            // Without a render function the glob loader stores data and body only, no module.
            ...(options.render && getRenderFunction ? { getRenderFunction } : {}),
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
              const absolute = fileURLToPath(params.fileUrl);
              const relative = path.relative(contentDir, absolute);
              const bytes = await readContentFile(contentDir, relative, shownPath(absolute)).catch(
                (error: unknown) => {
                  throw buildError(error);
                },
              );
              return type.getEntryInfo({ ...params, contents: normaliseText(bytes.toString('utf8')) });
            },
          },
        ]),
      );
      return inner.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

/**
 * In a build, the entries the content check already read, validated and checked
 * (src/integrations/checked-org.ts), stored as they are, so no file is read and parsed a second
 * time; without a shared check (`astro dev`, `astro sync`), `inner` reads the files. Only for
 * collections that are never rendered as a whole: decks and news are compiled from their files.
 */
function checkedEntries(key: CollectionSpec['key'], inner: Loader): Loader {
  return {
    name: 'portal:checked-entries',
    load: async (context) => {
      const org = checkedOrg(contentDir);
      if (!org) return inner.load(context);
      const root = fileURLToPath(context.config.root);
      context.store.clear();
      for (const entry of org[key]) {
        const filePath =
          entry.filePath && path.relative(root, path.resolve(entry.filePath)).split(path.sep).join('/');
        context.store.set({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          ...(entry.body === undefined ? {} : { body: entry.body }),
          ...(filePath ? { filePath } : {}),
          digest: context.generateDigest({
            data: entry.data as Record<string, unknown>,
            body: entry.body ?? '',
          }),
        });
      }
    },
  };
}

/** The file loader for site.yaml, after the same guarded read (a linked site.yaml stops it). */
function plainSite(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      await readContentFile(contentDir, 'site.yaml', shownPath(path.join(contentDir, 'site.yaml'))).catch(
        (error: unknown) => {
          throw buildError(error);
        },
      );
      return inner.load(context);
    },
  };
}

/** content/glossary.yaml, when there is one, after the same guarded read; none is an empty glossary. */
function glossaryFile(): Loader {
  return {
    name: 'portal-glossary',
    load: async ({ store, parseData, generateDigest }) => {
      const file = shownPath(path.join(contentDir, 'glossary.yaml'));
      const present = await lstat(path.join(contentDir, 'glossary.yaml')).then(
        () => true,
        () => false,
      );
      const text = present
        ? (await readContentFile(contentDir, 'glossary.yaml', file)).toString('utf8')
        : 'terms: []';
      const raw = (YAML.parse(normaliseText(text)) ?? {}) as Record<string, unknown>;
      const data = await parseData({ id: 'glossary', data: raw });
      store.clear();
      store.set({ id: 'glossary', data, digest: generateDigest(data) });
    },
  };
}

export const collections = {
  glossary: defineCollection({ loader: glossaryFile(), schema: glossarySchema }),
  site: defineCollection({
    loader: plainSite(
      file(path.join(contentDir, 'site.yaml'), {
        parser: (text) => ({ site: YAML.parse(normaliseText(text)) }),
      }),
    ),
    schema: siteSchema,
  }),
  people: defineCollection({ loader: checkedEntries('people', loaderFor('people')), schema: personSchema }),
  teams: defineCollection({ loader: checkedEntries('teams', loaderFor('teams')), schema: teamSchema }),
  channels: defineCollection({
    loader: checkedEntries('channels', loaderFor('channels')),
    schema: channelSchema,
  }),
  decks: defineCollection({ loader: loaderFor('decks'), schema: deckSchema }),
  checklists: defineCollection({
    loader: checkedEntries('checklists', loaderFor('checklists')),
    schema: checklistSchema,
  }),
  readthroughs: defineCollection({
    loader: checkedEntries('readthroughs', loaderFor('readthroughs')),
    schema: readthroughSchema,
  }),
  questionThemes: defineCollection({
    loader: checkedEntries('questionThemes', loaderFor('questionThemes')),
    schema: questionThemeSchema,
  }),
  agendaTemplates: defineCollection({
    loader: checkedEntries('agendaTemplates', loaderFor('agendaTemplates')),
    schema: agendaTemplateSchema,
  }),
  news: defineCollection({ loader: loaderFor('news'), schema: newsSchema }),
  sessions: defineCollection({
    loader: checkedEntries('sessions', loaderFor('sessions')),
    schema: sessionSchema,
  }),
  onboardingTracks: defineCollection({
    loader: checkedEntries('onboardingTracks', loaderFor('onboardingTracks')),
    schema: trackSchema,
  }),
  onboardingHires: defineCollection({
    loader: checkedEntries('onboardingHires', loaderFor('onboardingHires')),
    schema: hireSchema,
  }),
};
