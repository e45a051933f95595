/**
 * Embedding a chart in another site: the frame alone at `/embed/<chart id>`, and the message it
 * sends its host page so the host can size the frame to its content.
 */

/** The anchors of the two charts drawn by figures of their own, outside the table of specs. */
export const borderMapId = 'chart-border-map';
export const timelineId = 'timeline-chart';

/** The one key of the message an embedded frame posts to its host: its height in CSS pixels. */
export const heightMessageKey = 'vl-dashboard-height';

/**
 * The script a host page may add once, so each of our frames takes the height of its content.
 * It reads only a number under our key, only from our origin, and only for the frame that sent it.
 */
export function hostScript(origin: string): string {
	return `<script>
/* Each embedded chart of the Vietnam–Laos dashboard: its frame takes the height of its content. */
addEventListener('message', function (event) {
  if (event.origin !== ${JSON.stringify(origin)} || !event.data) return;
  var height = event.data[${JSON.stringify(heightMessageKey)}];
  if (typeof height !== 'number' || !(height > 0 && height < 20000)) return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
  }
});
</script>`;
}

/** The frame's code for a host page: full width, a height to start with, a title for screen readers. */
export function iframeCode(src: string, title: string, height: number): string {
	const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
}
