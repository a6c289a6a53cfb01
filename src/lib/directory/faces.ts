import type { PersonCard } from './cards.ts';

/** One flashcard: a person and the real images of them the question side may show. */
export interface FaceCard {
  card: PersonCard;
  /** The photo and the Slack icon, whichever exist; generated initials never (they are the name). */
  images: { src: string; shape: 'face' | 'icon' }[];
}

/**
 * The flashcard deck: only people with a photo or a Slack icon. A placeholder draws the family
 * name or the initials, so as a question it would give the answer away (issue 15).
 */
export function faceCards(cards: readonly PersonCard[]): FaceCard[] {
  return cards.flatMap((card) => {
    const { photo, slack } = card.person.data;
    const images = [
      ...(photo ? [{ src: photo, shape: 'face' as const }] : []),
      ...(slack.icon ? [{ src: slack.icon, shape: 'icon' as const }] : []),
    ];
    return images.length > 0 ? [{ card, images }] : [];
  });
}
