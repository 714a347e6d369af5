import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { cell, GIULIA, LUCA, MARIO, mockCore, raci, split, transfer, Where } from "../testing";
import { PrintSplit } from "./PrintSplit";

const shared = cell("growth", "act-community", "ch-ig", "shared", {
  id: "cell-1",
  businessHours: 6,
  agencyHours: 2.5,
  raci: raci([GIULIA, "responsible"], [LUCA, "responsible"], [MARIO, "accountable"], [LUCA, "informed"]),
});

const agency = cell("startup", "act-copy", "ch-fb", "agency", {
  id: "cell-2",
  raci: raci([LUCA, "responsible"], [MARIO, "accountable"], [GIULIA, "consulted"]),
});

/** The client and its split, both in `language`. */
function mockPrint(language: "it" | "en" = "it") {
  mockCore((cmd) => {
    if (cmd === "get_client") return { ...CLIENT, language };
    if (cmd === "get_split") return split({ language, cells: [shared, agency], transfers: [transfer()] });
    return null;
  });
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
    mockPrint();
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
    mockPrint("en");
    await renderWithProviders(<PrintSplit clientId={CLIENT.id} />);
    expect(await screen.findByRole("heading", { level: 1, name: "In-house / agency split — Trattoria da Mario" })).toBeInTheDocument();
    const growth = screen.getByRole("table", { name: "Growth" });
    expect(byColumn(growth, 1)).toMatchObject({ Activity: "Community management", Who: "Shared", "Agency hours/month": "2.5", R: "Giulia Bianchi, Luca Verdi" });
    // The toolbar stays in the user's language.
    expect(screen.getByRole("button", { name: "← Torna alla ripartizione" })).toBeInTheDocument();
  });

  it("goes back to the split", async () => {
    mockPrint();
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
