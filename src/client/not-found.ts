// Static hosts answer an internal address with 404.html while no session decrypts it: send the
// reader to the unlock page, which returns to the requested page afterwards. With a session (the
// service worker answered), the page really does not exist, and this 404 page says so. When the
// internal section has a site of its own, both sites serve this page: an address of the other
// site goes there.
import { onOrigin, type Origins } from '../lib/origins.ts';
import { isInternalPath } from '../lib/internal/paths.ts';
import { SW_SCOPE, unlockUrl } from './vault-protocol.ts';

const origins = JSON.parse(
  document.querySelector<HTMLElement>('[data-origins]')?.dataset['origins'] ?? 'null',
) as Origins | null;
const internalSite = origins?.internal && new URL(origins.internal).origin;
/** The site an address of the other site of a split build belongs to. */
const otherSite =
  internalSite && location.origin !== internalSite && isInternalPath(location.pathname)
    ? internalSite
    : internalSite && location.origin === internalSite && !isInternalPath(location.pathname)
      ? origins.public
      : undefined;

if (otherSite) {
  // Only ever to the configured origin: a path such as //evil.example/ must not become a host.
  const target = onOrigin(otherSite, location);
  if (target) location.replace(target);
} else if (location.pathname.startsWith(SW_SCOPE) && !navigator.serviceWorker?.controller) {
  location.replace(unlockUrl('masuk', location.pathname + location.search));
}
