// The event the export menu fires with the file a widget exported, before it is downloaded.
import type { ExportFormat } from '../export.js';
import { PkEvent } from './pk-event.js';

/** What `pk-export` carries. */
export interface ExportDetail {
  /** The format chosen. */
  readonly format: ExportFormat;
  /** The file the widget wrote. */
  readonly blob: Blob;
  /** The name the download takes: the widget's id (else its tag) and the format, e.g. `sales.csv`. */
  readonly filename: string;
  /** The widget exported. */
  readonly target: HTMLElement;
}

/**
 * Fired by `<pk-export-menu>` with the file a widget exported, before it is downloaded. Cancel it
 * (`preventDefault()`) to keep the file (to upload it, say) instead of downloading it.
 */
export class ExportEvent extends PkEvent<ExportDetail> {
  static override readonly eventName = 'pk-export';
  static override readonly cancelable = true;
}
