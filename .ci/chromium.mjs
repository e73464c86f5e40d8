// Debian's Chromium for every browser run (tests, benchmarks, hardening): where it is and the flags it
// needs here. Without the background-networking flags its connections are refused on this closed network.
export const chromiumExecutablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
