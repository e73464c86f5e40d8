// Long tasks (over 50 ms, the browser's Long Tasks API) seen while a board is drawn or scrolled, and a fling of
// a column's scroll, frame by frame, that both 10,000-card variants share.
import { nextPaint, type PageSample } from '../../lib/page-harness.js';

/** Starts recording long tasks; `stop` returns how many there were and the longest (0 when none). */
export function recordLongTasks(): { stop(): { longTasks: number; longestTaskMs: number } } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return { longTasks: durations.length, longestTaskMs: Math.max(0, ...durations) };
    },
  };
}

/** Frames a column is scrolled over, and the distance per frame: a quick fling through some 60,000 px. */
export const SCROLL_FRAMES = 40;
export const SCROLL_STEP_PX = 1500;

/**
 * Scrolls `column` by SCROLL_STEP_PX once per frame, SCROLL_FRAMES times, and reports the whole fling (to the
 * paint after its last step) with its long tasks and its slowest frame.
 */
export async function flingColumn(column: HTMLElement): Promise<PageSample> {
  await nextPaint();
  const tasks = recordLongTasks();
  const start = performance.now();
  let last = start;
  let worstFrameMs = 0;
  for (let frame = 0; frame < SCROLL_FRAMES; frame += 1) {
    column.scrollBy(0, SCROLL_STEP_PX);
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    worstFrameMs = Math.max(worstFrameMs, now - last);
    last = now;
  }
  const end = await nextPaint();
  // Long-task entries are queued a task after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { longTasks, longestTaskMs } = tasks.stop();
  return { ms: end - start, wallMs: end - start, extra: { longTasks, longestTaskMs, worstFrameMs } };
}
