/**
 * The seed articles (the anchor) and the public record around them; groups of figures that state
 * the same fact. Pure and browser-safe: pages and tests read groups with the same rules.
 */
import type { Figure, FigureGroup, Source } from './schema';

/** Figures from the seed articles (sources with a stored copy): the anchor of every page. */
export function anchorFigures(data: { sources: Source[]; figures: Figure[] }): Figure[] {
	const seeded = new Set(data.sources.filter((s) => s.seed_file).map((s) => s.id));
	return data.figures.filter((f) => seeded.has(f.source));
}

/** The group a figure belongs to, if any (a figure is in one group at most). */
export function groupOf(groups: FigureGroup[], figureId: string): FigureGroup | undefined {
	return groups.find((g) => g.members.includes(figureId));
}

/** The group's figures: the one shown first, then the others in the order the group lists them. */
export function membersInOrder(group: FigureGroup, figures: Figure[]): Figure[] {
	const byId = new Map(figures.map((f) => [f.id, f]));
	const ids = [group.shown_first, ...group.members.filter((id) => id !== group.shown_first)];
	return ids.flatMap((id) => {
		const f = byId.get(id);
		return f ? [f] : [];
	});
}

/** The groups whose sources differ: the facts a page marks "Sources differ". */
export function differingGroups(groups: FigureGroup[], figures: Figure[]): FigureGroup[] {
	const byId = new Map(figures.map((f) => [f.id, f]));
	return groups.filter((g) => sourcesDiffer(g.members.flatMap((id) => byId.get(id) ?? [])));
}

/** The figure a page shows for the group. */
export function shownFirst(group: FigureGroup, figures: Figure[]): Figure | undefined {
	return figures.find((f) => f.id === group.shown_first);
}

/** Whether the members say different things: another value, range, qualifier or status. */
export function sourcesDiffer(members: Figure[]): boolean {
	const said = (f: Figure) => `${f.value}|${f.value_high ?? ''}|${f.qualifier}|${f.status}`;
	return new Set(members.map(said)).size > 1;
}

/** Whose statistics: Vietnam's ledger, Laos', or not named. */
export type Ledger = 'vn' | 'la' | 'none';

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
