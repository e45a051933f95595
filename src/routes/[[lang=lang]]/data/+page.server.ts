import { builtOn } from '#lib/built.server.ts';
import { dataset } from '#lib/data/dataset.server.ts';
import { newestFigure } from '#lib/data/latest.ts';
import { chartFiles, recordFiles } from '#lib/export/data-package.server.ts';
import { langEntries } from '#lib/nav.ts';
import { siteOrigin } from '#lib/site-origin.ts';

export const entries = langEntries;

export const load = ({ url }) => ({
	charts: chartFiles(),
	records: recordFiles(),
	// Code to copy needs the full address; a build without one says where it goes instead.
	origin: siteOrigin(url),
	built: builtOn,
	dataTo: newestFigure(dataset.figures)?.period.iso ?? ''
});
