// Data controller on @lit/task: loads what the element's attributes name through the provider's
// client, aborts stale and disconnected runs, validates standalone data, and turns every outcome
// into one of the states the shared state view renders. Failures never escape into the host page:
// they become the error state plus `pk-error` (and `pk-auth-required` for a 401).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Change, ChangeEntity, PlankitClient } from '@plankit/sdk';
import { clientContext, liveContext, type LiveUpdate } from './context.js';
import { classifyFailure, describeInvalidData, isAbort, type Failure } from './failure.js';
import { AuthRequiredEvent } from './events/auth-required.js';
import { PkErrorEvent } from './events/error.js';
import type { LocalizeController } from './localize.js';
import type { MessageKey } from './i18n/zh-CN.js';

/** Why there is nothing to load yet. */
export type MissingReason = 'not-connected' | 'missing-plan' | 'missing-kpi';

/** Where the element's data comes from right now. */
export type DataSource<A extends readonly unknown[]> =
  | { readonly kind: 'local'; readonly value: unknown }
  | { readonly kind: 'remote'; readonly args: A }
  | { readonly kind: 'missing'; readonly reason: MissingReason };

export type DataState<T> =
  | { readonly kind: 'missing'; readonly reason: MissingReason }
  | { readonly kind: 'loading' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly failure: Failure; readonly error: unknown; readonly retryable: boolean }
  | { readonly kind: 'complete'; readonly value: T };

export interface DataControllerOptions<T, A extends readonly unknown[]> {
  /** What the element asks for, read at every update. */
  source(): DataSource<A>;
  /**
   * Validate standalone data (a property set by the page); throws a ValidationError naming the path.
   * Leave it out when the element's own derivation validates anyway (the SDK's domain functions check
   * their input), so the data is not validated twice; the element then shows that failure itself.
   */
  validate?(value: unknown): T;
  /** Load through the client; the SDK validates responses. */
  load(client: PlankitClient, args: A, signal: AbortSignal): Promise<T>;
  /** Data that loaded fine but has nothing to show. */
  isEmpty?(value: T): boolean;
  /** What is being loaded, for the error title ("KPI “sales-volume”"). */
  subject(): string;
  /**
   * Whether a committed change (from `<pk-provider live>`) concerns the loaded data: the data is then loaded
   * again in the background, the last data staying on screen meanwhile. Without it, only a `reload` does.
   */
  concerns?(change: Change, args: A): boolean;
  /**
   * The short form of `concerns`: any change of this kind of record in the plan the data was loaded for (the
   * first argument, when it is the plan) or county-wide (grid items belong to no plan).
   */
  follows?: ChangeEntity;
}

/** How long a burst of changes is gathered into one reload, in ms. */
const LIVE_COALESCE_MS = 100;

/** Every data controller by element, so `reload()` on an element reaches all of its data. */
const controllersByHost = new WeakMap<HTMLElement, Set<{ reload(): void }>>();

/** Load again, in the background, every remote data of `host` (its controllers'); standalone data is left as is. */
export function reloadAll(host: HTMLElement): void {
  for (const controller of controllersByHost.get(host) ?? []) controller.reload();
}

type Host = ReactiveControllerHost & HTMLElement;

/** The localized sentence for a failure. */
export function describeFailure(localize: LocalizeController, failure: Failure): string {
  switch (failure.kind) {
    case 'network':
      return localize.term('failureNetwork');
    case 'timeout':
      return localize.term('failureTimeout');
    case 'unauthorized':
      return localize.term('failureUnauthorized');
    case 'forbidden':
      return localize.term('failureForbidden');
    case 'not-found':
      return localize.term('failureNotFound');
    case 'rate-limited':
      return localize.term('failureRateLimited', {
        seconds: failure.retryAfter === null ? null : localize.number(failure.retryAfter),
      });
    case 'server':
      return localize.term('failureServer', { status: String(failure.status) });
    case 'http':
      return localize.term('failureHttp', { status: String(failure.status) });
    case 'invalid-data':
      return localize.term('failureInvalidData', { problem: describeInvalidData(localize, failure) });
    case 'malformed':
      return localize.term('failureMalformed');
    case 'unknown':
      return localize.term('failureUnknown', { detail: failure.detail });
  }
}

const MISSING_MESSAGES: Readonly<Record<MissingReason, MessageKey>> = {
  'not-connected': 'stateNotConnected',
  'missing-plan': 'stateMissingPlan',
  'missing-kpi': 'stateMissingKpi',
};

export function missingMessageKey(reason: MissingReason): MessageKey {
  return MISSING_MESSAGES[reason];
}

type LocalResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** The client and the element's arguments of one request. */
type Request = readonly [client: PlankitClient, ...args: readonly unknown[]];

// Object.is, not ===: an argument that is NaN (a bad date's year) must equal itself, or every update would load again.
const sameRequest = (a: Request | null, b: Request | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((item, index) => Object.is(item, b[index])));

export class DataController<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly host: Host;
  private readonly options: DataControllerOptions<T, A>;
  private readonly localize: LocalizeController;
  // Created on the first remote source: standalone data never asks the page for a client.
  private clientConsumer: ContextConsumer<typeof clientContext, Host> | undefined;
  private readonly task: Task<Request, T>;
  // The request of the last update, or null when there was nothing to fetch (standalone data, no client).
  private request: Request | null = null;
  private localInput: unknown;
  private localResult: LocalResult<T> | undefined;
  private pendingReports: unknown[] = [];
  private rerunOnConnect = false;
  // The last data loaded, kept on screen while a background reload runs (and if it fails: offline).
  private shown: { readonly value: T } | undefined;
  private reloading = false;
  private liveConsumer: ContextConsumer<typeof liveContext, Host> | undefined;
  private unsubscribe: (() => void) | undefined;
  private subscribedTo: unknown;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, localize: LocalizeController, options: DataControllerOptions<T, A>) {
    this.host = host;
    this.localize = localize;
    this.options = options;
    // Run by hand, never automatically: standalone data must not start a run (a run with nothing to
    // fetch would still settle a microtask later and ask the host for a second, identical render).
    this.task = new Task<Request, T>(host, {
      autoRun: false,
      task: ([client, ...args], { signal }) => options.load(client, args as unknown as A, signal),
      onComplete: (value) => {
        this.shown = { value };
        this.reloading = false;
      },
      onError: (error) => {
        // A background reload that fails keeps the last data on screen, quietly (the page may be offline).
        if (this.reloading && this.shown !== undefined) {
          this.reloading = false;
          return;
        }
        if (!isAbort(error)) this.pendingReports.push(error);
      },
    });
    host.addController(this);
    let controllers = controllersByHost.get(host);
    if (controllers === undefined) controllersByHost.set(host, (controllers = new Set()));
    controllers.add(this);
  }

  /** The client of the nearest provider, if any (asked for once the element loads remote data). */
  get client(): PlankitClient | undefined {
    return this.clientConsumer?.value;
  }

  /** The provider's client, for a remote source: the first call asks the page (a provider answers at once). */
  private remoteClient(): PlankitClient | undefined {
    this.clientConsumer ??= new ContextConsumer(this.host, { context: clientContext, subscribe: true });
    return this.clientConsumer.value;
  }

  private currentRequest(): Request | null {
    const source = this.options.source();
    if (source.kind !== 'remote') return null;
    const client = this.remoteClient();
    return client === undefined ? null : [client, ...source.args];
  }

  /** Follows the live provider's changes while there is remote data to keep current. */
  private followLive(): void {
    if (this.request === null) {
      this.stopFollowing();
      return;
    }
    this.liveConsumer ??= new ContextConsumer(this.host, { context: liveContext, subscribe: true });
    const feed = this.liveConsumer.value;
    if (feed === this.subscribedTo) return;
    this.stopFollowing();
    this.subscribedTo = feed;
    if (feed !== undefined) this.unsubscribe = feed.subscribe(this.onLiveUpdate);
  }

  private stopFollowing(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
    clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
  }

  private readonly onLiveUpdate = (update: LiveUpdate): void => {
    const request = this.request;
    if (request === null) return;
    const args = request.slice(1);
    const change = update.kind === 'change' ? update.change : undefined;
    const concerned =
      change === undefined ||
      this.options.concerns?.(change, args as unknown as A) === true ||
      (change.entity === this.options.follows && (change.planId === null || change.planId === args[0]));
    if (!concerned || this.liveTimer !== undefined) return;
    // A burst of changes (a colleague's bulk edit) becomes one reload.
    this.liveTimer = setTimeout(() => {
      this.liveTimer = undefined;
      this.reload();
    }, LIVE_COALESCE_MS);
  };

  hostUpdate(): void {
    const request = this.currentRequest();
    if (!sameRequest(request, this.request)) {
      this.request = request;
      // New arguments show the loading state, not the last data of other arguments.
      this.shown = undefined;
      this.reloading = false;
      // Started during the update, so the loading state renders in this same update.
      if (request !== null) void this.task.run(request);
      else if (this.task.status === TaskStatus.PENDING) this.abort('The element no longer loads this data.');
    }
    this.followLive();
  }

  private abort(message: string): void {
    this.task.abort(new DOMException(message, 'AbortError'));
  }

  // Standalone data is validated once per value, synchronously, so it renders in the same update.
  private localState(value: unknown): LocalResult<T> {
    if (this.localResult !== undefined && value === this.localInput) return this.localResult;
    this.localInput = value;
    const { validate } = this.options;
    try {
      this.localResult = { ok: true, value: validate === undefined ? (value as T) : validate(value) };
    } catch (error) {
      this.localResult = { ok: false, error };
      // Reported in hostUpdated: the state is read while rendering.
      this.pendingReports.push(error);
    }
    return this.localResult;
  }

  hostUpdated(): void {
    // Events go out after the render, so listeners see the error state already in place.
    const reports = this.pendingReports;
    this.pendingReports = [];
    for (const error of reports) this.report(error);
  }

  hostConnected(): void {
    if (this.rerunOnConnect) {
      this.rerunOnConnect = false;
      if (this.request !== null) void this.task.run(this.request);
    }
  }

  hostDisconnected(): void {
    this.stopFollowing();
    if (this.task.status === TaskStatus.PENDING) {
      this.rerunOnConnect = true;
      this.abort('The element was removed from the page.');
    }
  }

  get state(): DataState<T> {
    const source = this.options.source();
    switch (source.kind) {
      case 'missing':
        return { kind: 'missing', reason: source.reason };
      case 'local': {
        const result = this.localState(source.value);
        if (!result.ok)
          return { kind: 'error', failure: classifyFailure(result.error), error: result.error, retryable: false };
        return this.completeState(result.value);
      }
      case 'remote':
        break;
    }
    if (this.remoteClient() === undefined) return { kind: 'missing', reason: 'not-connected' };
    // While a background reload runs (or after it failed), the last data stays: focus and scroll stay put.
    if (this.shown !== undefined && this.task.status !== TaskStatus.COMPLETE)
      return this.completeState(this.shown.value);
    switch (this.task.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return { kind: 'loading' };
      case TaskStatus.COMPLETE:
        return this.completeState(this.task.value as T);
      case TaskStatus.ERROR: {
        const error = this.task.error;
        // An aborted run is followed by a new one (reconnection, new arguments): keep showing progress.
        if (isAbort(error)) return { kind: 'loading' };
        return { kind: 'error', failure: classifyFailure(error), error, retryable: true };
      }
    }
  }

  private completeState(value: T): DataState<T> {
    return this.options.isEmpty?.(value) === true ? { kind: 'empty' } : { kind: 'complete', value };
  }

  /** Load again (the Retry button). */
  retry(): void {
    if (this.request !== null) void this.task.run(this.request);
  }

  /**
   * Load again in the background, the last data staying on screen until the new data arrives (a live change,
   * or the element's `reload()`). Without loaded data yet, the same as Retry.
   */
  reload(): void {
    if (this.request === null) return;
    this.reloading = this.shown !== undefined;
    void this.task.run(this.request);
  }

  /** The localized title and sentence of the error state. */
  describe(failure: Failure): { title: string; message: string } {
    return {
      title: this.localize.term('errorTitle', { subject: this.options.subject() }),
      message: describeFailure(this.localize, failure),
    };
  }

  /**
   * Fire `pk-error` (and `pk-auth-required` on 401) for `error` from the host, with the error state's words: for
   * loads, after the render; an element calls it for data it could not turn into a view.
   */
  report(error: unknown): void {
    const failure = classifyFailure(error);
    const { title, message } = this.describe(failure);
    this.host.dispatchEvent(new PkErrorEvent({ error, kind: failure.kind, message: `${title}: ${message}` }));
    if (failure.kind === 'unauthorized') this.host.dispatchEvent(new AuthRequiredEvent({ error }));
  }
}
