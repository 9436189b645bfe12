// The error state a chart element shows in place of its chart when its update cannot be used: what
// went wrong in the figure's language, the update's problems by fact id and field, and a retry when
// the file could not be fetched. Everything is text (textContent): an update's strings stay inert.
import type { UpdateFailureNotice } from './update-module.js';

/** The problem list's look (the rest is the load-failure notice's, in the element's stylesheet); set through the CSSOM, which no CSP forbids. */
const listCss =
  'flex-basis:100%;margin:0;padding-left:1.25em;font-family:ui-monospace,monospace;font-size:.875em;overflow-wrap:anywhere';

/** The notice for `notice`; `retry` runs when the reader asks to try again (offered only when it may help). */
export function updateFailureNotice(notice: UpdateFailureNotice, retry: () => void): HTMLElement {
  const element = document.createElement('div');
  element.className = 'kz-load-failure kz-update-failure';
  element.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = notice.message;
  element.append(message);
  if (notice.problems.length > 0) {
    const list = document.createElement('ul');
    list.style.cssText = listCss;
    for (const problem of notice.problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    element.append(list);
  }
  if (notice.retry !== null) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = notice.retry;
    button.addEventListener('click', retry, { once: true });
    element.append(button);
  }
  return element;
}
