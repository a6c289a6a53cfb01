/**
 * Keeps the audience and presenter windows of one deck on the same slide, in both directions.
 * Each window announces the slides it moves to and follows the slides the other announces;
 * a slide received is shown without announcing it again, so the windows never ping-pong.
 */
export function deckChannel(slug: string, follow: (index: number) => void): (index: number) => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(`portal-deck:${slug}`);
  channel.onmessage = (event: MessageEvent<{ index?: unknown }>) => {
    if (typeof event.data?.index === 'number') follow(event.data.index);
  };
  return (index) => channel.postMessage({ index });
}
