// Small DOM helpers for the element tests.
import { expect, waitUntil } from '@open-wc/testing';

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

/** A CSV export's rows after its byte-order mark, split the simple way (the tests' texts hold no commas). */
export async function csvRows(blob: Blob): Promise<string[][]> {
  return (await blob.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

/** The bytes of a CSV export as text, checked to be a UTF-8 file with a byte-order mark and CRLF line ends. */
export async function csvFileText(blob: Blob): Promise<string> {
  expect(blob.type).to.equal('text/csv;charset=utf-8');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(text.replace(/\r\n/g, '')).not.to.include('\n');
  return text;
}
