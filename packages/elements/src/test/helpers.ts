// Small DOM helpers for the element tests.
import { waitUntil } from '@open-wc/testing';

/** The first element of `host`'s shadow root carrying the part `name`. */
export function part(host: Element, name: string): Element | null {
  return host.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/** The visible text of a part, whitespace collapsed. */
export function partText(host: Element, name: string): string {
  return (part(host, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All text of the shadow root, whitespace collapsed. */
export function shadowText(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Wait until `host` shows the part `name` (data loaded, or an error view). */
export async function untilPart(host: Element, name: string): Promise<Element> {
  await waitUntil(() => part(host, name) !== null, `<${host.localName}> never showed part "${name}"`, {
    timeout: 4000,
  });
  return part(host, name) as Element;
}

/** Collect the window errors and unhandled rejections raised while `run` runs (and shortly after). */
export async function windowErrorsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(event.reason);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
