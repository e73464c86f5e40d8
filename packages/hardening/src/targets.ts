// The registry every suite iterates: one entry per Plankit widget. A new element joins every suite
// (hostile text, CSP, faults, access, double definition) by being listed here, not by new test code.
import type { Locator, Page } from 'playwright-core';
import { Kpi, Task, parseOrThrow, type GridCollection, type Kpi as KpiRecord, type TierSummary } from '@plankit/sdk';
import { checkTierSummary, evaluateKpi, summarizeTiers, validateGridCollection } from '@plankit/sdk/domain';
import { generateCounty, plan2020 } from '@plankit/sdk/fixtures';
import type { CaseSpec, ScenarioSpec } from './scenario.js';

/** The records a connected element is pointed at (the hostile ones in the XSS suite, the seed's elsewhere). */
export interface ConnectedScope {
  planId: string;
  kpiId: string;
  taskId: string;
  gridId: string;
  retailerId: string;
  /** Evaluation date, `YYYY-MM-DD`. */
  asOf: string;
}

/** Picking something: a `pk-*-select`/`-open` event from a click and from the keyboard. */
export interface SelectInteraction {
  kind: 'select';
  /** The event a successful pick fires (it bubbles and is composed, so the document hears it). */
  event: string;
  /**
   * What to click or focus: the first match of a CSS selector searched through open shadow roots
   * (as Playwright's CSS engine does) inside the element; null for the element itself.
   */
  target: string | null;
  /** Keys that pick the focused target. */
  keys: string[];
}

/** A change the user makes through the element (a task move, an item report…), sent to the server. */
export interface WriteInteraction {
  kind: string;
  /** The request the write sends. An editor's must reach the server; a viewer's or a read-only element's never. */
  request: { method: 'PATCH' | 'POST' | 'PUT'; path: RegExp };
  /** Perform the write as a user would, inside the element's box. */
  perform(page: Page, box: Locator, scope: ConnectedScope): Promise<void>;
}

/** How an element refuses writes. */
export interface ReadOnlyMode {
  /** The boolean attribute that makes it read-only. */
  attribute: string;
  /** Whether it also turns read-only by itself for a viewer's token. */
  viewerIsReadOnly: boolean;
}

export interface StandaloneData {
  property: string;
  value: unknown;
  attributes: Record<string, string>;
}

export interface ElementTarget {
  tag: string;
  /** One line for the report. */
  summary: string;
  /** Width of the box the element is placed in: it must never overflow it. */
  width: number;
  /**
   * Standalone mode: the data property and its value, with `text` in every text field of the data, and the
   * attributes that make the render deterministic (an evaluation date, so the data's own evaluation is used).
   */
  standalone(text: string): StandaloneData;
  /** Whether that value passes the element's validation (text over the schema's limits must show the error state instead). */
  acceptsStandalone(value: unknown): boolean;
  /** Connected mode: the element's attributes under a `<pk-provider>`. */
  connected(scope: ConnectedScope): Record<string, string>;
  interactions: SelectInteraction[];
  writes: WriteInteraction[];
  /** Null when the element has no read-only mode (then it must have no writes either). */
  readOnly: ReadOnlyMode | null;
  /**
   * False for an element whose connected attributes name nothing it loads (the map loads every grid whatever
   * they say; its `as-of` only times the selected grid's pipeline): the XSS suite's attributes mode then expects
   * its data, not the error or notice an element shows when the SDK refuses the hostile ids it was given.
   * Default true.
   */
  attributesNameData?: boolean;
  /**
   * The XSS suite's server mode, for an element whose hostile text comes from the grids table: the hostile
   * seed gives each text a grid of its own, unless the Grid schema refuses it (GET /grids answers every grid at
   * once, and one refused grid would make the collection invalid for every case), so a refused text reaches
   * no grid and its case shows the clean data. `own-grid`: the element loads one grid's figures, named by the
   * grid (each case shows its own text). `shared`: it loads every grid (each case holds every accepted text at
   * once, drawn or cut to fit; its own need not be on screen). Absent: each case loads its own records only.
   */
  serverGrids?: 'own-grid' | 'shared';
}

const isValid = (check: (value: unknown) => unknown, value: unknown): boolean => {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
};

const kpiById = (id: string): KpiRecord => {
  const kpi = plan2020.kpis.find((candidate) => candidate.id === id);
  if (kpi === undefined) throw new Error(`the 2020 fixture has no KPI "${id}"`);
  return kpi;
};

/** A KPI of the 2020 plan with `text` as its name and statement, in both languages. */
export function kpiWithText(id: string, text: string): KpiRecord {
  return { ...kpiById(id), name: { zh: text, en: text }, statement: { zh: text, en: text } };
}

/**
 * The same with its evaluation as of the plan's date attached (as a server answering `?asOf=` sends it), whose
 * rule text is `text` too: an element shows a KPI's evaluation as given, so that text is shown as well.
 */
export function evaluatedKpiWithText(id: string, text: string): KpiRecord {
  // Evaluated from the clean fixture: evaluateKpi refuses a KPI whose text is over the schema's limits.
  const evaluation = evaluateKpi(kpiById(id), plan2020.asOf);
  return { ...kpiWithText(id, text), evaluation: { ...evaluation, ruleText: { zh: text, en: text } } };
}

/**
 * A tier summary of a small generated county whose band names (both languages) are `text`. Summarised from the
 * clean scheme first: summarizeTiers refuses names over the schema's limits, which the element must refuse too.
 */
export function tierSummaryWithText(text: string): TierSummary {
  const county = generateCounty({ seed: 'hardening-tiers', grids: 4, retailers: 400 });
  const summary = summarizeTiers(county.retailers, county.scheme, county.year, { months: county.months });
  const bands = summary.scheme.bands.map((band) => ({ ...band, name: { zh: text, en: text } }));
  return { ...summary, scheme: { ...summary.scheme, bands } };
}

const AS_OF = { 'as-of': plan2020.asOf };

const HARDENING_COUNTY = generateCounty({ seed: 'hardening', grids: 12, retailers: 0 });

/**
 * The grid the standalone map selects, so its panel shows the text: the one nearest the county's middle (first
 * vertex as its place), which the overlays (toolbar top right, panel right, legend bottom left) leave clear.
 */
const HARDENING_GRID_ID = ((): string => {
  const places = HARDENING_COUNTY.grids.features.map((grid) => {
    const ring = grid.geometry.type === 'Polygon' ? grid.geometry.coordinates[0] : grid.geometry.coordinates[0]?.[0];
    return { id: grid.id, at: ring?.[0] ?? [0, 0] };
  });
  const middle = [0, 1].map((axis) => places.reduce((sum, place) => sum + (place.at[axis] ?? 0), 0) / places.length);
  const distance = (at: readonly number[]): number =>
    Math.hypot((at[0] ?? 0) - (middle[0] ?? 0), (at[1] ?? 0) - (middle[1] ?? 0));
  return places.reduce((best, place) => (distance(place.at) < distance(best.at) ? place : best)).id;
})();

/** A small generated county whose grid names, people's names and group names are all `text`, in both languages. */
export function gridsWithText(text: string): GridCollection {
  const person = { name: text };
  return {
    type: 'FeatureCollection',
    features: HARDENING_COUNTY.grids.features.map((grid) => ({
      ...grid,
      properties: {
        ...grid.properties,
        name: { zh: text, en: text },
        roles: { inspector: person, customerManager: person, delivery: person },
        group: { zh: text, en: text },
      },
    })),
  };
}

export const TARGETS: readonly ElementTarget[] = [
  {
    tag: 'pk-kpi-gauge',
    summary: 'one KPI as a radial gauge: name, value, rule, status, sparkline',
    width: 280,
    standalone: (text) => ({ property: 'kpi', value: evaluatedKpiWithText('sales-volume', text), attributes: AS_OF }),
    acceptsStandalone: (value) => isValid((kpi) => parseOrThrow(Kpi, kpi, 'kpi'), value),
    connected: (scope) => ({ plan: scope.planId, kpi: scope.kpiId, 'as-of': scope.asOf }),
    interactions: [{ kind: 'select', event: 'pk-kpi-select', target: null, keys: ['Enter', ' '] }],
    writes: [],
    readOnly: null,
  },
  {
    tag: 'pk-kpi-panel',
    summary: 'every KPI of a plan as gauges grouped by category, with a status summary',
    width: 640,
    standalone: (text) => ({
      property: 'kpis',
      value: [evaluatedKpiWithText('sales-volume', text), evaluatedKpiWithText('safety-major-accidents', text)],
      attributes: AS_OF,
    }),
    acceptsStandalone: (value) =>
      Array.isArray(value) && value.every((kpi) => isValid((item) => parseOrThrow(Kpi, item, 'kpis'), kpi)),
    connected: (scope) => ({ plan: scope.planId, 'as-of': scope.asOf }),
    interactions: [{ kind: 'select', event: 'pk-kpi-select', target: 'pk-kpi-gauge', keys: ['Enter', ' '] }],
    writes: [],
    readOnly: null,
  },
  {
    tag: 'pk-task-board',
    summary: 'tasks in columns by status; cards move with the mouse or the keyboard',
    width: 960,
    standalone: (text) => ({
      property: 'tasks',
      value: plan2020.tasks.slice(0, 8).map((task) => ({ ...task, title: { zh: text, en: text }, assignees: [text] })),
      attributes: AS_OF,
    }),
    acceptsStandalone: (value) =>
      Array.isArray(value) && value.every((task) => isValid((item) => parseOrThrow(Task, item, 'tasks'), task)),
    connected: (scope) => ({ plan: scope.planId, 'group-by': 'status', 'as-of': scope.asOf }),
    interactions: [{ kind: 'select', event: 'pk-task-open', target: '[part~="card"]', keys: ['Enter'] }],
    writes: [
      {
        kind: 'task-move',
        request: { method: 'PATCH', path: /\/api\/v1\/tasks\/[^/]+$/ },
        perform: async (page, box) => {
          // Space picks the focused card up, ArrowRight carries it to the next column, Space drops it.
          await box.locator('[part~="card"]').first().focus();
          for (const key of [' ', 'ArrowRight', ' ']) await page.keyboard.press(key);
        },
      },
    ],
    // The provider asks the token's role (GET /session): a viewer's board is read-only from its first render.
    readOnly: { attribute: 'readonly', viewerIsReadOnly: true },
  },
  {
    tag: 'pk-grid-map',
    summary: 'grids coloured by a metric, with tooltip, selected-grid panel and item pipeline',
    width: 720,
    standalone: (text) => ({
      property: 'grids',
      value: gridsWithText(text),
      attributes: { ...AS_OF, selected: HARDENING_GRID_ID },
    }),
    acceptsStandalone: (value) => isValid((grids) => validateGridCollection(grids, 'grids'), value),
    connected: (scope) => ({ metric: 'openItems', schematic: '', 'as-of': scope.asOf }),
    // The tab stop: the selected grid, else the first.
    interactions: [
      { kind: 'select', event: 'pk-grid-select', target: '[role="option"][tabindex="0"]', keys: ['Enter'] },
    ],
    writes: [],
    readOnly: null,
    attributesNameData: false,
    serverGrids: 'shared',
  },
  {
    tag: 'pk-retailer-tiers',
    summary: 'retailers per tier and band: count, order growth, gross margin, band summary',
    width: 720,
    standalone: (text) => ({ property: 'summary', value: tierSummaryWithText(text), attributes: {} }),
    acceptsStandalone: (value) => isValid((summary) => checkTierSummary(summary, 'summary'), value),
    // One grid's summary: the server names the grid, which the hostile seed names after the payload (all of
    // them alike otherwise: copies of one grid's retailers).
    connected: (scope) => (scope.gridId === '' ? { metric: 'count' } : { metric: 'count', grid: scope.gridId }),
    // The tiers are SVG options (focus needs an HTML element here); the band names are buttons that pick too.
    interactions: [{ kind: 'select', event: 'pk-tier-select', target: '[part~="band-button"]', keys: ['Enter', ' '] }],
    writes: [],
    readOnly: null,
    serverGrids: 'own-grid',
  },
];

/** The tags of every registered element, for `customElements.whenDefined` and the double-definition checks. */
export const TARGET_TAGS: readonly string[] = TARGETS.map((target) => target.tag);

/**
 * The seeded 2020 plan, as the CSP, fault, access and double-definition suites show it. Grid and retailer
 * ids depend on the generator's sizes: `seedScope(dbPath)` in reference.ts reads the real ones.
 */
export const SEED_SCOPE: ConnectedScope = {
  planId: plan2020.plan.id,
  kpiId: 'sales-volume',
  taskId: plan2020.tasks[0]?.id ?? 'p1-1-t1',
  gridId: '',
  retailerId: '',
  asOf: plan2020.asOf,
};

/** `target` in its box under a provider calling the page's own origin (`/api/v1`), connected to `scope`. */
export function connectedCase(target: ElementTarget, id = target.tag, scope: ConnectedScope = SEED_SCOPE): CaseSpec {
  return {
    id,
    width: target.width,
    provider: { attributes: { 'base-url': '/api/v1' } },
    element: { tag: target.tag, attributes: target.connected(scope), properties: {} },
  };
}

/** A page with every target connected to the seeded plan (`connectedCase`), signed in by the page's session. */
export function connectedPage(id: string, title: string, events: string[]): ScenarioSpec {
  return {
    id,
    title,
    lang: 'en',
    scripts: ['/plankit.js'],
    csp: null,
    session: true,
    events,
    cases: TARGETS.map((target) => connectedCase(target)),
    tasks: [],
  };
}
