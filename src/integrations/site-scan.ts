import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ContentSet } from '../lib/content/load.ts';
import { LEVEL_PAGES } from '../lib/internal/search-levels.ts';
import { isLevel, LEVELS, TOP_LEVEL, type Level } from '../lib/levels.ts';
import { pageRefs, type PageRefs } from '../lib/links.ts';
import { BLOB_DIR } from '../lib/vault/format.ts';
import { createScanner, internalNeedles, levelNeedles, type Leak, type Secret } from '../lib/vault/leaks.ts';
import type { Withheld } from './internal-assets.ts';
import { siteFiles } from './site-files.ts';

/** What was read of one version of a file: each part worked out when first asked for. */
interface Known {
  /** SHA-256 of the bytes read: a file whose bytes differ is a new version, read afresh. */
  digest: string;
  /** Links, anchors and level of an HTML page. */
  refs?: PageRefs;
  /** Internal text, passwords found in it (gzip undone, as a browser reads Pagefind's files). */
  leaks?: Leak[];
  /** Length of the bytes a browser gets (gzip undone), for the withheld pictures' check. */
  plainSize?: number;
  /** Their SHA-256, worked out only for a file as long as a withheld picture. */
  plainDigest?: string;
  /** Text of records above the level of an internal page below the top level. */
  levelLeaks?: Leak[];
}

/** What to work out of a file. */
interface Wants {
  refs?: boolean;
  leaks?: boolean;
  plainDigest?: boolean;
  levelLeaks?: boolean;
}

const INTERNAL = '/internal/';
const isPage = (path: string) => path.endsWith('.html');
/**
 * Files of a site folder, but for the level pages linked for Pagefind (see LEVEL_PAGES), which the
 * build makes and deletes while the scan answers, and which no reader is served.
 */
const listed = (root: string, folder?: string) => siteFiles(root, folder, [LEVEL_PAGES]);

/**
 * Every reading of a built site's files that the publish steps rely on: the links and anchors of
 * each page (link check, pictures, levels), the leak scan of public files for internal text, the
 * build's passwords and withheld pictures, and the level scan of each internal page below the top
 * level for text of the records above it, which its readers would read (a `biasa` minutes quoting
 * a `rahasia` meeting). A file is known by the SHA-256 of its bytes: each question reads and
 * hashes the files it is about, and works out again only what a changed file needs. So pages may
 * be read early, as Astro writes them (`read`), and every answer is still about the bytes on disk
 * when it is asked; what was read early only saves the work. Files are read one at a time (the
 * site is never held in memory whole); ciphertext under the blob folder is not read.
 */
export class SiteScan {
  readonly #dist: string;
  readonly #scanner: ReturnType<typeof createScanner>;
  readonly #levelScanners = new Map<Level, ReturnType<typeof createScanner>>();
  /**
   * Every file is read into this one buffer (grown when a file is larger): read into buffers of
   * their own, the pages of a 10 000-record site are 250 MB a pass that only a garbage collection
   * gives back, while Pagefind, beside, needs its most memory.
   */
  #buffer = Buffer.allocUnsafe(1 << 20);
  /** Per site folder (the site, and a split build's internal site), path → what is known of it. */
  readonly #known = new Map<string, Map<string, Known>>();

  constructor(dist: string, content: ContentSet, now: Date, secrets: readonly Secret[] = []) {
    this.#dist = dist;
    this.#scanner = createScanner(internalNeedles(content, now), secrets);
    // A level with no record above it (the top, or any level when nothing lies above) is not read.
    for (const level of LEVELS) {
      const needles = level === TOP_LEVEL ? [] : levelNeedles(content, now, level);
      if (needles.length > 0) this.#levelScanners.set(level, createScanner(needles));
    }
  }

  /**
   * Reads pages Astro has just written (their URL paths, "/a/b/" for "/a/b/index.html"), ahead of
   * the questions below: links, and the leak scan or the level scan. A path that is no page, or
   * not there (yet), is left for the questions, which read every file anyway.
   */
  read(urlPaths: readonly string[]): void {
    for (const urlPath of urlPaths) {
      const path = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
      if (!isPage(path)) continue;
      const internal = path.startsWith(INTERNAL);
      try {
        this.#look(this.#dist, path, { refs: true, leaks: !internal, levelLeaks: internal });
      } catch (error) {
        // Not written (yet), or a file at that path ("/a.pdf/" of an endpoint) rather than a page.
        const { code } = error as NodeJS.ErrnoException;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      }
    }
  }

  /**
   * The links, anchors and level of every HTML page there now, by path ("/a/index.html"), in the
   * listing's order. Handed over, not kept: asked again, it parses every page again.
   */
  pages(): Map<string, PageRefs> {
    const pages = new Map<string, PageRefs>();
    for (const { path } of listed(this.#dist).filter(({ path }) => isPage(path))) {
      const known = this.#look(this.#dist, path, { refs: true });
      pages.set(path, known.refs as PageRefs);
      delete known.refs; // 60 MB at 10 000 records, held while Pagefind peaks
    }
    return pages;
  }

  /** What the internal pages there now show of records above their own level (`data-level`). */
  levelLeaks(): Leak[] {
    return listed(this.#dist, 'internal')
      .filter(({ path }) => isPage(path))
      .flatMap(({ path }) => this.#look(this.#dist, path, { refs: true, levelLeaks: true }).levelLeaks ?? []);
  }

  /** Leak-scans the files there now, except those under `skip` (which may still change): a head start for `finish`. */
  scan(skip?: string): void {
    for (const { path } of listed(this.#dist))
      if (!path.startsWith(BLOB_DIR) && (!skip || !path.startsWith(skip)))
        this.#look(this.#dist, path, { leaks: true });
  }

  /**
   * The leaks of every public file there now, in the site and in `internalSite` (a split build's
   * plain files: unlock page, keyring, worker and code are public too), a file changed since an
   * earlier pass scanned again; and every file that is, byte for byte, one of the `withheld`
   * pictures (taken off the public site: shown by internal pages only, or by no page).
   */
  finish(withheld: readonly Withheld[] = [], internalSite?: string): Leak[] {
    const sought = withheld.filter((asset) => !asset.alsoPublic);
    const digests = new Map(sought.map((asset) => [asset.sha256, asset]));
    const sizes = new Set(sought.map((asset) => asset.size)); // most files need no second hash
    return [this.#dist, ...(internalSite ? [internalSite] : [])].flatMap((root) =>
      this.#files(root).flatMap(({ path }) => {
        const { leaks = [], plainSize } = this.#look(root, path, { leaks: true });
        if (plainSize === undefined || !sizes.has(plainSize)) return leaks;
        const asset = digests.get(this.#look(root, path, { plainDigest: true }).plainDigest as string);
        if (!asset) return leaks;
        const why = asset.fate === 'sealed' ? 'shown by internal pages only' : 'shown by no page';
        return [
          ...leaks,
          { file: path, needle: { text: '', source: `${asset.path} (${why})` }, inName: false, whole: true },
        ];
      }),
    );
  }

  /** The files of a site folder that the last pass of the leak scan reads: all but the ciphertext. */
  #files(root: string) {
    return siteFiles(root).filter(({ path }) => !path.startsWith(BLOB_DIR));
  }

  /** The whole of a file, to its end (even if it grew meanwhile), in the shared buffer: valid until the next read. */
  #read(file: string): Buffer {
    const fd = openSync(file, 'r');
    try {
      this.#room(fstatSync(fd).size + 1, 0); // + 1: the read that finds the end needs room too
      for (let length = 0; ;) {
        if (length === this.#buffer.length) this.#room(2 * length, length);
        const read = readSync(fd, this.#buffer, length, this.#buffer.length - length, null);
        if (read === 0) return this.#buffer.subarray(0, length);
        length += read;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Grows the shared buffer to hold `size` bytes, keeping its first `kept`. */
  #room(size: number, kept: number): void {
    if (size <= this.#buffer.length) return;
    const larger = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
    this.#buffer.copy(larger, 0, 0, kept);
    this.#buffer = larger;
  }

  /** Reads one file, and works out what `wants` asks for unless this version's answer is known. */
  #look(root: string, path: string, wants: Wants): Known {
    let files = this.#known.get(root);
    if (!files) this.#known.set(root, (files = new Map()));
    const bytes = this.#read(join(root, path));
    const digest = createHash('sha256').update(bytes).digest('hex');
    let known = files.get(path);
    if (known?.digest !== digest) files.set(path, (known = { digest }));
    let text: string | undefined; // decoded once, when first needed
    const utf8 = () => (text ??= bytes.toString('utf8'));
    if ((wants.refs || wants.levelLeaks) && !known.refs && isPage(path)) known.refs = pageRefs(utf8());
    if (wants.leaks && !known.leaks) {
      const plain = plainBytes(bytes);
      known.leaks = this.#scanner(path, plain === bytes ? utf8() : plain.toString('utf8'));
      known.plainSize = plain.length;
    }
    if (wants.plainDigest && !known.plainDigest) {
      const plain = plainBytes(bytes);
      known.plainDigest = plain === bytes ? digest : createHash('sha256').update(plain).digest('hex');
    }
    if (wants.levelLeaks && !known.levelLeaks) {
      const level = known.refs?.level;
      const scanner = path.startsWith(INTERNAL) && isLevel(level) ? this.#levelScanners.get(level) : undefined;
      known.levelLeaks = scanner ? scanner(path, utf8()) : [];
    }
    return known;
  }
}

/** The bytes a browser reads: gzip undone. */
const plainBytes = (bytes: Buffer): Buffer => (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);

/** The leak report: one line per hit, naming the public file and the internal source. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (leak) =>
        `${leak.file}${leak.inName ? ' (file name)' : ''}: ${leak.whole ? 'is a copy of' : 'contains internal text from'} ${leak.needle.source}`,
    )
    .join('\n');
}
