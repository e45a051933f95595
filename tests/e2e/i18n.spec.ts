import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatFigureValue } from '../../src/lib/format/format';
import { overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime.js';
import {
	chartText,
	exportText,
	groupText,
	pageTitles,
	pptxText,
	site
} from '../../src/lib/i18n/text';
import { readPptx } from '../unit/export/read-pptx';
import { dataset, expect, expectNoAxeViolations, headingOf, routes, test } from './fixtures';

/** Reads the dashboard's words as a page in `locale` shows them. */
function inLocale<T>(locale: Locale, read: () => T): T {
	overwriteGetLocale(() => locale);
	try {
		return read();
	} finally {
		overwriteGetLocale(() => 'en');
	}
}

const english = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;

/**
 * The English UI text a translated page must not show: each message's fixed text between its
 * placeholders. Pieces of several words are looked for anywhere in the page; one-word messages
 * ("Download", "Source") only as the whole text of a control, header or label, since a word
 * alone may also be part of a name ("Vietnam" in an outlet's name).
 */
function englishPieces(translated: Record<string, string>) {
	const phrases = new Set<string>();
	const words = new Set<string>();
	for (const [key, text] of Object.entries(english)) {
		if (key === '$schema' || translated[key] === text) continue;
		for (const piece of text.split(/\{\w+\}/)) {
			const trimmed = piece.trim().replace(/^[,.:;()–=\s]+|[,.:;()–=\s]+$/g, '');
			if (/^[A-Za-z’']+$/.test(trimmed) && trimmed.length > 2) words.add(trimmed);
			else if (/[A-Za-z]{3,} [A-Za-z]{2,}/.test(trimmed)) phrases.add(trimmed);
		}
	}
	return { phrases: [...phrases], words: [...words] };
}

/** The page's own words: its text and labels, leaving out what is marked as another language
 * (quotes in their source's language, the data's English notes). */
function pageWords(page: Page) {
	return page.evaluate(() => {
		const lang = document.documentElement.lang;
		const body = document.body.cloneNode(true) as HTMLElement;
		for (const el of body.querySelectorAll('[lang]')) {
			if (el.getAttribute('lang') !== lang) el.remove();
		}
		body.querySelectorAll('script, style, noscript').forEach((el) => el.remove());
		const labels = [...body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
			.flatMap((el) =>
				['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? '')
			)
			.filter(Boolean);
		const cells = [
			...body.querySelectorAll('button, th, label, legend, summary, option, a, h1, h2, h3, h4')
		].map((el) => (el.textContent ?? '').trim());
		return { text: `${body.textContent ?? ''}\n${labels.join('\n')}`, cells, labels };
	});
}

for (const locale of ['vi', 'lo'] as const) {
	const translated = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
		string,
		string
	>;
	const { phrases, words } = englishPieces(translated);

	test.describe(`${locale}`, () => {
		for (const route of routes) {
			test(`/${locale}/${route} is in ${locale}: lang, headings, no English UI word, axe`, async ({
				page
			}) => {
				const response = await page.goto(`${locale}/${route}`);
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				const heading = inLocale(locale, () => headingOf(route));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page).toHaveTitle(new RegExp(heading));

				const { text, cells } = await pageWords(page);
				expect(phrases.filter((p) => text.includes(p))).toEqual([]);
				expect(cells.filter((c) => words.includes(c))).toEqual([]);
				// The pages of sources repeat one template hundreds of times, checked in full in English.
				if (!route.startsWith('sources')) await expectNoAxeViolations(page, { only: 'structure' });
			});
		}

		// The pages share the English pages' colours; what only this language has (its footer
		// notice, its longer words in the navigation) is on every page, the overview among them.
		for (const scheme of ['light', 'dark'] as const) {
			test(`/${locale}/ passes axe's colour rules in the ${scheme} scheme`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`${locale}/`);
				await expectNoAxeViolations(page, { only: 'colours' });
			});
		}
	});
}

test('Lao pages, and only they, say their Lao awaits a native speaker’s review', async ({
	page
}) => {
	const notice = inLocale('lo', () => site.laoReview);
	await page.goto('lo/trade');
	await expect(page.getByRole('contentinfo')).toContainText(notice);
	for (const path of ['trade', 'vi/trade']) {
		await page.goto(path);
		await expect(page.getByRole('contentinfo')).toContainText(
			inLocale(path.startsWith('vi') ? 'vi' : 'en', () => site.footer)
		);
		await expect(page.getByRole('contentinfo')).not.toContainText(notice);
		await expect(page.getByRole('contentinfo')).not.toContainText(
			inLocale(path.startsWith('vi') ? 'vi' : 'en', () => site.laoReview)
		);
	}
});

test('English and Vietnamese pages draw the Lao name with its own small face, not all of Lao', async ({
	page
}) => {
	for (const path of ['trade', 'vi/trade']) {
		const fonts: string[] = [];
		const listen = (request: { url(): string }) => {
			if (request.url().endsWith('.woff2')) fonts.push(request.url());
		};
		page.on('request', listen);
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		page.off('request', listen);
		// The cut face is about a kilobyte: it travels inside the stylesheet, no request of its own.
		expect(
			fonts.filter((url) => url.includes('noto-sans-lao')),
			path
		).toEqual([]);
		expect(
			await page.evaluate(() => document.fonts.check('14px "Noto Sans Lao Label"', 'ພາສາລາວ')),
			path
		).toBe(true);
	}
	// A Lao page has the whole face, as its own words need it.
	await page.goto('lo/trade');
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('14px "Noto Sans Lao"', 'ພາສາລາວ'))).toBe(
		true
	);
});

test('the language switcher keeps the page, and every page names its other languages', async ({
	page
}) => {
	await page.goto('trade');
	const alternates = page.locator('link[rel="alternate"][hreflang]');
	await expect(alternates).toHaveCount(4);
	expect(
		await alternates.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
	).toEqual(['en', 'vi', 'lo', 'x-default']);
	expect(await page.locator('link[hreflang="vi"]').getAttribute('href')).toMatch(/\/vi\/trade$/);

	const languages = page.getByRole('navigation', { name: site.languages });
	await languages.getByRole('link', { name: 'Tiếng Việt' }).click();
	await expect(page).toHaveURL(/\/vi\/trade$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		inLocale('vi', () => pageTitles.trade)
	);

	// Keyboard only, from Vietnamese to Lao, and the current language is marked.
	const lao = page
		.getByRole('navigation', { name: inLocale('vi', () => site.languages) })
		.getByRole('link', { name: 'ພາສາລາວ' });
	await lao.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/lo\/trade$/);
	await expect(
		page
			.getByRole('navigation', { name: inLocale('lo', () => site.languages) })
			.getByRole('link', { name: 'ພາສາລາວ' })
	).toHaveAttribute('aria-current', 'true');

	// Links inside a Lao page stay in Lao.
	const nav = page.getByRole('navigation', { name: inLocale('lo', () => site.nav) });
	await nav.getByRole('link', { name: inLocale('lo', () => pageTitles.energy) }).click();
	await expect(page).toHaveURL(/\/lo\/energy$/);
});

test('a Vietnamese page writes numbers and statuses as Vietnamese does', async ({ page }) => {
	await page.goto('vi/trade');
	const figure = dataset.figures.find((f) => f.id === 'trade-turnover-2023');
	expect(figure).toBeDefined();
	if (!figure) return;
	const value = inLocale('vi', () => formatFigureValue(figure));
	expect(value).toBe('1,6 tỷ USD');
	await expect(page.locator('#chart-trade-turnover')).toContainText(value);
	await expect(page.getByText(inLocale('vi', () => groupText.marker)).first()).toBeVisible();
});

test('exports from a Lao page: the CSV’s headers, a PNG with Lao fonts, a deck in Lao', async ({
	page
}) => {
	await page.goto('lo/trade');
	const figure = page.locator('#chart-trade-turnover');
	const button = (name: string) => figure.getByRole('button', { name, exact: true });
	const download = async (name: string) => {
		const [file] = await Promise.all([page.waitForEvent('download'), button(name).click()]);
		return readFileSync((await file.path()) ?? '');
	};

	const csv = (await download(inLocale('lo', () => `${exportText.download} CSV`))).toString('utf8');
	const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '';
	expect(header).toContain(inLocale('lo', () => exportText.columns.period));
	expect(csv).toContain(inLocale('lo', () => formatFigureValue(dataset.figures[0]!)));

	const png = await download(inLocale('lo', () => `${exportText.download} PNG`));
	expect(png.subarray(1, 4).toString()).toBe('PNG');

	const deck = await readPptx(await download(inLocale('lo', () => pptxText.download)));
	expect(deck[0]?.text).toContain(inLocale('lo', () => site.title));
	expect(deck[1]?.text.split('\n')[0]).toBe(inLocale('lo', () => chartText.trade.title));
});
