import { describe, expect, it } from 'vitest';
import {
	differingGroups,
	membersInOrder,
	shownFirst,
	sourcesDiffer
} from '../../../src/lib/data/groups';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const { figures, groups } = loadDataset(readData());

/** Each group: the figure shown first, its value, and whether the sources say different things. */
const expected: Record<string, [string, number, boolean]> = {
	'trade-2012-exports': ['t4-exports-2012', 421.4e6, true],
	'trade-2012-imports': ['t4-imports-2012', 444.6e6, true],
	'trade-2017': ['t8-trade-2017-customs', 892.9e6, true],
	'trade-2019': ['t13-trade-2019', 1.25e9, true],
	'trade-2020-target': ['g4-trade-target-2020', 4e9, true],
	'trade-2021': ['t17-trade-2021-lao', 1.37e9, true],
	'trade-2022': ['t20-trade-2022', 1.7e9, true],
	'trade-2023': ['trade-turnover-2023', 1.6e9, false],
	'trade-2024': ['t27-trade-2024', 2.2e9, true],
	'trade-2025': ['t27-trade-2025', 2.98e9, true],
	'trade-2016': ['t32-trade-2016', 823e6, true],
	'trade-2021-change': ['t17-change-2021', 33.32, true],
	'trade-2022-change': ['t20-change-2022', 24, true],
	'trade-2024-q1': ['p28-trade-2024-q1', 476.8e6, true],
	'trade-goods-fertiliser-2022-jan-oct': [
		'k9-imports-change-fertiliser-2022-jan-oct-tuyengiao',
		113.8,
		true
	],
	'trade-2025-jan-oct': ['p30-trade-2025-jan-oct', 2.5e9, true],
	'trade-2015-target': ['g2-trade-target-2015', 2e9, false],
	'trade-target-5bn': ['g17-trade-target-5bn', 5e9, false],
	'trade-target-10bn': ['g13-trade-target-10bn', 10e9, false],
	'trade-2022-exports-running': ['x14-exports-2022-jan-aug', 414.5e6, true],
	'trade-2022-imports-running': ['x14-imports-2022-jan-aug', 662e6, true],
	'trade-growth-target-2025': ['g9-growth-target-2025', 10, false],
	'investment-capital-2017-03': ['i13-capital-2017-03', 5.12e9, true],
	'investment-capital-2021': ['i20-capital-2021-12', 5.18e9, true],
	'investment-flow-2021': ['i20-flow-2021', 112.84e6, true],
	'investment-projects-2024': ['investment-projects-to-date', 256, true],
	'investment-capital-2024': ['investment-capital-registered-to-date', 5.5e9, true],
	'investment-realized-2024': ['investment-capital-realized-to-date', 2.8e9, true],
	'investment-new-projects-2024': ['investment-new-projects-2024-jan-jul', 6, false],
	'investment-new-capital-2024': ['investment-new-capital-2024-jan-jul', 36.7e6, true],
	'investment-capital-2024-12': ['i40-capital-2025-04', 5.63e9, true],
	'investment-projects-2024-12': ['i40-projects-2025-04', 267, false],
	'investment-capital-2025-12': ['i42-capital-2025-12', 6.21e9, true],
	// The same 150.3 million for two periods: the same words, so no "sources differ" marker.
	'investment-flow-150-3': ['i25-flow-2024-jan-aug', 150.3e6, false],
	'investment-flow-2025-jan-apr': ['i38-flow-2025-jan-apr-vnindustry', 140.6e6, true],
	'investment-flow-change-2024': ['i35-flow-change-2024', 62.1, true],
	'vinachem-potash': ['i46-capital-vinachem-2025-01', 522.4e6, true],
	'scholarships-2024': ['e5-scholarships-2024', 1120, true],
	'lao-students-2024': ['e17-students-2024', 10000, true],
	'scholarships-2019': ['e28-scholarships-2019', 1200, true],
	'lao-students-2022': ['e14-students-2022-02', 14000, true],
	'vietnamese-students-in-laos': ['e26-vn-students-2019', 290, true],
	'scholarships-2025': ['e33-scholarships-2025', 1160, false],
	'electricity-approved-2023': ['pe12-approved-2023-08', 2689, true],
	'electricity-target-2025': ['pe2-target-2025', 3000, true],
	'electricity-target-2030': ['pe2-target-2030', 5000, true],
	'electricity-target-2030-high': ['pe14-target-2030-8000', 8000, true],
	'border-length': ['border-length', 2069, true],
	'tourism-lao-visitors-2023': ['r1-lao-visitors-2023', 120522, true],
	'tourism-vn-visitors-2023': ['r6-vn-visitors-2023', 837632, true],
	'tourism-vn-visitors-2023-jan-apr': ['r8-vn-visitors-2023-jan-apr', 224461, false],
	'tourism-vn-visitors-2023-h1': ['r9-vn-visitors-2023-h1-xinhua', 398937, true],
	'tourism-vn-visitors-2024-q1': ['r12-vn-visitors-2024-q1', 263160, true],
	'monsoon-line-cost': ['pe31-cost-monsoon-line', 44e6, true],
	'monsoon-line-capacity': ['pe31-capacity-monsoon-line', 2500, true],
	'electricity-contracted-2023': ['pe28-contracted-2023', 2240, true],
	'border-markers-main': ['b4-markers-main-2017', 834, true],
	'border-markers-added': ['b4-markers-added-2017', 168, true]
};

describe('groups of figures that state the same fact', () => {
	it('has an expectation for every group in data/groups.csv', () => {
		expect(groups.map((g) => g.id).sort()).toEqual(Object.keys(expected).sort());
	});

	for (const group of groups) {
		const [id, value, differ] = expected[group.id] ?? ['', 0, false];
		it(`${group.id}: shows ${id} first, keeps all ${group.members.length} values`, () => {
			expect(shownFirst(group, figures)).toMatchObject({ id, value });
			const members = membersInOrder(group, figures);
			expect(members[0]?.id).toBe(id);
			// Nothing is dropped: every member is listed, each once.
			expect(members.map((f) => f.id).sort()).toEqual([...group.members].sort());
			expect(sourcesDiffer(members)).toBe(differ);
		});
	}

	it('tells a page the groups whose sources differ, and only those', () => {
		const differ = Object.entries(expected).flatMap(([group, [, , d]]) => (d ? [group] : []));
		expect(
			differingGroups(groups, figures)
				.map((g) => g.id)
				.sort()
		).toEqual(differ.sort());
	});

	it('keeps the seed figures exactly as stated, even where another value is shown first', () => {
		const seed = figures.find((f) => f.id === 'education-scholarships-per-year');
		expect(seed).toMatchObject({ value: 1000, qualifier: 'more_than', status: 'actual' });
	});
});
