/**
 * The house's rooms and doors: imports run one way, data → format → charts → components and
 * routes, never back. A module of an earlier room that imports a later one fails here, with the
 * line that does it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = 'src/lib';
/** Each room, and the rooms after it that it may not import. */
const order = ['data', 'format', 'charts', 'components'] as const;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? files(join(dir, entry.name))
			: /\.(ts|svelte)$/.test(entry.name)
				? [join(dir, entry.name)]
				: []
	);
}

/** The room of an imported path, from a file in `from`. */
function roomOf(specifier: string, from: string): string | undefined {
	const path = specifier.startsWith('#lib/')
		? join(lib, specifier.slice(5))
		: specifier.startsWith('.')
			? relative('.', resolve(from, '..', specifier))
			: undefined;
	if (!path?.startsWith(`${lib}/`)) return undefined;
	return path.slice(lib.length + 1).split('/')[0];
}

describe.each(order.slice(0, -1).map((room, i) => [room, order.slice(i + 1)] as const))(
	'%s',
	(room, later) => {
		it(`imports nothing from ${later.join(', ')}`, () => {
			const back: string[] = [];
			for (const file of files(join(lib, room))) {
				readFileSync(file, 'utf8')
					.split('\n')
					.forEach((line, i) => {
						for (const m of line.matchAll(/from\s+'([^']+)'|import\('([^']+)'\)/g)) {
							const specifier = m[1] ?? m[2];
							const target = specifier && roomOf(specifier, file);
							if (target && (later as readonly string[]).includes(target))
								back.push(`${file}:${i + 1}: ${line.trim()}`);
						}
					});
			}
			expect(back).toEqual([]);
		});
	}
);
