import { mockIPC } from "@tauri-apps/api/mocks";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { Profiler } from "react";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";

import type { AppStatus, Profile } from "../../bindings";
import { i18n } from "../../lib/i18n";
import { App } from "./App";
import { startReading } from "./queries";

const agency: Profile = {
  id: "0190b3a2-0000-7000-8000-00000000000a" as Profile["id"],
  kind: "agency",
  name: "Studio Nord",
  ownClientId: null,
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
};

const status: AppStatus = { databasePath: "/tmp/regia.db", storageError: null, profile: agency, language: "it", languageChosen: false };

describe("App", () => {
  it("renders the first screen in the stored language at once: one commit, no splash before it", async () => {
    // WebKitGTK says en-US whatever the system: the catalog starts in English.
    await i18n.changeLanguage("en");
    mockIPC((cmd) => {
      if (cmd === "app_status") return status;
      if (cmd === "list_clients") return [];
      return null;
    });
    let commits = 0;
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    // As main.tsx does: render once the start-up reads are in.
    await startReading(queryClient);
    render(
      <Profiler id="app" onRender={() => commits++}>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </I18nextProvider>
      </Profiler>,
    );

    expect(await screen.findByRole("heading", { level: 1, name: "Clienti" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Clients" })).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe("it");
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The start-up reads switched the catalog before the first render: the
    // first commit is the whole first screen (not a splash while the catalog
    // switches), and the switch's promise settling re-renders nothing.
    expect(commits).toBe(1);
  });
});
