import { parseArgs } from 'node:util';
import { parseChecklist } from '../src/lib/checklists/parse.ts';

const HELP = `Usage: npm run bench:checklists [-- --items 1000] [--runs 20]

Times the checklist parser on a generated checklist (sections of 20 items, each with a why,
a story, a storyteller, and every fifth with a code block). Target: under 50 ms for 1,000 items.

Example:
  npm run bench:checklists -- --items 5000`;

/** A checklist shaped like the real ones, in Japanese and English. */
function generate(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) lines.push(`## セクション ${i / 20 + 1}`, '');
    lines.push(`- [${i % 7 === 0 ? 'x' : ' '}] 項目 ${i}: **マイグレーション**は後方互換にした {#item-${i}}`);
    lines.push('  - 理由: デプロイ中は古いコードと新しいスキーマが同時に動くため。');
    lines.push(`  - 事例: ${2015 + (i % 10)}年、[障害報告](https://wiki.example/pm/${i})の件。`);
    lines.push(i % 2 === 0 ? '  - 語り手: @anazawa' : '  Told by: kato-ken');
    if (i % 5 === 0) lines.push('', '  ```sh', '  npm run deploy -- --dry-run', '  ```', '');
  }
  return `${lines.join('\n')}\n`;
}

const { values } = parseArgs({
  options: { items: { type: 'string', default: '1000' }, runs: { type: 'string', default: '20' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
} else {
  const count = Number(values.items);
  const runs = Number(values.runs);
  const markdown = generate(count);
  parseChecklist(markdown); // warm-up: the first run includes JIT compilation
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const parsed = parseChecklist(markdown);
    times.push(performance.now() - started);
    if (parsed.items.length !== count) throw new Error(`Parsed ${parsed.items.length} items, expected ${count}.`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  console.log(`parseChecklist: ${count} items, ${(markdown.length / 1024).toFixed(0)} KiB, ${runs} runs`);
  console.log(`  median ${at(0.5)} ms, p90 ${at(0.9)} ms, min ${at(0)} ms, max ${at(1)} ms (target < 50 ms)`);
  process.exitCode = Number(at(0.5)) < 50 ? 0 : 1;
}
