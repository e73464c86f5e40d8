// The one Chromium launcher of the browser suites: Debian's Chromium (/usr/bin/chromium, or CHROME_PATH) through
// playwright-core, never a browser a tool downloads, with the flags this closed network needs (.ci/chromium.mjs).
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../../.ci/chromium.mjs';

export { chromiumExecutablePath };

/** Headless Chromium; a launch that takes longer than `timeoutMs` fails instead of hanging the run. */
export function launchChromium(timeoutMs = 30_000): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
    headless: true,
    timeout: timeoutMs,
  });
}

/** The browser's version with the executable it came from, for reports. */
export function describeChromium(browser: Browser): string {
  return `${browser.version()} (${chromiumExecutablePath})`;
}
