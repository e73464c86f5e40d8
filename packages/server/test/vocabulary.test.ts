// A bureau's own plan: departments, KPI categories, units and item kinds not in the SDK's lists are
// accepted, stored and served over HTTP with their labels; assumed due dates round-trip.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { leafQuality, plan2020 } from '@plankit/sdk/fixtures';
import type { Kpi, Task } from '@plankit/sdk/schemas';
import { EDITOR_TOKEN, VIEWER_TOKEN, clientFor, raw, startTestServer, type TestServer } from './helpers.js';
import type { PlanData } from '../src/index.js';

const PLAN = 'bureau-2021';

/** The 2020 plan re-labelled as another bureau's: a quality office, a quality category and tonnes. */
function bureauPlan(): PlanData {
  const base = structuredClone(plan2020);
  const plan = {
    ...base.plan,
    id: PLAN,
    kpiIds: [...base.plan.kpiIds, 'leaf-quality'],
    vocabulary: {
      departments: { 'quality-office': { zh: '质量办', en: 'Quality office' } },
      categories: { quality: { zh: '质量管理', en: 'Quality' } },
      units: { tonne: { zh: '吨', en: 'tonnes' } },
      itemKinds: { 'noise-complaint': { zh: '噪声投诉', en: 'Noise complaint' } },
    },
  };
  // The SDK's sample of a bureau's own KPI (its labels come from the plan's vocabulary), with January and February.
  const { vocabulary: _labels, ...leaf } = leafQuality;
  const quality: Kpi = { ...leaf, planId: PLAN, measurements: leaf.measurements.slice(0, 2) };
  const task: Task = {
    ...(base.tasks[0] as Task),
    id: 'q-1',
    planId: PLAN,
    owner: 'quality-office',
    title: { zh: '优质烟叶收购质量抽检', en: 'Spot checks of quality leaf purchases' },
    dueAssumed: true,
  };
  return {
    ...base,
    plan,
    kpis: [...base.kpis.map((kpi) => ({ ...kpi, planId: PLAN })), quality],
    tasks: [...base.tasks.map((t) => ({ ...t, planId: PLAN })), task],
  };
}

describe('a plan with its own vocabulary', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ planData: bureauPlan() });
  });
  after(() => server.dispose());

  test('GET /plans/{planId} serves the plan with its vocabulary', async () => {
    const plan = await clientFor(server, VIEWER_TOKEN).plans.get(PLAN);
    assert.deepEqual(plan.vocabulary?.categories, { quality: { zh: '质量管理', en: 'Quality' } });
  });

  test('GET …/kpis/{kpiId}?asOf= serves the new category and unit with the plan’s labels, evaluated', async () => {
    const response = await raw(server, `/api/v1/plans/${PLAN}/kpis/leaf-quality?asOf=2020-02-29`, {
      token: VIEWER_TOKEN,
    });
    assert.equal(response.status, 200);
    const kpi = response.json as Kpi;
    assert.equal(kpi.category, 'quality');
    assert.equal(kpi.unit, 'tonne');
    assert.deepEqual(kpi.vocabulary, {
      categories: { quality: { zh: '质量管理', en: 'Quality' } },
      units: { tonne: { zh: '吨', en: 'tonnes' } },
    });
    assert.equal(kpi.evaluation?.actual, 190);
    assert.deepEqual(kpi.evaluation?.ruleText, { zh: '≥ 1200吨', en: '≥ 1.2K tonnes' });
  });

  test('the SDK client validates the list, the KPIs of known codes carrying no labels', async () => {
    const kpis = await clientFor(server, VIEWER_TOKEN).kpis.list(PLAN, { asOf: '2020-09-30' });
    const quality = kpis.find((kpi) => kpi.id === 'leaf-quality');
    assert.equal(quality?.vocabulary?.units?.['tonne']?.zh, '吨');
    assert.equal(kpis.find((kpi) => kpi.id === 'sales-volume')?.vocabulary, undefined);
  });

  test('tasks filter by the new department, and an assumed due date is served as one', async () => {
    const client = clientFor(server, VIEWER_TOKEN);
    const tasks = await client.tasks.list(PLAN, { owner: 'quality-office' });
    assert.deepEqual(
      tasks.map((t) => [t.id, t.owner, t.dueAssumed]),
      [['q-1', 'quality-office', true]],
    );
    const refused = await raw(server, `/api/v1/plans/${PLAN}/tasks?owner=two%20words`, { token: VIEWER_TOKEN });
    assert.equal(refused.status, 400);
  });

  test('PATCH with a due date makes it the user’s: dueAssumed goes', async () => {
    const editor = clientFor(server, EDITOR_TOKEN);
    const task = (await editor.tasks.list(PLAN, { owner: 'quality-office' }))[0] as Task;
    const updated = await editor.tasks.update(task.id, { due: task.due }, { version: task.version });
    assert.equal(updated.dueAssumed, undefined);
    assert.equal(updated.version, task.version + 1);
    const again = (await editor.tasks.list(PLAN, { owner: 'quality-office' }))[0] as Task;
    assert.equal(again.dueAssumed, undefined);
  });

  test('a measurement of the new unit is stored and the KPI comes back labelled', async () => {
    const response = await raw(server, `/api/v1/plans/${PLAN}/kpis/leaf-quality/measurements/2020-03`, {
      method: 'PUT',
      body: { value: 120 },
    });
    assert.equal(response.status, 200);
    assert.equal((response.json as Kpi).vocabulary?.categories?.['quality']?.en, 'Quality');
  });
});

describe('the 2020 plan over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  test('its undated tasks are served with dueAssumed, the seed’s dated ones without', async () => {
    const tasks = await clientFor(server, VIEWER_TOKEN).tasks.list('2020-x-county');
    const contingency = tasks.find((t) => t.title.zh.includes('工作预案'));
    assert.equal(contingency?.dueAssumed, undefined);
    assert.ok(tasks.filter((t) => t.dueAssumed === true).length > 30);
  });
});

test('invalid plan data is refused before anything is written', async () => {
  const data = bureauPlan();
  await assert.rejects(
    startTestServer({ planData: { ...data, kpis: data.kpis.map((k) => ({ ...k, unit: '吨' })) } }),
    /kpis\.0\.unit/,
  );
  await assert.rejects(
    startTestServer({ planData: { ...data, tasks: [{ ...(data.tasks[0] as Task), planId: 'elsewhere' }] } }),
    /belongs to plan "elsewhere"/,
  );
});
