import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { ACTIVITY, AT_RISK, CHRISTMAS, DECISION, item, OBJECTIVE, PERSON, review, SALES, TOPIC } from "../testing";
import { Agenda } from "./Agenda";

const ALL = [OBJECTIVE, AT_RISK, ACTIVITY, DECISION, PERSON, CHRISTMAS, SALES, TOPIC];

function entries() {
  return within(screen.getByRole("list", { name: "Ordine del giorno" })).getAllByRole("listitem");
}

describe("Agenda", () => {
  it("words each kind of item from its figures", async () => {
    await renderWithProviders(<Agenda review={review({ items: ALL })} onDecide={() => {}} />);
    const [objective, risk, activity, decision, person, christmas, sales, topic] = entries();
    expect(objective).toHaveTextContent("Obiettivo fuori rotta");
    expect(objective).toHaveTextContent("Più richieste di prenotazione");
    expect(within(objective!).getByText("Contatti e richieste: 0 su 8 previsti (0%) a ottobre 2026")).toBeInTheDocument();
    expect(risk).toHaveTextContent("Obiettivo a rischio");
    expect(within(risk!).getByText("Follower: 1020,5 su 1200 previsti (85%) a ottobre 2026")).toBeInTheDocument();
    expect(activity).toHaveTextContent("Attività senza risultati");
    expect(within(activity!).getByText("Nessun risultato da 3 mesi, 12 ore al mese")).toBeInTheDocument();
    expect(decision).toHaveTextContent("Decisione in sospeso");
    expect(within(decision!).getByText("Proposta dall'agenzia il 03/11/2026")).toBeInTheDocument();
    expect(person).toHaveTextContent("Persona sovraccarica");
    expect(within(person!).getByText("Carico al 120% delle sue ore (104 h su 86,67 h al mese)")).toBeInTheDocument();
    expect(christmas).toHaveTextContent("Occasione in arrivo");
    expect(within(christmas!).getByText("Natale")).toBeInTheDocument();
    expect(within(christmas!).getByText("Il 25/12/2026")).toBeInTheDocument();
    expect(within(sales!).getByText("Saldi invernali")).toBeInTheDocument();
    expect(within(sales!).getByText("Dal 03/01/2027 al 28/02/2027")).toBeInTheDocument();
    expect(topic).toHaveTextContent("Argomento");
    // User text stays text.
    expect(within(topic!).getByText("Foto <b>nuove</b> del menù")).toBeInTheDocument();
  });

  it("says a month without results, and a decision the business proposed, in their words", async () => {
    const one = item("a", "activity", "Grafica · Facebook", { months: "1", hours: "2.5", activity: "graphics", channelName: "Facebook" });
    const theirs = item("d", "decision", "Menù del giorno in storia", { proposedBy: "business", since: "2026-11-20" });
    await renderWithProviders(<Agenda review={review({ items: [one, theirs] })} onDecide={() => {}} />);
    expect(screen.getByText("Nessun risultato da 1 mese, 2,5 ore al mese")).toBeInTheDocument();
    expect(screen.getByText("Proposta dall'attività il 20/11/2026")).toBeInTheDocument();
  });

  it("reads in English too", async () => {
    await renderWithProviders(<Agenda review={review({ items: [OBJECTIVE, PERSON] })} onDecide={() => {}} />, { language: "en" });
    expect(screen.getByText("Contacts and leads: 0 of 8 planned (0%) in October 2026")).toBeInTheDocument();
    expect(screen.getByText("Load at 120% of their hours (104 h of 86.67 h a month)")).toBeInTheDocument();
  });

  it("shows the outcome decided, and a button for the others", async () => {
    const onDecide = vi.fn();
    const decided = { ...ACTIVITY, outcome: "stop" as const, note: "Non porta clienti." };
    await renderWithProviders(<Agenda review={review({ items: [decided, DECISION] })} onDecide={onDecide} />);
    const [first, second] = entries();
    expect(within(first!).getByText("Esito: Fermare")).toBeInTheDocument();
    expect(within(first!).getByText("Non porta clienti.")).toBeInTheDocument();
    expect(within(first!).queryByRole("button")).not.toBeInTheDocument();
    await userEvent.click(within(second!).getByRole("button", { name: "Decidi l'esito: Aprire un profilo TikTok" }));
    expect(onDecide).toHaveBeenCalledWith(DECISION);
  });

  it("says when the data flag nothing", async () => {
    await renderWithProviders(<Agenda review={review({ items: [] })} onDecide={() => {}} />);
    expect(screen.getByText("I dati non segnalano nulla: aggiungi gli argomenti di cui parlare.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});
