// After unlocking, the unlock page shows the page it opens in its own document instead of
// navigating to it: committing a navigation (a new document and frame, the unlock page's torn down)
// and painting its first frame were a third of the time from the password to the first internal
// page. The page comes through the vault's worker like any request of the section, and lives
// under the unlock page's headers, which the worker makes the section's own whatever the host
// sends (one policy for /internal/, no referrer, no store: vault-sw.ts, src/lib/headers.ts). What
// the worker does not answer with a page is left to a navigation.
import { PUBLIC_PATHS } from './vault-protocol.ts';

/** How long a stylesheet the unlock page lacks may take before the page is shown anyway. */
const STYLESHEET_WAIT_MS = 3_000;

/**
 * Opens the internal page at `next`: in this document, at its address, as a navigation would show
 * it, when the worker answers with a page; else by navigating there, or where the answer redirects
 * (the unlock page again, saying the site was rebuilt), as before. An address with a fragment to
 * scroll to, or a public one of the section, is navigated to.
 */
export async function openPage(next: string): Promise<void> {
  const url = new URL(next, location.href);
  if (url.hash !== '' || url.origin !== location.origin || PUBLIC_PATHS.has(url.pathname)) {
    location.replace(url);
    return;
  }
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (response.redirected || !response.ok || !response.headers.get('Content-Type')?.startsWith('text/html')) {
      void response.body?.cancel();
      location.replace(response.redirected ? response.url : url);
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    await loadStylesheets(page);
    history.replaceState(null, '', url);
    const added = swapHead(page);
    const root = document.documentElement;
    for (const { name } of [...root.attributes]) root.removeAttribute(name);
    for (const { name, value } of page.documentElement.attributes) root.setAttribute(name, value);
    const body = document.adoptNode(page.body);
    document.body.replaceWith(body);
    runScripts([...added, body]);
    scrollTo(0, 0);
    announce(document.title);
  } catch {
    location.replace(url); // whatever was shown, a navigation shows the page whole
  }
}

/** Stylesheets of the page that this document lacks, loaded before the page shows: never unstyled. */
async function loadStylesheets(page: Document): Promise<void> {
  const links = [...page.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) =>
      !document.head.querySelector(`link[rel="stylesheet"][href="${CSS.escape(link.getAttribute('href') ?? '')}"]`),
  );
  const loaded = links.map((link) => {
    const copy = document.importNode(link);
    const done = new Promise((resolve) => (copy.onload = copy.onerror = resolve));
    document.head.append(copy);
    return done;
  });
  await Promise.race([Promise.all(loaded), new Promise((resolve) => setTimeout(resolve, STYLESHEET_WAIT_MS))]);
}

/**
 * The page's head: what both heads hold alike stays (the stylesheet is not loaded again, so no
 * frame goes unstyled; a script already run is not run again), the rest of this head goes, and the
 * rest of the page's comes. Returns what came.
 */
function swapHead(page: Document): Element[] {
  const incoming = [...page.head.children];
  for (const element of [...document.head.children]) {
    const same = incoming.findIndex((candidate) => candidate.isEqualNode(element));
    if (same === -1) element.remove();
    else incoming.splice(same, 1);
  }
  const added = incoming.map((element) => document.adoptNode(element));
  document.head.append(...added);
  return added;
}

/**
 * Runs the scripts that came with the page: a parsed page's never run, so each is replaced by a new
 * one, in document order (`async = false`), as a navigation would run them; the section's policy
 * still decides.
 */
function runScripts(from: Element[]): void {
  const scripts = from.flatMap((element) => [
    ...(element instanceof HTMLScriptElement ? [element] : []),
    ...element.querySelectorAll('script'),
  ]);
  for (const script of scripts) {
    const type = script.getAttribute('type');
    if (type !== null && type !== 'module' && type !== 'text/javascript') continue; // data, not code
    const fresh = document.createElement('script');
    for (const { name, value } of script.attributes) fresh.setAttribute(name, value);
    fresh.textContent = script.textContent;
    fresh.async = false;
    script.replaceWith(fresh);
  }
}

/**
 * Says the new page's title to a screen reader, as a navigation would have; politely, so that a
 * page's own live status (the search's result count) is not cut off. Gone once said.
 */
function announce(title: string): void {
  const region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  document.body.append(region);
  setTimeout(() => (region.textContent = title), 100); // once the region is known, or nothing is said
  setTimeout(() => region.remove(), 5_000);
}
