import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { MetricsView } from "./MetricsView";
import { CATALOG, customMetric, mockCore, monitoring } from "./testing";

const COUPONS = customMetric("metric-coupons", "Coupon riscattati", "contacts");
const withCoupons = () => monitoring({ metrics: [...CATALOG, COUPONS] });

function fail(code: string, field: string | null, params: Record<string, string> = {}) {
  return { kind: code === "out_of_range" ? "invalid" : "conflict", code, message: code, field, params };
}

describe("MetricsView", () => {
  it("lists the metrics by family, the client's own marked as such", async () => {
    mockCore();
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={withCoupons()} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Visite",
      "Partecipazione",
      "Contatti",
      "Opportunità",
      "Una metrica in più",
    ]);
    const contacts = screen.getByRole("heading", { name: "Contatti" }).parentElement!;
    const items = within(contacts).getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toBe("Contatti e richieste");
    expect(items[1]).toMatch(/^Coupon riscattati di questo cliente/);
    expect(screen.getByText("Follower").parentElement).toHaveTextContent("Follower · livello: conta l'ultimo valore");
  });

  it("adds a metric with the typed name and the chosen family", async () => {
    const calls = mockCore((cmd) => (cmd === "save_metric" ? withCoupons() : null));
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={monitoring()} />);

    const name = screen.getByRole("textbox", { name: "Nome della metrica" });
    await userEvent.type(name, "  Coupon riscattati ");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Famiglia" }), "Contatti");
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi metrica" }));

    expect(await screen.findByText("Metrica «Coupon riscattati» aggiunta.")).toBeInTheDocument();
    expect(calls.filter((c) => c.cmd === "save_metric").map((c) => c.args)).toEqual([
      { clientId: CLIENT.id, input: { id: null, name: "Coupon riscattati", family: "contacts" } },
    ]);
    expect(name).toHaveValue("");
  });

  it("says next to the name that a metric with that name exists, and keeps what was typed", async () => {
    mockCore((cmd) => {
      if (cmd === "save_metric") throw fail("duplicate_name", "name");
      return null;
    });
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={withCoupons()} />);
    const name = screen.getByRole("textbox", { name: "Nome della metrica" });
    await userEvent.type(name, "coupon riscattati{Enter}");

    expect(await screen.findByText("Esiste già una metrica che si chiama così.")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Esiste già una metrica che si chiama così.");
    expect(name).toHaveValue("coupon riscattati");
  });

  it("asks for a name before calling the core", async () => {
    const calls = mockCore();
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={monitoring()} />);
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi metrica" }));
    expect(screen.getByRole("textbox", { name: "Nome della metrica" })).toHaveAccessibleDescription("Questo campo è obbligatorio.");
    expect(calls.filter((c) => c.cmd === "save_metric")).toEqual([]);
  });

  it("renames a metric of the client's own in place", async () => {
    const calls = mockCore((cmd) => (cmd === "save_metric" ? withCoupons() : null));
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={withCoupons()} />);

    await userEvent.click(screen.getByRole("button", { name: "Rinomina Coupon riscattati" }));
    const name = screen.getByRole("textbox", { name: "Nome di Coupon riscattati" });
    expect(name).toHaveFocus();
    await userEvent.clear(name);
    await userEvent.type(name, "Buoni usati");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Famiglia di Coupon riscattati" }), "Opportunità");
    await userEvent.click(screen.getByRole("button", { name: "Salva" }));

    expect(await screen.findByRole("button", { name: "Rinomina Coupon riscattati" })).toHaveFocus();
    expect(calls.filter((c) => c.cmd === "save_metric").map((c) => c.args)).toEqual([
      { clientId: CLIENT.id, input: { id: "metric-coupons", name: "Buoni usati", family: "opportunities" } },
    ]);
  });

  it("shows next to the delete button why a metric with values cannot go", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "delete_metric") throw fail("metric_in_use", null, { count: "4" });
      return null;
    });
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={withCoupons()} />);
    const remove = screen.getByRole("button", { name: "Elimina Coupon riscattati" });
    await userEvent.click(remove);

    const message = "Ci sono 4 valori registrati con questa metrica: non si può togliere.";
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(remove).toHaveAccessibleDescription(message);
    expect(remove.closest("li")).toHaveTextContent(message);
    expect(calls.find((c) => c.cmd === "delete_metric")?.args).toEqual({ clientId: CLIENT.id, id: "metric-coupons" });
  });

  it("saves the review cadence and the months before flagging", async () => {
    const calls = mockCore((cmd) => (cmd === "save_monitoring_settings" ? monitoring() : null));
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={monitoring()} />);

    const cadence = screen.getByRole("combobox", { name: "Cadenza delle revisioni" });
    expect(cadence).toHaveValue("monthly");
    await userEvent.selectOptions(cadence, "Trimestrale");
    const months = screen.getByRole("textbox", { name: "Mesi senza risultati prima della segnalazione" });
    expect(months).toHaveValue("3");
    await userEvent.clear(months);
    await userEvent.type(months, "6");
    await userEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));

    expect(await screen.findByText("Impostazioni salvate.")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "save_monitoring_settings")?.args).toEqual({
      clientId: CLIENT.id,
      input: { cadence: "quarterly", quietPeriods: 6 },
    });
  });

  it("refuses months out of range next to the field, before and from the core", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "save_monitoring_settings") throw fail("out_of_range", "quietPeriods", { min: "1", max: "24" });
      return null;
    });
    await renderWithProviders(<MetricsView client={CLIENT} monitoring={monitoring()} />);
    const months = screen.getByRole("textbox", { name: "Mesi senza risultati prima della segnalazione" });
    await userEvent.clear(months);
    await userEvent.type(months, "30{Enter}");
    expect(months).toHaveAccessibleDescription(expect.stringContaining("Il valore deve essere tra 1 e 24."));
    expect(calls.filter((c) => c.cmd === "save_monitoring_settings")).toEqual([]);

    // A value the form lets through but the core refuses lands in the same place.
    await userEvent.clear(months);
    await userEvent.type(months, "12{Enter}");
    expect(await screen.findByText("Il valore deve essere tra 1 e 24.")).toBeInTheDocument();
    expect(months).toHaveAttribute("aria-invalid", "true");
    expect(calls.filter((c) => c.cmd === "save_monitoring_settings")).toHaveLength(1);
  });
});
