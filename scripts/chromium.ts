// Debian's Chromium (installed by scripts/ensure-chromium.sh), the one browser of every check: the
// story and chart tests (vitest), the static renderer, the embed tests and the screenshots.
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** How every check starts Chromium: headless, and without the network calls it makes by default. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
} satisfies LaunchOptions;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}
