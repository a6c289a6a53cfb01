import { FACES_KEY, MY_TEAM_KEY, readStored, writeStored } from './stored.ts';

// Flashcards over the cards the page rendered: one shown at a time, keyboard driven. Each card
// holds its question for every mode (face → name, name → face, handle → face); this script only
// shows one. Progress is the known ids per mode in localStorage and never leaves the browser.
const MODES = ['face', 'name', 'handle'] as const;
type Mode = (typeof MODES)[number];
type Known = Record<Mode, Set<string>>;

const root = document.querySelector<HTMLElement>('[data-faces]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-controls]')!;
  const side = root.querySelector<HTMLElement>('[data-side]')!;
  const modeSelect = root.querySelector<HTMLSelectElement>('[data-mode]')!;
  const deckSelect = root.querySelector<HTMLSelectElement>('[data-deck]')!;
  const teamSelect = root.querySelector<HTMLSelectElement>('[data-my-team]')!;
  const progress = root.querySelector<HTMLElement>('[data-progress]')!;
  const feedback = root.querySelector<HTMLElement>('[data-feedback]')!;
  const done = root.querySelector<HTMLElement>('[data-done]')!;
  const hint = root.querySelector<HTMLElement>('[data-team-hint]')!;
  const cards = [...root.querySelectorAll<HTMLElement>('[data-face]')];
  const known = parseKnown(readStored(FACES_KEY));
  let queue: HTMLElement[] = [];

  controls.hidden = false;
  side.hidden = false;
  root.classList.add('faces-live');
  // The "who is viewing" island may have set the team before this script ran; keep its choice.
  if (teamSelect.value === '') teamSelect.value = readStored(MY_TEAM_KEY) ?? '';

  const mode = (): Mode =>
    (MODES as readonly string[]).includes(modeSelect.value) ? (modeSelect.value as Mode) : 'face';
  const idOf = (card: HTMLElement): string => card.dataset['id'] ?? '';
  const inDeck = (card: HTMLElement): boolean => {
    const deck = deckSelect.value;
    if (deck === 'new') return card.hasAttribute('data-new');
    if (deck === 'others') return teamSelect.value !== '' && card.dataset['team'] !== teamSelect.value;
    if (deck.startsWith('team:')) return card.dataset['team'] === deck.slice(5);
    return true;
  };
  const save = () =>
    writeStored(FACES_KEY, JSON.stringify(Object.fromEntries(MODES.map((m) => [m, [...known[m]]]))));
  const render = () => {
    const current = queue[0];
    for (const card of cards) card.hidden = card !== current;
    if (current) {
      for (const question of current.querySelectorAll<HTMLElement>('[data-question]'))
        question.hidden = question.dataset['question'] !== mode();
      for (const choice of current.querySelectorAll<HTMLElement>('[data-choice]'))
        delete choice.dataset['verdict'];
      current.querySelector('details')!.open = false;
    }
    feedback.textContent = '';
    const deck = cards.filter(inDeck);
    progress.textContent = `${deck.filter((card) => known[mode()].has(idOf(card))).length} / ${deck.length}`;
    done.hidden = current !== undefined || deck.length === 0;
    hint.hidden = !(deckSelect.value === 'others' && teamSelect.value === '');
  };
  const restart = () => {
    queue = shuffle(cards.filter((card) => inDeck(card) && !known[mode()].has(idOf(card))));
    render();
  };
  const reveal = () => {
    const details = queue[0]?.querySelector('details');
    if (details) details.open = true;
  };
  const pick = (choice: HTMLElement) => {
    const card = queue[0];
    if (!card || !card.contains(choice) || card.querySelector('details')!.open) return;
    const right = choice.hasAttribute('data-correct');
    choice.dataset['verdict'] = right ? 'right' : 'wrong';
    if (!right) {
      const correct = choice.parentElement?.querySelector<HTMLElement>('[data-correct]');
      if (correct) correct.dataset['verdict'] = 'right';
    }
    feedback.textContent = root.dataset[right ? 'right' : 'wrong'] ?? '';
    reveal();
  };
  const actions: Record<string, () => void> = {
    reveal,
    knew: () => {
      const card = queue.shift();
      if (card) known[mode()].add(idOf(card));
      save();
      render();
    },
    again: () => {
      const card = queue.shift();
      if (card) queue.push(card);
      render();
    },
    reset: () => {
      known[mode()].clear();
      save();
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
    if (!(event.target instanceof Element)) return;
    const choice = event.target.closest<HTMLElement>('[data-choice]');
    if (choice) return pick(choice);
    const action = event.target.closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action) actions[action]?.();
  });
  // On each select, not through bubbling: the "who is viewing" island dispatches a plain `change`
  // (which does not bubble) on the team select after setting its value.
  teamSelect.addEventListener('change', () => {
    writeStored(MY_TEAM_KEY, teamSelect.value);
    restart();
  });
  modeSelect.addEventListener('change', restart);
  deckSelect.addEventListener('change', restart);
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (takesTyping(event.target)) return;
    if (/^[1-4]$/.test(event.key) && mode() !== 'face') {
      const choices = queue[0]?.querySelectorAll<HTMLElement>(`[data-question="${mode()}"] [data-choice]`);
      const choice = choices?.[Number(event.key) - 1];
      if (choice) {
        event.preventDefault();
        pick(choice);
      }
      return;
    }
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

/** Known ids per mode; a list from before the modes existed is the face → name progress. */
function parseKnown(stored: string | undefined): Known {
  const known: Known = { face: new Set(), name: new Set(), handle: new Set() };
  const ids = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  try {
    const value: unknown = JSON.parse(stored ?? '{}');
    if (Array.isArray(value)) known.face = new Set(ids(value));
    else if (value && typeof value === 'object')
      for (const mode of MODES) known[mode] = new Set(ids((value as Record<string, unknown>)[mode]));
  } catch {
    // Unreadable progress starts again rather than breaking the page.
  }
  return known;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
