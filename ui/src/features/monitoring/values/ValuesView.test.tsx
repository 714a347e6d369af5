import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { coreError, measurement, monitoring, ValuesTab, valuesCore } from "./testing";

const cell = (name: string) => screen.getByRole("textbox", { name });
/** The controls above the grid (the form below has its own "Canale" and "Periodo"). */
const controls = () => screen.getByRole("group", { name: "Che cosa mostra la tabella" });

describe("ValuesView", () => {
  it("shows one channel's metrics by month, the current month last, values written the Italian way", async () => {
    valuesCore(monitoring({ measurements: [measurement("instagram", "followers", "2026-10-01", 12345.5), measurement("", "visits", "2026-10-01", 99)] }));
    await renderWithProviders(<ValuesTab />);
    const grid = await screen.findByRole("grid", { name: "Valori di Instagram" });
    expect(within(grid).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Metrica",
      "giu 2026",
      "lug 2026",
      "ago 2026",
      "set 2026",
      "ott 2026",
      "nov 2026",
    ]);
    expect(within(grid).getAllByRole("rowheader").map((h) => h.textContent)).toEqual([
      "Visite al sito",
      "Copertura",
      "Follower",
      "Commenti",
      "Contatti e richieste",
      "Prenotazioni",
    ]);
    expect(cell("Instagram, Follower, ottobre 2026")).toHaveValue("12.345,5");
    expect(cell("Instagram, Visite al sito, ottobre 2026")).toHaveValue("");
    expect(within(controls()).getByRole("combobox", { name: "Canale" })).toHaveDisplayValue("Instagram");
    expect(within(within(controls()).getByRole("combobox", { name: "Canale" })).getByRole("option", { name: "Volantini (chiuso)" })).toBeInTheDocument();

    await userEvent.selectOptions(within(controls()).getByRole("combobox", { name: "Canale" }), "Sito e attività nel complesso");
    expect(cell("Sito e attività nel complesso, Visite al sito, ottobre 2026")).toHaveValue("99");
  });

  it("shows weeks from Monday and moves the window back and forth", async () => {
    valuesCore(monitoring());
    await renderWithProviders(<ValuesTab />);
    await screen.findByRole("grid");
    await userEvent.selectOptions(within(controls()).getByRole("combobox", { name: "Periodo" }), "Settimana");
    const grid = screen.getByRole("grid", { name: "Valori di Instagram" });
    expect(within(grid).getAllByRole("columnheader").at(-1)).toHaveTextContent("sett. 16/11");
    expect(cell("Instagram, Commenti, settimana dal 16/11/2026")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Periodi successivi" })).toBeDisabled();

    await userEvent.click(screen.getByRole("button", { name: "Periodi precedenti" }));
    expect(within(grid).getAllByRole("columnheader").at(-1)).toHaveTextContent("sett. 5/10");
    expect(screen.queryByRole("textbox", { name: "Instagram, Commenti, settimana dal 16/11/2026" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Periodi successivi" }));
    expect(cell("Instagram, Commenti, settimana dal 16/11/2026")).toBeInTheDocument();
  });

  it("saves a typed value on Enter without replacing anything, then moves down", async () => {
    const { saves } = valuesCore(monitoring());
    await renderWithProviders(<ValuesTab />);
    await userEvent.type(await screen.findByRole("textbox", { name: "Instagram, Follower, novembre 2026" }), "12.500{Enter}");
    expect(cell("Instagram, Commenti, novembre 2026")).toHaveFocus();
    expect(await screen.findByText("Salvato: Instagram, Follower, novembre 2026.")).toBeInTheDocument();
    expect(saves()).toEqual([{ channel: "instagram", metric: "followers", period: "month", day: "2026-11-01", value: "12.500", replace: false }]);
    expect(cell("Instagram, Follower, novembre 2026")).toHaveValue("12.500");

    // Leaving a cell saves too; a cell that showed a value replaces it.
    await userEvent.clear(cell("Instagram, Follower, novembre 2026"));
    await userEvent.type(cell("Instagram, Follower, novembre 2026"), "1300");
    await userEvent.tab();
    expect(await screen.findByText("Salvato: Instagram, Follower, novembre 2026.")).toBeInTheDocument();
    expect(saves()[1]).toMatchObject({ value: "1300", replace: true });
    expect(saves()).toHaveLength(2);
  });

  it("asks before replacing a value someone else recorded, and replaces only on confirmation", async () => {
    const { saves } = valuesCore(monitoring(), (input) => {
      if (!input.replace) throw coreError("duplicate_measurement", "value", { existing: "300", period: "2026-10-01" });
    });
    await renderWithProviders(<ValuesTab />);
    await userEvent.type(await screen.findByRole("textbox", { name: "Instagram, Follower, ottobre 2026" }), "450{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Sostituire il valore?" });
    expect(dialog).toHaveTextContent("Per Instagram, Follower, ottobre 2026 è già registrato il valore 300. Lo sostituisci con 450?");
    await userEvent.click(within(dialog).getByRole("button", { name: "Sostituisci" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(await screen.findByText("Salvato: Instagram, Follower, ottobre 2026.")).toBeInTheDocument();
    expect(saves().map((s) => s.replace)).toEqual([false, true]);
    expect(saves()[1]).toMatchObject({ metric: "followers", day: "2026-10-01", value: "450" });
  });

  it("keeps the recorded value when the user says so", async () => {
    const { saves } = valuesCore(monitoring(), (input) => {
      if (!input.replace) throw coreError("duplicate_measurement", "value", { existing: "300", period: "2026-10-01" });
    });
    await renderWithProviders(<ValuesTab />);
    await userEvent.type(await screen.findByRole("textbox", { name: "Instagram, Follower, ottobre 2026" }), "450{Enter}");
    await userEvent.click(await screen.findByRole("button", { name: "Lascia com'è" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(cell("Instagram, Follower, ottobre 2026")).toHaveValue("");
    expect(saves()).toHaveLength(1);
  });

  it("shows the core's refusal next to the cell, and Escape puts back what is stored", async () => {
    valuesCore(monitoring({ measurements: [measurement("instagram", "comments", "2026-11-01", 12)] }), (input) => {
      if (input.value.startsWith("-")) throw coreError("negative", "value");
    });
    await renderWithProviders(<ValuesTab />);
    const comments = await screen.findByRole("textbox", { name: "Instagram, Commenti, novembre 2026" });
    await userEvent.clear(comments);
    await userEvent.type(comments, "-5{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Non può essere un numero negativo.");
    expect(comments).toHaveAccessibleDescription("Non può essere un numero negativo.");
    expect(comments).toHaveAttribute("aria-invalid", "true");
    expect(comments).toHaveValue("-5");

    comments.focus();
    await userEvent.keyboard("{Escape}");
    expect(comments).toHaveValue("12");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("moves between cells with the arrow keys, left and right at the text's edge", async () => {
    valuesCore(monitoring({ measurements: [measurement("instagram", "visits", "2026-10-01", 40)] }));
    await renderWithProviders(<ValuesTab />);
    const start = (await screen.findByRole("textbox", { name: "Instagram, Visite al sito, ottobre 2026" })) as HTMLInputElement;
    await userEvent.click(start);
    start.setSelectionRange(0, 0);
    await userEvent.keyboard("{ArrowRight}");
    expect(start).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(cell("Instagram, Visite al sito, novembre 2026")).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(cell("Instagram, Commenti, novembre 2026")).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{ArrowUp}");
    expect(cell("Instagram, Follower, ottobre 2026")).toHaveFocus();
  });

  it("records a value for any day of any period from the form, with errors next to their field", async () => {
    const { saves } = valuesCore(monitoring(), (input) => {
      if (input.day === "31/02/2026") throw coreError("invalid_date", "day", { value: "31/02/2026" });
    });
    await renderWithProviders(<ValuesTab />);
    const form = await screen.findByRole("region", { name: "Aggiungi un valore" });
    await userEvent.click(within(form).getByRole("heading", { name: "Aggiungi un valore" }));
    expect(form.querySelector("details")).toHaveAttribute("open");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Canale" }), "Sito e attività nel complesso");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Metrica" }), "Prenotazioni");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Periodo" }), "Settimana");
    const day = within(form).getByRole("textbox", { name: "Giorno del periodo" });
    expect(day).toHaveValue("18/11/2026");
    await userEvent.clear(day);
    await userEvent.type(day, "31/02/2026");
    await userEvent.type(within(form).getByRole("textbox", { name: "Valore" }), "7");
    await userEvent.click(within(form).getByRole("button", { name: "Registra valore" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("«31/02/2026» non è una data valida");
    expect(day).toHaveAccessibleDescription(/«31\/02\/2026» non è una data valida/);

    await userEvent.clear(day);
    await userEvent.type(day, "04/03/2026");
    await userEvent.click(within(form).getByRole("button", { name: "Registra valore" }));
    expect(await within(form).findByRole("status")).toHaveTextContent("Valore registrato.");
    expect(saves().at(-1)).toEqual({ channel: "", metric: "custom:prenotazioni", period: "week", day: "04/03/2026", value: "7", replace: false });
    expect(within(form).getByRole("textbox", { name: "Valore" })).toHaveValue("");
  });

  it("says it in English", async () => {
    valuesCore(monitoring());
    await renderWithProviders(<ValuesTab />, { language: "en" });
    expect(await screen.findByRole("grid", { name: "Values of Instagram" })).toBeInTheDocument();
    expect(cell("Instagram, Followers, October 2026")).toBeInTheDocument();
  });
});
