/** One slide of a deck: its MDX source and where it starts. */
export interface Slide {
  /** Position in the deck, 0 first. The URL shows it 1-based (`?slide=1`). */
  index: number;
  /** The slide's MDX, without the separators and surrounding blank lines. */
  source: string;
  /** 1-based line of the slide's first non-blank line in the text handed in. */
  line: number;
}

const SEPARATOR = /^---[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits a deck into slides at lines that are exactly `---`, except inside fenced code blocks
 * (a YAML example with `---` stays one slide) and a leading frontmatter block. Blank slides (two
 * separators in a row, a trailing separator) are dropped, so numbering matches what is shown.
 * The one splitter for the deck pages, the content check and the search index.
 */
export function splitSlides(text: string): Slide[] {
  const lines = text.split(/\r?\n/);
  const separators = separatorLines(text);
  const slides: Slide[] = [];
  for (let s = 0; s <= separators.length; s++) {
    // 0-based, end exclusive: from the line after the previous separator to the next separator.
    let first = s === 0 ? frontmatterEnd(lines) : (separators[s - 1] ?? 0);
    let last = s === separators.length ? lines.length : (separators[s] ?? 0) - 1;
    while (first < last && lines[first]?.trim() === '') first++;
    while (last > first && lines[last - 1]?.trim() === '') last--;
    if (first < last)
      slides.push({ index: slides.length, source: lines.slice(first, last).join('\n'), line: first + 1 });
  }
  return slides;
}

/** The 1-based lines of the separators, outside code and frontmatter. */
export function separatorLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const found: number[] = [];
  let fence: string | undefined;
  for (let i = frontmatterEnd(lines); i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined) {
      if (marker) fence = marker;
      else if (SEPARATOR.test(line)) found.push(i + 1);
    } else if (
      marker !== undefined &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    ) {
      // A fence closes with the same character, at least as long, and nothing after it (CommonMark).
      fence = undefined;
    }
  }
  return found;
}

/**
 * Index of the first line after a leading frontmatter block, or 0 when there is none. A block
 * counts as frontmatter only when it starts with a `key:` line, so a body whose first slide is
 * empty (`---` on the first line) is not mistaken for one.
 */
function frontmatterEnd(lines: string[]): number {
  if (!SEPARATOR.test(lines[0] ?? '') || !/^[\w-]+:/.test(lines[1] ?? '')) return 0;
  const end = lines.findIndex((line, i) => i > 0 && SEPARATOR.test(line));
  return end === -1 ? 0 : end + 1;
}
