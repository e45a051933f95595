/**
 * A chart of both ways: for each whole year, one direction's column above the line and the
 * other's below it, each the value its sources state (the one shown first where they differ) or,
 * where none does, the one worked out from two figures of one article (trade-derived.ts); and the
 * balance between them where one article gives both, as stated or worked out. Years no article
 * covers stay empty.
 */
import type { DerivedFigure } from '../../data/derived';
import type { Figure, FigureGroup } from '../../data/schema';
import { splitDirection } from '../../data/trade-derived';
import type { Indicator } from '../../data/vocabulary';
import { chartText, derivedLabels, indicatorLabels } from '../../i18n/text';
import { rowFromDerived, rowFromFigure, type ChartRow } from '../rows';
import { markOf, markOfRow, yearSeries, type YearColumn, type YearSlot } from './year-series';

/** A direction of a year: its sources' figures, or the value worked out in their place. */
interface Side {
	slot?: YearSlot;
	derived?: DerivedFigure;
	/** The article it comes from: where one gives both sides, their balance can be marked. */
	source: string;
}

export interface BothWays {
	columns: YearColumn[];
	rows: ChartRow[];
	/** Each year in words: its two sides and their balance. */
	texts: string[];
	/** The figures drawn or worked from: the chart cites their sources. */
	cited: Figure[];
	/** Ids of the figures drawn: where sources differ on one, the chart lists them. */
	shown: string[];
}

const BALANCE_KINDS = new Set(['surplus_from_directions', 'surplus_from_turnover']);

export function bothWays(
	[up, down]: [Indicator, Indicator],
	balance: Indicator,
	/** The two directions' names. */
	names: [string, string],
	{
		figures,
		record,
		derived,
		groups
	}: { figures: Figure[]; record: Figure[]; derived: DerivedFigure[]; groups: FigureGroup[] }
): BothWays {
	const byId = new Map(record.map((f) => [f.id, f]));
	const articleOf = (d: DerivedFigure) => byId.get(d.inputs[0] ?? '')?.source ?? '';
	const stated = (indicator: Indicator) =>
		new Map(yearSeries(figures, groups, indicator).map((s) => [s.year, s]));
	const worked = (indicator: Indicator) =>
		new Map(
			derived.filter((d) => splitDirection[d.kind] === indicator).map((d) => [Number(d.period), d])
		);
	const [upStated, downStated, upWorked, downWorked] = [
		stated(up),
		stated(down),
		worked(up),
		worked(down)
	];
	const balanceStated = stated(balance);
	const side = (year: number, s: Map<number, YearSlot>, w: Map<number, DerivedFigure>) => {
		const slot = s.get(year);
		if (slot?.shown) return { slot, source: slot.shown.source } satisfies Side;
		const d = w.get(year);
		return d ? ({ derived: d, source: articleOf(d) } satisfies Side) : undefined;
	};
	const years = [...upStated.values(), ...downStated.values()]
		.filter((s) => s.shown)
		.map((s) => s.year)
		.concat([...upWorked.keys(), ...downWorked.keys()]);
	if (!years.length) return { columns: [], rows: [], texts: [], cited: [], shown: [] };

	const columns: YearColumn[] = [];
	const rows: ChartRow[] = [];
	const texts: string[] = [];
	const cited: Figure[] = [];
	const shown: string[] = [];
	const sideRows = (year: number, what: string, x?: Side) => {
		if (x?.derived) return [rowFromDerived(x.derived, `${year}, ${what}`)];
		return (x?.slot?.figures ?? []).map((f, i) =>
			rowFromFigure(
				f,
				i === 0 ? `${year}, ${what}` : `${chartText.years.alsoReported(year)}, ${what}`
			)
		);
	};
	for (let year = Math.min(...years); year <= Math.max(...years); year++) {
		const [a, b] = [side(year, upStated, upWorked), side(year, downStated, downWorked)];
		// One article's both sides, and its balance: never a balance across articles.
		const article = a && b && a.source === b.source ? a.source : undefined;
		const statedBalance = balanceStated.get(year)?.shown;
		const workedBalance = derived.find(
			(d) => BALANCE_KINDS.has(d.kind) && d.period === String(year) && articleOf(d) === article
		);
		const balanceRow = !article
			? undefined
			: statedBalance?.source === article
				? rowFromFigure(statedBalance, `${year}, ${indicatorLabels[balance]}`)
				: workedBalance &&
					rowFromDerived(workedBalance, `${year}, ${derivedLabels[workedBalance.kind].label}`);
		const [upRows, downRows] = [sideRows(year, names[0], a), sideRows(year, names[1], b)];
		const [upMark, downMark] = [a, b].map((x) =>
			x?.slot ? markOf(x.slot) : x?.derived && markOfRow(rowFromDerived(x.derived, ''))
		);
		columns.push({
			year,
			...(upMark ? { up: upMark } : {}),
			...(downMark ? { down: downMark } : {}),
			...(balanceRow
				? { balance: { value: -balanceRow.value, derived: balanceRow.kind === 'derived' } }
				: {}),
			targets: []
		});
		rows.push(...upRows, ...downRows, ...(balanceRow ? [balanceRow] : []));
		const workedFrom = [
			a?.derived,
			b?.derived,
			balanceRow?.kind === 'derived' ? workedBalance : undefined
		]
			.flatMap((d) => d?.inputs ?? [])
			.flatMap((id) => byId.get(id) ?? []);
		cited.push(
			...[a, b].flatMap((x) => x?.slot?.figures ?? []),
			...workedFrom,
			...(balanceRow?.kind === 'derived' || !statedBalance || !balanceRow ? [] : [statedBalance])
		);
		shown.push(
			...[a, b].flatMap((x) => x?.slot?.shown?.id ?? []),
			...(balanceRow && balanceRow.kind !== 'derived' ? [balanceRow.figureId] : [])
		);
		const said = [
			upRows[0] && `${names[0]} ${upRows[0].valueText}`,
			downRows[0] && `${names[1]} ${downRows[0].valueText}`,
			balanceRow && `${balanceRow.label.slice(`${year}, `.length)}: ${balanceRow.valueText}`
		].filter(Boolean);
		texts.push(`${year}: ${said.join('; ') || chartText.years.noFigure}`);
	}
	return { columns, rows, texts, cited: [...new Set(cited)], shown };
}
