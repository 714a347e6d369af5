import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { mockCore, split, TASTINGS } from "../testing";
import { ActivitiesView } from "./ActivitiesView";

describe("ActivitiesView", () => {
  it("lists each activity with its skills, voice and hours", async () => {
    mockCore(() => null);
    await renderWithProviders(<ActivitiesView client={CLIENT} split={split()} />);
    const table = screen.getByRole("table", { name: "Attività della ripartizione" });
    const row = within(table).getAllByRole("row")[2]!;
    expect(within(row).getByRole("cell", { name: "Gestione della community" })).toBeInTheDocument();
    expect(within(row).getByRole("cell", { name: "molto" })).toBeInTheDocument();
    expect(within(row).getByRole("cell", { name: "8" })).toBeInTheDocument();
  });

  it("adds a custom activity", async () => {
    const added = split();
    added.activities.push({ ...TASTINGS, skills: ["photo", "community"], hours: 3.5 });
    const calls = mockCore((cmd) => (cmd === "save_split_activity" ? added : null));
    await renderWithProviders(<ActivitiesView client={CLIENT} split={split()} />);

    await userEvent.click(screen.getByRole("button", { name: "Nuova attività" }));
    const form = screen.getByRole("region", { name: "Nuova attività" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Nome" }), "Serate di degustazione");
    const skills = within(form).getByRole("group", { name: "Competenze richieste" });
    await userEvent.click(within(skills).getByRole("checkbox", { name: "Gestione della community" }));
    await userEvent.click(within(skills).getByRole("checkbox", { name: "Fotografia" }));
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Voce dell'attività" }), "molto");
    await userEvent.type(within(form).getByRole("textbox", { name: "Ore al mese per canale" }), "3,5");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));

    expect(await screen.findByRole("button", { name: "Nuova attività" })).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "save_split_activity")?.args).toEqual({
      clientId: CLIENT.id,
      input: { id: null, name: "Serate di degustazione", skills: ["photo", "community"], voice: 2, hours: 3.5 },
    });
  });

  it("says a duplicate name is an activity's, next to the name, and keeps the form", async () => {
    mockCore((cmd) => {
      if (cmd === "save_split_activity") throw { kind: "conflict", code: "duplicate_name", message: "", field: "name", params: {} };
      return null;
    });
    await renderWithProviders(<ActivitiesView client={CLIENT} split={split()} />);
    await userEvent.click(screen.getByRole("button", { name: "Nuova attività" }));
    const form = screen.getByRole("region", { name: "Nuova attività" });
    const name = within(form).getByRole("textbox", { name: "Nome" });
    await userEvent.type(name, "Testi");
    await userEvent.type(within(form).getByRole("textbox", { name: "Ore al mese per canale" }), "2");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));
    expect(await within(form).findByText("Esiste già un'attività che si chiama così.")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Esiste già un'attività che si chiama così.");
    expect(name).toHaveValue("Testi");
  });

  it("edits a catalog activity without touching its name", async () => {
    const calls = mockCore((cmd) => (cmd === "save_split_activity" ? split() : null));
    await renderWithProviders(<ActivitiesView client={CLIENT} split={split()} />);
    const row = within(screen.getByRole("table", { name: "Attività della ripartizione" })).getAllByRole("row")[1]!;
    await userEvent.click(within(row).getByRole("button", { name: "Modifica" }));
    const form = screen.getByRole("region", { name: "Modifica attività" });
    expect(within(form).getByRole("textbox", { name: "Nome" })).toHaveAttribute("readonly");
    const hours = within(form).getByRole("textbox", { name: "Ore al mese per canale" });
    await userEvent.clear(hours);
    await userEvent.type(hours, "5");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));
    expect(await screen.findByRole("button", { name: "Nuova attività" })).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "save_split_activity")?.args).toEqual({
      clientId: CLIENT.id,
      input: { id: "act-copy", name: "", skills: ["copywriting"], voice: 1, hours: 5 },
    });
  });

  it("warns that deleting takes the rows of every phase, then deletes", async () => {
    const calls = mockCore((cmd) => (cmd === "delete_split_activity" ? split() : null));
    await renderWithProviders(<ActivitiesView client={CLIENT} split={split()} />);
    const row = within(screen.getByRole("table", { name: "Attività della ripartizione" })).getAllByRole("row")[1]!;
    await userEvent.click(within(row).getByRole("button", { name: "Elimina" }));
    expect(within(row).getByText("Elimina anche le sue righe in tutte le fasi.")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).not.toContain("delete_split_activity");
    await userEvent.click(within(row).getByRole("button", { name: /^Sì, elimina/ }));
    expect(calls.find((c) => c.cmd === "delete_split_activity")?.args).toEqual({ clientId: CLIENT.id, id: "act-copy" });
  });
});
