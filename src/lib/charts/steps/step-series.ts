/**
 * Series of a stock over time, one per ledger (whose statistics), for step lines: each point is
 * the value shown first for its date; figures that name no ledger stay loose points.
 */
import { groupOf, membersInOrder } from '../../data/groups';
import type { Figure, FigureGroup } from '../../data/schema';
import type { Indicator } from '../../data/vocabulary';

export type Ledger = 'vn' | 'la' | 'none';

export interface StepPoint {
	/** Years, fractional: Nov 2014 is 2014 + 10/12. */
	x: number;
	figure: Figure;
	ledger: Ledger;
}

/** Decimal year of a period's first day. */
export function decimalYear(f: Figure): number {
	const [y, m] = f.period.start.split('-').map(Number);
	return (y ?? 0) + ((m ?? 1) - 1) / 12;
}

/** Whose ledger a figure is in: its reporter's country, or that of another figure in its group. */
export function ledgerOf(f: Figure, groups: FigureGroup[], figures: Figure[]): Ledger {
	const group = groupOf(groups, f.id);
	const candidates = group ? [f, ...membersInOrder(group, figures)] : [f];
	for (const c of candidates) {
		if (c.reporter.startsWith('vn_')) return 'vn';
		if (c.reporter.startsWith('la_')) return 'la';
	}
	return 'none';
}

/** The points of an indicator's stock, one per group and ledger (the value shown first), in time order. */
export function stepPoints(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): StepPoint[] {
	const own = (f: Figure) => ledgerOf(f, [], figures);
	return figures
		.filter((f) => f.indicator === indicator && f.status === 'cumulative')
		.filter((f) => {
			const group = groupOf(groups, f.id);
			if (!group || group.shown_first === f.id) return true;
			// Another ledger's value in the same group is a point of its own line.
			const first = figures.find((g) => g.id === group.shown_first);
			return own(f) !== 'none' && (!first || own(f) !== ledgerOf(first, groups, figures));
		})
		.map((f) => ({ x: decimalYear(f), figure: f, ledger: ledgerOf(f, groups, figures) }))
		.sort((a, b) => a.x - b.x);
}
