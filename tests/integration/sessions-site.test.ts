// Issue 17: the site serves each upcoming session from content/sessions/ as an .ics file.
import ICAL from 'ical.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SAMPLE_TODAY } from '../support/build-site.ts';

const dist = () => inject('sampleDist');

describe('sessions in the built site', () => {
  it('serves one calendar file per upcoming session, each with one event in the site time zone', async () => {
    const sessions = (await readdir(path.join(process.cwd(), 'content/sessions'))).map((file) =>
      file.replace(/\.yaml$/, ''),
    );
    const upcoming = sessions.filter((id) => id.slice(0, 10) >= SAMPLE_TODAY).sort();
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    const served = (await readdir(path.join(dist(), 'sessions')))
      .filter((file) => file.endsWith('.ics'))
      .sort();
    expect(served).toEqual(upcoming.map((id) => `${id}.ics`));
    for (const file of served) {
      const calendar = new ICAL.Component(
        ICAL.parse(await readFile(path.join(dist(), 'sessions', file), 'utf8')),
      );
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events).toHaveLength(1);
      expect(events[0]?.startDate.zone?.tzid).toBe('Asia/Tokyo');
      expect(events[0]?.startDate.toString().slice(0, 10)).toBe(file.slice(0, 10));
    }
    const page = await readFile(path.join(dist(), 'sessions/index.html'), 'utf8');
    for (const id of upcoming) expect(page).toContain(`/sessions/${id}.ics`);
  });
});
