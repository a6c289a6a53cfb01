// Issue 8: every agenda carries one or two company-wide topics when there are any to raise.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../../src/schemas/agenda.ts';
import { generateAgenda } from '../../../../src/lib/agenda/generate/generate.ts';
import { planSlots } from '../../../../src/lib/agenda/generate/slot-plan.ts';
import { loadOrg } from '../../../../src/lib/content-check/load-org.ts';
import type { Org } from '../../../../src/lib/content/org.ts';
import { inputFor, loadFixtureOrg } from '../fixture-org.ts';

/** The shape career.yaml had: no company slot at all. */
const NO_COMPANY: AgendaTemplate = {
  title: { ja: 'キャリア', en: 'Career' },
  description: { ja: '説明', en: 'About' },
  topics: 4,
  slots: [
    { kind: 'follow-up' },
    { kind: 'question', themes: ['career'] },
    { kind: 'question', themes: ['growth'] },
    { kind: 'own' },
  ],
};

let org: Org;
beforeAll(async () => {
  org = await loadFixtureOrg();
});

const kinds = (date: string): string[] =>
  generateAgenda({
    ...inputFor(org, 'anazawa-sho', date),
    template: { id: 'x', data: NO_COMPANY },
  }).topics.map((topic) => topic.kind);

describe('a company-wide topic in every agenda', () => {
  it.each([
    // date, topics: news on 2026-11-10 and 2026-10-20 are within 90 days of 2026-11-18
    ['2026-11-18', ['question', 'question', 'news', 'own']],
    // nothing happened in the 90 days before: the company slot falls back to a question
    ['2026-04-01', ['question', 'question', 'question', 'own']],
  ])('a template without a company slot still gets one on %s', (date, expected) => {
    expect(kinds(date)).toEqual(expected);
  });

  it.each([4, 5] as const)('the plan keeps a company slot at %i topics', (count) => {
    expect(planSlots(NO_COMPANY, count).map((slot) => slot.kind)).toContain('company');
  });

  it('the shipped templates each have a company-wide slot and as many slots as topics', async () => {
    const shipped = await loadOrg(path.resolve(import.meta.dirname, '../../../../content'));
    const company = new Set(['company', 'news', 'new-colleague']);
    const templates = shipped.agendaTemplates.map(({ id, data }) => ({
      id,
      slots: data.slots.length === data.topics,
      company: data.slots.some((slot) => company.has(slot.kind)),
    }));
    expect(templates.map((t) => t.id)).toContain('career');
    expect(templates.filter((t) => !t.slots || !t.company)).toEqual([]);
  });
});
