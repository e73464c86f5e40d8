import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geoMercator, type GeoStream } from 'd3-geo';
import { ValidationError } from '../errors/index.js';
import { generateCounty } from '../fixtures/index.js';
import type { Grid, GridCollection, GridItem, Position, TierScheme } from '../schemas/index.js';
import type { GridShape } from './map.js';
import { DEFAULT_STAGE_LIMITS } from './grid.js';
import {
  MAX_GRID_POSITIONS,
  fitGridMap,
  gridAsOfInstant,
  gridColorScale,
  gridPipeline,
  gridPointBands,
  neighbourInDirection,
  clampMapView,
  placeMapLabels,
  placeTiles,
  readGridMapView,
  zoomMapView,
  schematicGridMap,
  tenths,
  validateGridCollection,
} from './map.js';

function square(id: string, lng: number, lat: number, size = 0.1, figures: Grid['properties']['figures'] = {}): Grid {
  const ring: Position[] = [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ];
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      id,
      code: id.toUpperCase(),
      name: { zh: `网格${id}`, en: `Grid ${id}` },
      area: 'urban',
      roles: { inspector: { name: '王琳' }, customerManager: { name: '李超' }, delivery: { name: '张杰' } },
      group: null,
      figures,
    },
  };
}

const collection = (...features: Grid[]): GridCollection => ({ type: 'FeatureCollection', features });

function reasonOf(value: unknown): { path: string; message: string } {
  try {
    validateGridCollection(value);
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return { path: error.path, message: error.issues[0]?.message ?? '' };
  }
  assert.fail('expected a ValidationError');
}

describe('validateGridCollection', () => {
  it('accepts the generated county and returns it', () => {
    const { grids } = generateCounty({ seed: 1, grids: 40, retailers: 0 });
    assert.equal(validateGridCollection(grids), grids);
  });

  it('names a value that is not a FeatureCollection', () => {
    assert.match(reasonOf({ type: 'Feature' }).message, /FeatureCollection/);
    assert.match(reasonOf(null).message, /FeatureCollection/);
  });

  it('rejects a Point geometry, saying which types are supported', () => {
    const grid = square('a', 117, 31);
    const bad = { ...grid, geometry: { type: 'Point', coordinates: [117, 31] } };
    const reason = reasonOf(collection(bad as unknown as Grid));
    assert.equal(reason.path, 'features.0.geometry.type');
    assert.match(reason.message, /"Point".*Polygon or MultiPolygon/);
  });

  it('rejects a grid without an id and a duplicate id', () => {
    const { id: _id, ...noId } = square('a', 117, 31);
    assert.equal(reasonOf(collection(noId as unknown as Grid)).path, 'features.0.id');
    const duplicate = reasonOf(collection(square('a', 117, 31), square('a', 118, 31)));
    assert.equal(duplicate.path, 'features.1.id');
    assert.match(duplicate.message, /earlier grid/);
  });

  it('rejects empty, short and unclosed rings', () => {
    const withRing = (ring: unknown): unknown =>
      collection({ ...square('a', 117, 31), geometry: { type: 'Polygon', coordinates: [ring as Position[]] } });
    assert.match(reasonOf(withRing([])).message, /empty/);
    assert.match(
      reasonOf(
        withRing([
          [1, 1],
          [2, 2],
          [1, 1],
        ]),
      ).message,
      /3 positions.*at least 4/,
    );
    assert.match(
      reasonOf(
        withRing([
          [1, 1],
          [2, 2],
          [3, 1],
          [1, 0],
        ]),
      ).message,
      /not closed/,
    );
  });

  it('rejects NaN, infinite and huge coordinates', () => {
    const withPoint = (point: unknown): unknown =>
      collection({
        ...square('a', 117, 31),
        geometry: { type: 'Polygon', coordinates: [[[1, 1], point, [2, 2], [1, 1]] as Position[]] },
      });
    assert.match(reasonOf(withPoint([Number.NaN, 1])).message, /longitude is NaN/);
    assert.match(reasonOf(withPoint([1, Number.POSITIVE_INFINITY])).message, /latitude is Infinity/);
    assert.match(reasonOf(withPoint([1e30, 1])).message, /outside −180…180/);
    assert.equal(reasonOf(withPoint([1e30, 1])).path, 'features.0.geometry.coordinates.0.1');
  });

  it('rejects too many positions in all', () => {
    const ring: Position[] = Array.from({ length: MAX_GRID_POSITIONS + 1 }, (_, index) => [index / 1e7, 0]);
    ring.push([0, 0]);
    const big = { ...square('a', 0, 0), geometry: { type: 'Polygon' as const, coordinates: [ring] } };
    assert.match(reasonOf(collection(big)).message, /at most 500000/);
  });

  it('names an invalid property by its path', () => {
    const grid = square('a', 117, 31);
    const bad = { ...grid, properties: { ...grid.properties, roles: { inspector: { name: '' } } } };
    assert.match(reasonOf(collection(bad as unknown as Grid)).path, /^features\.0\.properties\.roles/);
  });
});

describe('fitGridMap', () => {
  it('fits the grids inside the box minus the padding, centred', () => {
    const grids = collection(square('a', 117, 31), square('b', 117.1, 31), square('c', 117.2, 31.1));
    const layout = fitGridMap(grids, { width: 400, height: 400 }, 10);
    const xs = layout.shapes.flatMap((shape) => [shape.box[0], shape.box[2]]);
    const ys = layout.shapes.flatMap((shape) => [shape.box[1], shape.box[3]]);
    assert.ok(Math.min(...xs) >= 9.9 && Math.max(...xs) <= 390.1);
    assert.ok(Math.min(...ys) >= 9.9 && Math.max(...ys) <= 390.1);
    // 0.3° wide and 0.2° tall (0.23 in Mercator at 31° N): the width is the limit, so it fills the width…
    assert.ok(Math.abs(Math.min(...xs) - 10) < 0.5 && Math.abs(Math.max(...xs) - 390) < 0.5);
    // … and is centred vertically.
    assert.ok(Math.abs(Math.min(...ys) - 10 - (390 - Math.max(...ys))) < 0.5);
  });

  it('draws north up and east right whatever the winding order', () => {
    const clockwise = square('b', 117.1, 31);
    const ring = clockwise.geometry.coordinates[0] as Position[];
    const reversed = { ...clockwise, geometry: { type: 'Polygon' as const, coordinates: [[...ring].reverse()] } };
    const layout = fitGridMap(collection(square('a', 117, 31.1), reversed), { width: 200, height: 200 });
    const [north, east] = layout.shapes;
    assert.ok(north !== undefined && east !== undefined);
    assert.ok(north.y < east.y, 'the northern grid is higher');
    assert.ok(east.x > north.x, 'the eastern grid is further right');
    const width = east.box[2] - east.box[0];
    assert.ok(width < 200 && width > 10, 'the reversed ring draws as a small square, not the world');
  });

  it('projects points into the same box', () => {
    const layout = fitGridMap(collection(square('a', 117, 31, 1)), { width: 100, height: 100 }, 0);
    const centre = layout.project([117.5, 31.5]);
    assert.ok(centre !== null);
    assert.ok(Math.abs(centre[0] - 50) < 1 && Math.abs(centre[1] - 50) < 1);
  });

  it('refuses a box without area', () => {
    assert.throws(() => fitGridMap(collection(), { width: 0, height: 10 }), ValidationError);
  });

  it("agrees with d3-geo's full geoMercator fitted to the same county", () => {
    const county = generateCounty({ seed: 'fit', grids: 60, retailers: 0 }).grids;
    const size = { width: 640, height: 448 };
    const layout = fitGridMap(county, size, 8);
    // d3's spherical pipeline without its antimeridian clip (which reads RFC 7946 rings as the globe's rest).
    const reference = geoMercator()
      .preclip((stream: GeoStream) => stream)
      .fitExtent(
        [
          [8, 8],
          [632, 440],
        ],
        county as Parameters<ReturnType<typeof geoMercator>['fitExtent']>[1],
      );
    for (const grid of county.features.slice(0, 10)) {
      const position = grid.geometry.coordinates[0]?.[0] as Position;
      const ours = layout.project(position);
      const theirs = reference(position);
      assert.ok(ours !== null && theirs !== null);
      assert.ok(Math.abs(ours[0] - theirs[0]) < 0.5 && Math.abs(ours[1] - theirs[1]) < 0.5, `${grid.id} at ${ours}`);
    }
  });

  it('anchors a MultiPolygon’s label in its largest part and boxes every part', () => {
    const small = square('s', 117, 31, 0.1).geometry.coordinates as Position[][];
    const large = square('l', 117.5, 31, 0.4).geometry.coordinates as Position[][];
    const grid: Grid = { ...square('m', 0, 0), geometry: { type: 'MultiPolygon', coordinates: [small, large] } };
    const layout = fitGridMap(collection(grid), { width: 300, height: 300 }, 0);
    const [shape] = layout.shapes;
    assert.ok(shape !== undefined);
    const centre = layout.project([117.7, 31.2]);
    assert.ok(centre !== null && Math.abs(shape.x - centre[0]) < 1 && Math.abs(shape.y - centre[1]) < 1);
    assert.ok(shape.box[0] < 1 && shape.box[2] > 299, 'the box spans both parts');
    assert.equal(shape.d.match(/M/g)?.length, 2);
    assert.equal(shape.d.match(/Z/g)?.length, 2);
  });

  it('centres a collection without extent and clamps the poles to finite positions', () => {
    const empty = fitGridMap(collection(), { width: 100, height: 80 });
    assert.deepEqual(empty.shapes, []);
    const ring: Position[] = [
      [10, 90],
      [10, 90],
      [10, 90],
      [10, 90],
    ];
    const pole: Grid = { ...square('p', 0, 0), geometry: { type: 'Polygon', coordinates: [ring] } };
    const layout = fitGridMap(collection(pole), { width: 100, height: 80 });
    const [shape] = layout.shapes;
    assert.ok(shape !== undefined);
    assert.deepEqual([shape.x, shape.y], [50, 40]);
    assert.ok(!shape.d.includes('NaN') && !shape.d.includes('Infinity'));
    assert.equal(layout.project([0, -90])?.every(Number.isFinite), true);
    assert.equal(layout.project('nowhere' as unknown as Position), null);
  });

  it('writes projected points into a typed array as project gives them, and nothing for a point with no place', () => {
    const layout = fitGridMap(collection(square('a', 117, 31), square('b', 118, 32)), { width: 400, height: 300 });
    const positions: Position[] = [[117.5, 31.5], [118.2, 32.9], [Number.NaN, 31], 'nowhere' as unknown as Position];
    const out = new Float64Array(positions.length * 2).fill(-1);
    const written = positions.map((position, index) => layout.projectInto(position, out, index * 2));
    assert.deepEqual(written, [true, true, false, false]);
    assert.deepEqual(
      [...out.subarray(0, 4)],
      [...(layout.project(positions[0] as Position) ?? []), ...(layout.project(positions[1] as Position) ?? [])],
    );
    assert.deepEqual([...out.subarray(4)], [-1, -1, -1, -1]);
    const schematic = schematicGridMap(collection(square('a', 117, 31)), { width: 400, height: 300 });
    assert.equal(schematic.projectInto([117, 31], out, 0), false);
  });
});

describe('tenths', () => {
  it('writes a number rounded to tenths as String(Math.round(value * 10) / 10) does', () => {
    const edges = [0, -0, 0.04, -0.04, 0.05, -0.05, 0.06, -0.06, 0.15, -0.25, 1.05, 2.675, 9.95, -99.95, 7, 1e-9];
    const extremes = [1e14 + 0.37, -1e14, 1e15, -1e16, 1e21, Number.NaN, Infinity, -Infinity];
    let seed = 1;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const sweep = Array.from({ length: 20000 }, () => (random() - 0.3) * 10 ** (random() * 9));
    for (const value of [...edges, ...extremes, ...sweep])
      assert.equal(tenths(value), String(Math.round(value * 10) / 10), `${value}`);
  });
});

describe('placeTiles and schematicGridMap', () => {
  it('puts northern grids in the first row, west before east', () => {
    const grids = collection(
      square('south-east', 118, 30),
      square('north-west', 117, 31),
      square('north-east', 118, 31),
      square('south-west', 117, 30),
    );
    const { columns, rows, cells } = placeTiles(grids, { width: 100, height: 100 });
    assert.deepEqual([columns, rows], [2, 2]);
    assert.deepEqual(cells, [
      [1, 1],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
  });

  it('chooses more columns for a wide box', () => {
    const grids = collection(...Array.from({ length: 12 }, (_, index) => square(`g${index}`, 117 + index / 10, 31)));
    const { columns, rows } = placeTiles(grids, { width: 400, height: 100 });
    assert.ok(columns > rows);
    assert.ok(columns * rows >= 12);
  });

  it('draws equal tiles that do not overlap, inside the box', () => {
    const { grids } = generateCounty({ seed: 2, grids: 30, retailers: 0 });
    const layout = schematicGridMap(grids, { width: 300, height: 200 });
    const sizes = new Set(layout.shapes.map((shape) => (shape.box[2] - shape.box[0]).toFixed(3)));
    assert.equal(sizes.size, 1);
    for (const shape of layout.shapes) {
      assert.ok(shape.box[0] >= 0 && shape.box[2] <= 300);
      assert.ok(shape.box[1] >= 0 && shape.box[3] <= 200);
    }
    const centres = new Set(layout.shapes.map((shape) => `${shape.x.toFixed(1)},${shape.y.toFixed(1)}`));
    assert.equal(centres.size, 30);
  });
});

describe('neighbourInDirection', () => {
  //  0 . 1
  //  . 4 .
  //  2 . 3
  const points = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 0, y: 10 },
    { x: 10, y: 10 },
    { x: 5, y: 5 },
  ];

  it('moves to the nearest point in the arrow’s direction', () => {
    assert.equal(neighbourInDirection(points, 0, 'right'), 1);
    assert.equal(neighbourInDirection(points, 0, 'down'), 2);
    assert.equal(neighbourInDirection(points, 3, 'up'), 1);
    assert.equal(neighbourInDirection(points, 3, 'left'), 2);
  });

  it('prefers a point in line over a nearer one off to the side', () => {
    const row = [
      { x: 0, y: 0 },
      { x: 4, y: 3.5 },
      { x: 9, y: 0.5 },
    ];
    assert.equal(neighbourInDirection(row, 0, 'right'), 2);
  });

  it('falls back to the half plane, and returns null at the edge', () => {
    assert.equal(neighbourInDirection(points, 4, 'right'), 1);
    assert.equal(neighbourInDirection(points, 1, 'right'), null);
    assert.equal(neighbourInDirection(points, 0, 'up'), null);
    assert.equal(neighbourInDirection(points, 99, 'up'), null);
  });
});

describe('gridColorScale', () => {
  it('makes five nice classes up to the largest value, with legend bounds', () => {
    const grids = collection(
      square('a', 0, 0, 0.1, { retailers: 0 }),
      square('b', 1, 0, 0.1, { retailers: 37 }),
      square('c', 2, 0, 0.1, { retailers: 95 }),
    );
    const scale = gridColorScale(grids, 'retailers');
    assert.equal(scale.step, 20);
    assert.deepEqual(
      scale.classes.map((entry) => [entry.from, entry.to]),
      [
        [0, 20],
        [20, 40],
        [40, 60],
        [60, 80],
        [80, null],
      ],
    );
    assert.deepEqual(scale.classOf, [0, 1, 4]);
    assert.equal(scale.hasNoData, false);
  });

  it('gives grids without the figure the no-data class, never the lightest', () => {
    const grids = collection(
      square('a', 0, 0, 0.1, { avgResponseHours: null }),
      square('b', 1, 0, 0.1, {}),
      square('c', 2, 0, 0.1, { avgResponseHours: 3.2 }),
    );
    const scale = gridColorScale(grids, 'avgResponseHours');
    // Steps of 1 hour: 3.2 h is in the class 3–4 h.
    assert.deepEqual(scale.classOf, [-1, -1, 3]);
    assert.equal(scale.hasNoData, true);
    assert.equal(scale.step, 1);
  });

  it('keeps whole-number steps for counts and works when every value is 0', () => {
    const grids = collection(square('a', 0, 0, 0.1, { overdueItems: 0 }), square('b', 1, 0, 0.1, { overdueItems: 3 }));
    assert.equal(gridColorScale(grids, 'overdueItems').step, 1);
    const zeros = collection(square('a', 0, 0, 0.1, { inspections: 0 }));
    const scale = gridColorScale(zeros, 'inspections');
    assert.deepEqual(scale.classOf, [0]);
    assert.equal(scale.step, 1);
  });
});

describe('gridPointBands', () => {
  const band = (id: string, from: number, to: number): TierScheme['bands'][number] => ({ id, from, to });

  it('marks the lowest band low, the highest high and every other mid, naming them in the legend', () => {
    const scheme: TierScheme = {
      id: 'bureau',
      tiers: 8,
      bands: [band('c', 5, 6), band('a', 1, 2), band('d', 7, 8), band('b', 3, 4)],
      targetBand: 'b',
    };
    const { markOfTier, legend } = gridPointBands(scheme);
    assert.deepEqual(markOfTier.slice(1), [0, 0, 1, 1, 1, 1, 2, 2]);
    assert.deepEqual(
      legend.map((entry) => [entry.mark, entry.bands.map((item) => item.id)]),
      [
        ['low', ['a']],
        ['mid', ['b', 'c']],
        ['high', ['d']],
      ],
    );
  });

  it('follows a descending numbering, where tier 1 is the highest, and leaves tiers without a band unmarked', () => {
    const scheme: TierScheme = {
      id: 'desc',
      tiers: 5,
      numbering: 'descending',
      bands: [band('top', 1, 2), band('base', 4, 5)],
      targetBand: 'top',
    };
    const { markOfTier, legend } = gridPointBands(scheme);
    assert.deepEqual(markOfTier.slice(1), [2, 2, -1, 0, 0]);
    assert.deepEqual(
      legend.map((entry) => entry.mark),
      ['low', 'high'],
    );
  });

  it('rejects an invalid scheme with a ValidationError', () => {
    assert.throws(
      () => gridPointBands({ id: 'x', tiers: 3, bands: [band('a', 1, 9)], targetBand: 'a' }),
      ValidationError,
    );
  });
});

describe('gridPipeline', () => {
  const item = (id: string, stage: GridItem['stage'], times: GridItem['times']): GridItem => ({
    id,
    gridId: 'g-1',
    kind: 'licence',
    title: '无证经营',
    stage,
    times,
    retailerId: null,
    version: 1,
  });

  it('counts items per stage and the overdue ones by the time limits', () => {
    const items = [
      // Collected 5 h ago: routing (4 h) is overdue.
      item('1', 'collected', { collected: '2020-06-01T07:00:00+08:00' }),
      // Collected 1 h ago: on time.
      item('2', 'collected', { collected: '2020-06-01T11:00:00+08:00' }),
      // Routed 30 h ago: responding (24 h) is overdue.
      item('3', 'routed', { collected: '2020-05-31T05:00:00+08:00', routed: '2020-05-31T06:00:00+08:00' }),
      item('4', 'fedBack', {
        collected: '2020-05-01T00:00:00+08:00',
        routed: '2020-05-01T01:00:00+08:00',
        responded: '2020-05-01T02:00:00+08:00',
        handled: '2020-05-01T03:00:00+08:00',
        fedBack: '2020-05-01T04:00:00+08:00',
      }),
    ];
    const pipeline = gridPipeline(items, DEFAULT_STAGE_LIMITS, '2020-06-01T12:00:00+08:00');
    assert.deepEqual(pipeline.stages, [
      { stage: 'collected', count: 2, overdue: 1 },
      { stage: 'routed', count: 1, overdue: 1 },
      { stage: 'responded', count: 0, overdue: 0 },
      { stage: 'handled', count: 0, overdue: 0 },
      { stage: 'fedBack', count: 1, overdue: 0 },
    ]);
    assert.equal(pipeline.total, 4);
    assert.equal(pipeline.overdue, 2);
  });

  it('rejects an invalid item or date with a ValidationError', () => {
    assert.throws(
      () => gridPipeline([{ id: 'x' } as unknown as GridItem], DEFAULT_STAGE_LIMITS, new Date()),
      ValidationError,
    );
    assert.throws(() => gridPipeline([], DEFAULT_STAGE_LIMITS, 'yesterday'), ValidationError);
  });
});

describe('gridAsOfInstant', () => {
  it('reads a date as the end of that day in China time and keeps a date-time', () => {
    assert.equal(gridAsOfInstant('2020-06-30'), '2020-06-30T23:59:59+08:00');
    assert.equal(gridAsOfInstant('2020-06-30T08:00:00Z'), '2020-06-30T08:00:00Z');
  });

  for (const bad of ['2020-06-31', '2020-13-01', 'yesterday', '', '2020-06-30T25:00:00Z', '2020/06/30'])
    it(`rejects ${JSON.stringify(bad)} with a ValidationError naming asOf`, () => {
      assert.throws(
        () => gridAsOfInstant(bad, '<pk-grid-map>'),
        (error: unknown) =>
          error instanceof ValidationError &&
          error.issues[0]?.path === 'asOf' &&
          error.message.includes('expected a date YYYY-MM-DD'),
      );
    });
});

describe('the map view', () => {
  const size = { width: 400, height: 300 };

  it('zooms about a point, keeping that point where it is, within 1…32 times', () => {
    const view = zoomMapView({ k: 1, x: 0, y: 0 }, 2, 100, 50, size);
    assert.deepEqual(view, { k: 2, x: -100, y: -50 });
    assert.equal(zoomMapView({ k: 32, x: 0, y: 0 }, 2, 0, 0, size), null);
    assert.equal(zoomMapView({ k: 1, x: 0, y: 0 }, 0.5, 0, 0, size), null);
    assert.equal(zoomMapView({ k: 20, x: 0, y: 0 }, 4, 0, 0, size)?.k, 32);
  });

  it('keeps at least half the box over the map', () => {
    assert.deepEqual(clampMapView({ k: 1, x: 1000, y: -1000 }, size), { k: 1, x: 200, y: -150 });
    assert.deepEqual(clampMapView({ k: 0.1, x: 0, y: 0 }, size), { k: 1, x: 0, y: 0 });
  });

  it('labels the grids whose box has room at the view, inside the box, cutting long names', () => {
    const shape = (index: number, x: number, y: number, side: number): GridShape => ({
      id: String(index),
      index,
      d: '',
      x,
      y,
      box: [x - side / 2, y - side / 2, x + side / 2, y + side / 2],
    });
    const shapes = [shape(0, 100, 100, 60), shape(1, 200, 100, 20), shape(2, 300, 100, 60)];
    const names = ['一号网格', '二号网格', '城关镇东街第一网格'];
    const name = (index: number): string => names[index] ?? '';
    assert.deepEqual(
      placeMapLabels(shapes, name, { k: 1, x: 0, y: 0 }, size).map((label) => [label.index, label.text]),
      [
        [0, '一号网格'],
        [2, '城关镇…'],
      ],
    );
    // Zoomed 3 times about the origin: the small grid has room, the others are out of the box.
    const zoomed = placeMapLabels(shapes, name, { k: 3, x: -400, y: 0 }, size);
    assert.deepEqual(
      zoomed.map((label) => [label.index, label.x]),
      [[1, 200]],
    );
    assert.equal(placeMapLabels(shapes, name, { k: 1, x: 0, y: 0 }, size, 12, 1).length, 1);
  });
});

describe('readGridMapView', () => {
  it('keeps the valid parts of a stored view and ignores the rest', () => {
    assert.deepEqual(readGridMapView({ metric: 'openItems', zoom: { k: 2, x: -10, y: 5 }, selected: 'g-1' }), {
      metric: 'openItems',
      zoom: { k: 2, x: -10, y: 5 },
      selected: 'g-1',
    });
    assert.deepEqual(readGridMapView({ metric: 'bogus', zoom: { k: 1e9, x: 0, y: 0 }, selected: '' }), {});
    assert.deepEqual(readGridMapView({ zoom: { k: 2, x: Number.NaN, y: 0 }, selected: null }), { selected: null });
    for (const notAView of [null, [], 'view', 3]) assert.equal(readGridMapView(notAView), undefined);
  });
});
