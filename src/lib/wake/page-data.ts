import { unflatten } from 'devalue';

/** A node of SvelteKit's `__data.json`: a layout's or the page's server data, flattened. */
interface DataNode {
	type: 'data';
	data: number | unknown[];
	uses?: unknown;
}
type Node = DataNode | { type: 'skip' | 'error' } | null;

/** The page's server data on its way: fetched at the first move, decoded as the app starts. */
export interface PageData {
	arriving: Promise<{ nodes: Node[] }>;
	/** What SvelteKit hydrates the page with, once decoded. */
	nodes?: Node[];
}

declare global {
	interface Window {
		__pageData?: PageData;
	}
}

/**
 * Asks for the page's server data: SvelteKit's own `__data.json` of the page, which the build
 * writes beside it for the router (and the offline worker keeps). Runs in the page's first script
 * (start.ts writes its source there), so it stands alone.
 */
export function fetchPageData(address: string): void {
	window.__pageData = {
		arriving: fetch(address).then((response) => {
			if (!response.ok) throw new Error(`${address}: ${response.status}`);
			return response.json();
		})
	};
}

/** Decodes the page's data before SvelteKit hydrates with it (from the client's `init`). */
export async function decodePageData(): Promise<void> {
	const page = window.__pageData;
	if (!page) return;
	const { nodes } = await page.arriving;
	page.nodes = nodes.map((node) =>
		node?.type === 'data' ? { ...node, data: unflatten(node.data) } : node
	);
}
