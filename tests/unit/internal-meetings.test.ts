import { describe, expect, it } from 'vitest';
import type { DateStyle } from '../../src/lib/dates.ts';
import {
  fileTypeLabel,
  formatTimeRange,
  listMeetings,
  meetingRefsByRelease,
  notulaWhen,
  releaseHref,
  releaseLinksByMeeting,
  reviewersOf,
  type MeetingWithReleases,
  type ReleaseLike,
} from '../../src/lib/internal/meetings.ts';

const wib: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };

function meeting(
  id: string,
  startsAt: string,
  extra: { followsUp?: string; relatedPressReleases?: string[] } = {},
): MeetingWithReleases {
  return {
    id,
    data: {
      title: `Rapat ${id}`,
      startsAt: new Date(startsAt),
      relatedPressReleases: extra.relatedPressReleases ?? [],
      ...(extra.followsUp ? { followsUp: extra.followsUp } : {}),
    },
  };
}

function release(id: string, status: ReleaseLike['status'], publishedAt: string, relatedMeetings: string[] = []) {
  return { id, status, data: { title: `Siaran ${id}`, publishedAt: new Date(publishedAt), relatedMeetings } };
}

describe('listMeetings', () => {
  it('lists meetings newest first, ties by id', () => {
    const meetings = [
      meeting('b', '2024-11-22T09:00:00+07:00'),
      meeting('c', '2025-02-01T09:00:00+07:00'),
      meeting('a', '2024-11-22T09:00:00+07:00'),
    ];
    expect(listMeetings(meetings).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('reviewersOf', () => {
  it('maps each meeting to the later meetings whose followsUp names it, oldest first', () => {
    const reviewers = reviewersOf([
      meeting('evaluasi-2', '2025-01-10T09:00:00+07:00', { followsUp: 'rakor' }),
      meeting('rakor', '2024-11-22T09:00:00+07:00'),
      meeting('evaluasi-1', '2024-12-06T09:00:00+07:00', { followsUp: 'rakor' }),
      meeting('lanjutan', '2025-02-10T09:00:00+07:00', { followsUp: 'evaluasi-2' }),
    ]);
    expect(Object.fromEntries([...reviewers].map(([id, refs]) => [id, refs.map((ref) => ref.id)]))).toEqual({
      rakor: ['evaluasi-1', 'evaluasi-2'],
      'evaluasi-2': ['lanjutan'],
    });
    expect(reviewers.get('lanjutan')).toBeUndefined();
  });
});

describe('notulaWhen', () => {
  it('gives the day with its weekday and the hours, in the site zone', () => {
    expect(notulaWhen(new Date('2024-11-22T02:00:00Z'), new Date('2024-11-22T05:30:00Z'), wib)).toEqual({
      day: 'Jumat, 22 November 2024',
      time: '09.00–12.30 WIB',
    });
  });

  it('names both days when the meeting runs past midnight', () => {
    expect(notulaWhen(new Date('2024-11-22T14:00:00Z'), new Date('2024-11-22T18:00:00Z'), wib)).toEqual({
      day: 'Jumat, 22 November 2024 – Sabtu, 23 November 2024',
      time: '21.00 WIB – 01.00 WIB',
    });
  });
});

describe('formatTimeRange', () => {
  it.each([
    {
      case: 'a morning meeting',
      start: '2024-11-22T09:00:00+07:00',
      end: '2024-11-22T12:30:00+07:00',
      expected: 'Jumat, 22 November 2024, 09.00–12.30 WIB',
    },
    {
      case: 'times given in UTC',
      start: '2024-12-06T06:30:00Z',
      end: '2024-12-06T08:00:00Z',
      expected: 'Jumat, 6 Desember 2024, 13.30–15.00 WIB',
    },
    {
      case: 'a meeting past midnight WIB',
      start: '2024-12-31T22:00:00+07:00',
      end: '2025-01-01T01:00:00+07:00',
      expected: 'Selasa, 31 Desember 2024, 22.00 WIB – Rabu, 1 Januari 2025, 01.00 WIB',
    },
  ])('prints $case as "$expected"', ({ start, end, expected }) => {
    expect(formatTimeRange(new Date(start), new Date(end), wib)).toBe(expected);
  });
});

describe('releaseHref', () => {
  it.each([
    { status: 'public', expected: '/siaran-pers/rilis/' },
    { status: 'scheduled', expected: '/internal/siaran/rilis/' },
    { status: 'internal', expected: '/internal/siaran/rilis/' },
  ] as const)('links a $status release to $expected', ({ status, expected }) => {
    expect(releaseHref({ id: 'rilis', status })).toBe(expected);
  });
});

describe('releaseLinksByMeeting and meetingRefsByRelease', () => {
  const meetings = [
    meeting('rakor', '2024-11-22T09:00:00+07:00', { relatedPressReleases: ['publik', 'embargo', 'draf'] }),
    meeting('operasi', '2024-12-09T09:00:00+07:00'),
  ];
  const releases = [
    release('publik', 'public', '2024-11-23T10:15:00+07:00', ['rakor']),
    release('embargo', 'scheduled', '2030-01-15T09:00:00+07:00'),
    release('internal', 'internal', '2024-12-05T14:00:00+07:00', ['operasi', 'rakor']),
    release('lain', 'public', '2024-12-10T09:00:00+07:00'),
  ];

  it('links each meeting to the releases it names and that name it, once each, newest first', () => {
    const links = releaseLinksByMeeting(meetings, releases);
    expect(links.get('rakor')?.map((link) => [link.id, link.status, link.href])).toEqual([
      ['embargo', 'scheduled', '/internal/siaran/embargo/'],
      ['internal', 'internal', '/internal/siaran/internal/'],
      ['publik', 'public', '/siaran-pers/publik/'],
    ]);
    expect(links.get('operasi')?.map((link) => link.id)).toEqual(['internal']);
  });

  it('leaves out ids that are not built (a draft release named by a meeting)', () => {
    const all = [...releaseLinksByMeeting(meetings, releases).values()].flat();
    expect(all.map((link) => link.id)).not.toContain('draf');
  });

  it('links each release to the meetings about it, newest first', () => {
    const refs = meetingRefsByRelease(meetings, releases);
    expect(refs.get('internal')?.map((ref) => ref.id)).toEqual(['operasi', 'rakor']);
    expect(refs.get('embargo')?.map((ref) => ref.id)).toEqual(['rakor']);
    expect(refs.get('lain')).toBeUndefined();
  });
});

describe('fileTypeLabel', () => {
  it.each([
    { file: './2024-11-22-daftar-hadir.pdf', expected: 'PDF' },
    { file: 'matriks.xlsx', expected: 'XLSX' },
    { file: 'tanpa-ekstensi', expected: 'berkas' },
  ])('labels $file as $expected', ({ file, expected }) => {
    expect(fileTypeLabel(file)).toBe(expected);
  });
});
