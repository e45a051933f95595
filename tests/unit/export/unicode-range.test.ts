import { describe, expect, it } from 'vitest';
import { coversAny, exportFaces } from '../../../src/lib/export/fonts';

const face = (family: string, text: string) =>
	exportFaces.filter((f) => f.family === family && coversAny(f.range, text)).map((f) => f.weight);

describe('the faces an export needs for its text', () => {
	it('are Latin for English, Latin and Vietnamese for Vietnamese, and Lao for Lao', () => {
		expect(face('Noto Sans', 'Trade 2025')).toEqual([400, 600]);
		expect(
			exportFaces.filter((f) => coversAny(f.range, 'Kim ngạch thương mại')).map((f) => f.family)
		).toEqual(['Noto Sans', 'Noto Sans', 'Noto Sans', 'Noto Sans']);
		expect(face('Noto Sans Lao', 'ມູນຄ່າການຄ້າ')).toEqual([400, 600]);
		expect(face('Noto Sans Lao', 'Trade turnover')).toEqual([]);
	});

	it('read single code points and ranges, in either case', () => {
		expect(coversAny('U+0131', 'ı')).toBe(true);
		expect(coversAny('u+0e81-0edf', 'ລ')).toBe(true);
		expect(coversAny('U+0000-00FF', 'ạ')).toBe(false);
		expect(coversAny('U+0000-00FF', '')).toBe(false);
	});
});
