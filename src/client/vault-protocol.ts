// What the unlock page, internal pages and the service worker agree on.
import type { SessionKeys } from '../lib/vault/format.ts';

export const UNLOCK_PATH = '/internal/';
export const HOME_PATH = '/internal/beranda/';
export const SW_URL = '/internal/sw.js';
export const SW_SCOPE = '/internal/';
/** Served as they are: the unlock page, the keyring and the worker itself. */
export const PUBLIC_PATHS = new Set(['/internal/', '/internal/index.html', '/internal/keyring.json', SW_URL]);
/** Session cookie without an expiry: gone when the browser closes, ending an unremembered session. */
export const SESSION_COOKIE = 'warta_sesi';
/** Tabs tell each other about a logout on this channel. */
export const CHANNEL = 'warta-vault';
/** "Remember on this device" lasts this long; an unremembered session is capped at the same. */
export const SESSION_HOURS = 12;

/** What the service worker keeps (in memory and IndexedDB): keys are non-extractable CryptoKeys. */
export interface StoredSession {
  id: string;
  buildId: string;
  keys: SessionKeys;
  /** "session" ends with the browser (session cookie); "remember" survives it until expiresAt. */
  mode: 'session' | 'remember';
  expiresAt: number;
}

export type VaultRequest = { type: 'unlock'; session: StoredSession } | { type: 'logout' } | { type: 'status' };
export interface VaultReply {
  ok: boolean;
  unlocked?: boolean;
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
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The unlock page's address for a reason and a page to return to. */
export function unlockUrl(reason: UnlockReason, next?: string): string {
  const params = new URLSearchParams({ alasan: reason });
  if (next) params.set('next', next);
  return `${UNLOCK_PATH}?${params}`;
}
