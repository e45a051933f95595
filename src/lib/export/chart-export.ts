/**
 * Turns a chart on the page into files: the visible chart SVG of a figure, framed with its words,
 * as SVG or PNG. Loaded only when a reader asks for an image.
 */
import { exportText } from '#lib/i18n/text.ts';
import type { ExportData } from './export-data';
import { embeddedFontCss } from './fonts';
import { asPicture } from '#lib/charts/picture.svelte.ts';
import { buildDrawing } from './registry';
import { loadFacesFor, measureText, svgToPng } from './png';
import { composeSvg, inlineStyles, type Composition } from './svg';

/** The chart SVG the reader sees in a figure (a chart may carry layouts for other widths). */
export function visibleChart(figure: HTMLElement): SVGSVGElement {
	const svgs = [...figure.querySelectorAll<SVGSVGElement>('.chart svg[role="img"]')];
	const shown = svgs.find((svg) => svg.getBoundingClientRect().width > 0);
	if (!shown) throw new Error(`No chart drawn in #${figure.id}`);
	return shown;
}

function token(name: string): string {
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

interface Framed {
	svg: string;
	width: number;
	height: number;
}

/** The words drawn around the chart; all empty for a bare picture of it. */
type Words = Pick<Composition, 'title' | 'subtitle' | 'sourceLine' | 'credit'>;

const framedWords = (data: ExportData): Words => ({
	title: data.title,
	subtitle: data.pictureNote ? `${data.subtitle}. ${data.pictureNote}` : data.subtitle,
	sourceLine: data.sourceLine,
	credit: exportText.credit
});

/**
 * The chart framed by its words. A file (`embedFonts`) carries the faces its text needs; a PNG
 * needs none, as its words are drawn in the page's loaded faces (png.ts).
 */
async function frame(figure: HTMLElement, words: Words, embedFonts: boolean): Promise<Framed> {
	await buildDrawing(figure);
	// Laid out for its width alone while it is copied (no room kept for a narrower screen).
	const { chart, box } = asPicture(() => {
		const shown = visibleChart(figure);
		return { chart: inlineStyles(shown), box: shown.getBoundingClientRect() };
	});
	const description = chart.getAttribute('aria-label') ?? '';
	const text = [chart.textContent, ...Object.values(words)].join(' ');
	await loadFacesFor(text);
	const composition: Composition = {
		...words,
		description,
		colors: { background: token('--bg'), text: token('--text'), muted: token('--muted') },
		fontCss: embedFonts ? await embeddedFontCss(text) : undefined,
		measure: measureText()
	};
	const svg = composeSvg(chart, box.width, box.height, composition);
	const size = svg.match(/<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/);
	return { svg, width: Number(size?.[1] ?? box.width), height: Number(size?.[2] ?? box.height) };
}

export async function chartSvg(figure: HTMLElement, data: ExportData): Promise<Blob> {
	const { svg } = await frame(figure, framedWords(data), true);
	return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

export async function chartPng(
	figure: HTMLElement,
	data: ExportData,
	scale: number
): Promise<Blob> {
	const { svg, width, height } = await frame(figure, framedWords(data), false);
	return svgToPng(svg, width, height, scale);
}

export interface ChartPicture {
	png: Blob;
	/** Size in CSS pixels; the PNG holds `scale` times as many. */
	width: number;
	height: number;
	description: string;
}

/** The chart alone as a PNG, for a slide that sets its own title and source in text. */
export async function chartPicture(figure: HTMLElement, scale: number): Promise<ChartPicture> {
	const bare = { title: '', subtitle: '', sourceLine: '', credit: '' };
	const { svg, width, height } = await frame(figure, bare, false);
	const description = visibleChart(figure).getAttribute('aria-label') ?? '';
	return { png: await svgToPng(svg, width, height, scale), width, height, description };
}
