import { describe, expect, it, vi } from "vitest";

import { flushAll, register, SerialSaver } from "./saver";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("SerialSaver", () => {
  it("sends the first value at once and only the latest of those typed meanwhile", async () => {
    const gates = [deferred(), deferred()];
    const sent: string[] = [];
    const saver = new SerialSaver<string>(async (value) => {
      sent.push(value);
      await gates[sent.length - 1]?.promise;
    });
    void saver.save("c");
    void saver.save("ci");
    void saver.save("cia");
    void saver.save("ciao");
    expect(sent).toEqual(["c"]);
    gates[0]!.resolve();
    gates[1]!.resolve();
    await saver.flush();
    expect(sent).toEqual(["c", "ciao"]);
  });

  it("keeps going after a failed save", async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    const saver = new SerialSaver<number>(send);
    void saver.save(1);
    void saver.save(2);
    await saver.flush();
    expect(send.mock.calls).toEqual([[1], [2]]);
  });

  it("flushAll waits for every registered saver", async () => {
    const gate = deferred();
    let done = false;
    const saver = new SerialSaver<string>(async () => {
      await gate.promise;
      done = true;
    });
    const unregister = register(saver);
    void saver.save("x");
    const flushed = flushAll();
    expect(done).toBe(false);
    gate.resolve();
    await flushed;
    expect(done).toBe(true);
    unregister();
  });
});
