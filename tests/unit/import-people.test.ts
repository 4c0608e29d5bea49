import { describe, expect, it } from 'vitest';
import type { Organization } from '../../src/schemas/organization.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Region } from '../../src/schemas/region.ts';
import { nameKey, splitRun } from '../../scripts/lib/import/names.ts';
import { SpeakerFinder } from '../../scripts/lib/import/people.ts';
import { agencyOfTitle, expandTitle } from '../../scripts/lib/import/titles.ts';
import { speechVerb } from '../../src/lib/lint/quotes.ts';

const org = (id: string, name: string, shortName: string, extra: Partial<Organization> = {}): Organization => ({
  id,
  name,
  shortName,
  kind: 'lainnya',
  aliases: [],
  ...extra,
});

/** A small South Sumatra registry, written for these tests. */
const REGISTRIES: { regions: Region[]; organizations: Organization[]; people: Person[] } = {
  regions: [
    { id: '16.03', name: 'Kabupaten Muara Enim', kind: 'kabupaten', aliases: [] },
    { id: '16.04', name: 'Kabupaten Lahat', kind: 'kabupaten', aliases: [] },
    { id: '16.10', name: 'Kabupaten Ogan Ilir', kind: 'kabupaten', aliases: [] },
    { id: '16.71', name: 'Kota Palembang', kind: 'kota', aliases: [] },
    { id: '16.72', name: 'Kota Pagar Alam', kind: 'kota', aliases: ['Pagaralam'] },
  ],
  organizations: [
    org('kanwil-imigrasi-sumsel', 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan', 'Kanwil Ditjen Imigrasi Sumsel', {
      aliases: [{ name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', shortName: 'Kanwil Kemenkumham Sumsel' }],
    }),
    org('kanim-palembang', 'Kantor Imigrasi Kelas I TPI Palembang', 'Kanim Palembang'),
    org('kanim-muara-enim', 'Kantor Imigrasi Kelas II Non TPI Muara Enim', 'Kanim Muara Enim'),
    org('polres-lahat', 'Kepolisian Resor Lahat', 'Polres Lahat'),
    org('polres-ogan-ilir', 'Kepolisian Resor Ogan Ilir', 'Polres Ogan Ilir'),
    org('kodim-lahat', 'Komando Distrik Militer 0405/Lahat', 'Kodim 0405/Lahat'),
    org('pemkot-palembang', 'Pemerintah Kota Palembang', 'Pemkot Palembang', { kind: 'pemerintah-daerah', region: '16.71' }),
    org('pemkot-pagaralam', 'Pemerintah Kota Pagar Alam', 'Pemkot Pagar Alam', { kind: 'pemerintah-daerah', region: '16.72' }),
  ],
  people: [
    { id: 'dewi-kartikasari', name: 'Dewi Kartikasari', roles: [{ title: 'Kepala', organization: 'kanim-palembang' }] },
    { id: 'ahmad-fauzi', name: 'Ahmad Fauzi', roles: [{ title: 'Kepala Seksi', organization: 'kanim-palembang' }] },
  ],
};

const finder = new SpeakerFinder(REGISTRIES);
const find = (...paragraphs: string[]) => finder.find(paragraphs.join('\n\n'));
const who = (...paragraphs: string[]) =>
  find(...paragraphs).speakers.map(({ from: _from, ...speaker }) => speaker);
