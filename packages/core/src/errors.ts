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
  | 'unknown-fact'
  | 'invalid-update';

/** What is wrong in a newsroom's update (`applyUpdate`, `parseUpdate`). */
export type UpdateProblemKind =
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'unknown-field'
  | 'unknown-source'
  | 'unknown-fact'
  | 'duplicate'
  | 'unit-changed'
  | 'negative'
  | 'derivation';

/**
 * One problem of an update: the fact (or `source:<id>`, or `null` for the file itself), the field
 * and what is wrong; `expected` and `got` are what a message names (English, as JSON writes values).
 */
export interface UpdateProblem {
  factId: string | null;
  field: string;
  kind: UpdateProblemKind;
  expected?: string;
  got?: string;
}

/** The one error type thrown by core. `details` carries what a message needs (offending and valid values). */
export class KztError extends Error {
  override readonly name = 'KztError';
  readonly code: KztErrorCode;
  readonly details: Readonly<Record<string, string>>;
  /** For `invalid-update`: every problem found, each in the update's terms. */
  readonly problems: readonly UpdateProblem[];

  constructor(
    code: KztErrorCode,
    message: string,
    details: Record<string, string> = {},
    problems: readonly UpdateProblem[] = [],
  ) {
    super(message);
    this.code = code;
    this.details = details;
    this.problems = problems;
  }
}

export function isKztError(error: unknown): error is KztError {
  return error instanceof KztError;
}
