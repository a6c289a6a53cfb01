/**
 * The one list of deck components: what a deck may use without an import, and the props each
 * takes with an example value (for error messages). The content check (references.ts), the
 * render-time sanitiser (deck-plugin.ts) and the deck pages (src/components/deck/registry.ts,
 * typed against `DeckComponentName`) all read it, so a new component is added here once.
 *
 * Every prop is a plain quoted string (`<Person id="kato-ken" />`), and every listed prop is
 * required; that is the whole of what a deck may pass to code.
 */
export const deckComponentProps = {
  Person: { id: 'kato-ken' },
  AskMe: { area: 'infra' },
  Channel: { id: 'ask-infra' },
  Team: { id: 'infrastructure' },
  Notes: {},
} as const satisfies Record<string, Record<string, string>>;

export type DeckComponentName = keyof typeof deckComponentProps;

export const deckComponentNames = Object.keys(deckComponentProps) as DeckComponentName[];

export function isDeckComponent(name: string): name is DeckComponentName {
  return Object.hasOwn(deckComponentProps, name);
}

/** Each component with the prop names it takes, as the sanitiser wants them. */
export const deckComponentPropNames: Readonly<Record<DeckComponentName, readonly string[]>> =
  Object.fromEntries(
    deckComponentNames.map((name) => [name, Object.keys(deckComponentProps[name])]),
  ) as unknown as Record<DeckComponentName, readonly string[]>;

/** Props the deck plugin adds to every component so a failure names its deck, line and slide. */
export interface DeckPlacement {
  deckFile?: string;
  deckLine?: string;
  deckSlide?: string;
}
