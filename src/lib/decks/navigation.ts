/** What a key does in a deck window. */
export type DeckAction =
  'next' | 'previous' | 'first' | 'last' | 'overview' | 'presenter' | 'fullscreen' | 'close';

const keys: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  o: 'overview',
  O: 'overview',
  p: 'presenter',
  P: 'presenter',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'close',
};

/** The action for a key press, or undefined for keys the deck leaves alone (shortcuts with Ctrl etc.). */
export function actionForKey(event: {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): DeckAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return keys[event.key];
}

/** The slide index (0-based) an action leads to, kept inside the deck. */
export function target(action: DeckAction, current: number, count: number): number {
  const next =
    action === 'next'
      ? current + 1
      : action === 'previous'
        ? current - 1
        : action === 'first'
          ? 0
          : action === 'last'
            ? count - 1
            : current;
  return Math.min(Math.max(next, 0), Math.max(count - 1, 0));
}

/**
 * The slide a URL points at, 0-based. Links carry it 1-based as `?slide=N` (the search index
 * links slides this way); `#N` is accepted too. Out-of-range or garbled numbers land in the deck.
 */
export function slideFromUrl(url: string, count: number): number {
  const parsed = new URL(url, 'http://deck.invalid/');
  const raw = parsed.searchParams.get('slide') ?? parsed.hash.replace(/^#/, '');
  const number = Number.parseInt(raw, 10);
  return Number.isFinite(number) ? Math.min(Math.max(number - 1, 0), Math.max(count - 1, 0)) : 0;
}

/** The same URL showing slide `index` (0-based), for `history.replaceState` and shared links. */
export function urlForSlide(url: string, index: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set('slide', String(index + 1));
  if (/^#\d+$/.test(parsed.hash)) parsed.hash = '';
  return parsed.href;
}
