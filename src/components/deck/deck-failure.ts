import { AstroError } from 'astro/errors';
import { ContentError } from '../../lib/content/errors.ts';
import type { DeckPlacement } from '../../lib/decks/components.ts';

/**
 * The error a deck component throws when it cannot render: two sentences that name the deck
 * file, line and slide (the deck plugin passes them as props), instead of a stack trace in a
 * generated chunk. The content check catches these before a build; this is for what slips past
 * it, such as `astro dev`, which reports content problems and keeps serving.
 */
export function deckFailure(
  placement: DeckPlacement,
  what: string,
  fix: string,
  cause?: unknown,
): AstroError {
  const line = placement.deckLine === undefined ? undefined : Number(placement.deckLine);
  const problem = new ContentError(
    {
      file: placement.deckFile ?? 'a deck',
      line,
      what: placement.deckSlide === undefined ? what : `slide ${placement.deckSlide}: ${what}`,
      fix,
    },
    { cause },
  );
  // astro/errors' AstroError takes (message, hint); the message is already both sentences.
  const error = new AstroError(problem.message);
  error.cause = problem;
  return error;
}

/** Runs a component's lookup, turning any failure into a `deckFailure` naming the deck. */
export function atDeck<T>(placement: DeckPlacement, component: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw deckFailure(
      placement,
      `${component} failed to render (${reason.replace(/\.$/, '')})`,
      'Fix the value in the deck; `npm run build` starts with the content check, which lists every broken reference',
      error,
    );
  }
}
