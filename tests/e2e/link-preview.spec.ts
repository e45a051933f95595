/**
 * Link previews: every picture the build draws for a chart or the site (build/og) is a 1200×630
 * PNG with its words drawn, not left blank for want of a face: the ink test of the exports.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const pictures = readdirSync('build/og').filter((name) => name.endsWith('.png'));

test('every preview picture is 1200×630 and has ink where its words are', async ({ page }) => {
	test.setTimeout(120_000);
	expect(pictures.length).toBeGreaterThan(40);
	await page.goto('');
	for (const name of pictures) {
		const ink = await page.evaluate(async (src) => {
			const image = new Image();
			image.src = src;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d');
			if (!context) throw new Error('no canvas');
			context.drawImage(image, 0, 0);
			/** Share of dark pixels in a band: the words are dark on white. */
			const dark = (x: number, y: number, w: number, h: number) => {
				const { data } = context.getImageData(x, y, w, h);
				let n = 0;
				for (let i = 0; i < data.length; i += 4)
					if ((data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 128) n++;
				return n / (w * h);
			};
			return {
				size: [image.naturalWidth, image.naturalHeight],
				// The title's first line, and the footer's line (the source and the site's name).
				title: dark(56, 56, 560, 50),
				footer: dark(56, 545, 560, 28)
			};
		}, `og/${name}`);
		expect(ink.size, name).toEqual([1200, 630]);
		expect(ink.title, `${name}: the title is drawn`).toBeGreaterThan(0.03);
		if (!name.startsWith('site.'))
			expect(ink.footer, `${name}: the source line is drawn`).toBeGreaterThan(0.01);
	}
});
