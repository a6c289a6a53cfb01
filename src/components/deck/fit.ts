/**
 * Shrinks the text of slides whose content is taller than the slide, once, when the page loads
 * (so key presses never pay for it). Text sizes are in container units, so a ratio measured at
 * one width holds at every width: the window, the presenter previews, print. A few passes,
 * because text re-wraps as it shrinks.
 */
export function fitSlides(host: HTMLElement, slides: readonly HTMLElement[]): void {
  host.classList.add('deck-measuring');
  for (let pass = 0; pass < 4; pass++) {
    // Read every height first, then write, so each pass costs one layout.
    const ratios = slides.map(
      (slide) => slide.clientHeight / Math.max(1, (slide.firstElementChild as HTMLElement).scrollHeight),
    );
    const over = ratios
      .map((ratio, index) => ({ ratio, body: slides[index]!.firstElementChild as HTMLElement }))
      .filter(({ ratio }) => ratio < 0.995);
    if (over.length === 0) break;
    for (const { ratio, body } of over) {
      const fit = Number(body.style.getPropertyValue('--fit') || 1) * Math.max(ratio, 0.4) * 0.97;
      body.style.setProperty('--fit', fit.toFixed(3));
    }
  }
  host.classList.remove('deck-measuring');
}
