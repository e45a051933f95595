import { error } from '@sveltejs/kit';
import { dataFileNames, dataFilesOf } from '#lib/export/data-package.server.ts';
import { langEntries } from '#lib/nav.ts';

// Written once at build time, at stable addresses: /data/datapackage.json, /data/figures.csv,
// /data/<chart id>.csv and .json, and the same in /vi/data/ and /lo/data/ with their words.
export const prerender = true;

export const entries = () =>
	langEntries().flatMap(({ lang }) => dataFileNames().map((file) => ({ lang, file })));

export const GET = ({ params }) => {
	const file = dataFilesOf().get(params.file);
	if (!file) error(404, `No file ${params.file}`);
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
