// Small DOM helpers for the element tests.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ProviderElement } from '../provider/provider.js';
import type { KpiSelectEvent } from '../shared/events/kpi-select.js';

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

/** A test that shows `subject`, reads one thing from the element and expects a value. */
export type Reading<Subject, E extends Element> = readonly [
  name: string,
  subject: Subject,
  read: (el: E) => unknown,
  expected: unknown,
];

/** One `it` per reading, for the many tests that differ only in what they show and what they read from it. */
export function itReads<Subject, E extends Element>(
  show: (subject: Subject) => Promise<E>,
  readings: ReadonlyArray<Reading<Subject, E>>,
): void {
  for (const [name, subject, read, expected] of readings) {
    it(name, async () => {
      expect(read(await show(subject))).to.equal(expected);
    });
  }
}

/** Readers for `itReads`: an attribute of the element, */
export function attributeOf(name: string): (el: Element) => string | null {
  return (el) => el.getAttribute(name);
}

/** the text of one of its parts, */
export function textOf(name: string): (el: Element) => string {
  return (el) => partText(el, name);
}

/** and how many elements matching `selector` its shadow root holds. */
export function countOf(selector: string): (el: Element) => number | undefined {
  return (el) => el.shadowRoot?.querySelectorAll(selector).length;
}

/** Mounts `template`, a `<pk-provider>` around a `tag` element, and returns both once the element has updated. */
export async function inProvider<E extends Element & { readonly updateComplete: Promise<boolean> }>(
  tag: string,
  template: TemplateResult,
): Promise<{ provider: ProviderElement; el: E }> {
  const provider = await fixture<ProviderElement>(template);
  const el = provider.querySelector(tag) as E;
  await el.updateComplete;
  return { provider, el };
}

/** The `kpiId` of the `pk-kpi-select` that `target` hears once `act` has run (run after the listener is on). */
export async function selectedKpi(target: EventTarget, act: () => unknown): Promise<string> {
  setTimeout(() => void act());
  const event = (await oneEvent(target, 'pk-kpi-select')) as KpiSelectEvent;
  return event.detail.kpiId;
}

/** Focuses a button put just before `el` and presses Tab, so the focus enters `el`; returns that button. */
export async function tabInto(el: Element): Promise<HTMLButtonElement> {
  const before = document.createElement('button');
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  return before;
}

/** The rows of `el`'s CSV export, once the file is checked to be UTF-8 with a byte-order mark and CRLF line ends. */
export async function exportedCsvRows(el: { export(options: { format: 'csv' }): Promise<Blob> }): Promise<string[][]> {
  const blob = await el.export({ format: 'csv' });
  await csvFileText(blob);
  return csvRows(blob);
}
