// Browser tests of the failure classes the error state tells apart, from the SDK's own errors.
import { expect } from '@open-wc/testing';
import { HttpError, MalformedResponseError, NetworkError, TimeoutError, ValidationError } from '@plankit/sdk';
import { fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { classifyFailure, describeInvalidData, isAbort, type Failure } from './failure.js';
import { LocalizeController } from './localize.js';

class FailureProbeElement extends LitElement {
  readonly localize = new LocalizeController(this, () => undefined);
}
customElements.define('pk-test-failure-probe', FailureProbeElement);

/** The invalid-data sentence for the first issue `issues` describe, in `lang`. */
async function worded(lang: string, issues: ConstructorParameters<typeof ValidationError>[1]): Promise<string> {
  const el = await fixture<FailureProbeElement>(html`<pk-test-failure-probe lang=${lang}></pk-test-failure-probe>`);
  const failure = classifyFailure(new ValidationError('GET /plans', issues)) as Extract<
    Failure,
    { kind: 'invalid-data' }
  >;
  return describeInvalidData(el.localize, failure);
}

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

  it('keeps the structured facts of the first issue', () => {
    const error = new ValidationError('GET /plans', [
      {
        path: 'kpi.id',
        message: 'expected string, received 42',
        code: 'invalid_type',
        expected: 'string',
        received: 'number',
      },
    ]);
    expect(classifyFailure(error)).to.deep.equal({
      kind: 'invalid-data',
      path: 'kpi.id',
      detail: 'expected string, received 42',
      issue: { path: 'kpi.id', code: 'invalid_type', expected: 'string' },
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

describe('describeInvalidData()', () => {
  const typeIssue = {
    path: 'kpi.id',
    message: 'expected string, received 42',
    code: 'invalid_type',
    expected: 'string',
  };

  it('words a wrong type in Chinese', async () => {
    expect(await worded('zh-CN', [typeIssue])).to.equal('字段 kpi.id 应为文本');
  });

  it('words a wrong type in English', async () => {
    expect(await worded('en', [typeIssue])).to.equal('Field kpi.id should be text');
  });

  it('words bounds by what they bound, with the limit as a localized number', async () => {
    const bound = (origin: string, inclusive: boolean) => [
      { path: 'x', message: '', code: 'too_big', bound: { limit: 1000, origin, inclusive } },
    ];
    expect(await worded('zh-CN', bound('number', true))).to.equal('字段 x 应不大于 1,000');
    expect(await worded('en', bound('number', false))).to.equal('Field x should be less than 1,000');
    expect(await worded('zh-CN', bound('string', true))).to.equal('字段 x 最多 1,000 个字符');
    expect(await worded('en', bound('array', true))).to.equal('Field x should have at most 1,000 items');
  });

  it('lists allowed values and unknown fields in the page’s language', async () => {
    const values = [{ path: 'unit', message: '', code: 'invalid_value', values: ['percent', 'yuan'] }];
    expect(await worded('zh-CN', values)).to.equal('字段 unit 应为以下之一：percent或yuan');
    expect(await worded('en', values)).to.equal('Field unit should be one of percent or yuan');
    const keys = [{ path: '', message: '', code: 'unrecognized_keys', keys: ['colour'] }];
    expect(await worded('en', keys)).to.equal('The data has unknown fields: colour');
  });

  it('falls back to the path and the SDK’s sentence for an issue without a code', async () => {
    expect(await worded('zh-CN', [{ path: 'a.b', message: 'bad' }])).to.equal('a.b: bad');
  });
});
