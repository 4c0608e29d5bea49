import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityCalendar, countByRegion } from '../../src/lib/charts/activity.ts';
import { progressByMonth, progressByOwner, timeToDone } from '../../src/lib/charts/follow-up.ts';
import { formatNumber } from '../../src/lib/charts/scale.ts';
import { timeline, timelineItems } from '../../src/lib/charts/timeline.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { trackActions } from '../../src/lib/internal/tracker.ts';
import { publicView } from '../../src/lib/public-view.ts';
import { createScanner, internalNeedles } from '../../src/lib/vault/leaks.ts';
import { meetingVisibility, releaseVisibility } from '../../src/lib/visibility.ts';
import { buildSite, builtPage, readSite, ROOT, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
// Before the fixture's embargoed release, and after every due day of its actions.
const NOW = '2026-06-01T00:00:00+07:00';

const { content } = loadContent(FIXTURE, { root: ROOT });
if (!content) throw new Error('the valid fixture does not load: run npm run check -- tests/fixtures/valid');
const now = new Date(NOW);
const clock = { now, timeZone: content.site.timeZone };

// The public side as the site computes it: visibility, then the public view.
const publicReleases = content.releases.filter((entry) => releaseVisibility(entry.data, now) === 'public');
const publicReleaseIds = new Set(publicReleases.map((release) => release.id));
const publicMeetings = content.meetings
  .filter((entry) => meetingVisibility(entry.data, now) === 'public')
  .flatMap((entry) => publicView(entry, publicReleaseIds) ?? []);
const internalMeetings = content.meetings.filter((entry) => meetingVisibility(entry.data, now) !== 'public');
const hiddenReleases = content.releases.filter((entry) => releaseVisibility(entry.data, now) !== 'public');
const meetings = content.meetings.filter((entry) => !entry.data.draft);

// Independent counts, without the chart code: months and days read with Intl in the site's zone.
const zoned = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: content.site.timeZone, ...options });
const monthIn = (date: Date) => zoned({ year: 'numeric', month: '2-digit' }).format(date);
const dayIn = (date: Date) => zoned({ year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
const tally = (keys: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};
const today = dayIn(now);

let site: Map<string, string>;

beforeAll(() => {
  rmSync(join(TMP, 'charts'), { recursive: true, force: true });
  // The vault would encrypt /internal/; the internal charts are read in plaintext here.
  const result = buildSite('charts', FIXTURE, NOW, { WARTA_VAULT: 'off' });
  expect(result.status, result.output).toBe(0);
  site = readSite(result.outDir);
});

const page = (path: string) => builtPage(site, path);

/** The markup of one chart figure, by its id. */
const figure = (html: string, id: string) => {
  const start = html.indexOf(`<figure class="chart" id="${id}">`);
  if (start < 0) throw new Error(`no chart ${id}`);
  return html.slice(start, html.indexOf('</figure>', start));
};

/** Pairs of captures of a pattern, as a map. */
const pairs = (html: string, pattern: RegExp) =>
  new Map([...html.matchAll(pattern)].map((match) => [match[1] ?? '', Number(match[2])]));

/** The cells of each body row of a chart's data table, keyed by the row's data-key. */
const tableRows = (html: string) =>
  new Map(
    [...html.matchAll(/<tr data-key="([^"]+)">([\s\S]*?)<\/tr>/g)].map((match) => [
      match[1] ?? '',
      [...(match[2] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => cell[1] ?? ''),
    ]),
  );

const SUMMARY = '/kegiatan/ringkasan/';

describe('the fixture the chart tests rely on', () => {
  it('has public and internal-only meetings, one of them in a region without a public meeting', () => {
    expect(publicMeetings.length).toBeGreaterThanOrEqual(2);
    const publicRegions = new Set(publicMeetings.map((meeting) => meeting.region));
    expect(internalMeetings.some((meeting) => !publicRegions.has(meeting.data.location.region))).toBe(true);
    expect(content.regions.some((region) => !publicRegions.has(region.id))).toBe(true);
    expect(hiddenReleases.some((release) => release.data.regions.length > 0)).toBe(true);
  });
});

describe('the calendar of activities on /kegiatan/ringkasan/', () => {
  it('draws and tabulates for every past month the number of public activities begun in it', () => {
    const chart = figure(page(SUMMARY), 'grafik-bulan');
    const drawn = pairs(chart, /<g data-month="(\d{4}-\d{2})" data-count="(\d+)">/g);
    const tabled = pairs(chart, /<td data-month="(\d{4}-\d{2})">(\d+)<\/td>/g);
    const independent = tally(publicMeetings.map((meeting) => monthIn(meeting.startsAt)));
    const computed = activityCalendar(
      publicMeetings.map((meeting) => meeting.startsAt),
      clock,
    );
    const expected = new Map(
      computed.years.flatMap((year) =>
        year.cells.filter((cell) => !cell.future).map((cell): [string, number] => [cell.month, cell.count]),
      ),
    );
    expect(drawn).toEqual(expected);
    expect(tabled).toEqual(expected);
    expect(new Map([...drawn].filter(([, count]) => count > 0))).toEqual(independent);
    expect([...drawn.values()].reduce((sum, count) => sum + count, 0)).toBe(publicMeetings.length);
  });

  it('runs to the build year, marking the months still to come', () => {
    const chart = figure(page(SUMMARY), 'grafik-bulan');
    const years = [...chart.matchAll(/<g data-year="(\d{4})">/g)].map((match) => Number(match[1]));
    expect(years.at(-1)).toBe(Number(today.slice(0, 4)));
    const future = [...chart.matchAll(/data-month="(\d{4}-\d{2})" data-future/g)].map((match) => match[1]);
    expect(future[0]).toBe('2026-07');
    expect(future).toHaveLength(6);
  });
});

describe('the activities per region on /kegiatan/ringkasan/', () => {
  it('has a bar for every region of the registry, zero included, equal to the public activities held there', () => {
    const chart = figure(page(SUMMARY), 'grafik-wilayah');
    const drawn = pairs(chart, /data-value-of="([^"]+)">(\d+) kegiatan</g);
    const tabled = new Map([...tableRows(chart)].map(([key, cells]) => [key, Number(cells[0])]));
    const independent = new Map(
      content.regions.map((region) => [
        region.id,
        publicMeetings.filter((meeting) => meeting.region === region.id).length,
      ]),
    );
    const computed = new Map(countByRegion(publicMeetings, content.regions).map((row) => [row.id, row.count]));
    expect(drawn).toEqual(independent);
    expect(tabled).toEqual(independent);
    expect(computed).toEqual(independent);
    // The internal-only meeting's region shows no activity.
    for (const meeting of internalMeetings) {
      const region = meeting.data.location.region;
      expect(drawn.get(region)).toBe(publicMeetings.filter((item) => item.region === region).length);
    }
  });

  it('links each bar to its region page, busiest first', () => {
    const chart = figure(page(SUMMARY), 'grafik-wilayah');
    const links = [...chart.matchAll(/<a href="\/wilayah\/([^/]+)\/"><rect class="chart__hit"/g)].map(
      (match) => match[1],
    );
    expect(links.toSorted()).toEqual(content.regions.map((region) => region.id).toSorted());
    const counts = links.map((code) => publicMeetings.filter((meeting) => meeting.region === code).length);
    expect(counts).toEqual(counts.toSorted((a, b) => b - a));
    for (const code of links) expect(site.has(`/wilayah/${code}/index.html`), code).toBe(true);
  });

  it('is linked from the activity list and the home page', () => {
    expect(page('/kegiatan/')).toContain(`href="${SUMMARY}"`);
    expect(page('/')).toContain(`href="${SUMMARY}"`);
  });
});

describe('the timelines of region and organization pages', () => {
  const monthly = (items: { date: Date }[]) => tally(items.map((item) => monthIn(item.date)));

  it('place each public activity and release of a region in its month', () => {
    for (const region of content.regions) {
      const meetingsHere = publicMeetings.filter((meeting) => meeting.region === region.id);
      const releasesHere = publicReleases.filter((release) => release.data.regions.includes(region.id));
      expect(drawnTimeline(page(`/wilayah/${region.id}/`)), region.id).toEqual(
        expectedTimeline(
          monthly(meetingsHere.map((meeting) => ({ date: meeting.startsAt }))),
          monthly(releasesHere.map((release) => ({ date: release.data.publishedAt }))),
        ),
      );
      const line = timeline(timelineItems(releasesHere, meetingsHere), clock);
      expect(line.meetings + line.releases).toBe(meetingsHere.length + releasesHere.length);
    }
  });

  it('place each public activity and release an organization took part in', () => {
    for (const organization of content.organizations) {
      const meetingsHere = publicMeetings.filter((meeting) => meeting.organizations.includes(organization.id));
      const releasesHere = publicReleases.filter((release) => release.data.organizations.includes(organization.id));
      expect(drawnTimeline(page(`/instansi/${organization.id}/`)), organization.id).toEqual(
        expectedTimeline(
          monthly(meetingsHere.map((meeting) => ({ date: meeting.startsAt }))),
          monthly(releasesHere.map((release) => ({ date: release.data.publishedAt }))),
        ),
      );
    }
  });

  it('list the same records, linked, in the data table', () => {
    const html = page('/wilayah/16.72/');
    const chart = figure(html, 'grafik-lini-masa');
    const linked = [...chart.matchAll(/<tr data-kind="(meeting|release)">[\s\S]*?<a href="([^"]+)">/g)].map(
      (match) => match[2],
    );
    expect(linked.toSorted()).toEqual(
      [
        ...publicMeetings.filter((m) => m.region === '16.72').map((m) => `/kegiatan/${m.id}/`),
        ...publicReleases.filter((r) => r.data.regions.includes('16.72')).map((r) => `/siaran-pers/${r.id}/`),
      ].toSorted(),
    );
  });

  function drawnTimeline(html: string): Map<string, [number, number]> {
    if (!html.includes('id="grafik-lini-masa"')) return new Map();
    const chart = figure(html, 'grafik-lini-masa');
    return new Map(
      [...chart.matchAll(/<g data-month="(\d{4}-\d{2})" data-meetings="(\d+)" data-releases="(\d+)">/g)].map(
        (match) => [match[1] ?? '', [Number(match[2]), Number(match[3])]],
      ),
    );
  }

  function expectedTimeline(meetingsByMonth: Map<string, number>, releasesByMonth: Map<string, number>) {
    const months = [...new Set([...meetingsByMonth.keys(), ...releasesByMonth.keys()])];
    return new Map(
      months.map((month): [string, [number, number]] => [
        month,
        [meetingsByMonth.get(month) ?? 0, releasesByMonth.get(month) ?? 0],
      ]),
    );
  }
});

describe('public pages with charts', () => {
  const chartPages = () => [
    SUMMARY,
    ...content.regions.map((region) => `/wilayah/${region.id}/`),
    ...content.organizations.map((organization) => `/instansi/${organization.id}/`),
  ];

  it('hold no internal marker, internal-only meeting or hidden release', () => {
    for (const path of chartPages()) {
      const html = page(path);
      expect(html, path).not.toContain('PENANDA');
      for (const meeting of internalMeetings) {
        expect(html, path).not.toContain(meeting.id);
        expect(html, path).not.toContain(meeting.data.title);
      }
      for (const release of hiddenReleases) expect(html, path).not.toContain(release.id);
    }
  });

  it('pass the leak scan', () => {
    const scan = createScanner(internalNeedles(content, now));
    const leaks = chartPages().flatMap((path) => scan(`${path}index.html`, page(path)));
    expect(leaks.map((leak) => `${leak.file}: ${leak.needle.source}`)).toEqual([]);
  });

  it('draw accessible figures: named SVG, caption, data table with headers, no inline style', () => {
    for (const path of [...chartPages(), '/internal/tindak-lanjut/grafik/']) {
      const html = page(path);
      expect(html, path).not.toMatch(/\sstyle="|<style[\s>]/);
      const ids = [...html.matchAll(/<figure class="chart" id="([^"]+)">/g)].map((match) => match[1] ?? '');
      for (const id of ids) {
        const chart = figure(html, id);
        expect(chart, `${path}#${id}`).toMatch(
          new RegExp(`<svg class="chart__svg" role="(img|group)" aria-labelledby="${id}-judul ${id}-uraian"`),
        );
        expect(chart).toContain(`<title id="${id}-judul">`);
        expect(chart).toMatch(new RegExp(`<desc id="${id}-uraian">[^<]+</desc>`));
        expect(chart).toMatch(/<figcaption class="chart__caption">[^<]+<\/figcaption>/);
        expect(chart).toMatch(/<table class="chart-table"><caption id="[^"]+">[^<]+<\/caption>/);
        expect(chart).toContain('<th scope="col">');
        expect(chart).toContain('<th scope="row">');
        // An image holds no links; a chart of links is a group.
        const svg = chart.slice(chart.indexOf('<svg class="chart__svg"'), chart.indexOf('</svg>'));
        expect(svg.includes('role="group"'), `${path}#${id}`).toBe(svg.includes('<a href'));
      }
    }
  });
});

describe('the follow-up charts on /internal/tindak-lanjut/grafik/', () => {
  const GRAPHS = '/internal/tindak-lanjut/grafik/';
  const tracked = () => trackActions(meetings, clock);
  const raw = () =>
    meetings.flatMap((meeting) =>
      meeting.data.actions.map((action) => ({ ...action, decided: dayIn(meeting.data.startsAt) })),
    );

  it('is linked from the tracker', () => {
    expect(page('/internal/tindak-lanjut/')).toContain(`href="${GRAPHS}"`);
  });

  it('draws every month end by progress as computed from the tracked actions', () => {
    const chart = figure(page(GRAPHS), 'grafik-status-bulanan');
    const drawn = [
      ...chart.matchAll(
        /data-key="(\d{4}-\d{2})" data-overdue="(\d+)" data-open="(\d+)" data-done="(\d+)" data-dropped="(\d+)" data-total="(\d+)"/g,
      ),
    ].map((match) => match.slice(1).map((value, index) => (index === 0 ? value : Number(value))));
    const computed = progressByMonth(tracked(), clock).map((point) => [
      point.month,
      point.counts.overdue,
      point.counts.open,
      point.counts.done,
      point.counts.dropped,
      point.counts.total,
    ]);
    expect(drawn).toEqual(computed);
    const tabled = [...tableRows(chart)].map(([month, cells]) => [month, ...cells.map(Number)]);
    expect(tabled).toEqual(computed);
    expect(drawn[0]?.[0]).toBe(
      raw()
        .map((action) => action.decided.slice(0, 7))
        .toSorted()[0],
    );
    expect(drawn.at(-1)?.[0]).toBe(today.slice(0, 7));
  });

  it('ends on the state of every action today, counted independently', () => {
    const chart = figure(page(GRAPHS), 'grafik-status-bulanan');
    const last = [...tableRows(chart)].at(-1)?.[1].map(Number);
    const actions = raw();
    const unfinished = actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
    expect(last).toEqual([
      unfinished.filter((a) => a.due < today).length,
      unfinished.filter((a) => a.due >= today).length,
      actions.filter((a) => a.status === 'done').length,
      actions.filter((a) => a.status === 'dropped').length,
      actions.length,
    ]);
  });

  it('counts each owner agency’s actions by progress, and each one’s average days to done', () => {
    const chart = figure(page(GRAPHS), 'grafik-instansi');
    const actions = raw();
    const owners = [...new Set(actions.map((action) => action.owner))];
    const expected = new Map(
      owners.map((owner) => {
        const mine = actions.filter((action) => action.owner === owner);
        const unfinished = mine.filter((a) => a.status === 'open' || a.status === 'in-progress');
        const done = mine.filter((a) => a.status === 'done');
        const days = done.map((a) => (Date.parse(a.doneOn ?? '') - Date.parse(a.decided)) / 86_400_000);
        return [
          owner,
          [
            String(unfinished.filter((a) => a.due < today).length),
            String(unfinished.filter((a) => a.due >= today).length),
            String(done.length),
            String(mine.filter((a) => a.status === 'dropped').length),
            String(mine.length),
            days.length === 0 ? '—' : `${formatNumber(days.reduce((s, d) => s + d, 0) / days.length)} hari`,
          ],
        ];
      }),
    );
    expect(tableRows(chart)).toEqual(expected);
    const computed = progressByOwner(tracked(), clock);
    for (const owner of computed) {
      expect(chart).toContain(
        `data-key="${owner.owner}" data-overdue="${owner.counts.overdue}" data-open="${owner.counts.open}" data-done="${owner.counts.done}" data-dropped="${owner.counts.dropped}" data-total="${owner.counts.total}"`,
      );
      expect(chart).toContain(`href="/internal/tindak-lanjut/#instansi-${owner.owner}"`);
    }
  });

  it('states the average days from decision to done over all done actions', () => {
    const done = raw().filter((action) => action.status === 'done');
    expect(done.length).toBeGreaterThan(0);
    const average =
      done.reduce((sum, a) => sum + (Date.parse(a.doneOn ?? '') - Date.parse(a.decided)) / 86_400_000, 0) / done.length;
    expect(timeToDone(tracked(), clock).averageDays).toBe(average);
    expect(page(GRAPHS)).toContain(`<strong>${formatNumber(average)} hari</strong> rata-rata`);
    expect(page(GRAPHS)).toContain(`dihitung dari ${done.length} tindak lanjut yang selesai`);
  });
});
