// Links between the public site and the internal section, as the build's addresses make them.
import { origins } from 'virtual:warta/config';
import * as links from '../lib/origins.ts';

/** Whether the internal section has a site of its own (an internal address is configured). */
export const split = origins.internal !== undefined;

/** A public page's href on the page `from` (Astro.url): absolute on the public origin where the internal site serves it. */
export const publicHref = (path: string, from: URL): string => links.publicHref(origins, path, from.pathname);

export { origins };
