import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Cell } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { useNavigation } from "../../app/navigation";
import { renderWithProviders } from "../../../test/render";
import { GIULIA, LUCA, MARIO, split, transfer } from "./fixtures";
import { PrintSplit } from "./PrintSplit";

const shared: Cell = {
  id: "cell-1",
  phase: "growth",
  activityId: "act-community",
  channelId: "ch-ig",
  side: "shared",
  businessHours: 6,
  agencyHours: 2.5,
  raci: [
    { personId: GIULIA.id, role: "responsible" },
    { personId: LUCA.id, role: "responsible" },
    { personId: MARIO.id, role: "accountable" },
    { personId: LUCA.id, role: "informed" },
  ],
  decisionId: null,
};

const agency: Cell = {
  ...shared,
  id: "cell-2",
  phase: "startup",
  activityId: "act-copy",
  channelId: "ch-fb",
  side: "agency",
  businessHours: 0,
  agencyHours: 4,
  raci: [
    { personId: LUCA.id, role: "responsible" },
    { personId: MARIO.id, role: "accountable" },
    { personId: GIULIA.id, role: "consulted" },
  ],
};

function mockCore(language: "it" | "en" = "it") {
  mockIPC((cmd) => {
    if (cmd === "get_client") return { ...CLIENT, language };
    if (cmd === "get_split") return split({ language, cells: [shared, agency], transfers: [transfer()] });
    return null;
  });
}

function Where() {
  const { route } = useNavigation();
  return <output aria-label="route">{route.screen === "client" ? `client ${route.tab}` : route.screen}</output>;
}

/** The cells of a row by their column header. */
function byColumn(table: HTMLElement, rowIndex: number): Record<string, string> {
  const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent ?? "");
  const row = within(table).getAllByRole("row")[rowIndex]!;
  // The activity heads the row; the other columns follow in order.
  const cells = [...within(row).getAllByRole("rowheader"), ...within(row).getAllByRole("cell")].map((c) => c.textContent ?? "");
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""]));
}

describe("PrintSplit", () => {
  it("prints each phase with rows as a RACI table, names in the right columns", async () => {
    mockCore();
    await renderWithProviders(<PrintSplit clientId={CLIENT.id} />, { route: { screen: "print-split", clientId: CLIENT.id } });
    expect(await screen.findByRole("heading", { level: 1, name: "Ripartizione interno/agenzia — Trattoria da Mario" })).toBeInTheDocument();

    const growth = screen.getByRole("table", { name: "Crescita" });
    expect(byColumn(growth, 1)).toEqual({
      Attività: "Gestione della community",
      Canale: "Instagram",
      Chi: "Condiviso",
      "Ore interne/mese": "6",
      "Ore agenzia/mese": "2,5",
      R: "Giulia Bianchi, Luca Verdi",
      A: "Mario Rossi",
      C: "",
      I: "Luca Verdi",
    });
    const startup = screen.getByRole("table", { name: "Avvio" });
    expect(byColumn(startup, 1)).toMatchObject({ Attività: "Testi", Canale: "Facebook", Chi: "Agenzia", R: "Luca Verdi", A: "Mario Rossi", C: "Giulia Bianchi", I: "" });
    // A phase with no rows has no table.
    expect(screen.queryByRole("table", { name: "Autonomia" })).not.toBeInTheDocument();

    expect(screen.getByText("Responsabile: chi fa il lavoro.")).toBeInTheDocument();
    const plan = screen.getByRole("table", { name: "Piano di trasferimento delle competenze" });
    expect(within(plan).getByRole("row", { name: /Giulia Bianchi/ })).toHaveTextContent("Giulia BianchiGraficada base a buona431/03/2027Pianificato");
  });

  it("is written in the client's language", async () => {
    mockCore("en");
    await renderWithProviders(<PrintSplit clientId={CLIENT.id} />);
    expect(await screen.findByRole("heading", { level: 1, name: "In-house / agency split — Trattoria da Mario" })).toBeInTheDocument();
    const growth = screen.getByRole("table", { name: "Growth" });
    expect(byColumn(growth, 1)).toMatchObject({ Activity: "Community management", Who: "Shared", "Agency hours/month": "2.5", R: "Giulia Bianchi, Luca Verdi" });
    // The toolbar stays in the user's language.
    expect(screen.getByRole("button", { name: "← Torna alla ripartizione" })).toBeInTheDocument();
  });

  it("goes back to the split", async () => {
    mockCore();
    await renderWithProviders(
      <>
        <PrintSplit clientId={CLIENT.id} />
        <Where />
      </>,
      { route: { screen: "print-split", clientId: CLIENT.id } },
    );
    await userEvent.click(await screen.findByRole("button", { name: "← Torna alla ripartizione" }));
    expect(screen.getByRole("status", { name: "route" })).toHaveTextContent("client split");
  });
});
