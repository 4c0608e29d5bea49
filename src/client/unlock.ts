// The unlock page: password → key derivation (Argon2id in WebAssembly, once per session) → the keys
// of the levels the password grants, unwrapped as non-extractable keys → session keys handed to the
// service worker, which then decrypts the internal section; for the worker's next start, the keys
// wrapped under a key kept only in a cookie; then the page asked for, shown in this document
// (open-in-place.ts). Nothing is stored when the password is wrong.
import {
  assertKeyring,
  KeyringError,
  openSlot,
  prepareKdf,
  sessionKeys,
  type Keyring,
  type Slot,
} from '../lib/vault/format.ts';
import { wrapSessionKeys } from '../lib/vault/session.ts';
import { openPage } from './open-in-place.ts';
import {
  KEY_COOKIE,
  KEY_COOKIE_PATH,
  LAST_SLOT,
  LEGACY_SLOT,
  safeNext,
  SESSION_HOURS,
  SW_SCOPE,
  SW_URL,
  type VaultReply,
  type VaultRequest,
} from './vault-protocol.ts';

const form = document.querySelector<HTMLFormElement>('[data-unlock]');
const errorBox = document.querySelector<HTMLElement>('[data-unlock-error]');
const statusBox = document.querySelector<HTMLElement>('[data-unlock-status]');
const blockedBox = document.querySelector<HTMLElement>('[data-unlock-blocked]');
const slotField = document.querySelector<HTMLElement>('[data-slot-field]');
const slotSelect = document.querySelector<HTMLSelectElement>('#instansi');
const params = new URLSearchParams(location.search);
const next = safeNext(params.get('next'));
const reason = params.get('alasan');
if (reason) document.querySelector<HTMLElement>(`[data-reason="${CSS.escape(reason)}"]`)?.removeAttribute('hidden');

/** Marks the one reload that lets the worker, once installed, serve this page. */
const RELOADED = 'w';

const UNSUPPORTED =
  'Peramban ini tidak mendukung bagian internal (perlu HTTPS, Web Crypto dan service worker). Gunakan Chrome, Edge, Firefox atau Safari versi terbaru.';
const OPENED_BY_ANOTHER_PAGE =
  'Demi keamanan, kata sandi hanya dapat dimasukkan di halaman yang dibuka langsung. Tutup jendela ini, lalu buka bagian internal dengan mengetik alamatnya atau melalui markah (bookmark).';

/**
 * Whether the vault's worker served this page: then it came with Cross-Origin-Opener-Policy, so a
 * public page that opened it lost its handle. Controlled at load, not taken over afterwards.
 */
function servedByWorker(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigator.serviceWorker.controller !== null && (navigation?.workerStart ?? 0) > 0;
}

/** Says why no form is shown. */
function block(message: string): void {
  if (!blockedBox) return;
  blockedBox.textContent = message;
  blockedBox.hidden = false;
}

function show(box: HTMLElement | null, message: string): void {
  if (box) box.textContent = message;
}

async function ask(worker: ServiceWorker, request: VaultRequest): Promise<VaultReply> {
  const channel = new MessageChannel();
  const answer = new Promise<VaultReply>(
    (resolve) => (channel.port1.onmessage = (event) => resolve(event.data as VaultReply)),
  );
  worker.postMessage(request, [channel.port2]);
  return answer;
}

async function worker(): Promise<ServiceWorker> {
  await navigator.serviceWorker.register(SW_URL, { scope: SW_SCOPE });
  const registration = await navigator.serviceWorker.ready;
  if (!registration.active) throw new Error('service worker not active');
  return registration.active;
}

async function loadKeyring(): Promise<Keyring> {
  const keyring: unknown = await (await fetch(`${SW_SCOPE}keyring.json`, { cache: 'no-store' })).json();
  assertKeyring(keyring);
  return keyring;
}

/** The slots to try: the one chosen on the page, else all, the one this device opened last first. */
function slotOrder(keyring: Keyring, chosen: string): number[] {
  const all = keyring.slots.map((_, index) => index);
  if (chosen !== '') return all.filter((index) => String(index) === chosen);
  const last = all.find((index) => String(index) === localStorage.getItem(LAST_SLOT));
  return last === undefined ? all : [last, ...all.filter((index) => index !== last)];
}

/**
 * Tries the slots one after the other, in that order, until one opens; a wrong password fails
 * every one. Not all at once: Argon2id runs on the page's own thread (format.ts), so that saves
 * nothing, and the derivations left running after a slot opened would delay the session's keys
 * and the first page. Between two slots the page gets its thread back, so that it keeps showing
 * that it is working while a wrong password is tried against many slots.
 */
async function unlock(
  keyring: Keyring,
  password: string,
  order: number[],
): Promise<{ levels: CryptoKey[]; slot: number } | undefined> {
  if (password === '') return undefined; // opens no slot: the build refuses weak passwords
  for (const slot of order) {
    try {
      return { levels: await openSlot(keyring, keyring.slots[slot] as Slot, password), slot };
    } catch (error) {
      // Only a failed unwrap means a wrong password: a failed derivation (memory short, the
      // fallback not loaded) would fail every password the same way, and is reported as the
      // section not opening instead.
      if (!(error instanceof DOMException && error.name === 'OperationError')) throw error;
      await new Promise((resolve) => setTimeout(resolve)); // the page's thread, between two slots
    }
  }
  return undefined;
}

/**
 * Shows the form only in a page the worker served, in a top-level window no other page holds: a
 * public page of the origin that opened it, or framed it, could read every key typed into it. On a
 * first visit, the page installs the worker and loads itself again, once, through it.
 */
async function start(): Promise<void> {
  if (!form) return;
  if (!window.isSecureContext || !crypto.subtle || !('serviceWorker' in navigator) || !('indexedDB' in window)) {
    block(UNSUPPORTED);
    return;
  }
  if (window.top !== window) return; // framed: the worker refuses that, and no password goes in here
  if (!servedByWorker()) {
    if (params.has(RELOADED)) {
      block(UNSUPPORTED); // the worker was installed but still does not serve this page
      return;
    }
    try {
      await worker();
    } catch {
      block(UNSUPPORTED);
      return;
    }
    params.set(RELOADED, '1');
    location.replace(`${location.pathname}?${params}`); // through the worker, now active
    return;
  }
  if (window.opener !== null) {
    block(OPENED_BY_ANOTHER_PAGE);
    return;
  }
  if (params.has(RELOADED)) {
    params.delete(RELOADED);
    history.replaceState(null, '', params.size > 0 ? `${location.pathname}?${params}` : location.pathname);
  }
  form.hidden = false;
  const keyringLoad = loadKeyring();
  // At the first keystroke (or a password manager's fill), not at load, where it cost Lighthouse's
  // throttled load blocking time; should it fail (the fallback not loaded), submitting says so.
  form.querySelector('#sandi')?.addEventListener('input', () => void prepareKdf().catch(() => undefined), {
    once: true,
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const password = String(data.get('sandi') ?? '');
    const chosen = String(data.get('instansi') ?? '');
    const remember = data.get('ingat') === 'ya';
    show(errorBox, '');
    show(statusBox, 'Memeriksa kata sandi…');
    form.setAttribute('aria-busy', 'true');
    try {
      const keyring = await keyringLoad;
      const opened = await unlock(keyring, password, slotOrder(keyring, chosen));
      if (!opened) {
        show(statusBox, '');
        show(errorBox, 'Kata sandi salah. Periksa huruf besar dan kecil, lalu coba lagi.');
        form.querySelector<HTMLInputElement>('#sandi')?.select();
        return;
      }
      const info = {
        buildId: keyring.buildId,
        mode: remember ? 'remember' : 'session',
        expiresAt: Date.now() + SESSION_HOURS * 3_600_000,
      } as const;
      // At once, not one after the other: the worker's keys, the wrapped copy for its next start, the worker.
      const [keys, { wrapped, wrappingKey }, active] = await Promise.all([
        sessionKeys(opened.levels, keyring.buildId),
        sessionKeys(opened.levels, keyring.buildId, { extractable: true }).then(wrapSessionKeys),
        worker(),
      ]);
      // A session cookie unless remembered: the browser deletes it on closing, and with it the session.
      const expiry = remember ? `; Max-Age=${SESSION_HOURS * 3_600}` : '';
      const secure = location.protocol === 'https:' ? '; Secure' : '';
      document.cookie = `${KEY_COOKIE}=${wrappingKey}; Path=${KEY_COOKIE_PATH}; SameSite=Strict${expiry}${secure}`;
      await ask(active, { type: 'unlock', session: { ...info, keys }, stored: { ...info, wrapped }, next });
      localStorage.setItem(LAST_SLOT, String(opened.slot));
      localStorage.removeItem(LEGACY_SLOT);
      show(statusBox, 'Kunci terbuka. Membuka halaman…');
      form.reset(); // the password leaves the page's fields before the page becomes another one
      await openPage(next);
    } catch {
      show(statusBox, '');
      show(
        errorBox,
        'Bagian internal tidak dapat dibuka saat ini. Periksa sambungan, muat ulang halaman, lalu coba lagi.',
      );
    } finally {
      form.removeAttribute('aria-busy');
    }
  });

  let keyring: Keyring;
  try {
    keyring = await keyringLoad;
  } catch (error) {
    // A keyring outside the limits (format.ts) is never used: no password is tried against it.
    if (error instanceof KeyringError) {
      show(errorBox, 'Berkas kunci situs tidak sah, jadi kata sandi tidak diperiksa. Beri tahu pengelola situs.');
      form.querySelector('button')?.setAttribute('disabled', '');
    } else show(errorBox, 'Kunci situs tidak dapat dimuat. Periksa sambungan lalu muat ulang halaman.');
    return;
  }
  // Only when the operator published the labels (WARTA_SLOT_LABELS=public): else nothing to choose by.
  if (slotField && slotSelect && keyring.slots.length > 1 && keyring.slots.every((slot) => slot.label)) {
    for (const [index, slot] of keyring.slots.entries()) slotSelect.add(new Option(slot.label, String(index)));
    slotSelect.value = localStorage.getItem(LAST_SLOT) ?? '';
    slotField.hidden = false;
  }
  const registration = await navigator.serviceWorker.getRegistration(SW_SCOPE);
  if (registration?.active && (await ask(registration.active, { type: 'status' })).unlocked) {
    show(statusBox, 'Anda sudah membuka kunci. Membuka halaman…');
    location.replace(next);
  }
}

void start();
