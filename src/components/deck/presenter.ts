import { actionForKey, slideFromUrl, target, urlForSlide } from '../../lib/decks/navigation.ts';
import { fitSlides } from './fit.ts';
import { deckChannel } from './sync.ts';

/** The presenter window: current and next slide, notes, timer and clock, driving the audience. */
export function startPresenter(root: HTMLElement): void {
  const slides = [...root.querySelectorAll<HTMLElement>('.presenter-store .slide')];
  const notes = [...root.querySelectorAll<HTMLElement>('.presenter-store [data-notes]')];
  const frame = (name: string) => root.querySelector<HTMLElement>(`[data-frame="${name}"]`)!;
  const panel = root.querySelector<HTMLElement>('[data-notes-panel]')!;
  const counter = root.querySelector<HTMLElement>('[data-counter]')!;
  root.querySelector<HTMLElement>('[data-count]')!.textContent = String(slides.length);
  let current = -1;

  const show = (index: number, announce: boolean) => {
    if (index === current || !slides[index]) return;
    current = index;
    frame('current').replaceChildren(slides[index].cloneNode(true));
    frame('next').replaceChildren(...(slides[index + 1] ? [slides[index + 1]!.cloneNode(true)] : []));
    const text = notes[index]?.innerHTML.trim();
    if (text) panel.innerHTML = text;
    else panel.textContent = root.dataset['noNotes'] ?? '';
    counter.textContent = String(index + 1);
    history.replaceState(history.state, '', urlForSlide(location.href, index));
    if (announce) publish(index);
  };
  const publish = deckChannel(root.dataset['presenterDeck'] ?? '', (index) => show(index, false));

  document.addEventListener('keydown', (event) => {
    const action = actionForKey(event);
    if (
      !action ||
      action === 'overview' ||
      action === 'presenter' ||
      action === 'fullscreen' ||
      action === 'close'
    )
      return;
    event.preventDefault();
    show(target(action, current, slides.length), true);
  });
  root
    .querySelectorAll<HTMLButtonElement>('[data-action]')
    .forEach((button) =>
      button.addEventListener('click', () =>
        show(target(button.dataset['action'] === 'next' ? 'next' : 'previous', current, slides.length), true),
      ),
    );

  // The timer counts from when the window opened; Reset restarts it when the talk really begins.
  let started = Date.now();
  const timer = root.querySelector<HTMLElement>('[data-timer]')!;
  const clock = root.querySelector<HTMLElement>('[data-clock]')!;
  const two = (n: number) => String(n).padStart(2, '0');
  const tick = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    timer.textContent = `${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
    const now = new Date();
    clock.textContent = `${two(now.getHours())}:${two(now.getMinutes())}`;
  };
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  tick();
  setInterval(tick, 1000);

  fitSlides(root.querySelector<HTMLElement>('.presenter-store')!, slides);
  show(slideFromUrl(location.href, slides.length), false);
}
