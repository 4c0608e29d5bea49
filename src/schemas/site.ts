import { z } from 'astro/zod';
import { internalUrlProblem } from '../lib/origins.ts';
import { RegionCodeSchema, SlugSchema, UrlSchema } from './common.ts';

/** How a content-lint rule is applied: not at all, printed as a warning, or as an error that stops check and build. */
export const LintLevelSchema = z.enum(['off', 'warning', 'error']);
export type LintLevel = z.infer<typeof LintLevelSchema>;

/** Content lint settings (the `lint:` block of content/site.yaml): each rule is "warning" unless set here. */
export const LintSettingsSchema = z.strictObject({
  /**
   * The same paragraph twice in one text, or the title again in the body: usually a paste error.
   * @panduan Paragraf yang sama dua kali dalam satu naskah, atau judul yang terulang di isi: biasanya salah tempel.
   */
  'duplicate-paragraph': LintLevelSchema.optional(),
  /**
   * A public title longer than search results and social cards show.
   * @panduan Judul publik lebih panjang daripada yang muat di hasil pencarian dan kartu media sosial.
   */
  'title-length': LintLevelSchema.optional(),
  /**
   * A release summary longer than search results and social cards show.
   * @panduan Ringkasan siaran pers lebih panjang daripada yang muat di hasil pencarian dan kartu media sosial.
   */
  'summary-length': LintLevelSchema.optional(),
  /**
   * A picture without alt text, or with alt text that describes nothing ("foto", a file name).
   * @panduan Gambar tanpa teks alternatif, atau dengan teks yang tidak menjelaskan apa pun ("foto", nama berkas).
   */
  'image-alt': LintLevelSchema.optional(),
  /**
   * Identity, passport or phone numbers, e-mail addresses or full names of foreign nationals in public text.
   * @panduan Nomor identitas, paspor atau telepon, alamat e-mail, atau nama lengkap WNA di teks publik.
   */
  'personal-data': LintLevelSchema.optional(),
  /**
   * A quotation without a speaker (kata, ujar, jelas, tambahnya ...).
   * @panduan Kutipan tanpa narasumber (kata, ujar, jelas, tambahnya ...).
   */
  'quote-attribution': LintLevelSchema.optional(),
  /**
   * A quotation attributed to someone ("kata Kakanim", "tegasnya") who is not in the release's `people`.
   * @panduan Kutipan yang disandarkan pada seseorang ("kata Kakanim", "tegasnya") yang tidak tercantum di `people` siaran pers.
   */
  'quote-speaker': LintLevelSchema.optional(),
  /**
   * A dateline that is not a plain place name, or repeated at the start of the text or further down (a second copy).
   * @panduan Kota asal berita yang bukan sekadar nama tempat, atau yang ditulis lagi di awal isi atau lebih ke bawah (salinan kedua).
   */
  dateline: LintLevelSchema.optional(),
  /**
   * A dateline that names a news site ("SuaraSumsel.id", "SRIPOKU.COM, PALEMBANG") instead of the city.
   * @panduan Kota asal berita yang berisi nama situs berita ("SRIPOKU.COM, PALEMBANG"), bukan nama kota.
   */
  'site-dateline': LintLevelSchema.optional(),
  /**
   * Page furniture copied from a news page in the text: a caption, byline, date stamp, share row, footer ...
   * @panduan Sisa halaman berita yang ikut tersalin ke isi: keterangan foto, nama penulis, cap tanggal, tombol bagikan, kaki halaman ...
   */
  'lead-junk': LintLevelSchema.optional(),
  /**
   * A link to a release, meeting, region or agency that does not exist or that readers cannot open.
   * @panduan Tautan ke siaran pers, rapat, wilayah atau instansi yang tidak ada atau tidak dapat dibuka pembaca.
   */
  'broken-link': LintLevelSchema.optional(),
  /**
   * A release whose text names agencies while its `organizations` list is empty.
   * @panduan Siaran pers yang isinya menyebut instansi, tetapi daftar `organizations`-nya kosong.
   */
  'missing-organizations': LintLevelSchema.optional(),
  /**
   * HTML tags in a title or summary, which pages show as plain text.
   * @panduan Tag HTML di judul atau ringkasan, yang tampil di halaman sebagai teks biasa.
   */
  'field-markup': LintLevelSchema.optional(),
  /**
   * A release whose source or dateline names an agency or place missing from this office's registries.
   * @panduan Siaran pers yang sumber atau kota asal beritanya menyebut instansi atau tempat yang tidak ada di daftar kantor ini (sisa kantor lain).
   */
  'other-office': LintLevelSchema.optional(),
  /**
   * "TODO" left in a record; always an error once the record is no longer a draft, unless "off".
   * @panduan Tulisan "TODO" yang tertinggal; selalu kesalahan begitu naskah bukan draf lagi, kecuali diatur "off".
   */
  placeholder: LintLevelSchema.optional(),
});
export type LintSettings = z.infer<typeof LintSettingsSchema>;

/** This office in its own registries: what `npm run new` writes into a new record. Each field may be left out. */
export const SiteDefaultsSchema = z.strictObject({
  /**
   * Id of this office in content/organizations.yaml; default: the organization whose name is `office`.
   * @panduan Id kantor ini di content/organizations.yaml; bila kosong: instansi yang nama atau nama singkatnya sama dengan `office`.
   */
  organization: SlugSchema.optional(),
  /**
   * Code of the region where new meetings take place; default: the organization's region.
   * @panduan Kode wilayah tempat rapat baru diadakan; bila kosong: wilayah instansi kantor ini.
   */
  region: RegionCodeSchema.optional(),
  /**
   * City of this office's releases, e.g. "Wonosobo"; default: the region's capital, or its name without "Kabupaten"/"Kota".
   * @panduan Kota asal berita siaran pers kantor ini, misalnya "Wonosobo"; bila kosong: `capital` wilayahnya, atau namanya tanpa "Kabupaten"/"Kota".
   */
  dateline: z.string().min(1).optional(),
  /**
   * Source of this office's own releases, e.g. "Humas Kanim Wonosobo"; default: "Humas" and the organization's short name.
   * @panduan Sumber siaran pers kantor ini sendiri, misalnya "Humas Kanim Wonosobo"; bila kosong: "Humas" dan nama singkat instansinya.
   */
  source: z.string().min(1).optional(),
});
export type SiteDefaults = z.infer<typeof SiteDefaultsSchema>;

/** Identity of the office that publishes the bulletin: content/site.yaml. */
export const SiteSchema = z
  .strictObject({
    /**
     * Name of the bulletin, shown in the header and feeds.
     * @panduan Nama buletin, tampil di kepala setiap halaman dan di RSS.
     */
    name: z.string().min(1),
    /**
     * One-line description for search engines and feeds.
     * @panduan Deskripsi satu kalimat untuk mesin pencari dan RSS.
     */
    description: z.string().min(1),
    /**
     * The publishing office, e.g. "Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan".
     * @panduan Kantor penerbit, misalnya "Kantor Imigrasi Kelas II Non TPI Wonosobo".
     */
    office: z.string().min(1),
    /**
     * Name of the team whose work is reported, e.g. "Tim PORA Provinsi Sumatera Selatan".
     * @panduan Nama tim yang kegiatannya diberitakan, misalnya "Tim PORA Kabupaten Wonosobo".
     */
    team: z.string().min(1),
    /**
     * Province covered, in full, e.g. "Jawa Tengah".
     * @panduan Provinsi wilayah kerja, ditulis lengkap, misalnya "Jawa Tengah".
     */
    province: z.string().min(1),
    /**
     * The short form the press writes for the province, e.g. "Jateng" for "Jawa Tengah"; agency names are recognised written either way.
     * @panduan Singkatan nama provinsi yang lazim di berita, misalnya "Jateng" untuk "Jawa Tengah"; nama instansi dikenali dengan singkatan maupun nama lengkapnya.
     */
    provinceShort: z.string().min(1).optional(),
    /**
     * Public address of the deployed site; SITE_URL in the environment overrides it.
     * @panduan Alamat publik situs; SITE_URL di lingkungan build menggantikannya.
     */
    url: UrlSchema,
    /**
     * Origin of the internal section's own site (recommended; docs/operations.md#two-origins); INTERNAL_URL overrides it.
     * @panduan Alamat situs tersendiri bagian internal, di origin lain (dianjurkan; docs/operations.md#two-origins); INTERNAL_URL menggantikannya. Kosongkan agar bagian internal ikut di situs publik.
     */
    internal: UrlSchema.optional(),
    /**
     * IANA time zone in which dates are shown, e.g. "Asia/Jakarta".
     * @panduan Zona waktu IANA untuk menampilkan tanggal: "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) atau "Asia/Jayapura" (WIT).
     */
    timeZone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('id-ID', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'is not an IANA time zone such as "Asia/Jakarta"'),
    /**
     * Abbreviation printed after times, e.g. "WIB".
     * @panduan Singkatan yang dicetak sesudah jam, misalnya "WIB".
     */
    timeZoneLabel: z.string().min(1),
    /**
     * How the press unit can be reached.
     * @panduan Kontak humas, tampil di kaki setiap halaman.
     */
    contact: z.strictObject({
      /**
       * Postal address.
       * @panduan Alamat pos.
       */
      address: z.string().min(1),
      /**
       * Press e-mail address.
       * @panduan Alamat e-mail humas.
       */
      email: z.email({ error: 'must be an e-mail address' }),
      /**
       * Press telephone number.
       * @panduan Nomor telepon humas.
       */
      phone: z.string().min(1).optional(),
    }),
    /**
     * Releases per page in paginated lists.
     * @panduan Jumlah berita per halaman daftar.
     */
    pageSize: z.number().int().positive().default(10),
    /**
     * This office in its registries, for new records: organization, region, dateline and source.
     * @panduan Kantor ini di daftar instansi dan wilayah, untuk mengisi naskah baru (npm run new): instansi, wilayah, kota asal berita dan sumber; lihat tabel `defaults`.
     */
    defaults: SiteDefaultsSchema.default({}),
    /**
     * Content lint: rule name -> "off", "warning" (the default) or "error" (fails npm run check and the build).
     * @panduan Aturan pemeriksaan isi (lint): nama aturan diikuti "off", "warning" (bawaan) atau "error" (menggagalkan npm run check dan build); lihat tabel aturan lint.
     */
    lint: LintSettingsSchema.default({}),
  })
  .superRefine((site, context) => {
    const problem = site.internal === undefined ? undefined : internalUrlProblem(site.internal, site.url);
    if (problem) context.addIssue({ code: 'custom', path: ['internal'], message: problem });
  });
export type Site = z.infer<typeof SiteSchema>;
