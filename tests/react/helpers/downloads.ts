import { vi } from 'vitest';

/** Captures what a figure offers for download, in jsdom (which has no object URLs). */
export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const captured = { blobs: [] as Blob[], names: [] as string[] };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    captured.blobs.push(blob);
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
