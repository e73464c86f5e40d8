// What a test page shows and what it records: the contract between the suites (Node) and pages/harness.ts (browser).
// Types only, so the harness can import them without shipping anything.

/** One element on the page, in its own fixed-width box. */
export interface CaseSpec {
  /** Unique on the page; the box carries it as `data-case`. */
  id: string;
  /** Width of the box in CSS pixels: the element must stay inside it. */
  width: number;
  /** Put the element inside a `<pk-provider>` with these attributes (its token comes from the page session). */
  provider: { attributes: Record<string, string> } | null;
  element: {
    tag: string;
    attributes: Record<string, string>;
    /** Data properties set before the element is connected (standalone mode). */
    properties: Record<string, unknown>;
  };
}

/**
 * Work the page does itself, under its own CSP, after the elements are in place: validate generated
 * retailers with the SDK, or try what a strict CSP must block (to prove the policy is really enforced).
 */
export type PageTask = { kind: 'validate-retailers'; count: number; seed: number } | { kind: 'probe-csp' };

export interface ScenarioSpec {
  id: string;
  title: string;
  lang: string;
  /** Module scripts loaded in this order before the harness (the drop-in bundle, a second copy, the npm build…). */
  scripts: string[];
  /** The Content-Security-Policy header of the page, or null for none. */
  csp: string | null;
  /** Ask the page server for a bearer token (POST /session/{id}) before building the providers. */
  session: boolean;
  /** Events recorded when they reach the document. */
  events: string[];
  cases: CaseSpec[];
  tasks: PageTask[];
}

export interface RecordedEvent {
  type: string;
  /** The `data-case` of the box the event came from, or null. */
  caseId: string | null;
  /** The event's detail, reduced to what JSON can carry (errors become their name and message). */
  detail: unknown;
}

export interface RecordedViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
}

export interface TaskOutcome {
  kind: PageTask['kind'];
  ok: boolean;
  /** Items validated (or probes blocked), milliseconds taken, and what went wrong. */
  count: number;
  ms: number;
  error: string | null;
  /** For probe-csp: each probe and whether the browser blocked it. */
  probes?: Record<string, boolean>;
}

/** What the harness keeps on `window.__harness` for the suites to read. */
export interface HarnessRecord {
  ready: boolean;
  /** Set when building the page failed (the message). */
  failure: string | null;
  errors: string[];
  rejections: string[];
  violations: RecordedViolation[];
  events: RecordedEvent[];
  tasks: TaskOutcome[];
}
