import type { z } from 'astro/zod';
import { agendaTemplateSchema, questionThemeSchema } from '../../schemas/agenda.ts';
import { channelSchema } from '../../schemas/channel.ts';
import { checklistSchema } from '../../schemas/checklist.ts';
import { deckSchema } from '../../schemas/deck.ts';
import { newsSchema } from '../../schemas/news.ts';
import { hireSchema, trackSchema } from '../../schemas/onboarding.ts';
import { personSchema } from '../../schemas/person.ts';
import { readthroughSchema } from '../../schemas/readthrough.ts';
import { sessionSchema } from '../../schemas/session.ts';
import { teamSchema } from '../../schemas/team.ts';
import type { Org } from './org.ts';

/** Where each collection lives under the content directory, and what validates it. */
export interface CollectionSpec {
  /** Key in `Org`. */
  key: Exclude<keyof Org, 'site' | 'glossary'>;
  /** Folder under the content directory. */
  dir: string;
  /** File extension, without the dot. */
  ext: 'yaml' | 'md' | 'mdx';
  schema: z.ZodType;
  /** How to write a missing file, for the fix sentence of an error. */
  example: string;
  /** File names must be slugs (lowercase, digits, hyphens); synced checklists may use Japanese names. */
  slugIds: boolean;
}

export const collections: readonly CollectionSpec[] = [
  { key: 'people', dir: 'people', ext: 'yaml', schema: personSchema, example: 'content/people/kato-ken.yaml', slugIds: true },
  { key: 'teams', dir: 'teams', ext: 'yaml', schema: teamSchema, example: 'content/teams/infrastructure.yaml', slugIds: true },
  { key: 'channels', dir: 'channels', ext: 'yaml', schema: channelSchema, example: 'content/channels/ask-infra.yaml', slugIds: true },
  { key: 'decks', dir: 'decks', ext: 'mdx', schema: deckSchema, example: 'content/decks/infrastructure.mdx', slugIds: true },
  { key: 'checklists', dir: 'checklists', ext: 'md', schema: checklistSchema, example: 'content/checklists/release.md', slugIds: false },
  { key: 'readthroughs', dir: 'readthroughs', ext: 'yaml', schema: readthroughSchema, example: 'content/readthroughs/2026-11-05-release.yaml', slugIds: false },
  { key: 'questionThemes', dir: 'agendas/questions', ext: 'yaml', schema: questionThemeSchema, example: 'content/agendas/questions/growth.yaml', slugIds: true },
  { key: 'agendaTemplates', dir: 'agendas/templates', ext: 'yaml', schema: agendaTemplateSchema, example: 'content/agendas/templates/regular.yaml', slugIds: true },
  { key: 'news', dir: 'news', ext: 'md', schema: newsSchema, example: 'content/news/2026-11-10-search-renewal.md', slugIds: false },
  { key: 'sessions', dir: 'sessions', ext: 'yaml', schema: sessionSchema, example: 'content/sessions/2026-12-09-release-readthrough.yaml', slugIds: true },
  { key: 'onboardingTracks', dir: 'onboarding/tracks', ext: 'yaml', schema: trackSchema, example: 'content/onboarding/tracks/common.yaml', slugIds: true },
  { key: 'onboardingHires', dir: 'onboarding/hires', ext: 'yaml', schema: hireSchema, example: 'content/onboarding/hires/ogawa-hina.yaml', slugIds: true },
];
