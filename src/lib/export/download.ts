/** The one way a file leaves the site: a Blob handed to the browser's download, named as asked. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser a moment to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
