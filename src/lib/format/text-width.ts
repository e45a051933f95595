/**
 * Estimated width of a line of text in the site's fonts (Noto Sans, Noto Sans Lao), without a DOM: labels are
 * placed on the server too, where nothing can be measured. Per-character advances in em, a little
 * generous so an estimate errs towards "does not fit" rather than towards clipping.
 */
import { remember } from '../memo';

const NARROW = new Set([..."iljtfrI.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW%—']);

/** Lao vowel and tone marks sit above or below their consonant and take no width of their own. */
const LAO_MARK = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE]/;
const LAO = /[\u0E80-\u0EFF]/;

// Labels are measured many times as charts lay out: look each character up once, by its code.
const advances = new Map<number, number>();

const advance = (code: number) =>
	remember(advances, code, () => charAdvance(String.fromCharCode(code)));

function charAdvance(char: string): number {
	// The second half of a character outside the BMP (an emoji): the first half has its width.
	if (/[\uDC00-\uDFFF]/.test(char)) return 0;
	if (NARROW.has(char)) return 0.3;
	if (WIDE.has(char)) return 0.88;
	if (/[0-9]/.test(char)) return 0.58;
	if (LAO_MARK.test(char)) return 0;
	if (LAO.test(char)) return 0.62;
	// Upper case, Vietnamese capitals with their marks included ("Đ", "Ấ").
	if (char !== char.toLowerCase()) return 0.68;
	return 0.56;
}

/** Width in px of `text` at `fontSize` px; bold text runs about 6% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (let i = 0; i < text.length; i++) em += advance(text.charCodeAt(i));
	return em * fontSize * (bold ? 1.06 : 1);
}

// Made when first needed: building a segmenter is costly, and most pages have no Lao run to break.
let graphemes: Intl.Segmenter | undefined;

const LAO_LEADING_VOWEL = /[\u0EC0-\u0EC4]/;
const LAO_CONSONANT = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/;
// Vowel signs, the spacing vowels after a consonant, the subscript lo and nyo, and tone marks.
const LAO_AFTER_CONSONANT = /[\u0EB0-\u0EBD]|[\u0EC8-\u0ECD]/;

/**
 * A run of Lao cut where a syllable may begin: before a leading vowel (ເ ແ ໂ ໃ ໄ), or before a
 * consonant that a vowel or tone mark follows (or ຫ leading a cluster), never after a leading
 * vowel or ຫ. "ການຮ່ວມມື" → ການ, ຮ່ວມ, ມື; a final consonant stays with its syllable.
 */
export function laoSyllables(run: string): string[] {
	const chars = [...run];
	const pieces: string[] = [];
	let piece = '';
	chars.forEach((char, i) => {
		const before = chars[i - 1] ?? '';
		const after = chars[i + 1] ?? '';
		const starts =
			i > 0 &&
			!LAO_LEADING_VOWEL.test(before) &&
			before !== 'ຫ' &&
			(LAO_LEADING_VOWEL.test(char) ||
				(LAO_CONSONANT.test(char) &&
					(LAO_AFTER_CONSONANT.test(after) || (char === 'ຫ' && LAO_CONSONANT.test(after)))));
		if (starts && piece) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	});
	if (piece) pieces.push(piece);
	return pieces;
}

/**
 * The places a line may break, each piece with what joins it to the one before: a space, or
 * nothing inside a run of Lao too long for a line (Lao writes no spaces between words). Such a run
 * breaks where a syllable may begin (`laoSyllables`), and a syllable too long for a line between
 * letters with their marks: word breaks need a dictionary, and Node's and Chromium's differ, so
 * the server and the browser would wrap the same label differently.
 */
function pieces(text: string, maxWidth: number, fontSize: number, bold: boolean, measure: Measure) {
	return text.split(' ').flatMap((chunk, i) => {
		const joiner = i ? ' ' : '';
		if (!LAO.test(chunk) || measure(chunk, fontSize, bold) <= maxWidth) {
			return [{ text: chunk, joiner }];
		}
		const parts = laoSyllables(chunk).flatMap((syllable) => {
			if (measure(syllable, fontSize, bold) <= maxWidth) return [syllable];
			graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
			return [...graphemes.segment(syllable)].map((g) => g.segment);
		});
		return parts.map((text, j) => ({ text, joiner: j ? '' : joiner }));
	});
}

/** Width in px of a text at a size: the estimate, or a measure of the real faces where they are. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth`; a single long word keeps its line. Widths
 * are estimated unless a `measure` is given.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	bold = false,
	measure: Measure = textWidth
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces(text, maxWidth, fontSize, bold, measure)) {
		const candidate = line ? `${line}${piece.joiner}${piece.text}` : piece.text;
		if (line && measure(candidate, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = piece.text;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
