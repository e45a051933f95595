// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../src/lib/export/svg';

function parse(markup: string): Element {
	const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
	return doc.documentElement;
}

describe('SVG sanitising', () => {
	const hostile = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
		<script>alert(2)</script>
		<foreignObject><div>html</div></foreignObject>
		<defs><pattern id="hatch"><rect width="4" height="4"/></pattern></defs>
		<rect onclick="alert(3)" style="fill:url(#hatch)" width="10" height="10"/>
		<rect style="fill:url(https://evil.example/x.svg#a)" width="10" height="10"/>
		<image href="https://evil.example/pixel.png"/>
		<a xlink:href="javascript:alert(4)"><text>t</text></a>
		<use href="#hatch"/>
	</svg>`;
	const clean = sanitizeSvg(parse(hostile));
	const markup = new XMLSerializer().serializeToString(clean);

	it('drops scripts, embedded HTML and event attributes', () => {
		expect(clean.querySelectorAll('script, foreignObject')).toHaveLength(0);
		expect(markup).not.toMatch(/\son\w+=/i);
		expect(markup).not.toContain('alert');
	});

	it('drops references that leave the file, keeps the ones inside it', () => {
		expect(markup).not.toContain('evil.example');
		expect(markup).not.toContain('javascript:');
		expect(markup).toContain('url(#hatch)');
		expect(clean.querySelector('use')?.getAttribute('href')).toBe('#hatch');
	});
});
