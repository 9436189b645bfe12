// What the update chunk (dist/charts/dataset-update.js) offers the loader, which holds no update code:
// only an element whose figures come from an update file or inline JSON loads it.
import type { Dataset } from '@kz-trafficking/core/dataset';

/** Where an element's figures come from: an update file's absolute address, or the update written in the page. */
export type DataSource = { src: string } | { inline: string };

/** The bundled dataset with the update merged in, or why it could not be. */
export type UpdateOutcome =
  | { dataset: Dataset }
  | {
      /**
       * The error state in `locale` (an element's attribute value; Russian when it names no locale
       * of ours); `retry` runs when the reader asks to try again (offered when the file could not be fetched).
       */
      failure: (locale: string | null, retry: () => void) => HTMLElement;
    };

/** The update chunk. */
export interface UpdateModule {
  /**
   * The bundled dataset with the update from `source` read, checked and merged in; never rejects.
   * An address is fetched once however many elements name it (again after a failure).
   */
  loadDataset(source: DataSource): Promise<UpdateOutcome>;
  /** What an iframe chart page shows, in `locale`, in place of its chart for an update `address` it does not take. */
  notAllowedNotice(locale: string | null, address: string): HTMLElement;
}
