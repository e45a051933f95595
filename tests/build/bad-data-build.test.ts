/**
 * Builds a copy of the project twice: once with a bad row (the build must fail and name the row),
 * once under a sub-path (every link must carry BASE_PATH).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const copies: string[] = [];

function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'vl-dashboard-'));
	copies.push(dir);
	for (const name of ['src', 'data', 'static', 'scripts', 'messages', 'project.inlang'])
		cpSync(join(root, name), join(dir, name), { recursive: true });
	for (const name of ['package.json', 'vite.config.ts', 'tsconfig.json']) {
		copyFileSync(join(root, name), join(dir, name));
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

function build(dir: string, env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run build', { timeout: 120_000 }, () => {
	it('fails on a bad row and names its file, line and column', () => {
		const dir = copyProject();
		copyFileSync(
			join(root, 'tests/fixtures/bad-data/non-numeric-value.figures.csv'),
			join(dir, 'data/figures.csv')
		);
		const result = build(dir);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain(
			'data/figures.csv:3: value: not a number: "1.63bn"'
		);
	});

	it('puts BASE_PATH in front of every link and asset', () => {
		const dir = copyProject();
		const result = build(dir, { BASE_PATH: '/vl' });
		expect(result.status, result.stderr).toBe(0);
		const index = readFileSync(join(dir, 'build/index.html'), 'utf8');
		const hrefs = [...index.matchAll(/(?:href|src)="([^"#]+)"/g)].map((m) => m[1]);
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs) expect(href).toMatch(/^\/vl(\/|$)/);
		// The server data a page fetches as it comes alive (src/lib/wake/start.ts), too.
		const trade = readFileSync(join(dir, 'build/trade.html'), 'utf8');
		const data = /\}\)\("([^"]*\/__data\.json)"\), import\(/.exec(trade)?.[1];
		expect(data).toBe('/vl/trade/__data.json');
		expect(readFileSync(join(dir, 'build/trade/__data.json'), 'utf8')).toMatch(/^\{"type":"data"/);
	});
});
