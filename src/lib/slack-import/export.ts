import { z } from 'astro/zod';
import { PortalError } from '../content/portal-error.ts';

/** A `users.json` that cannot be read: the message names the file, the entry and how to fix it. */
export class SlackExportError extends PortalError {
  override name = 'SlackExportError';
}

// Only the fields the import reads; Slack adds fields often, so everything else passes through.
const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  deleted: z.boolean().optional(),
  is_bot: z.boolean().optional(),
  is_app_user: z.boolean().optional(),
  real_name: z.string().optional(),
  profile: z
    .object({
      real_name: z.string().optional(),
      real_name_normalized: z.string().optional(),
      display_name: z.string().optional(),
      email: z.string().optional(),
    })
    .optional(),
});

/** One member of the workspace, as `users.json` of a Slack export describes them. */
export type SlackUser = z.infer<typeof userSchema>;

/** Reads the text of a Slack export's `users.json`; throws `SlackExportError` on anything else. */
export function parseUsersExport(text: string, file: string): SlackUser[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SlackExportError(
      `${file} is not valid JSON (${(error as Error).message})`,
      'Use the users.json from the top level of an unzipped Slack export, unchanged',
      { cause: error },
    );
  }
  if (!Array.isArray(data)) {
    throw new SlackExportError(
      `${file} holds ${data === null ? 'null' : typeof data} where a list of users was expected`,
      'Use users.json from a Slack export, not channels.json or an API response',
    );
  }
  return usersFrom(data, file);
}

/** Each entry checked as a user (export or users.list page alike); `where` names the source in messages. */
export function usersFrom(entries: readonly unknown[], where: string): SlackUser[] {
  return entries.map((entry, index) => {
    const result = userSchema.safeParse(entry);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(entry)';
    throw new SlackExportError(
      `entry ${index} has a bad or missing \`${field}\` (${issue?.message ?? 'invalid'})`,
      'Each user needs an "id" and a "name", as in an unchanged Slack export',
      { where },
    );
  });
}

/** Real people only: not bots, apps, deactivated accounts or Slackbot. */
export function isHuman(user: SlackUser): boolean {
  return !user.deleted && !user.is_bot && !user.is_app_user && user.id !== 'USLACKBOT';
}
