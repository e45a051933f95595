import { describe, expect, it } from 'vitest';
import { formatPeriod, formatValue } from '../../../src/lib/format/format';
import {
	formattedText,
	primeTexts,
	recordedTextsJson,
	startRecordingTexts
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
		primeTexts([['en 2099', 'as the server wrote it']]);
		expect(formatPeriod('2099', 'en')).toBe('as the server wrote it');
		expect(formatPeriod('2098', 'en')).toBe('2098');
	});
});
