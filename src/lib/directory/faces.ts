import type { PersonCard } from './cards.ts';
import { stableHash } from './avatar.ts';

/** What the flashcards ask: face → name, name → one face out of four, handle → one face out of four. */
export const FACE_MODES = ['face', 'name', 'handle'] as const;

/** A real image of a person: the photo or the Slack icon. */
interface FaceImage {
  src: string;
  shape: 'face' | 'icon';
}

/** One of the faces to pick from; exactly one per card is the person asked about. */
interface FaceChoice {
  image: FaceImage;
  correct: boolean;
}

/** One flashcard: a person and the real images of them the question side may show. */
export interface FaceCard {
  card: PersonCard;
  /** The photo and the Slack icon, whichever exist; generated initials never (they are the name). */
  images: FaceImage[];
  /** For the name and handle modes: up to four faces, this person's at a stable, varied place. */
  choices: FaceChoice[];
}

const CHOICES = 4;

/**
 * The flashcard deck: only people with a photo or a Slack icon. A placeholder draws the family
 * name or the initials, so as a question it would give the answer away (issue 15). The choices are
 * computed here, not in the browser, so the same build always asks the same question and a test
 * can read every question of every mode from the HTML.
 */
export function faceCards(cards: readonly PersonCard[]): FaceCard[] {
  const withImages = cards.flatMap((card) => {
    const { photo, slack } = card.person.data;
    const images: FaceImage[] = [
      ...(photo ? [{ src: photo, shape: 'face' as const }] : []),
      ...(slack.icon ? [{ src: slack.icon, shape: 'icon' as const }] : []),
    ];
    return images.length > 0 ? [{ card, images }] : [];
  });
  return withImages.map(({ card, images }) => {
    const id = card.person.id;
    // Other people in an order that differs per question but not per build.
    const others = withImages
      .filter((other) => other.card.person.id !== id)
      .map((other) => ({ image: other.images[0]!, rank: stableHash(`${id}/${other.card.person.id}`) }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, CHOICES - 1)
      .map(({ image }) => ({ image, correct: false }));
    const choices: FaceChoice[] = [...others];
    choices.splice(stableHash(id) % (others.length + 1), 0, { image: images[0]!, correct: true });
    return { card, images, choices };
  });
}
