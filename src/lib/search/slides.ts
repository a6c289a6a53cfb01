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
