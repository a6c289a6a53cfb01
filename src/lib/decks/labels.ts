/** The deck pages' own words in both UI languages; `site.yaml`'s locale picks one. */
const ja = {
  slide: 'スライド',
  controls: 'スライド操作',
  previous: '前のスライド',
  next: '次のスライド',
  overview: '一覧',
  presenter: '発表者ビュー',
  fullscreen: '全画面',
  allDecks: '資料一覧',
  current: '現在のスライド',
  upNext: '次のスライド',
  end: '最後のスライドです',
  notes: 'ノート',
  noNotes: 'このスライドにノートはありません',
  timer: '経過時間',
  reset: 'リセット',
  clock: '時刻',
  slides: '枚',
  updated: '更新',
  keys: '→ ← Space で移動、o で一覧、p で発表者ビュー、f で全画面',
  notesFor: 'ノート: スライド',
};

export type DeckLabels = typeof ja;

const en: DeckLabels = {
  slide: 'Slide',
  controls: 'Slide controls',
  previous: 'Previous slide',
  next: 'Next slide',
  overview: 'Overview',
  presenter: 'Presenter view',
  fullscreen: 'Fullscreen',
  allDecks: 'All decks',
  current: 'Current slide',
  upNext: 'Next slide',
  end: 'This is the last slide',
  notes: 'Notes',
  noNotes: 'No notes for this slide',
  timer: 'Elapsed',
  reset: 'Reset',
  clock: 'Time',
  slides: 'slides',
  updated: 'Updated',
  keys: '→ ← Space to move, o for the overview, p for the presenter view, f for fullscreen',
  notesFor: 'Notes: slide',
};

export function deckLabels(locale: string): DeckLabels {
  return locale === 'en' ? en : ja;
}
