// The hand-written board both baselines share: four status columns of cards (title, owner, due) built with
// DOM APIs, and the move a keyboard or a drag commits (data, DOM and column counts).
import type { KnownOwnerDept, Task, TaskStatus } from '@plankit/sdk';
import { adoptStyles } from '../../lib/page-harness.js';
import { statuses } from './board-data.js';

const columnTitles: Record<TaskStatus, string> = { todo: '待办', doing: '进行中', blocked: '受阻', done: '已完成' };

const ownerNames: Readonly<Record<string, string>> & Record<KnownOwnerDept, string> = {
  business: '业务科',
  logistics: '物流中心',
  marketing: '营销部门',
  monopoly: '专卖部门',
  internal: '内管部门',
  party: '党建办公室',
  safety: '安全管理',
  hr: '人事',
  'case-group': '案件查处组',
  'supervision-group': '市场监管组',
  'grid-project': '网格化课题组',
  'qc-project': 'QC课题组',
};

export interface HandWrittenBoard {
  root: HTMLElement;
  lists: Map<TaskStatus, HTMLOListElement>;
  counts: Map<TaskStatus, HTMLElement>;
  tasks: Map<string, Task>;
}

export function useBoardStyles(): void {
  adoptStyles(`
    body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
    .board { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; padding: 12px; }
    .column h2 { font-size: 14px; margin: 0 0 8px; }
    .column ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; min-height: 40px; }
    .card { border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 8px; background: #fff; }
    .card:focus { outline: 2px solid #2563eb; }
    .card .meta { display: flex; justify-content: space-between; color: #4b5563; font-size: 12px; }
  `);
}

const dueFormat = new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function card(task: Task): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  item.tabIndex = 0;
  item.dataset['id'] = task.id;
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = task.title.zh;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const owner = document.createElement('span');
  // Owners are an open vocabulary: a department the table does not know shows as its code.
  owner.textContent = ownerNames[task.owner] ?? task.owner;
  const due = document.createElement('time');
  if (task.due) {
    due.dateTime = task.due;
    due.textContent = dueFormat.format(new Date(`${task.due}T00:00:00Z`));
  } else {
    due.textContent = '无期限';
  }
  meta.append(owner, due);
  item.append(title, meta);
  return item;
}

export function renderBoard(container: HTMLElement, tasks: readonly Task[]): HandWrittenBoard {
  const root = document.createElement('div');
  root.className = 'board';
  const lists = new Map<TaskStatus, HTMLOListElement>();
  const counts = new Map<TaskStatus, HTMLElement>();
  for (const status of statuses) {
    const column = document.createElement('section');
    column.className = 'column';
    column.dataset['status'] = status;
    const heading = document.createElement('h2');
    const count = document.createElement('span');
    heading.append(`${columnTitles[status]} `, count);
    const list = document.createElement('ol');
    column.append(heading, list);
    root.append(column);
    lists.set(status, list);
    counts.set(status, count);
  }
  for (const task of tasks) lists.get(task.status)?.append(card(task));
  for (const status of statuses) {
    const count = counts.get(status);
    if (count) count.textContent = String(lists.get(status)?.childElementCount ?? 0);
  }
  container.append(root);
  return { root, lists, counts, tasks: new Map(tasks.map((task) => [task.id, task])) };
}

/** Records a card's new column (already placed in the DOM) in the data and the column counts. */
export function commitMove(board: HandWrittenBoard, cardElement: HTMLElement, from: TaskStatus, to: TaskStatus): void {
  const task = board.tasks.get(cardElement.dataset['id'] ?? '');
  if (task) board.tasks.set(task.id, { ...task, status: to });
  for (const status of [from, to]) {
    const count = board.counts.get(status);
    if (count) count.textContent = String(board.lists.get(status)?.childElementCount ?? 0);
  }
}

/** Ctrl+ArrowRight / Ctrl+ArrowLeft on a focused card moves it to the top of the next / previous column. */
export function enableKeyboardMoves(board: HandWrittenBoard): void {
  board.root.addEventListener('keydown', (event) => {
    if (!event.ctrlKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const cardElement = (event.target as HTMLElement).closest<HTMLElement>('.card');
    const from = cardElement?.closest<HTMLElement>('.column')?.dataset['status'] as TaskStatus | undefined;
    if (!cardElement || !from) return;
    const to = statuses[statuses.indexOf(from) + (event.key === 'ArrowRight' ? 1 : -1)];
    const list = to ? board.lists.get(to) : undefined;
    if (!to || !list) return;
    event.preventDefault();
    list.prepend(cardElement);
    commitMove(board, cardElement, from, to);
    cardElement.focus();
  });
}
