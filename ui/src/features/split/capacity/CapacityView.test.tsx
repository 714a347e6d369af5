import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Split } from "../../../bindings";
import { CLIENT as client } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { capacity, GIULIA, load, LUCA, MARIO, mockCore, split } from "../testing";
import { CapacityView } from "./CapacityView";
import { parseNumber } from "../../../lib/format";

const loaded = split({
  capacity: [
    capacity("startup"),
    capacity("growth", {
      people: [load(MARIO.id, 86.7, 78, "warn"), load(GIULIA.id, 86.7, 30, "ok"), load(LUCA.id, 130, 143.25, "over")],
      businessHours: 108,
      agencyHours: 60,
      unassignedBusiness: 4.5,
      agencyCost: 2400,
      budgetLevel: "over",
    }),
    capacity("autonomy"),
  ],
});

describe("CapacityView", () => {
  it("alerts for each person above the margin or beyond their time, and not for the others", async () => {
    mockCore(() => null);
    await renderWithProviders(<CapacityView client={client} split={loaded} phase="growth" />);

    const alerts = screen.getAllByRole("alert").map((a) => a.textContent);
    expect(alerts).toContain("Mario Rossi supera il margine protetto: 90 % del suo tempo (78 h su 86,7 h al mese).");
    expect(alerts).toContain("Luca Verdi ha più lavoro del tempo che ha: 110 % (143,3 h su 130 h al mese).");
    expect(alerts.some((text) => text?.includes("Giulia Bianchi"))).toBe(false);

    expect(screen.getByRole("img", { name: "Carico delle persone, fase crescita" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Ore assegnate per persona" });
    const giulia = within(table).getByRole("row", { name: /Giulia Bianchi/ });
    expect(giulia).toHaveTextContent("Interno");
    expect(giulia).toHaveTextContent("Nel margine");
    expect(within(table).getByRole("row", { name: /Luca Verdi/ })).toHaveTextContent("Oltre il tempo disponibile");
  });

  it("says when the agency costs more than the budget and which hours nobody does", async () => {
    mockCore(() => null);
    await renderWithProviders(<CapacityView client={client} split={loaded} phase="growth" />);

    expect(screen.getByText("Oltre il budget di 400,00 €")).toHaveAttribute("role", "alert");
    expect(screen.getByText("4,5 h al mese non sono assegnate a nessuno: indica chi le esegue nella matrice.")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Costo dell'agenzia rispetto al budget" })).toBeInTheDocument();
    const totals = screen.getByRole("table", { name: "Totali della fase" });
    expect(within(totals).getByRole("row", { name: /Costo dell'agenzia al mese/ })).toHaveTextContent("2400,00 €");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("notes a missing budget as a warning, and nothing when all is within", async () => {
    mockCore(() => null);
    const noBudget = split({ settings: { hourlyRate: 40, monthlyBudget: null, capacityMargin: 80 } });
    await renderWithProviders(<CapacityView client={client} split={noBudget} phase="startup" />);

    expect(screen.getByRole("status")).toHaveTextContent("Budget mensile non indicato: Regia non può dire se il piano è sostenibile.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Budget mensile per l'agenzia (€)")).toHaveValue("");
  });

  it("saves the numbers as written in Italian", async () => {
    const calls = mockCore((cmd) => (cmd === "save_split_settings" ? loaded : null));
    await renderWithProviders(<CapacityView client={client} split={split()} phase="growth" />);
    const user = userEvent.setup();

    const rate = screen.getByLabelText("Tariffa oraria dell'agenzia (€)");
    const budget = screen.getByLabelText("Budget mensile per l'agenzia (€)");
    const margin = screen.getByLabelText("Margine protetto (%)");
    expect(rate).toHaveAttribute("inputmode", "decimal");
    expect(margin).toHaveAccessibleDescription("Sopra questa quota del loro tempo le persone non sono più protette dalle urgenze.");
    await user.clear(rate);
    await user.type(rate, "35,5");
    await user.clear(budget);
    await user.type(budget, "1.234,5");
    await user.clear(margin);
    await user.type(margin, "75");
    await user.click(screen.getByRole("button", { name: "Salva tariffe e budget" }));

    await waitFor(() => expect(calls.some((c) => c.cmd === "save_split_settings")).toBe(true));
    expect(calls.find((c) => c.cmd === "save_split_settings")?.args).toEqual({
      clientId: client.id,
      input: { hourlyRate: 35.5, monthlyBudget: 1234.5, capacityMargin: 75 },
    });
    expect(await screen.findByText("Tariffe e budget salvati.")).toBeInTheDocument();
  });

  it("sends no budget when the field is empty", async () => {
    const calls = mockCore((cmd) => (cmd === "save_split_settings" ? loaded : null));
    await renderWithProviders(<CapacityView client={client} split={split()} phase="growth" />);
    const user = userEvent.setup();

    await user.clear(screen.getByLabelText("Budget mensile per l'agenzia (€)"));
    await user.click(screen.getByRole("button", { name: "Salva tariffe e budget" }));

    await waitFor(() => expect(calls.some((c) => c.cmd === "save_split_settings")).toBe(true));
    expect(calls.find((c) => c.cmd === "save_split_settings")?.args.input).toEqual({ hourlyRate: 40, monthlyBudget: null, capacityMargin: 80 });
  });

  it("shows the core's error next to its field and keeps what was typed", async () => {
    mockCore((cmd) => {
      if (cmd === "save_split_settings") throw { kind: "invalid", code: "negative", message: "must not be negative", field: "hourlyRate", params: {} };
      return null;
    });
    await renderWithProviders(<CapacityView client={client} split={split()} phase="growth" />);
    const user = userEvent.setup();

    const rate = screen.getByLabelText("Tariffa oraria dell'agenzia (€)");
    const budget = screen.getByLabelText("Budget mensile per l'agenzia (€)");
    await user.clear(rate);
    await user.type(rate, "-5");
    await user.clear(budget);
    await user.type(budget, "900");
    await user.click(screen.getByRole("button", { name: "Salva tariffe e budget" }));

    await waitFor(() => expect(rate).toHaveAccessibleDescription("Non può essere un numero negativo."));
    expect(rate).toHaveAttribute("aria-invalid", "true");
    expect(rate).toHaveValue("-5");
    expect(budget).toHaveValue("900");
    expect(budget).not.toHaveAttribute("aria-invalid");
  });

  it("flags a number it cannot read without asking the core", async () => {
    const calls = mockCore(() => null);
    await renderWithProviders(<CapacityView client={client} split={split()} phase="growth" />);
    const user = userEvent.setup();

    const budget = screen.getByLabelText("Budget mensile per l'agenzia (€)");
    await user.clear(budget);
    await user.type(budget, "duemila");
    await user.click(screen.getByRole("button", { name: "Salva tariffe e budget" }));

    expect(budget).toHaveAccessibleDescription(/«duemila» non è un numero\./);
    expect(budget).toHaveValue("duemila");
    expect(calls.filter((c) => c.cmd === "save_split_settings")).toEqual([]);
  });

  it("speaks English too", async () => {
    mockCore(() => null);
    const english: Split = { ...loaded, language: "en" };
    await renderWithProviders(<CapacityView client={client} split={english} phase="growth" />, { language: "en" });

    expect(screen.getByRole("img", { name: "People's load, growth phase" })).toBeInTheDocument();
    expect(screen.getByText("Over the budget by €400.00")).toBeInTheDocument();
    expect(screen.getByText("Mario Rossi is above the protected margin: 90% of their time (78 h of 86.7 h a month).")).toBeInTheDocument();
  });
});

describe("parseNumber", () => {
  it("reads both conventions where they cannot be mistaken", () => {
    expect(parseNumber("1.234,5", "it")).toBe(1234.5);
    expect(parseNumber("35,5", "it")).toBe(35.5);
    expect(parseNumber("35.5", "it")).toBe(35.5);
    expect(parseNumber("1.234", "it")).toBe(1234);
    expect(parseNumber(" 2 000 € ", "it")).toBe(2000);
    expect(parseNumber("1,234.5", "en")).toBe(1234.5);
    expect(parseNumber("35,5", "en")).toBe(35.5);
    expect(parseNumber("", "it")).toBeNull();
    expect(parseNumber("1,2,3", "it")).toBeNaN();
    expect(parseNumber("abc", "en")).toBeNaN();
  });
});
