/**
 * Errors as data. Every core operation that can fail returns a Result; the error carries a
 * code from the one catalogue (diagnosis categories + operational codes), so it survives IPC,
 * the CLI's --json and the support report unchanged.
 */
import type { CategoryId } from './diagnosis/categories.js';

/** Codes for failures that are not a Microsoft 365 misconfiguration. */
export const OPERATIONAL_CODES = [
  'invalid_input', 'not_found', 'timeout', 'cancelled', 'internal', 'unsupported_version', 'io_error',
  'not_signed_in', 'insufficient_privileges', 'graph_error',
] as const;

/** An operational error code. */
export type OperationalCode = (typeof OPERATIONAL_CODES)[number];

/** Any code in the catalogue. */
export type ErrorCode = CategoryId | OperationalCode;

/** An error that crosses process boundaries as data. */
export interface AppError {
  readonly code: ErrorCode;
  /** English, one sentence, for logs and the CLI; the UI localizes by `code`. */
  readonly message: string;
  /** The field of the input the error is about, when there is one. */
  readonly field?: string;
  /** Evidence: the server's exact reply, an AADSTS code, a Graph request-id… (redacted). */
  readonly detail?: string;
  /** Graph request ids, for the support report. */
  readonly requestIds?: readonly string[];
}

/** Success with a value, or an AppError. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as failure. */
export function fail<T = never>(code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): Result<T> {
  return { ok: false, error: { code, message, ...extra } };
}
