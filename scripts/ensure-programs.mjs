/**
 * Makes sure the programs the e2e tests open our files with are here: a Chromium (the system's or
 * Playwright's own), LibreOffice Impress (`soffice`, to open the PowerPoint files) and Poppler
 * (`pdftotext`, to read back what it printed). As root it installs Debian's packages with apt;
 * otherwise it stops and says exactly what to install.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

function run(command, args) {
	console.log(`ensure-programs: ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function hasCommand(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** What each missing program takes to install, as Debian names it. */
function missing() {
	return [
		...(findChromium() === undefined ? ['chromium'] : []),
		...(hasCommand('soffice') ? [] : ['libreoffice-impress']),
		...(hasCommand('pdftotext') ? [] : ['poppler-utils'])
	];
}

let packages = missing();
if (packages.length === 0) process.exit(0);

if (process.getuid?.() === 0 && hasCommand('apt-get')) {
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', ...packages]);
	packages = missing();
}
if (packages.includes('chromium') && run('npx', ['playwright', 'install', 'chromium'])) {
	packages = missing();
}
if (packages.length === 0) process.exit(0);

console.error(`
ensure-programs: the browser tests open exported files in the programs readers use, and these
are missing: ${packages.join(', ')}. Install them, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install ${packages.join(' ')}
  - for Chromium, also: npx playwright install chromium, or point CHROMIUM_PATH at a Chromium or Chrome.
`);
process.exit(1);
