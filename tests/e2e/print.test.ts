// Chromium prints a meeting's minutes, the tracker and a public release to A4 PDF; poppler's
// pdftotext reads back what is on each sheet, as a secretariat would find it on paper.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, readSite, ROOT, testPassword, TMP } from '../support/site.ts';

const WORK = join(TMP, 'e2e-print');
const NOW = '2026-06-01T00:00:00+07:00';
const LONG = '2025-02-10-rapat-cetak-notula-panjang';
const MEETING = `/internal/rapat/${LONG}/`;
const RELEASE = '/siaran-pers/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam/';
/** Text of the site's chrome that no printout may carry: header, search, footer, internal bar. */
const CHROME = [
  'Langsung ke konten',
  'Langganan RSS',
  'Surel:',
  'Bagian internal',
  'Keluar',
  'Cari arsip',
  'Beranda internal',
];

/** A rahasia meeting whose minutes run over several sheets, written for this test. */
const longMeeting = `---
title: Rapat cetak notula panjang PENANDA-JUDUL-CETAK
kind: rakor
startsAt: 2025-02-10T09:00:00+07:00
endsAt: 2025-02-10T11:30:00+07:00
location:
  name: Aula Kantor Wilayah
  region: '16.72'
organizer: kanwil-imigrasi-sumsel
chair:
  person: ilham-djaya
noteTaker:
  name: Dewi Lestari Cetak
  role: Pengolah Data Keimigrasian
participants:
  - organization: kanwil-imigrasi-sumsel
  - organization: polres-pagaralam
agenda:
  - title: Uji cetak agenda pertama
    discussion: Peserta membahas susunan notula yang akan dicetak.
    decisions:
      - Notula dicetak dan ditandatangani.
decisions:
  - Notula disimpan di sekretariat.
actions:
  - id: a1
    what: Menyerahkan notula bertanda tangan ke arsip.
    owner: polres-pagaralam
    due: 2025-03-01
    status: open
classification: rahasia
---

${Array.from(
  { length: 70 },
  (_, index) =>
    `Paragraf notula nomor ${index + 1}: peserta menguraikan langkah pengawasan lapangan, pembagian tugas ` +
    'antarinstansi dan jadwal pelaporan, agar setiap lembar cetakan cukup panjang untuk diuji.',
).join('\n\n')}
`;

let browser: Browser;
let siteUrl: string;
let outDir: string;
let close: () => Promise<void>;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  const content = join(WORK, 'content');
  cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
  mkdirSync(join(content, 'meetings/2025'), { recursive: true });
  writeFileSync(join(content, `meetings/2025/${LONG}.md`), longMeeting);
  const result = buildSite('e2e-print', content, NOW);
  if (result.status !== 0) throw new Error(`the print fixture did not build:\n${result.output}`);
  outDir = result.outDir;
  const server = await serve(outDir);
  siteUrl = server.url;
  close = server.close;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** Prints the page as Chromium's print dialog does (print media, A4) and reads each sheet's text. */
async function printed(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(WORK, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((sheet) => sheet.trim() !== '');
}

/** A fresh profile unlocked with the highest clearance, on `next`. */
async function unlocked(next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(next)}`);
  await page.fill('#sandi', testPassword('imigrasi').password);
  await page.click('form[data-unlock] button');
  await page.waitForURL((url) => url.pathname === next);
  return page;
}

const lines = (sheet: string) => sheet.split('\n').filter((line) => line.trim() !== '');

/** Every sheet carries the class as its first and last line, and "Halaman x dari y" at the foot. */
function expectMarked(sheets: string[], mark: string) {
  sheets.forEach((sheet, index) => {
    const text = lines(sheet);
    expect(text[0]?.trim()).toBe(mark);
    expect(text.at(-1)).toMatch(new RegExp(`^\\s*${mark}\\s+Halaman ${index + 1} dari ${sheets.length}$`));
  });
}

describe('the print rules', () => {
  it('ship in the public stylesheet with the four class names and no text of any record', () => {
    const styles = [...readSite(outDir)].filter(([path]) => path.endsWith('.css')).map(([, text]) => text);
    const css = styles.join('\n');
    for (const mark of ['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT RAHASIA']) expect(css).toContain(`"${mark}"`);
    for (const text of ['PENANDA', 'Dewi Lestari', LONG, 'Ilham Djaya']) expect(css).not.toContain(text);
  });
});

describe('printing from Chromium', () => {
  it('prints a meeting as a notula: letterhead, its facts, signatures, small print, its class on every sheet', async () => {
    const page = await unlocked(MEETING);
    const sheets = await printed(page, 'notula');
    expect(sheets.length).toBeGreaterThan(1);
    expectMarked(sheets, 'RAHASIA');
    const all = sheets.join('\n');
    const first = sheets[0] ?? '';
    for (const text of ['KANTOR WILAYAH', 'NOTULA RAPAT', 'PENANDA-JUDUL-CETAK', 'Hari, tanggal :']) {
      expect(first).toContain(text);
    }
    expect(first).toContain('Senin, 10 Februari 2025');
    // The parts in the notula's order, the minutes last, then the signatures.
    const order = ['Pimpinan rapat :', 'Notulis :', 'Peserta', 'Agenda dan pembahasan', 'Kesimpulan dan keputusan'];
    const more = ['Tindak lanjut', 'Notulen', 'Paragraf notula nomor 70', 'Pimpinan rapat,'];
    const positions = [...order, ...more].map((text) => all.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The signature block stays on one sheet: the labels, the room to sign and the names.
    const signatures = sheets.find((sheet) => sheet.includes('Pimpinan rapat,')) ?? '';
    expect(signatures).toMatch(/Pimpinan rapat,\s+Notulis,/);
    expect(signatures).toMatch(/Ilham Djaya\s+Dewi Lestari Cetak/);
    expect(signatures).toMatch(/Kepala Kantor Wilayah\s+Pengolah Data Keimigrasian/);
    expect(all).toMatch(
      new RegExp(`Rapat: ${LONG} · Perubahan terakhir: tidak diketahui · Build: 2026-05-31T17:00:00\\.000Z`),
    );
    for (const chrome of [...CHROME, 'Semua tindak lanjut', 'Siaran pers terkait']) expect(all).not.toContain(chrome);
    await page.context().close();
  });

  it('prints the tracker as a report: overdue first by agency, marked with the highest class it lists', async () => {
    const page = await unlocked('/internal/tindak-lanjut/');
    const sheets = await printed(page, 'laporan');
    expectMarked(sheets, 'RAHASIA');
    const all = sheets.join('\n');
    expect(all).toContain('LAPORAN TINDAK LANJUT');
    expect(all).toContain('Keadaan per Senin, 1 Juni 2026');
    const parts = ['Terlambat (', 'Belum selesai, belum melewati tenggat (', 'Selesai atau dibatalkan ('];
    const positions = parts.map((text) => all.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(all).toContain('Menyerahkan');
    // Only the report: the screen's two listings would print every action twice.
    expect(all).not.toContain('Menurut status');
    for (const chrome of [...CHROME, 'Grafik tindak lanjut']) expect(all).not.toContain(chrome);
    await page.context().close();
  });

  it('prints a public release cleanly: title, dateline and date, text, source address, no class and no chrome', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}${RELEASE}`);
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const sheets = await printed(page, 'siaran');
    const all = sheets.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
    expect(all).toMatch(/Sabtu, 23 November 2024/);
    expect(all).toContain(`Sumber: ${new URL(RELEASE, 'https://warta-uji.example.org').href}`);
    expect(all).toContain(`Halaman 1 dari ${sheets.length}`);
    for (const mark of ['TERBATAS', 'RAHASIA', 'BIASA']) expect(all).not.toContain(mark);
    for (const chrome of [...CHROME, 'Kegiatan terkait']) expect(all).not.toContain(chrome);
    await page.context().close();
  });
});
