/**
 * The site's faces for exports: loaded into the page to draw a PNG's words (png.ts), and inlined
 * as data in an SVG file so it shows in the same faces when opened on its own. The files come
 * from this site.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import vi400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vi600 from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url';
import lao400 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2?url';
import lao600 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-600-normal.woff2?url';

// The unicode ranges @fontsource gives these subsets, so each character comes from its file: the
// same faces and ranges as the page's fonts.css (a unit test holds the two together).
const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
	'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const LAO = 'U+0E81-0EDF,U+200C-200D,U+25CC';

const SANS = 'Noto Sans';
const SANS_LAO = 'Noto Sans Lao';

export interface Face {
	family: string;
	weight: number;
	url: string;
	range: string;
}

export const faces: Face[] = [
	{ url: latin400, weight: 400, range: LATIN },
	{ url: latin600, weight: 600, range: LATIN },
	{ url: vi400, weight: 400, range: VIETNAMESE },
	{ url: vi600, weight: 600, range: VIETNAMESE }
].map((face) => ({ ...face, family: SANS }));

/** Lao text is drawn in Noto Sans Lao (about 18 KB for both weights). */
export const laoFaces: Face[] = [
	{ url: lao400, weight: 400, range: LAO },
	{ url: lao600, weight: 600, range: LAO }
].map((face) => ({ ...face, family: SANS_LAO }));

export const exportFaces = [...faces, ...laoFaces];

/**
 * Named system faces for a machine without Noto Sans, or an export whose face could not be had:
 * Segoe UI and Leelawadee UI (Lao) on Windows, Lao UI on older Windows, Arial and DejaVu Sans
 * elsewhere. Never nothing: the generic sans-serif closes the list.
 */
export const FALLBACK_STACK =
	"'Segoe UI', 'Leelawadee UI', 'Lao UI', Arial, 'DejaVu Sans', sans-serif";

/** The export SVG's font list: the site's faces (embedded in the file), then the system's. */
export const FONT_STACK = `'${SANS}', '${SANS_LAO}', ${FALLBACK_STACK}`;

/** Code points of a CSS unicode-range ("U+0000-00FF,U+0131") as [from, to] pairs. */
function ranges(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

/** Whether any character of the text falls in the face's unicode-range. */
export function coversAny(range: string, text: string): boolean {
	const spans = ranges(range);
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (spans.some(([from, to]) => code >= from && code <= to)) return true;
	}
	return false;
}

/** A file as a data: URL, for documents that cannot load anything (an SVG image, a slide). */
export function blobDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

const rules = new Map<string, Promise<string>>();

function faceRule(face: Face): Promise<string> {
	let rule = rules.get(face.url);
	if (!rule) {
		rule = fetch(face.url)
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${face.url}`);
				return response.blob();
			})
			.then(blobDataUrl)
			.then(
				(url) =>
					`@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};` +
					`src:url(${url}) format('woff2');unicode-range:${face.range};}`
			);
		// A face that could not be fetched is tried again by the next export.
		rule.catch(() => rules.delete(face.url));
		rules.set(face.url, rule);
	}
	return rule;
}

/**
 * @font-face rules with the faces the text needs inlined, so the SVG file shows in the site's
 * fonts wherever it is opened on its own; a face that cannot be had is left out (its text falls
 * back to the named system faces).
 */
export async function embeddedFontCss(text: string): Promise<string> {
	const settled = await Promise.allSettled(
		exportFaces.filter((f) => coversAny(f.range, text)).map(faceRule)
	);
	return settled
		.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
		.join('\n');
}
