import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/integrity.ts';
import { publicView } from '../../src/lib/public-view.ts';
import { releaseVisibility } from '../../src/lib/visibility.ts';
import type { MeetingData } from '../../src/schemas/meeting.ts';
import { loadFixture } from './content-fixtures.ts';

const { content } = loadFixture();
if (!content) throw new Error('the valid fixture does not load: run npm run check -- tests/fixtures/valid');

const NOW = new Date('2026-06-01T00:00:00+07:00');
const publicReleaseIds = new Set(
  content.releases.filter((release) => releaseVisibility(release.data, NOW) === 'public').map((release) => release.id),
);

function meeting(id: string): Entry<MeetingData> {
  const found = content?.meetings.find((entry) => entry.id === id);
  if (!found) throw new Error(`the valid fixture has no meeting ${id}`);
  return found;
}

const RAKOR = meeting('2024-11-22-rakor-tim-pora-pagaralam');
const EVALUATION = meeting('2024-12-06-rakor-evaluasi-pengawasan-pilkada');
const CLOSED = meeting('2024-12-09-rapat-evaluasi-operasi-gabungan');
const PUBLIC_KEYS = [
  'id',
  'title',
  'kind',
  'startsAt',
  'place',
  'region',
  'organizations',
  'summary',
  'relatedReleases',
];

describe('publicView', () => {
  it('has the fixture it relies on: four public releases, one meeting without public block', () => {
    expect([...publicReleaseIds].sort()).toEqual([
      '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
      '2024-12-10-posko-pengawasan-orang-asing-ditutup',
      '2025-03-05-pendataan-pekerja-asing-tambang-muara-enim',
      '2025-06-10-penginapan-palembang-diminta-lapor',
    ]);
    expect(CLOSED.data.public).toBeUndefined();
  });

  it('returns the public view of a meeting and nothing else', () => {
    expect(publicView(RAKOR, publicReleaseIds)).toEqual({
      id: '2024-11-22-rakor-tim-pora-pagaralam',
      title: 'Rapat Koordinasi Tim PORA dengan Pemerintah Kota Pagar Alam menjelang Pilkada Serentak 2024',
      kind: 'rakor',
      startsAt: new Date('2024-11-22T02:00:00Z'),
      place: 'Ruang Rapat Sekretariat Daerah Kota Pagar Alam',
      region: '16.72',
      organizations: ['kanwil-imigrasi-sumsel', 'pemkot-pagaralam', 'polres-pagaralam'],
      summary: RAKOR.data.public?.summary,
      relatedReleases: ['2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam'],
    });
  });

  it.each([RAKOR, EVALUATION])('has only the documented keys for $id', (entry) => {
    const view = publicView(entry, publicReleaseIds, ['2024-12-05-laporan-internal-pengawasan']);
    for (const key of Object.keys(view ?? {})) expect(PUBLIC_KEYS).toContain(key);
  });

  it.each([RAKOR, EVALUATION])(
    'carries no minutes, decisions, actions, agenda, people, classification or attachments for $id',
    (entry) => {
      const json = JSON.stringify(publicView(entry, publicReleaseIds));
      expect(json).not.toContain('PENANDA');
      expect(json).not.toContain(entry.body.trim());
      for (const word of [
        'ilham-djaya',
        'sari-wulandari',
        'andi-pratama',
        'Anggraini',
        'terbatas',
        'Pasal 17',
        '.pdf',
      ]) {
        expect(json).not.toContain(word);
      }
    },
  );

  it('returns nothing for a meeting without a public block', () => {
    expect(publicView(CLOSED, publicReleaseIds, ['2024-12-10-posko-pengawasan-orang-asing-ditutup'])).toBeUndefined();
  });

  it('uses the public title over the internal one', () => {
    expect(publicView(EVALUATION, publicReleaseIds)?.title).toBe(
      'Evaluasi Pengawasan Orang Asing Selama Pilkada di Kota Pagar Alam',
    );
  });

  it('withholds the venue when showVenue is false, but still names the region', () => {
    const view = publicView(EVALUATION, publicReleaseIds);
    expect(view).not.toHaveProperty('place');
    expect(view?.region).toBe('16.72');
    expect(JSON.stringify(view)).not.toContain(EVALUATION.data.location.name);
  });

  it('withholds the participating organizations when showParticipants is false', () => {
    const data = { ...RAKOR.data, public: { summary: 'Rapat.', showVenue: true, showParticipants: false } };
    expect(publicView({ id: RAKOR.id, data }, publicReleaseIds)?.organizations).toEqual([]);
  });

  it('keeps only related releases that are public at build time', () => {
    expect(RAKOR.data.relatedPressReleases).toContain('2030-01-15-operasi-gabungan-awal-tahun');
    expect(publicView(RAKOR, publicReleaseIds)?.relatedReleases).toEqual([
      '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
    ]);
    const afterEmbargo = new Set([...publicReleaseIds, '2030-01-15-operasi-gabungan-awal-tahun']);
    expect(publicView(RAKOR, afterEmbargo)?.relatedReleases).toEqual([
      '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
      '2030-01-15-operasi-gabungan-awal-tahun',
    ]);
  });

  it('adds public releases that cite the meeting, once each, and drops hidden ones', () => {
    const citedBy = [
      '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
      '2024-12-10-posko-pengawasan-orang-asing-ditutup',
      '2024-12-02-rencana-sosialisasi-penginapan',
      '2024-12-05-laporan-internal-pengawasan',
    ];
    expect(publicView(RAKOR, publicReleaseIds, citedBy)?.relatedReleases).toEqual([
      '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
      '2024-12-10-posko-pengawasan-orang-asing-ditutup',
    ]);
  });

  it('lists no related release when none is public', () => {
    expect(publicView(RAKOR, new Set())?.relatedReleases).toEqual([]);
  });

  it('does not change the record it is given', () => {
    const before = JSON.stringify(RAKOR.data);
    publicView(RAKOR, publicReleaseIds, ['2024-12-10-posko-pengawasan-orang-asing-ditutup']);
    expect(JSON.stringify(RAKOR.data)).toBe(before);
  });
});
