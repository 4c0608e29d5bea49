/**
 * What editors read in the web editor, per field: an Indonesian label, a hint, and for some fields
 * a widget of their own (a picker from a registry, a picture, a long text). Keyed by collection
 * and field path ("press-releases/source.name"; list items have no index). Every schema field must
 * be here: the config generator refuses a field without a label, so a new schema field cannot
 * reach the editor unexplained.
 */
export interface FieldText {
  label: string;
  hint?: string;
  /** A long text: a text area instead of a line. */
  long?: true;
  /** Pick ids from a registry instead of typing them. */
  pick?: 'organizations' | 'regions' | 'people';
  /** A picture or an attachment beside the record. */
  file?: 'image' | 'file';
}

const MENTION: Record<string, FieldText> = {
  person: {
    label: 'Pejabat terdaftar',
    hint: 'Pilih dari daftar pejabat (content/people.yaml); jabatannya dicetak sesuai tanggal. Kosongkan bila mengisi nama dan jabatan.',
    pick: 'people',
  },
  name: { label: 'Nama', hint: 'Untuk orang yang tidak ada di daftar pejabat: isi nama dan jabatan.' },
  role: { label: 'Jabatan', hint: 'Sebagaimana dicetak, lengkap dengan instansi dan wilayahnya.' },
  organization: { label: 'Instansi', pick: 'organizations' },
};

/** Labels of a person mention, under a prefix. */
function mention(prefix: string, label: string, hint?: string): Record<string, FieldText> {
  return {
    [prefix]: { label, ...(hint ? { hint } : {}) },
    ...Object.fromEntries(Object.entries(MENTION).map(([key, text]) => [`${prefix}.${key}`, text])),
  };
}

const LINT = 'off = tidak diperiksa, warning = peringatan (bawaan), error = menggagalkan npm run check dan build.';

export const FIELD_TEXTS: Record<string, Record<string, FieldText>> = {
  'press-releases': {
    title: { label: 'Judul', hint: 'Paling banyak sekitar 100 huruf agar utuh di hasil pencarian dan media sosial.' },
    summary: {
      label: 'Ringkasan (teras)',
      hint: 'Satu atau dua kalimat: siapa, apa, di mana, kapan. Tampil di daftar berita, RSS dan hasil pencarian (sekitar 220 huruf).',
      long: true,
    },
    dateline: {
      label: 'Kota asal berita',
      hint: 'Hanya nama kota, tanpa tanda hubung; situs mencetak "Nama Kota -". Jangan ditulis lagi di awal isi.',
    },
    publishedAt: {
      label: 'Waktu terbit',
      hint: 'Waktu di masa depan = embargo: berita baru tampil pada build sesudah waktu ini.',
    },
    updates: { label: 'Ralat dan pembaruan', hint: 'Catatan perubahan sesudah terbit, urut dari yang terlama.' },
    'updates.at': { label: 'Waktu pembaruan', hint: 'Harus sesudah waktu terbit.' },
    'updates.note': { label: 'Catatan untuk pembaca', hint: 'Misalnya: Meralat jumlah peserta rapat.' },
    author: { label: 'Penulis' },
    editor: { label: 'Penyunting', hint: 'Yang menyetujui naskah (boleh dikosongkan).' },
    source: { label: 'Sumber naskah', hint: 'Unit humas sendiri, atau kantor berita beserta alamat naskah aslinya.' },
    'source.name': {
      label: 'Nama sumber',
      hint: 'Unit humas kantor ini (lihat Identitas situs, bagian Isian bawaan), atau nama kantor berita, misalnya ANTARA.',
    },
    'source.url': { label: 'Alamat naskah asli', hint: 'Dimulai dengan https://' },
    organizations: { label: 'Instansi terlibat', pick: 'organizations' },
    regions: { label: 'Wilayah', pick: 'regions' },
    topics: { label: 'Topik', hint: 'Kata kunci huruf kecil, misalnya pilkada, tenaga kerja asing.' },
    ...mention('people', 'Orang yang dikutip'),
    relatedMeetings: {
      label: 'Rapat terkait',
      hint: 'Nama berkas catatan rapat tanpa .md, misalnya 2024-11-22-rakor-tim-pora. Publik hanya melihat ringkasan publiknya.',
    },
    image: { label: 'Gambar utama' },
    'image.src': { label: 'Berkas gambar', file: 'image' },
    'image.alt': {
      label: 'Deskripsi gambar (alt)',
      hint: 'Apa yang tampak pada gambar, untuk pembaca tunanetra. Wajib.',
    },
    'image.credit': { label: 'Kredit foto' },
    draft: { label: 'Draf', hint: 'Draf tidak pernah tampil. Matikan hanya bila naskah sudah disetujui.' },
    visibility: { label: 'Tampil di', hint: 'public = situs publik; internal = hanya bagian internal tim.' },
  },
  meetings: {
    title: { label: 'Judul rapat (internal)' },
    kind: { label: 'Jenis kegiatan' },
    startsAt: { label: 'Mulai' },
    endsAt: { label: 'Selesai', hint: 'Harus sesudah waktu mulai.' },
    location: { label: 'Tempat' },
    'location.name': { label: 'Nama tempat' },
    'location.region': { label: 'Wilayah tempat', pick: 'regions' },
    organizer: { label: 'Penyelenggara', pick: 'organizations' },
    ...mention('chair', 'Pimpinan rapat', 'Isi pejabat terdaftar, atau nama dan jabatan.'),
    ...mention('noteTaker', 'Notulis', 'Isi pejabat terdaftar, atau nama dan jabatan.'),
    participants: { label: 'Instansi yang hadir', hint: 'Minimal satu instansi.' },
    'participants.organization': { label: 'Instansi', pick: 'organizations' },
    ...mention('participants.people', 'Wakil instansi'),
    agenda: { label: 'Agenda' },
    'agenda.title': { label: 'Butir agenda' },
    'agenda.discussion': { label: 'Ringkasan pembahasan', long: true },
    'agenda.decisions': { label: 'Keputusan butir ini' },
    decisions: { label: 'Kesimpulan rapat' },
    actions: { label: 'Tindak lanjut' },
    'actions.id': { label: 'Kode', hint: 'Unik dalam rapat ini: a1, a2, ...' },
    'actions.what': { label: 'Tindakan', long: true },
    'actions.owner': { label: 'Penanggung jawab', pick: 'organizations' },
    'actions.due': { label: 'Tenggat' },
    'actions.status': {
      label: 'Status',
      hint: 'open = belum, in-progress = berjalan, done = selesai, dropped = batal.',
    },
    'actions.doneOn': { label: 'Tanggal selesai', hint: 'Wajib bila status done, dan hanya bila done.' },
    'actions.note': { label: 'Catatan perkembangan' },
    followsUp: {
      label: 'Meninjau rapat sebelumnya',
      hint: 'Nama berkas rapat sebelumnya (tanpa .md) yang tindak lanjutnya ditinjau.',
    },
    classification: { label: 'Klasifikasi arsip' },
    exemptionBasis: {
      label: 'Dasar pengecualian informasi',
      hint: 'Misalnya UU 14/2008 Pasal 17 huruf c.',
    },
    relatedPressReleases: { label: 'Siaran pers terkait', hint: 'Nama berkas siaran pers tanpa .md.' },
    attachments: { label: 'Lampiran (internal)' },
    'attachments.title': { label: 'Judul dokumen' },
    'attachments.file': { label: 'Berkas', file: 'file' },
    public: {
      label: 'Tampilan publik',
      hint: 'Hanya blok ini (ditambah judul, jenis, tanggal, tempat, wilayah dan instansi) yang tampil di situs publik. Kosongkan seluruhnya bila rapat tidak boleh diumumkan.',
    },
    'public.title': {
      label: 'Judul untuk publik',
      hint: 'Bila judul internal terlalu panjang atau terlalu banyak mengungkap.',
    },
    'public.summary': {
      label: 'Ringkasan untuk publik',
      hint: 'Tanpa nama WNA, nomor identitas, sasaran atau rencana operasi.',
      long: true,
    },
    'public.showVenue': { label: 'Tampilkan nama tempat' },
    'public.showParticipants': { label: 'Tampilkan instansi peserta' },
    draft: { label: 'Draf', hint: 'Draf tidak pernah tampil.' },
  },
  site: {
    name: { label: 'Nama buletin' },
    description: { label: 'Deskripsi', long: true },
    office: { label: 'Kantor penerbit' },
    team: { label: 'Nama tim' },
    province: { label: 'Provinsi', hint: 'Ditulis lengkap, tanpa kata "Provinsi".' },
    provinceShort: {
      label: 'Singkatan provinsi',
      hint: 'Singkatan yang lazim di berita, bila ada; nama instansi dikenali dengan singkatan maupun nama lengkapnya.',
    },
    url: { label: 'Alamat situs' },
    internal: {
      label: 'Alamat situs bagian internal',
      hint: 'Asal (origin) lain dari alamat situs, misalnya https://intern.warta.example.org. Kosongkan bila bagian internal ikut di situs publik.',
    },
    timeZone: { label: 'Zona waktu (IANA)', hint: 'Misalnya Asia/Jakarta.' },
    timeZoneLabel: { label: 'Singkatan zona waktu', hint: 'Misalnya WIB.' },
    contact: { label: 'Kontak humas' },
    'contact.address': { label: 'Alamat' },
    'contact.email': { label: 'E-mail' },
    'contact.phone': { label: 'Telepon' },
    pageSize: { label: 'Berita per halaman' },
    defaults: {
      label: 'Isian bawaan',
      hint: 'Yang diisi npm run new pada siaran pers dan rapat baru; kosongkan untuk memakai isian dari daftar instansi dan wilayah.',
    },
    'defaults.organization': {
      label: 'Instansi kantor ini',
      hint: 'Bawaan: instansi yang namanya sama dengan Kantor penerbit.',
      pick: 'organizations',
    },
    'defaults.region': {
      label: 'Wilayah kantor ini',
      hint: 'Bawaan: wilayah kerja instansi kantor ini.',
      pick: 'regions',
    },
    'defaults.dateline': {
      label: 'Kota asal berita kantor ini',
      hint: 'Bawaan: ibu kota wilayah kantor ini, atau namanya tanpa "Kabupaten"/"Kota".',
    },
    'defaults.source': {
      label: 'Sumber siaran pers kantor ini',
      hint: 'Bawaan: "Humas" dan nama singkat instansi kantor ini.',
    },
    lint: { label: 'Pemeriksaan isi (lint)', hint: LINT },
    'lint.duplicate-paragraph': { label: 'Paragraf ganda' },
    'lint.title-length': { label: 'Judul terlalu panjang' },
    'lint.summary-length': { label: 'Ringkasan terlalu panjang' },
    'lint.image-alt': { label: 'Gambar tanpa deskripsi' },
    'lint.personal-data': { label: 'Data pribadi di teks publik' },
    'lint.quote-attribution': { label: 'Kutipan tanpa narasumber' },
    'lint.quote-speaker': { label: 'Narasumber kutipan tidak tercantum di people' },
    'lint.dateline': { label: 'Kota asal berita' },
    'lint.site-dateline': { label: 'Nama situs sebagai kota asal berita' },
    'lint.lead-junk': { label: 'Sisa halaman berita di isi (keterangan foto, penulis, tombol bagikan)' },
    'lint.broken-link': { label: 'Tautan rusak' },
    'lint.missing-organizations': { label: 'Instansi disebut tetapi tidak dicantumkan' },
    'lint.field-markup': { label: 'Tag HTML di judul atau ringkasan' },
    'lint.other-office': { label: 'Sumber atau kota dari kantor lain' },
    'lint.placeholder': { label: 'Penanda TODO' },
  },
  regions: {
    id: { label: 'Kode Kemendagri', hint: 'Dua angka kode provinsi, titik, dua angka. Jangan diubah setelah dipakai.' },
    name: { label: 'Nama resmi' },
    kind: { label: 'Jenis' },
    aliases: {
      label: 'Ejaan lain',
      hint: 'Ejaan yang dipakai orang selain nama resmi; dipakai pencarian dan impor naskah.',
    },
    capital: {
      label: 'Ibu kota',
      hint: 'Bila namanya lain dari nama kabupaten; boleh menjadi kota asal berita.',
    },
  },
  organizations: {
    id: { label: 'Id', hint: 'Huruf kecil dan tanda hubung. Jangan diubah setelah dipakai.' },
    name: { label: 'Nama lengkap' },
    shortName: { label: 'Nama singkat' },
    kind: { label: 'Jenis instansi' },
    parent: { label: 'Instansi induk', pick: 'organizations' },
    region: { label: 'Wilayah kerja', pick: 'regions' },
    aliases: { label: 'Nama lama', hint: 'Saat instansi berganti nama: nama lama beserta masa berlakunya.' },
    'aliases.name': { label: 'Nama' },
    'aliases.shortName': { label: 'Nama singkat' },
    'aliases.from': { label: 'Berlaku sejak' },
    'aliases.until': { label: 'Berlaku sampai' },
    website: { label: 'Situs web' },
  },
  people: {
    id: { label: 'Id', hint: 'Huruf kecil dan tanda hubung, misalnya nama-lengkap. Jangan diubah setelah dipakai.' },
    name: { label: 'Nama lengkap' },
    roles: { label: 'Jabatan', hint: 'Tambahkan jabatan baru saat pindah; jangan mengubah yang lama.' },
    'roles.title': { label: 'Jabatan' },
    'roles.organization': { label: 'Instansi', pick: 'organizations' },
    'roles.from': { label: 'Sejak' },
    'roles.until': { label: 'Sampai', hint: 'Kosong bila masih menjabat.' },
  },
};
