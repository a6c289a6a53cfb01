import { useStrings } from '../../../i18n/index.ts';
import type { TemplateSlot } from '../../../schemas/agenda.ts';
import { openActionItems } from './action-items.ts';
import { colleagueTopicId, companyCandidates, newsTopicId } from './company-topics.ts';
import { QuestionPicker } from '../bank/question-rotation.ts';
import { questionText } from '../bank/question-text.ts';
import { fillerThemes, planSlots } from './slot-plan.ts';
import type { Agenda, AgendaInput, Topic } from '../types.ts';

/**
 * Prepares one 1on1 agenda. Pure and deterministic: the date, the history and the content are all
 * passed in, so the same input gives the same agenda (and the bench can run it 200 times a second).
 */
export function generateAgenda(input: AgendaInput): Agenda {
  const { member, manager, date, lang } = input;
  const words = useStrings(lang).agenda;
  const slots = planSlots(input.template.data, input.topics);
  const picker = new QuestionPicker(input.themes, member.id, date, input.history);
  const company = companyCandidates(input);
  const previous = input.history.filter((a) => a.date < date).sort((a, b) => b.date.localeCompare(a.date))[0];
  const teamName = (team: string): string => {
    const found = input.teams.find((entry) => entry.id === team)?.data;
    return (lang === 'en' ? found?.nameEn : undefined) ?? found?.name ?? team;
  };
  const label = (slot: TemplateSlot, fallback: string): string => slot.title?.[lang] ?? fallback;

  const takeNews = (slot: TemplateSlot): Topic | undefined => {
    const news = company.news.shift();
    if (!news) return undefined;
    const name = news.data.team === undefined ? undefined : teamName(news.data.team);
    return {
      kind: 'news',
      id: newsTopicId(news.id),
      title: news.data.title,
      label: label(slot, words.news),
      news,
      teamName: name,
    };
  };
  const takeColleague = (slot: TemplateSlot): Topic | undefined => {
    const person = company.colleagues.shift();
    if (!person) return undefined;
    const title = lang === 'ja' ? `${person.data.name}（${person.data.reading}）` : person.data.romaji;
    return {
      kind: 'new-colleague',
      id: colleagueTopicId(person.id),
      title,
      label: label(slot, words.colleague),
      person,
      teamName: teamName(person.data.team),
    };
  };
  const fixed = (slot: TemplateSlot): Topic | undefined => {
    switch (slot.kind) {
      case 'follow-up': {
        const items = previous ? openActionItems(previous.body) : [];
        if (!previous || items.length === 0) return undefined;
        const title = label(slot, words.followUp);
        return {
          kind: 'follow-up',
          id: `follow-up:${previous.date}`,
          title,
          label: title,
          from: previous.date,
          items,
        };
      }
      case 'news':
        return takeNews(slot) ?? takeColleague(slot);
      case 'new-colleague':
        return takeColleague(slot) ?? takeNews(slot);
      case 'company':
        return takeNews(slot) ?? takeColleague(slot);
      case 'own': {
        const title = label(slot, words.own);
        const notes = input.notes ?? [];
        return notes.length > 0
          ? { kind: 'own', id: 'own', title, label: title, notes }
          : { kind: 'own', id: 'own', title, label: title };
      }
      case 'question':
        return undefined;
    }
  };

  // Slots that could not be filled become questions; slots naming themes pick before open ones,
  // so a broad slot cannot take the last question of a theme a narrow slot needs.
  const topics: (Topic | undefined)[] = slots.map(fixed);
  const questionSlots = slots
    .map((slot, index) => ({ slot, index }))
    .filter(({ index }) => topics[index] === undefined)
    .map(({ slot, index }) => ({
      index,
      narrow: slot.kind === 'question' && slot.themes !== undefined,
      slot:
        slot.kind === 'question'
          ? slot
          : { kind: 'question' as const, themes: fillerThemes(input.template.data) },
    }))
    .sort((a, b) => Number(b.narrow) - Number(a.narrow) || a.index - b.index);
  for (const { slot, index } of questionSlots) {
    const picked = picker.pick(slot.themes ?? picker.themeIds);
    const text = questionText(picked.question, lang);
    const themeTitle = picked.theme.data.title[lang];
    topics[index] = {
      kind: 'question',
      id: picked.id,
      title: text,
      label: label(slot, words.question(themeTitle)),
      theme: picked.theme.id,
      themeTitle,
    };
  }
  return {
    member,
    manager,
    date,
    template: input.template.id,
    lang,
    topics: topics.filter((t) => t !== undefined),
  };
}
