/** What was wrong with the input of a public function. */
export type KztErrorCode =
  | 'unknown-country'
  | 'unknown-region'
  | 'unknown-locale'
  | 'unknown-series'
  | 'unknown-breakdown'
  | 'invalid-number'
  | 'empty-data'
  | 'duplicate-key'
  | 'above-total'
  | 'unknown-fact';

/** The one error type thrown by core. `details` carries what a message needs (offending and valid values). */
export class KztError extends Error {
  override readonly name = 'KztError';
  readonly code: KztErrorCode;
  readonly details: Readonly<Record<string, string>>;

  constructor(code: KztErrorCode, message: string, details: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export function isKztError(error: unknown): error is KztError {
  return error instanceof KztError;
}
