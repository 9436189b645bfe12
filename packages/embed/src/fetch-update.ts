// Fetches an update file for a chart element: across origins with CORS and without the reader's
// cookies, and never more than core's `maxUpdateBytes`.
import { maxUpdateBytes } from '@kz-trafficking/core/update';

/** The file could not be fetched (a network error, a refusal by CORS, an HTTP error status). */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
}

/** The file's text, or `null` when it is larger than `maxUpdateBytes` (it is not read further). */
async function cappedText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxUpdateBytes) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxUpdateBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The text of the update file at `address` (absolute), or `null` when it is over `maxUpdateBytes`;
 * throws a `FetchFailure` when it cannot be fetched.
 */
export async function fetchUpdate(address: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(address, { mode: 'cors', credentials: 'omit' });
  } catch (error) {
    throw new FetchFailure(
      `${address} could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) throw new FetchFailure(`${address} answered ${response.status}.`);
  try {
    return await cappedText(response);
  } catch (error) {
    throw new FetchFailure(`${address} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
