import { describe, expect, it } from 'vitest';
import { membersInOrder, shownFirst, sourcesDiffer } from '../../../src/lib/data/groups';
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
	'investment-capital-2017-03': ['i13-capital-2017-03', 5.12e9, true],
	'investment-capital-2021': ['i20-capital-2021-12', 5.18e9, true],
	'investment-flow-2021': ['i20-flow-2021', 112.84e6, true],
	'investment-projects-2024': ['investment-projects-to-date', 256, false],
	'investment-capital-2024': ['investment-capital-registered-to-date', 5.5e9, true],
	'investment-realized-2024': ['investment-capital-realized-to-date', 2.8e9, true],
	'investment-new-projects-2024': ['investment-new-projects-2024-jan-jul', 6, false],
	'investment-new-capital-2024': ['investment-new-capital-2024-jan-jul', 36.7e6, true],
	'scholarships-2024': ['e5-scholarships-2024', 1120, true],
	'lao-students-2024': ['e17-students-2024', 10000, true],
	'electricity-approved-2023': ['pe12-approved-2023-08', 2689, true],
	'electricity-target-2025': ['pe2-target-2025', 3000, true],
	'electricity-target-2030': ['pe2-target-2030', 5000, true],
	'electricity-target-2030-high': ['pe14-target-2030-8000', 8000, true],
	'border-length': ['border-length', 2069, true]
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

	it('keeps the seed figures exactly as stated, even where another value is shown first', () => {
		const seed = figures.find((f) => f.id === 'education-scholarships-per-year');
		expect(seed).toMatchObject({ value: 1000, qualifier: 'more_than', status: 'actual' });
	});
});
