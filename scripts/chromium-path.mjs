/**
 * Finds a Chromium for the e2e tests: $CHROMIUM_PATH, then the system's, then Playwright's own.
 * Returns `null` for Playwright's own browser (it needs no executablePath) and `undefined` if none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** @returns {string | null | undefined} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	const system = systemPaths.find((path) => existsSync(path));
	if (system) return system;
	try {
		if (existsSync(chromium.executablePath())) return null;
	} catch {
		// Playwright throws when its browser was never downloaded.
	}
	return undefined;
}
