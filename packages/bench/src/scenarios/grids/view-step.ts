// The zoom and pan steps every pan/zoom variant takes: the zoom-in button's factor, a 40 px drag.
import { check } from '../../lib/page-harness.js';

/** pk-grid-map's zoom-in step (its + button and key). */
export const zoomStep = 1.5;
/** One pointer move of a drag, in CSS pixels. */
export const panStep = { dx: 40, dy: 24 };

export type Step = 'zoom' | 'pan';

export function stepOf(params: URLSearchParams): Step {
  const step = params.get('step');
  check(step === 'zoom' || step === 'pan', `step=${String(step)} is zoom or pan`);
  return step;
}
