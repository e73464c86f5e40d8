import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOrThrow, ValidationError, PlankitError } from './index.js';
import { TaskPatch } from '../schemas/index.js';

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
