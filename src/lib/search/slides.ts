/**
 * A minimal deck splitter for search, used until src/lib/decks/ has its own (issue 4): a slide ends
 * at a line that is exactly `---` outside fenced code. The body handed in has no frontmatter.
 */
export function splitSlides(body: string): string[] {
  const slides: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const opener = /^\s*(```|~~~)/.exec(line)?.[1];
    if (opener && (fence === undefined || fence === opener)) fence = fence === undefined ? opener : undefined;
    if (fence === undefined && line.trim() === '---') {
      slides.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  slides.push(current.join('\n'));
  return slides.filter((slide) => slide.trim() !== '');
}

/**
 * What the audience reads on a slide, as plain text: speaker notes, JSX tags, imports and Markdown
 * marks removed. Notes stay out of search as they stay out of the audience view.
 */
export function slideText(slide: string): { heading: string | undefined; text: string } {
  const withoutNotes = slide.replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ');
  const heading = /^#{1,6}\s+(.+)$/m.exec(withoutNotes)?.[1]?.trim();
  const text = withoutNotes
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { heading, text };
}
