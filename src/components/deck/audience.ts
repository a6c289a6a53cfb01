import {
  actionForKey,
  slideFromUrl,
  target,
  urlForSlide,
  type DeckAction,
} from '../../lib/decks/navigation.ts';
import { fitSlides } from './fit.ts';
import { deckChannel } from './sync.ts';

/** The audience window: one slide at a time, keys, clicks, swipes, the URL and the presenter link. */
export function startAudience(root: HTMLElement): void {
  const slug = root.dataset['deck'] ?? '';
  const slides = [...root.querySelectorAll<HTMLElement>('.deck-stage .slide')];
  const counter = root.querySelector<HTMLElement>('[data-counter]');
  const progress = root.querySelector<HTMLElement>('[data-progress]');
  root.querySelector<HTMLElement>('[data-count]')!.textContent = String(slides.length);
  let current = -1;

  const show = (index: number, announce: boolean) => {
    if (index === current || !slides[index]) return;
    slides[current]?.classList.remove('current');
    slides[index].classList.add('current');
    current = index;
    if (counter) counter.textContent = String(index + 1);
    if (progress) progress.style.transform = `scaleX(${(index + 1) / slides.length})`;
    history.replaceState(history.state, '', urlForSlide(location.href, index));
    if (announce) publish(index);
  };
  const publish = deckChannel(slug, (index) => show(index, false));

  const act = (action: DeckAction) => {
    if (action === 'overview' || (action === 'close' && root.classList.contains('overview'))) {
      root.classList.toggle('overview');
      slides[current]?.scrollIntoView({ block: 'nearest' });
    } else if (action === 'presenter') {
      const url = new URL(root.dataset['presenter'] ?? 'presenter/', location.href);
      url.searchParams.set('slide', String(current + 1));
      window.open(url.href, `deck-presenter-${slug}`, 'popup,width=1200,height=760');
    } else if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.();
    } else show(target(action, current, slides.length), true);
  };

  document.addEventListener('keydown', (event) => {
    if (
      event.target instanceof HTMLElement &&
      event.target.closest('input, textarea, select, [contenteditable]')
    )
      return;
    const action = actionForKey(event);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  root
    .querySelectorAll<HTMLButtonElement>('[data-action]')
    .forEach((button) => button.addEventListener('click', () => act(button.dataset['action'] as DeckAction)));
  root.querySelector('.deck-stage')!.addEventListener('click', (event) => {
    const { target: clicked, clientX } = event as MouseEvent;
    if (!(clicked instanceof Element) || clicked.closest('a, button')) return;
    const slide = clicked.closest<HTMLElement>('.slide');
    if (root.classList.contains('overview')) {
      if (slide) show(Number(slide.dataset['index']), true);
      root.classList.remove('overview');
    } else act(clientX < innerWidth / 3 ? 'previous' : 'next');
  });
  let touchX: number | undefined;
  root.addEventListener('touchstart', (event) => (touchX = event.touches[0]?.clientX), { passive: true });
  root.addEventListener('touchend', (event) => {
    const dx = (event.changedTouches[0]?.clientX ?? 0) - (touchX ?? 0);
    if (touchX !== undefined && Math.abs(dx) > 50) act(dx < 0 ? 'next' : 'previous');
    touchX = undefined;
  });

  fitSlides(root.querySelector<HTMLElement>('.deck-stage')!, slides);
  show(slideFromUrl(location.href, slides.length), false);
}
