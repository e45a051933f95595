import { newestFigure } from '#lib/data/latest.ts';
import type { Figure } from '#lib/data/schema.ts';
import { reporterLabels, statusLabels } from '#lib/i18n/text.ts';
import { formatFigureValue, formatPeriod, type Locale } from './format';

/** "about 1.7 billion USD, 2022 (Result)", and whose statistics where the data says. */
export function figureDetail(figure: Figure, locale?: Locale): string {
	const base = `${formatFigureValue(figure, { locale })}, ${formatPeriod(figure.period.iso, locale)} (${statusLabels[figure.status]})`;
	return figure.reporter ? `${base}; ${reporterLabels[figure.reporter]}` : base;
}

/** How far `figures` go, as a page writes it ("Dec 2025"): the newest result or stock's period;
 * empty when none is dated. */
export function newestPeriod(figures: Figure[], locale?: Locale): string {
	const newest = newestFigure(figures);
	return newest ? formatPeriod(newest.period.iso, locale) : '';
}
