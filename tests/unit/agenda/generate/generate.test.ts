import { beforeAll, describe, expect, it } from 'vitest';
import { parseAgendaFile } from '../../../../src/lib/agenda/store/agenda-file.ts';
import { addDays } from '../../../../src/lib/calendar/dates.ts';
import { generateAgenda } from '../../../../src/lib/agenda/generate/generate.ts';
import { agendaOutline, agendaSummary, renderAgenda } from '../../../../src/lib/agenda/generate/render.ts';
import type { PastAgenda } from '../../../../src/lib/agenda/types.ts';
import type { Org } from '../../../../src/lib/content/org.ts';
import { inputFor, loadFixtureOrg } from '../fixture-org.ts';

let org: Org;
beforeAll(async () => {
  org = await loadFixtureOrg();
});

/** Generates `count` weekly sessions, feeding each rendered file back as history. */
function sessions(member: string, start: string, count: number, edit = (text: string) => text): PastAgenda[] {
  const history: PastAgenda[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = edit(renderAgenda(generateAgenda(inputFor(org, member, addDays(start, 7 * i), history))));
    const { date, topics, body } = parseAgendaFile(text);
    history.push({ date, topics, body });
  }
  return history;
}

describe('generateAgenda', () => {
  it('renders a first agenda: no follow-ups yet, the newest unraised news, questions from the bank', () => {
    const agenda = generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-18'));
    expect(renderAgenda(agenda)).toMatchInlineSnapshot(`
      "---
      member: anazawa-sho
      manager: kato-ken
      date: 2026-11-18
      template: regular
      topics:
        - question:career/career-04
        - news:2026-11-10-search-renewal
        - question:work/work-08
        - question:growth/growth-08
        - own
      hash: 988c759f3de46b6e
      ---
      # 1on1: 穴澤 翔 × 加藤 健（2026-11-18）

      > 非公開: この 1on1 の二人だけのメモです。共有・コミットしないでください。

      ## 1. 質問: キャリア

      **尊敬しているエンジニアはだれですか？**

      ## 2. 会社のトピック

      **検索基盤をリニューアルしました**

      2026-11-10・取り組み・データチーム

      ポータル: /news/2026-11-10-search-renewal/

      聞いてみる: この取り組みで、あなたの仕事やチームに変わりそうなことはありますか？

      ## 3. 質問: 仕事

      **会議は多すぎませんか？**

      ## 4. 質問: 成長

      **最近の失敗から学んだことは？**

      ## 5. 本人が話したいこと

      （メンバーが持ってきた話題。並びは最後だが、時間はほかの話題より先に確保しておく）

      ## メモ

      ## アクションアイテム

      <!-- 次回までにやることを「- [ ] 誰が何をする」の形で書く。閉じていない項目は次回に引き継がれます。 -->
      "
    `);
  });

  it('gives the same agenda for the same input', () => {
    const history = sessions('anazawa-sho', '2026-10-07', 4);
    const first = renderAgenda(generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-04', history)));
    const again = renderAgenda(
      generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-04', [...history].reverse())),
    );
    expect(again).toBe(first);
  });

  it('carries open action items of the previous agenda into a follow-up topic', () => {
    const addItems = (text: string): string =>
      text.replace(
        '## アクションアイテム\n',
        '## アクションアイテム\n\n- [ ] 設計書を共有する\n- [x] 済んだこと\n',
      );
    const history = sessions('anazawa-sho', '2026-11-04', 1, addItems);
    const agenda = generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-11', history));
    expect(agenda.topics[0]).toMatchObject({
      kind: 'follow-up',
      id: 'follow-up:2026-11-04',
      items: ['設計書を共有する'],
    });
    expect(renderAgenda(agenda)).toContain('- [ ] 設計書を共有する');
  });

  it('asks no question twice within ten consecutive sessions, and none again within 6 sessions after', () => {
    const history = sessions('anazawa-sho', '2026-09-02', 14);
    const asked = history.map((agenda) => agenda.topics.filter((id) => id.startsWith('question:')));
    const firstTen = asked.slice(0, 10).flat();
    expect(firstTen.length).toBeGreaterThanOrEqual(30);
    expect(new Set(firstTen).size).toBe(firstTen.length);
    // 14 sessions need more questions than the bank holds, so some come back: never within 6 sessions.
    const lastSeen = new Map<string, number>();
    const gaps: number[] = [];
    asked.forEach((ids, session) => {
      for (const id of ids) {
        const before = lastSeen.get(id);
        if (before !== undefined) gaps.push(session - before);
        lastSeen.set(id, session);
      }
    });
    expect(gaps.length).toBeGreaterThan(0);
    expect(Math.min(...gaps)).toBeGreaterThan(6);
  });

  it('raises each news item and new colleague once, only past ones within 90 days, colleagues from other teams', () => {
    const history = sessions('anazawa-sho', '2026-11-04', 6);
    const company = history.flatMap((agenda) =>
      agenda.topics.filter((id) => /^(news|new-colleague):/.test(id)),
    );
    expect(company).toEqual([
      'news:2026-10-20-sale-result',
      'news:2026-11-10-search-renewal',
      'new-colleague:ueda-mio',
      'new-colleague:tanaka-rin',
    ]);
  });

  it('fits the template to 4 or 5 topics and always ends with the member’s own slot', () => {
    for (const topics of [4, 5] as const) {
      const agenda = generateAgenda({ ...inputFor(org, 'sato-yu', '2026-11-18'), topics });
      expect(agenda.topics).toHaveLength(topics);
      expect(agenda.topics.at(-1)?.kind).toBe('own');
    }
  });

  it('prints only kind, id and title for --json', () => {
    const agenda = generateAgenda(inputFor(org, 'sato-yu', '2026-11-18', [], 'new-hire'));
    expect(agendaSummary(agenda)).toMatchInlineSnapshot(`
      {
        "date": "2026-11-18",
        "member": "sato-yu",
        "topics": [
          {
            "id": "question:work/work-09",
            "kind": "question",
            "title": "今のタスクの優先順位に納得していますか？",
          },
          {
            "id": "new-colleague:ueda-mio",
            "kind": "new-colleague",
            "title": "上田 美緒（うえだ みお）",
          },
          {
            "id": "question:work/work-08",
            "kind": "question",
            "title": "会議は多すぎませんか？",
          },
          {
            "id": "own",
            "kind": "own",
            "title": "あなたが話したいこと",
          },
        ],
      }
    `);
  });

  it('says which theme ran out when a bank is exhausted', () => {
    const tiny = {
      ...org,
      questionThemes: org.questionThemes.map((t) => ({
        ...t,
        data: { ...t.data, questions: t.data.questions.slice(0, 1) },
      })),
    };
    const history = [{ date: '2026-11-11', topics: ['question:work/work-01'], body: '' }];
    const input = { ...inputFor(tiny, 'anazawa-sho', '2026-11-18', history), themes: tiny.questionThemes };
    expect(() => generateAgenda(input)).toThrowErrorMatchingInlineSnapshot(
      `[AgendaError: Question theme "work" has no questions left for anazawa-sho: every one was asked in the last 6 sessions or is already on this agenda. Add questions to content/agendas/questions/work.yaml (or import some with npm run import:questions), or choose a template with other themes.]`,
    );
  });
});

describe('the company topic', () => {
  it('links to its page when the site address is known, and asks a question that fits its kind', () => {
    const agenda = generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-18'));
    const text = renderAgenda(agenda, 'https://portal.example/sub/');
    expect(text).toContain(
      '**[検索基盤をリニューアルしました](https://portal.example/sub/news/2026-11-10-search-renewal/)**',
    );
    expect(text).not.toContain('ポータル: /news/');
    expect(text).toContain('聞いてみる: この取り組みで');
  });

  it('shows in the terminal under the file: each topic, and the company topic with its link and question', () => {
    const agenda = generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-18'));
    expect(agendaOutline(agenda, undefined)).toMatchInlineSnapshot(`
      [
        "  1. 質問: キャリア — 尊敬しているエンジニアはだれですか？",
        "  2. 会社のトピック — 検索基盤をリニューアルしました",
        "     ポータル: /news/2026-11-10-search-renewal/",
        "     聞いてみる: この取り組みで、あなたの仕事やチームに変わりそうなことはありますか？",
        "  3. 質問: 仕事 — 会議は多すぎませんか？",
        "  4. 質問: 成長 — 最近の失敗から学んだことは？",
        "  5. 本人が話したいこと",
      ]
    `);
  });
});
