import { describe, expect, it } from 'vitest';
import { formatPeriod, formatValue } from '../../../src/lib/format/format';
import {
	formattedText,
	primeTexts,
	recordedTextsBlock,
	recordedTextsJson,
	startRecordingTexts,
	withoutTextsBlock
} from '../../../src/lib/format/texts';

describe('the formatted texts a server render hands to the browser', () => {
	it('records what one render formats, each once, and stops at the hand-over', () => {
		formatValue(1.6e9, 'USD', { locale: 'en' }); // made before the record starts
		startRecordingTexts();
		formatValue(1.6e9, 'USD', { locale: 'en' });
		formatPeriod('2024-01/2024-08', 'en');
		formatPeriod('2024-01/2024-08', 'en');
		const entries = JSON.parse(recordedTextsJson());
		expect(entries).toEqual([
			['en 1600000000 USD ', '1.6 billion USD'],
			['en 2024-01/2024-08', 'Jan – Aug 2024']
		]);
		formatPeriod('2023', 'en');
		expect(recordedTextsJson()).toBe('[]');
	});

	it('cannot close or break the inline block it travels in', () => {
		startRecordingTexts();
		formattedText('test </script><!-- key', () => '</script><script>alert(1)</script>');
		const json = recordedTextsJson();
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual([
			['test </script><!-- key', '</script><script>alert(1)</script>']
		]);
	});

	it('gives the browser the server’s texts instead of making them again', () => {
		primeTexts(JSON.stringify([['en 2099', 'as the server wrote it']]));
		expect(formatPeriod('2099', 'en')).toBe('as the server wrote it');
		expect(formatPeriod('2098', 'en')).toBe('2098');
	});

	it('primes nothing from a missing, broken or foreign block', () => {
		for (const block of [undefined, null, '', '{"en 2097": "x"}', '[["en 2097", 1]]', '[1, "x"]'])
			primeTexts(block);
		expect(formatPeriod('2097', 'en')).toBe('2097');
	});

	it('can be taken out of a page again, and only it', () => {
		startRecordingTexts();
		formatPeriod('2024-01/2024-08', 'en');
		const page = `<p>a</p>${recordedTextsBlock()}<script>start()</script>`;
		expect(withoutTextsBlock(page)).toBe('<p>a</p><script>start()</script>');
		expect(withoutTextsBlock('<p>a</p>')).toBe('<p>a</p>');
	});
});
