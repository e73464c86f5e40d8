import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeIssue, parseOrThrow, ValidationError, PlankitError } from './index.js';
import { BandRule, TaskPatch } from '../schemas/index.js';

test('parseOrThrow names the failing path and what was wrong', () => {
  assert.throws(
    () => parseOrThrow(TaskPatch, { progress: 101 }, 'PATCH body'),
    (error: unknown) =>
      error instanceof ValidationError &&
      error instanceof PlankitError &&
      error.path === 'progress' &&
      error.message === 'PATCH body: progress: expected a number ≤ 100, received 101',
  );
});

test('parseOrThrow reports unknown fields of strict input schemas', () => {
  assert.throws(() => parseOrThrow(TaskPatch, { colour: 'red' }, 'PATCH body'), /unknown field "colour"/);
});

test('describeIssue words size issues by origin, bound and inclusiveness', () => {
  const size = (code: 'too_small' | 'too_big', origin: string, bound: number, inclusive: boolean, input: unknown) =>
    describeIssue({
      code,
      origin,
      ...(code === 'too_small' ? { minimum: bound } : { maximum: bound }),
      inclusive,
      input,
      path: [],
      message: '',
    } as unknown as Parameters<typeof describeIssue>[0]);
  assert.equal(size('too_small', 'array', 4, true, []), 'expected at least 4 items');
  assert.equal(size('too_big', 'array', 12, true, []), 'expected at most 12 items');
  assert.equal(size('too_small', 'string', 1, true, ''), 'expected at least 1 characters');
  assert.equal(size('too_big', 'string', 40, true, 'x'), 'expected at most 40 characters');
  assert.equal(size('too_small', 'number', 0, false, 0), 'expected a number > 0, received 0');
  assert.equal(size('too_small', 'int', 1, true, -3), 'expected a number ≥ 1, received -3');
  assert.equal(size('too_big', 'number', 1, false, 1), 'expected a number < 1, received 1');
  assert.equal(
    size('too_big', 'number', 100, true, 'a'.repeat(41)),
    'expected a number ≤ 100, received a string of 41 characters',
  );
});

test('parseOrThrow words a zod bound the same way', () => {
  assert.throws(
    () => parseOrThrow(BandRule, { kind: 'band', target: 1, tolerance: 0 }, 'rule'),
    (error: unknown) =>
      error instanceof ValidationError && error.message === 'rule: tolerance: expected a number > 0, received 0',
  );
});
