import type { z } from 'astro/zod';
import { ContentError, quote } from './errors.ts';

/** Turns zod's issues for one file into content errors that say which field, which value and what to write. */
export function schemaErrors(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    const value = valueAt(data, issue.path);
    return new ContentError({ file, field, ...describe(issue, value) });
  });
}

function describe(issue: z.core.$ZodIssue, value: unknown): { what: string; fix: string } {
  const name = String(issue.path.at(-1) ?? 'field');
  if (issue.code === 'invalid_type' && value === undefined) {
    return { what: 'is missing', fix: `Add \`${name}:\` with a ${expected(issue.expected)}` };
  }
  if (issue.code === 'invalid_type') {
    return { what: `is ${quote(value)}, which is not a ${expected(issue.expected)}`, fix: `Write it as a ${expected(issue.expected)}` };
  }
  if (issue.code === 'invalid_value') {
    return { what: `is ${quote(value)}, which is not allowed`, fix: `Use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}` };
  }
  if (issue.code === 'too_small') {
    const what = Array.isArray(value) ? 'is an empty list' : `is ${quote(value)}, which is too short`;
    return { what, fix: issue.origin === 'array' ? 'Add at least one entry' : 'Fill it in' };
  }
  if (issue.code === 'invalid_format' || issue.code === 'custom') {
    return { what: `is ${quote(value)}, which is not in the expected form`, fix: capitalise(issue.message) };
  }
  if (issue.code === 'invalid_union') {
    return { what: `is ${quote(value)}, which is not allowed here`, fix: 'Check the README for the values this field takes' };
  }
  return { what: `is ${quote(value)}: ${issue.message}`, fix: 'Check the README for what this field takes' };
}

function expected(type: string): string {
  const words: Record<string, string> = {
    string: 'text value',
    number: 'number',
    int: 'whole number',
    array: 'list (lines starting with "- ")',
    object: 'group of fields',
    boolean: 'true or false',
  };
  return words[type] ?? type;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
