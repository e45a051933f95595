import { exportText } from '$lib/i18n/text';

/** An SVG document drawn onto a canvas at a chosen scale, as a PNG. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error(exportText.noCanvas);
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		// toDataURL encodes at once; toBlob and convertToBlob wait for the browser to schedule the
		// work (about a second in Chromium after the first export), which a reader feels.
		return dataUrlToBlob(canvas.toDataURL('image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

function dataUrlToBlob(dataUrl: string): Blob {
	const [head = '', base64 = ''] = dataUrl.split(',');
	const type = head.match(/^data:([^;]+)/)?.[1] ?? 'application/octet-stream';
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Blob([bytes], { type });
}
