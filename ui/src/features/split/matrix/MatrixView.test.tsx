import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT as client } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { activity, advice, cell, channel, COPY, INSTAGRAM, mockCore, person, raci, split } from "../testing";
import { MatrixView } from "./MatrixView";

const marco = person("person-marco", "Marco", "business", { role: "Titolare", skills: { copywriting: 2 } });
const giulia = person("person-giulia", "Giulia", "agency", { skills: { copywriting: 2 } });

const SPLIT = split({
  settings: { hourlyRate: 40, monthlyBudget: 1000, capacityMargin: 80 },
  activities: [
    COPY,
    activity("act-live", "custom:dirette", { name: "Dirette", voice: 2, hours: 5 }),
    activity("act-old", "graphics", { skills: ["graphics"], voice: 0, hours: 6, status: "closed" }),
  ],
  channels: [INSTAGRAM, channel("ch-flyer", "custom:volantini", { name: "Volantini", importance: 2 })],
  people: [marco, giulia],
  cells: [
    cell("growth", "act-copy", "ch-ig", "shared", {
      id: "cell-1",
      businessHours: 6,
      agencyHours: 2,
      raci: raci([marco, "accountable"], [giulia, "responsible"]),
    }),
    // Another phase: not in the growth matrix.
    cell("startup", "act-live", "ch-ig", "agency", { id: "cell-2", agencyHours: 5, raci: raci([marco, "accountable"]) }),
  ],
  advice: [
    advice("growth", "act-copy", "ch-ig", "business", [
      { code: "skill_good", weight: 1, params: { person: "Marco", level: "2" } },
      { code: "voice_some", weight: 1, params: {} },
      { code: "little_time", weight: -1, params: { free: "10.5", needed: "8" } },
      { code: "over_budget", weight: 2, params: { cost: "1250", budget: "1000" } },
      { code: "no_budget", weight: 0, params: {} },
    ]),
    advice("growth", "act-copy", "ch-flyer", "business"),
    advice("growth", "act-live", "ch-ig", "business"),
    advice("growth", "act-live", "ch-flyer", "agency"),
  ],
});

async function openCell(name: string) {
  await userEvent.click(screen.getByRole("button", { name }));
  return screen.getByRole("dialog");
}

describe("MatrixView", () => {
  it("names every cell by activity, channel and side, or as still to decide", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const table = screen.getByRole("table", { name: "Matrice della ripartizione: crescita" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    const stored = within(table).getByRole("button", { name: "Testi su Instagram: Condiviso" });
    expect(stored).toHaveTextContent("6 h interne · 2 h agenzia");
    expect(stored).toHaveTextContent("A: Marco");
    expect(stored).toHaveTextContent("diverso dal consiglio");
    expect(stored).toHaveAccessibleDescription(/6 h interne · 2 h agenzia/);
    expect(within(table).getByRole("button", { name: "Testi su Volantini: da decidere" })).toHaveTextContent("consiglio: Interno");
    expect(within(table).getByRole("button", { name: "Dirette su Instagram: da decidere" })).toHaveTextContent("consiglio: Interno");
    expect(within(table).getByRole("button", { name: "Dirette su Volantini: da decidere" })).toHaveTextContent("consiglio: Agenzia");
    expect(within(table).queryByRole("rowheader", { name: "Grafica" })).not.toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Chi è coinvolto (RACI)" })).toHaveTextContent("A · ne risponde");
  });

  it("says the same in English", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />, { language: "en" });
    const table = screen.getByRole("table", { name: "Split matrix: growth" });
    expect(within(table).getByRole("button", { name: "Copywriting on Instagram: Shared" })).toHaveTextContent("6 h in-house · 2 h agency");
    expect(within(table).getByRole("button", { name: "Dirette on Volantini: to decide" })).toHaveTextContent("advice: Agency");
  });

  it("moves between cells with the arrow keys, one tab stop for the matrix", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const first = screen.getByRole("button", { name: "Testi su Instagram: Condiviso" });
    expect(first).toHaveAttribute("tabindex", "0");
    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "Testi su Volantini: da decidere" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    const last = screen.getByRole("button", { name: "Dirette su Volantini: da decidere" });
    expect(last).toHaveFocus();
    expect(last).toHaveAttribute("tabindex", "0");
    expect(first).toHaveAttribute("tabindex", "-1");
    await userEvent.keyboard("{Home}");
    expect(screen.getByRole("button", { name: "Dirette su Instagram: da decidere" })).toHaveFocus();
  });

  it("shows where to add channels when the plan has none", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={{ ...SPLIT, channels: [] }} phase="growth" agency />);
    expect(screen.getByText(/Nessun canale nel piano/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("opens the row editor with Regia's reasons, and the advice picks the side", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Testi su Instagram: Condiviso");
    expect(dialog).toHaveAccessibleName("Testi · Instagram · crescita");
    const section = within(dialog).getByRole("region", { name: "Consiglio di Regia" });
    expect(section).toHaveTextContent("Regia consiglia: Interno");
    const reasons = within(section).getAllByRole("listitem").map((li) => li.textContent);
    expect(reasons).toEqual([
      "Marco ha una competenza buona in quello che serve. → interno",
      "Ha bisogno, in parte, della voce dell'attività. → interno",
      "All'interno restano 10,5 h libere al mese per 8 h di lavoro: il margine è stretto. → agenzia",
      "Affidata all'agenzia, il costo salirebbe a 1250 € al mese, oltre il budget di 1000 €. → interno",
      "Il budget mensile non è ancora indicato: il costo non pesa sulla scelta.",
    ]);

    const sides = within(dialog).getByRole("group", { name: "Chi lo fa" });
    expect(within(sides).getByRole("radio", { name: "Condiviso" })).toBeChecked();
    expect(within(dialog).getByRole("textbox", { name: "Ore interne al mese" })).toHaveValue("6");
    expect(within(dialog).getByRole("textbox", { name: "Ore agenzia al mese" })).toHaveValue("2");
    expect(within(dialog).getByRole("combobox", { name: "Ruolo di Marco" })).toHaveValue("accountable");
    expect(within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" })).toHaveValue("responsible");
    expect(within(dialog).queryByText(/Segui il consiglio di Regia/)).not.toBeInTheDocument();

    await userEvent.click(within(section).getByRole("button", { name: "Usa il consiglio" }));
    expect(within(sides).getByRole("radio", { name: "Interno" })).toBeChecked();
    expect(within(dialog).getByRole("textbox", { name: "Ore interne al mese" })).toHaveValue("8");
    expect(within(dialog).queryByRole("textbox", { name: "Ore agenzia al mese" })).not.toBeInTheDocument();
    expect(within(dialog).getByText("Segui il consiglio di Regia: la scelta andrà nel registro delle decisioni.")).toBeInTheDocument();

    await userEvent.click(within(sides).getByRole("radio", { name: "Agenzia" }));
    expect(within(dialog).getByRole("textbox", { name: "Ore agenzia al mese" })).toHaveValue("8");
    expect(
      within(dialog).getByText("Stai scegliendo diversamente dal consiglio: scrivi perché, resterà nel registro delle decisioni."),
    ).toBeInTheDocument();
  });

  it("saves a new row with the advised side, Italian comma hours and the RACI", async () => {
    const calls = mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency={false} />);
    const dialog = await openCell("Dirette su Instagram: da decidere");
    expect(dialog).toHaveAccessibleName("Dirette · Instagram · crescita");
    expect(within(dialog).getByRole("radio", { name: "Interno" })).toBeChecked();
    const hours = within(dialog).getByRole("textbox", { name: "Ore interne al mese" });
    expect(hours).toHaveValue("5");
    expect(within(dialog).getByText("Segui il consiglio di Regia: la scelta andrà nel registro delle decisioni.")).toBeInTheDocument();
    expect(within(dialog).getByRole("status")).toHaveTextContent("Nessuno risponde ancora di questa attività");

    await userEvent.clear(hours);
    await userEvent.type(hours, "2,5");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Ruolo di Marco" }), "A · ne risponde");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" }), "A · ne risponde");
    expect(within(dialog).getByRole("status")).toHaveTextContent("Ora 2 persone hanno la A: lasciala a una sola.");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" }), "C · consultato");
    expect(within(dialog).getByRole("status")).toBeEmptyDOMElement();
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Perché (facoltativo)" }), "Le dirette le fa lui.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Salva" }));

    expect(calls.find((c) => c.cmd === "save_split_cell")?.args).toEqual({
      clientId: client.id,
      input: {
        phase: "growth",
        activityId: "act-live",
        channelId: "ch-ig",
        side: "business",
        businessHours: 2.5,
        agencyHours: 0,
        raci: raci([marco, "accountable"], [giulia, "consulted"]),
        rationale: "Le dirette le fa lui.",
      },
    });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("splits the default hours in half when the advice is shared", async () => {
    mockCore(() => SPLIT);
    const shared = { ...SPLIT, advice: [advice("growth", "act-live", "ch-ig", "shared")] };
    await renderWithProviders(<MatrixView client={client} split={shared} phase="growth" agency />);
    const dialog = await openCell("Dirette su Instagram: da decidere");
    expect(within(dialog).getByRole("textbox", { name: "Ore interne al mese" })).toHaveValue("2,5");
    expect(within(dialog).getByRole("textbox", { name: "Ore agenzia al mese" })).toHaveValue("2,5");
    expect(within(dialog).getByText(/proposta: il cliente la approva/)).toBeInTheDocument();
  });

  it("shows the core's RACI error under the RACI and keeps what was typed", async () => {
    mockCore((cmd) => {
      if (cmd === "save_split_cell") throw { kind: "invalid", code: "no_accountable", message: "", field: "raci", params: {} };
      return SPLIT;
    });
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Dirette su Volantini: da decidere");
    const hours = within(dialog).getByRole("textbox", { name: "Ore agenzia al mese" });
    await userEvent.clear(hours);
    await userEvent.type(hours, "3,5");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" }), "R · esegue");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Perché (facoltativo)" }), "Prima prova");
    await userEvent.click(within(dialog).getByRole("button", { name: "Salva" }));

    const raci = within(dialog).getByRole("group", { name: "Chi è coinvolto (RACI)" });
    const message = "Scegli chi risponde di questa attività (A): ogni riga ne ha esattamente uno.";
    expect(await within(raci).findByText(message)).toBeInTheDocument();
    expect(raci).toHaveAccessibleDescription(message);
    expect(screen.getByRole("dialog")).toBe(dialog);
    expect(hours).toHaveValue("3,5");
    expect(within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" })).toHaveValue("responsible");
    expect(within(dialog).getByRole("textbox", { name: "Perché (facoltativo)" })).toHaveValue("Prima prova");
  });

  it("shows a person's error next to their role", async () => {
    mockCore((cmd) => {
      if (cmd === "save_split_cell") throw { kind: "invalid", code: "foreign_person", message: "", field: `raci.${giulia.id}`, params: {} };
      return SPLIT;
    });
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Testi su Instagram: Condiviso");
    await userEvent.click(within(dialog).getByRole("button", { name: "Salva" }));
    const select = within(dialog).getByRole("combobox", { name: "Ruolo di Giulia" });
    expect(await within(dialog).findByText("Questa persona non è tra le persone di questo cliente.")).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription("Questa persona non è tra le persone di questo cliente.");
  });

  it("refuses hours that are not a number without asking the core", async () => {
    const calls = mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Testi su Instagram: Condiviso");
    const hours = within(dialog).getByRole("textbox", { name: "Ore interne al mese" });
    await userEvent.clear(hours);
    await userEvent.type(hours, "sei");
    await userEvent.click(within(dialog).getByRole("button", { name: "Salva" }));
    expect(hours).toHaveAccessibleDescription(/«sei» non è un numero\./);
    expect(hours).toHaveAttribute("aria-invalid", "true");
    expect(calls.some((c) => c.cmd === "save_split_cell")).toBe(false);

    await userEvent.clear(hours);
    await userEvent.type(hours, "4,25");
    await userEvent.click(within(dialog).getByRole("button", { name: "Salva" }));
    expect(calls.find((c) => c.cmd === "save_split_cell")?.args.input).toMatchObject({ side: "shared", businessHours: 4.25, agencyHours: 2 });
  });

  it("takes a row out after an inline confirmation", async () => {
    const calls = mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Testi su Instagram: Condiviso");
    await userEvent.click(within(dialog).getByRole("button", { name: "Togli dalla ripartizione" }));
    expect(calls.some((c) => c.cmd === "delete_split_cell")).toBe(false);
    await userEvent.click(within(dialog).getByRole("button", { name: "Conferma: togli" }));
    expect(calls.find((c) => c.cmd === "delete_split_cell")?.args).toEqual({ clientId: client.id, id: "cell-1" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("offers no removal for a row not yet in the split", async () => {
    mockCore(() => SPLIT);
    await renderWithProviders(<MatrixView client={client} split={SPLIT} phase="growth" agency />);
    const dialog = await openCell("Testi su Volantini: da decidere");
    expect(within(dialog).queryByRole("button", { name: "Togli dalla ripartizione" })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Annulla" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
