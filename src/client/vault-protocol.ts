// What the unlock page, internal pages and the service worker agree on.
import type { Level } from '../lib/levels.ts';
import type { SessionKeys } from '../lib/vault/format.ts';
import type { WrappedKeys } from '../lib/vault/session.ts';

export const UNLOCK_PATH = '/internal/';
export const HOME_PATH = '/internal/beranda/';
export const SW_URL = '/internal/sw.js';
export const SW_SCOPE = '/internal/';
/** Served as they are: the unlock page, the keyring and the worker itself. */
export const PUBLIC_PATHS = new Set(['/internal/', '/internal/index.html', '/internal/keyring.json', SW_URL]);
/**
 * The cookie that holds the key wrapping the stored session keys. Without an expiry ("not
 * remembered") it dies with the browser, and the wrapped keys with it. Its path lies below the
 * worker's own address, as Chromium's Cookie Store API lets a worker read only cookies of URLs
 * that begin with its script's URL; no request ever goes there, so it never leaves the browser.
 */
export const KEY_COOKIE = 'warta_kunci';
export const KEY_COOKIE_PATH = `${SW_URL}/kunci/`;
/** The position of the keyring slot this device opened last (localStorage), never an agency's name. */
export const LAST_SLOT = 'warta-vault-slot';
/** Where earlier versions kept the agency last chosen: removed on unlock and logout. */
export const LEGACY_SLOT = 'warta-vault-instansi';
/** Tabs tell each other about a logout on this channel. */
export const CHANNEL = 'warta-vault';
/** "Remember on this device" lasts this long; an unremembered session is capped at the same. */
export const SESSION_HOURS = 12;

/** What a session is, besides its keys. */
interface SessionInfo {
  buildId: string;
  /** "session" ends with the browser (session cookie); "remember" survives it until expiresAt. */
  mode: 'session' | 'remember';
  expiresAt: number;
}

/** What the worker holds in memory: non-extractable keys. */
export interface Session extends SessionInfo {
  keys: SessionKeys;
}

/** What IndexedDB holds: the keys wrapped under the key in KEY_COOKIE, useless without it. */
export interface StoredSession extends SessionInfo {
  wrapped: WrappedKeys;
}

export type VaultRequest =
  /** `next`: the page the unlock page opens next, whose blob the worker fetches at once. */
  { type: 'unlock'; session: Session; stored: StoredSession; next: string } | { type: 'logout' } | { type: 'status' };
export interface VaultReply {
  ok: boolean;
  unlocked?: boolean;
  /**
   * To "status", when unlocked: the session's clearance, the highest level it opens; the search
   * page loads the internal bundles up to it (/internal/pagefind/<level>/).
   */
  clearance?: Level;
}

/** Whether an address is the section's: same origin, under its scope. */
export function inSection(address: string, origin: string): boolean {
  const url = new URL(address);
  return url.origin === origin && url.pathname.startsWith(SW_SCOPE);
}

/** Why the unlock page is shown, as ?alasan= in its URL. */
export type UnlockReason = 'masuk' | 'pembaruan' | 'keluar' | 'kedaluwarsa';

/**
 * Where to go after unlocking: only a page of the internal section, never elsewhere. The address
 * is resolved first, so `/internal/../_astro/x.svg` or `/internal/%2e%2e/` cannot climb out.
 */
export function safeNext(next: string | null): string {
  const base = 'https://warta.invalid';
  const url = next && URL.canParse(next, base) ? new URL(next, base) : undefined;
  if (!url || url.origin !== base || !url.pathname.startsWith(SW_SCOPE) || PUBLIC_PATHS.has(url.pathname)) {
    return HOME_PATH;
  }
  try {
    decodeURIComponent(url.pathname); // as the worker reads it: no page has a broken escape
  } catch {
    return HOME_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The unlock page's address for a reason and a page to return to. */
export function unlockUrl(reason: UnlockReason, next?: string): string {
  const params = new URLSearchParams({ alasan: reason });
  if (next) params.set('next', next);
  return `${UNLOCK_PATH}?${params}`;
}
