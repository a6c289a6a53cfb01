import YAML from 'yaml';
import type { Readthrough } from '../content/org.ts';

/**
 * The record as the YAML file it is stored in. Kept apart from `record.ts` (which validates with
 * zod against the directory) so the read-through page's script can import it alone.
 */
export function recordToYaml(record: Readthrough): string {
  return YAML.stringify(record, { lineWidth: 0 });
}

/** `<date>-<checklist>.yaml`, the name the content loader expects in `content/readthroughs/`. */
export function recordFileName(record: { date: string; checklist: string }): string {
  return `${record.date}-${record.checklist}.yaml`;
}
