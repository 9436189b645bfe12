// The error state a chart element shows in place of its chart when its update cannot be used: what
// went wrong in the figure's language, the update's problems by fact id and field, and a retry when
// the file could not be fetched. Everything is text (textContent): an update's strings stay inert.
import { failureNotice, type NoticeRetry } from './load-failure.js';

/** The problem list's look (the rest is the load-failure notice's, in the element's stylesheet); set through the CSSOM, which no CSP forbids. */
const listCss =
  'flex-basis:100%;margin:0;padding-left:1.25em;font-family:ui-monospace,monospace;font-size:.875em;overflow-wrap:anywhere';

/**
 * The notice: `message`, the update's `problems` (one `<fact id> <field>: <problem>` a line, none
 * when the file could not be fetched), and `retry` when trying again may help.
 */
export function updateFailureNotice(
  message: string,
  problems: readonly string[],
  retry: NoticeRetry | null,
): HTMLElement {
  const details: Node[] = [];
  if (problems.length > 0) {
    const list = document.createElement('ul');
    list.style.cssText = listCss;
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    details.push(list);
  }
  const notice = failureNotice(message, details, retry);
  notice.classList.add('kz-update-failure');
  return notice;
}
