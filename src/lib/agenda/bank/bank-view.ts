import type { AgendaTemplate, QuestionTheme, TemplateSlot } from '../../../schemas/agenda.ts';
import type { Localized } from '../../../schemas/common.ts';
import type { Entry } from '../../content/org.ts';
import { detectLanguage } from './language.ts';
import type { Lang } from '../types.ts';

/** Page wording for /one-on-one/, in both UI languages. */
export const PAGE_LABELS = {
  ja: {
    title: '1on1 のテンプレートと質問集',
    intro:
      '1on1 の 1〜2 日前に、マネージャーが自分の端末で議題を用意します。議題は 4〜5 個。前回のフォローアップ、メンバーが自分の席からは見えにくい会社の話題、質問集からの問い、そして本人が話したいことの枠です。',
    privacy:
      '用意した議題とメモは二人だけのものです。非公開ディレクトリ（既定は .private/、git の管理外）に保存され、このサイトには載りません。',
    howTo: '使い方',
    templates: 'テンプレート',
    topics: (n: number) => `${n} 個の議題`,
    bank: '質問集',
    themes: 'テーマ',
    kinds: {
      'follow-up': '前回からのフォローアップ（未完了の - [ ] 項目）',
      company: '会社の話題（ニュースか新しい仲間）',
      news: '会社のニュース',
      'new-colleague': '他部署の新しい仲間',
      question: '質問集から',
      own: '本人が話したいこと',
    },
    commands: [
      ['議題を 1 つ用意する', 'npm run agenda -- --member anazawa-sho --date 2026-12-02'],
      ['予定表の 2 日以内の 1on1 をまとめて用意する', 'npm run agenda -- --due --within 2'],
      ['予定表の 1on1 を一覧する', 'npm run agenda -- --list'],
      ['質問をまとめて取り込む', 'npm run import:questions -- questions.md'],
    ],
  },
  en: {
    title: '1on1 templates and question bank',
    intro:
      'One or two days before a 1on1, the manager prepares an agenda on their own machine: 4-5 topics. Follow-ups from last time, company matters the member may not see from their seat, questions from the bank, and a slot for the member’s own topics.',
    privacy:
      'Prepared agendas and notes belong to the two people. They are saved in a private directory (.private/ by default, outside git) and never appear on this site.',
    howTo: 'How to use it',
    templates: 'Templates',
    topics: (n: number) => `${n} topics`,
    bank: 'Question bank',
    themes: 'Themes',
    kinds: {
      'follow-up': 'Follow-ups (open - [ ] items from last time)',
      company: 'Company topic (news or a new colleague)',
      news: 'Company news',
      'new-colleague': 'A new colleague in another department',
      question: 'From the question bank',
      own: 'The member’s own topics',
    },
    commands: [
      ['Prepare one agenda', 'npm run agenda -- --member anazawa-sho --date 2026-12-02'],
      ['Prepare every scheduled 1on1 in the next 2 days', 'npm run agenda -- --due --within 2'],
      ['List the scheduled 1on1s', 'npm run agenda -- --list'],
      ['Import a list of questions', 'npm run import:questions -- questions.md'],
    ],
  },
} as const;

/**
 * A text in both languages as the page shows it: the page's language first, then the other. A text
 * that is the same in both (import:questions copies a one-language title into both) is shown once,
 * marked with the language it is written in, so a Japanese title on an English page is lang="ja".
 */
export function bilingual(text: Localized, lang: Lang): { text: string; lang: Lang }[] {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  if (text.ja === text.en) return [{ text: text.ja, lang: detectLanguage(text.ja) }];
  return [
    { text: text[lang], lang },
    { text: text[other], lang: other },
  ];
}

export interface SlotView {
  heading?: string | undefined;
  kind: string;
  themes: { id: string; title: string; lang: Lang }[];
}

/** A template's slots as the page lists them, theme ids resolved to titles. */
export function slotViews(slots: TemplateSlot[], themes: Entry<QuestionTheme>[], lang: Lang): SlotView[] {
  return slots.map((slot) => ({
    heading: slot.title?.[lang],
    kind: PAGE_LABELS[lang].kinds[slot.kind],
    themes: (slot.themes ?? []).map((id) => {
      const title = themes.find((t) => t.id === id)?.data.title;
      const [shown] = title ? bilingual(title, lang) : [];
      return { id, title: shown?.text ?? id, lang: shown?.lang ?? lang };
    }),
  }));
}

/** Templates and themes in a stable order for the page: `regular` first, then by name. */
export function bankView(templates: Entry<AgendaTemplate>[], themes: Entry<QuestionTheme>[]) {
  const rank = (id: string): number => (id === 'regular' ? 0 : 1);
  return {
    templates: [...templates].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id)),
    themes: [...themes].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
