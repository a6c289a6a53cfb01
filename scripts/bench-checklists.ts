import { parseArgs } from 'node:util';
import { parseChecklist } from '../src/lib/checklists/parse.ts';
import { EXIT, runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:checklists [-- --items 1000] [--runs 20]

Times the checklist parser on a generated checklist (sections of 20 items, each with a why,
a story, a storyteller, every fourth without an explicit id, every fifth with a code block). Target: under 50 ms for 1,000 items.

Example:
  npm run bench:checklists -- --items 5000`;

/** A checklist shaped like the real ones, in Japanese and English. */
function generate(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) lines.push(`## セクション ${i / 20 + 1}`, '');
    const id = i % 4 === 0 ? '' : ` {#item-${i}}`; // every fourth id is derived from the text
    lines.push(`- [${i % 7 === 0 ? 'x' : ' '}] 項目 ${i}: **マイグレーション**は後方互換にした${id}`);
    lines.push('  - 理由: デプロイ中は古いコードと新しいスキーマが同時に動くため。');
    lines.push(`  - 事例: ${2015 + (i % 10)}年、[障害報告](https://wiki.example/pm/${i})の件。`);
    lines.push(i % 2 === 0 ? '  - 語り手: @anazawa' : '  Told by: kato-ken');
    if (i % 5 === 0) lines.push('', '  ```sh', '  npm run deploy -- --dry-run', '  ```', '');
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      items: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '20' },
    },
  });
  const count = Number(values.items);
  const runs = Number(values.runs);
  const markdown = generate(count);
  parseChecklist(markdown); // warm-up: the first run includes JIT compilation
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const parsed = parseChecklist(markdown);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    if (parsed.items.length !== count)
      throw new Error(`Parsed ${parsed.items.length} items, expected ${count}.`);
  }
  const at = (times: number[], q: number) => {
    const sorted = [...times].sort((a, b) => a - b);
    return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  };
  console.log(`parseChecklist: ${count} items, ${(markdown.length / 1024).toFixed(0)} KiB, ${runs} runs`);
  console.log(
    `  wall: median ${at(wall, 0.5)} ms, p90 ${at(wall, 0.9)} ms, min ${at(wall, 0)} ms (target < 50 ms)`,
  );
  // CPU time leaves out the time the process waited for a core, which a shared machine inflates.
  console.log(`  cpu:  median ${at(cpu, 0.5)} ms, p90 ${at(cpu, 0.9)} ms`);
  return Number(at(wall, 0.5)) < 50 ? EXIT.ok : EXIT.failed;
}

await runCli({ help: HELP, main });
