/**
 * A slide has a fixed 16:9 box; a tall chart (the timeline, the map, a table opened with `t`)
 * is zoomed down until the slide's content fits, so nothing is cut off on a projector or on paper.
 * An attachment: it watches the content's size for as long as the slide is presented.
 */
export function fitToBox(box: HTMLElement): () => void {
	const content = box.firstElementChild;
	if (!(content instanceof HTMLElement)) return () => undefined;
	let frame = 0;
	const fit = () => {
		content.style.zoom = '';
		const over = box.scrollHeight / box.clientHeight;
		// Never below half size: past that a slide should be split, not shrunk.
		if (over > 1.005) content.style.zoom = String(Math.max(0.5, 1 / over));
	};
	// Measuring inside the observer's callback would resize what it observes; wait a frame.
	const observer = new ResizeObserver(() => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(fit);
	});
	observer.observe(content);
	return () => {
		cancelAnimationFrame(frame);
		observer.disconnect();
		content.style.zoom = '';
	};
}
