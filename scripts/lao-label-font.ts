/**
 * `npm run fonts:label`: the language switcher's Lao name ("ພາສາລາວ") as a face of its own, cut
 * from Noto Sans Lao. English and Vietnamese pages show no other Lao, and fetched the whole Lao
 * face (8.8 KB, before their first paint) for these five letters; the cut is under 1 KB. A unit
 * test fails when the committed file is not what this script makes (the name or the font changed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { languageNames } from '../src/lib/i18n/locale';

export const LABEL_FONT = 'src/lib/theme/fonts/noto-sans-lao-label-400.woff2';
const SOURCE = 'node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2';

export function laoLabelFont(): Promise<Buffer> {
	return subsetFont(readFileSync(SOURCE), languageNames.lo, { targetFormat: 'woff2' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(LABEL_FONT, await laoLabelFont());
	console.log(`wrote ${LABEL_FONT}`);
}
