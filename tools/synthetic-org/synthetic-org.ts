import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Sizes of a generated organisation. */
export interface SyntheticSizes {
  people: number;
  checklists: number;
  decks: number;
  /** Items per checklist. */
  items?: number;
  news?: number;
}

/**
 * The organisation `npm run bench:build` measures by default; `npm run bench:search` measures the
 * same one, so the two benchmarks cannot drift apart.
 */
export const BENCH_BUILD_SIZES = {
  people: 300,
  checklists: 1000,
  decks: 50,
} as const satisfies SyntheticSizes;

const families = '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 松本 井上 木村 林'.split(' ');
const familyKana =
  'さとう すずき たかはし たなか いとう わたなべ やまもと なかむら こばやし かとう よしだ やまだ まつもと いのうえ きむら はやし'.split(
    ' ',
  );
const familyRomaji =
  'Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Matsumoto Inoue Kimura Hayashi'.split(
    ' ',
  );
const givens = ['翔', '結衣', '健', '陽菜', '蓮', '葵', '大輔', '彩', '誠', '真由美'];
const givenKana = 'しょう ゆい けん ひな れん あおい だいすけ あや まこと まゆみ'.split(' ');
const givenRomaji = ['Sho', 'Yui', 'Ken', 'Hina', 'Ren', 'Aoi', 'Daisuke', 'Aya', 'Makoto', 'Mayumi'];
const subjects = [
  'データベース',
  'マイグレーション',
  'デプロイ',
  'キャッシュ',
  '監視',
  'アラート',
  '決済',
  '検索インデックス',
  'ログ',
  '権限',
  'バックアップ',
  'feature flag',
  'API',
  'ジョブ',
];
const actions =
  'を事前に確認した の影響範囲を書いた をレビューで見てもらった をステージングで試した の手順を残した をロールバックできるようにした'.split(
    ' ',
  );
const teams =
  'application infrastructure data-platform search corporate-it hr mobile payments security sre qa design'.split(
    ' ',
  );
const areas = ['app', 'infra', 'data'];

/** A deterministic pseudo-random sequence, so every run measures the same organisation. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An abstract portrait (a head disc over shoulders on a coloured square), a few hundred bytes. */
function portrait(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" fill="${colour}"/><path d="M14 96c0-22 15-34 34-34s34 12 34 34z" fill="#0003"/><circle cx="48" cy="40" r="18" fill="#fff9"/></svg>\n`;
}

/**
 * Writes a valid content tree of the given size into `dir`: the same formats as content/, so the
 * build, the search index and the benchmarks measure what a large organisation would see.
 */
export async function writeSyntheticOrg(dir: string, sizes: SyntheticSizes): Promise<void> {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const files = new Map<string, string>();
  const people = Array.from({ length: sizes.people }, (_, i) => {
    const f = i % families.length;
    const g = Math.floor(i / families.length) % givens.length;
    return {
      id: `p${i}-${familyRomaji[f]?.toLowerCase()}`,
      handle: `u${i}`,
      f,
      g,
      team: teams[i % teams.length] ?? 'application',
    };
  });

  files.set(
    'site.yaml',
    `name: シンセティック株式会社\nlocale: ja\nslack:\n  domain: synthetic\n  teamId: T0SYNTH\nareas:\n${areas
      .map((area) => `  - { id: ${area}, label: { ja: ${area}, en: ${area} }, channel: ask-${area} }`)
      .join('\n')}\n`,
  );
  for (const area of areas)
    files.set(
      `channels/ask-${area}.yaml`,
      `name: ask-${area}\npurpose: ${area} について質問する場所。\nexamples: [質問の例]\n`,
    );
  teams.forEach((team, index) => {
    files.set(
      `teams/${team}.yaml`,
      `name: ${team} チーム\nsummary: ${team} を担当しています。\nchannels: [ask-${areas[index % 3]}]\nlead: ${people[index]?.id}\n`,
    );
  });
  people.forEach((person, i) => {
    const joined = `20${String(15 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-01`;
    files.set(
      `people/${person.id}.yaml`,
      [
        `name: ${families[person.f]} ${givens[person.g]}`,
        `reading: ${familyKana[person.f]} ${givenKana[person.g]}`,
        `romaji: ${givenRomaji[person.g]} ${familyRomaji[person.f]}`,
        `slack: { handle: ${person.handle}, id: U0SYN${i} }`,
        `team: ${person.team}`,
        `role: エンジニア`,
        `joined: ${joined}`,
        ...(i % 3 === 0 ? [`photo: ${person.id}.svg`] : []),
        `askMeAbout:`,
        `  - { area: ${pick(areas)}, topic: ${pick(subjects)}, episode: ${pick(subjects)}が止まったときに原因を突き止めた。 }`,
      ].join('\n') + '\n',
    );
    // One in three people has a photo, so the benchmarks see real <img> tags and files to copy.
    if (i % 3 === 0) files.set(`avatars/${person.id}.svg`, portrait(`hsl(${(i * 47) % 360} 45% 45%)`));
  });
  const items = sizes.items ?? 8;
  for (let c = 0; c < sizes.checklists; c++) {
    const lines = [
      `---\ntitle: チェックリスト ${c}\nflow: ${pick(['development', 'release', 'incident'])}\n---`,
      '## 準備',
      '',
    ];
    for (let i = 0; i < items; i++) {
      const subject = pick(subjects);
      lines.push(
        `- [ ] ${subject}${pick(actions)} {#item-${i}}`,
        `  - 理由: ${subject}で障害が起きると復旧に時間がかかるため。`,
      );
      if (i % 2 === 0)
        lines.push(
          `  - 事例: 2024年に${subject}の設定漏れで${1 + (i % 9)}時間止まった。`,
          `  - 語り手: @${pick(people).handle}`,
        );
    }
    files.set(`checklists/list-${c}.md`, lines.join('\n') + '\n');
  }
  for (let d = 0; d < sizes.decks; d++) {
    const slides = Array.from(
      { length: 8 },
      (_, s) =>
        `## ${pick(subjects)} ${s + 1}\n\n- ${pick(subjects)}${pick(actions)}\n\n<Notes>${pick(subjects)}の話を1分で。</Notes>`,
    );
    files.set(
      `decks/deck-${d}.mdx`,
      `---\ntitle: デッキ ${d}\nteam: ${teams[d % teams.length]}\npresenters: [${people[d % people.length]?.id}]\norder: ${d + 1}\nduration: 30\n---\n${slides.join('\n\n---\n\n')}\n`,
    );
  }
  for (let n = 0; n < (sizes.news ?? 20); n++) {
    files.set(
      `news/2026-01-${String(1 + (n % 28)).padStart(2, '0')}-news-${n}.md`,
      `---\ntitle: お知らせ ${n}\ndate: 2026-01-${String(1 + (n % 28)).padStart(2, '0')}\nkind: ${pick(['initiative', 'result', 'event', 'other'])}\n---\n${pick(subjects)}を改善しました。\n`,
    );
  }
  files.set(
    'agendas/questions/growth.yaml',
    'title: { ja: 成長, en: Growth }\nquestions:\n  - { id: growth-01, ja: 最近学んだことは？, en: What did you learn recently? }\n',
  );
  files.set(
    'agendas/templates/regular.yaml',
    'title: { ja: 定例, en: Regular }\ndescription: { ja: 毎週, en: Weekly }\ntopics: 4\nslots:\n  - kind: follow-up\n  - kind: company\n  - { kind: question, themes: [growth] }\n  - kind: own\n',
  );

  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}
