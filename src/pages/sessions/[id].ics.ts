import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrg } from '../../data/org.ts';
import { today } from '../../data/today.ts';
import { calendarFile } from '../../lib/calendar/ics-file.ts';
import { resolveSiteUrl } from '../../lib/content/site-url.ts';
import { sessionEvent, upcomingSessions } from '../../lib/sessions/session-calendar.ts';

/** One .ics per upcoming session, from content/sessions/ only: public data, never the private dir. */
export const getStaticPaths = (async () => {
  const org = await getOrg();
  return upcomingSessions(org.sessions, today()).map((session) => ({ params: { id: session.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const org = await getOrg();
  const session = org.sessions.find((entry) => entry.id === params.id);
  if (!session) return new Response(null, { status: 404 });
  const event = sessionEvent(session, org, org.site.locale, resolveSiteUrl(org.site));
  // DTSTAMP is the build's day, not the clock, so a rebuild of the same content gives the same file.
  const text = calendarFile([event], {
    timeZone: org.site.timeZone,
    name: event.title,
    now: new Date(`${today()}T00:00:00Z`),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
