import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { Review } from "../../bindings";
import { CLIENT } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { ReviewsScreen } from "./ReviewsScreen";
import { ACTIVITY, DECISION, effects, mockCore, OBJECTIVE, review, reviewsOf, summary, TOPIC } from "./testing";

const CLOSED = review({
  id: "review-0",
  heldOn: "2026-10-24",
  status: "closed",
  closedAt: "2026-10-24T17:00:00Z",
  minutes: "Si ferma la rubrica dei testi.\nSi riprova a dicembre.",
  items: [{ ...ACTIVITY, outcome: "stop", note: "Non porta clienti." }, DECISION],
});

/** The screen over `reviews`; `get_review` answers with the one asked for, the rest with `answer`. */
async function show(reviews: Review[], answer: (cmd: string, args: Record<string, unknown>) => unknown = () => null) {
  const calls = mockCore((cmd, args) => {
    if (cmd === "list_reviews") {
      return reviewsOf(reviews.map((r) => summary({ id: r.id, heldOn: r.heldOn, status: r.status, items: r.items.length, decided: r.items.filter((i) => i.outcome).length })));
    }
    if (cmd === "get_review") return reviews.find((r) => r.id === args.id);
    return answer(cmd, args);
  });
  await renderWithProviders(<ReviewsScreen client={CLIENT} agency />);
  await screen.findByRole("heading", { level: 1, name: "Revisioni di Trattoria da Mario" });
  return calls;
}

describe("ReviewsScreen", () => {
  it("says when the next review is due, at which cadence and where that is set", async () => {
    await show([]);
    expect(screen.getByText("Prossima revisione: 24/12/2026")).toBeInTheDocument();
    expect(screen.getByText(/Cadenza: Mensile/)).toBeInTheDocument();
    expect(screen.getByText("La cadenza si imposta in Monitoraggio › Metriche.")).toBeInTheDocument();
    expect(screen.getByText("Nessuna revisione ancora: aprine una quando vi incontrate.")).toBeInTheDocument();
  });

  it("opens a new review and shows it", async () => {
    const created = review({ items: [OBJECTIVE] });
    const calls = await show([], (cmd) => (cmd === "create_review" ? created : null));
    await userEvent.click(screen.getByRole("button", { name: "Nuova revisione" }));
    const dialog = screen.getByRole("dialog", { name: "Nuova revisione" });
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Data della riunione" }), "24/11/2026");
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Partecipanti" }), "Mario, Giulia");
    await userEvent.click(within(dialog).getByRole("button", { name: "Apri la revisione" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Revisione del 24/11/2026" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "create_review")?.args).toEqual({ clientId: CLIENT.id, input: { heldOn: "24/11/2026", attendees: "Mario, Giulia" } });
    expect(within(screen.getByRole("list", { name: "Ordine del giorno" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("says a date that is not one next to the date", async () => {
    await show([], (cmd) => {
      if (cmd === "create_review") throw { kind: "invalid", code: "invalid_date", message: "", field: "heldOn", params: { value: "31/02/2026" } };
      return null;
    });
    await userEvent.click(screen.getByRole("button", { name: "Nuova revisione" }));
    const dialog = screen.getByRole("dialog", { name: "Nuova revisione" });
    const date = within(dialog).getByRole("textbox", { name: "Data della riunione" });
    await userEvent.type(date, "31/02/2026{Enter}");
    expect(await within(dialog).findByText("«31/02/2026» non è una data valida: scrivila come 31/12/2026.")).toBeInTheDocument();
    expect(date).toHaveAttribute("aria-invalid", "true");
  });

  it("lists the reviews held and opens the one chosen; the open one shows first", async () => {
    await show([review(), CLOSED]);
    const table = screen.getByRole("table", { name: "Revisioni tenute" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("24/11/2026Aperta0 su 3");
    expect(rows[1]).toHaveTextContent("24/10/2026Chiusa1 su 2");
    expect(await screen.findByRole("heading", { level: 2, name: "Revisione del 24/11/2026" })).toBeInTheDocument();

    await userEvent.click(within(rows[1]!).getByRole("button", { name: "Apri la revisione del 24/10/2026" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Revisione del 24/10/2026" })).toBeInTheDocument();
  });

  it("shows a closed review read-only", async () => {
    await show([CLOSED]);
    await userEvent.click(screen.getByRole("button", { name: "Apri la revisione del 24/10/2026" }));
    const sheet = await screen.findByRole("region", { name: "Revisione del 24/10/2026" });
    expect(within(sheet).getByText("Esito: Fermare")).toBeInTheDocument();
    expect(within(sheet).getByText("Non porta clienti.")).toBeInTheDocument();
    expect(within(sheet).getByText("Nessun esito deciso.")).toBeInTheDocument();
    expect(within(sheet).getByText("Revisione chiusa il 24/10/2026: il verbale è definitivo.")).toBeInTheDocument();
    const minutes = within(sheet).getByRole("region", { name: "Verbale" });
    expect(within(minutes).getByText(/Si ferma la rubrica dei testi\./)).toBeInTheDocument();
    expect(within(minutes).getByText("Partecipanti: Mario, Giulia (agenzia)")).toBeInTheDocument();
    expect(within(sheet).queryByRole("textbox")).not.toBeInTheDocument();
    expect(within(sheet).getAllByRole("button").map((b) => b.textContent)).toEqual(["Stampa il verbale"]);
  });

  it("adds a topic to the agenda", async () => {
    const calls = await show([review()], (cmd) => (cmd === "add_review_topic" ? review({ items: [OBJECTIVE, ACTIVITY, DECISION, TOPIC] }) : null));
    const topic = await screen.findByRole("textbox", { name: "Nuovo argomento" });
    await userEvent.type(topic, "Foto nuove del menù{Enter}");
    expect(await screen.findByText("Foto <b>nuove</b> del menù")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "add_review_topic")?.args).toEqual({ id: "review-1", label: "Foto nuove del menù" });
    expect(topic).toHaveValue("");
  });

  it("saves the minutes", async () => {
    const calls = await show([review()], (cmd, args) =>
      cmd === "save_review_minutes" ? review({ ...(args.input as { attendees: string; minutes: string }) }) : null,
    );
    const minutes = await screen.findByRole("region", { name: "Verbale" });
    const attendees = within(minutes).getByRole("textbox", { name: "Partecipanti" });
    await userEvent.clear(attendees);
    await userEvent.type(attendees, "Mario, Luca");
    await userEvent.type(within(minutes).getByRole("textbox", { name: "Verbale della riunione" }), "Bene le storie.");
    await userEvent.click(within(minutes).getByRole("button", { name: "Salva il verbale" }));
    expect(await within(minutes).findByRole("status")).toHaveTextContent("Verbale salvato");
    expect(calls.find((c) => c.cmd === "save_review_minutes")?.args).toEqual({ id: "review-1", input: { attendees: "Mario, Luca", minutes: "Bene le storie." } });
  });

  it("asks before closing, saves unsaved minutes first, then closes", async () => {
    const calls = await show([review()], (cmd, args) => {
      if (cmd === "save_review_minutes") return review({ ...(args.input as { attendees: string; minutes: string }) });
      if (cmd === "close_review") return review({ status: "closed", closedAt: "2026-11-24T17:00:00Z", minutes: "Tutto deciso." });
      return null;
    });
    const minutes = await screen.findByRole("region", { name: "Verbale" });
    await userEvent.type(within(minutes).getByRole("textbox", { name: "Verbale della riunione" }), "Tutto deciso.");
    await userEvent.click(screen.getByRole("button", { name: "Chiudi la revisione" }));
    const dialog = screen.getByRole("dialog", { name: "Chiudere la revisione?" });
    expect(dialog).toHaveTextContent("diventa definitiva");
    expect(dialog).toHaveTextContent("3 punti dell'ordine del giorno restano senza esito.");
    expect(dialog).toHaveTextContent("Il verbale ha modifiche non salvate");
    expect(calls.map((c) => c.cmd)).not.toContain("close_review");
    await userEvent.click(within(dialog).getByRole("button", { name: "Chiudi la revisione" }));

    expect(await screen.findByText("Revisione chiusa il 24/11/2026: il verbale è definitivo.")).toBeInTheDocument();
    expect(calls.filter((c) => c.cmd === "save_review_minutes" || c.cmd === "close_review").map((c) => c.cmd)).toEqual(["save_review_minutes", "close_review"]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Decidi l'esito/ })).not.toBeInTheDocument();
  });

  it("deletes a review only while nothing was decided in it", async () => {
    const decided = review({ id: "review-2", heldOn: "2026-11-10", items: [{ ...DECISION, outcome: "keep" }] });
    const held = [review(), decided];
    const calls = await show(held, (cmd) => {
      if (cmd === "delete_review") held.splice(0, 1);
      return null;
    });
    await screen.findByRole("heading", { level: 2, name: "Revisione del 24/11/2026" });
    await userEvent.click(screen.getByRole("button", { name: "Elimina la revisione" }));
    const dialog = screen.getByRole("dialog", { name: "Eliminare la revisione?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Elimina la revisione" }));
    expect(calls.find((c) => c.cmd === "delete_review")?.args).toEqual({ id: "review-1" });
    // The open one is gone: the other, decided in, shows and stays on record.
    expect(await screen.findByRole("heading", { level: 2, name: "Revisione del 10/11/2026" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Apri la revisione del 24/11/2026" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Elimina la revisione" })).not.toBeInTheDocument();
  });

  it("prints the minutes with the system dialog", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    await show([review()]);
    await userEvent.click(await screen.findByRole("button", { name: "Stampa il verbale" }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it("decides an item's outcome from the agenda, then moves on to the next item", async () => {
    const decided = review({ items: [OBJECTIVE, { ...ACTIVITY, outcome: "keep", note: "Ancora un mese." }, DECISION] });
    await show([review()], (cmd) => {
      if (cmd === "preview_review_outcome") return effects();
      if (cmd === "apply_review_outcome") return decided;
      return null;
    });
    await userEvent.click(await screen.findByRole("button", { name: "Decidi l'esito: Testi · Instagram" }));
    const dialog = screen.getByRole("dialog", { name: "Esito: Testi · Instagram" });
    await userEvent.click(within(dialog).getByRole("radio", { name: "Mantenere" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "Nota" }), "Ancora un mese.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Continua" }));
    await userEvent.click(await within(dialog).findByRole("button", { name: "Conferma e applica" }));

    const item = within(screen.getByRole("list", { name: "Ordine del giorno" })).getAllByRole("listitem")[1]!;
    expect(await within(item).findByText("Esito: Mantenere")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Decidi l'esito: Più richieste di prenotazione" })).toHaveFocus());
  });
});
