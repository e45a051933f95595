/**
 * The site's fonts as data: an SVG drawn onto a canvas cannot load anything, so a PNG export
 * embeds the fonts it uses to look as it does on screen. The files come from this site.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import vi400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vi600 from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url';
import lao400 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2?url';
import lao600 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-600-normal.woff2?url';
import type { Locale } from '$lib/i18n/locale';

// The unicode ranges @fontsource gives these subsets, so each character comes from its file: the
// same faces and ranges as the page's fonts.css (a unit test holds the two together).
const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
	'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const LAO = 'U+0E81-0EDF,U+200C-200D,U+25CC';

const SANS = 'Noto Sans';
const SANS_LAO = 'Noto Sans Lao';

export const faces = [
	{ url: latin400, weight: 400, range: LATIN },
	{ url: latin600, weight: 600, range: LATIN },
	{ url: vi400, weight: 400, range: VIETNAMESE },
	{ url: vi600, weight: 600, range: VIETNAMESE }
].map((face) => ({ ...face, family: SANS }));

/** Lao text is drawn in Noto Sans Lao: embedded only in exports from Lao pages (about 18 KB). */
export const laoFaces = [
	{ url: lao400, weight: 400, range: LAO },
	{ url: lao600, weight: 600, range: LAO }
].map((face) => ({ ...face, family: SANS_LAO }));

/** A file as a data: URL, for documents that cannot load anything (an SVG image, a slide). */
export function blobDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

async function dataUrl(url: string): Promise<string> {
	return blobDataUrl(await (await fetch(url)).blob());
}

const cached = new Map<Locale, Promise<string>>();

/** @font-face rules with the fonts a page's language needs inlined; fetched once a visit. */
export function embeddedFontCss(locale: Locale): Promise<string> {
	let css = cached.get(locale);
	if (!css) {
		css = Promise.all(
			(locale === 'lo' ? [...faces, ...laoFaces] : faces).map(
				async (f) =>
					`@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};` +
					`src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`
			)
		).then((rules) => rules.join('\n'));
		cached.set(locale, css);
	}
	return css;
}
