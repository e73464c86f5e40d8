// Page: <pk-provider live> with a pk-kpi-gauge, against the reference server (its /api relayed by the page server,
// so the page and its API share one origin, as on an intranet). Each measurement: the page arms a
// MutationObserver on the gauge, asks the bench process to write (an editor client records a new monthly figure of
// the gauge's KPI; the call resolves with the time the write's HTTP response arrived), and takes the time of the
// first paint after the gauge shows a different value. Both times are wall-clock (timeOrigin + now); the page
// first bounds how far its clock and the bench process's can disagree (reported beside the figures).
import { afterPaint, check, exposeBench, stage } from '../../lib/page-harness.js';

declare global {
  interface Window {
    benchToken?(): Promise<string>;
    benchClock?(): Promise<number>;
    benchWrite?(): Promise<number>;
  }
}

/** The part of the provider's public surface the page uses. */
interface ProviderElement extends HTMLElement {
  getToken: (() => string) | undefined;
  connectionState: string | undefined;
}

const wallNow = () => performance.timeOrigin + performance.now();
/** The largest disagreement between the page's clock and the bench process's that the figures tolerate. */
const CLOCK_TOLERANCE_MS = 25;
const WAIT_MS = 15_000;

const valueText = (gauge: HTMLElement) => gauge.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? '';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + WAIT_MS;
  while (!condition()) {
    check(performance.now() < deadline, `${what} within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

exposeBench(async (params) => {
  const { benchToken, benchClock, benchWrite } = window;
  check(benchToken !== undefined && benchClock !== undefined && benchWrite !== undefined, 'the bench bindings exist');
  const [plan, kpi, asOf] = [params.get('plan'), params.get('kpi'), params.get('asOf')];
  check(plan !== null && kpi !== null && asOf !== null, 'the page has plan, kpi and asOf');
  const token = await benchToken();
  await Promise.all([customElements.whenDefined('pk-provider'), customElements.whenDefined('pk-kpi-gauge')]);

  const provider = document.createElement('pk-provider') as ProviderElement;
  provider.setAttribute('base-url', `${location.origin}/api/v1`);
  provider.setAttribute('plan', plan);
  provider.setAttribute('as-of', asOf);
  provider.setAttribute('locale', 'zh-CN');
  provider.setAttribute('live', '');
  provider.getToken = () => token;
  const gauge = document.createElement('pk-kpi-gauge');
  gauge.setAttribute('kpi', kpi);
  provider.append(gauge);
  stage().append(provider);
  await until(() => provider.connectionState === 'connected', 'the change stream is connected');
  await until(() => valueText(gauge) !== '', 'the gauge shows its KPI');

  // The bench's clock is read between `before` and `after` on the page's: the two differ by at most the larger
  // distance from its reading to either. The tightest of five round trips bounds the error of every figure.
  let clockBoundMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round += 1) {
    const before = wallNow();
    const benchTime = await benchClock();
    const after = wallNow();
    clockBoundMs = Math.min(clockBoundMs, Math.max(Math.abs(benchTime - before), Math.abs(after - benchTime)));
  }
  check(
    clockBoundMs <= CLOCK_TOLERANCE_MS,
    `the page's clock agrees with the bench's within ${CLOCK_TOLERANCE_MS} ms (±${clockBoundMs} ms)`,
  );

  return async () => {
    const shown = valueText(gauge);
    const painted = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const now = valueText(gauge);
        if (now === '' || now === shown) return;
        observer.disconnect();
        requestAnimationFrame(() => afterPaint(() => resolve(wallNow())));
      });
      observer.observe(gauge.shadowRoot ?? gauge, { subtree: true, childList: true, characterData: true });
    });
    const respondedAt = await benchWrite();
    const timeout = new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`the gauge did not show the change within ${WAIT_MS} ms`)), WAIT_MS),
    );
    const paintedAt = await Promise.race([painted, timeout]);
    return { ms: paintedAt - respondedAt, extra: { clockBoundMs } };
  };
});
