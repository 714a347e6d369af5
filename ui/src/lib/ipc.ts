// The single IPC wrapper: every command result goes through `call`, which turns
// the generated `Result` into a value or a thrown `AppError` that keeps the
// error's kind, code and field all the way to the screen.
import type { ErrorCode, ErrorKind, IpcError } from "../bindings";

/** What every generated command resolves to. */
export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly params: Partial<Record<string, string>>;

  constructor(error: IpcError) {
    super(error.message);
    this.name = "AppError";
    this.kind = error.kind;
    this.code = error.code;
    this.field = error.field;
    this.params = error.params;
  }

  /** A failure outside our commands (an ACL denial, a broken bridge): a bug. */
  static internal(cause: unknown): AppError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new AppError({ kind: "internal", code: "internal", message, field: null, params: {} });
  }
}

/** Any thrown value as an `AppError` (anything else is a bug: kind "internal"). */
export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : AppError.internal(error);
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "kind" in value && "code" in value;
}

/** Awaits a generated command and returns its data, or throws an `AppError`. */
export async function call<T>(command: Promise<Result<T, IpcError>>): Promise<T> {
  let result: Result<T, IpcError>;
  try {
    result = await command;
  } catch (cause) {
    throw AppError.internal(cause);
  }
  if (result.status === "ok") return result.data;
  // Tauri itself rejects with plain strings (unknown command, bad argument).
  throw isIpcError(result.error) ? new AppError(result.error) : AppError.internal(result.error);
}

/** The error for one field, if `error` is about that field. */
export function errorFor(error: unknown, field: string): AppError | undefined {
  return error instanceof AppError && error.field === field ? error : undefined;
}

/** The error when it is not about any of `fields` (shown once, for the form). */
export function formError(error: unknown, fields: readonly string[]): AppError | undefined {
  if (!error) return undefined;
  const appError = toAppError(error);
  return appError.field && fields.includes(appError.field) ? undefined : appError;
}
