// Browser tests of the failure classes the error state tells apart, from the SDK's own errors.
import { expect } from '@open-wc/testing';
import { HttpError, MalformedResponseError, NetworkError, TimeoutError, ValidationError } from '@plankit/sdk';
import { classifyFailure, isAbort } from './failure.js';

const problem = (status: number) => ({ type: 'about:blank', title: 'failed', status });
const httpError = (status: number) => HttpError.from(status, problem(status), { subject: 'GET /plans' });

describe('classifyFailure()', () => {
  it('recognises a network failure', () => {
    expect(classifyFailure(new NetworkError('GET /plans')).kind).to.equal('network');
  });

  it('does not call a bare TypeError (a programming error; the SDK wraps fetch failures) a network failure', () => {
    expect(classifyFailure(new TypeError('x is not a function')).kind).to.equal('unknown');
  });

  it('recognises a timeout', () => {
    expect(classifyFailure(new TimeoutError('GET /plans', 10000)).kind).to.equal('timeout');
  });

  it('recognises 401', () => {
    expect(classifyFailure(httpError(401)).kind).to.equal('unauthorized');
  });

  it('recognises 403', () => {
    expect(classifyFailure(httpError(403)).kind).to.equal('forbidden');
  });

  it('recognises 404', () => {
    expect(classifyFailure(httpError(404)).kind).to.equal('not-found');
  });

  it('keeps the status of a server error', () => {
    expect(classifyFailure(httpError(502))).to.deep.equal({ kind: 'server', status: 502 });
  });

  it('keeps the status of another HTTP error', () => {
    expect(classifyFailure(httpError(422))).to.deep.equal({ kind: 'http', status: 422 });
  });

  it('names the path of invalid data', () => {
    const error = new ValidationError('GET /plans', [{ path: 'items.0.year', message: 'expected int' }]);
    expect(classifyFailure(error)).to.deep.equal({
      kind: 'invalid-data',
      path: 'items.0.year',
      detail: 'expected int',
    });
  });

  it('recognises a response that is not JSON', () => {
    expect(classifyFailure(new MalformedResponseError('GET /plans', 'not JSON', { status: 200 })).kind).to.equal(
      'malformed',
    );
  });

  it('falls back to unknown with the message', () => {
    expect(classifyFailure(new Error('boom'))).to.deep.equal({ kind: 'unknown', detail: 'boom' });
  });

  it('recognises an errors by name, so a second copy of the SDK is classified too', () => {
    expect(classifyFailure({ name: 'TimeoutError', message: 'late' }).kind).to.equal('timeout');
  });
});

describe('isAbort()', () => {
  it('is true for an AbortError', () => {
    expect(isAbort(new DOMException('stop', 'AbortError'))).to.equal(true);
  });

  it('is false for other errors', () => {
    expect(isAbort(new Error('boom'))).to.equal(false);
  });
});
