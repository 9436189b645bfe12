// The host page's resizer for chart iframes (`<iframe data-kz-chart …>`): sets an iframe's height
// from its page's message, and only when the message comes from that iframe's window, from the
// origin of its `src`, and has exactly the expected shape and a sane height. Anything else is ignored.
import { heightMessageType, maxFrameHeight } from './charts.js';

declare global {
  interface Window {
    KzResizer?: true;
  }
}

function isHeightMessage(data: unknown): data is { type: string; height: number } {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const keys = Object.keys(data).sort();
  if (keys.length !== 2 || keys[0] !== 'height' || keys[1] !== 'type') return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === heightMessageType &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 1 &&
    height <= maxFrameHeight
  );
}

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-kz-chart]')];
}

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

if (!window.KzResizer) {
  window.KzResizer = true;
  // Styles set through the CSSOM need no `style-src 'unsafe-inline'`.
  const prepare = () => {
    for (const frame of frames()) {
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.display = 'block';
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();
  window.addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const frame = frames().find((candidate) => candidate.contentWindow === event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
}
