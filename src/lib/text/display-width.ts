import stringWidth from 'string-width';

/**
 * `text` padded with spaces to `width` terminal columns. A kanji or kana takes two columns (East
 * Asian Wide), so `String.padEnd`, which counts UTF-16 units, misaligns Japanese tables.
 */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** The terminal columns `text` takes. */
export function columns(text: string): number {
  return stringWidth(text);
}
