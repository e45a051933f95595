/**
 * An export SVG drawn onto a canvas as a PNG, with every word in it, every time.
 *
 * Drawing the SVG as an image with its faces inlined is not enough: Chromium resolves the image's
 * decode() before the faces inside it have loaded, and draws text in a face still loading as
 * nothing (its block period). Whole PNGs came out without a word, intermittently, on Vietnamese
 * and Lao pages. Nothing outside the image can tell when its faces are ready. So the picture is
 * drawn in two passes: the SVG without its text, as an image (no fonts involved), then each run of
 * text with the canvas's own fillText, in faces this document has loaded (FontFace.load() settles
 * only once a face is ready or has failed), at the place the browser's own SVG layout puts it.
 */
import { exportText } from '#lib/i18n/text.ts';
import { textWidth, type Measure } from '#lib/format/text-width.ts';
import { coversAny, exportFaces, FALLBACK_STACK, type Face } from './fonts';

/** The faces' family names in exports, apart from the page's own (those are `optional`). */
const EXPORT_FAMILY: Record<string, string> = {
	'Noto Sans': 'Export Noto Sans',
	'Noto Sans Lao': 'Export Noto Sans Lao'
};
const quoted = (family: string) => `"${family}"`;
/** The named faces first, then the system faces a failed face falls back to. */
export const RASTER_STACK = [
	...Object.values(EXPORT_FAMILY).map(quoted),
	...Object.keys(EXPORT_FAMILY).map(quoted),
	FALLBACK_STACK
].join(', ');

const loaded = new Map<string, Promise<FontFace | undefined>>();

/** Loads a face once a visit; a face that cannot be had is left out, and its text falls back. */
function loadFace(face: Face): Promise<FontFace | undefined> {
	const key = `${face.family} ${face.weight} ${face.url}`;
	let promise = loaded.get(key);
	if (!promise) {
		const font = new FontFace(EXPORT_FAMILY[face.family] ?? face.family, `url(${face.url})`, {
			weight: String(face.weight),
			unicodeRange: face.range,
			display: 'block'
		});
		document.fonts.add(font);
		promise = font.load().catch((error: unknown) => {
			document.fonts.delete(font);
			console.warn(`Export font ${key} failed, drawn in a system face instead:`, error);
			return undefined;
		});
		loaded.set(key, promise);
	}
	return promise;
}

/** Every face the text needs, loaded (or failed) before a word is drawn. */
export async function loadFacesFor(text: string): Promise<void> {
	await Promise.all(exportFaces.filter((f) => coversAny(f.range, text)).map(loadFace));
}

/**
 * Widths of text in the export faces, as the canvas draws them (load them first: loadFacesFor).
 * The frame's words wrap by it: the estimate runs a few percent short on a long line, enough to
 * push its last word past the picture's edge.
 */
export function measureText(): Measure {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return textWidth;
	return (text, size, bold) => {
		context.font = `${bold ? 600 : 400} ${size}px ${RASTER_STACK}`;
		return context.measureText(text).width;
	};
}

/** A run of text as the browser laid it out: where it starts and ends, and how it is painted. */
interface Run {
	text: string;
	style: CSSStyleDeclaration;
	start: DOMPoint;
	end: DOMPoint;
	transform: DOMMatrix;
	opacity: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function opacityOf(element: Element, root: Element): number {
	let opacity = 1;
	for (let e: Element | null = element; e && e !== root.parentElement; e = e.parentElement) {
		opacity *= Number(getComputedStyle(e).opacity || 1);
	}
	return opacity;
}

/**
 * The text elements that hold words themselves: a <text> of lines holds <tspan>s that do (no
 * chart writes words beside its tspans).
 */
function runs(root: SVGSVGElement): Run[] {
	const toRoot = root.getScreenCTM()?.inverse() ?? new DOMMatrix();
	const out: Run[] = [];
	for (const element of root.querySelectorAll<SVGTextContentElement>('text, tspan')) {
		if (element.querySelector('tspan')) continue;
		const style = getComputedStyle(element);
		const text = collapse(element.textContent ?? '');
		if (!text || style.visibility !== 'visible' || style.display === 'none') continue;
		const count = element.getNumberOfChars();
		if (!count) continue;
		const owner = (element.closest('text') ?? element) as SVGTextElement;
		const screen = owner.getScreenCTM();
		if (!screen) continue;
		out.push({
			text,
			style,
			start: element.getStartPositionOfChar(0),
			end: element.getEndPositionOfChar(count - 1),
			transform: toRoot.multiply(screen),
			opacity: opacityOf(element, root)
		});
	}
	return out;
}

/** One run drawn on the canvas in the document's loaded faces, painted as the SVG paints it. */
function drawRun(context: CanvasRenderingContext2D, run: Run, scale: number) {
	const { style, transform: m } = run;
	context.save();
	context.setTransform(new DOMMatrix().scale(scale).multiply(m));
	const size = parseFloat(style.fontSize) || 12;
	context.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${RASTER_STACK}`;
	context.textBaseline = 'alphabetic';
	context.direction = 'ltr';
	context.globalAlpha = run.opacity;
	// The layout gives where the run starts and ends: anchor the drawing at the same side, so a
	// small difference of width between the two text engines never moves a right-aligned number.
	const anchor = style.textAnchor;
	context.textAlign = anchor === 'end' ? 'right' : anchor === 'middle' ? 'center' : 'left';
	const x =
		anchor === 'end'
			? run.end.x
			: anchor === 'middle'
				? (run.start.x + run.end.x) / 2
				: run.start.x;
	const y = run.start.y;
	const paint = (value: string) => value && value !== 'none' && !value.startsWith('url(');
	const fill = () => {
		if (!paint(style.fill)) return;
		context.fillStyle = style.fill;
		context.globalAlpha = run.opacity * Number(style.fillOpacity || 1);
		context.fillText(run.text, x, y);
	};
	const stroke = () => {
		const width = parseFloat(style.strokeWidth);
		if (!paint(style.stroke) || !width) return;
		context.strokeStyle = style.stroke;
		context.lineWidth = width;
		context.lineJoin = (style.strokeLinejoin as CanvasLineJoin) || 'miter';
		context.globalAlpha = run.opacity * Number(style.strokeOpacity || 1);
		context.strokeText(run.text, x, y);
	};
	// paint-order: stroke first is how labels get their halo.
	if (style.paintOrder.startsWith('stroke')) {
		stroke();
		fill();
	} else {
		fill();
		stroke();
	}
	context.restore();
}

async function imageOf(root: SVGSVGElement): Promise<HTMLImageElement> {
	const bare = root.cloneNode(true) as SVGSVGElement;
	for (const text of bare.querySelectorAll('text, style')) text.remove();
	const markup = new XMLSerializer().serializeToString(bare);
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		return image;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Lays the SVG out in this document, out of sight, so its text can be measured where it sits. */
function mount(svg: string): { root: SVGSVGElement; remove: () => void } {
	const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
	const root = document.importNode(parsed, true) as unknown as SVGSVGElement;
	root.setAttribute('font-family', RASTER_STACK);
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;contain:strict;';
	host.style.width = `${root.getAttribute('width')}px`;
	host.style.height = `${root.getAttribute('height')}px`;
	host.append(root);
	document.body.append(host);
	return { root, remove: () => host.remove() };
}

/** An export SVG document drawn at a chosen scale, as a PNG. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const { root, remove } = mount(svg);
	try {
		await loadFacesFor(root.textContent ?? '');
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error(exportText.noCanvas);
		const words = runs(root);
		const image = await imageOf(root);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		for (const run of words) drawRun(context, run, scale);
		// toDataURL encodes at once; toBlob and convertToBlob wait for the browser to schedule the
		// work (about a second in Chromium after the first export), which a reader feels.
		return dataUrlToBlob(canvas.toDataURL('image/png'));
	} finally {
		remove();
	}
}

function dataUrlToBlob(dataUrl: string): Blob {
	const [head = '', base64 = ''] = dataUrl.split(',');
	const type = head.match(/^data:([^;]+)/)?.[1] ?? 'application/octet-stream';
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Blob([bytes], { type });
}
