import { describe, expect, it } from 'vitest';
import { byId, organizationNameOn, regionName, resolveMention } from '../../src/lib/registry.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Region } from '../../src/schemas/region.ts';
import { loadFixture } from './content-fixtures.ts';

const { content } = loadFixture();
if (!content) throw new Error('the valid fixture does not load: run npm run check -- tests/fixtures/valid');
const organizations = byId(content.organizations);
const people = byId(content.people);

function organization(id: string): Organization {
  const found = organizations.get(id);
  if (!found) throw new Error(`the valid fixture has no organization ${id}`);
  return found;
}

describe('organizationNameOn', () => {
  const kanwil = organization('kanwil-imigrasi-sumsel');
  const OLD = {
    name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan',
    shortName: 'Kanwil Kemenkumham Sumsel',
  };
  const NEW = {
    name: 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan',
    shortName: 'Kanwil Ditjen Imigrasi Sumsel',
  };

  it.each([
    { day: '2019-05-01', expected: OLD },
    { day: '2024-11-22', expected: OLD },
    { day: '2024-12-31', expected: OLD },
    { day: '2025-01-01', expected: NEW },
    { day: '2030-01-15', expected: NEW },
  ])('names the immigration office on $day as $expected.shortName', ({ day, expected }) => {
    const { name, shortName } = organizationNameOn(kanwil, day);
    expect({ name, shortName }).toEqual(expected);
  });

  it('uses the current name of an organization that was never renamed', () => {
    const { name, shortName } = organizationNameOn(organization('polres-pagaralam'), '2024-11-22');
    expect({ name, shortName }).toEqual({ name: 'Kepolisian Resor Pagar Alam', shortName: 'Polres Pagar Alam' });
  });

  it('uses the full former name as short name when the alias has none', () => {
    const renamed: Organization = {
      ...organization('kesbangpol-pagaralam'),
      aliases: [{ name: 'Kantor Kesatuan Bangsa Kota Pagar Alam', from: '2010-01-01', until: '2016-12-31' }],
    };
    expect(organizationNameOn(renamed, '2015-06-01')).toEqual({
      name: 'Kantor Kesatuan Bangsa Kota Pagar Alam',
      shortName: 'Kantor Kesatuan Bangsa Kota Pagar Alam',
    });
    expect(organizationNameOn(renamed, '2009-12-31').shortName).toBe('Kesbangpol Pagar Alam');
    expect(organizationNameOn(renamed, '2017-01-01').shortName).toBe('Kesbangpol Pagar Alam');
  });
});

describe('resolveMention', () => {
  it('prints a registry person with the role in force on the day', () => {
    expect(resolveMention({ person: 'ilham-djaya' }, people, '2024-11-22')).toEqual({
      id: 'ilham-djaya',
      name: 'Ilham Djaya',
      role: 'Kepala Kantor Wilayah',
      organization: 'kanwil-imigrasi-sumsel',
    });
  });

  it.each([
    { day: '2024-11-22', role: 'Kepala Seksi Intelijen Keimigrasian' },
    { day: '2024-11-30', role: 'Kepala Seksi Intelijen Keimigrasian' },
    { day: '2024-12-01', role: 'Kepala Bidang Intelijen dan Penindakan Keimigrasian' },
    { day: '2025-03-01', role: 'Kepala Bidang Intelijen dan Penindakan Keimigrasian' },
  ])('gives Sari Wulandari on $day the role $role', ({ day, role }) => {
    expect(resolveMention({ person: 'sari-wulandari' }, people, day).role).toBe(role);
  });

  it('falls back to the latest role when no period covers the day', () => {
    expect(resolveMention({ person: 'sari-wulandari' }, people, '2020-01-01').role).toBe(
      'Kepala Bidang Intelijen dan Penindakan Keimigrasian',
    );
  });

  it('prints a name with a role as written, with its organization when given', () => {
    expect(
      resolveMention(
        { name: 'Nelson Firdaus', role: 'Penjabat Wali Kota Pagar Alam', organization: 'pemkot-pagaralam' },
        people,
        '2024-11-23',
      ),
    ).toEqual({ name: 'Nelson Firdaus', role: 'Penjabat Wali Kota Pagar Alam', organization: 'pemkot-pagaralam' });
    expect(resolveMention({ name: 'R. Anggraini', role: 'Analis Keimigrasian' }, people, '2024-11-22')).toEqual({
      name: 'R. Anggraini',
      role: 'Analis Keimigrasian',
    });
  });

  it('prints the id of a person missing from the registry rather than failing', () => {
    expect(resolveMention({ person: 'ilham-jaya' }, people, '2024-11-22')).toEqual({ name: 'ilham-jaya' });
  });

  it('reads the registry it is given', () => {
    const registry = new Map<string, Person>([
      [
        'ilham-djaya',
        { id: 'ilham-djaya', name: 'Dr. Ilham Djaya', roles: [{ title: 'Plt. Kepala', organization: 'x' }] },
      ],
    ]);
    expect(resolveMention({ person: 'ilham-djaya' }, registry, '2024-11-22')).toMatchObject({
      name: 'Dr. Ilham Djaya',
      role: 'Plt. Kepala',
    });
  });
});

describe('byId', () => {
  it('indexes items by id, in file order', () => {
    const index = byId(content.organizations);
    expect([...index.keys()]).toEqual([
      'kanwil-imigrasi-sumsel',
      'polda-sumsel',
      'polres-pagaralam',
      'pemkot-pagaralam',
      'kesbangpol-pagaralam',
    ]);
    expect(index.get('polres-pagaralam')?.parent).toBe('polda-sumsel');
  });

  it('returns an empty index for no items', () => {
    expect(byId([]).size).toBe(0);
  });
});

describe('regionName', () => {
  const regions = byId<Region>(content.regions);

  it.each([
    { code: '16.72', expected: 'Kota Pagar Alam' },
    { code: '16.10', expected: 'Kabupaten Ogan Ilir' },
    { code: '16.99', expected: '16.99' },
  ])('names $code "$expected"', ({ code, expected }) => {
    expect(regionName(regions, code)).toBe(expected);
  });
});
