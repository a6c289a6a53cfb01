/** localStorage keys the directory pages share; nothing else is stored and nothing leaves the browser. */
export const MY_TEAM_KEY = 'portal.directory.myTeam';
export const FACES_KEY = 'portal.faces.progress';

/** Reads a value, or undefined when storage is unavailable (private mode, disabled). */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a value; storage being unavailable only means the choice is not remembered. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered across visits; the page still works.
  }
}
