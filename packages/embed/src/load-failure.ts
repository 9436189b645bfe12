// The notice a chart element shows when its chart's code cannot be loaded (404, offline, blocked),
// in the figure's language, with a button that tries again. What held the chart's place stays.
// The update chunk's notices (update-notice.ts) are built the same way.
import { isLocale, type Locale, loadFailureTexts } from '@kz-trafficking/core';

/** The notice's look, inside the element's shadow root: the host page's font and colours. */
export const loadFailureCss =
  '.kz-load-failure{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;padding:1em;border:1px solid #767676;border-radius:4px}' +
  '.kz-load-failure p{margin:0}' +
  '.kz-load-failure button{font:inherit;color:inherit;background:transparent;padding:.35em .9em;border:1px solid currentColor;border-radius:4px;cursor:pointer}' +
  '.kz-load-failure button:focus-visible{outline:2px solid currentColor;outline-offset:2px}';

/** The locale of a notice: the element's `locale` attribute when it names one of ours, else Russian. */
export function noticeLocale(locale: string | null): Locale {
  const code = locale?.trim().toLowerCase();
  return isLocale(code) ? code : 'ru';
}

/** A retry button's label and what it runs (once). */
export interface NoticeRetry {
  label: string;
  run: () => void;
}

/**
 * A notice in place of a chart: `message`, then `details` (nodes, e.g. a list), then the retry
 * button when trying again may help. Everything is text: nothing here is parsed as markup.
 */
export function failureNotice(message: string, details: readonly Node[], retry: NoticeRetry | null): HTMLElement {
  const notice = document.createElement('div');
  notice.className = 'kz-load-failure';
  notice.setAttribute('role', 'alert');
  const paragraph = document.createElement('p');
  paragraph.textContent = message;
  notice.append(paragraph, ...details);
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = retry.label;
    button.addEventListener('click', retry.run, { once: true });
    notice.append(button);
  }
  return notice;
}

/** The notice for a chart in `locale`; `retry` runs when the reader asks to try again. */
export function loadFailureNotice(locale: string | null, retry: () => void): HTMLElement {
  const text = loadFailureTexts[noticeLocale(locale)];
  return failureNotice(text.notice, [], { label: text.retry, run: retry });
}
