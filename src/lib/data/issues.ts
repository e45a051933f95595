/** A problem in one cell (or row) of a data file, reported as `file:line: column: reason`. */
export interface DataIssue {
	file: string;
	line: number;
	column: string;
	reason: string;
}

export function formatIssue(issue: DataIssue): string {
	return `${issue.file}:${issue.line}: ${issue.column}: ${issue.reason}`;
}

/** Thrown when data/ holds a bad row: the build stops with every issue listed. */
export class DataError extends Error {
	readonly issues: readonly DataIssue[];

	constructor(issues: readonly DataIssue[]) {
		const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
		super(`Bad data (${count}):\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'DataError';
		this.issues = issues;
	}
}
