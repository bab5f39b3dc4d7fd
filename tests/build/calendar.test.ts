/**
 * The calendar as built (tests/setup/global-build.ts builds CONTENT_DIR, default content/, into
 * `inject('distDir')`): `/lich/lich.ics` parses with ical.js (a parser independent of the generator)
 * and holds exactly the milestones of the content's front matter, read here with gray-matter and the
 * real schema; the per-organization feeds split it without loss; `/lich/` lists the same milestones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import IcalJs from 'ical.js';
import { describe, expect, inject, test } from 'vitest';
import { documentSchema } from '../../src/schemas/documents';

const distDir = inject('distDir');
const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');

/** A milestone as the feed must show it: the plan section it links to and the day it falls on. */
interface Expected {
  readonly url: string;
  readonly day: string;
}

/** The day of a partial date, by the documented rule: month → its last day, year → 31 December. */
function dayOf(date: string): string {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (d !== undefined) return date;
  const last = m === undefined ? new Date(Date.UTC(y, 12, 0)) : new Date(Date.UTC(y, m, 0));
  return last.toISOString().slice(0, 10);
}

function expectedMilestones(): Expected[] {
  const dir = join(contentDir, 'documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .flatMap((file) => {
      const data = documentSchema.parse(matter(readFileSync(join(dir, file), 'utf8')).data);
      if (data.status !== 'full') return [];
      const id = file.replace(/\.md$/, '');
      return data.milestones.map((m) => ({
        url: `/van-ban/${id}/#${m.section}`,
        day: dayOf(m.date),
      }));
    });
}

interface FeedEvent {
  readonly uid: string;
  readonly url: string;
  readonly day: string;
  readonly allDay: boolean;
  readonly summary: string;
}

function readFeed(name: string): FeedEvent[] {
  const text = readFileSync(join(distDir, 'lich', name), 'utf8');
  return new IcalJs.Component(IcalJs.parse(text) as unknown[])
    .getAllSubcomponents('vevent')
    .map((v) => {
      const event = new IcalJs.Event(v);
      const url = String(v.getFirstPropertyValue('url') ?? '');
      return {
        uid: event.uid,
        url: new URL(url).pathname + new URL(url).hash,
        day: event.startDate.toString(),
        allDay: event.startDate.isDate,
        summary: event.summary,
      };
    });
}

const sortKey = (e: Expected): string => `${e.day} ${e.url}`;

describe('the calendar feed of every plan', () => {
  const events = readFeed('lich.ics');

  test('holds exactly the milestones of the content', () => {
    const expected = expectedMilestones();
    expect(expected.length).toBeGreaterThan(0);
    expect(events.map((e) => sortKey({ url: decodeURI(e.url), day: e.day })).sort()).toEqual(
      expected.map(sortKey).sort(),
    );
  });

  test('every event is all-day with a unique uid and a Vietnamese summary', () => {
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(
      events.every((e) => /^(Sơ kết|Tổng kết|Hạn báo cáo|Hạn hoàn thành): /.test(e.summary)),
    ).toBe(true);
  });

  test('the per-organization feeds together hold the same events', () => {
    const others = readdirSync(join(distDir, 'lich')).filter(
      (f) => f.endsWith('.ics') && f !== 'lich.ics',
    );
    expect(others.length).toBeGreaterThan(0);
    const uids = others.flatMap((f) => readFeed(f).map((e) => e.uid));
    expect(uids.sort()).toEqual(events.map((e) => e.uid).sort());
  });

  test('the calendar page lists the same milestones and links to the feed', () => {
    const html = readFileSync(join(distDir, 'lich', 'index.html'), 'utf8');
    const listed = [...html.matchAll(/data-uid="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(events.map((e) => e.uid.replace(/@.*$/, '')).sort());
    expect(html).toContain('href="/lich/lich.ics"');
  });
});
