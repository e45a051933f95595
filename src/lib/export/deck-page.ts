/**
 * A PowerPoint deck of charts on the page: each a native chart where its data suits one, else a
 * sharp picture of the chart as drawn. Loaded only when a reader asks for a deck.
 */
import { formatPeriod, unitWord } from '#lib/format/format.ts';
import type { Locale } from '#lib/i18n/locale.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { presentText, pptxText, site } from '#lib/i18n/text.ts';
import { chartPicture } from './chart-export';
import { deckSlide, nativeBars, type DeckSlide } from './deck';
import { blobDataUrl } from './fonts';
import { buildDeck, type DeckOptions } from './pptx';
import type { PageChart } from './registry';

/** Twice the size on screen: sharp on a projector without making the file heavy. */
const PICTURE_SCALE = 2;

async function slideOf({ figure, data }: PageChart): Promise<DeckSlide> {
	if (nativeBars(data)) return deckSlide(data);
	const picture = await chartPicture(figure, PICTURE_SCALE);
	return deckSlide(data, {
		dataUrl: await blobDataUrl(picture.png),
		width: picture.width,
		height: picture.height,
		altText: picture.description
	});
}

/** What the deck needs of the page's language: its tag, its font and the axis words. */
function deckLanguage(locale: Locale): Pick<DeckOptions, 'lang' | 'font' | 'axisWords'> {
	return {
		lang: { en: 'en-US', vi: 'vi-VN', lo: 'lo-LA' }[locale],
		font: locale === 'lo' ? 'Noto Sans Lao' : 'Noto Sans',
		axisWords: {
			billion: pptxText.billion,
			million: pptxText.million,
			unit: (unit) => unitWord(unit)
		}
	};
}

/** Today in the reader's own calendar, as the site writes dates. */
function today(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return formatPeriod(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

export async function pageDeck(charts: PageChart[], now = new Date()): Promise<Blob> {
	if (!charts.length) throw new Error(pptxText.noCharts);
	const slides: DeckSlide[] = [];
	// One after another: each picture draws onto its own canvas.
	for (const chart of charts) slides.push(await slideOf(chart));
	// How current the deck is: the newest figure of any of its charts.
	const newest = charts
		.flatMap((c) => c.data.newest ?? [])
		.reduce<{ end: string; text: string } | undefined>(
			(a, b) => (!a || b.end > a.end ? b : a),
			undefined
		);
	return buildDeck(slides, {
		title: site.title,
		subtitle: pptxText.deckSubtitle,
		...(newest ? { asOf: presentText.asOf(newest.text) } : {}),
		dateLine: pptxText.exported(today(now)),
		...deckLanguage(getLocale())
	});
}
