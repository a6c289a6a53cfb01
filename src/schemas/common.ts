import { z } from 'astro/zod';
import { isIsoDate } from '../lib/calendar/dates.ts';

/** A file name without extension: lowercase letters, digits and hyphens, e.g. `anazawa-sho`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, like "kato-ken"');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, 'write a real date as YYYY-MM-DD, like 2026-04-01'),
);

/** A moment in ISO 8601 (`2026-11-26T01:00:00Z`); an unquoted YAML timestamp is read as one too. */
export const isoTimestamp = z.preprocess(
  (value) => {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
  },
  z
    .string()
    .refine(
      (text) => !Number.isNaN(Date.parse(text)),
      'write the time as ISO 8601, like 2026-11-26T01:00:00Z',
    ),
);

/** Text in both UI languages. */
export const localized = z.object({
  /** Japanese text. */
  ja: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});

/** A person given as a file name (`kato-ken`) or a Slack handle (`kato` or `@kato`). */
export const personRef = z
  .string()
  .regex(/^@?[a-z0-9][a-z0-9._-]*$/, 'write a file name like "kato-ken" or a Slack handle like "@kato"');

export type Localized = z.infer<typeof localized>;
