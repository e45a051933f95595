/**
 * Estimated width of a line of text in the site's font (Noto Sans), without a DOM: labels are
 * placed on the server too, where nothing can be measured. Per-character advances in em, a little
 * generous so an estimate errs towards "does not fit" rather than towards clipping.
 */
const NARROW = new Set([..."iljtfrI.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW%—']);

function advance(char: string): number {
	if (NARROW.has(char)) return 0.3;
	if (WIDE.has(char)) return 0.88;
	if (/[0-9]/.test(char)) return 0.58;
	if (/[A-Z]/.test(char)) return 0.68;
	return 0.56;
}

/** Width in px of `text` at `fontSize` px; bold text runs about 6% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const char of text) em += advance(char);
	return em * fontSize * (bold ? 1.06 : 1);
}

/** Breaks `text` at spaces into lines no wider than `maxWidth`; a single long word keeps its line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
