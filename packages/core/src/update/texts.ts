import type { UpdateProblemKind } from '../errors.js';

/** What `expected` names when it is a kind of value rather than examples. */
export type ExpectedType = 'text' | 'object' | 'boolean' | 'number' | 'list' | 'fact-ids' | 'value';

/** The texts of an update's problems in one locale (i18n/<locale>/update.ts). */
export interface UpdateTexts {
  /** Stands for the fact id of a problem of the file itself. */
  file: string;
  /** Put before the offending value: ", got ". */
  got: string;
  types: Readonly<Record<ExpectedType, string>>;
  /** What `kz-charts check` says of a valid update, before the fact check: `{replaced}`, `{added}`. */
  valid: string;
  /** What is wrong, after "<fact id> <field>: "; `{expected}`, `{got}`. */
  problems: Readonly<Record<UpdateProblemKind, string>>;
}
