const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  日: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
};

/** `monday`, `Mon`, `月`, `月曜日` → 1. */
export function parseWeekday(value: string): number | undefined {
  const key = value.trim().toLowerCase();
  return WEEKDAYS[key.slice(0, 3)] ?? WEEKDAYS[key.replace(/曜日?$/, '')];
}
