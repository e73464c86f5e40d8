// gridItemTimeline: deadlines per stage, overdue at the limit's edges, skipped stages, and bad input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GridItem, GridItemStage, GridItemStageTimes, GridStageLimits } from '../schemas/index.js';
import { DEFAULT_STAGE_LIMITS, gridItemTimeline, planStageLimits, stageLimitsFor } from './grid.js';
import { assertValidationError } from '../test/domain-helpers.js';

function item(stage: GridItemStage, times: GridItemStageTimes): GridItem {
  return { id: 'i1', gridId: 'g1', kind: 'counterfeit', title: '疑似假烟', stage, times, retailerId: null, version: 1 };
}
const collected = '2020-06-01T08:00:00+08:00';
/** The timeline of an item at `stage` with these stage times, at `now`, under the default limits unless given. */
const timelineOf = (
  stage: GridItemStage,
  times: GridItemStageTimes,
  now: string | Date,
  limits: GridStageLimits = DEFAULT_STAGE_LIMITS,
) => gridItemTimeline(item(stage, times), limits, now);
/** A stage row with nothing reached, due or elapsed: each expectation says what differs. */
const UNREACHED = { reachedAt: null, dueAt: null, elapsedHours: null, limitHours: null, overdue: false };

describe('DEFAULT_STAGE_LIMITS', () => {
  test('route in 4 h, respond in 24 h, handle in 72 h, feed back in 24 h', () =>
    assert.deepEqual(DEFAULT_STAGE_LIMITS, { routed: 4, responded: 24, handled: 72, fedBack: 24 }));
});

describe('gridItemTimeline', () => {
  test('a fresh item: routed is due 4 h after collection, later stages wait', () => {
    const timeline = timelineOf('collected', { collected }, '2020-06-01T09:00:00+08:00');
    assert.equal(timeline.overdue, false);
    assert.deepEqual(timeline.stages[0], { ...UNREACHED, stage: 'collected', reachedAt: collected });
    assert.deepEqual(timeline.stages[1], {
      ...UNREACHED,
      stage: 'routed',
      dueAt: '2020-06-01T04:00:00.000Z',
      elapsedHours: 1,
      limitHours: 4,
    });
    assert.deepEqual(timeline.stages[2], { ...UNREACHED, stage: 'responded', limitHours: 24 });
  });
  test('pending exactly at the limit is not overdue', () => {
    assert.equal(timelineOf('collected', { collected }, '2020-06-01T12:00:00+08:00').overdue, false);
  });
  test('pending one second past the limit is overdue', () => {
    const timeline = timelineOf('collected', { collected }, '2020-06-01T12:00:01+08:00');
    assert.equal(timeline.overdue, true);
    assert.equal(timeline.stages[1]?.overdue, true);
  });
  test('a stage reached exactly at its deadline is on time; one minute later it was late', () => {
    const onTime = timelineOf(
      'routed',
      { collected, routed: '2020-06-01T12:00:00+08:00' },
      '2020-06-01T13:00:00+08:00',
    );
    assert.equal(onTime.stages[1]?.overdue, false);
    const late = timelineOf('routed', { collected, routed: '2020-06-01T12:01:00+08:00' }, '2020-06-01T13:00:00+08:00');
    assert.equal(late.stages[1]?.overdue, true);
    assert.equal(late.overdue, false, 'a late stage in the past does not make the item overdue now');
  });
  test('each stage’s clock starts when the previous one was reached', () => {
    const timeline = timelineOf(
      'responded',
      { collected, routed: '2020-06-01T10:00:00+08:00', responded: '2020-06-02T09:00:00+08:00' },
      '2020-06-06T09:00:00+08:00',
    );
    assert.equal(timeline.stages[2]?.dueAt, '2020-06-02T02:00:00.000Z');
    assert.equal(timeline.stages[2]?.elapsedHours, 23);
    assert.equal(timeline.stages[3]?.dueAt, '2020-06-05T01:00:00.000Z');
    assert.equal(timeline.stages[3]?.elapsedHours, 96);
    assert.equal(timeline.overdue, true);
  });
  test('a fed-back item is never overdue', () => {
    const timeline = timelineOf(
      'fedBack',
      {
        collected,
        routed: '2020-06-01T09:00:00+08:00',
        responded: '2020-06-01T10:00:00+08:00',
        handled: '2020-06-02T10:00:00+08:00',
        fedBack: '2020-06-02T11:00:00+08:00',
      },
      '2021-01-01T00:00:00Z',
    );
    assert.equal(timeline.overdue, false);
    assert.deepEqual(
      timeline.stages.map((s) => s.overdue),
      [false, false, false, false, false],
    );
  });
  test('a skipped stage has no deadline; the next one counts from the last reached stage', () => {
    const timeline = timelineOf(
      'responded',
      { collected, responded: '2020-06-01T20:00:00+08:00' },
      '2020-06-01T21:00:00+08:00',
    );
    assert.deepEqual(timeline.stages[1], { ...UNREACHED, stage: 'routed', limitHours: 4 });
    assert.equal(timeline.stages[2]?.elapsedHours, 12);
    assert.equal(timeline.stages[2]?.overdue, false);
  });
  test('custom limits apply', () => {
    const tight = { ...DEFAULT_STAGE_LIMITS, routed: 0.5 };
    assert.equal(timelineOf('collected', { collected }, '2020-06-01T08:31:00+08:00', tight).overdue, true);
  });
  test('now may be a Date', () => {
    assert.equal(timelineOf('collected', { collected }, new Date('2020-06-02T00:00:00Z')).overdue, true);
  });
  test('echoes the item’s id and stage', () => {
    const timeline = timelineOf('collected', { collected }, collected);
    assert.equal(timeline.itemId, 'i1');
    assert.equal(timeline.stage, 'collected');
  });
  test('rejects a time for a stage after the item’s stage, naming it', () =>
    assertValidationError(
      () => timelineOf('collected', { collected, handled: collected }, collected),
      'item.times.handled',
    ));
  test('rejects times that go back, naming the later stage', () =>
    assertValidationError(
      () => timelineOf('routed', { collected, routed: '2020-05-31T08:00:00+08:00' }, collected),
      'item.times.routed',
    ));
  test('rejects a zero limit, naming limits.responded', () =>
    assertValidationError(
      () => timelineOf('collected', { collected }, collected, { ...DEFAULT_STAGE_LIMITS, responded: 0 }),
      'limits.responded',
    ));
  test('rejects a date-only now, naming now', () =>
    assertValidationError(() => timelineOf('collected', { collected }, '2020-06-01'), 'now', /gridItemTimeline/));
  test('rejects a now that is neither a string nor a Date, naming now', () =>
    assertValidationError(
      () => timelineOf('collected', { collected }, 1_591_000_000_000 as never),
      'now',
      /ISO date-time string or a Date/,
    ));
  test('rejects an invalid Date, naming now', () =>
    assertValidationError(() => timelineOf('collected', { collected }, new Date('nope')), 'now'));
  test('rejects an unknown stage, naming item.stage', () =>
    assertValidationError(() => timelineOf('archived' as never, { collected }, collected), 'item.stage'));
});

describe('stage limits per kind', () => {
  const limits = {
    ...DEFAULT_STAGE_LIMITS,
    byKind: { 'safety-hazard': { routed: 1, responded: 2 }, 'noise-complaint': { handled: 168 } },
  };
  test('a kind with an override takes its stages and the defaults for the rest', () => {
    assert.deepEqual(stageLimitsFor(limits, 'safety-hazard'), { routed: 1, responded: 2, handled: 72, fedBack: 24 });
    assert.deepEqual(stageLimitsFor(limits, 'noise-complaint'), {
      routed: 4,
      responded: 24,
      handled: 168,
      fedBack: 24,
    });
  });
  test('a kind without one takes the limits’ own hours', () =>
    assert.deepEqual(stageLimitsFor(limits, 'licence'), { routed: 4, responded: 24, handled: 72, fedBack: 24 }));
  test('the timeline uses the limits of the item’s kind', () => {
    const collected = '2020-09-01T08:00:00Z';
    const hazard = {
      id: 'i1',
      gridId: 'g1',
      kind: 'safety-hazard',
      title: '电瓶车充电点私拉电线',
      stage: 'collected',
      times: { collected },
      retailerId: null,
      version: 1,
    } as const;
    const twoHoursLater = '2020-09-01T10:00:00Z';
    const asHazard = gridItemTimeline(hazard, limits, twoHoursLater);
    assert.equal(asHazard.overdue, true, 'a hazard must be routed within 1 h');
    assert.equal(asHazard.stages[1]?.limitHours, 1);
    assert.equal(asHazard.stages[1]?.dueAt, '2020-09-01T09:00:00.000Z');
    const asLicence = gridItemTimeline({ ...hazard, kind: 'licence' }, limits, twoHoursLater);
    assert.equal(asLicence.overdue, false, 'a licence item has 4 h');
  });
  test('an override of a stage below zero names the path', () =>
    assertValidationError(
      () => stageLimitsFor({ ...DEFAULT_STAGE_LIMITS, byKind: { licence: { routed: 0 } } }, 'licence'),
      'limits.byKind.licence.routed',
    ));
  test('a plan’s own limits replace the deployment’s', () => {
    const own = { ...DEFAULT_STAGE_LIMITS, routed: 2 };
    assert.deepEqual(planStageLimits({ stageLimits: own }, DEFAULT_STAGE_LIMITS), own);
    assert.deepEqual(planStageLimits({}, limits), limits);
  });
});
