import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { Monitoring } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { EffortView } from "./EffortView";
import { activityEffort, channelEffort, MONTHS, mockCore, monitoring, result } from "./testing";

/** Facebook: advertising flagged after 3 quiet months, copywriting quiet for 1; Instagram brought results. */
function withEffort(quietPeriods = 3): Monitoring {
  const facebook = channelEffort("facebook", {
    hours: 10,
    published: [0, 2, 4, 3, 5, 4, 1],
    results: [
      result(MONTHS[0]!, { measured: false }),
      result(MONTHS[1]!, { contacts: 2, opportunities: 1, value: 12000 }),
      result(MONTHS[2]!, { contacts: 1 }),
      result(MONTHS[3]!),
      result(MONTHS[4]!),
      result(MONTHS[5]!),
      result(MONTHS[6]!, { measured: false }),
    ],
    activities: [
      activityEffort("act-ads", "advertising", { hours: 6, published: [0, 1, 2, 1, 2, 2, 0], quietMonths: 3, flagged: true }),
      activityEffort("act-copy", "copywriting", { hours: 4, quietMonths: 1 }),
      activityEffort("act-own", "custom:degustazioni", { name: "Serate di degustazione", hours: 0 }),
    ],
  });
  const instagram = channelEffort("instagram", { results: MONTHS.map((m) => result(m, { contacts: 3 })) });
  return monitoring({ effort: { months: MONTHS, quietPeriods, phase: "growth", channels: [facebook, instagram] } });
}

describe("EffortView", () => {
  it("states the flag rule with the client's number of months", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={withEffort(4)} />);
    expect(
      screen.getByText(
        "Un'attività viene segnalata quando per 4 mesi di fila ha avuto impegno (ore nella ripartizione o contenuti pubblicati), il canale è stato misurato e non ha portato contatti né opportunità. Un mese non misurato interrompe la serie.",
      ),
    ).toBeVisible();
    expect(screen.getByText(/ore .* della ripartizione nella fase crescita/)).toBeInTheDocument();
  });

  it("marks a flagged activity in words inside its row header", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={withEffort()} />);
    const table = screen.getByRole("table", { name: "Facebook" });
    const ads = within(table).getByRole("rowheader", { name: /^Pubblicità/ });
    expect(within(ads).getByRole("status")).toHaveTextContent("Nessun risultato da 3 mesi");
    const copy = within(table).getByRole("rowheader", { name: /^Testi/ });
    expect(copy).toHaveTextContent("1 mese senza risultati");
    expect(within(copy).queryByRole("status")).not.toBeInTheDocument();
    expect(within(table).getByRole("rowheader", { name: "Serate di degustazione" })).toBeInTheDocument();
    // Only the flagged one, across every channel.
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });

  it("shows months as columns with items published, hours and results, or that nobody measured", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={withEffort()} />);
    const table = screen.getByRole("table", { name: "Facebook" });
    const head = within(table).getAllByRole("columnheader").map((c) => c.textContent);
    expect(head).toEqual(["Riga", "Ore al mese", "mag 2026", "giu 2026", "lug 2026", "ago 2026", "set 2026", "ott 2026", "nov 2026 (in corso)"]);
    const cells = (name: string | RegExp) => within(within(table).getByRole("rowheader", { name }).closest("tr")!).getAllByRole("cell").map((c) => c.textContent);
    expect(cells("Tutti i contenuti pubblicati")).toEqual(["10 h", "0", "2", "4", "3", "5", "4", "1"]);
    expect(cells("Risultati")).toEqual([
      "",
      "non misurato",
      "2 contatti, 1 opportunità, 12.000 €",
      "1 contatto",
      "nessun risultato",
      "nessun risultato",
      "nessun risultato",
      "non misurato",
    ]);
    expect(cells(/^Pubblicità/)).toEqual(["6 h", "0", "1", "2", "1", "2", "2", "0"]);
  });

  it("draws each measured channel's results, named by the channel", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={withEffort()} />);
    expect(screen.getByRole("img", { name: "Risultati di Facebook per mese" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Risultati di Instagram per mese" })).toBeInTheDocument();
  });

  it("says when there is no active channel", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={monitoring()} />);
    expect(screen.getByText("Nessun canale attivo nel piano: i canali compaiono qui quando sono nella strategia.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("speaks English", async () => {
    mockCore();
    await renderWithProviders(<EffortView client={CLIENT} monitoring={withEffort(1)} />, { language: "en" });
    expect(screen.getByText(/^An activity is flagged when for 1 month it had effort/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Facebook" });
    expect(within(table).getByRole("rowheader", { name: /^Advertising/ })).toHaveTextContent("No results for 3 months");
    expect(within(table).getByRole("columnheader", { name: "Nov 2026 (in progress)" })).toBeInTheDocument();
  });
});
