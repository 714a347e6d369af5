import { mockIPC } from "@tauri-apps/api/mocks";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";

import type { AppStatus, ClientId, Profile } from "../../bindings";
import { queryKeys } from "../../lib/queryKeys";
import { FIRST_CLIENTS_QUERY } from "../clients/queries";
import { startReading } from "./queries";

const profile = (ownClientId: ClientId | null): Profile => ({
  id: "0190b3a2-0000-7000-8000-00000000000a" as Profile["id"],
  kind: ownClientId ? "business" : "agency",
  name: "Studio Nord",
  ownClientId,
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
});

/** Serves the status and the clients list, and records each command in order. */
function serve(status: AppStatus): string[] {
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    calls.push(cmd === "list_clients" ? `${cmd} ${JSON.stringify((args as { query: unknown }).query)}` : cmd);
    if (cmd === "app_status") return status;
    if (cmd === "list_clients") return [];
    return null;
  });
  return calls;
}

const status = (p: Profile | null): AppStatus => ({ databasePath: "/tmp/regia.db", storageError: null, profile: p, language: "it", languageChosen: true });

describe("startReading", () => {
  it("reads the status, then the clients list an agency's first screen shows, into the cache", async () => {
    const calls = serve(status(profile(null)));
    const client = new QueryClient();
    await startReading(client);
    // Settled means both reads are in the cache: the first render waits for it.
    expect(client.getQueryData(queryKeys.clients.list(FIRST_CLIENTS_QUERY))).toEqual([]);
    expect(calls).toEqual(["app_status", `list_clients ${JSON.stringify(FIRST_CLIENTS_QUERY)}`]);
    expect(client.getQueryData(queryKeys.app.status)).toMatchObject({ profile: { name: "Studio Nord" } });
  });

  it("reads no clients list for a business install or before the set-up", async () => {
    for (const p of [profile("0190b3a2-0000-7000-8000-00000000000b" as ClientId), null]) {
      const calls = serve(status(p));
      const client = new QueryClient();
      startReading(client);
      await expect.poll(() => client.getQueryData(queryKeys.app.status)).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toEqual(["app_status"]);
    }
  });

  it("settles, without throwing, when a start-up read fails, so the first render still happens", async () => {
    mockIPC((cmd) => {
      if (cmd === "app_status") throw { code: "storage_unavailable", message: "disk", params: {} };
      return null;
    });
    const client = new QueryClient();
    await expect(startReading(client)).resolves.toBeUndefined();
    expect(client.getQueryState(queryKeys.app.status)?.status).toBe("error");
  });
});
