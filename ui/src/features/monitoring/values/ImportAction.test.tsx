import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { ImportMapping, MeasurementImport } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { useMonitoring } from "../queries";
import { ImportAction } from "./ImportAction";
import { mockCore, monitoring } from "./testing";

const PATH = "/home/anna/insights.csv";

/** Regia's guess for a Meta export: date, reach and followers, the whole file about Instagram. */
const GUESS: ImportMapping = {
  dateColumn: 0,
  channelColumn: null,
  channel: "instagram",
  period: "month",
  metrics: [
    { column: 1, metric: "reach" },
    { column: 2, metric: "followers" },
  ],
};

function preview(extra: Partial<MeasurementImport> = {}): MeasurementImport {
  return {
    headers: ["Data", "Copertura", "Follower", "Note"],
    sample: [
      ["01/10/2026", "1200", "830", "post del lunedì"],
      ["02/10/2026", "abc", "835", ""],
    ],
    rows: 2,
    mapping: GUESS,
    values: [
      { channel: "instagram", metric: "followers", period: "month", startsOn: "2026-10-01", value: 835, existing: 800, rows: 2 },
      { channel: "instagram", metric: "reach", period: "month", startsOn: "2026-10-01", value: 1200, existing: null, rows: 1 },
    ],
    errors: [],
    delimiter: ";",
    encoding: "UTF-8",
    ...extra,
  };
}

const BAD = preview({
  values: [{ channel: "instagram", metric: "followers", period: "month", startsOn: "2026-10-01", value: 1665, existing: null, rows: 2 }],
  errors: [
    { line: 3, column: "Copertura", code: "invalid_number", value: "abc", message: "\"abc\" is not a number" },
    { line: 4, column: "Data", code: "invalid_date", value: "31/02/2026", message: "\"31/02/2026\" is not a date" },
    { line: 5, column: "Follower", code: "negative", value: "-3", message: "a count cannot be negative" },
    { line: 5, column: "Canale", code: "invalid_choice", value: "Tiktok", message: "\"Tiktok\" is not a channel of the plan" },
  ],
});

/** The import in the header, fed by the cached monitoring as on the screen. */
function Header() {
  const query = useMonitoring(CLIENT.id);
  return query.data ? <ImportAction client={CLIENT} monitoring={query.data} /> : null;
}

function core(first: MeasurementImport, next: (mapping: ImportMapping) => MeasurementImport = () => preview()) {
  return mockCore((cmd, args) => {
    if (cmd === "get_monitoring") return monitoring();
    if (cmd === "plugin:dialog|open") return PATH;
    if (cmd === "preview_measurements_import") return args.mapping === null ? first : next(args.mapping as ImportMapping);
    if (cmd === "apply_measurements_import") return 2;
    return null;
  });
}

async function openImport() {
  await userEvent.click(await screen.findByRole("button", { name: "Importa CSV…" }));
  return screen.findByRole("dialog", { name: "Importa valori da CSV" });
}

describe("ImportAction", () => {
  it("opens a Regia file dialog, shows the file and every bad cell, and imports nothing while there are errors", async () => {
    const calls = core(BAD);
    await renderWithProviders(<Header />);
    const dialog = await openImport();
    const options = calls.find((c) => c.cmd === "plugin:dialog|open")?.args.options as { title: string; filters: { extensions: string[] }[] };
    expect(options.title).toBe("Regia: scegli il file dei valori da importare");
    expect(options.filters[0]?.extensions).toContain("csv");
    expect(calls.find((c) => c.cmd === "preview_measurements_import")?.args).toEqual({ clientId: CLIENT.id, path: PATH, mapping: null });

    expect(dialog).toHaveTextContent("Separatore «;», codifica UTF-8, 2 righe di dati.");
    const sample = within(dialog).getByRole("table", { name: "Le prime righe del file" });
    expect(within(sample).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Data", "Copertura", "Follower", "Note"]);
    expect(within(sample).getByRole("cell", { name: "post del lunedì" })).toBeInTheDocument();

    expect(within(dialog).getByText("Riga 3 (Copertura): «abc» non è un numero.")).toBeInTheDocument();
    expect(within(dialog).getByText("Riga 4 (Data): «31/02/2026» non è una data valida.")).toBeInTheDocument();
    expect(within(dialog).getByText("Riga 5 (Follower): «-3» è negativo: un valore non può esserlo.")).toBeInTheDocument();
    expect(within(dialog).getByText("Riga 5 (Canale): «Tiktok» non è un canale del piano.")).toBeInTheDocument();
    expect(within(dialog).getByRole("alert")).toHaveTextContent("3 righe con errori");
    expect(within(dialog).getByText("1 valore pronto da importare.")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Importa 1 valore" })).toBeDisabled();

    await userEvent.click(within(dialog).getByRole("button", { name: "Annulla l'importazione" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).not.toContain("apply_measurements_import");
  });

  it("previews again with every change of the columns and imports with the mapping shown", async () => {
    const mappings: ImportMapping[] = [];
    const calls = core(BAD, (mapping) => {
      mappings.push(mapping);
      return preview({ mapping });
    });
    await renderWithProviders(<Header />);
    const dialog = await openImport();
    expect(within(dialog).getByRole("combobox", { name: "Colonna della data" })).toHaveDisplayValue("Data");
    expect(within(dialog).getByRole("combobox", { name: "Colonna del canale" })).toHaveDisplayValue("Nessuna: tutto il file è di un canale");
    expect(within(dialog).getByRole("combobox", { name: "Canale del file" })).toHaveDisplayValue("Instagram");
    expect(within(dialog).getByRole("combobox", { name: "Metrica della colonna Copertura" })).toHaveDisplayValue("Copertura");
    expect(within(dialog).getByRole("combobox", { name: "Metrica della colonna Note" })).toHaveDisplayValue("Non importare");
    expect(within(dialog).queryByRole("combobox", { name: "Metrica della colonna Data" })).not.toBeInTheDocument();

    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Metrica della colonna Copertura" }), "Non importare");
    expect(mappings.at(-1)).toEqual({ ...GUESS, metrics: [{ column: 2, metric: "followers" }] });
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Canale del file" }), "Sito e attività nel complesso");
    expect(mappings.at(-1)).toMatchObject({ channel: "", metrics: [{ column: 2, metric: "followers" }] });
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Periodo dei valori" }), "Settimana");
    expect(mappings.at(-1)).toMatchObject({ channel: "", period: "week" });

    // The new preview has no errors: its values, with what they replace.
    const values = await within(dialog).findByRole("table", { name: "Valori da importare" });
    expect(within(dialog).getByText("2 valori pronti da importare.")).toBeInTheDocument();
    expect(within(dialog).getByText("1 sostituisce un valore già registrato.")).toBeInTheDocument();
    expect(within(values).getByRole("row", { name: /ottobre 2026 Instagram Follower 835 800 → 835/ })).toBeInTheDocument();
    expect(within(values).getByRole("row", { name: /ottobre 2026 Instagram Copertura 1200 nuovo/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole("button", { name: "Importa 2 valori" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Importati 2 valori.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const applied = calls.filter((c) => c.cmd === "apply_measurements_import");
    expect(applied).toEqual([{ cmd: "apply_measurements_import", args: { clientId: CLIENT.id, path: PATH, mapping: mappings.at(-1) } }]);
    // The monitoring is read again, so every view shows the imported values.
    expect(calls.filter((c) => c.cmd === "get_monitoring")).toHaveLength(2);
  });

  it("takes each row's channel from a column, and then asks no channel for the file", async () => {
    const mappings: ImportMapping[] = [];
    core(preview({ headers: ["Data", "Copertura", "Follower", "Canale"] }), (mapping) => {
      mappings.push(mapping);
      return preview({ headers: ["Data", "Copertura", "Follower", "Canale"], mapping });
    });
    await renderWithProviders(<Header />);
    const dialog = await openImport();
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Colonna del canale" }), "Canale");
    expect(mappings.at(-1)).toMatchObject({ channelColumn: 3 });
    expect(within(dialog).queryByRole("combobox", { name: "Canale del file" })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole("combobox", { name: "Metrica della colonna Canale" })).not.toBeInTheDocument();
  });

  it("names the file's own problems and does nothing when the dialog is cancelled", async () => {
    core(
      preview({
        values: [],
        mapping: { ...GUESS, metrics: [] },
        errors: [{ line: 0, column: "", code: "missing_columns", value: "", message: "No column is mapped to a metric." }],
      }),
    );
    await renderWithProviders(<Header />);
    const dialog = await openImport();
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Il file non si può importare così");
    expect(within(dialog).getByText("Il file: nessuna colonna è abbinata a una metrica: scegline almeno una.")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Importa 0 valori" })).toBeDisabled();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    const later = mockCore((cmd) => (cmd === "get_monitoring" ? monitoring() : null));
    const button = screen.getByRole("button", { name: "Importa CSV…" });
    await userEvent.click(button);
    await waitFor(() => expect(later.map((c) => c.cmd)).toContain("plugin:dialog|open"));
    await waitFor(() => expect(button).toBeEnabled());
    expect(later.map((c) => c.cmd)).toEqual(["plugin:dialog|open"]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
