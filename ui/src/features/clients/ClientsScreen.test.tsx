import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { ClientSummary } from "../../bindings";
import { renderWithProviders } from "../../test/render";
import { ClientsScreen } from "./ClientsScreen";

const mario: ClientSummary = {
  id: "0190b3a2-0000-7000-8000-000000000001",
  name: "Trattoria da Mario",
  sector: "Ristorazione",
  place: "Bologna",
  phase: "growth",
  status: "active",
  questionnaire: { answered: 12, total: 51, percent: 23 },
  updatedAt: "2026-11-23T10:00:00.000Z",
};

describe("ClientsScreen", () => {
  it("lists clients with phase, status and questionnaire progress", async () => {
    mockIPC((cmd) => (cmd === "list_clients" ? [mario] : []));
    await renderWithProviders(<ClientsScreen />);
    const row = (await screen.findByRole("button", { name: "Trattoria da Mario" })).closest("tr")!;
    expect(within(row).getByText("Crescita")).toBeInTheDocument();
    expect(within(row).getByText("Attivo")).toBeInTheDocument();
    expect(within(row).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "23");
    expect(within(row).getByRole("button", { name: "Archivia Trattoria da Mario" })).toBeInTheDocument();
  });

  it("keeps what was typed and shows a duplicate name under the name field", async () => {
    mockIPC((cmd) => {
      if (cmd === "create_client") {
        throw { kind: "conflict", code: "duplicate_name", message: "dup", field: "name", params: { name: "Trattoria da Mario" } };
      }
      return cmd === "list_clients" ? [mario] : [];
    });
    await renderWithProviders(<ClientsScreen />);
    await userEvent.click(screen.getByRole("button", { name: "Nuovo cliente" }));
    const form = screen.getByRole("region", { name: "Nuovo cliente" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Nome" }), "trattoria da mario");
    await userEvent.type(within(form).getByRole("textbox", { name: "Luogo" }), "Modena");
    await userEvent.click(within(form).getByRole("button", { name: "Crea cliente" }));
    expect(await within(form).findByText("Esiste già un cliente che si chiama «Trattoria da Mario».")).toBeInTheDocument();
    expect(within(form).getByRole("textbox", { name: "Nome" })).toHaveValue("trattoria da mario");
    expect(within(form).getByRole("textbox", { name: "Luogo" })).toHaveValue("Modena");
  });

  it("searches as the user types", async () => {
    const queries: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_clients") queries.push((args as { query: unknown }).query);
      return [];
    });
    await renderWithProviders(<ClientsScreen />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Cerca clienti" }), "bo");
    expect(queries).toContainEqual({ search: "bo", includeArchived: false });
    expect(await screen.findByText("Nessun cliente corrisponde alla ricerca.")).toBeInTheDocument();
  });
});
