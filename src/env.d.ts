/// <reference types="astro/client" />

declare module 'virtual:warta/config' {
  /** Site identity from content/site.yaml, validated. */
  export const site: import('./schemas/site.ts').Site;
  /** The build clock: what "now" means for embargoes in this build. */
  export const now: Date;
}
