/// <reference types="astro/client" />

declare module 'virtual:warta/config' {
  import type { Origins } from './lib/origins.ts';
  import type { Site } from './schemas/site.ts';
  /** Site identity from content/site.yaml, validated. */
  export const site: Site;
  /** The build clock: what "now" means for embargoes in this build. */
  export const now: Date;
  /** The announced development password when WARTA_PASSWORDS is unset (local builds only), else null. */
  export const developmentPassword: string | null;
  /** Last-updated time (ISO) of each public record page, by URL path. */
  export const lastModified: Readonly<Record<string, string>>;
  /** True under `astro dev`, whose live reload inlines scripts and styles: its pages carry no policy. */
  export const devServer: boolean;
  /** The public origin, and the internal site's when the build is split. */
  export const origins: Origins;
  /** What printed internal pages say about their source (src/lib/print.ts). */
  export const printing: {
    /** The build's clock and commit, as /build.json names them. */
    build: string;
    /** Last commit date (ISO) of each record's file, by "meetings/<id>"; records git does not know are missing. */
    changes: Readonly<Record<string, string>>;
  };
}
