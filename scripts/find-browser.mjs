// Finds a Chromium that can load an unpacked extension from the command line.
// Branded Google Chrome cannot any more, so it is never picked by itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

const log = (line) => process.stderr.write(`[browser] ${line}\n`);

function playwrightChromium() {
  const { chromium } = require('playwright-core');
  return chromium.executablePath();
}

function tryPlaywrightDownload() {
  log("downloading Playwright's Chromium…");
  const cli = require.resolve('playwright-core/cli');
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status !== 0) log("Playwright's Chromium could not be downloaded here.");
  return result.status === 0;
}

function canUseApt() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const hasSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return hasApt && (isRoot || hasSudo) ? (isRoot ? [] : ['sudo', '-n']) : undefined;
}

function tryAptChromium() {
  const prefix = canUseApt();
  if (!prefix) return false;
  log("installing Debian's chromium package with apt-get…");
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
    return true;
  } catch {
    log('apt-get could not install chromium.');
    return false;
  }
}

const firstExisting = (paths) => paths.find((p) => existsSync(p));

/** CHROME_PATH, else Playwright's Chromium (installed or downloadable), else Debian's chromium package. */
export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const bundled = playwrightChromium();
  if (existsSync(bundled)) return bundled;
  const system = firstExisting(SYSTEM_CHROMIUM);
  if (install && !system && tryPlaywrightDownload() && existsSync(bundled)) return bundled;
  if (system) return system;
  if (install && tryAptChromium()) {
    const installed = firstExisting(SYSTEM_CHROMIUM);
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium that can load an unpacked extension was found. Any one of these works:',
      '  • set CHROME_PATH to a Chromium or Chrome for Testing binary;',
      '  • run `npx playwright-core install chromium` where downloads are allowed;',
      '  • on Debian or Ubuntu: `sudo apt-get install chromium`.',
      'Branded Google Chrome no longer loads unpacked extensions from the command line.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findBrowser());
}
