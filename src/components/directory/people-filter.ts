import { matchesQuery, normalizeQuery } from '../../lib/directory/normalize.ts';
import { MY_TEAM_KEY, readStored, writeStored } from './stored.ts';

// Runs on every keystroke over up to ~1,000 cards, so it only compares precomputed strings
// (data-q, normalised at build time) and writes `hidden` only where it changes.
// Budget: < 16 ms per keystroke at 1,000 people (npm run bench:directory).
const root = document.querySelector<HTMLElement>('[data-directory]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-controls]')!;
  const input = root.querySelector<HTMLInputElement>('[data-filter]')!;
  const teamSelect = root.querySelector<HTMLSelectElement>('[data-my-team]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const noMatch = root.querySelector<HTMLElement>('[data-no-match]')!;
  const teamHint = root.querySelector<HTMLElement>('[data-team-hint]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')].map((section) => ({
    section,
    cards: [...section.querySelectorAll<HTMLElement>('[data-q]')].map((el) => ({
      el,
      hay: el.dataset['q'] ?? '',
      team: el.dataset['team'] ?? '',
      isNew: el.hasAttribute('data-new'),
    })),
  }));
  controls.hidden = false;
  if (teamSelect.value === '') teamSelect.value = readStored(MY_TEAM_KEY) ?? '';

  const view = () => root.querySelector<HTMLInputElement>('[name="view"]:checked')?.value ?? 'all';
  const apply = () => {
    const query = normalizeQuery(input.value);
    const current = view();
    const myTeam = teamSelect.value;
    teamHint.hidden = !(current === 'others' && myTeam === '');
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const card of group.cards) {
        const visible =
          matchesQuery(card.hay, query) &&
          (current !== 'new' || card.isNew) &&
          (current !== 'others' || card.team !== myTeam);
        if (card.el.hidden === visible) card.el.hidden = !visible;
        if (visible) inGroup++;
      }
      if (group.section.hidden !== (inGroup === 0)) group.section.hidden = inGroup === 0;
      shown += inGroup;
    }
    count.textContent = String(shown);
    noMatch.hidden = shown > 0;
  };

  input.addEventListener('input', apply);
  // Capture, so a `change` another script dispatches without `bubbles` (the "who is viewing"
  // island sets the team select's value that way) still reaches the filter.
  root.addEventListener(
    'change',
    (event) => {
      if (event.target === teamSelect) writeStored(MY_TEAM_KEY, teamSelect.value);
      apply();
    },
    true,
  );
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy]') : null;
    if (!button) return;
    const handle = button.dataset['copy'] ?? '';
    void navigator.clipboard?.writeText(handle).then(() => {
      status.textContent = `${root.dataset['copied'] ?? ''} ${handle}`;
    });
  });
  // A reload keeps what was typed (the browser restores the input), so the cards must follow it.
  apply();
}
