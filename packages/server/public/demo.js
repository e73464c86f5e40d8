// Demo page behaviour: a demo token for the chosen role, the language switch, and the widgets bundle.
// Plain JavaScript (no build step). The token lives in this module only: never in a URL, an attribute or storage.

const TEXT = {
  'zh-CN': {
    org: 'X烟草 · 县级局（营销部）',
    title: '2020年重点工作安排',
    language: '语言',
    role: '角色',
    viewer: '只读（viewer）',
    editor: '编辑（editor）',
    navKpis: '主要预期目标',
    navTasks: '重点任务',
    navGrids: '三员网格化',
    navTiers: '零售户档位',
    bundleMissing: '组件尚未构建：在仓库根目录运行 pnpm build，然后刷新本页。',
    tokenPrompt: '此服务器使用配置的令牌（PLANKIT_TOKENS）：请输入一个令牌。',
    tokenUse: '使用',
    kpisTitle: '主要预期目标',
    tasksTitle: '重点任务看板',
    gridsTitle: '三员网格化：超时信息',
    tiersTitle: '零售户档位：订货额同比',
    footer: '演示数据：2020年计划为示意数值，网格与零售户由固定种子生成。接口文档：',
    comingSoon: '即将推出',
    comingSoonText: '尚未包含在本次构建中。',
    notBuilt: '组件未构建',
    notBuiltText: '运行 pnpm build 后刷新。',
    signedIn: (role) => `演示会话：${role === 'editor' ? '编辑（可拖动任务、推进网格信息）' : '只读'}`,
    sessionFailed: '无法获取演示令牌：',
    pageTitle: '2020年重点工作安排 · Plankit 演示',
    controls: '显示设置',
  },
  en: {
    org: 'X Tobacco · County Bureau (Marketing)',
    title: '2020 Key Work Arrangements',
    language: 'Language',
    role: 'Role',
    viewer: 'Viewer (read only)',
    editor: 'Editor',
    navKpis: 'Objectives',
    navTasks: 'Tasks',
    navGrids: 'Grid management',
    navTiers: 'Retailer tiers',
    bundleMissing: 'The widgets are not built yet: run pnpm build at the repository root, then reload this page.',
    tokenPrompt: 'This server uses configured tokens (PLANKIT_TOKENS): enter one.',
    tokenUse: 'Use',
    kpisTitle: 'Key objectives',
    tasksTitle: 'Task board',
    gridsTitle: 'Three-role grids: overdue items',
    tiersTitle: 'Retailer tiers: order growth',
    footer:
      'Demo data: the 2020 plan uses illustrative values; grids and retailers come from a fixed seed. API description:',
    comingSoon: 'Coming soon',
    comingSoonText: 'is not part of this build yet.',
    notBuilt: 'Not built yet',
    notBuiltText: 'needs pnpm build, then a reload.',
    signedIn: (role) => `Demo session: ${role === 'editor' ? 'editor (move tasks, advance grid items)' : 'read only'}`,
    sessionFailed: 'Could not get a demo token: ',
    pageTitle: '2020 Key Work Arrangements · Plankit demo',
    controls: 'Display settings',
  },
};

const WIDGETS = ['pk-kpi-panel', 'pk-task-board', 'pk-grid-map', 'pk-retailer-tiers'];

const provider = document.getElementById('provider');
const localeSelect = document.getElementById('locale');
const roleSelect = document.getElementById('role');
const sessionStatus = document.getElementById('session-status');
const tokenForm = document.getElementById('token-form');

let token = null;
let locale = 'zh-CN';
let role = 'viewer';

const text = (key) => TEXT[locale][key];

function applyLocale(next) {
  locale = next in TEXT ? next : 'zh-CN';
  document.documentElement.lang = locale;
  document.title = text('pageTitle');
  document.getElementById('controls').setAttribute('aria-label', text('controls'));
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const value = text(element.dataset.i18n);
    if (typeof value === 'string') element.textContent = value;
  }
  provider.locale = locale;
  showSession();
}

function showSession(problem) {
  sessionStatus.hidden = false;
  sessionStatus.classList.toggle('notice-warning', problem !== undefined);
  sessionStatus.textContent =
    problem === undefined ? (token === null ? '' : text('signedIn')(role)) : text('sessionFailed') + problem;
  if (sessionStatus.textContent === '') sessionStatus.hidden = true;
}

/** Ask the server for the demo token of `nextRole`. Null when demo sessions are off (configured tokens). */
async function demoToken(nextRole) {
  const response = await fetch('/demo/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: nextRole }),
    credentials: 'same-origin',
  });
  if (response.status === 404) return null;
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `HTTP ${response.status}`);
  }
  return (await response.json()).token;
}

function applyRole() {
  // A new token callback: the provider asks the new token's role (GET /session) and a viewer's board turns
  // read-only by itself, an editor's offers its moves again.
  provider.getToken = () => token;
}

async function switchRole(nextRole) {
  try {
    const next = await demoToken(nextRole);
    if (next === null) {
      tokenForm.hidden = false;
      roleSelect.disabled = true;
      return;
    }
    token = next;
    role = nextRole;
    applyRole();
    showSession();
  } catch (error) {
    showSession(error instanceof Error ? error.message : String(error));
  }
}

/** The card standing in for a widget: "coming soon" when the bundle lacks it, "not built" without a bundle. */
function placeholder(tag, bundleLoaded) {
  const card = document.getElementById('coming-soon').content.firstElementChild.cloneNode(true);
  card.querySelector('.coming-soon-tag').textContent = `<${tag}>`;
  if (!bundleLoaded) {
    card.querySelector('.coming-soon-title').dataset.i18n = 'notBuilt';
    card.querySelector('.coming-soon-text span').dataset.i18n = 'notBuiltText';
  }
  return card;
}

async function loadWidgets() {
  let loaded = true;
  try {
    await import('/plankit.js');
  } catch {
    loaded = false;
    document.getElementById('bundle-missing').hidden = false;
  }
  for (const tag of WIDGETS) {
    if (loaded && customElements.get(tag) !== undefined) continue;
    for (const element of document.querySelectorAll(tag)) element.replaceWith(placeholder(tag, loaded));
  }
  applyLocale(locale);
}

// The token callback is a property, read before each request; set before the bundle upgrades the provider.
provider.getToken = () => token;

localeSelect.addEventListener('change', () => applyLocale(localeSelect.value));
roleSelect.addEventListener('change', () => void switchRole(roleSelect.value));
tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('token-input');
  token = input.value.trim() || null;
  input.value = '';
  tokenForm.hidden = true;
  // The server tells the widgets what this token may do.
  applyRole();
});
provider.addEventListener('pk-auth-required', () => {
  // With configured tokens a refused token means: ask for another one.
  if (roleSelect.disabled) tokenForm.hidden = false;
});

// No top-level await: intranet browsers as old as Chromium 109 run this page.
async function start() {
  applyLocale(localeSelect.value);
  roleSelect.value = role;
  await switchRole(role);
  await loadWidgets();
}

void start();
