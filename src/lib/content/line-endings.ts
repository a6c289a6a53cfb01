/**
 * Content as the author meant it, whatever their editor saved: a leading UTF-8 byte order mark
 * is dropped and Windows (`\r\n`) and old Mac (`\r`) line endings become `\n`. Every reader of
 * content text calls this first; otherwise the last frontmatter value keeps a `\r` and
 * `team: data-platform` fails its pattern with a value that looks right (issue 11).
 */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
