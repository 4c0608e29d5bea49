/** URL paths of the chart pages, beside the site's other paths (src/lib/paths.ts, src/lib/internal/paths.ts). */
export const chartPaths = {
  /** Public: coordination activities by month and by region. */
  meetingsSummary: '/kegiatan/ringkasan/',
  /** Internal: follow-up actions by progress over time and by owner agency. */
  trackerCharts: '/internal/tindak-lanjut/grafik/',
} as const;
