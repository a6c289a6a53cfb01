const NOTES = /<aside class="deck-notes"[^>]*>([\s\S]*?)<\/aside>/g;

/** A rendered slide with its speaker notes taken out. */
export interface RenderedSlide {
  /** What the audience sees. */
  html: string;
  /** The notes' HTML, empty when the slide has none. */
  notes: string;
}

/**
 * Takes the speaker notes out of one slide's rendered HTML. The presenter page renders `<Notes>`
 * as `<aside class="deck-notes">` (PresenterNotes.astro); the audience page renders it as nothing,
 * and this runs there too, so a notes block can never reach the audience by another path.
 */
export function separateNotes(html: string): RenderedSlide {
  const notes: string[] = [];
  const rest = html.replace(NOTES, (_, inner: string) => {
    notes.push(inner.trim());
    return '';
  });
  return { html: rest.trim(), notes: notes.join('\n') };
}
