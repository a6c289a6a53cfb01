/** What to draw when a person has no photo or Slack icon: a few letters on a stable colour. */
export interface GeneratedAvatar {
  text: string;
  /** Hue 0-359, the same for the same seed on every build. */
  hue: number;
}

/**
 * The face placeholder: the family name as written (up to two characters), like a name tag. A
 * name in katakana with a middle dot (マイケル・ブラウン) is a foreign name, given name first, and
 * reads best as the first letter of each part (マブ), as a Latin name would (MB).
 */
export function faceAvatar(name: string, seed: string): GeneratedAvatar {
  const parts = name
    .trim()
    .split(/[\s\u3000・･]+/)
    .filter(Boolean);
  if (/[・･]/.test(name) && parts.length > 1) {
    return {
      text: parts
        .map((part) => [...part][0])
        .join('')
        .slice(0, 2),
      hue: hue(seed),
    };
  }
  return { text: [...(parts[0] ?? name)].slice(0, 2).join(''), hue: hue(seed) };
}

/** The Slack icon placeholder: Latin initials, as Slack itself draws them. */
export function iconAvatar(romaji: string, seed: string): GeneratedAvatar {
  const initials = romaji
    .trim()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 2);
  return { text: initials || '?', hue: (hue(seed) + 180) % 360 };
}

function hue(seed: string): number {
  return stableHash(seed) % 360;
}

/** FNV-1a over the code points: the same number for the same seed on every build. */
export function stableHash(seed: string): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return Math.abs(hash);
}
