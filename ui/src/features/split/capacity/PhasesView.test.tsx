import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT as client } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { capacity, cell, COPY, mockCore, split, TASTINGS } from "../testing";
import { PhasesView } from "./PhasesView";

const moving = split({
  activities: [COPY, TASTINGS],
  cells: [
    cell("startup", "act-copy", "ch-ig", "agency"),
    cell("growth", "act-copy", "ch-ig", "shared"),
    cell("autonomy", "act-copy", "ch-ig", "business"),
    cell("startup", "act-own", "ch-fb", "business"),
  ],
  capacity: [
    capacity("startup", { businessHours: 4, agencyHours: 4 }),
    capacity("growth", { businessHours: 4, agencyHours: 4 }),
    capacity("autonomy", { businessHours: 4, agencyHours: 0 }),
  ],
});

describe("PhasesView", () => {
  it("shows how each row moves from the agency to the business", async () => {
    mockCore();
    await renderWithProviders(<PhasesView client={client} split={moving} />);

    expect(screen.getByRole("img", { name: "Ore interne e dell'agenzia nelle fasi" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Come passano le responsabilità" });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Attività", "Canale", "Avvio", "Crescita", "Autonomia"]);

    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    const [copy, own] = rows.map((row) => within(row).getAllByRole("cell").map((c) => c.textContent));
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent("Testi");
    expect(copy?.[0]).toBe("Instagram");
    expect(copy?.[1]).toBe("Agenzia");
    expect(copy?.[2]).toContain("Condiviso");
    expect(copy?.[2]).toContain("passa verso l'interno");
    expect(copy?.[3]).toContain("Interno");
    expect(copy?.[3]).toContain("passa verso l'interno");
    expect(within(rows[1]!).getByRole("rowheader")).toHaveTextContent("Serate di degustazione");
    expect(own?.slice(1)).toEqual(["Interno", "—", "—"]);

    const hours = screen.getByRole("table", { name: "Ore al mese per fase" });
    expect(within(hours).getByRole("row", { name: /Autonomia/ })).toHaveTextContent("4 h0 h4 h");
  });

  it("copies a phase into the next only after a confirmation", async () => {
    const copied = { ...moving, cells: [...moving.cells, cell("growth", "act-own", "ch-fb", "business")] };
    const calls = mockCore((cmd) => (cmd === "copy_split_phase" ? copied : null));
    await renderWithProviders(<PhasesView client={client} split={moving} />);
    const user = userEvent.setup();

    expect(screen.getByText("Copia solo le righe che la fase non ha ancora; quelle già scritte restano.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Parti dall'avvio per la crescita" }));
    expect(calls).toEqual([]);
    expect(screen.getByText("Copiare nella fase crescita le righe della fase avvio?")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Conferma la copia" }));

    await waitFor(() => expect(calls).toEqual([{ cmd: "copy_split_phase", args: { clientId: client.id, from: "startup", to: "growth" } }]));
    expect(await screen.findByText("1 riga copiata nella fase crescita.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Conferma la copia" })).not.toBeInTheDocument();
  });

  it("can be cancelled, and shows the core's error", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "copy_split_phase") throw { kind: "not_found", code: "not_found", message: "", field: null, params: {} };
      return null;
    });
    await renderWithProviders(<PhasesView client={client} split={moving} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Parti dalla crescita per l'autonomia" }));
    await user.click(screen.getByRole("button", { name: "Annulla" }));
    expect(screen.queryByRole("button", { name: "Conferma la copia" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Parti dalla crescita per l'autonomia" }));
    await user.click(screen.getByRole("button", { name: "Conferma la copia" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Non trovato: forse è stato eliminato. Ricarica la schermata.");
    expect(calls.map((c) => c.cmd)).toEqual(["copy_split_phase"]);
  });
});
