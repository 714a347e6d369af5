// The answers to the start-up reads `public/early.js` sent before the
// modules had loaded (the reads then overlap the modules' loading instead
// of following it). Each answer is taken once, by the first read with the
// same command and arguments, in the shape of a generated command's result;
// once the start-up reads are done, those not taken are dropped (a later
// read must not get a start-up answer).
import type { IpcError } from "../bindings";
import type { Result } from "./ipc";

interface EarlyRead {
  cmd: string;
  args: unknown;
  answer: Promise<unknown>;
}

declare global {
  interface Window {
    __regiaEarly?: EarlyRead[];
  }
}

/** The early answer to `cmd` with `args`, once; undefined if there is none. */
export function takeEarly<T>(cmd: string, args: unknown): Promise<Result<T, IpcError>> | undefined {
  const reads = window.__regiaEarly;
  if (!reads) return undefined;
  const wanted = JSON.stringify(args);
  const read = reads.find((early) => early.cmd === cmd && JSON.stringify(early.args) === wanted);
  if (!read) return undefined;
  reads.splice(reads.indexOf(read), 1);
  // As the generated commands do: an `Error` is a broken bridge, anything
  // else the command's own error.
  return read.answer.then(
    (data) => ({ status: "ok", data: data as T }),
    (error: unknown) => (error instanceof Error ? Promise.reject(error) : { status: "error", error: error as IpcError }),
  );
}

/** Drops the early answers not taken. */
export function dropEarly() {
  delete window.__regiaEarly;
}
