/**
 * The labelled lines of an item's rationale, in Japanese and English. Full-width colons are
 * accepted because Japanese input methods produce them by default.
 */
export type LabelKind = 'why' | 'incident' | 'toldBy';

const LABELS: Record<string, LabelKind> = {
  理由: 'why',
  なぜ: 'why',
  why: 'why',
  事例: 'incident',
  障害: 'incident',
  incident: 'incident',
  語り手: 'toldBy',
  'told by': 'toldBy',
};

const LABEL_LINE = /^\s*(理由|なぜ|why|事例|障害|incident|語り手|told by)\s*[:：]\s*/iu;

/** The label a line starts with and the rest of the line, or undefined for an unlabelled line. */
export function matchLabel(line: string): { kind: LabelKind; rest: string } | undefined {
  const match = LABEL_LINE.exec(line);
  if (!match) return undefined;
  const kind = LABELS[(match[1] ?? '').toLowerCase()];
  return kind ? { kind, rest: line.slice(match[0].length) } : undefined;
}
