import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locale.ts';
import { localized, slug } from './common.ts';

/** One area of "who to ask", such as app, infra or data. */
const area = z
  .object({
    /** Short id used by `askMeAbout[].area` and `<AskMe area>`. */
    id: slug,
    /** The area's name in both UI languages, `{ ja, en }` like every other bilingual value. */
    label: z.union([localized, z.string().min(1)]),
    /** The English name, from before `label` took `{ ja, en }`; read only with a plain-text `label`. */
    labelEn: z.string().min(1).optional(),
    /** The channel to ask in first (a file name in `content/channels/`). */
    channel: slug,
    /** What kinds of question belong to this area. */
    description: z.string().optional(),
  })
  .superRefine((value, context) => {
    if (typeof value.label === 'string' && value.labelEn === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'write the label in both languages, like "label: { ja: インフラ, en: Infrastructure }"',
      });
    }
  })
  // Site files written before `{ ja, en }` keep working: `label` + `labelEn` become one value.
  .transform(({ labelEn, label, ...rest }) => ({
    ...rest,
    label: typeof label === 'string' ? { ja: label, en: labelEn ?? label } : label,
  }));

/** One wiki source for `npm run sync`. */
const wikiSource = z.object({
  /** `github:OWNER/REPO`, `git:URL_OR_PATH` (a GitHub wiki too), `esa:TEAM[/CATEGORY]` or `esa-export:PATH`. */
  source: z
    .string()
    .regex(
      /^(github|git|esa|esa-export):.+/,
      'write "github:OWNER/REPO", "git:URL", "esa:TEAM/CATEGORY" or "esa-export:PATH"',
    ),
  /** Branch, tag or commit; left out, git sources take the remote's default branch and GitHub `main`. */
  ref: z.string().min(1).optional(),
  /** Folder inside the repository that holds checklists; `''`, `.` or `/` for the root. */
  path: z.string().default(''),
  /** API root for this source: GitHub Enterprise Server (`https://HOST/api/v3`) or a test server for esa. */
  apiUrl: z.url().optional(),
  /** Put in front of this source's file names (`runbook` → `runbook-release.md`), so two sources can share page names. */
  prefix: slug.optional(),
  /** Stop without changes when this source would delete more files (default 5; `--max-delete` overrides). */
  maxDelete: z.number().int().nonnegative().optional(),
});

/** A source in a list of several: the `name` is what `--only` and the report call it. */
const namedWikiSource = wikiSource.extend({
  /** Short name, such as `dev-flow` or `runbook`. */
  name: slug,
});

/** `content/site.yaml`: settings for the whole portal. */
export const siteSchema = z.object({
  /** Organisation name shown in the header. */
  name: z.string().min(1),
  /** Short description shown on the home page. */
  tagline: z.string().optional(),
  /** UI language. */
  locale: z.enum(LOCALES),
  /** Slack workspace, for deep links. */
  slack: z.object({
    /** Workspace subdomain: `acme` for acme.slack.com. */
    domain: z.string().regex(/^[a-z0-9-]+$/, 'write only the subdomain, like "acme" for acme.slack.com'),
    /** Workspace (team) id, starts with T. */
    teamId: z.string().regex(/^T[A-Z0-9]+$/, 'copy the workspace id that starts with T'),
  }),
  /**
   * Where `npm run sync` reads checklists: one source, or a list of named sources synced together
   * (`--only NAME` syncs one). A `--source` on the command line replaces it with all its settings.
   */
  wiki: z.union([wikiSource, z.array(namedWikiSource).min(1)]).optional(),
  /** Areas used by "who to ask". */
  areas: z.array(area).min(1),
  /** Names of the checklists' flows (`flow:` in a checklist), `{ ja, en }`; a flow without one shows its id. */
  flows: z.record(slug, localized).default({}),
  /** IANA time zone of the organisation: session times, scheduled Slack posts, calendar files. */
  timeZone: z
    .string()
    .refine(isTimeZone, 'write an IANA time zone such as "Asia/Tokyo" or "Europe/Berlin"')
    .default('Asia/Tokyo'),
  /** Where the site is served (https://portal.example/), for absolute links in Slack; PORTAL_SITE_URL wins. */
  url: z
    .url({
      protocol: /^https?$/,
      error: 'write the address the site is served at, like "https://portal.example/"',
    })
    .optional(),
  /** New hires' paths (issue 18). */
  onboarding: z
    .strictObject({
      /** People who joined this many days before the build get an onboarding page (with a hire file or not). */
      recentDays: z.number().int().positive().default(60),
    })
    .default({ recentDays: 60 }),
  /** The sign-in proxy in front of the site, for "who is viewing". */
  sso: z
    .strictObject({
      /**
       * Path on the portal's own origin that answers the signed-in user as JSON (oauth2-proxy's
       * `/oauth2/userinfo`). Only this browser reads it; the content check refuses another host.
       */
      userinfo: z.string().min(1).optional(),
    })
    .optional(),
});

/** True for a time zone the runtime knows (`Asia/Tokyo`, `UTC`). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type Site = z.infer<typeof siteSchema>;
export type Area = z.infer<typeof area>;
