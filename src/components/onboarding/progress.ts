import { readStored, writeStored } from '../directory/stored.ts';
import { progressFileText, readProgressFile } from './progress-file.ts';

// The "progress" island (issue 18): each tick is kept in this browser (localStorage) under the
// hire's id; nothing is sent anywhere. Export writes the ticks to a small file, import reads one
// back, so progress survives a change of browser.
const root = document.querySelector<HTMLElement>('[data-progress]');
const tools = document.querySelector<HTMLElement>('[data-progress-tools]');
if (root && tools) start(root, tools);

function start(root: HTMLElement, tools: HTMLElement): void {
  const person = root.dataset['progress'] ?? '';
  const key = `portal.onboarding.progress.${person}`;
  const ticks = [...root.querySelectorAll<HTMLInputElement>('input[data-tick]')];
  const status = tools.querySelector<HTMLElement>('[data-progress-status]')!;
  const count = tools.querySelector<HTMLElement>('[data-done]')!;
  const known = new Set(ticks.map((tick) => tick.dataset['tick'] ?? ''));

  const load = (): Set<string> => {
    try {
      const stored: unknown = JSON.parse(readStored(key) ?? '[]');
      return new Set(
        Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [],
      );
    } catch {
      return new Set();
    }
  };
  let done = load();
  const show = () => {
    for (const tick of ticks) tick.checked = done.has(tick.dataset['tick'] ?? '');
    count.textContent = String(ticks.filter((tick) => tick.checked).length);
  };
  const save = () => writeStored(key, JSON.stringify([...done].sort()));

  for (const tick of ticks) tick.hidden = false;
  for (const hidden of tools.querySelectorAll<HTMLElement>(
    '[data-progress-count], [data-progress-files], [data-copy-markdown]',
  ))
    hidden.hidden = false;
  show();

  root.addEventListener('change', (event) => {
    const tick = event.target;
    if (!(tick instanceof HTMLInputElement) || tick.dataset['tick'] === undefined) return;
    if (tick.checked) done.add(tick.dataset['tick']);
    else done.delete(tick.dataset['tick']);
    save();
    show();
  });

  tools.querySelector('[data-export]')?.addEventListener('click', () => {
    const blob = new Blob([progressFileText(person, [...done], new Date())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `onboarding-${person}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });

  tools.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const ids = readProgressFile(await file.text(), person);
    input.value = '';
    if (!ids) {
      status.textContent = status.dataset['importFailed'] ?? '';
      return;
    }
    // Steps the path no longer has are dropped; the file may be older than the content.
    done = new Set(ids.filter((id) => known.has(id)));
    save();
    show();
    status.textContent = status.dataset['imported'] ?? '';
  });

  tools.querySelector('[data-copy-markdown]')?.addEventListener('click', async () => {
    const text = tools.querySelector('[data-markdown]')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = status.dataset['copied'] ?? '';
    } catch {
      // Without clipboard access the text is still there to select by hand.
    }
  });
}
