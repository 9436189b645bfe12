// The snippets for host pages that bring their own way of embedding: a page running NPR's Pym.js and
// an AMP page. Both show the chart page the iframe snippet shows, whose script (kz-frame.js) answers
// in each host's height messages; neither needs a script of ours on the host page.
import { escapeHtml } from './html.js';
import type { SnippetTexts } from './options.js';

/** NPR's Pym.js, from its own CDN: a page that already runs it initialises the chart only once. */
export const pymScriptUrl = 'https://pym.nprapps.org/pym.v1.min.js';

/** The script an AMP page needs in its `<head>` to show an `<amp-iframe>`. */
export const ampIframeScript =
  '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>';

/**
 * What the chart page may do inside AMP's sandbox: run its scripts and load its chunks from its own
 * origin, open a source in a new window that is not sandboxed, and download the figure.
 */
export const ampSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

type HostTexts = Pick<SnippetTexts, 'title' | 'description' | 'showWholeChart'>;

/**
 * Pym.js's own markup: its script turns the `data-pym-src` element into an iframe of `page` and
 * sizes it by the page's messages. The link inside is shown until then (and kept by a CMS that
 * strips empty elements); the element holds `height` so that the text below does not move.
 */
export function pymSnippet(page: string, texts: HostTexts, height: number, strictCsp: boolean): string {
  const reserve = strictCsp ? '' : ` style="min-height:${height}px"`;
  return [
    `<div data-pym-src="${escapeHtml(page)}" data-pym-title="${escapeHtml(texts.title)}"${reserve}><a href="${escapeHtml(page)}">${escapeHtml(texts.title)}</a></div>`,
    `<script src="${pymScriptUrl}"></script>`,
  ].join('\n');
}

/**
 * An `<amp-iframe>` of `page` (AMP adds `#amp=1`, which makes the page post AMP's `embed-size`), the
 * script it needs (first line, for the page's `<head>`), the button AMP shows when it will not
 * resize the frame under the reader's eyes, and a placeholder until the chart is drawn: the
 * pre-rendered `image` when there is one, else the figure's title. AMP takes https addresses only.
 */
export function ampSnippet(page: string, texts: HostTexts, height: number, image: string | null): string {
  const placeholder = image
    ? `<amp-img placeholder layout="fill" object-fit="contain" src="${escapeHtml(image)}" alt="${escapeHtml(texts.description)}"></amp-img>`
    : `<div placeholder>${escapeHtml(texts.title)}</div>`;
  return [
    ampIframeScript,
    `<amp-iframe src="${escapeHtml(page)}" title="${escapeHtml(texts.title)}" height="${height}" layout="fixed-height" sandbox="${ampSandbox}" resizable frameborder="0">`,
    `  <button overflow type="button">${escapeHtml(texts.showWholeChart)}</button>`,
    `  ${placeholder}`,
    '</amp-iframe>',
  ].join('\n');
}
