import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT, laoLabelFont } from '../../../scripts/lao-label-font';

describe('the Lao face of the language switcher', () => {
	it('is the committed file: run `npm run fonts:label` when the name or Noto Sans Lao changes', async () => {
		expect(Buffer.compare(await laoLabelFont(), readFileSync(LABEL_FONT))).toBe(0);
	});

	it('declares exactly the letters of the name it draws', async () => {
		const { languageNames } = await import('../../../src/lib/i18n/locale');
		const css = readFileSync('src/lib/theme/fonts.css', 'utf8');
		const range = css.match(/'Noto Sans Lao Label'[\s\S]*?unicode-range: ([^;]+);/)?.[1] ?? '';
		const letters = [...new Set(languageNames.lo)]
			.map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`)
			.sort();
		expect(range.split(/,\s*/).sort()).toEqual(letters);
	});
});
