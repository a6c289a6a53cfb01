import type { Kind } from './search-index.ts';

const labels: Record<'ja' | 'en', Record<Kind, string> & { none: string; label: string; failed: string }> = {
  ja: {
    person: 'メンバー',
    team: 'チーム',
    channel: 'チャンネル',
    deck: 'オンボーディング資料',
    checklist: 'チェックリスト',
    news: 'お知らせ',
    agenda: '1on1',
    none: '見つかりませんでした',
    label: 'サイト内検索',
    failed: '検索インデックスを読み込めませんでした。再読み込みしてください。',
  },
  en: {
    person: 'People',
    team: 'Teams',
    channel: 'Channels',
    deck: 'Decks',
    checklist: 'Checklists',
    news: 'News',
    agenda: '1on1',
    none: 'No results',
    label: 'Search the portal',
    failed: 'The search index did not load. Reload the page to try again.',
  },
};

/** The labels the search UI needs, in the site's locale. */
export function searchLabels(locale: 'ja' | 'en') {
  return labels[locale];
}

export type SearchLabels = ReturnType<typeof searchLabels>;
