// The core, answered in tests: every command goes to one function, and the
// calls are recorded so a test can check what the screen sent.
import { mockIPC } from "@tauri-apps/api/mocks";

export type Call = { cmd: string; args: Record<string, unknown> };

/** Answers every command with `answer` (which may throw the core's error) and records the calls. */
export function mockCore(answer: (cmd: string, args: Record<string, unknown>) => unknown = () => null): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    return answer(cmd, args);
  });
  return calls;
}
