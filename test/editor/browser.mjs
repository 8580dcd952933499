// Headless Debian Chromium through playwright-core: shared by the test launcher and the UI
// checks.
import { chromium as playwrightChromium } from 'playwright-core';
import { chromium } from './paths.mjs';

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  // The machine has no internet: these stop Chromium's own background connections.
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh persistent context in profileDir; options go to launchPersistentContext. */
export function launchChromium(profileDir, options = {}) {
  return playwrightChromium.launchPersistentContext(profileDir, {
    executablePath: chromium, headless: true, args: chromiumArgs,
    // Playwright's own handlers would exit before code-server is stopped.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    ...options,
  });
}
