// Browser tests of shared/persist.ts: the versioned wrapper, untrusted stored values, and the one-time move of a
// view stored by an earlier version of a widget.
import { expect } from '@open-wc/testing';
import { loadView, saveView, viewKey } from './persist.js';

/** Accepts `{ metric: string }` views only. */
const read = (view: unknown): { metric: string } | undefined =>
  typeof view === 'object' && view !== null && typeof (view as { metric?: unknown }).metric === 'string'
    ? { metric: (view as { metric: string }).metric }
    : undefined;

describe('persist', () => {
  afterEach(() => {
    for (const key of ['plankit:pk-x:k', 'plankit:x:k']) localStorage.removeItem(key);
  });

  it('names a key per widget and persist-key, and none without a persist-key', () => {
    expect(viewKey('pk-x', 'k')).to.equal('plankit:pk-x:k');
    expect(viewKey('pk-x', '')).to.equal(undefined);
    expect(viewKey('pk-x', undefined)).to.equal(undefined);
  });

  it('stores a view with its version and reads it back', () => {
    saveView('plankit:pk-x:k', 1, { metric: 'sales' });
    expect(JSON.parse(localStorage.getItem('plankit:pk-x:k') ?? '')).to.deep.equal({ v: 1, view: { metric: 'sales' } });
    expect(loadView('plankit:pk-x:k', 1, read)).to.deep.equal({ metric: 'sales' });
  });

  it('ignores corrupt text, another version and a view the reader rejects', () => {
    for (const text of [
      '{not json',
      '{"v":2,"view":{"metric":"sales"}}',
      '{"v":1,"view":{"metric":7}}',
      'null',
      '42',
    ]) {
      localStorage.setItem('plankit:pk-x:k', text);
      expect(loadView('plankit:pk-x:k', 1, read), text).to.equal(undefined);
    }
  });

  it('moves a raw view from an earlier key once: read, stored in this version, the old entry removed', () => {
    localStorage.setItem('plankit:x:k', '{"metric":"sales"}');
    expect(loadView('plankit:pk-x:k', 1, read, { key: 'plankit:x:k' })).to.deep.equal({ metric: 'sales' });
    expect(localStorage.getItem('plankit:x:k')).to.equal(null);
    expect(JSON.parse(localStorage.getItem('plankit:pk-x:k') ?? '')).to.deep.equal({ v: 1, view: { metric: 'sales' } });
  });

  it('reads a raw view under the same key, but never a wrapped value of another version as one', () => {
    localStorage.setItem('plankit:pk-x:k', '{"metric":"sales"}');
    expect(loadView('plankit:pk-x:k', 1, read, { key: 'plankit:pk-x:k' })).to.deep.equal({ metric: 'sales' });
    expect(JSON.parse(localStorage.getItem('plankit:pk-x:k') ?? '').v).to.equal(1);
    localStorage.setItem('plankit:pk-x:k', '{"v":2,"metric":"sales"}');
    expect(loadView('plankit:pk-x:k', 1, read, { key: 'plankit:pk-x:k' })).to.equal(undefined);
  });

  it('prefers the current format to an old entry, and leaves a rejected old entry alone', () => {
    saveView('plankit:pk-x:k', 1, { metric: 'new' });
    localStorage.setItem('plankit:x:k', '{"metric":"old"}');
    expect(loadView('plankit:pk-x:k', 1, read, { key: 'plankit:x:k' })).to.deep.equal({ metric: 'new' });
    localStorage.removeItem('plankit:pk-x:k');
    localStorage.setItem('plankit:x:k', '{"metric":5}');
    expect(loadView('plankit:pk-x:k', 1, read, { key: 'plankit:x:k' })).to.equal(undefined);
    expect(localStorage.getItem('plankit:pk-x:k')).to.equal(null);
  });
});
