/** Words a specification names its rows and notes with. */
import type { DerivedFigure, DerivedKind } from '#lib/data/derived.ts';
import type { Figure } from '#lib/data/schema.ts';
import { borderText, chartText, indicatorLabels } from '#lib/i18n/text.ts';
import { derivedNote } from '../frame/frame-content';
import type { TextKey } from './specs';

/** "Registered capital": what an indicator counts, as a row names it (a short label where the
 * chart has one, else the indicator's own). */
export function indicatorLabel(f: Figure): string {
	return chartText.rowLabels[f.indicator] ?? indicatorLabels[f.indicator];
}

/** The notes of the derived figures of some kinds, in the order the kinds are named. */
export function derivedNotes(derived: DerivedFigure[], ...kinds: DerivedKind[]): string[] {
	return kinds.flatMap((kind) => derived.filter((d) => d.kind === kind).map(derivedNote));
}

/** A title or subtitle that names the years a chart covers takes them. */
export type Words = string | ((from: number, to: number) => string);

/** The title and subtitle of a specification's words. */
export function chartWords(key: TextKey): { title: Words; subtitle: Words } {
	return key === 'borderLengths' ? borderText.lengths : chartText[key];
}
