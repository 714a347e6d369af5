import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Split } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { GIULIA, MARIO, mockCore, split, transfer } from "../testing";
import { TransfersView } from "./TransfersView";

async function openNewForm() {
  await userEvent.click(screen.getByRole("button", { name: "Nuovo trasferimento" }));
  return screen.getByRole("region", { name: "Nuovo trasferimento" });
}

describe("TransfersView", () => {
  it("creates a transfer for one of the business's people, with the date typed as dd/mm/yyyy", async () => {
    const saved: Split = split({ transfers: [transfer()] });
    const calls = mockCore((cmd) => (cmd === "save_skill_transfer" ? saved : null));
    await renderWithProviders(<TransfersView client={CLIENT} split={split()} />);
    expect(screen.getByText("Nessun trasferimento di competenze pianificato.")).toBeInTheDocument();

    const form = await openNewForm();
    const personSelect = within(form).getByRole("combobox", { name: "Persona" });
    // Only the business's own people: the agency's Luca is not there.
    expect(within(personSelect).getAllByRole("option").map((o) => o.textContent)).toEqual(["Mario Rossi", "Giulia Bianchi"]);
    await userEvent.selectOptions(personSelect, GIULIA.id);
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Competenza" }), "Grafica");
    expect(within(form).getByText("Livello attuale: base")).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Livello da raggiungere" }), "esperta");
    await userEvent.type(within(form).getByRole("textbox", { name: "Sessioni" }), "6");
    const due = within(form).getByRole("textbox", { name: "Entro il" });
    expect(due).toHaveAttribute("placeholder", "gg/mm/aaaa");
    await userEvent.type(due, "31/03/2027");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Stato" }), "In corso");
    await userEvent.type(within(form).getByRole("textbox", { name: "Note" }), "Canva, poi i modelli");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));

    expect(await screen.findByRole("button", { name: "Nuovo trasferimento" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Nuovo trasferimento" })).not.toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "save_skill_transfer")?.args).toEqual({
      clientId: CLIENT.id,
      input: {
        id: null,
        personId: GIULIA.id,
        skill: "graphics",
        toLevel: 3,
        sessions: 6,
        dueDate: "2027-03-31",
        status: "in_progress",
        notes: "Canva, poi i modelli",
      },
    });
  });

  it("shows the core's refusal of the level next to it and keeps what was typed", async () => {
    mockCore((cmd) => {
      if (cmd === "save_skill_transfer")
        throw { kind: "invalid", code: "not_an_improvement", message: "", field: "toLevel", params: { min: "3", max: "3" } };
      return null;
    });
    await renderWithProviders(<TransfersView client={CLIENT} split={split()} />);
    const form = await openNewForm();
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Persona" }), MARIO.id);
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Competenza" }), "Gestione della community");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Livello da raggiungere" }), "buona");
    await userEvent.type(within(form).getByRole("textbox", { name: "Sessioni" }), "3");
    await userEvent.type(within(form).getByRole("textbox", { name: "Entro il" }), "15/01/2027");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));

    const level = within(form).getByRole("combobox", { name: "Livello da raggiungere" });
    expect(await within(form).findByText("Il livello da raggiungere deve essere più alto di quello attuale (da 3 a 3).")).toBeInTheDocument();
    expect(level).toHaveAttribute("aria-invalid", "true");
    expect(level).toHaveAccessibleDescription(expect.stringContaining("deve essere più alto"));
    expect(within(form).getByRole("combobox", { name: "Persona" })).toHaveValue(MARIO.id);
    expect(within(form).getByRole("textbox", { name: "Sessioni" })).toHaveValue("3");
    expect(within(form).getByRole("textbox", { name: "Entro il" })).toHaveValue("15/01/2027");
    expect(within(form).getByRole("textbox", { name: "Sessioni" })).not.toHaveAttribute("aria-invalid");
  });

  it("checks the sessions are a whole number before asking the core", async () => {
    const calls = mockCore(() => null);
    await renderWithProviders(<TransfersView client={CLIENT} split={split()} />);
    const form = await openNewForm();
    await userEvent.type(within(form).getByRole("textbox", { name: "Sessioni" }), "tre");
    await userEvent.type(within(form).getByRole("textbox", { name: "Entro il" }), "15/01/2027");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));
    expect(within(form).getByText("«tre» non è un numero.")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).not.toContain("save_skill_transfer");
  });

  it("marks a transfer as completed and says the advice was recalculated", async () => {
    const before = split({ transfers: [transfer()] });
    const after = split({
      people: [MARIO, { ...GIULIA, skills: { ...GIULIA.skills, graphics: 2 } }],
      transfers: [transfer({ status: "done", completedAt: "2026-12-01T10:00:00.000Z" })],
    });
    const calls = mockCore((cmd) => (cmd === "complete_skill_transfer" ? after : null));
    await renderWithProviders(<TransfersView client={CLIENT} split={before} />);

    const table = screen.getByRole("table", { name: "Piano di trasferimento delle competenze" });
    const row = within(table).getByRole("row", { name: /Giulia Bianchi/ });
    expect(within(row).getByText("da base a buona")).toBeInTheDocument();
    expect(within(row).getByText("31/03/2027")).toBeInTheDocument();
    expect(within(row).getByText("Pianificato")).toBeInTheDocument();
    const done = within(row).getByRole("button", { name: "Segna come completato: Giulia Bianchi, Grafica" });
    expect(done).toHaveTextContent("Completato");
    await userEvent.click(done);

    expect(await screen.findByRole("status")).toHaveTextContent(
      "Giulia Bianchi ora ha «Grafica» a livello buona: i consigli della ripartizione sono stati ricalcolati.",
    );
    expect(calls.find((c) => c.cmd === "complete_skill_transfer")?.args).toEqual({ clientId: CLIENT.id, id: "transfer-1" });
  });

  it("deletes a transfer only after an inline confirmation", async () => {
    const calls = mockCore((cmd) => (cmd === "delete_skill_transfer" ? split() : null));
    await renderWithProviders(<TransfersView client={CLIENT} split={split({ transfers: [transfer()] })} />);
    const row = screen.getByRole("row", { name: /Giulia Bianchi/ });
    await userEvent.click(within(row).getByRole("button", { name: "Elimina" }));
    expect(calls.map((c) => c.cmd)).not.toContain("delete_skill_transfer");
    await userEvent.click(within(row).getByRole("button", { name: "Sì, elimina" }));
    expect(calls.find((c) => c.cmd === "delete_skill_transfer")?.args).toEqual({ clientId: CLIENT.id, id: "transfer-1" });
  });

  it("edits an open transfer with its date shown as dd/mm/yyyy", async () => {
    await renderWithProviders(<TransfersView client={CLIENT} split={split({ transfers: [transfer()] })} />);
    await userEvent.click(within(screen.getByRole("row", { name: /Giulia Bianchi/ })).getByRole("button", { name: "Modifica" }));
    const form = screen.getByRole("region", { name: "Modifica trasferimento" });
    expect(within(form).getByRole("textbox", { name: "Entro il" })).toHaveValue("31/03/2027");
    expect(within(form).getByRole("textbox", { name: "Sessioni" })).toHaveValue("4");
  });

  it("explains where skills go when the business has nobody yet", async () => {
    await renderWithProviders(<TransfersView client={CLIENT} split={split({ people: [] })} />);
    const form = await openNewForm();
    expect(within(form).getByText(/Le competenze si trasferiscono alle persone interne dell'attività/)).toBeInTheDocument();
    expect(within(form).queryByRole("combobox", { name: "Persona" })).not.toBeInTheDocument();
  });
});
