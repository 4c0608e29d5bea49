// Access by classification, attacked from the built files: a password of one clearance reads
// nothing above it, not a title, not a count, not a name, and each level's keys are its own.
import { createDecipheriv } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { LEVELS, within, type Level } from '../../src/lib/levels.ts';
import { buildSite, ROOT, testPassword, TEST_PASSWORDS, TMP } from '../support/site.ts';
import { must } from '../support/must.ts';
import {
  decryptResource,
  levelKeysOf,
  referenceBlobName,
  referenceOpenBlob,
  siteKeys,
  type ReferenceKeyring,
} from '../support/vault-reference.ts';

/** A meeting at the lowest level, with one action. */
const BIASA_MEETING = `---
title: Rapat biasa tentang jadwal sosialisasi di sekolah
kind: sosialisasi
startsAt: 2024-12-11T09:00:00+07:00
endsAt: 2024-12-11T10:00:00+07:00
location:
  name: Aula Kantor Imigrasi
  region: '16.71'
organizer: kanwil-imigrasi-sumsel
chair:
  person: ilham-djaya
noteTaker:
  person: sari-wulandari
participants:
  - organization: kanwil-imigrasi-sumsel
decisions:
  - Jadwal sosialisasi dibagikan kepada anggota tim.
actions:
  - id: b1
    what: Membagikan jadwal sosialisasi kepada anggota tim.
    owner: kanwil-imigrasi-sumsel
    due: 2024-12-20
    status: done
    doneOn: 2024-12-19
classification: biasa
---

Jadwal kunjungan ke sekolah disusun bersama dinas pendidikan.
`;

/** A meeting at the top level that reviewed the terbatas rakor: the rakor's page must not name it. */
const TOP_MEETING = `---
title: PENANDA-SR-JUDUL Penentuan sasaran pengawasan lanjutan
kind: operasi-gabungan
startsAt: 2024-12-12T13:00:00+07:00
endsAt: 2024-12-12T15:00:00+07:00
location:
  name: PENANDA-SR-TEMPAT Ruang tertutup
  region: '16.71'
organizer: kanwil-imigrasi-sumsel
chair:
  person: ilham-djaya
noteTaker:
  person: sari-wulandari
participants:
  - organization: kanwil-imigrasi-sumsel
  - organization: polda-sumsel
  - organization: binda-sumsel
decisions:
  - PENANDA-SR-KEPUTUSAN Sasaran ditetapkan oleh pimpinan.
actions:
  - id: s1
    what: PENANDA-SR-TINDAKAN Memantau sasaran selama dua pekan.
    owner: polda-sumsel
    due: 2025-01-10
    status: open
  - id: s2
    what: PENANDA-SR-TINDAKAN-DUA Melaporkan hasil pemantauan.
    owner: kanwil-imigrasi-sumsel
    due: 2025-01-20
    status: open
followsUp: 2024-11-22-rakor-tim-pora-pagaralam
classification: sangat-rahasia
exemptionBasis: UU 14/2008 Pasal 17 huruf c (intelijen negara)
attachments:
  - title: PENANDA-SR-LAMPIRAN Peta sasaran
    file: ./2024-12-12-peta-sasaran.pdf
---

PENANDA-SR-NOTULEN Rincian sasaran hanya dibahas di ruang ini.
`;

/** An agency that only the sangat-rahasia meeting names: a lower clearance's filters must not offer it. */
const TOP_ONLY_AGENCY = `- id: binda-sumsel
  name: Badan Intelijen Negara Daerah Sumatera Selatan
  shortName: Binda Sumsel
  kind: intelijen
  region: '16.71'
`;

const NOW = '2026-06-01T00:00:00+07:00';
const CONTENT = join(TMP, 'levels', 'content');
let internal: string;
let buildLog: string;

/** The fixture with a meeting at each level: biasa and sangat-rahasia added beside terbatas and rahasia. */
function writeContent(): void {
  rmSync(join(TMP, 'levels'), { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/valid'), CONTENT, { recursive: true });
  const meetings = join(CONTENT, 'meetings/2024');
  writeFileSync(join(meetings, '2024-12-11-rapat-biasa-jadwal-sosialisasi.md'), BIASA_MEETING);
  writeFileSync(join(meetings, '2024-12-12-rapat-sangat-rahasia-sasaran.md'), TOP_MEETING);
  copyFileSync(join(meetings, '2024-11-22-daftar-hadir.pdf'), join(meetings, '2024-12-12-peta-sasaran.pdf'));
  appendFileSync(join(CONTENT, 'organizations.yaml'), TOP_ONLY_AGENCY);
}

const { content } = (() => {
  writeContent();
  return loadContentOrThrow(CONTENT, { root: ROOT });
})();
const meetings = content.meetings.filter((meeting) => !meeting.data.draft);
const levelOf = (id: string) =>
  must(
    meetings.find((meeting) => meeting.id === id),
    id,
  ).data.classification;

/** What names a meeting: its id, its title, its decisions, actions, attachments and the markers of its minutes. */
function namesOf(level: Level): string[] {
  return meetings
    .filter((meeting) => meeting.data.classification === level)
    .flatMap((meeting) => [
      meeting.id,
      meeting.data.title,
      ...meeting.data.decisions,
      ...meeting.data.actions.map((action) => action.what),
      ...meeting.data.attachments.flatMap((attachment) => [attachment.title, attachment.file.replace('./', '')]),
      ...(meeting.body.match(/PENANDA-[A-Z0-9-]+/g) ?? []),
    ]);
}

beforeAll(() => {
  const result = buildSite('levels', CONTENT, NOW);
  expect(result.status, result.output).toBe(0);
  internal = join(result.outDir, 'internal');
  buildLog = result.output;
});

/**
 * Every blob a session of these passwords' level keys can read, as an attacker holding them would:
 * AES-GCM's counter mode decrypts without the additional data or the tag, so the attacker needs no
 * blob name nor path. A blob counts as read when its plaintext starts with a well-formed header.
 */
function readableBlobs(password: string): { name: string; level: Level; body: Buffer }[] {
  const { keys } = siteKeys(internal, password);
  const read: { name: string; level: Level; body: Buffer }[] = [];
  for (const name of readdirSync(join(internal, '_v'))) {
    const blob = readFileSync(join(internal, '_v', name));
    for (const { level, content: key } of keys) {
      const plain = createDecipheriv('aes-256-gcm', key, blob.subarray(4, 16)).update(blob.subarray(16, -16));
      const headerLength = plain.readUInt32BE(0);
      if (headerLength > 200) continue;
      try {
        const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as { length: number };
        const body = plain.subarray(4 + headerLength, 4 + headerLength + header.length);
        read.push({ name, level, body: body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body });
      } catch {
        // not this level's blob
      }
    }
  }
  return read;
}

/** The number in a decrypted overview, e.g. the tracker's total of actions. */
function count(html: string, pattern: RegExp): number {
  return Number(must(pattern.exec(html), `${pattern} in the page`)[1]);
}

/** The option values of a search page's filter (its `<select data-filter>`), without the "all" option. */
function filterOptions(html: string, filter: string): string[] {
  const select = must(new RegExp(`<select[^>]*data-filter="${filter}"[^>]*>(.*?)</select>`, 's').exec(html), filter)[1];
  return [...(select ?? '').matchAll(/<option value="([^"]+)"/g)].map(([, value]) => value ?? '');
}

/** Actions of the meetings up to a clearance, as the tracker counts them. */
const actionsUpTo = (clearance: Level) =>
  meetings
    .filter((meeting) => within(meeting.data.classification, clearance))
    .reduce((sum, meeting) => sum + meeting.data.actions.length, 0);

describe('a password grants a clearance', () => {
  it('opens the level keys up to its clearance and no others', () => {
    const keyring = JSON.parse(readFileSync(join(internal, 'keyring.json'), 'utf8')) as ReferenceKeyring;
    for (const { password, clearance } of TEST_PASSWORDS)
      expect(levelKeysOf(keyring, password)).toHaveLength(LEVELS.indexOf(clearance) + 1);
  });

  it('gives every slot of the public keyring the same shape, whatever its clearance', () => {
    const keyring = JSON.parse(readFileSync(join(internal, 'keyring.json'), 'utf8')) as ReferenceKeyring;
    const shape = (slot: object) =>
      JSON.stringify(slot, (_, value: unknown) => (typeof value === 'string' ? value.length : value));
    expect(new Set(keyring.slots.map(shape)).size).toBe(1);
    for (const slot of keyring.slots) expect(slot.keys).toHaveLength(LEVELS.length);
  });

  it('prints each slot with its clearance in the build log', () => {
    expect(buildLog).toContain('slot 3 pemkot up to terbatas, slot 4 kodim up to rahasia');
  });
});

describe('with a terbatas password', () => {
  const { password } = testPassword('pemkot');

  it('cannot open a rahasia or sangat-rahasia meeting page, nor its attachment', () => {
    for (const meeting of meetings.filter((entry) => !within(entry.data.classification, 'terbatas'))) {
      expect(() => decryptResource(internal, password, `/internal/rapat/${meeting.id}/index.html`)).toThrow(
        'no blob that this password opens',
      );
      for (const attachment of meeting.data.attachments)
        expect(() =>
          decryptResource(internal, password, `/internal/lampiran/${meeting.id}/${attachment.file.slice(2)}`),
        ).toThrow('no blob that this password opens');
    }
    expect(levelOf('2024-11-22-rakor-tim-pora-pagaralam')).toBe('terbatas');
    expect(
      decryptResource(internal, password, '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/index.html').level,
    ).toBe('terbatas');
  });

  it('reads no byte, in any blob its keys decrypt, that names a record above terbatas', () => {
    const read = readableBlobs(password);
    // Pages, lists, the search bundles of both levels: something of each was read.
    expect(read.filter(({ level }) => level === 'biasa').length).toBeGreaterThan(10);
    expect(read.filter(({ level }) => level === 'terbatas').length).toBeGreaterThan(10);
    const names = [...namesOf('rahasia'), ...namesOf('sangat-rahasia')];
    expect(names.length).toBeGreaterThan(8);
    for (const { name, body } of read) {
      const text = body.toString('utf8');
      for (const secret of names) expect(text.includes(secret), `${name} names "${secret}"`).toBe(false);
    }
  });

  it('counts only the actions and meetings up to terbatas in the overview, the tracker and the meeting list', () => {
    const page = (path: string) => decryptResource(internal, password, path).body.toString('utf8');
    const expected = actionsUpTo('terbatas');
    expect(expected).toBeLessThan(actionsUpTo('sangat-rahasia'));
    expect(count(page('/internal/tindak-lanjut/index.html'), /<strong>(\d+)<\/strong> tindakan/)).toBe(expected);
    expect(count(page('/internal/beranda/index.html'), /(\d+) tindak lanjut tercatat/)).toBe(expected);
    expect(count(page('/internal/tindak-lanjut/grafik/index.html'), /dari (\d+) tindak lanjut/)).toBe(expected);
    const listed = [...page('/internal/rapat/index.html').matchAll(/\((\d+) rapat\)/g)].reduce(
      (sum, [, n]) => sum + Number(n),
      0,
    );
    expect(listed).toBe(meetings.filter((meeting) => within(meeting.data.classification, 'terbatas')).length);
  });

  it('offers search filters only for the agencies and classifications of records up to terbatas', () => {
    const search = (key: string) => decryptResource(internal, key, '/internal/cari/index.html').body.toString('utf8');
    const top = search(testPassword('imigrasi').password);
    const mine = search(password);
    // The top clearance's page offers what only the sangat-rahasia meeting names; this one does not.
    expect(filterOptions(top, 'instansi')).toContain('binda-sumsel');
    expect(filterOptions(mine, 'instansi')).not.toContain('binda-sumsel');
    expect(filterOptions(top, 'klasifikasi')).toEqual(LEVELS);
    expect(filterOptions(mine, 'klasifikasi')).toEqual(['biasa', 'terbatas']);
    expect(mine).not.toContain('Binda Sumsel');
  });

  it('cannot open the search bundles above terbatas', () => {
    expect(() => decryptResource(internal, password, '/internal/pagefind/rahasia/pagefind-entry.json')).toThrow();
    const entry = JSON.parse(
      decryptResource(internal, password, '/internal/pagefind/terbatas/pagefind-entry.json').body.toString('utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages)[0]?.page_count).toBeGreaterThan(0);
  });
});

describe('with a rahasia password', () => {
  const { password } = testPassword('kodim');

  it('opens every meeting up to rahasia and none above', () => {
    for (const meeting of meetings) {
      const open = () => decryptResource(internal, password, `/internal/rapat/${meeting.id}/index.html`);
      if (within(meeting.data.classification, 'rahasia')) expect(open().body.toString()).toContain(meeting.data.title);
      else expect(open).toThrow('no blob that this password opens');
    }
  });

  it('counts the actions up to rahasia, not those above', () => {
    const tracker = decryptResource(internal, password, '/internal/tindak-lanjut/index.html').body.toString('utf8');
    expect(count(tracker, /<strong>(\d+)<\/strong> tindakan/)).toBe(actionsUpTo('rahasia'));
    for (const { body } of readableBlobs(password))
      for (const secret of namesOf('sangat-rahasia')) expect(body.toString('utf8')).not.toContain(secret);
  });
});

describe('a record page names no record above its own level', () => {
  it('leaves the sangat-rahasia meeting that reviewed a terbatas one off the terbatas page, even for the chair', () => {
    const { password } = testPassword('imigrasi');
    const rakor = decryptResource(
      internal,
      password,
      '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/index.html',
    ).body.toString('utf8');
    expect(rakor).toContain('PENANDA-JUDUL-INTERNAL'); // the terbatas meeting that reviewed it
    for (const secret of namesOf('sangat-rahasia')) expect(rakor).not.toContain(secret);
    // The chair's own overview lists it: the levels hide it from others, not from the chair.
    const home = decryptResource(internal, password, '/internal/rapat/index.html').body.toString('utf8');
    expect(home).toContain('2024-12-12-rapat-sangat-rahasia-sasaran');
  });
});

describe('tampering with the level keys', () => {
  const path = '/internal/rapat/2024-12-09-rapat-evaluasi-operasi-gabungan/index.html';

  it('fails when a blob is copied to the name another level gives its path', () => {
    const { keyring, keys: all } = siteKeys(internal, testPassword('imigrasi').password);
    const key = (level: Level) =>
      must(
        all.find((entry) => entry.level === level),
        level,
      );
    const blob = readFileSync(join(internal, '_v', `${referenceBlobName(key('rahasia').names, path)}.bin`));
    expect(
      referenceOpenBlob(key('rahasia').content, keyring.buildId, 'rahasia', path, blob).body.length,
    ).toBeGreaterThan(0);
    // Served under the terbatas name of the same path: a terbatas session opens it with its own key.
    expect(() => referenceOpenBlob(key('terbatas').content, keyring.buildId, 'terbatas', path, blob)).toThrow();
    // Even with the right key, the level is bound in: the blob cannot pass for another level's.
    expect(() => referenceOpenBlob(key('rahasia').content, keyring.buildId, 'terbatas', path, blob)).toThrow();
  });

  it('fails when a slot entry is moved to another level', () => {
    const keyring = JSON.parse(readFileSync(join(internal, 'keyring.json'), 'utf8')) as ReferenceKeyring;
    const slot = must(keyring.slots[2], 'the terbatas slot');
    const [biasa = '', terbatas = ''] = slot.keys;
    // The terbatas key put in the rahasia entry: a terbatas password must not gain rahasia.
    const moved = { ...keyring, slots: [{ ...slot, keys: [biasa, terbatas, terbatas, terbatas] }] };
    expect(levelKeysOf(moved, testPassword('pemkot').password)).toHaveLength(2);
  });
});

describe('revoking a password', () => {
  let revoked: string;

  beforeAll(() => {
    // The same content rebuilt without the rahasia password.
    const result = buildSite('levels-revoked', CONTENT, NOW, {
      WARTA_PASSWORDS: TEST_PASSWORDS.filter(({ label }) => label !== 'kodim')
        .map(({ label, password, clearance }) => `${label}@${clearance}:${password}`)
        .join('\n'),
    });
    expect(result.status, result.output).toBe(0);
    revoked = join(result.outDir, 'internal');
  });

  it('takes one rebuild: its password opens no slot, and its old keys of every level open no blob', () => {
    const keyring = JSON.parse(readFileSync(join(revoked, 'keyring.json'), 'utf8')) as ReferenceKeyring;
    expect(() => levelKeysOf(keyring, testPassword('kodim').password)).toThrow('no slot opens');
    const old = siteKeys(internal, testPassword('kodim').password).keys;
    expect(old.map(({ level }) => level)).toEqual(['biasa', 'terbatas', 'rahasia']);
    for (const name of readdirSync(join(revoked, '_v'))) {
      const blob = readFileSync(join(revoked, '_v', name));
      for (const { content: key } of old) {
        const plain = createDecipheriv('aes-256-gcm', key, blob.subarray(4, 16)).update(blob.subarray(16, 60));
        expect(plain.subarray(4, 12).toString('latin1'), name).not.toBe('{"type":');
      }
    }
  });
});

describe('a hostile or careless editor', () => {
  it('cannot build a biasa minutes that names a sangat-rahasia meeting by its id', () => {
    const content = join(TMP, 'levels-named', 'content');
    rmSync(join(TMP, 'levels-named'), { recursive: true, force: true });
    cpSync(CONTENT, content, { recursive: true });
    const top = must(
      meetings.find((meeting) => meeting.data.classification === 'sangat-rahasia'),
      'the top meeting',
    );
    appendFileSync(
      join(content, 'meetings/2024/2024-12-11-rapat-biasa-jadwal-sosialisasi.md'),
      `\nLihat juga ${top.id}: ${must(top.data.decisions[0], 'a decision')}\n`,
    );
    const result = buildSite('levels-named', content, NOW);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('level scan: internal pages show text of records above their own level');
    expect(result.output).toContain(
      '/internal/rapat/2024-12-11-rapat-biasa-jadwal-sosialisasi/index.html: contains internal text from',
    );
    expect(result.output).toContain(': id of a sangat-rahasia meeting');
  }, 300_000);
});
