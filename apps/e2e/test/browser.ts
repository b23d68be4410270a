import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where screenshots go: apps/e2e/test-results/ (gitignored, kept by CI as artefacts). */
export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/**
 * Debian's Chromium, driven by playwright-core: no browser download, ever. CHROMIUM_PATH
 * overrides the path.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  mkdirSync(resultsDir, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
