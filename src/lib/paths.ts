/** Public URL paths, in one place so pages, feeds and tests agree. Every path ends in a slash. */
export const paths = {
  home: '/',
  releases: '/siaran-pers/',
  releasesPage: (page: number) => (page <= 1 ? '/siaran-pers/' : `/siaran-pers/halaman/${page}/`),
  release: (id: string) => `/siaran-pers/${id}/`,
  releaseYear: (year: number | string) => `/siaran-pers/tahun/${year}/`,
  meetings: '/kegiatan/',
  meetingsPage: (page: number) => (page <= 1 ? '/kegiatan/' : `/kegiatan/halaman/${page}/`),
  meeting: (id: string) => `/kegiatan/${id}/`,
  regions: '/wilayah/',
  region: (code: string) => `/wilayah/${code}/`,
  organizations: '/instansi/',
  organization: (id: string) => `/instansi/${id}/`,
  feed: '/rss.xml',
  search: '/cari/',
} as const;
