/** Reads a .pptx back as a reader would see it: each slide's text, its notes, charts and pictures. */
import JSZip from 'jszip';

export interface ReadSlide {
	/** The slide's text, a paragraph a line. */
	text: string;
	notes: string;
	/** The XML of the native charts on the slide. */
	charts: string[];
	/** The pictures on the slide, as paths in the file. */
	images: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of DrawingML paragraphs: the runs of each paragraph, paragraphs on their own lines. */
export function xmlText(xml: string): string {
	return xml
		.replace(/<a:br\/>/g, '\n')
		.replace(/<\/a:p>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
		.trim();
}

const number = (path: string) => Number(/(\d+)\.xml$/.exec(path)?.[1]);

export async function readPptx(bytes: ArrayBuffer | Uint8Array): Promise<ReadSlide[]> {
	const zip = await JSZip.loadAsync(bytes);
	const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
	const slidePaths = Object.keys(zip.files)
		.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
		.sort((a, b) => number(a) - number(b));
	return Promise.all(
		slidePaths.map(async (path) => {
			const rels = await read(path.replace('slides/', 'slides/_rels/') + '.rels');
			// Targets are relative to ppt/slides/ ("../media/x.png") or absolute ("/ppt/charts/c.xml").
			const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) =>
				(m[1] ?? '').replace(/^\.\.\//, 'ppt/').replace(/^\//, '')
			);
			const notesPath = targets.find((t) => t.startsWith('ppt/notesSlides/'));
			return {
				text: xmlText(await read(path)),
				notes: notesPath ? xmlText(await read(notesPath)) : '',
				charts: await Promise.all(targets.filter((t) => t.startsWith('ppt/charts/')).map(read)),
				images: targets.filter((t) => t.startsWith('ppt/media/') && zip.file(t) !== null)
			};
		})
	);
}
