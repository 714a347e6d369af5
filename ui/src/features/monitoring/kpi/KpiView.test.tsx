import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { useNavigation } from "../../app/navigation";
import { KpiView } from "./KpiView";
import { customMetric, kpi, mockCore, monitoring, point } from "./testing";

function Where() {
  const { route } = useNavigation();
  return <output aria-label="route">{route.screen === "client" ? `client ${route.tab}` : route.screen}</output>;
}

const RULE = /in linea quando, nell'ultimo periodo concluso, il valore ha raggiunto il previsto.*a rischio da 80% del previsto in su, fuori rotta sotto.*meno è meglio/;

describe("KpiView", () => {
  it("shows each KPI as a card named by its objective, with its status and latest value against the planned one", async () => {
    mockCore();
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring()} />);

    const card = screen.getByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(card).getByText("Fuori rotta")).toBeVisible();
    expect(within(card).getByText("Contatti e richieste")).toBeInTheDocument();
    expect(within(card).getByText("Instagram")).toBeInTheDocument();
    expect(within(card).getByText("Ultimo periodo concluso (ott 2026)")).toBeInTheDocument();
    expect(within(card).getByText("3 su 8 previsti (38%)")).toBeInTheDocument();
    expect(within(card).getByText("12 entro il 31/12/2026")).toBeInTheDocument();
    expect(within(card).getByRole("img", { name: "Andamento di Più richieste di prenotazione: valori e traguardo" })).toBeInTheDocument();
  });

  it("gives the chart's numbers as a table, gaps and the period in progress said in words", async () => {
    mockCore();
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring()} />);
    const table = screen.getByRole("table", { name: "Valori di Più richieste di prenotazione" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual(["PeriodoValorePrevisto", "set 202626", "ott 202638", "nov 2026 (in corso)non misurato10"]);
  });

  it("states the rule above the cards and groups them by macro objective", async () => {
    mockCore();
    const other = kpi({ objectiveId: "obj-2", title: "Più follower", macroTitle: "Farsi conoscere in città", metric: "followers", status: "on_track", ratio: 1.2 });
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring({ kpis: [kpi(), other] })} />);

    expect(screen.getByText(RULE)).toBeVisible();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Riempire la sala nei giorni feriali",
      "Farsi conoscere in città",
    ]);
    expect(within(screen.getByRole("region", { name: "Più follower" })).getByText("In linea")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Più follower" })).getByText("3 su 8 previsti (120%)")).toBeInTheDocument();
  });

  it("explains a metric nobody measures and points to the Metrics tab", async () => {
    mockCore();
    const unknown = kpi({ metric: "Prenotazioni dal sito", channel: null, status: "unknown_metric", series: [], latest: null, ratio: null });
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring({ kpis: [unknown] })} />);

    const card = screen.getByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(card).getByText("Metrica non misurata")).toBeInTheDocument();
    expect(within(card).getByText(/«Prenotazioni dal sito», non è tra quelle misurate: aggiungila nella scheda Metriche/)).toBeInTheDocument();
    expect(within(card).getByText("Sito e attività nel complesso")).toBeInTheDocument();
    expect(within(card).queryByRole("img")).not.toBeInTheDocument();
  });

  it("names a custom metric by its name and says when nothing was measured yet", async () => {
    mockCore();
    const coupons = customMetric("metric-1", "Coupon riscattati", "contacts");
    const empty = kpi({
      metric: coupons.key,
      status: "no_data",
      latest: null,
      ratio: null,
      series: [point("2026-10-01", "2026-10-31", null, 8), point("2026-11-01", "2026-11-30", null, 10)],
    });
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring({ kpis: [empty], metrics: [coupons] })} />);

    const card = screen.getByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(card).getByText("Senza dati")).toBeInTheDocument();
    expect(within(card).getByText("Coupon riscattati")).toBeInTheDocument();
    expect(within(card).getByText("Non è stato misurato ancora niente per questo obiettivo in un periodo concluso.")).toBeInTheDocument();
    expect(within(card).queryByText(/previsti/)).not.toBeInTheDocument();
  });

  it("says fewer is better when the target is below the baseline", async () => {
    mockCore();
    const down = kpi({ baseline: 20, target: 10, direction: "down", status: "at_risk", ratio: 0.85 });
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring({ kpis: [down] })} />);
    const card = screen.getByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(card).getByText("A rischio")).toBeInTheDocument();
    expect(within(card).getByText("Meno è meglio: il traguardo è sotto la partenza (20).")).toBeInTheDocument();
  });

  it("without KPIs says where they come from and leads to the strategy", async () => {
    mockCore();
    await renderWithProviders(
      <>
        <KpiView client={CLIENT} monitoring={monitoring({ kpis: [] })} />
        <Where />
      </>,
      { route: { screen: "client", clientId: CLIENT.id, tab: "monitoring" } },
    );
    expect(screen.getByText(RULE)).toBeInTheDocument();
    expect(screen.getByText(/Qui compaiono gli obiettivi micro che hanno una metrica e un traguardo.*impostali in Strategia/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Apri la strategia" }));
    expect(screen.getByRole("status", { name: "route" })).toHaveTextContent("client strategy");
  });

  it("speaks English, quarters included", async () => {
    mockCore();
    const quarterly = kpi({
      frequency: "quarter",
      series: [point("2026-01-01", "2026-03-31", 5, 4), point("2026-04-01", "2026-06-30", 3, 6)],
      latest: point("2026-04-01", "2026-06-30", 3, 6),
      ratio: 0.5,
    });
    await renderWithProviders(<KpiView client={CLIENT} monitoring={monitoring({ kpis: [quarterly] })} />, { language: "en" });
    const card = screen.getByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(card).getByText("Off track")).toBeInTheDocument();
    expect(within(card).getByText("Last complete period (Q2 2026)")).toBeInTheDocument();
    expect(within(card).getByText("3 of 6 planned (50%)")).toBeInTheDocument();
    expect(within(card).getByRole("img", { name: "Più richieste di prenotazione over time: values and target" })).toBeInTheDocument();
    expect(within(card).getByRole("rowheader", { name: "Q1 2026" })).toBeInTheDocument();
  });
});
