// Errors a form finds before asking the core (an empty name, a number out of
// range): shaped like the core's, so they show next to their field the same way.
import type { ErrorCode } from "../../../bindings";
import { AppError, errorFor } from "../../../lib/ipc";

export type LocalErrors = Partial<Record<string, AppError>>;

export function invalid(field: string, code: ErrorCode, params: Record<string, string> = {}): AppError {
  return new AppError({ kind: "invalid", code, message: code, field, params });
}

/** The form's own error for `field`, else the core's. */
export function fieldError(local: LocalErrors, error: unknown, field: string): AppError | undefined {
  return local[field] ?? errorFor(error, field);
}
