import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  DateTimeSchema,
  isRealDay,
  PersonMentionSchema,
  RegionCodeSchema,
  SlugSchema,
  UrlSchema,
} from '../../src/schemas/common.ts';
import { ActionSchema, MeetingSchema } from '../../src/schemas/meeting.ts';
import { OrganizationSchema } from '../../src/schemas/organization.ts';
import { PersonSchema } from '../../src/schemas/person.ts';
import { pressReleaseSchema } from '../../src/schemas/press-release.ts';
import { RegionSchema } from '../../src/schemas/region.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

/** The messages of a failed parse, or [] when it succeeded. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'invalid_union' ? issue.errors.flat().map((inner) => inner.message) : [issue.message],
  );
}

/** The unrecognized keys a strict object reports. */
function unknownKeys(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
}

describe('SlugSchema', () => {
  it.each(['polres-pagaralam', 'a1', '2024-11-22-rakor', 'bnn'])('accepts "%s"', (value) => {
    expect(SlugSchema.safeParse(value).success).toBe(true);
  });

  it.each(['Polres-Pagaralam', 'polres--pagaralam', '-polres', 'polres-', 'polres_pagaralam', 'polres pagaralam', ''])(
    'refuses "%s"',
    (value) => {
      expect(messages(SlugSchema, value)).toEqual([
        'must be lower-case letters, digits and single hyphens, e.g. "polres-pagaralam"',
      ]);
    },
  );
});

describe('RegionCodeSchema', () => {
  it.each(['16.72', '16.10', '16.01'])('accepts "%s"', (value) => {
    expect(RegionCodeSchema.parse(value)).toBe(value);
  });

  it.each(['1672', '16.7', '16.720', '16-72', ' 16.72'])('refuses "%s" and asks for the Kemendagri form', (value) => {
    expect(messages(RegionCodeSchema, value)).toEqual([
      'must be a Kemendagri code written as text, e.g. "16.72" (quote it in YAML)',
    ]);
  });

  it('refuses a code that YAML read as a number', () => {
    expect(RegionCodeSchema.safeParse(16.1).success).toBe(false);
  });
});

describe('isRealDay', () => {
  it.each([
    { day: '2024-02-29', real: true },
    { day: '2023-02-29', real: false },
    { day: '2024-02-30', real: false },
    { day: '2024-11-31', real: false },
    { day: '2024-12-31', real: true },
    { day: '2024-13-01', real: false },
    { day: '2024-00-10', real: false },
    { day: 'besok', real: false },
  ])('says $day is real: $real', ({ day, real }) => {
    expect(isRealDay(day)).toBe(real);
  });
});

describe('DateTimeSchema', () => {
  it.each([
    { input: '2024-11-23T10:15:00+07:00', instant: '2024-11-23T03:15:00.000Z' },
    { input: '2024-11-23T10:15+07:00', instant: '2024-11-23T03:15:00.000Z' },
    { input: '2024-11-23 10:15:00 +0700', instant: '2024-11-23T03:15:00.000Z' },
    { input: '2024-11-23T11:15:00+08:00', instant: '2024-11-23T03:15:00.000Z' },
    { input: '2024-11-23T03:15:00Z', instant: '2024-11-23T03:15:00.000Z' },
    { input: '2024-11-23T03:15:00.250Z', instant: '2024-11-23T03:15:00.250Z' },
    { input: '2024-11-23T00:30:00+07:00', instant: '2024-11-22T17:30:00.000Z' },
    { input: '2024-02-29T09:00:00+07:00', instant: '2024-02-29T02:00:00.000Z' },
  ])('reads $input as the instant $instant', ({ input, instant }) => {
    expect(DateTimeSchema.parse(input).toISOString()).toBe(instant);
  });

  it('accepts a Date a YAML parser already made', () => {
    const date = new Date('2024-11-23T03:15:00Z');
    expect(DateTimeSchema.parse(date)).toEqual(date);
  });

  it.each([
    '2024-11-23T10:15:00',
    '2024-11-23 10:15',
    '2024-11-23',
    '2024-11-23T10:15:00+07',
    '23-11-2024 10:15 +07:00',
  ])('refuses "%s", which has no offset or is not an ISO date and time', (value) => {
    expect(messages(DateTimeSchema, value)).toContain(
      'must be a date and time with its offset, e.g. "2024-11-23T10:15:00+07:00"',
    );
  });

  it.each(['2024-02-30T10:15:00+07:00', '2023-02-29T10:15:00+07:00', '2024-11-23T10:75:00+07:00'])(
    'refuses "%s", which is not a real date and time',
    (value) => {
      expect(messages(DateTimeSchema, value)).toContain('is not a real date and time');
    },
  );

  it('refuses an invalid Date', () => {
    expect(DateTimeSchema.safeParse(new Date('besok')).success).toBe(false);
  });
});

describe('CalendarDateSchema', () => {
  it.each(['2024-12-15', '2024-02-29'])('keeps "%s" as text', (value) => {
    expect(CalendarDateSchema.parse(value)).toBe(value);
  });

  it('turns a Date made by a YAML 1.1 parser back into its day', () => {
    expect(CalendarDateSchema.parse(new Date('2024-12-15T00:00:00Z'))).toBe('2024-12-15');
  });

  it.each(['2024-11-31', '2023-02-29', '2024-13-01'])('refuses "%s", which is not a real day', (value) => {
    expect(messages(CalendarDateSchema, value)).toContain('is not a real calendar day');
  });

  it.each(['15-12-2024', '2024-12-15T00:00:00+07:00', '2024/12/15'])('refuses "%s" and shows the form', (value) => {
    expect(messages(CalendarDateSchema, value)).toContain('must be a date written as YYYY-MM-DD, e.g. "2024-12-15"');
  });
});

describe('UrlSchema', () => {
  it.each(['https://sumsel.imigrasi.go.id', 'http://example.org/berita?id=1'])('accepts %s', (value) => {
    expect(UrlSchema.safeParse(value).success).toBe(true);
  });

  it.each(['sumsel.imigrasi.go.id', 'ftp://example.org', 'mailto:humas@example.org'])('refuses %s', (value) => {
    expect(messages(UrlSchema, value)).toEqual(['must be a full web address starting with https://']);
  });
});

describe('PersonMentionSchema', () => {
  it('accepts a registry id', () => {
    expect(PersonMentionSchema.parse({ person: 'ilham-djaya' })).toEqual({ person: 'ilham-djaya' });
  });

  it('accepts a name with a role, and optionally an organization', () => {
    expect(PersonMentionSchema.parse({ name: 'Nelson Firdaus', role: 'Penjabat Wali Kota' })).toEqual({
      name: 'Nelson Firdaus',
      role: 'Penjabat Wali Kota',
    });
    expect(
      PersonMentionSchema.parse({
        name: 'Nelson Firdaus',
        role: 'Penjabat Wali Kota',
        organization: 'pemkot-pagaralam',
      }),
    ).toEqual({ name: 'Nelson Firdaus', role: 'Penjabat Wali Kota', organization: 'pemkot-pagaralam' });
  });

  it.each([
    { case: 'a name without a role', value: { name: 'Nelson Firdaus' } },
    { case: 'an id mixed with a role', value: { person: 'ilham-djaya', role: 'Ketua' } },
    { case: 'a name written as an id', value: { person: 'Ilham Djaya' } },
    { case: 'an empty role', value: { name: 'Nelson Firdaus', role: '' } },
    { case: 'a bare string', value: 'Ilham Djaya' },
  ])('refuses $case', ({ value }) => {
    expect(PersonMentionSchema.safeParse(value).success).toBe(false);
  });
});

describe('ActionSchema', () => {
  const action = { id: 'a1', what: 'Menyusun daftar WNA', owner: 'kanwil', due: '2024-11-25', status: 'open' };

  it('accepts an action and keeps its due day as text', () => {
    expect(ActionSchema.parse(action)).toEqual(action);
  });

  it.each(['open', 'in-progress', 'done', 'dropped'])('accepts the status "%s"', (status) => {
    expect(ActionSchema.safeParse({ ...action, status }).success).toBe(true);
  });

  it('refuses an unknown status', () => {
    expect(ActionSchema.safeParse({ ...action, status: 'selesai' }).success).toBe(false);
  });
});

describe('MeetingSchema', () => {
  const minimal = {
    title: 'Rakor',
    kind: 'rakor',
    startsAt: '2024-11-22T09:00:00+07:00',
    endsAt: '2024-11-22T12:00:00+07:00',
    location: { name: 'Aula', region: '16.72' },
    organizer: 'kanwil',
    chair: { person: 'ilham-djaya' },
    noteTaker: { name: 'R. Anggraini', role: 'Analis Keimigrasian' },
    participants: [{ organization: 'kanwil' }],
  };

  it('fills in defaults: no agenda, decisions or actions, classification terbatas, not a draft, no public block', () => {
    const data = MeetingSchema.parse(minimal);
    expect(data).toMatchObject({
      agenda: [],
      decisions: [],
      actions: [],
      relatedPressReleases: [],
      attachments: [],
      classification: 'terbatas',
      draft: false,
      participants: [{ organization: 'kanwil', people: [] }],
    });
    expect(data.public).toBeUndefined();
    expect(data.startsAt).toEqual(new Date('2024-11-22T02:00:00Z'));
  });

  it('shows venue and participants in a public block unless told otherwise', () => {
    expect(MeetingSchema.parse({ ...minimal, public: { summary: 'Rapat koordinasi.' } }).public).toEqual({
      summary: 'Rapat koordinasi.',
      showVenue: true,
      showParticipants: true,
    });
  });

  it('requires a summary in a public block', () => {
    expect(MeetingSchema.safeParse({ ...minimal, public: { title: 'Rakor' } }).success).toBe(false);
  });

  it('refuses unknown keys at every level', () => {
    expect(unknownKeys(MeetingSchema, { ...minimal, notulen: 'x' })).toEqual(['notulen']);
    expect(unknownKeys(MeetingSchema, { ...minimal, location: { ...minimal.location, gps: 'x' } })).toEqual(['gps']);
    expect(unknownKeys(MeetingSchema, { ...minimal, public: { summary: 'x', showPeople: true } })).toEqual([
      'showPeople',
    ]);
  });

  it('needs at least one participating organization', () => {
    expect(messages(MeetingSchema, { ...minimal, participants: [] })).toEqual([
      'needs at least one participating organization',
    ]);
  });

  it.each(['rakor', 'operasi-gabungan', 'sosialisasi', 'pembentukan-tim', 'lainnya'])(
    'accepts the kind "%s"',
    (kind) => {
      expect(MeetingSchema.safeParse({ ...minimal, kind }).success).toBe(true);
    },
  );

  it.each(['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'])('accepts the classification "%s"', (classification) => {
    expect(MeetingSchema.safeParse({ ...minimal, classification }).success).toBe(true);
  });
});

describe('pressReleaseSchema', () => {
  const ReleaseSchema = pressReleaseSchema(z.string().min(1));
  const minimal = {
    title: 'Tim PORA Perketat Pengawasan',
    summary: 'Ringkasan.',
    dateline: 'Palembang',
    publishedAt: '2024-11-23T10:15:00+07:00',
    author: 'Tim Humas',
  };

  it('fills in defaults: public, not a draft, no updates or references', () => {
    expect(ReleaseSchema.parse(minimal)).toEqual({
      ...minimal,
      publishedAt: new Date('2024-11-23T03:15:00Z'),
      updates: [],
      organizations: [],
      regions: [],
      topics: [],
      people: [],
      relatedMeetings: [],
      draft: false,
      visibility: 'public',
    });
  });

  it('requires alt text for an image', () => {
    expect(ReleaseSchema.safeParse({ ...minimal, image: { src: './foto.jpg' } }).success).toBe(false);
    expect(messages(ReleaseSchema, { ...minimal, image: { src: './foto.jpg', alt: '' } })).toEqual([
      'must describe the picture for readers who cannot see it',
    ]);
  });

  it('uses the image schema it is given', () => {
    const WithNumbers = pressReleaseSchema(z.number());
    expect(WithNumbers.safeParse({ ...minimal, image: { src: 1, alt: 'Foto' } }).success).toBe(true);
    expect(WithNumbers.safeParse({ ...minimal, image: { src: './foto.jpg', alt: 'Foto' } }).success).toBe(false);
  });

  it('refuses unknown keys and visibilities', () => {
    expect(unknownKeys(ReleaseSchema, { ...minimal, sumary: 'x' })).toEqual(['sumary']);
    expect(ReleaseSchema.safeParse({ ...minimal, visibility: 'privat' }).success).toBe(false);
  });

  it('refuses region codes that are not text', () => {
    expect(ReleaseSchema.safeParse({ ...minimal, regions: [16.72] }).success).toBe(false);
  });
});

describe('OrganizationSchema', () => {
  const organization = {
    id: 'polres-pagaralam',
    name: 'Kepolisian Resor Pagar Alam',
    shortName: 'Polres Pagar Alam',
    kind: 'kepolisian',
  };

  it('has no aliases unless given', () => {
    expect(OrganizationSchema.parse(organization).aliases).toEqual([]);
  });

  it('accepts aliases with periods', () => {
    const alias = { name: 'Kanwil Kemenkumham Sumsel', from: '2019-01-01', until: '2024-12-31' };
    expect(OrganizationSchema.parse({ ...organization, aliases: [alias] }).aliases).toEqual([alias]);
  });

  it('refuses an unknown kind and a website without its scheme', () => {
    expect(OrganizationSchema.safeParse({ ...organization, kind: 'polisi' }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ ...organization, website: 'polres.example.org' }).success).toBe(false);
  });
});

describe('PersonSchema', () => {
  it('needs at least one role', () => {
    expect(messages(PersonSchema, { id: 'ilham-djaya', name: 'Ilham Djaya', roles: [] })).toEqual([
      'needs at least one role',
    ]);
  });

  it('accepts roles with and without periods', () => {
    const roles = [
      { title: 'Kepala Seksi', organization: 'kanwil', from: '2022-01-03', until: '2024-11-30' },
      { title: 'Kepala Bidang', organization: 'kanwil', from: '2024-12-01' },
    ];
    expect(PersonSchema.parse({ id: 'sari-wulandari', name: 'Sari Wulandari', roles }).roles).toEqual(roles);
  });
});

describe('RegionSchema', () => {
  it('has no aliases unless given and refuses kinds other than kabupaten and kota', () => {
    expect(RegionSchema.parse({ id: '16.72', name: 'Kota Pagar Alam', kind: 'kota' }).aliases).toEqual([]);
    expect(RegionSchema.safeParse({ id: '16.72', name: 'Kota Pagar Alam', kind: 'kecamatan' }).success).toBe(false);
  });
});

describe('SiteSchema', () => {
  const site = {
    name: 'Warta',
    description: 'Siaran pers.',
    office: 'Kanwil',
    team: 'Tim PORA',
    province: 'Sumatera Selatan',
    url: 'https://warta.example.org',
    timeZone: 'Asia/Jakarta',
    timeZoneLabel: 'WIB',
    contact: { address: 'Jalan Contoh 1', email: 'humas@warta.example.org' },
  };

  it('takes an internal address of another origin, and refuses the public one', () => {
    expect(SiteSchema.safeParse({ ...site, internal: 'https://intern.warta.example.org' }).success).toBe(true);
    expect(messages(SiteSchema, { ...site, internal: 'https://warta.example.org/' })).toEqual([
      'must be another origin than the public url https://warta.example.org (another host name or port); on one origin, leave it out',
    ]);
  });

  it('shows ten releases per page unless told otherwise', () => {
    expect(SiteSchema.parse(site).pageSize).toBe(10);
  });

  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC'])('accepts the time zone %s', (timeZone) => {
    expect(SiteSchema.safeParse({ ...site, timeZone }).success).toBe(true);
  });

  it.each(['WIB', 'GMT+7 Jakarta', ''])('refuses "%s" as a time zone', (timeZone) => {
    expect(messages(SiteSchema, { ...site, timeZone })).toEqual(['is not an IANA time zone such as "Asia/Jakarta"']);
  });

  it('refuses a page size that is not a positive whole number', () => {
    for (const pageSize of [0, -1, 2.5, '10']) expect(SiteSchema.safeParse({ ...site, pageSize }).success).toBe(false);
  });

  it('refuses a contact e-mail that is not an address', () => {
    expect(messages(SiteSchema, { ...site, contact: { ...site.contact, email: 'humas' } })).toEqual([
      'must be an e-mail address',
    ]);
  });
});
