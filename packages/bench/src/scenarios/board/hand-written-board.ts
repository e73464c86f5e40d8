// The hand-written board both baselines share: four status columns of cards built with DOM APIs, showing the
// same content as a pk-task-board card (title clamped to two lines, owner, assignees, due date with its
// overdue or due-soon mark in words, pillar and initiative, progress as text and bar, KPI chips, a "Move to…"
// button), and the move a keyboard or a drag commits (data, DOM and column counts).
import type { KnownOwnerDept, Task, TaskStatus } from '@plankit/sdk';
import { adoptStyles } from '../../lib/page-harness.js';
import { asOf, statuses } from './board-data.js';

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
    .card .title { font-weight: 600; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; word-break: keep-all; }
    .card .meta { display: flex; flex-wrap: wrap; gap: 2px 8px; color: #4b5563; font-size: 12px; }
    .card .progress { display: flex; align-items: center; gap: 4px; width: 100%; }
    .card .bar { flex: 1; height: 6px; background: #e6eaef; border-radius: 999px; overflow: hidden; }
    .card .fill { display: block; height: 100%; background: #0969da; }
    .card .kpis { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
    .card button { font: inherit; font-size: 12px; }
  `);
}

const dueFormat = new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', timeZone: 'UTC' });

const percentFormat = new Intl.NumberFormat('zh-CN', { style: 'percent' });
const DAY = 86_400_000;

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

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
  // Owners are an open vocabulary: a department the table does not know shows as its code.
  meta.append(span('owner', ownerNames[task.owner] ?? task.owner));
  if (task.assignees.length > 0) meta.append(span('assignees', `负责人：${task.assignees.join('、')}`));
  const due = document.createElement('time');
  if (task.due) {
    due.dateTime = task.due;
    const days = (Date.parse(task.due) - Date.parse(asOf)) / DAY;
    const mark = task.status === 'done' ? '' : days < 0 ? '⚠ 已逾期 ' : days <= 7 ? '◷ 即将到期 ' : '';
    due.textContent = `${mark}截止 ${dueFormat.format(new Date(`${task.due}T00:00:00Z`))}`;
  } else {
    due.textContent = '无期限';
  }
  meta.append(due, span('pillar', `${task.pillarId} · ${task.initiativeId}`));
  const progress = span('progress', `进度 ${percentFormat.format(task.progress / 100)}`);
  const bar = span('bar', '');
  const fill = span('fill', '');
  fill.style.width = `${task.progress}%`;
  bar.append(fill);
  progress.append(bar);
  meta.append(progress);
  item.append(title, meta);
  if (task.kpiIds.length > 0) {
    const kpis = document.createElement('ul');
    kpis.className = 'kpis';
    for (const kpiId of task.kpiIds) {
      const chip = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.tabIndex = -1;
      button.textContent = kpiId;
      chip.append(button);
      kpis.append(chip);
    }
    item.append(kpis);
  }
  const move = document.createElement('button');
  move.type = 'button';
  move.tabIndex = -1;
  move.textContent = '移动到…';
  item.append(move);
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
