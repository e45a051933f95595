import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faces, laoFaces } from '../../../src/lib/export/fonts';

interface Face {
	family: string;
	weight: number;
	file: string;
	range: string;
}

const key = (f: Face) => `${f.family} ${f.weight} ${f.file} ${f.range}`;

/** The faces the pages declare in fonts.css, but the switcher's cut of Lao (no export draws it). */
function pageFaces(): Face[] {
	const css = readFileSync('src/lib/theme/fonts.css', 'utf8');
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
		.map(([, body = '']) => ({
			family: body.match(/font-family: '([^']+)'/)?.[1] ?? '',
			weight: Number(body.match(/font-weight: (\d+)/)?.[1]),
			file:
				body
					.match(/src: url\('([^']+)'\)/)?.[1]
					?.split('/')
					.pop() ?? '',
			range: body.match(/unicode-range:\s*([^;]+);/)?.[1]?.replace(/\s+/g, '') ?? ''
		}))
		.filter((face) => face.family !== 'Noto Sans Lao Label');
}

describe('the fonts exports embed', () => {
	it('are the faces the pages use, file by file, with the same weights and unicode ranges', () => {
		const embedded = [...faces, ...laoFaces].map((f) => ({
			family: f.family,
			weight: f.weight,
			file: f.url.split('/').pop()?.split('?')[0] ?? '',
			range: f.range
		}));
		const declared = pageFaces();
		expect(declared.length).toBeGreaterThan(0);
		expect(embedded.map(key).sort()).toEqual(declared.map(key).sort());
	});
});
