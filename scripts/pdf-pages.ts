// A printed PDF as a reader's viewer shows it, through poppler (Debian's poppler-utils, installed by
// scripts/ensure-chromium.sh): its pages as PNG images (pdftoppm) and its text (pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Each page of `pdf` as a PNG at `dpi` (96 draws one CSS pixel as one image pixel). */
export function pdfPages(pdf: Buffer, dpi = 96): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'kz-pdf-'));
  try {
    writeFileSync(join(dir, 'figure.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'figure.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((file) => file.startsWith('page') && file.endsWith('.png'))
      .sort()
      .map((file) => readFileSync(join(dir, file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of `pdf`, in reading order, as pdftotext extracts it. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

/** How many pixels of `png` are within `tolerance` (per channel) of the colour `hex` (`#rrggbb`). */
export function pixelsOfColour(png: Buffer, hex: string, tolerance = 24): number {
  const { data } = PNG.sync.read(png);
  const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
  let count = 0;
  for (let at = 0; at < data.length; at += 4) {
    if (
      Math.abs((data[at] ?? 0) - red) <= tolerance &&
      Math.abs((data[at + 1] ?? 0) - green) <= tolerance &&
      Math.abs((data[at + 2] ?? 0) - blue) <= tolerance
    )
      count += 1;
  }
  return count;
}
