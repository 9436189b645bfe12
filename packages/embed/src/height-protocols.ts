// The height messages a chart page posts to its parent, in each protocol the host may speak: our own
// (kz-resizer.js), Pym.js, AMP's amp-iframe and WordPress embeds. Each is chosen by what the page's
// address carries, as each host opens the page; none of them can ask the parent to navigate or scroll.
import { heightMessageType } from './charts.js';

/** The protocols the page's address asks for, besides our own, which is always spoken. */
export interface HostProtocols {
  /** Pym.js: the `childId` its parent put in the query. */
  pymChildId?: string;
  /** AMP: `amp=1` in the fragment (amp-iframe adds it). */
  amp: boolean;
  /** WordPress: the secret `wp_filter_oembed_result` put in the fragment (`#?secret=…`). */
  wordpressSecret?: string;
}

const pymSeparator = 'xPYMx';

/** Reads the protocols from the page's address; a value of the wrong shape is ignored. */
export function hostProtocols(search: string, hash: string): HostProtocols {
  const protocols: HostProtocols = { amp: false };
  const childId = new URLSearchParams(search).get('childId');
  // Pym's parent matches `xPYMx<id>xPYMx(\S+)`: an id with spaces or the separator could not be read back.
  if (childId && /^\S{1,200}$/.test(childId) && !childId.includes(pymSeparator)) protocols.pymChildId = childId;
  const fragment = new URLSearchParams(hash.replace(/^#\??/, ''));
  protocols.amp = fragment.get('amp') === '1';
  const secret = fragment.get('secret');
  if (secret && /^[A-Za-z0-9]{10}$/.test(secret)) protocols.wordpressSecret = secret;
  return protocols;
}

/** A Pym.js message: `pymxPYMx<id>xPYMx<type>xPYMx<value>`. */
function pymMessage(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join(pymSeparator);
}

/** Every message that tells the parent the page's height, `height` in CSS pixels. */
export function heightMessages(protocols: HostProtocols, height: number): unknown[] {
  const messages: unknown[] = [{ type: heightMessageType, height }];
  if (protocols.pymChildId !== undefined) messages.push(pymMessage(protocols.pymChildId, 'height', String(height)));
  if (protocols.amp) messages.push({ sentinel: 'amp', type: 'embed-size', height });
  if (protocols.wordpressSecret !== undefined)
    messages.push({ message: 'height', value: height, secret: protocols.wordpressSecret });
  return messages;
}

/** AMP's message that the content is drawn, which removes amp-iframe's placeholder. */
export function readyMessages(protocols: HostProtocols): unknown[] {
  return protocols.amp ? [{ sentinel: 'amp', type: 'embed-ready' }] : [];
}

/**
 * Whether `data`, sent by the parent, asks for the height again: Pym's `width` message for this
 * child (the parent page was resized) or WordPress's `ready` with this page's secret.
 */
export function asksForHeight(protocols: HostProtocols, data: unknown): boolean {
  if (typeof data === 'string' && protocols.pymChildId !== undefined)
    return data.startsWith(`pym${pymSeparator}${protocols.pymChildId}${pymSeparator}width${pymSeparator}`);
  if (typeof data === 'object' && data !== null && protocols.wordpressSecret !== undefined) {
    const { message, secret } = data as { message?: unknown; secret?: unknown };
    return message === 'ready' && secret === protocols.wordpressSecret;
  }
  return false;
}
