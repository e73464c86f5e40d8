// <pk-task-board>: a plan's tasks as a board of columns (status, owner, pillar or due month) and optional
// swimlanes. Cards move by keyboard, by a "Move to…" menu and by pointer drag; every path goes through the
// same checks (SDK domain: planMove, checkMove) and, when connected, through an optimistic ledger that PATCHes with
// If-Match and rolls back on failure. The element derives its view in willUpdate and renders.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ContextConsumer } from '@lit/context';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Pillar, SessionRole, Task, Vocabulary } from '@plankit/sdk';
import {
  BOARD_GROUP_BYS,
  BOARD_LANE_BYS,
  applyMoveLocally,
  beginMove,
  boardFilterChoices,
  cellIds,
  cellWithCarried,
  columnKeyOf,
  createLedger,
  dropIndexAt,
  dropSlot,
  dueMarkOf,
  laneKeyOf,
  layoutBoard,
  layoutTasks,
  moveTargets,
  ledgerTasks,
  neighbourCard,
  planMove,
  readBoardView,
  refreshLedger,
  settleFailedMove,
  settleMove,
  spotOf,
  stepSpot,
  takeSendable,
  validateBoardTasks,
  type BoardFilter,
  type BoardGroupBy,
  type BoardLaneBy,
  type BoardLayout,
  type BoardPlace,
  type BoardSpot,
  type DueMark,
  type MoveLedger,
  type MoveRefusal,
  type MoveRules,
  vocabularyLabel,
} from '@plankit/sdk/domain';
import { PlankitElement, today } from '../shared/plankit-element.js';
import { DataController, describeFailure } from '../shared/data-controller.js';
import { renderState, stateStyles } from '../shared/state-view.js';
import { selectionContext, sessionContext } from '../shared/context.js';
import { classifyFailure } from '../shared/failure.js';
import { KpiSelectEvent } from '../shared/events/kpi-select.js';
import { TaskMoveEvent } from '../shared/events/task-move.js';
import { TaskOpenEvent } from '../shared/events/task-open.js';
import type { MessageKey } from '../shared/i18n/zh-CN.js';
import { hostStyles, tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import { printStyles } from '../shared/print.js';
import { boardStyles } from './task-board.styles.js';
import { addMessages } from '../shared/localize.js';
import { boardZhCN } from '../shared/i18n/board.zh-CN.js';
import { boardEn } from '../shared/i18n/board.en.js';
import { loadView, saveView, viewKey } from '../shared/persist.js';
import { csvBlob, exportFormat, exportFormats, type CsvCell } from '../shared/export.js';

addMessages('zh-CN', boardZhCN);
addMessages('en', boardEn);

/** `case-group` → `CaseGroup`: the tail of a message key (`boardOwnerCaseGroup`, `boardStatusTodo`). */
const keyTail = (value: string): string =>
  value.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The message key `prefix` + the value's tail, if the catalogue has it. */
function messageKey(prefix: string, value: string): MessageKey | undefined {
  const key = `${prefix}${keyTail(value)}`;
  return key in boardZhCN ? (key as MessageKey) : undefined;
}

/** The version of the view stored under `persist-key`. */
const VIEW_VERSION = 1;
/** What `export()` writes. */
export type BoardExportFormat = 'csv';
/** The CSV's columns, as the tails of their heading messages (`boardCsvTitle`…). */
const CSV_COLUMNS = ['Title', 'Status', 'Owner', 'Assignees', 'Due', 'Progress', 'Pillar', 'Initiative'] as const;
const NO_PILLARS: readonly Pillar[] = [];
/**
 * Cards in a cell above which the cell scrolls by itself and draws only the cards near its view
 * (@lit-labs/virtualizer): a 10,000-card board draws a few dozen cards per column.
 */
const VIRTUAL_FROM = 100;
/** The virtualizer's layout, given (not left to its default) so it is bundled, never loaded by import(). */
const VIRTUAL_LAYOUT = flow({ direction: 'vertical' });
/** Frames to wait for a virtualized cell to draw a card scrolled in for the keyboard. */
const DRAW_FRAMES = 8;

interface BoardData {
  readonly tasks: readonly Task[];
  /** The plan's pillars, for pillar names and order (connected mode); standalone boards use `.pillars`. */
  readonly pillars: readonly Pillar[] | undefined;
  /** The plan's labels for its own codes (departments), connected mode. */
  readonly vocabulary?: Vocabulary | undefined;
}

/** The toolbar's filters (the selected KPI is added from the page's selection). */
interface BoardFilterState {
  owner: string;
  pillar: string;
  overdueOnly: boolean;
  text: string;
}

/** A card being carried by the keyboard, and where it would drop. */
interface Pick extends BoardSpot {
  readonly taskId: string;
}

/** A message shown above the board (a refusal, a rollback, a stale task), with an optional action. */
interface Notice {
  readonly tone: 'error' | 'warning';
  readonly text: string;
  readonly again?: { readonly taskId: string; readonly to: BoardPlace };
}

/** An attribute that takes one of `values`; anything else reads as the first. */
const oneOf = <T extends string>(values: readonly T[]) => ({
  fromAttribute: (value: string | null): T => values.find((candidate) => candidate === value) ?? (values[0] as T),
});

/**
 * A plan's tasks as a board: columns by status (default), owner department, pillar or due month, optional
 * swimlanes by pillar or owner, filters, WIP limits, and cards that move by keyboard, menu or pointer.
 * Loads `client.tasks.list(plan)` (and the plan, for pillar names) through the nearest `<pk-provider>`,
 * or shows the `tasks` property. In connected mode a move is applied at once, sent as a PATCH with
 * `If-Match`, and put back (with a visible reason) if the server refuses it.
 *
 * Keys on a card: arrows move the focus; Space picks the card up, arrows then move it (Left/Right between
 * columns, Up/Down within the column, and on into the next owner lane), Space or Enter drops it, Escape
 * cancels; Ctrl+arrow moves the card at once; Enter (when nothing is picked up) or a click opens it; the
 * "Move to…" button lists the other columns (and the other lanes when lanes are owners). Cards move between
 * status, owner and due-month columns and owner lanes; a task's pillar is its initiative's, so pillar columns
 * and lanes only reorder. Printed, the board fits its columns to the page and draws long columns whole.
 *
 * @summary A plan's tasks as a kanban board you can run by mouse, touch and keyboard.
 * @tag pk-task-board
 *
 * @fires {TaskMoveEvent} pk-task-move - Before a card moves (cancelable). `detail`: taskId, version, patch, previous, task, from, to, lane, index.
 * @fires {TaskOpenEvent} pk-task-open - A card was opened (click, or Enter when nothing is picked up). `detail.taskId`.
 * @fires {KpiSelectEvent} pk-kpi-select - A linked KPI chip was clicked. `detail.kpiId`.
 * @fires {PkErrorEvent} pk-error - The tasks could not be loaded, or the `tasks` property is not valid.
 * @fires {AuthRequiredEvent} pk-auth-required - Loading was refused with 401.
 *
 * @csspart base - The board's box.
 * @csspart toolbar - Grouping, swimlane and filter controls.
 * @csspart readonly-note - The line saying the board is read-only.
 * @csspart notice - A refused, failed or stale move, with its action buttons.
 * @csspart lane - One swimlane.
 * @csspart lane-header - A swimlane's collapse button, name and count.
 * @csspart column-header - A column's name, count and WIP warning.
 * @csspart column - A column's list of cards (one per lane).
 * @csspart card - A task card.
 * @csspart card-title - A card's title (clamped to two lines).
 * @csspart due - A card's due date with its overdue or due-soon mark.
 * @csspart kpi - A linked KPI chip.
 * @csspart move-button - A card's "Move to…" button.
 * @csspart move-menu - The list of columns (and owner lanes) a card can move to.
 * @csspart state - The loading, empty or error view shown instead of the board.
 * @csspart retry - The Retry button of the error view.
 *
 * @cssprop --pk-task-board-column-width - Narrowest column before the board scrolls sideways. Default `15rem`.
 * @cssprop --pk-task-board-long-column-height - Height of a long column (over 100 cards), which scrolls by itself and draws only the cards near its view. Default `32rem`.
 * @cssprop --pk-task-board-column-background - Background of a column. Default the track colour.
 * @cssprop --pk-task-board-card-background - Background of a card. Default the surface colour.
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-font-weight-strong - Weight of headings. Default `600`.
 * @cssprop --pk-line-height - Line height (at least 1.25 for CJK). Default `1.5`.
 * @cssprop --pk-space-xs - Extra small spacing. Default `0.25rem`.
 * @cssprop --pk-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --pk-space-m - Medium spacing. Default `0.75rem`.
 * @cssprop --pk-space-l - Large spacing. Default `1rem`.
 * @cssprop --pk-radius - Corner radius. Default `0.5rem`.
 * @cssprop --pk-color-surface - Background of the widgets.
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-text-muted - Secondary text colour.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-track - Columns, progress tracks and skeletons.
 * @cssprop --pk-color-accent - Progress, drop indicator, buttons.
 * @cssprop --pk-color-at-risk - Due-soon and WIP-at-limit marks.
 * @cssprop --pk-color-off-track - Overdue and over-limit marks, errors.
 * @cssprop --pk-color-met - Done progress.
 * @cssprop --pk-focus-ring-color - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width. Default `2px`.
 */
export class TaskBoardElement extends PlankitElement {
  /** @internal */
  static override styles = [tokenStyles, hostStyles, visuallyHiddenStyles, stateStyles, boardStyles, printStyles];

  /** Plan whose tasks are shown; falls back to the provider's `plan`. */
  @property() plan: string | undefined;

  /** Date the overdue and due-soon marks are judged on, `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** What the columns stand for: `status` (default), `owner`, `pillar` or `due` (month). */
  @property({ attribute: 'group-by', reflect: true, converter: oneOf(BOARD_GROUP_BYS) }) groupBy: BoardGroupBy =
    'status';

  /** Swimlanes: `none` (default), `pillar` or `owner`. */
  @property({ reflect: true, converter: oneOf(BOARD_LANE_BYS) }) swimlanes: BoardLaneBy = 'none';

  /** No moves: no drag, no pick-up, no "Move to…"; cards stay focusable and openable. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Refuse a move that would put a column over its WIP limit (otherwise it is warned about). */
  @property({ attribute: 'wip-strict', type: Boolean }) wipStrict = false;

  /** WIP limit per column key, e.g. `{ doing: 5 }`. */
  @property({ attribute: false }) wipLimits: Readonly<Record<string, number>> = {};

  /** Days before the due date in which an open task is marked "due soon". Default 7. */
  @property({ attribute: 'due-soon-days', type: Number }) dueSoonDays = 7;

  /** Saves grouping, swimlanes, filters and collapsed lanes in localStorage under this key (never task data). */
  @property({ attribute: 'persist-key' }) persistKey: string | undefined;

  /** The tasks to show (standalone, no network). Validated: an invalid list shows the error state. */
  @property({ attribute: false }) tasks: Task[] | undefined;

  /** The plan's pillars, for pillar names and order on a standalone board. */
  @property({ attribute: false }) pillars: Pillar[] | undefined;

  /** @internal */
  @state() private filter: BoardFilterState = {
    owner: '',
    pillar: '',
    overdueOnly: false,
    text: '',
  };
  /** @internal */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** @internal */
  @state() private ledger: MoveLedger = createLedger([]);
  /** @internal */
  @state() private pick: Pick | null = null;
  /** The plan's vocabulary (connected mode), for its own department codes. @internal */
  private vocabulary: Vocabulary | undefined;
  /** @internal */
  private focusedId: string | null = null;
  /** @internal */
  @state() private notice: Notice | null = null;
  /** @internal */
  @state() private announcement = '';
  /** @internal */
  @state() private menuFor: string | null = null;
  /** @internal */
  @state() private forbidden = false;
  /** The page is being printed: long columns are drawn whole, not virtualized, so paper shows every card. @internal */
  @state() private printing = false;
  /** @internal */
  @state() private drag: (BoardSpot & { taskId: string }) | null = null;

  /** @internal */
  private readonly selection = new ContextConsumer(this, { context: selectionContext, subscribe: true });
  /** The provider's session: the token's role, learned once per client and token callback. @internal */
  private readonly session = new ContextConsumer(this, {
    context: sessionContext,
    subscribe: true,
    callback: (source) => {
      this.sessionRole = undefined;
      // A standalone board (`.tasks`) writes nothing to the server: it never asks.
      if (this.tasks !== undefined) return;
      void source?.role().then((role) => {
        if (this.session.value === source) this.sessionRole = role;
      });
    },
  });
  /** The token's role as the provider learned it; undefined when not (yet) known. @internal */
  @state() private sessionRole: SessionRole | undefined;

  /** @internal */
  private readonly data = new DataController<BoardData, [plan: string]>(this, this.localize, {
    source: () => {
      if (this.tasks !== undefined) return { kind: 'local', value: this.tasks };
      const plan = this.plan ?? this.config?.plan;
      if (plan === undefined || plan === '') return { kind: 'missing', reason: 'missing-plan' };
      return { kind: 'remote', args: [plan] };
    },
    validate: (value) => ({ tasks: validateBoardTasks(value, 'tasks'), pillars: undefined, vocabulary: undefined }),
    load: async (client, [plan], signal) => {
      // The role (asked once, shared) comes with the first data, so a viewer never sees moves offered, then not.
      const source = this.session.value;
      const [tasks, planData, role] = await Promise.all([
        client.tasks.list(plan, {}, { signal }),
        client.plans.get(plan, { signal }),
        source?.role(),
      ]);
      if (this.session.value === source) this.sessionRole = role;
      return { tasks, pillars: planData.pillars, vocabulary: planData.vocabulary };
    },
    isEmpty: (value) => value.tasks.length === 0,
    // <pk-provider live>: a colleague's change to one of the plan's tasks. The reload merges under the moves
    // still in flight (ledgerWithTasks), so no card jumps back or shows twice.
    follows: 'task',
    subject: () =>
      this.tasks !== undefined
        ? this.localize.term('subjectTaskData')
        : this.localize.term('subjectTasks', { plan: this.plan ?? this.config?.plan ?? '' }),
  });

  /** @internal */
  private loaded: readonly Task[] | undefined;
  /** @internal */
  private layout: BoardLayout | undefined;
  /** @internal */
  private shownTasks: readonly Task[] = [];
  /** @internal */
  private restoredKey: string | undefined;
  /** A drag just ended: the click that follows it does not open the card. @internal */
  private dragEnded = false;
  /** @internal */
  private pointer: { taskId: string; id: number; x: number; y: number; dragging: boolean } | null = null;

  /** Formatted dates and pillar names, per locale (a board formats the same few dates a thousand times). @internal */
  private labelCache = new Map<string, string>();
  /** What every card depends on, read once per render rather than once per card. @internal */
  private snapshot = { tag: '', readonly: false, asOf: '', pillars: NO_PILLARS };
  /** The same, as the part of a cell's and a card's guard that every one of them shares. @internal */
  private cardDeps: unknown[] = [];

  /** A label from the cache, emptied by render() when the locale or the pillars change. */
  private cached(key: string, make: () => string): string {
    let value = this.labelCache.get(key);
    if (value === undefined) this.labelCache.set(key, (value = make()));
    return value;
  }

  /** @internal */
  private readonly onPrint = (event: Event): void => {
    // Lit updates in a microtask, which runs before the browser lays the page out for print.
    this.printing = event.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** The date due marks are judged on. @internal */
  get evaluationDate(): string {
    return this.asOf ?? this.config?.asOf ?? today();
  }

  /** Read-only by attribute, for a viewer's token, or because the server refused a write with 403. @internal */
  get effectiveReadonly(): boolean {
    return this.readonly || this.forbidden || this.viewer;
  }

  /** Connected with a token whose role is `viewer` (the provider asked `GET /session`). @internal */
  get viewer(): boolean {
    return this.tasks === undefined && this.sessionRole === 'viewer';
  }

  /** The rules of a move and of the layout, as the properties are now. */
  private get rules(): MoveRules {
    return {
      groupBy: this.groupBy,
      laneBy: this.swimlanes,
      readonly: this.effectiveReadonly,
      wipLimits: this.wipLimits,
      wipStrict: this.wipStrict,
    };
  }

  private get connected(): boolean {
    return this.tasks === undefined && this.data.client !== undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('persistKey')) this.restoreView();
    const state = this.data.state;
    const tasks = state.kind === 'complete' ? state.value.tasks : undefined;
    if (tasks !== undefined && tasks !== this.loaded) {
      // A new list (first load, reload, a new `.tasks`) keeps the pending moves on top of it.
      const carried = this.pick?.taskId ?? (this.pointer?.dragging === true ? this.pointer.taskId : undefined);
      const { ledger, ended } = refreshLedger(this.ledger, tasks, this.loaded !== undefined && this.connected, carried);
      this.ledger = ledger;
      this.loaded = tasks;
      this.vocabulary = state.kind === 'complete' ? state.value.vocabulary : undefined;
      // A reload (a colleague's change, under <pk-provider live>) keeps a card the user is carrying, by keyboard
      // or by pointer, unless that very card changed: then the carry ends, and the board says so rather than move
      // it from under the user.
      if (ended !== undefined) {
        this.pick = null;
        if (this.pointer?.taskId === carried) {
          this.pointer = null;
          this.drag = null;
          // The pointer is still down: its release must neither drop nor open the card.
          this.dragEnded = true;
        }
        const text = this.localize.term('boardPickEndedRemote', {
          title: ended.task === undefined ? '' : this.text(ended.task.title),
        });
        this.notice = { tone: 'warning', text };
        this.say(text);
      }
    }
    if (tasks === undefined) {
      this.layout = undefined;
      return;
    }
    this.shownTasks = ledgerTasks(this.ledger);
    const kpiId = this.selection.value?.selection.kpiId ?? null;
    const filter: BoardFilter = { ...this.filter, kpiId };
    this.layout = layoutBoard(this.shownTasks, {
      ...this.rules,
      filter,
      asOf: this.evaluationDate,
      pillarOrder: this.pillarList().map((pillar) => pillar.id),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.manageTabStop();
    if (['groupBy', 'swimlanes', 'filter', 'collapsed', 'persistKey'].some((key) => changed.has(key))) this.saveView();
  }

  /** The card that is the tab stop, set by hand so a focus change re-renders nothing. @internal */
  private tabStop: HTMLElement | null = null;

  /** Give the tab stop (tabindex 0, and to the card's buttons) to the focused card only. @internal */
  private manageTabStop(): void {
    const id = this.focusedId;
    // The focused card scrolled out of a virtualized cell: the first drawn card keeps the board reachable by Tab.
    const card =
      (id === null ? null : this.cardElement(id)) ??
      (this.focusWanted === null ? this.renderRoot.querySelector<HTMLElement>('[part~="card"]') : null);
    const set = (element: HTMLElement | null, value: number): void => {
      if (element === null || !element.isConnected) return;
      element.tabIndex = value;
      for (const button of element.querySelectorAll<HTMLElement>('button')) button.tabIndex = value;
    };
    if (this.tabStop !== card) set(this.tabStop, -1);
    set(card, 0);
    this.tabStop = card;
  }

  private pillarList(): readonly Pillar[] {
    const state = this.data.state;
    return this.pillars ?? (state.kind === 'complete' ? state.value.pillars : undefined) ?? NO_PILLARS;
  }

  // View state under persist-key.
  private restoreView(): void {
    const key = viewKey('pk-task-board', this.persistKey);
    if (key === undefined || key === this.restoredKey) return;
    this.restoredKey = key;
    // Before views were versioned, boards kept theirs as raw JSON under `plankit:task-board:<key>`: read once, then moved.
    const view = loadView(key, VIEW_VERSION, readBoardView, { key: key.replace(':pk-', ':') });
    if (view === undefined) return;
    this.groupBy = view.groupBy ?? this.groupBy;
    this.swimlanes = view.laneBy ?? this.swimlanes;
    // A stored filter holds only the keys it was saved with (JSON has no undefined).
    this.filter = { ...this.filter, ...(view.filter as Partial<BoardFilterState>) };
    this.collapsed = new Set(view.collapsed ?? this.collapsed);
  }

  /** Saves the view once it has been restored from the same key (an undefined key saves nothing). */
  private saveView(): void {
    const key = viewKey('pk-task-board', this.persistKey);
    if (key === this.restoredKey)
      saveView(key, VIEW_VERSION, {
        groupBy: this.groupBy,
        laneBy: this.swimlanes,
        filter: this.filter,
        collapsed: [...this.collapsed],
      });
  }

  /**
   * The tasks as the board shows them, as CSV (`csv`: after the filters and the selected KPI, lane by lane and
   * column by column in board order; one row a task with its title, status, owner, assignees, due date,
   * progress in percent, pillar and initiative, in the board's locale; UTF-8 with a BOM so spreadsheet
   * programs read Chinese). There is no SVG or PNG: the board is HTML (cards, wrapping text, scrolling and
   * virtualized columns), not a drawing, and a faithful picture of it would need an HTML-to-image renderer
   * whose size outweighs the board; the browser's own print gives the picture instead.
   * Rejects while no tasks are shown (loading, error), and for another format.
   */
  async export({ format }: { format: BoardExportFormat }): Promise<Blob> {
    exportFormat('pk-task-board', format, exportFormats['pk-task-board']);
    await this.updateComplete;
    const layout = this.layout;
    if (layout === undefined) throw new Error('<pk-task-board> has no tasks to export yet.');
    const initiatives = new Map(
      this.pillarList().flatMap((pillar) => pillar.initiatives.map(({ id, name }) => [id, this.text(name)])),
    );
    const head = CSV_COLUMNS.map((column) => this.localize.term(`boardCsv${column}`));
    const rows = layoutTasks(layout).map((task): CsvCell[] => [
      this.text(task.title),
      this.columnLabel(task.status, 'status'),
      this.ownerLabel(task.owner),
      task.assignees.join(this.localize.locale === 'en' ? ', ' : '、'),
      task.due,
      task.progress,
      this.pillarLabel(task.pillarId),
      initiatives.get(task.initiativeId) ?? task.initiativeId,
    ]);
    return csvBlob([head, ...rows]);
  }

  // Labels.
  private text(value: { zh: string; en: string }): string {
    return this.localize.locale === 'en' ? value.en : value.zh;
  }

  /** A department's name: the SDK's for a known code, the plan's vocabulary for its own, else the code. */
  private ownerLabel(owner: string): string {
    return this.cached(`o|${owner}`, () =>
      vocabularyLabel('departments', owner, this.localize.locale, this.vocabulary),
    );
  }

  private pillarLabel(pillarId: string): string {
    return this.cached(`p|${pillarId}`, () => {
      const pillar = this.pillarList().find((candidate) => candidate.id === pillarId);
      return pillar === undefined ? pillarId : this.text(pillar.name);
    });
  }

  private markText(mark: DueMark): string {
    if (mark === null) return '';
    return this.cached(`m|${mark}`, () =>
      mark === 'overdue' ? `⚠ ${this.localize.term('boardOverdue')} ` : `◷ ${this.localize.term('boardDueSoon')} `,
    );
  }

  private dueLabel(due: string): string {
    return this.cached(`d|${due}`, () => this.localize.term('boardDue', { date: this.localize.date(due) }));
  }

  /** A column's name when the board is grouped by `groupBy` (its own grouping by default). */
  private columnLabel(key: string, groupBy: BoardGroupBy = this.groupBy): string {
    switch (groupBy) {
      case 'status':
        return this.localize.term((messageKey('boardStatus', key) ?? 'boardStatusTodo') as 'boardStatusTodo');
      case 'owner':
        return this.ownerLabel(key);
      case 'pillar':
        return this.pillarLabel(key);
      case 'due':
        return key === 'none'
          ? this.localize.term('boardNoDue')
          : this.localize.date(`${key}-01`, { year: 'numeric', month: 'long' });
    }
  }

  private laneLabel(key: string): string {
    return this.swimlanes === 'owner' ? this.ownerLabel(key) : this.pillarLabel(key);
  }

  /** A column's name, with its lane's when the board has swimlanes (what an announcement says). */
  private placeLabel(place: BoardPlace): string {
    const column = this.columnLabel(place.column);
    return this.swimlanes === 'none'
      ? column
      : this.localize.term('boardPlace', { lane: this.laneLabel(place.lane), column });
  }

  // Places and moves.

  /** Announce where a card is (picked up, carried over, dropped): its place and position from 1. */
  private sayPlace(key: 'boardPicked' | 'boardOver' | 'boardDropped', task: Task | undefined, spot: BoardSpot): void {
    this.say(
      this.localize.term(key as 'boardPicked', {
        title: task === undefined ? '' : this.text(task.title),
        column: this.placeLabel(spot),
        position: this.localize.number(spot.index + 1),
      }),
    );
  }

  private say(message: string): void {
    // A new node each time so screen readers read a repeated sentence again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /** A column's name and WIP limit, for the messages about it. */
  private wipParams(column: string): { column: string; limit: string } {
    return { column: this.columnLabel(column), limit: this.localize.number(this.wipLimits[column] ?? 0) };
  }

  private refuse(reason: MoveRefusal, column: string): void {
    const text =
      reason === 'wip-strict'
        ? this.localize.term('boardRefusedWip', this.wipParams(column))
        : this.localize.term(
            (messageKey('boardRefused', reason) ?? 'boardRefusedColumnLocked') as 'boardRefusedReadonly',
          );
    this.notice = { tone: 'error', text };
    this.say(text);
  }

  /**
   * Move a card to `to` at `index` among that cell's other cards, through the same rules for every path
   * (keyboard, menu, pointer). Returns whether the card moved.
   */
  moveTask(taskId: string, to: BoardPlace, index: number): boolean {
    const task = this.shownTasks.find((candidate) => candidate.id === taskId);
    const layout = this.layout;
    if (task === undefined || layout === undefined) return false;
    const check = planMove(layout, this.ledger.order, task, { ...to, index }, this.rules);
    if (!check.ok) {
      this.refuse(check.reason, to.column);
      return false;
    }
    const { ok: _ok, overLimit, order, ...detail } = check;
    const event = new TaskMoveEvent(detail);
    this.dispatchEvent(event);
    if (event.defaultPrevented) {
      const text = this.localize.term('boardRefusedCancelled');
      this.notice = { tone: 'error', text };
      this.say(text);
      return false;
    }
    this.notice = overLimit
      ? {
          tone: 'warning',
          text: this.localize.term('boardWarnWip', this.wipParams(to.column)),
        }
      : null;
    if (this.connected) {
      this.ledger = beginMove(this.ledger, taskId, check.patch, order).ledger;
      this.flush();
    } else {
      this.ledger = applyMoveLocally(this.ledger, taskId, check.patch, order);
    }
    this.sayPlace('boardDropped', task, { ...to, index: detail.index });
    return true;
  }

  /** Send every move that can go now; each settles into the ledger whatever order the answers come in. @internal */
  private flush(): void {
    const client = this.data.client;
    if (client === undefined) return;
    const { ledger, send } = takeSendable(this.ledger);
    this.ledger = ledger;
    for (const move of send) {
      const title = (): string => {
        const task = this.ledger.confirmed.get(move.taskId);
        return task === undefined ? move.taskId : this.text(task.title);
      };
      client.tasks.update(move.taskId, move.patch, { version: move.sentVersion ?? 1 }).then(
        (task) => {
          this.ledger = settleMove(this.ledger, move.id, { ok: true, task });
          this.say(this.localize.term('boardSaved', { title: title() }));
          this.flush();
        },
        (error: unknown) => {
          const before = this.shownTasks.find((candidate) => candidate.id === move.taskId);
          const settled = settleFailedMove(this.ledger, move.id, error);
          this.ledger = settled.ledger;
          const failure = classifyFailure(error);
          const forbidden = failure.kind === 'forbidden';
          if (forbidden) {
            this.forbidden = true;
            this.pick = null;
          }
          const text = settled.stale
            ? this.localize.term('boardStale', { title: title() })
            : this.localize.term('boardFailed', {
                title: title(),
                reason: forbidden ? this.localize.term('boardForbidden') : describeFailure(this.localize, failure),
              });
          // On 412 the notice offers the move again, to where the card was to go.
          const again = settled.stale &&
            before && {
              taskId: move.taskId,
              to: { column: columnKeyOf(before, this.groupBy), lane: laneKeyOf(before, this.swimlanes) },
            };
          this.notice = { tone: 'error', text, ...(again && { again }) };
          this.say(text);
          this.flush();
        },
      );
    }
  }

  // Keyboard.
  private cardIdOf(event: Event): string | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.dataset['taskId'] !== undefined && target.matches('[part~="card"]'))
        return target.dataset['taskId'];
    }
    return undefined;
  }

  /** The drawn card of a task, or null (filtered out, in a collapsed lane, or scrolled out of a virtualized cell). */
  private cardElement(taskId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="card"][data-task-id="${CSS.escape(taskId)}"]`);
  }

  /** A card the keyboard wants focused: kept until it is drawn and the frame that draws it has passed. @internal */
  private focusWanted: string | null = null;

  private focusCard(taskId: string | null): void {
    if (taskId === null) return;
    this.focusedId = taskId;
    this.focusWanted = taskId;
    void this.updateComplete.then(() => this.applyFocus(DRAW_FRAMES));
  }

  /**
   * Focus the wanted card. In a virtualized cell it may not be drawn (scrolled out) or may be drawn a moment after
   * the board's update: scroll it in through the virtualizer and try again on the next frames.
   */
  private applyFocus(framesLeft: number): void {
    const taskId = this.focusWanted;
    if (taskId === null) return;
    const card = this.cardElement(taskId);
    if (card === null) {
      // Not drawn: scrolled out of a long cell, whose virtualizer scrolls to it by its index as shown.
      for (const cell of this.renderRoot.querySelectorAll<HTMLElement & VirtualizerHostElement>('.virtual')) {
        const { lane, column } = cell.dataset;
        const index = this.cellMemo.get(`${lane}\u0000${column}`)?.findIndex((task) => task.id === taskId) ?? -1;
        if (index !== -1 && framesLeft > 0) {
          cell[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
          requestAnimationFrame(() => this.applyFocus(framesLeft - 1));
          return;
        }
      }
      this.focusWanted = null;
      return;
    }
    this.manageTabStop();
    // Focus without the layout a scroll needs now; the next frame (which lays out anyway) scrolls if needed.
    if (this.shadowRoot?.activeElement !== card) card.focus({ preventScroll: true });
    requestAnimationFrame(() => {
      if (this.focusWanted === taskId) this.focusWanted = null;
      const drawn = this.cardElement(taskId);
      if (drawn === null) return;
      // A virtualized cell may have redrawn the card after it was focused: give the focus back.
      if (drawn !== card && this.focusedId === taskId) drawn.focus({ preventScroll: true });
      // In the frame's own layout; scrolls (its column, the page) only when the card is not fully in view.
      drawn.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  /** A virtualized cell drew other cards: give the tab stop and a wanted focus to them. @internal */
  private readonly onRangeChanged = (): void => {
    // The virtualizer draws right after this event: act once it has.
    queueMicrotask(() => {
      this.manageTabStop();
      this.applyFocus(DRAW_FRAMES);
    });
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const taskId = this.cardIdOf(event);
    if (taskId === undefined || event.defaultPrevented) return;
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement && origin.matches('[part~="card"]'))) {
      // Keys on a card's buttons (KPI chips, "Move to…" and its menu) are theirs; Escape closes the menu.
      if (event.key === 'Escape' && this.menuFor !== null) {
        event.preventDefault();
        this.menuFor = null;
        this.focusCard(taskId);
      }
      return;
    }
    const pick = this.pick;
    if (pick !== null && pick.taskId === taskId) {
      this.onPickKey(event, pick);
      return;
    }
    const task = this.shownTasks.find((candidate) => candidate.id === taskId);
    if (task === undefined) return;
    const arrow = event.key.startsWith('Arrow');
    if (arrow && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      const spot = this.layout && spotOf(this.layout, taskId);
      const to = spot && this.step(taskId, spot, event.key);
      if (to !== undefined) this.moveTask(taskId, to, to.index);
      this.focusCard(taskId);
      return;
    }
    const next = this.layout && neighbourCard(this.layout, taskId, event.key, this.collapsed);
    if (next !== undefined || arrow || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      if (next !== undefined) this.focusCard(next);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.dispatchEvent(new TaskOpenEvent({ taskId }));
    } else if (event.key === ' ') {
      event.preventDefault();
      this.pickUp(task);
    } else if (event.key === 'Escape' && this.menuFor !== null) {
      this.menuFor = null;
    }
  };

  private pickUp(task: Task): void {
    if (this.effectiveReadonly) {
      this.refuse('readonly', '');
      return;
    }
    const spot = this.layout && spotOf(this.layout, task.id);
    if (spot === undefined) return;
    this.pick = { taskId: task.id, ...spot };
    this.notice = null;
    this.sayPlace('boardPicked', task, spot);
  }

  /** Where an arrow key takes a carried card: across lanes only where a move may change the lane (owner). */
  private step(taskId: string, spot: BoardSpot, key: string): BoardSpot | undefined {
    const layout = this.layout;
    return (
      layout &&
      stepSpot(layout, taskId, spot, key, { crossLanes: this.swimlanes === 'owner', collapsed: this.collapsed })
    );
  }

  private onPickKey(event: KeyboardEvent, pick: Pick): void {
    const key = event.key;
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      this.pick = null;
      this.moveTask(pick.taskId, pick, pick.index);
      this.focusCard(pick.taskId);
    } else if (key === 'Escape' || key === 'Tab') {
      if (key === 'Escape') event.preventDefault();
      this.cancelPick();
    } else if (key.startsWith('Arrow')) {
      event.preventDefault();
      const next = this.step(pick.taskId, pick, key);
      if (next === undefined) return;
      this.pick = { taskId: pick.taskId, ...next };
      this.sayPlace('boardOver', undefined, next);
      this.focusCard(pick.taskId);
    }
  }

  private cancelIfLeft(taskId: string): void {
    const active = this.shadowRoot?.activeElement;
    // A focus on its way (a virtualized cell drawing the card) is not a departure.
    if (this.focusWanted === taskId) return;
    if (this.pick?.taskId === taskId && !(active instanceof HTMLElement && active.dataset['taskId'] === taskId))
      this.cancelPick();
  }

  private cancelPick(): void {
    const pick = this.pick;
    if (pick === null) return;
    this.pick = null;
    const task = this.shownTasks.find((candidate) => candidate.id === pick.taskId);
    if (task !== undefined) this.say(this.localize.term('boardCancelled', { title: this.text(task.title) }));
    this.focusCard(pick.taskId);
  }

  // Pointer drag (mouse, pen, touch): a few pixels of travel start it; the drop target is found by hit test.
  private readonly onPointerDown = (event: PointerEvent): void => {
    this.dragEnded = false;
    if (this.effectiveReadonly || event.button !== 0) return;
    const taskId = this.cardIdOf(event);
    if (taskId === undefined || (event.target as Element | null)?.closest?.('button') != null) return;
    this.pointer = { taskId, id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const pointer = this.pointer;
    if (pointer === null || pointer.id !== event.pointerId) return;
    if (!pointer.dragging) {
      if (Math.hypot(event.clientX - pointer.x, event.clientY - pointer.y) < 6) return;
      pointer.dragging = true;
      try {
        (event.currentTarget as Element).setPointerCapture(event.pointerId);
      } catch {
        // A synthetic or already released pointer: the drag still follows the events the board receives.
      }
    }
    event.preventDefault();
    const target = this.dropTarget(event.clientX, event.clientY, pointer.taskId);
    this.drag = target === undefined ? null : { taskId: pointer.taskId, ...target };
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const pointer = this.pointer;
    if (pointer === null || pointer.id !== event.pointerId) return;
    this.pointer = null;
    this.dragEnded = pointer.dragging;
    const drag = this.drag;
    this.drag = null;
    if (!pointer.dragging || drag === null || event.type === 'pointercancel') return;
    this.moveTask(drag.taskId, drag, drag.index);
    this.focusCard(drag.taskId);
  };

  private dropTarget(x: number, y: number, taskId: string): BoardSpot | undefined {
    const root = this.renderRoot as ShadowRoot;
    const hit = root.elementsFromPoint?.(x, y).find((element) => element.matches('[part~="column"]'));
    if (!(hit instanceof HTMLElement)) return undefined;
    const column = hit.dataset['column'] ?? '';
    const lane = hit.dataset['lane'] ?? '';
    // Indexes among the cell's other cards, drawn or not (a virtualized cell draws only those near its view).
    const others = (this.cellMemo.get(`${lane}\u0000${column}`) ?? [])
      .map((task) => task.id)
      .filter((id) => id !== taskId);
    const drawn = [...hit.querySelectorAll<HTMLElement>('[part~="card"]')].map((card) => {
      const rect = card.getBoundingClientRect();
      return { id: card.dataset['taskId'] ?? '', middle: rect.top + rect.height / 2 };
    });
    return {
      column,
      lane,
      index: dropIndexAt(
        others,
        drawn.filter((card) => card.id !== taskId),
        y,
      ),
    };
  }

  // Rendering.
  protected override render(): unknown {
    const state = this.data.state;
    const fallback = renderState(state, this.data, {
      localize: this.localize,
      skeletonLines: 6,
      emptyMessage: 'boardEmpty',
    });
    const layout = this.layout;
    if (fallback !== undefined || layout === undefined) return fallback;
    const { localize } = this;
    const pillars = this.pillarList();
    if (localize.tag !== this.snapshot.tag || pillars !== this.snapshot.pillars || this.labelCache.size > 5000)
      this.labelCache = new Map();
    this.snapshot = {
      tag: localize.tag,
      readonly: this.effectiveReadonly,
      asOf: this.evaluationDate,
      pillars,
    };
    const { readonly, tag, asOf } = this.snapshot;
    this.cardDeps = [readonly, tag, asOf, pillars, this.dueSoonDays, this.groupBy, this.printing];
    const kpiId = this.selection.value?.selection.kpiId ?? null;
    return html`<section
      part="base"
      class="base"
      aria-label=${localize.term('boardLabel')}
      aria-describedby="help"
      @keydown=${this.onKeydown}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
      @click=${this.onClick}
      @focusin=${this.onFocusin}
      @focusout=${this.onFocusout}
    >
      <p id="help" class="visually-hidden">${localize.term('boardHelp')}</p>
      ${this.renderToolbar()}
      ${kpiId === null ? nothing : html`<p class="note">${localize.term('boardSelectionKpi', { kpi: kpiId })}</p>`}
      ${
        this.effectiveReadonly
          ? html`<p part="readonly-note" class="note">
              ${localize.term(this.viewer && !this.readonly ? 'boardReadonlyViewer' : 'boardReadonly')}
            </p>`
          : nothing
      }
      ${this.renderNotice()}
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${layout.shown === 0 ? html`<p class="note">${localize.term('boardNoMatch')}</p>` : nothing}
      <div class="board ${this.drag === null ? '' : 'dragging'}">
        <div class="row head">${layout.columns.map((column) => this.renderColumnHeader(column))}</div>
        ${layout.lanes.map((lane) => this.renderLane(lane, layout))}
      </div>
    </section>`;
  }

  private renderToolbar(): TemplateResult {
    const { localize, filter } = this;
    const choices = boardFilterChoices(this.shownTasks);
    const all: [string, string] = ['', localize.term('boardFilterAll')];
    const select = (
      name: string,
      label: MessageKey,
      options: readonly (readonly [string, string])[],
      current: string,
      apply: (value: string) => void,
    ): TemplateResult =>
      html`<label
        >${localize.term(label as 'boardGroupBy')}
        <select name=${name} @change=${(event: Event) => apply((event.target as HTMLSelectElement).value)}>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
        </select></label
      >`;
    const setFilter = (change: Partial<typeof filter>): void => {
      this.filter = { ...this.filter, ...change };
    };
    return html`<div part="toolbar" class="toolbar" role="group" aria-label=${localize.term('boardFilters')}>
      ${select(
        'group-by',
        'boardGroupBy',
        BOARD_GROUP_BYS.map((key) => [key, localize.term(messageKey('boardGroup', key) as 'boardGroupStatus')]),
        this.groupBy,
        (value) => (this.groupBy = value as BoardGroupBy),
      )}
      ${select(
        'swimlanes',
        'boardLanes',
        BOARD_LANE_BYS.map((key) => [key, localize.term(messageKey('boardLanes', key) as 'boardLanesNone')]),
        this.swimlanes,
        (value) => (this.swimlanes = value as BoardLaneBy),
      )}
      ${select(
        'owner',
        'boardFilterOwner',
        [all, ...choices.owners.map((owner) => [owner, this.ownerLabel(owner)] as const)],
        filter.owner,
        (owner) => setFilter({ owner }),
      )}
      ${select(
        'pillar',
        'boardFilterPillar',
        [all, ...choices.pillars.map((id) => [id, this.pillarLabel(id)] as const)],
        filter.pillar,
        (pillar) => setFilter({ pillar }),
      )}
      <label class="check"
        ><input
          type="checkbox"
          name="overdue"
          .checked=${filter.overdueOnly}
          @change=${(event: Event) => setFilter({ overdueOnly: (event.target as HTMLInputElement).checked })}
        />${localize.term('boardFilterOverdue')}</label
      >
      <label
        >${localize.term('boardFilterText')}
        <input
          type="search"
          name="search"
          maxlength="200"
          .value=${filter.text}
          @input=${(event: Event) => setFilter({ text: (event.target as HTMLInputElement).value })}
      /></label>
    </div>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (notice === null) return nothing;
    const again = notice.again;
    return html`<div part="notice" class="notice ${notice.tone}" role="alert">
      <p>${notice.text}</p>
      ${
        again === undefined
          ? nothing
          : html`<button
              type="button"
              class="again"
              @click=${() => {
                this.notice = null;
                this.moveTask(again.taskId, again.to, 0);
              }}
            >
              ${this.localize.term('boardApplyAgain')}
            </button>`
      }
      <button
        type="button"
        class="dismiss"
        @click=${() => {
          this.notice = null;
        }}
      >
        ${this.localize.term('boardDismiss')}
      </button>
    </div>`;
  }

  private renderColumnHeader(column: BoardLayout['columns'][number]): TemplateResult {
    const { localize } = this;
    const limit = column.limit === undefined ? '' : localize.number(column.limit);
    return html`<h3 part="column-header" class="column-header ${column.wip}" data-column=${column.key}>
      <span class="column-name">${this.columnLabel(column.key)}</span>
      <span class="count">${localize.term('boardCount', { count: localize.number(column.count) })}</span>
      ${
        column.wip === 'over'
          ? html`<span class="wip over">⚠ ${localize.term('boardWipOver', { limit })}</span>`
          : column.wip === 'at'
            ? html`<span class="wip at">${localize.term('boardWipAt', { limit })}</span>`
            : nothing
      }
    </h3>`;
  }

  private renderLane(lane: BoardLayout['lanes'][number], layout: BoardLayout): TemplateResult {
    const { localize } = this;
    const hasLanes = this.swimlanes !== 'none';
    const collapsed = hasLanes && this.collapsed.has(lane.key);
    const header = hasLanes
      ? html`<h3 class="lane-heading">
          <button
            part="lane-header"
            class="lane-header"
            type="button"
            aria-expanded=${collapsed ? 'false' : 'true'}
            @click=${() => {
              const next = new Set(this.collapsed);
              if (collapsed) next.delete(lane.key);
              else next.add(lane.key);
              this.collapsed = next;
            }}
          >
            <span class="chevron" aria-hidden="true">${collapsed ? '▸' : '▾'}</span>
            ${localize.term('boardLaneLabel', { lane: this.laneLabel(lane.key), count: localize.number(lane.count) })}
          </button>
        </h3>`
      : nothing;
    return html`<div part="lane" class="lane" data-lane=${lane.key}>
      ${header}
      ${
        collapsed
          ? nothing
          : html`<div class="row">
              ${layout.columns.map((column, columnIndex) =>
                this.renderCell(
                  lane.key,
                  column.key,
                  this.cellTasks(lane.cells[columnIndex] ?? [], lane.key, column.key),
                ),
              )}
            </div>`
      }
    </div>`;
  }

  /** The cell's cards with a picked-up or dragged card shown where it would land. */
  private cellTasks(cards: readonly Task[], laneKey: string, columnKey: string): readonly Task[] {
    const pick = this.pick;
    const carried = pick && this.shownTasks.find((candidate) => candidate.id === pick.taskId);
    return carried == null
      ? cards
      : cellWithCarried(cards, carried, pick?.lane === laneKey && pick.column === columnKey, pick?.index ?? 0);
  }

  /** The previous render's cell lists, reused when a cell holds the same tasks, so unchanged cells skip rendering. @internal */
  private cellMemo = new Map<string, readonly Task[]>();

  private stableCell(key: string, tasks: readonly Task[]): readonly Task[] {
    const previous = this.cellMemo.get(key);
    if (previous !== undefined && previous.length === tasks.length && previous.every((task, at) => task === tasks[at]))
      return previous;
    this.cellMemo.set(key, tasks);
    return tasks;
  }

  private renderCell(lane: string, column: string, cellTasks: readonly Task[]): unknown {
    const key = `${lane}\u0000${column}`;
    const tasks = this.stableCell(key, cellTasks);
    const drag = this.drag;
    const dropHere = drag !== null && drag.column === column && drag.lane === lane;
    const inCell = (id: string | null | undefined): string | null =>
      id != null && tasks.some((task) => task.id === id) ? id : null;
    const menu = inCell(this.menuFor);
    // A cell re-renders only when its cards or the state of one of them changes: a move touches two cells.
    return guard(
      [
        tasks,
        inCell(this.pick?.taskId),
        inCell(drag?.taskId),
        dropHere ? drag.index : -1,
        menu,
        menu === null ? null : this.layout,
        ...this.cardDeps,
      ],
      () => {
        const label = this.localize.term('boardColumnLabel', {
          column: this.columnLabel(column),
          count: this.localize.number(tasks.length),
        });
        // The dragged card still shows in its place: the indicator goes past it when the drop is below it.
        const dropAt = dropHere
          ? dropSlot(
              tasks.map((task) => task.id),
              drag.taskId,
              drag.index,
            )
          : -1;
        const virtual = tasks.length > VIRTUAL_FROM && !this.printing;
        const classes = `cell ${dropHere ? 'drop-target' : ''}`;
        const card = (task: Task, index: number): unknown =>
          this.renderCard(task, dropAt === index, dropAt >= tasks.length && index === tasks.length - 1);
        // Two templates, so a cell that stops being long gets a fresh list without the virtualizer's styles.
        return virtual
          ? html`<ul
              part="column"
              class="${classes} virtual"
              data-column=${column}
              data-lane=${lane}
              aria-label=${label}
              @rangeChanged=${this.onRangeChanged}
            >
              ${virtualize({
                items: tasks as Task[],
                keyFunction: (task: Task) => task.id,
                renderItem: card as (task: Task, index: number) => TemplateResult,
                scroller: true,
                layout: VIRTUAL_LAYOUT,
              })}
            </ul>`
          : html`<ul part="column" class=${classes} data-column=${column} data-lane=${lane} aria-label=${label}>
              ${repeat(tasks, (task) => task.id, card)}
              ${tasks.length === 0 && dropHere ? html`<li class="drop-indicator" aria-hidden="true"></li>` : nothing}
            </ul>`;
      },
    );
  }

  /** One card, re-rendered only when what it shows changes (a move re-renders the moved card, not the board). */
  private renderCard(task: Task, dropBefore: boolean, dropAfter: boolean): unknown {
    const picked = this.pick?.taskId === task.id;
    const dragged = this.drag?.taskId === task.id;
    const menuOpen = this.menuFor === task.id;
    return guard([task, dropBefore, dropAfter, picked, dragged, menuOpen ? this.layout : null, ...this.cardDeps], () =>
      this.cardTemplate(task, dropBefore, dropAfter, picked, dragged, menuOpen),
    );
  }

  private cardTemplate(
    task: Task,
    dropBefore: boolean,
    dropAfter: boolean,
    picked: boolean,
    dragged: boolean,
    menuOpen: boolean,
  ): TemplateResult {
    const { localize } = this;
    const mark = dueMarkOf(task, this.snapshot.asOf, this.dueSoonDays);
    const title = this.text(task.title);
    const id = `card-${task.id}`;
    const percent = this.cached(`%|${task.progress}`, () =>
      localize.term('boardProgress', { value: localize.number(task.progress / 100, { style: 'percent' }) }),
    );
    // tabindex is -1 here; the card that is the board's tab stop (and its buttons) get 0 in updated(). One element
    // per card (the drop indicator is the slot's border), as a virtualized cell needs.
    return html`<li class="slot ${dropBefore ? 'drop-before' : ''} ${dropAfter ? 'drop-after' : ''}">
      <article
        part="card"
        class="card ${picked ? 'picked' : ''} ${mark ?? ''} ${dragged ? 'dragged' : ''}"
        tabindex="-1"
        data-task-id=${task.id}
        aria-labelledby="${id}-title"
        aria-describedby="${id}-meta"
      >
        <h4 part="card-title" class="title" id="${id}-title" title=${title}>${title}</h4>
        <div class="meta" id="${id}-meta">
          <span class="owner">${this.ownerLabel(task.owner)}</span>
          ${
            task.assignees.length === 0
              ? nothing
              : html`<span class="assignees"
                  >${localize.term('boardAssignees', { names: task.assignees.join('、') })}</span
                >`
          }
          ${
            task.due === null
              ? nothing
              : html`<span part="due" class="due ${mark ?? ''}"
                  ><span class="mark">${this.markText(mark)}</span>${this.dueLabel(task.due)}${
                    task.dueAssumed === true ? localize.term('boardDueAssumed') : nothing
                  }</span
                >`
          }
          <span class="pillar">${this.pillarLabel(task.pillarId)} · ${task.initiativeId}</span>
          <span class="progress"
            >${percent}<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
              <rect class="track" width="100" height="4"></rect>
              <rect class="fill" width=${task.progress} height="4"></rect></svg
          ></span>
        </div>
        ${
          task.kpiIds.length === 0
            ? nothing
            : html`<ul class="kpis" aria-label=${localize.term('boardKpis')}>
                ${task.kpiIds.map(
                  (kpiId) =>
                    html`<li>
                      <button part="kpi" type="button" class="kpi" tabindex="-1" data-kpi=${kpiId}>${kpiId}</button>
                    </li>`,
                )}
              </ul>`
        }
        ${this.snapshot.readonly ? nothing : this.renderMoveMenu(task, menuOpen, title)}
      </article>
    </li>`;
  }

  private renderMoveMenu(task: Task, open: boolean, title: string): TemplateResult {
    return html`<div class="move">
      <button
        part="move-button"
        type="button"
        class="move-button"
        tabindex="-1"
        aria-expanded=${open ? 'true' : 'false'}
        data-menu=${task.id}
      >
        ${this.localize.term('boardMoveTo')}
      </button>
      ${
        open
          ? html`<ul part="move-menu" class="move-menu" aria-label=${this.localize.term('boardMoveMenu', { title })}>
              ${moveTargets(this.layout as BoardLayout, task, this.groupBy, this.swimlanes).map(
                ({ column, lane, toLane }) =>
                  html`<li>
                    <button type="button" data-move-to=${column} data-move-lane=${lane}>
                      ${
                        toLane
                          ? this.localize.term('boardMoveToLane', { lane: this.laneLabel(lane) })
                          : this.columnLabel(column)
                      }
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  // Delegated events: one listener each on the board instead of one per card.
  private readonly onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    const taskId = this.cardIdOf(event);
    if (target === null) {
      // A click on the card itself opens it, unless it ended a drag.
      const dragged = this.dragEnded;
      this.dragEnded = false;
      if (taskId !== undefined && !dragged) this.dispatchEvent(new TaskOpenEvent({ taskId }));
      return;
    }
    const kpiId = target.dataset['kpi'];
    if (kpiId !== undefined) {
      this.dispatchEvent(new KpiSelectEvent({ kpiId }));
      return;
    }
    if (taskId === undefined) return;
    if (target.dataset['menu'] !== undefined) {
      this.menuFor = this.menuFor === taskId ? null : taskId;
      return;
    }
    const { moveTo: column, moveLane: lane } = target.dataset;
    if (column === undefined || lane === undefined || this.layout === undefined) return;
    this.menuFor = null;
    // To the end of the cell.
    this.moveTask(taskId, { column, lane }, cellIds(this.layout, { column, lane }).length);
    this.focusCard(taskId);
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    const taskId = this.cardIdOf(event);
    if (taskId === undefined) return;
    this.focusedId = taskId;
    this.manageTabStop();
  };

  private readonly onFocusout = (event: FocusEvent): void => {
    const taskId = this.cardIdOf(event);
    // Re-rendering moves the carried card between lists, which blurs it; focusCard gives the focus back
    // first, so only a real departure (Tab, a click elsewhere) cancels the pick-up.
    if (taskId !== undefined && this.pick?.taskId === taskId)
      void this.updateComplete.then(() => this.cancelIfLeft(taskId));
  };

  /** Focus the card that is the board's tab stop. @internal */
  override focus(options?: FocusOptions): void {
    const card = this.tabStop;
    if (card?.isConnected === true) card.focus(options);
    else super.focus(options);
  }
}
