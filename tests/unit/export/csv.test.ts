import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toJson } from '../../../src/lib/export/csv';
import type { ExportData } from '../../../src/lib/export/export-data';

const data: ExportData = {
	slug: 'trade-turnover',
	title: 'Trade turnover',
	subtitle: 'USD',
	sourceLine: 'Source: A',
	years: [2023, 2024],
	columns: [
		{ key: 'label', header: 'Row' },
		{ key: 'value', header: 'Value' },
		{ key: 'quote', header: 'Quote' }
	],
	rows: [
		{ label: '2023', value: 1600000000, quote: 'trade turnover in 2023 reached 1.6 billion USD' },
		{ label: 'Tháng 1 – 8, 2024', value: -5, quote: 'it said "about", then, a comma' }
	]
};

describe('CSV', () => {
	it('starts with a byte-order mark, ends lines with CRLF and keeps Vietnamese as written', () => {
		const csv = toCsv(data);
		expect(csv.startsWith('\uFEFFRow,Value,Quote\r\n')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(4);
		expect(csv).toContain('Tháng 1 – 8, 2024');
	});

	it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
		expect(csvCell('it said "about", then')).toBe('"it said ""about"", then"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('plain')).toBe('plain');
	});

	it('neutralises text that a spreadsheet would run as a formula (OWASP)', () => {
		for (const attack of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1']) {
			const cell = csvCell(attack);
			expect(cell.replace(/^"/, ''), JSON.stringify(attack)).toMatch(/^'/);
		}
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
	});

	it('leaves numbers as numbers, negative ones too', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(1600000000)).toBe('1600000000');
		expect(toCsv(data)).toContain('\r\n"Tháng 1 – 8, 2024",-5,');
	});
});

describe('JSON', () => {
	it('keeps numbers typed and carries the chart’s words', () => {
		const parsed = JSON.parse(toJson(data)) as {
			title: string;
			source: string;
			rows: { value: number; label: string }[];
		};
		expect(parsed.title).toBe('Trade turnover');
		expect(parsed.source).toBe('Source: A');
		expect(parsed.rows[0]?.value).toBe(1600000000);
		expect(parsed.rows[1]?.label).toBe('Tháng 1 – 8, 2024');
	});
});
