/** What every chart says about itself, for the page and for screen readers. */
export interface ChartText {
  /** Unique on the page: prefixes the ids of the chart's title, description and table. */
  id: string;
  /** The chart's accessible name, e.g. "Kegiatan koordinasi per bulan". */
  title: string;
  /** One or two sentences that say what the chart shows, for screen readers. */
  description: string;
  /** The visible caption: what the chart shows and where its numbers come from. */
  caption: string;
  /** Caption of the data table that repeats the chart's numbers. */
  tableCaption: string;
}
