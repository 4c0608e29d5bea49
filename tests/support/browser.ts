// Real Chromium for browser tests: Debian's package, driven by playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const EXECUTABLE = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function executable(): string {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium not found at ${EXECUTABLE}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return EXECUTABLE;
}

/** Launches headless Chromium, with `args` besides the usual ones, or explains how to install it. */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: executable(), args: [...ARGS, ...args] });
}

/** Launches headless Chromium on a profile kept in `userDataDir`, as a reader's browser keeps it between runs. */
export async function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: executable(), args: ARGS });
}
