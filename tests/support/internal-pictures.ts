// A copy of the valid fixture whose internal, embargoed and draft records carry pictures of their
// own: the pictures an adversarial review found published in plaintext under /_astro/.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { ROOT, TMP } from './site.ts';

/** A solid-colour RGB PNG: each picture its own colour, so no two build into the same bytes. */
export function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + body.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 4 + body.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2], 8); // 8 bits per channel, RGB
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then the pixels
  for (let x = 0; x < width; x++) row.set([red, green, blue], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const INTERNAL_RELEASE = '2024-12-05-laporan-internal-pengawasan';
export const EMBARGOED_RELEASE = '2030-01-15-operasi-gabungan-awal-tahun';
export const DRAFT_RELEASE = '2024-12-02-rencana-sosialisasi-penginapan';
export const CLOSED_MEETING = '2024-12-09-rapat-evaluasi-operasi-gabungan';

/** Each record's picture: its source file name and bytes. */
export const PICTURES = {
  release: { name: 'rahasia-foto.png', bytes: solidPng(96, 64, [180, 30, 40]) },
  meeting: { name: 'foto-rapat-tertutup.png', bytes: solidPng(96, 64, [20, 120, 60]) },
  embargoed: { name: 'foto-embargo.png', bytes: solidPng(96, 64, [30, 40, 170]) },
  draft: { name: 'foto-draf.png', bytes: solidPng(96, 64, [200, 170, 20]) },
};

/** Writes the copy to tests/.tmp/<name>/content and returns its folder. */
export function contentWithInternalPictures(name: string): string {
  const contentDir = join(TMP, name, 'content');
  rmSync(join(TMP, name), { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/valid'), contentDir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(contentDir, file), change(readFileSync(join(contentDir, file), 'utf8')));
  const withImage = (folder: string, id: string, picture: { name: string; bytes: Buffer }, alt: string) => {
    writeFileSync(join(contentDir, folder, picture.name), picture.bytes);
    // The image field goes last in the front matter.
    edit(join(folder, `${id}.md`), (text) =>
      text.replace(/\n---\n/, `\nimage:\n  src: ./${picture.name}\n  alt: ${alt}\n---\n`),
    );
  };
  withImage('press-releases/2024', INTERNAL_RELEASE, PICTURES.release, 'Petugas memeriksa dokumen di ruang tertutup.');
  withImage('press-releases/2030', EMBARGOED_RELEASE, PICTURES.embargoed, 'Tim gabungan bersiap di halaman kantor.');
  withImage('press-releases/2024', DRAFT_RELEASE, PICTURES.draft, 'Meja sosialisasi yang belum jadi dipakai.');
  writeFileSync(join(contentDir, 'meetings/2024', PICTURES.meeting.name), PICTURES.meeting.bytes);
  edit(
    `meetings/2024/${CLOSED_MEETING}.md`,
    (text) => `${text.trimEnd()}\n\n![Foto rapat tertutup](./${PICTURES.meeting.name})\n`,
  );
  return contentDir;
}
