// What <pk-task-board>'s export({ format: 'csv' }) writes, loaded on the first export (a dynamic import), so a
// page that never exports does not load it: the tasks the board shows, one row a task, through the shared
// CSV writer (UTF-8 with a BOM, CRLF, formula-like text defused).
import type { BoardLayout } from '@plankit/sdk/domain';
import type { Pillar, Task } from '@plankit/sdk';
import { csvBlob, exportFormat, type CsvCell } from '../shared/export.js';
import type { LocalizeController } from '../shared/localize.js';
import type { MessageKey } from '../shared/i18n/zh-CN.js';

/** The board's own labels, as it shows them (owner and pillar names follow the plan's vocabulary). */
export interface BoardCsvLabels {
  readonly localize: LocalizeController;
  readonly pillars: readonly Pillar[];
  text(value: Task['title']): string;
  owner(owner: string): string;
  pillar(pillarId: string): string;
}

/** The columns, as the tails of their heading messages (`boardCsvTitle`…). */
const COLUMNS = ['Title', 'Status', 'Owner', 'Assignees', 'Due', 'Progress', 'Pillar', 'Initiative'] as const;

/**
 * The tasks of `layout` (already filtered) lane by lane, column by column, in board order: title, status,
 * owner, assignees, due date (`YYYY-MM-DD`), progress in percent (a number), pillar and initiative. Throws for
 * a format other than `csv`, and while the board shows no tasks (`layout` undefined: loading, empty, error).
 */
export function boardCsv(format: unknown, layout: BoardLayout | undefined, labels: BoardCsvLabels): Blob {
  exportFormat('pk-task-board', format, ['csv']);
  if (layout === undefined) throw new Error('<pk-task-board> has no tasks to export yet.');
  const { localize } = labels;
  const initiatives = new Map(
    labels.pillars.flatMap((pillar) => pillar.initiatives.map((initiative) => [initiative.id, initiative.name])),
  );
  const head = COLUMNS.map((column) => localize.term(`boardCsv${column}` as MessageKey));
  const rows = layout.lanes.flatMap((lane) =>
    lane.cells.flatMap((cell) =>
      cell.map((task): CsvCell[] => {
        const initiative = initiatives.get(task.initiativeId);
        return [
          labels.text(task.title),
          localize.term(`boardStatus${task.status[0]?.toUpperCase() ?? ''}${task.status.slice(1)}` as MessageKey),
          labels.owner(task.owner),
          task.assignees.join(localize.locale === 'en' ? ', ' : '、'),
          task.due,
          task.progress,
          labels.pillar(task.pillarId),
          initiative === undefined ? task.initiativeId : labels.text(initiative),
        ];
      }),
    ),
  );
  return csvBlob([head, ...rows]);
}
