import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { CalendarQuery, ClientSummary } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { OverviewScreen } from "../OverviewScreen";
import { entry, gridDays } from "./testing";

vi.mock("../editor/ItemEditor", async () => ({ ItemEditor: (await import("./testing")).EditorProbe }));

const OTHER = { ...CLIENT, id: "0190b3a2-0000-7000-8000-000000000002", name: "Forno Bianchi" };

function summary(client: typeof CLIENT): ClientSummary {
  return { ...client, questionnaire: { answered: 0, total: 10, percent: 0 } } as unknown as ClientSummary;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 11, 15, 9, 0));
});
afterEach(() => vi.useRealTimers());

describe("OverviewScreen", () => {
  it("shows every client's items with a legend and opens an item in its client's editor", async () => {
    const queries: CalendarQuery[] = [];
    mockIPC((cmd, args) => {
      const a = args as Record<string, unknown>;
      if (cmd === "list_clients") return [summary(CLIENT), summary(OTHER)];
      if (cmd === "get_client") return a.id === OTHER.id ? OTHER : CLIENT;
      if (cmd === "calendar_days") {
        queries.push(a.query as CalendarQuery);
        const entries = [entry("2026-12-15T10:00:00", { title: "Tortellini" }), entry("2026-12-15T11:00:00", { title: "Pane caldo", clientId: OTHER.id, status: "changes_requested" })];
        return gridDays(entries, a.perDay as number, (a.query as CalendarQuery).clientId);
      }
      return null;
    });
    await renderWithProviders(<OverviewScreen />);
    expect(screen.getByRole("heading", { name: "Calendario di tutti i clienti" })).toBeInTheDocument();
    const legend = await screen.findByRole("list", { name: "Clienti" });
    expect(within(legend).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Trattoria da Mario", "Forno Bianchi"]);
    expect(queries[0]).toMatchObject({ clientId: null, from: "2026-11-30", to: "2027-01-10" });
    expect(screen.queryByRole("button", { name: "Nuovo contenuto" })).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Pilastro" })).not.toBeInTheDocument();

    const chip = await screen.findByRole("button", { name: "Forno Bianchi, 11:00, Instagram, Pane caldo, Modifiche richieste, attende l'agenzia" });
    await userEvent.click(chip);
    expect(await screen.findByTestId("editor")).toHaveAttribute("data-client", "Forno Bianchi");
  });
});
