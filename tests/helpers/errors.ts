import { KztError } from '../../packages/core/src/index.js';

/** The KztError that `run` throws; fails if it throws nothing or something else. */
export function kztError(run: () => unknown): KztError {
  try {
    run();
  } catch (error) {
    if (error instanceof KztError) return error;
    throw error;
  }
  throw new Error('expected a KztError, but nothing was thrown');
}

/** Casts a deliberately wrong value to the type a function expects, as an untyped caller could pass it. */
export function untyped<T>(value: unknown): T {
  return value as T;
}
