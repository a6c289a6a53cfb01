import type { Lang } from './types.ts';

/** Fixed wording of generated agendas, in both UI languages. */
export const LABELS = {
  ja: {
    heading: (member: string, manager: string, date: string) => `1on1: ${member} × ${manager}（${date}）`,
    privacy: '非公開: この 1on1 の二人だけのメモです。共有・コミットしないでください。',
    followUp: '前回からのフォローアップ',
    followUpFrom: (date: string) => `前回（${date}）の未完了のアクション:`,
    news: '会社のトピック',
    colleague: '新しい仲間',
    joined: (date: string, team: string, role: string) => `${date} 入社・${team}・${role}`,
    askAbout: '話せること',
    question: (theme: string) => `質問: ${theme}`,
    own: '本人が話したいこと',
    ownHint: '（メンバーが持ってきた話題。最初に聞いて、時間を確保する）',
    notes: 'メモ',
    actions: 'アクションアイテム',
    actionsHint:
      '<!-- 次回までにやることを「- [ ] 誰が何をする」の形で書く。閉じていない項目は次回に引き継がれます。 -->',
    newsKind: { initiative: '取り組み', result: '成果', event: 'イベント', other: 'その他' },
  },
  en: {
    heading: (member: string, manager: string, date: string) => `1on1: ${member} × ${manager} (${date})`,
    privacy: 'Private: notes for the two people in this 1on1 only. Do not share or commit.',
    followUp: 'Follow-ups from last time',
    followUpFrom: (date: string) => `Open action items from ${date}:`,
    news: 'Company news',
    colleague: 'New colleague',
    joined: (date: string, team: string, role: string) => `joined ${date} · ${team} · ${role}`,
    askAbout: 'Ask them about',
    question: (theme: string) => `Question: ${theme}`,
    own: "Member's own topics",
    ownHint: '(What the member brought. Ask first and keep time for it.)',
    notes: 'Notes',
    actions: 'Action items',
    actionsHint:
      '<!-- Write what happens before next time as "- [ ] who does what". Open items carry over to the next agenda. -->',
    newsKind: { initiative: 'initiative', result: 'result', event: 'event', other: 'other' },
  },
} as const satisfies Record<Lang, unknown>;
