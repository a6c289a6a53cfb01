import type { AgendaTemplate, TemplateSlot } from '../../../schemas/agenda.ts';
import type { TopicCount } from '../types.ts';

/** Slot kinds that bring a company-wide matter the member may not see from their seat. */
const COMPANY_KINDS: ReadonlySet<TemplateSlot['kind']> = new Set(['company', 'news', 'new-colleague']);

/**
 * The template's slots stretched or cut to `count` topics. The member's own slot is always there,
 * and always last, because leaving room for the member's topics is the point of a 1on1. Extra
 * slots are questions from the template's themes; cuts drop questions from the end first. A plan
 * without a company-wide slot gets one in place of its last question: issue 8 asks for one or two
 * company topics in every agenda. When there is no news and no new colleague, that slot becomes a
 * question again (see generate.ts).
 */
export function planSlots(template: AgendaTemplate, count: TopicCount = template.topics): TemplateSlot[] {
  const own = template.slots.find((slot) => slot.kind === 'own') ?? { kind: 'own' as const };
  const others = template.slots.filter((slot) => slot.kind !== 'own');
  const themes = fillerThemes(template);
  const filler: TemplateSlot = themes ? { kind: 'question', themes } : { kind: 'question' };
  while (others.length < count - 1) others.push(filler);
  while (others.length > count - 1) {
    const lastQuestion = others.findLastIndex((slot) => slot.kind === 'question');
    others.splice(lastQuestion === -1 ? others.length - 1 : lastQuestion, 1);
  }
  if (!others.some((slot) => COMPANY_KINDS.has(slot.kind))) {
    const lastQuestion = others.findLastIndex((slot) => slot.kind === 'question');
    if (lastQuestion !== -1) others[lastQuestion] = { kind: 'company' };
  }
  return [...others, own];
}

/** Themes a slot that could not be filled (no follow-ups, no news) falls back to. */
export function fillerThemes(template: AgendaTemplate): string[] | undefined {
  const themes = [
    ...new Set(template.slots.flatMap((slot) => (slot.kind === 'question' ? (slot.themes ?? []) : []))),
  ];
  return themes.length > 0 ? themes : undefined;
}

/** Used when the content has no templates: 5 topics, one of them company-wide. */
export const BUILT_IN_TEMPLATE: AgendaTemplate = {
  title: { ja: '標準', en: 'Standard' },
  description: {
    ja: 'フォローアップ、会社のトピック、質問 2 つ、本人の話題。',
    en: 'Follow-ups, company news, two questions, own topics.',
  },
  topics: 5,
  slots: [
    { kind: 'follow-up' },
    { kind: 'company' },
    { kind: 'question' },
    { kind: 'question' },
    { kind: 'own' },
  ],
};
