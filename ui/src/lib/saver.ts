// Saving as the user types: every change is sent, but at most one save per
// field is in flight and only the latest value waits behind it. `flushAll`
// lets the window wait for pending saves before it closes.

export class SerialSaver<T> {
  private pending: { value: T } | null = null;
  private inflight: Promise<void> | null = null;

  constructor(private readonly send: (value: T) => Promise<void>) {}

  save(value: T): Promise<void> {
    this.pending = { value };
    this.inflight ??= this.drain();
    return this.inflight;
  }

  /** Resolves when everything given to `save` has been sent. */
  flush(): Promise<void> {
    return this.inflight ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { value } = this.pending;
      this.pending = null;
      try {
        await this.send(value);
      } catch {
        // `send` reports its own failures; the next value still goes out.
      }
    }
    this.inflight = null;
  }
}

interface Flushable {
  flush(): Promise<void>;
}

const active = new Set<Flushable>();

/** Tracks a saver until the returned cleanup has let it finish. */
export function register(saver: Flushable): () => void {
  active.add(saver);
  return () => {
    void saver.flush().finally(() => active.delete(saver));
  };
}

export async function flushAll(): Promise<void> {
  await Promise.all([...active].map((saver) => saver.flush()));
}
