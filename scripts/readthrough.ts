import { parseArgs } from 'node:util';
import { loadChecklists } from '../src/lib/checklists/checklists-fs.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { lastReadByItem } from '../src/lib/readthrough/last-read.ts';
import { formatPlan } from '../src/lib/readthrough/plan-format.ts';
import { planReadThrough, readThroughPath } from '../src/lib/readthrough/plan.ts';
import { buildRecord } from '../src/lib/readthrough/record.ts';
import { writeRecord } from '../src/lib/readthrough/record-fs.ts';

const HELP = `Usage: npm run readthrough -- plan --checklist SLUG [--count 5]
       npm run readthrough -- record --checklist SLUG --items a,b,c --facilitator PERSON
                                     [--guest PERSON] [--attendees a,b] [--date YYYY-MM-DD] [--notes TEXT]

plan    picks the next items to read (never read first, then least recently read, sections
        kept together) and prints them with the read-through page's address.
record  writes content/readthroughs/<date>-<checklist>.yaml after checking items and people.
People are file names (kato-ken) or Slack handles (@kato). The content directory is
PORTAL_CONTENT_DIR (default content/); addresses start with PORTAL_SITE_URL when set.

Example:
  npm run readthrough -- plan --checklist release --count 4
  npm run readthrough -- record --checklist release --items compatible-migration,rollback-plan --facilitator @anazawa`;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      checklist: { type: 'string' },
      count: { type: 'string', default: '5' },
      items: { type: 'string' },
      facilitator: { type: 'string' },
      guest: { type: 'string' },
      attendees: { type: 'string' },
      date: { type: 'string' },
      notes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) {
    console.log(HELP);
  } else if (command !== 'plan' && command !== 'record') {
    throw new Error(`Unknown command "${command}". Use "plan" or "record" (see --help).`);
  } else if (!values.checklist) {
    throw new Error(`No checklist given. Add --checklist SLUG, such as --checklist release.`);
  } else {
    const contentDir = resolveContentDir();
    const { org, parse } = await loadChecklists(contentDir);
    const entry = org.checklists.find((candidate) => candidate.id === values.checklist);
    const { items } = parse(values.checklist);
    if (command === 'plan') {
      const count = Number(values.count);
      if (!Number.isInteger(count) || count < 1)
        throw new Error(`--count "${values.count}" is not a positive whole number. Pass e.g. --count 5.`);
      const plan = planReadThrough(items, lastReadByItem(org.readthroughs, values.checklist), count);
      const site = (process.env['PORTAL_SITE_URL'] ?? '').replace(/\/$/, '');
      const url =
        site +
        readThroughPath(
          values.checklist,
          plan.map((p) => p.item.id),
          process.env['PORTAL_BASE_PATH'] ?? '/',
        );
      process.stdout.write(formatPlan(entry?.data.title ?? values.checklist, values.checklist, plan, url));
    } else {
      if (!values.facilitator)
        throw new Error('No facilitator given. Add --facilitator PERSON, such as --facilitator @anazawa.');
      const date = values.date ?? new Date().toLocaleDateString('sv-SE'); // sv-SE formats as YYYY-MM-DD in local time
      const record = buildRecord(
        {
          checklist: values.checklist,
          items: list(values.items),
          facilitator: values.facilitator,
          guest: values.guest,
          attendees: list(values.attendees),
          date,
          notes: values.notes,
        },
        { items, people: org.people },
      );
      const file = await writeRecord(contentDir, record);
      console.log(`Recorded ${record.items.length} item(s) in ${file}.`);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
