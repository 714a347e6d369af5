import { mockIPC } from "@tauri-apps/api/mocks";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";

import type { AppStatus, ClientId, Profile } from "../../bindings";
import { queryKeys } from "../../lib/queryKeys";
import { clientsQuery, FIRST_CLIENTS_QUERY } from "../clients/queries";
import earlyScript from "../../../public/early.js?raw";
import { startReading } from "./queries";

/** Runs `public/early.js` as the page does, against whatever IPC is mocked. */
function runEarlyScript() {
  // The page's own script, run as the page runs it.
  new Function(earlyScript)();
}

afterEach(() => {
  delete window.__regiaEarly;
});

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

  it("takes the answers early.js asked for instead of asking again, and only once", async () => {
    const calls = serve(status(profile(null)));
    runEarlyScript();
    expect(calls).toEqual(["app_status", `list_clients ${JSON.stringify(FIRST_CLIENTS_QUERY)}`]);
    const client = new QueryClient();
    await startReading(client);
    expect(calls).toHaveLength(2);
    expect(client.getQueryData(queryKeys.clients.list(FIRST_CLIENTS_QUERY))).toEqual([]);
    expect(client.getQueryData(queryKeys.app.status)).toMatchObject({ profile: { name: "Studio Nord" } });
    // A later read of the same list asks IPC again.
    await client.refetchQueries({ queryKey: queryKeys.clients.list(FIRST_CLIENTS_QUERY) });
    expect(calls).toHaveLength(3);
  });

  it("drops an early answer the start-up did not take, so no later read gets it", async () => {
    const calls = serve(status(profile("0190b3a2-0000-7000-8000-00000000000b" as ClientId)));
    runEarlyScript();
    await startReading(new QueryClient());
    expect(window.__regiaEarly).toBeUndefined();
    const later = new QueryClient();
    await later.fetchQuery(clientsQuery(FIRST_CLIENTS_QUERY));
    expect(calls.filter((c) => c.startsWith("list_clients"))).toHaveLength(2);
  });

  it("keeps an early read's failure as the command's error", async () => {
    mockIPC((cmd) => {
      if (cmd === "app_status") throw { kind: "storage", code: "storage_unavailable", message: "disk", field: null, params: {} };
      return null;
    });
    runEarlyScript();
    const client = new QueryClient();
    await startReading(client);
    expect(client.getQueryState(queryKeys.app.status)?.error).toMatchObject({ name: "AppError", code: "storage_unavailable" });
  });
});
