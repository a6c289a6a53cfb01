/** The progress file's marker, so a random JSON file is not taken for one. */
const KIND = 'portal-onboarding-progress';

/** What an exported progress file holds: whose path, and the ids of the ticked steps. */
interface ProgressFile {
  kind: typeof KIND;
  person: string;
  done: string[];
  savedAt: string;
}

/** The file's text for `person` with `done` ticked. */
export function progressFileText(person: string, done: readonly string[], now: Date): string {
  const file: ProgressFile = { kind: KIND, person, done: [...done].sort(), savedAt: now.toISOString() };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The ticked ids from a file's text, or undefined when it is not `person`'s progress file. */
export function readProgressFile(text: string, person: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const file = value as Partial<ProgressFile>;
  if (file.kind !== KIND || file.person !== person || !Array.isArray(file.done)) return undefined;
  return file.done.filter((id): id is string => typeof id === 'string');
}
