import { FACES_KEY, MY_TEAM_KEY, readStored, writeStored } from './stored.ts';

// Flashcards over the cards the page rendered: one shown at a time, keyboard driven. Progress is
// the list of known ids in localStorage and never leaves the browser.
const root = document.querySelector<HTMLElement>('[data-faces]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-controls]')!;
  const deckSelect = root.querySelector<HTMLSelectElement>('[data-deck]')!;
  const teamSelect = root.querySelector<HTMLSelectElement>('[data-my-team]')!;
  const progress = root.querySelector<HTMLElement>('[data-progress]')!;
  const done = root.querySelector<HTMLElement>('[data-done]')!;
  const hint = root.querySelector<HTMLElement>('[data-team-hint]')!;
  const cards = [...root.querySelectorAll<HTMLElement>('[data-face]')];
  const known = new Set<string>(parseKnown(readStored(FACES_KEY)));
  let queue: HTMLElement[] = [];

  controls.hidden = false;
  root.classList.add('faces-live');
  teamSelect.value = readStored(MY_TEAM_KEY) ?? '';

  const inDeck = (card: HTMLElement): boolean => {
    const deck = deckSelect.value;
    if (deck === 'new') return card.hasAttribute('data-new');
    if (deck === 'others') return teamSelect.value !== '' && card.dataset['team'] !== teamSelect.value;
    if (deck.startsWith('team:')) return card.dataset['team'] === deck.slice(5);
    return true;
  };
  const render = () => {
    const current = queue[0];
    for (const card of cards) card.hidden = card !== current;
    const details = current?.querySelector('details');
    if (details) details.open = false;
    const deck = cards.filter(inDeck);
    progress.textContent = `${deck.filter((card) => known.has(card.dataset['id'] ?? '')).length} / ${deck.length}`;
    done.hidden = current !== undefined || deck.length === 0;
    hint.hidden = !(deckSelect.value === 'others' && teamSelect.value === '');
  };
  const restart = () => {
    queue = shuffle(cards.filter((card) => inDeck(card) && !known.has(card.dataset['id'] ?? '')));
    render();
  };
  const actions: Record<string, () => void> = {
    reveal: () => {
      const details = queue[0]?.querySelector('details');
      if (details) details.open = true;
    },
    knew: () => {
      const card = queue.shift();
      if (card) known.add(card.dataset['id'] ?? '');
      writeStored(FACES_KEY, JSON.stringify([...known]));
      render();
    },
    again: () => {
      const card = queue.shift();
      if (card) queue.push(card);
      render();
    },
    reset: () => {
      known.clear();
      writeStored(FACES_KEY, '[]');
      restart();
    },
  };
  const keys: Record<string, string> = {
    ' ': 'reveal',
    Enter: 'reveal',
    k: 'knew',
    ArrowRight: 'knew',
    j: 'again',
    ArrowLeft: 'again',
  };

  root.addEventListener('click', (event) => {
    const action =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('[data-action]')?.dataset['action']
        : undefined;
    if (action) actions[action]?.();
  });
  root.addEventListener('change', (event) => {
    if (event.target === teamSelect) writeStored(MY_TEAM_KEY, teamSelect.value);
    restart();
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (takesTyping(event.target)) return;
    const action = keys[event.key];
    if (!action) return;
    // Space and Enter on a focused control press that control (Reveal, Again, a link), as the
    // browser does; every other key drives the cards wherever the focus is, so K and J keep
    // working after a click on a button.
    if ((event.key === ' ' || event.key === 'Enter') && isPressable(event.target)) return;
    event.preventDefault();
    actions[action]?.();
  });
  restart();
}

/** Text fields and selects use letters and arrows themselves; checkboxes and buttons do not. */
function takesTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file'].includes(target.type)
  );
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, summary, a[href], input') !== null;
}

function parseKnown(stored: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
