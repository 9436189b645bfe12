// The notice a chart element shows when its chart's code cannot be loaded (404, offline, blocked),
// in the figure's language, with a button that tries again. What held the chart's place stays.
import { type Locale, loadFailureTexts } from '@kz-trafficking/core';

/** The notice's look, inside the element's shadow root: the host page's font and colours. */
export const loadFailureCss =
  '.kz-load-failure{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;padding:1em;border:1px solid #767676;border-radius:4px}' +
  '.kz-load-failure p{margin:0}' +
  '.kz-load-failure button{font:inherit;color:inherit;background:transparent;padding:.35em .9em;border:1px solid currentColor;border-radius:4px;cursor:pointer}' +
  '.kz-load-failure button:focus-visible{outline:2px solid currentColor;outline-offset:2px}';

function localeOf(locale: string | null): Locale {
  const code = locale?.trim().toLowerCase();
  return code === 'kk' || code === 'en' ? code : 'ru';
}

/** The notice for a chart in `locale`; `retry` runs when the reader asks to try again. */
export function loadFailureNotice(locale: string | null, retry: () => void): HTMLElement {
  const text = loadFailureTexts[localeOf(locale)];
  const notice = document.createElement('div');
  notice.className = 'kz-load-failure';
  notice.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = text.notice;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.retry;
  button.addEventListener('click', retry, { once: true });
  notice.append(message, button);
  return notice;
}
