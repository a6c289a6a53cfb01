import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { wholeLines } from '../../../src/integrations/build-log.ts';

/** What Astro's generate step sends for one page: the start without a newline, then its time. */
const start = (page: string): AstroLoggerMessage => ({
  label: null,
  level: 'info',
  message: `  \u001b[34m├─\u001b[39m \u001b[2m${page}\u001b[22m`,
  newLine: false,
});
const end = (ms: number): AstroLoggerMessage => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` \u001b[2m(+${ms}ms)\u001b[22m `,
  newLine: true,
});
const info = (message: string): AstroLoggerMessage => ({
  label: 'build',
  level: 'info',
  message,
  newLine: true,
});

/** The lines a terminal would show, without colours. */
function printed(messages: AstroLoggerMessage[]): string[] {
  let out = '';
  const destination = wholeLines({
    write: (message) => (out += message.message + (message.newLine ? '\n' : '')),
  });
  for (const message of messages) destination.write(message);
  destination.flush?.();
  return out
    .replace(/\u001b\[\d+m/g, '')
    .split('\n')
    .slice(0, -1);
}

describe('wholeLines', () => {
  it('keeps a page and its time on one line when pages render one at a time', () => {
    expect(printed([start('/a/'), end(5), start('/b/'), end(7), info('done')])).toEqual([
      '  ├─ /a/ (+5ms) ',
      '  ├─ /b/ (+7ms) ',
      'done',
    ]);
  });

  it('gives every page its own line when four render at once, and never prints a time alone', () => {
    const lines = printed([
      start('/a/'),
      start('/b/'),
      start('/c/'),
      end(30),
      start('/d/'),
      end(8),
      end(9),
      end(4),
      info('✓ Completed in 557ms.'),
    ]);
    expect(lines).toEqual(['  ├─ /a/', '  ├─ /b/', '  ├─ /c/', '  ├─ /d/', '✓ Completed in 557ms.']);
  });

  it('ends an open page line before any other message', () => {
    expect(printed([start('/a/'), info('[WARN] something')])).toEqual(['  ├─ /a/', '[WARN] something']);
  });
});
