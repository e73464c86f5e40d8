// Runs in the benchmark pages: the handshake with the runner and the in-page clock (performance.now).
/** One measurement as a page reports it. */
export interface PageSample {
  /** The figure compared across variants: time to the paint that shows the result, or compute time. */
  ms: number;
  /** Time on the main thread in the variant's own code (render call, handler, microtasks after it). */
  scriptMs?: number;
  /** Wall time, before idle waits between frames are taken out. */
  wallMs?: number;
  /** Anything else a scenario reports (objects per second, CSP violations…). */
  extra?: Record<string, number>;
}

export type Measure = () => Promise<PageSample>;

interface BenchHandshake {
  state: 'loading' | 'ready' | 'failed';
  error?: string;
  measure?: Measure;
}

declare global {
  interface Window {
    __bench?: BenchHandshake;
    /** Filled by csp-violations.js, the first script of every page. */
    __cspViolations?: string[];
  }
}

/** Prepares the page (untimed: data, definitions) and publishes the one measurement the runner will take. */
export function exposeBench(prepare: (params: URLSearchParams) => Promise<Measure> | Measure): void {
  const handshake: BenchHandshake = { state: 'loading' };
  window.__bench = handshake;
  Promise.resolve()
    .then(() => prepare(new URLSearchParams(location.search)))
    .then(async (measure) => {
      // Let load-time work (fonts, first layout) settle so it is not billed to the variant.
      await document.fonts.ready;
      await nextPaint();
      await nextPaint();
      handshake.measure = measure;
      handshake.state = 'ready';
    })
    .catch((error: unknown) => {
      handshake.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
      handshake.state = 'failed';
    });
}

/** Runs `callback` in the first task after the current frame has been painted. */
export function afterPaint(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(undefined);
}

/** Resolves just after the next frame is painted. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => afterPaint(() => resolve(performance.now()))));
}

export interface PaintOptions {
  /**
   * Frames until the result is on screen: 1 when the variant draws synchronously (DOM, SVG, Lit, ECharts'
   * setOption), 2 when it draws in its own requestAnimationFrame (Leaflet's canvas renderer).
   */
  frames?: 1 | 2;
}

/**
 * Times `render` from the start of an animation frame to the task after the paint that shows its result.
 * Starting at a frame boundary keeps the 16.7 ms vsync wait out of the figure; for a two-frame variant the
 * idle wait between its frames is taken out too, so only main-thread work and paint are counted.
 */
export function measureToPaint(render: () => unknown, options: PaintOptions = {}): Promise<PageSample> {
  const frames = options.frames ?? 1;
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      let firstPaint: number | null = null;
      let secondFrameStart: number | null = null;
      let scriptEnd = start;
      const finish = () => {
        const end = performance.now();
        const idle = firstPaint !== null && secondFrameStart !== null ? Math.max(0, secondFrameStart - firstPaint) : 0;
        resolve({ ms: end - start - idle, scriptMs: scriptEnd - start, wallMs: end - start });
      };
      // Registered before the variant renders, so it runs first in the second frame, ahead of the variant's drawing.
      if (frames === 2) {
        requestAnimationFrame(() => {
          secondFrameStart = performance.now();
          afterPaint(finish);
        });
      }
      Promise.resolve()
        .then(render)
        .then(() => {
          scriptEnd = performance.now();
          afterPaint(() => {
            firstPaint = performance.now();
            if (frames === 1) finish();
          });
        })
        .catch(reject);
    });
  });
}

/** Times a computation with no paint (a pure function over data). */
export function measureCompute(compute: () => unknown): PageSample {
  const start = performance.now();
  compute();
  const ms = performance.now() - start;
  return { ms, scriptMs: ms };
}

/** The Content-Security-Policy violations seen so far (reported a task after they happen). */
export function cspViolations(): readonly string[] {
  check(window.__cspViolations !== undefined, 'csp-violations.js ran before the page');
  return window.__cspViolations;
}

/** Fails the run with a message when a page did not produce what the scenario expects. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** Whether anything was drawn on a canvas (some pixel not fully transparent). */
export function canvasHasInk(canvas: HTMLCanvasElement): boolean {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0 || canvas.height === 0) return false;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let index = 3; index < pixels.length; index += 4) if (pixels[index] !== 0) return true;
  return false;
}

/** The page's stage: an empty element the variants render into. */
export function stage(): HTMLElement {
  const element = document.getElementById('stage');
  check(element !== null, 'the page has a #stage element');
  return element;
}

/** Adds a stylesheet through the CSSOM (allowed under a strict CSP, unlike inline styles). */
export function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
