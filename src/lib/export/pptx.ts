/**
 * Deck slides as a PowerPoint file: a title slide, then one slide per chart with its title,
 * the chart (native and editable, or a picture), the source as a footnote and speaker notes.
 * pptxgenjs is large, so it loads only when a deck is asked for.
 */
import type PptxGenJS from 'pptxgenjs';
import themeCss from '../theme/theme.css?raw';
import { mix, paletteOf, token } from '../theme/palette';
import type { BarKind, DeckBarChart, DeckPicture, DeckSlide } from './deck';

export interface DeckOptions {
	title: string;
	subtitle: string;
	/** "Exported on May 12, 2026 from the dashboard." */
	dateLine: string;
	/** "Figures as of Dec 2025": the newest figure the charts draw. */
	asOf?: string;
	author?: string;
	/** The deck's language as a BCP 47 tag ("lo-LA"): PowerPoint picks its proofing by it. */
	lang?: string;
	/** Noto Sans as on the site (Noto Sans Lao for Lao); PowerPoint substitutes a sans-serif
	 * font where it is not installed, and shapes Lao with the system's own shaper. */
	font?: string;
	/** Words on the value axis: "billion", "million" and the unit's name, in the deck's language. */
	axisWords?: { billion: string; million: string; unit: (unit: DeckBarChart['unit']) => string };
}

const DEFAULTS: Required<Pick<DeckOptions, 'lang' | 'font' | 'axisWords'>> = {
	lang: 'en-US',
	font: 'Noto Sans',
	axisWords: {
		billion: 'billion',
		million: 'million',
		unit: (unit) => (unit === 'count' ? '' : unit)
	}
};
/** How much of the result's colour an estimate's bar keeps: still 3:1 against white. */
const ESTIMATE_TONE = 0.7;
/** The light scheme of the page's palette: slides are printed and projected on white. */
const light = paletteOf(themeCss, 'page', 'light');
/** A token as PowerPoint writes colours: `0A6BB0`. */
const hex = (name: string) => token(light, name).slice(1).toUpperCase();
export const COLOR = { text: hex('--text'), muted: hex('--muted'), line: hex('--line') };
export const BAR_COLOR: Record<BarKind, string> = {
	actual: hex('--mark'),
	cumulative: hex('--mark'),
	partial: hex('--mark-partial'),
	target: hex('--mark-target'),
	// An estimate is not a result: a lighter tone of the result's colour, as the site dots it.
	estimate: mix(token(light, '--mark'), token(light, '--bg'), ESTIMATE_TONE).slice(1).toUpperCase(),
	derived: hex('--mark-derived')
};

/** LAYOUT_16x9 is 10 × 5.625 inches; everything sits inside these margins. */
const W = 10;
const MARGIN = 0.5;
const CHART_TOP = 1.45;
const CHART_BOTTOM = 4.95;
const ASIDE_LINE = 0.3;

type Slide = PptxGenJS.Slide;

type Settings = DeckOptions & typeof DEFAULTS;

function titleSlide(slide: Slide, options: Settings) {
	const box = {
		x: MARGIN,
		w: W - 2 * MARGIN,
		fontFace: options.font,
		lang: options.lang,
		margin: 0
	};
	slide.addText(options.title, {
		...box,
		y: 1.5,
		h: 1.1,
		fontSize: 32,
		bold: true,
		color: COLOR.text
	});
	slide.addText(options.subtitle, { ...box, y: 2.7, h: 0.9, fontSize: 16, color: COLOR.muted });
	if (options.asOf)
		slide.addText(options.asOf, {
			...box,
			y: 3.7,
			h: 0.5,
			fontSize: 18,
			bold: true,
			color: COLOR.text
		});
	slide.addText(options.dateLine, { ...box, y: 4.5, h: 0.4, fontSize: 12, color: COLOR.muted });
}

/** Axis numbers as people read them: "1.5 billion", not 1500000000 (the data keeps the value). */
function axisFormat(chart: DeckBarChart, words: Settings['axisWords']): string {
	const max = Math.max(...chart.bars.map((b) => b.value));
	if (chart.unit === 'USD' && max >= 1e9) return `#,##0.0,,," ${words.billion}"`;
	if (chart.unit === 'USD' && max >= 1e6) return `#,##0,," ${words.million}"`;
	return '#,##0';
}

function addBars(
	pptx: PptxGenJS,
	slide: Slide,
	chart: DeckBarChart,
	title: string,
	h: number,
	options: Settings
) {
	const font = options.font;
	const unitTitle = options.axisWords.unit(chart.unit);
	// A horizontal bar chart draws its first category at the bottom: reverse to read top-down.
	const bars = [...chart.bars].reverse();
	slide.addChart(
		pptx.ChartType.bar,
		[{ name: title, labels: bars.map((b) => b.label), values: bars.map((b) => b.value) }],
		{
			x: MARGIN,
			y: CHART_TOP,
			w: W - 2 * MARGIN,
			h,
			barDir: 'bar',
			barGapWidthPct: 60,
			chartColors: bars.map((b) => BAR_COLOR[b.kind]),
			altText: `${title}: ${chart.bars.map((b) => b.label).join('; ')}`,
			catAxisLabelFontFace: font,
			catAxisLabelFontSize: 12,
			catAxisLabelColor: COLOR.text,
			valAxisLabelFontFace: font,
			valAxisLabelFontSize: 10,
			valAxisLabelColor: COLOR.muted,
			valAxisLabelFormatCode: axisFormat(chart, options.axisWords),
			valAxisMinVal: 0,
			valGridLine: { color: COLOR.line, size: 0.5 },
			showValAxisTitle: unitTitle !== '',
			valAxisTitle: unitTitle,
			valAxisTitleFontFace: font,
			valAxisTitleFontSize: 10,
			valAxisTitleColor: COLOR.muted,
			showLegend: false,
			showValue: false
		}
	);
}

/** The picture scaled to fit the chart area, centred, keeping its proportions. */
function addPicture(slide: Slide, picture: DeckPicture) {
	const boxW = W - 2 * MARGIN;
	const boxH = CHART_BOTTOM - CHART_TOP;
	const scale = Math.min(boxW / picture.width, boxH / picture.height);
	const w = picture.width * scale;
	const h = picture.height * scale;
	slide.addImage({
		data: picture.dataUrl,
		x: MARGIN + (boxW - w) / 2,
		y: CHART_TOP + (boxH - h) / 2,
		w,
		h,
		altText: picture.altText
	});
}

function chartSlide(pptx: PptxGenJS, slide: Slide, s: DeckSlide, options: Settings) {
	const box = {
		x: MARGIN,
		w: W - 2 * MARGIN,
		fontFace: options.font,
		lang: options.lang,
		margin: 0
	};
	slide.addText(s.title, { ...box, y: 0.3, h: 0.55, fontSize: 22, bold: true, color: COLOR.text });
	slide.addText(s.subtitle, {
		...box,
		y: 0.85,
		h: 0.5,
		fontSize: 12,
		color: COLOR.muted,
		valign: 'top',
		fit: 'shrink'
	});
	if (s.chart.kind === 'bar') {
		const asideH = s.chart.aside.length * ASIDE_LINE;
		addBars(pptx, slide, s.chart, s.title, CHART_BOTTOM - CHART_TOP - asideH, options);
		if (asideH) {
			slide.addText(s.chart.aside.join('\n'), {
				...box,
				y: CHART_BOTTOM - asideH,
				h: asideH,
				fontSize: 11,
				color: COLOR.text
			});
		}
	} else {
		addPicture(slide, s.chart);
	}
	slide.addText(s.sourceLine, {
		...box,
		y: 5.05,
		h: 0.4,
		fontSize: 10,
		color: COLOR.muted,
		valign: 'top',
		fit: 'shrink'
	});
	slide.addNotes(s.notes);
}

/** The deck as a .pptx file. */
export async function buildDeck(slides: DeckSlide[], deckOptions: DeckOptions): Promise<Blob> {
	const options: Settings = { ...DEFAULTS, ...deckOptions };
	const { default: PptxGen } = await import('pptxgenjs');
	const pptx = new PptxGen();
	pptx.layout = 'LAYOUT_16x9';
	pptx.title = options.title;
	pptx.subject = options.subtitle;
	pptx.author = options.author ?? options.title;
	pptx.theme = { headFontFace: options.font, bodyFontFace: options.font };
	titleSlide(pptx.addSlide(), options);
	for (const s of slides) chartSlide(pptx, pptx.addSlide(), s, options);
	const bytes = (await pptx.write({ outputType: 'arraybuffer', compression: true })) as ArrayBuffer;
	return new Blob([bytes], {
		type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	});
}
