/**
 * Makes sure a Chromium exists before the e2e tests: the system's or Playwright's own if present;
 * otherwise Debian's `chromium` through apt when running as root, else Playwright's download;
 * otherwise it stops and says exactly what to install.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

function run(command, args) {
	console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function hasCommand(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

if (findChromium() !== undefined) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && hasCommand('apt-get')) {
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', 'chromium']);
	if (findChromium() !== undefined) process.exit(0);
}
if (run('npx', ['playwright', 'install', 'chromium']) && findChromium() !== undefined) {
	process.exit(0);
}

console.error(`
ensure-chromium: no Chromium found, and none could be installed.
Install one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - any system with network:  npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.
`);
process.exit(1);
