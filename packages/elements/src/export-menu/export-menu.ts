// <pk-export-menu>: an optional menu button that offers a widget's export formats (from the one list in
// shared/export.ts), runs its `export({ format })` and downloads the file. ARIA menu button pattern; focus in the
// open menu moves with the shared roving-tabindex controller.
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PlankitBaseElement } from '../shared/plankit-element.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { tokenStyles } from '../shared/tokens.js';
import { formatsOf, type ExportFormat } from '../shared/export.js';
import { ExportEvent } from '../shared/events/export.js';
import { addMessages } from '../shared/localize.js';
import { menuZhCN } from '../shared/i18n/menu.zh-CN.js';
import { menuEn } from '../shared/i18n/menu.en.js';
import { exportMenuStyles } from './export-menu.styles.js';

addMessages('zh-CN', menuZhCN);
addMessages('en', menuEn);

export { ExportEvent, type ExportDetail } from '../shared/events/export.js';

/** A widget that can export: the formats it writes come from `exportFormats` in shared/export.ts. */
type Exportable = HTMLElement & { export(options: { format: ExportFormat }): Promise<Blob> };

const FORMAT_LABEL = { svg: 'menuFormatSvg', png: 'menuFormatPng', csv: 'menuFormatCsv' } as const;

/**
 * An optional Export menu for a widget: a button that opens a menu of the formats the widget writes (SVG,
 * PNG, CSV), in the page's language. Choosing one runs the widget's `export({ format })` and downloads the
 * file; when the widget is missing or its export fails, the menu says so in a visible alert. Point it at a
 * widget with `for` (the widget's id, in the same document or shadow root), or put the widget inside it.
 * Keyboard: Enter, Space or ArrowDown opens the menu on its first item (ArrowUp on its last), the arrows,
 * Home and End move, Enter or Space chooses, Escape closes and returns to the button, Tab closes and moves on.
 *
 * @summary A menu button that exports a widget as SVG, PNG or CSV.
 * @tag pk-export-menu
 *
 * @slot - The widget to export when `for` is not set (its first element).
 *
 * @fires {ExportEvent} pk-export - A file was exported, before its download; cancelable. `detail.format`, `detail.blob`, `detail.filename`, `detail.target`.
 *
 * @csspart button - The button that opens the menu.
 * @csspart menu - The list of formats.
 * @csspart item - One format of the menu.
 * @csspart error - The alert shown when the widget is missing or its export failed.
 *
 * @cssprop --pk-export-menu-background - Background of the button and the menu. Default `--pk-color-surface`.
 * @cssprop --pk-export-menu-border-color - Border of the button and the menu. Default `--pk-color-border`.
 * @cssprop --pk-export-menu-highlight - Background of the focused item. Default `--pk-color-track`.
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-line-height - Line height (at least 1.25 for CJK). Default `1.5`.
 * @cssprop --pk-space-xs - Extra small spacing. Default `0.25rem`.
 * @cssprop --pk-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --pk-space-m - Medium spacing. Default `0.75rem`.
 * @cssprop --pk-radius - Corner radius. Default `0.5rem`.
 * @cssprop --pk-color-surface - Background of the widgets.
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-track - Gauge tracks and empty bars.
 * @cssprop --pk-color-off-track - Status colour: off track (and errors).
 * @cssprop --pk-focus-ring-color - Focus outline colour.
 * @cssprop --pk-focus-ring-width - Focus outline width. Default `2px`.
 */
export class ExportMenuElement extends PlankitBaseElement {
  static override styles = [tokenStyles, exportMenuStyles];

  /** The id of the widget to export (in the menu's document or shadow root); without it, the widget inside the menu. */
  @property({ attribute: 'for', reflect: true }) htmlFor = '';

  @state() private open = false;
  @state() private busy = false;
  /** The message of the alert, a message key and its parameters resolved at render (so it follows the locale). */
  @state() private problem: (() => string) | undefined;
  @state() private formats: readonly ExportFormat[] = [];

  @query('[part~="button"]') private button!: HTMLButtonElement;

  private readonly roving = new RovingTabindexController<HTMLElement>(this, {
    elements: () => this.items(),
    direction: 'vertical',
  });

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  /** The widget the menu exports, if it is on the page. */
  get target(): HTMLElement | null {
    if (this.htmlFor === '') return this.firstElementChild as HTMLElement | null;
    return (this.getRootNode() as Document | ShadowRoot).getElementById(this.htmlFor);
  }

  /** The target, checked: undefined (and the alert set) when it is missing or writes no format. */
  private exportable(): Exportable | undefined {
    const target = this.target;
    const name = target === null ? `#${this.htmlFor}` : `<${target.localName}>`;
    this.formats = formatsOf(target?.localName ?? '');
    if (target !== null && this.formats.length > 0 && typeof (target as Partial<Exportable>).export === 'function')
      return target as Exportable;
    this.problem = () => this.localize.term('menuMissing', { name });
    return undefined;
  }

  /** Open the menu with focus on its first item (or last), when the target can export. */
  private async show(last = false): Promise<void> {
    this.problem = undefined;
    if (this.exportable() === undefined) return;
    this.open = true;
    await this.updateComplete;
    const items = this.items();
    const item = last ? items.at(-1) : items[0];
    if (item !== undefined) this.roving.focus(item);
  }

  private hide(focusButton: boolean): void {
    this.open = false;
    if (focusButton) this.button.focus();
  }

  /** Export `format` from the target and download it (unless a listener of `pk-export` cancels). */
  private async choose(format: ExportFormat): Promise<void> {
    this.hide(true);
    const target = this.exportable();
    if (target === undefined) return;
    this.busy = true;
    try {
      const blob = await target.export({ format });
      const filename = `${target.id === '' ? target.localName : target.id}.${format}`;
      if (this.dispatchEvent(new ExportEvent({ format, blob, filename, target }))) download(blob, filename);
    } catch {
      // The widget's own error is in English for developers; the user reads the menu's sentence.
      this.problem = () => this.localize.term('menuFailed');
    } finally {
      this.busy = false;
    }
  }

  private readonly onButtonKeydown = (event: KeyboardEvent): void => {
    // Enter and Space click the button (which opens the menu on its first item); the arrows open it too.
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.show(event.key === 'ArrowUp');
  };

  private readonly onMenuKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.hide(true);
    } else if (event.key === 'Tab') this.hide(false);
  };

  /** Focus leaving the menu and its button (a click elsewhere, Tab) closes it. */
  private readonly onFocusout = (event: FocusEvent): void => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.open = false;
  };

  protected override render(): TemplateResult {
    const { localize } = this;
    const label = this.busy ? localize.term('menuBusy') : localize.term('menuExport');
    return html`<div class="bar" @focusout=${this.onFocusout}>
        <button
          part="button"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="menu"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => (this.open ? this.hide(true) : this.busy ? undefined : void this.show())}
          @keydown=${this.onButtonKeydown}
        >
          ${label}<span aria-hidden="true">▾</span>
        </button>
        <div
          part="menu"
          id="menu"
          role="menu"
          aria-label=${localize.term('menuExport')}
          ?hidden=${!this.open}
          @keydown=${this.onMenuKeydown}
        >
          ${this.formats.map(
            (format) =>
              html`<button part="item" type="button" role="menuitem" @click=${() => void this.choose(format)}>
                ${localize.term(FORMAT_LABEL[format])}
              </button>`,
          )}
        </div>
      </div>
      ${this.problem === undefined ? nothing : html`<p part="error" class="error" role="alert">${this.problem()}</p>`}
      <slot></slot>`;
  }
}

/** Save `blob` as `filename` through a temporary link (the browser's download). */
function download(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  // The click starts the download at once; the URL may go after this task.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
