// Static hosts answer an internal address with 404.html while no session decrypts it: send the
// reader to the unlock page, which returns to the requested page afterwards. With a session (the
// service worker answered), the page really does not exist, and this 404 page says so. When the
// internal section has a site of its own, both sites serve this page: an address of the other
// site goes there.
import type { Origins } from '../lib/origins.ts';
import { isInternalPath } from '../lib/internal/paths.ts';
import { SW_SCOPE, unlockUrl } from './vault-protocol.ts';

const origins = JSON.parse(
  document.querySelector<HTMLElement>('[data-origins]')?.dataset['origins'] ?? 'null',
) as Origins | null;
const here = location.pathname + location.search + location.hash;
const internalSite = origins?.internal && new URL(origins.internal).origin;

if (internalSite && location.origin !== internalSite && isInternalPath(location.pathname)) {
  location.replace(new URL(here, internalSite));
} else if (internalSite && location.origin === internalSite && !isInternalPath(location.pathname)) {
  location.replace(new URL(here, origins.public));
} else if (location.pathname.startsWith(SW_SCOPE) && !navigator.serviceWorker?.controller) {
  location.replace(unlockUrl('masuk', location.pathname + location.search));
}
