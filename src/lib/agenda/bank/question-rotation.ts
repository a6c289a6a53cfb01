import type { Question, QuestionTheme } from '../../../schemas/agenda.ts';
import type { Entry } from '../../content/org.ts';
import { AgendaError } from '../errors.ts';
import { stableHash } from './question-text.ts';
import type { PastAgenda } from '../types.ts';

/** A question may come back only after this many sessions with the same member (issue 8). */
const NO_REPEAT_SESSIONS = 6;

export interface PickedQuestion {
  theme: Entry<QuestionTheme>;
  question: Question;
  id: string;
}

/** The topic id of a bank question: theme and question id, since ids are unique per theme only. */
const questionTopicId = (theme: string, question: string): string => `question:${theme}/${question}`;

/**
 * Chooses bank questions for one member, remembering what this agenda already took. Order of
 * preference: the theme used longest ago, then the theme with most questions left, then the
 * question asked longest ago (never asked first),
 * then a hash of member and question so two members do not walk the bank in the same order.
 */
export class QuestionPicker {
  readonly #themes: Map<string, Entry<QuestionTheme>>;
  readonly #member: string;
  readonly #date: string;
  readonly #recent = new Set<string>();
  readonly #lastAsked = new Map<string, string>();
  readonly #themeUsed = new Map<string, string>();
  readonly #taken = new Set<string>();

  constructor(themes: Entry<QuestionTheme>[], member: string, date: string, history: PastAgenda[]) {
    this.#themes = new Map(themes.map((theme) => [theme.id, theme]));
    this.#member = member;
    this.#date = date;
    const past = history.filter((agenda) => agenda.date < date).sort((a, b) => b.date.localeCompare(a.date));
    past.forEach((agenda, index) => {
      for (const id of agenda.topics) {
        if (!id.startsWith('question:')) continue;
        if (index < NO_REPEAT_SESSIONS) this.#recent.add(id);
        if (!this.#lastAsked.has(id)) this.#lastAsked.set(id, agenda.date);
        const theme = id.slice('question:'.length).split('/')[0] ?? '';
        if (!this.#themeUsed.has(theme)) this.#themeUsed.set(theme, agenda.date);
      }
    });
  }

  /** All theme ids, for slots that do not name any. */
  get themeIds(): string[] {
    return [...this.#themes.keys()].sort();
  }

  /** Picks one question from `themeIds`; throws when none is left or a theme does not exist. */
  pick(themeIds: string[]): PickedQuestion {
    const candidates: (PickedQuestion & { key: [string, string, number] })[] = [];
    for (const themeId of themeIds) {
      const theme = this.#themes.get(themeId);
      if (theme === undefined) {
        throw new AgendaError(
          `The agenda template asks for question theme "${themeId}", but content/agendas/questions/${themeId}.yaml does not exist`,
          `Add that file or fix the theme in the template (known themes: ${this.themeIds.join(', ') || 'none'})`,
        );
      }
      for (const question of theme.data.questions) {
        const id = questionTopicId(theme.id, question.id);
        if (this.#recent.has(id) || this.#taken.has(id)) continue;
        const key: [string, string, number] = [
          this.#themeUsed.get(theme.id) ?? '',
          this.#lastAsked.get(id) ?? '',
          stableHash(`${this.#member}/${id}`),
        ];
        candidates.push({ theme, question, id, key });
      }
    }
    // Among themes used equally recently, draw from the one with most questions left, so a broad
    // slot does not drain the theme a narrow slot needs next session.
    const left = new Map<string, number>();
    for (const c of candidates) left.set(c.theme.id, (left.get(c.theme.id) ?? 0) + 1);
    const more = (a: PickedQuestion, b: PickedQuestion): number =>
      (left.get(b.theme.id) ?? 0) - (left.get(a.theme.id) ?? 0);
    candidates.sort(
      (a, b) =>
        a.key[0].localeCompare(b.key[0]) ||
        more(a, b) ||
        a.key[1].localeCompare(b.key[1]) ||
        a.key[2] - b.key[2] ||
        a.id.localeCompare(b.id),
    );
    const chosen = candidates[0];
    if (chosen === undefined) {
      const names = themeIds.map((id) => `"${id}"`).join(', ');
      throw new AgendaError(
        `Question theme ${names} has no questions left for ${this.#member}: every one was asked in the last ${NO_REPEAT_SESSIONS} sessions or is already on this agenda`,
        `Add questions to content/agendas/questions/${themeIds[0] ?? '<theme>'}.yaml (or import some with npm run import:questions), or choose a template with other themes`,
      );
    }
    this.#taken.add(chosen.id);
    this.#themeUsed.set(chosen.theme.id, this.#date);
    return { theme: chosen.theme, question: chosen.question, id: chosen.id };
  }
}
