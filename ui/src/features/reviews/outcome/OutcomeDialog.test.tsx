import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { ReviewItem } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { ACTIVITY, DECISION, effects, mockCore, OBJECTIVE, review, strategy } from "../testing";
import { OutcomeDialog } from "./OutcomeDialog";

type Answer = (cmd: string, args: Record<string, unknown>) => unknown;

/** The dialog for `item`, the strategy loaded; `answer` handles the outcome commands. */
async function open(item: ReviewItem, answer: Answer = () => null) {
  const calls = mockCore((cmd, args) => (cmd === "get_strategy" ? strategy() : answer(cmd, args)));
  const onClose = vi.fn();
  await renderWithProviders(<OutcomeDialog client={CLIENT} item={item} onClose={onClose} />);
  const dialog = screen.getByRole("dialog", { name: `Esito: ${item.label}` });
  return { calls, onClose, dialog };
}

function choose(dialog: HTMLElement, group: string, option: string) {
  return userEvent.click(within(within(dialog).getByRole("radiogroup", { name: group })).getByRole("radio", { name: option }));
}

const CANCELLED = [
  { id: "i1", title: "Il menù di Natale", channel: "instagram", plannedLocal: "2026-12-05T18:30:00" },
  { id: "i2", title: "", channel: "instagram", plannedLocal: "2026-12-12T12:00:00" },
];

describe("OutcomeDialog", () => {
  it("stops the activity on its channel alone: shows what goes, then applies what it showed", async () => {
    const { calls, onClose, dialog } = await open(ACTIVITY, (cmd) => {
      if (cmd === "preview_review_outcome") return effects({ cancelled: CANCELLED, removedRows: 2, closesActivity: true });
      if (cmd === "apply_review_outcome") return review();
      return null;
    });
    await choose(dialog, "Esito", "Fermare");
    const scope = within(dialog).getByRole("radiogroup", { name: "Cosa si ferma" });
    expect(within(scope).getByRole("radio", { name: "Solo l'attività su questo canale" })).toBeChecked();
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Nota" }), "Non porta clienti.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));

    expect(await within(dialog).findByRole("heading", { level: 3, name: "Cosa cambia" })).toBeInTheDocument();
    const cancelled = within(dialog).getByRole("list", { name: "Contenuti che verranno annullati" });
    expect(within(cancelled).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "05/12/2026 18:30 · Instagram · Il menù di Natale",
      "12/12/2026 12:00 · Instagram · Senza titolo",
    ]);
    expect(within(dialog).getByText("2 contenuti futuri del calendario verranno annullati:")).toBeInTheDocument();
    expect(within(dialog).getByText("Si tolgono 2 righe della ripartizione (in tutte le fasi).")).toBeInTheDocument();
    expect(within(dialog).getByText("L'attività si chiude: non è prevista su altri canali.")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).not.toContain("apply_review_outcome");

    await userEvent.click(within(dialog).getByRole("button", { name: "Conferma e applica" }));
    const sent = { outcome: "stop", note: "Non porta clienti.", scope: "activity", target: "", start: null };
    expect(calls.filter((c) => c.cmd.endsWith("_review_outcome")).map((c) => [c.cmd, c.args])).toEqual([
      ["preview_review_outcome", { itemId: ACTIVITY.id, input: sent }],
      ["apply_review_outcome", { itemId: ACTIVITY.id, input: sent }],
    ]);
    expect(onClose).toHaveBeenCalled();
  });

  it("stops the whole channel when asked, and names the channel that closes", async () => {
    const { calls, dialog } = await open(ACTIVITY, (cmd) => (cmd === "preview_review_outcome" ? effects({ closesChannel: "instagram" }) : null));
    await choose(dialog, "Esito", "Fermare");
    await choose(dialog, "Cosa si ferma", "Tutto il canale");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("Il canale Instagram si chiude.")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "preview_review_outcome")?.args).toMatchObject({ input: { outcome: "stop", scope: "channel" } });
  });

  it("does not offer to stop a decision, and says why", async () => {
    const { dialog } = await open(DECISION);
    const stop = within(dialog).getByRole("radio", { name: "Fermare" });
    expect(stop).toBeDisabled();
    expect(stop).toHaveAccessibleDescription("«Fermare» vale solo per le attività e gli obiettivi.");
    expect(within(dialog).getByRole("radio", { name: "Avviare" })).toBeEnabled();
  });

  it("says only the decision is recorded when nothing in the plan changes", async () => {
    const { calls, dialog } = await open(DECISION, (cmd) => (cmd === "preview_review_outcome" ? effects() : null));
    await choose(dialog, "Esito", "Mantenere");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("Si registra solo la decisione.")).toBeInTheDocument();
    expect(within(dialog).queryByRole("list")).not.toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "preview_review_outcome")?.args).toEqual({
      itemId: DECISION.id,
      input: { outcome: "keep", note: "", scope: null, target: "", start: null },
    });
    await userEvent.click(within(dialog).getByRole("button", { name: "Indietro" }));
    expect(within(dialog).getByRole("radio", { name: "Mantenere" })).toBeChecked();
  });

  it("asks for an outcome, and for what changes when adjusting, before asking the core", async () => {
    const { calls, dialog } = await open(DECISION);
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(within(dialog).getByRole("radiogroup", { name: "Esito" })).toHaveAccessibleDescription("Questo campo è obbligatorio.");
    await choose(dialog, "Esito", "Correggere");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(within(dialog).getByRole("textbox", { name: "Nota" })).toHaveAccessibleDescription(/Questo campo è obbligatorio\.$/);
    expect(calls.map((c) => c.cmd)).not.toContain("preview_review_outcome");
  });

  it("adjusts an objective's target as typed and shows the new one", async () => {
    const { calls, dialog } = await open(OBJECTIVE, (cmd) => (cmd === "preview_review_outcome" ? effects({ newTarget: 1200 }) : null));
    await choose(dialog, "Esito", "Correggere");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Nuovo traguardo" }), "1.200");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("Il traguardo dell'obiettivo diventa 1200.")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "preview_review_outcome")?.args).toMatchObject({ input: { outcome: "adjust", target: "1.200", note: "" } });
  });

  it("starts an activity of our own", async () => {
    const { calls, dialog } = await open(DECISION, (cmd) => {
      if (cmd === "preview_review_outcome") return effects({ creates: "activity" });
      if (cmd === "apply_review_outcome") return review();
      return null;
    });
    await choose(dialog, "Esito", "Avviare");
    await choose(dialog, "Cosa si avvia", "Nuova attività");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Attività" }), "Un'attività nostra");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Nome dell'attività" }), "Serate di degustazione");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("L'attività Serate di degustazione entra nella ripartizione.")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Conferma e applica" }));
    expect(calls.find((c) => c.cmd === "apply_review_outcome")?.args).toEqual({
      itemId: DECISION.id,
      input: {
        outcome: "start",
        note: "",
        scope: null,
        target: "",
        start: { kind: "activity", key: "", name: "Serate di degustazione", parentId: null, metric: "", target: "", channel: "" },
      },
    });
  });

  it("starts an objective under an overall objective of the strategy", async () => {
    const { calls, dialog } = await open(OBJECTIVE, (cmd) => (cmd === "preview_review_outcome" ? effects({ creates: "objective" }) : null));
    await choose(dialog, "Esito", "Avviare");
    await choose(dialog, "Cosa si avvia", "Nuovo obiettivo");
    await userEvent.selectOptions(await within(dialog).findByRole("combobox", { name: "Obiettivo generale" }), "Riempire i tavoli in settimana");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Titolo dell'obiettivo" }), "Prenotazioni dal profilo");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Metrica" }), "Contatti e richieste");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Traguardo" }), "10");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Canale" }), "Instagram");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("Nasce l'obiettivo «Prenotazioni dal profilo».")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "preview_review_outcome")?.args).toMatchObject({
      input: { start: { kind: "objective", key: "", name: "Prenotazioni dal profilo", parentId: "macro-1", metric: "leads", target: "10", channel: "instagram" } },
    });
  });

  it("offers only the catalog channels not yet in the plan, and one of our own", async () => {
    const { dialog } = await open(DECISION);
    await choose(dialog, "Esito", "Avviare");
    await choose(dialog, "Cosa si avvia", "Nuovo canale");
    const channel = await within(dialog).findByRole("combobox", { name: "Canale" });
    const names = within(channel).getAllByRole("option").map((o) => o.textContent);
    expect(names).toContain("Facebook");
    expect(names).not.toContain("Instagram");
    expect(names.at(-1)).toBe("Un canale nostro");
    await userEvent.selectOptions(channel, "Un canale nostro");
    expect(within(dialog).getByRole("textbox", { name: "Nome del canale" })).toBeInTheDocument();
  });

  it("shows a core error about the name next to the activity's name, back in the form", async () => {
    const { onClose, dialog } = await open(DECISION, (cmd) => {
      if (cmd === "preview_review_outcome") return effects({ creates: "activity" });
      if (cmd === "apply_review_outcome") throw { kind: "invalid", code: "too_long", message: "", field: "name", params: { max: "80", len: "95" } };
      return null;
    });
    await choose(dialog, "Esito", "Avviare");
    await choose(dialog, "Cosa si avvia", "Nuova attività");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Attività" }), "Un'attività nostra");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Nome dell'attività" }), "Serate");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    await userEvent.click(await within(dialog).findByRole("button", { name: "Conferma e applica" }));

    const name = await within(dialog).findByRole("textbox", { name: "Nome dell'attività" });
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Troppo lungo: al massimo 80 caratteri (ora sono 95).");
    expect(name).toHaveValue("Serate");
    expect(name).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("says an activity already running in its own words", async () => {
    const { dialog } = await open(DECISION, (cmd) => {
      if (cmd === "preview_review_outcome") throw { kind: "conflict", code: "duplicate_name", message: "", field: "key", params: {} };
      return null;
    });
    await choose(dialog, "Esito", "Avviare");
    await choose(dialog, "Cosa si avvia", "Nuova attività");
    await userEvent.selectOptions(within(dialog).getByRole("combobox", { name: "Attività" }), "Testi");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByRole("combobox", { name: "Attività" })).toHaveAccessibleDescription("Questa attività è già in corso.");
  });

  it("keeps a strategy in approval as the form's error, on the step it happened", async () => {
    const { dialog } = await open(OBJECTIVE, (cmd) => {
      if (cmd === "preview_review_outcome") return effects({ removesObjective: true });
      if (cmd === "apply_review_outcome") throw { kind: "conflict", code: "in_review", message: "", field: "strategy", params: { number: "3" } };
      return null;
    });
    await choose(dialog, "Esito", "Fermare");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    expect(await within(dialog).findByText("L'obiettivo esce dalla strategia.")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Conferma e applica" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("La versione 3 è in attesa di approvazione: ritirala per modificare la strategia.");
    expect(within(dialog).getByRole("heading", { level: 3, name: "Cosa cambia" })).toBeInTheDocument();
  });
});
