/**
 * The two lengths of the Vietnam–Laos border, in words: the official one from data/, and the one
 * measured on the map geometry at build time (derived). The map, its tooltips, its table and its
 * text alternative all read them from here, so they say the same thing.
 */
import type { Figure } from '../../data/schema';
import { formatQualified, formatValue } from '../../format/format';
import { borderText, statusLabels, ui } from '../../i18n/text';

export interface BorderLength {
	key: 'official' | 'measured';
	label: string;
	/** The length in words, with its qualifier ("about …" for the measured one). */
	valueText: string;
	/** "Result" for a sourced figure, "Derived" for the measured one. */
	kind: string;
	/** Anchor on /sources, only where /sources has one. */
	figureId?: string;
	/** How a derived length is computed. */
	method?: string;
}

export function officialLength(figure: Figure): BorderLength {
	return {
		key: 'official',
		label: borderText.officialLabel,
		valueText: formatQualified(figure.value, figure.unit, figure.qualifier),
		kind: statusLabels[figure.status],
		figureId: figure.id
	};
}

/** Rounded to whole km: the geometry is generalised, so decimals would claim false precision. */
export function measuredLength(km: number, radiusKm: number): BorderLength {
	return {
		key: 'measured',
		label: borderText.measuredLabel,
		valueText: formatQualified(Math.round(km), 'km', 'about'),
		kind: ui.derived,
		method: borderText.method(formatValue(radiusKm, 'km'))
	};
}

/** The map's accessible name: both lengths in words. */
export function describeBorderMap(official: BorderLength, measured: BorderLength): string {
	return borderText.mapName(official.valueText, measured.valueText);
}

/** What the tooltip and the live region say for a length. */
export function describeLength(length: BorderLength): string {
	const kind = length.kind.toLowerCase();
	return `${length.label}: ${length.valueText} (${length.method ? `${kind}: ${length.method}` : kind})`;
}
