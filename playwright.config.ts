import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

const executablePath = findChromium() ?? undefined;
// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const base = process.env.BASE_PATH ?? '';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	// Chart baselines live beside the tests, one file per chart and width, for every platform alike:
	// fonts are bundled and the browser is Debian's Chromium, so pixels agree across machines.
	snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
	expect: {
		toHaveScreenshot: { maxDiffPixels: 50, animations: 'disabled', caret: 'hide' }
	},
	use: {
		baseURL: `http://localhost:${port}${base}/`,
		browserName: 'chromium',
		// The service worker precaches the whole site on a first visit: only the offline test needs
		// it, and in every other test it would only add load.
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			// The machine has no network: keep Chromium from reaching for Google's services.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	webServer: {
		// Serves the prerendered pages and assets of the last `npm run build`.
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
