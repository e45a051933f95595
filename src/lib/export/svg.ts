/**
 * A chart as a finished, self-contained SVG: the frame's words (title, subtitle, source, credit)
 * drawn around a copy of the chart, every style resolved and written onto the elements, and
 * nothing that could run or reach out (scripts, event attributes, outside references).
 */
import { textWidth, wrapText, type Measure } from '#lib/format/text-width.ts';
import { FONT_STACK } from './fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties worth carrying from the screen into the file. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'display',
	'visibility'
];

function localUrls(value: string): string {
	return value.replace(/url\(\s*["']?[^"')#]*(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/** A copy of `svg` with each element's computed style written inline and classes dropped. */
export function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((element, i) => {
		const target = to[i];
		if (!target) return;
		const computed = getComputedStyle(element);
		// Computed paint references come back as absolute page URLs; the file keeps only the fragment.
		const style = PROPERTIES.map((p) => [p, localUrls(computed.getPropertyValue(p))])
			.filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
			.map(([p, v]) => `${p}:${v}`)
			.join(';');
		target.setAttribute('style', style);
		target.removeAttribute('class');
	});
	return copy;
}

/**
 * Removes anything that can run or load: script and foreignObject elements, `on…` attributes,
 * and links that leave the file (only `#fragment` references stay).
 */
export function sanitizeSvg(root: Element): Element {
	for (const bad of root.querySelectorAll('script, foreignObject, iframe, object, embed')) {
		bad.remove();
	}
	for (const element of [root, ...root.querySelectorAll('*')]) {
		for (const attribute of [...element.attributes]) {
			const name = attribute.name.toLowerCase();
			const value = attribute.value.trim().toLowerCase();
			const link = name === 'href' || name === 'xlink:href' || name === 'src';
			const outside = /url\(\s*['"]?(?!#)/.test(value);
			if (name.startsWith('on') || (link && !value.startsWith('#')) || outside) {
				element.removeAttribute(attribute.name);
			}
		}
	}
	return root;
}

export interface Composition {
	title: string;
	subtitle: string;
	sourceLine: string;
	credit: string;
	/** The chart's text alternative, kept as the file's <desc>. */
	description: string;
	colors: { background: string; text: string; muted: string };
	/** Extra CSS for the file: the @font-face rules of the faces its text needs, inlined. */
	fontCss?: string;
	/** Widths of text in the faces the picture is drawn in; estimated without it. */
	measure?: Measure;
}

const PAD = 20;
/** Narrow charts (a unit grid) still get room for their title in an export. */
const MIN_CONTENT = 480;
type Line = { text: string; size: number; bold?: boolean; muted?: boolean; gapBefore?: number };

function lines(
	text: string,
	width: number,
	size: number,
	extra: Omit<Line, 'text' | 'size'> = {},
	measure: Measure = textWidth
) {
	return wrapText(text, width, size, extra.bold, measure).map((t, i) => ({
		text: t,
		size,
		...extra,
		gapBefore: i === 0 ? extra.gapBefore : 0
	}));
}

/** The chart copy placed under its title and over its source line, as one SVG document. */
export function composeSvg(
	chart: SVGSVGElement,
	width: number,
	height: number,
	c: Composition
): string {
	const inner = Math.max(width, MIN_CONTENT);
	const measure = c.measure ?? textWidth;
	const head = [
		...lines(c.title, inner, 20, { bold: true }, measure),
		...lines(c.subtitle, inner, 14, { muted: true, gapBefore: 4 }, measure)
	];
	const foot = [
		...lines(c.sourceLine, inner, 12, { muted: true }, measure),
		...lines(c.credit, inner, 11, { muted: true, gapBefore: 2 }, measure)
	];
	const doc = document.createElementNS(SVG_NS, 'svg');
	let y = PAD;
	const write = (line: Line) => {
		y += (line.gapBefore ?? 0) + line.size * 1.35;
		const t = document.createElementNS(SVG_NS, 'text');
		t.setAttribute('x', String(PAD));
		t.setAttribute('y', String(Math.round(y - line.size * 0.3)));
		t.setAttribute('font-size', String(line.size));
		if (line.bold) t.setAttribute('font-weight', '600');
		t.setAttribute('fill', line.muted ? c.colors.muted : c.colors.text);
		t.textContent = line.text;
		doc.append(t);
	};
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', c.colors.background);
	doc.append(background);
	head.forEach(write);
	y += 12;
	chart.setAttribute('x', String(PAD));
	chart.setAttribute('y', String(y));
	chart.setAttribute('width', String(width));
	chart.setAttribute('height', String(height));
	for (const a of ['role', 'aria-label', 'tabindex']) chart.removeAttribute(a);
	chart.setAttribute('overflow', 'visible');
	doc.append(chart);
	y += height + 12;
	foot.forEach(write);
	const total = Math.ceil(y + PAD);
	const full = inner + 2 * PAD;
	doc.setAttribute('xmlns', SVG_NS);
	doc.setAttribute('width', String(full));
	doc.setAttribute('height', String(total));
	doc.setAttribute('viewBox', `0 0 ${full} ${total}`);
	doc.setAttribute('font-family', FONT_STACK);
	const title = document.createElementNS(SVG_NS, 'title');
	title.textContent = c.title;
	const desc = document.createElementNS(SVG_NS, 'desc');
	desc.textContent = `${c.description} ${c.sourceLine}`;
	doc.prepend(title, desc);
	if (c.fontCss) {
		const style = document.createElementNS(SVG_NS, 'style');
		style.textContent = c.fontCss;
		doc.prepend(style);
	}
	sanitizeSvg(doc);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
