import { vi } from 'vitest';

/** Captures what a figure offers for download, in jsdom (which has no object URLs). */
export interface CapturedDownloads {
  blobs: Blob[];
  names: string[];
  /** The next file offered: files are made after a lazily loaded module arrives, so they come later. */
  next: () => Promise<Blob>;
}

export function captureDownloads(): CapturedDownloads {
  const waiting: ((blob: Blob) => void)[] = [];
  let taken = 0;
  const captured: CapturedDownloads = {
    blobs: [],
    names: [],
    next: () => {
      const ready = captured.blobs[taken];
      taken += 1;
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
  };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    captured.blobs.push(blob);
    waiting.shift()?.(blob);
    return `blob:test/${captured.blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.names.push(this.download);
  });
  return captured;
}

export function blobText(blob: Blob | undefined): Promise<string> {
  if (!blob) throw new Error('Nothing was downloaded.');
  return blob.text();
}
