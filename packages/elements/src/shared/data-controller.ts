// Data controller on @lit/task: loads what the element's attributes name through the provider's
// client, aborts stale and disconnected runs, validates standalone data, and turns every outcome
// into one of the states the shared state view renders. Failures never escape into the host page:
// they become the error state plus `pk-error` (and `pk-auth-required` for a 401).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { PlankitClient } from '@plankit/sdk';
import { clientContext } from './context.js';
import { classifyFailure, isAbort, type Failure } from './failure.js';
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
  /** Validate standalone data (a property set by the page); throws a ValidationError naming the path. */
  validate(value: unknown): T;
  /** Load through the client; the SDK validates responses. */
  load(client: PlankitClient, args: A, signal: AbortSignal): Promise<T>;
  /** Data that loaded fine but has nothing to show. */
  isEmpty?(value: T): boolean;
  /** What is being loaded, for the error title ("KPI “sales-volume”"). */
  subject(): string;
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
      return localize.term('failureInvalidData', { path: failure.path, detail: failure.detail });
    case 'malformed':
      return localize.term('failureMalformed');
    case 'unknown':
      return localize.term('failureUnknown', { detail: failure.detail });
  }
}

export function missingMessageKey(reason: MissingReason): MessageKey {
  switch (reason) {
    case 'not-connected':
      return 'stateNotConnected';
    case 'missing-plan':
      return 'stateMissingPlan';
    case 'missing-kpi':
      return 'stateMissingKpi';
  }
}

type LocalResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

// Marks a run with nothing to fetch, so switching from remote to local aborts the remote run.
const NO_REQUEST = [undefined] as const;

export class DataController<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly host: Host;
  private readonly options: DataControllerOptions<T, A>;
  private readonly localize: LocalizeController;
  private readonly clientConsumer: ContextConsumer<typeof clientContext, Host>;
  private readonly task: Task<readonly unknown[], T>;
  private localInput: unknown = NO_REQUEST;
  private localResult: LocalResult<T> | undefined;
  private pendingReports: unknown[] = [];
  private rerunOnConnect = false;

  constructor(host: Host, localize: LocalizeController, options: DataControllerOptions<T, A>) {
    this.host = host;
    this.localize = localize;
    this.options = options;
    this.clientConsumer = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.task = new Task<readonly unknown[], T>(host, {
      args: () => this.taskArgs(),
      task: async ([client, ...args], { signal }) => {
        if (client === undefined) return initialState;
        return options.load(client as PlankitClient, args as unknown as A, signal);
      },
      onError: (error) => {
        if (!isAbort(error)) this.pendingReports.push(error);
      },
    });
    host.addController(this);
  }

  /** The client of the nearest provider, if any. */
  get client(): PlankitClient | undefined {
    return this.clientConsumer.value;
  }

  private taskArgs(): readonly unknown[] {
    const source = this.options.source();
    const client = this.client;
    if (source.kind !== 'remote' || client === undefined) return NO_REQUEST;
    return [client, ...source.args];
  }

  // Standalone data is validated once per value, synchronously, so it renders in the same update.
  private localState(value: unknown): LocalResult<T> {
    if (value === this.localInput && this.localResult !== undefined) return this.localResult;
    this.localInput = value;
    try {
      this.localResult = { ok: true, value: this.options.validate(value) };
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
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.rerunOnConnect = true;
      this.task.abort(new DOMException('The element was removed from the page.', 'AbortError'));
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
    if (this.client === undefined) return { kind: 'missing', reason: 'not-connected' };
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
    void this.task.run();
  }

  /** The localized title and sentence of the error state. */
  describe(failure: Failure): { title: string; message: string } {
    return {
      title: this.localize.term('errorTitle', { subject: this.options.subject() }),
      message: describeFailure(this.localize, failure),
    };
  }

  private report(error: unknown): void {
    const failure = classifyFailure(error);
    const { title, message } = this.describe(failure);
    this.host.dispatchEvent(new PkErrorEvent({ error, kind: failure.kind, message: `${title}: ${message}` }));
    if (failure.kind === 'unauthorized') this.host.dispatchEvent(new AuthRequiredEvent({ error }));
  }
}
