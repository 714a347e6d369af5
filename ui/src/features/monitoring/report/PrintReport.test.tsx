import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Decision, Language, Monitoring, Reviews } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { useNavigation } from "../../app/navigation";
import { activityEffort, channelEffort, kpi, MONTHS, monitoring, point, result } from "../kpi/testing";
import { PrintReport } from "./PrintReport";

const OCTOBER = "2026-10-01";
const at = (month: string) => MONTHS.indexOf(month);

function decision(id: string, title: string, decidedAt: string | null, extra: Partial<Decision> = {}): Decision {
  return {
    id,
    clientId: CLIENT.id,
    title,
    context: "",
    options: [],
    choice: "",
    rationale: "",
    proposedBy: "agency",
    status: decidedAt ? "approved" : "proposed",
    decidedAt,
    decidedBy: decidedAt ? "Mario Rossi" : null,
    decidedVia: decidedAt ? "meeting" : null,
    supersedes: null,
    supersededBy: null,
    subject: null,
    subjectLabel: "",
    createdAt: "2026-09-01T10:00:00Z",
    updatedAt: "2026-09-01T10:00:00Z",
    ...extra,
  };
}

/** Two KPIs (one off track, one on track), Instagram with 5 items and results in October, and a quiet activity on Facebook. */
function report(): Monitoring {
  const published = MONTHS.map((m) => (m === OCTOBER ? 5 : 1));
  return monitoring({
    kpis: [
      kpi(),
      kpi({
        objectiveId: "obj-reach",
        title: "Farsi conoscere in città",
        metric: "reach",
        channel: null,
        series: [point("2026-10-01", "2026-10-31", 1200, 1000)],
        latest: point("2026-10-01", "2026-10-31", 1200, 1000),
        status: "on_track",
      }),
    ],
    effort: {
      months: MONTHS,
      quietPeriods: 3,
      phase: "growth",
      channels: [
        channelEffort("instagram", {
          published,
          results: MONTHS.map((m) => result(m, m === OCTOBER ? { contacts: 3, opportunities: 2, value: 12500 } : {})),
        }),
        channelEffort("facebook", {
          published: MONTHS.map((_, i) => (i === at(OCTOBER) ? 2 : 0)),
          results: MONTHS.map((m) => result(m, m === OCTOBER ? { contacts: 1 } : {})),
          activities: [activityEffort("act-community", "community", { flagged: true, quietMonths: 3 })],
        }),
      ],
    },
  });
}

const REVIEWS: Reviews = {
  clientId: CLIENT.id,
  cadence: "monthly",
  nextDue: "2026-12-05",
  reviews: [
    { id: "r1", heldOn: "2026-10-05", status: "closed", items: 3, decided: 2 },
    { id: "r2", heldOn: "2026-11-05", status: "closed", items: 2, decided: 1 },
  ],
};

function mockReport(language: Language = "it", data: Monitoring = report()) {
  mockIPC((cmd) => {
    if (cmd === "get_client") return { ...CLIENT, language };
    if (cmd === "get_monitoring") return data;
    if (cmd === "list_reviews") return REVIEWS;
    if (cmd === "list_decisions")
      return [
        decision("d1", "Più video brevi", "2026-10-12T09:00:00Z", { choice: "Due reel a settimana" }),
        // 23:30 UTC on 31 October is already November in Rome.
        decision("d2", "Chiudere la pagina LinkedIn", "2026-10-31T23:30:00Z"),
        decision("d3", "Nuovo logo", null),
      ];
    return null;
  });
}

/** The summary's figures, term → definition. */
function figures(section: HTMLElement): Record<string, string> {
  const terms = within(section).getAllByRole("term");
  return Object.fromEntries(terms.map((term) => [term.textContent ?? "", term.nextElementSibling?.textContent ?? ""]));
}

/** A row's cells by their column header; the row is found by its channel. */
function byColumn(table: HTMLElement, channel: string): Record<string, string> {
  const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent ?? "");
  const row = within(table).getByRole("row", { name: new RegExp(`^${channel}`) });
  const cells = [...within(row).getAllByRole("rowheader"), ...within(row).getAllByRole("cell")].map((c) => c.textContent ?? "");
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""]));
}

function RouteProbe() {
  const { route } = useNavigation();
  return <output aria-label="route">{route.screen === "print-report" ? `${route.screen} ${route.month}` : route.screen}</output>;
}

describe("PrintReport", () => {
  it("sums up the month: KPIs by status, items published, contacts, opportunities and value", async () => {
    mockReport();
    await renderWithProviders(<PrintReport clientId={CLIENT.id} month={OCTOBER} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Report di ottobre 2026" })).toBeInTheDocument();
    expect(screen.getByText("Trattoria da Mario")).toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "In sintesi" });
    expect(figures(summary)).toEqual({
      "In linea": "1",
      "A rischio": "0",
      "Fuori rotta": "1",
      "Contenuti pubblicati": "7",
      "Contatti ricevuti": "4",
      Opportunità: "2",
      "Valore generato": "12.500 €",
    });
  });

  it("shows each KPI with its month's value, chart and table, and the channels with their quiet activities", async () => {
    mockReport();
    await renderWithProviders(<PrintReport clientId={CLIENT.id} month={OCTOBER} />);
    const leads = await screen.findByRole("region", { name: "Più richieste di prenotazione" });
    expect(within(leads).getByText("Andamento: Fuori rotta")).toBeInTheDocument();
    expect(within(leads).getByText("ott 2026: 3 su 8 previsti")).toBeInTheDocument();
    expect(within(leads).getByRole("img", { name: "Andamento di Più richieste di prenotazione: valori e traguardo" })).toBeInTheDocument();
    const table = within(leads).getByRole("table", { name: "Valori di Più richieste di prenotazione" });
    // Periods up to the report month only.
    expect(within(table).getAllByRole("row").map((r) => r.textContent)).toEqual(["PeriodoValorePrevisto", "set 202626", "ott 202638"]);
    expect(screen.getByRole("region", { name: "Farsi conoscere in città" })).toHaveTextContent("Misurato con: Copertura (tutti i canali)");

    const channels = screen.getByRole("table", { name: "Canali nel mese" });
    expect(byColumn(channels, "Instagram")).toEqual({
      Canale: "Instagram",
      "Contenuti pubblicati": "5",
      Contatti: "3",
      Opportunità: "2",
      Valore: "12.500 €",
      "Da rivedere": "",
    });
    expect(byColumn(channels, "Facebook")).toMatchObject({ Contatti: "1", Opportunità: "0", "Da rivedere": "Gestione della communityNessun risultato da 3 mesi" });
  });

  it("lists the decisions taken in the month, in the client's time zone, and the next review", async () => {
    mockReport();
    await renderWithProviders(<PrintReport clientId={CLIENT.id} month={OCTOBER} />);
    const decisions = await screen.findByRole("region", { name: "Decisioni del mese" });
    expect(await within(decisions).findByText("Più video brevi")).toBeInTheDocument();
    expect(within(decisions).getByText("Scelta: Due reel a settimana")).toBeInTheDocument();
    expect(within(decisions).queryByText("Chiudere la pagina LinkedIn")).not.toBeInTheDocument();
    expect(within(decisions).queryByText("Nuovo logo")).not.toBeInTheDocument();
    const next = screen.getByRole("region", { name: "Prossimi passi" });
    expect(within(next).getByText("Prossima revisione: 05/12/2026")).toBeInTheDocument();
    expect(within(next).getByText("Ultima revisione: 05/11/2026")).toBeInTheDocument();
  });

  it("is written in the client's language while the toolbar keeps the user's", async () => {
    mockReport("en");
    await renderWithProviders(<PrintReport clientId={CLIENT.id} month={OCTOBER} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Report for October 2026" })).toBeInTheDocument();
    expect(figures(screen.getByRole("region", { name: "At a glance" }))).toMatchObject({ "On track": "1", "Off track": "1", "Value generated": "€12,500" });
    expect(screen.getByRole("img", { name: "Più richieste di prenotazione over time: values and target" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Più richieste di prenotazione" })).toHaveTextContent("Oct 2026: 3 of 8 planned");
    expect(screen.getByRole("button", { name: "← Torna al monitoraggio" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Mese del report" })).toHaveDisplayValue("ottobre 2026");
  });

  it("navigates to another month from the selector, and back to monitoring", async () => {
    mockReport();
    await renderWithProviders(
      <>
        <PrintReport clientId={CLIENT.id} month={OCTOBER} />
        <RouteProbe />
      </>,
      { route: { screen: "print-report", clientId: CLIENT.id, month: OCTOBER } },
    );
    const select = await screen.findByRole("combobox", { name: "Mese del report" });
    const options = within(select).getAllByRole("option").map((o) => o.textContent);
    expect(options).toHaveLength(12);
    expect(options[0]).toBe("ottobre 2026");
    expect(options.at(-1)).toBe("novembre 2025");
    await userEvent.selectOptions(select, "settembre 2026");
    expect(screen.getByRole("status", { name: "route" })).toHaveTextContent("print-report 2026-09-01");
    await userEvent.click(screen.getByRole("button", { name: "← Torna al monitoraggio" }));
    expect(screen.getByRole("status", { name: "route" })).toHaveTextContent("client");
  });

  it("says so when nothing is measured", async () => {
    mockReport("it", monitoring({ kpis: [], effort: { months: MONTHS, quietPeriods: 3, phase: "growth", channels: [channelEffort("instagram")] } }));
    await renderWithProviders(<PrintReport clientId={CLIENT.id} month={OCTOBER} />);
    const summary = await screen.findByRole("region", { name: "In sintesi" });
    expect(within(summary).getByText("Nessun obiettivo ha ancora un traguardo da misurare.")).toBeInTheDocument();
    expect(figures(summary)).toMatchObject({ "Contenuti pubblicati": "0", "Contatti ricevuti": "non misurato" });
    expect(screen.getByRole("region", { name: "Obiettivi" })).toHaveTextContent(/Nessun obiettivo ha ancora un traguardo da misurare: quando/);
    expect(byColumn(screen.getByRole("table", { name: "Canali nel mese" }), "Instagram")).toMatchObject({
      "Contenuti pubblicati": "0",
      Contatti: "non misurato",
      Valore: "non misurato",
    });
  });
});
