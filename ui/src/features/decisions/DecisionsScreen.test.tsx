import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Decision } from "../../bindings";
import { formatDateTime } from "../../lib/format";
import { CLIENT as client } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { DecisionsScreen } from "./DecisionsScreen";


function decision(extra: Partial<Decision>): Decision {
  return {
    id: "0190b3a2-0000-7000-8000-0000000000d1",
    clientId: client.id,
    title: "Più reel, meno caroselli",
    context: "I caroselli rendono poco.",
    options: ["Solo reel", "Metà e metà"],
    choice: "Metà e metà",
    rationale: "Il pubblico guarda i video.",
    proposedBy: "agency",
    status: "proposed",
    decidedAt: null,
    decidedBy: null,
    decidedVia: null,
    supersedes: null,
    supersededBy: null,
    subject: null,
    subjectLabel: "",
    createdAt: "2026-11-20T09:00:00.000Z",
    updatedAt: "2026-11-20T09:00:00.000Z",
    ...extra,
  };
}

const approved = decision({
  id: "0190b3a2-0000-7000-8000-0000000000d0",
  title: "Pubblicare tre volte a settimana",
  status: "approved",
  decidedAt: "2026-11-10T15:30:00.000Z",
  decidedBy: "Mario Rossi",
  decidedVia: "email",
  supersededBy: null,
});

const strategy = {
  clientId: client.id,
  document: {
    mission: "",
    segments: [],
    cards: [],
    objectives: [],
    pillars: [{ id: "pillar-1", name: "Dietro le quinte", description: "", share: 40 }],
    channels: [],
  },
  openVersion: null,
  editable: true,
  versions: [],
  mixTotal: 40,
  suggestions: [],
};

const questionnaire = { clientId: client.id, completion: { answered: 0, total: 0, percent: 0 }, sections: [] };

type Handler = (cmd: string, args: Record<string, unknown>) => unknown;

/** The IPC of a client with `decisions`; `extra` answers (or throws for) the commands under test. */
function mockCore(decisions: Decision[], extra: Handler = () => null) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case "list_decisions":
        return decisions;
      case "get_strategy":
        return strategy;
      case "get_questionnaire":
        return questionnaire;
      default:
        return extra(cmd, args);
    }
  });
  return calls;
}

describe("DecisionsScreen", () => {
  it("records a new decision with every field", async () => {
    const calls = mockCore([approved], (cmd, args) => (cmd === "create_decision" ? decision(args.input as Partial<Decision>) : null));
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    await screen.findByRole("article", { name: approved.title });
    await userEvent.click(screen.getByRole("button", { name: "Nuova decisione" }));
    const form = screen.getByRole("region", { name: "Nuova decisione" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Titolo" }), "Storie ogni giorno");
    await userEvent.type(within(form).getByRole("textbox", { name: "Contesto" }), "Le storie portano messaggi.");
    await userEvent.type(within(form).getByRole("textbox", { name: "Opzione 1" }), "Ogni giorno");
    await userEvent.click(within(form).getByRole("button", { name: "Aggiungi un'opzione" }));
    await userEvent.type(within(form).getByRole("textbox", { name: "Opzione 2" }), "Nel weekend");
    await userEvent.type(within(form).getByRole("textbox", { name: "Scelta" }), "Ogni giorno");
    await userEvent.type(within(form).getByRole("textbox", { name: "Motivazione" }), "Costano poco.");
    expect(within(form).getByRole("combobox", { name: "Proposta da" })).toHaveValue("agency");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Sostituisce la decisione…" }), approved.title);
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Riguarda" }), "Pilastro di contenuto");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Quale elemento" }), "Dietro le quinte");
    await userEvent.click(within(form).getByRole("button", { name: "Registra la decisione" }));

    expect(calls.find((c) => c.cmd === "create_decision")?.args).toEqual({
      clientId: client.id,
      input: {
        title: "Storie ogni giorno",
        context: "Le storie portano messaggi.",
        options: ["Ogni giorno", "Nel weekend"],
        choice: "Ogni giorno",
        rationale: "Costano poco.",
        proposedBy: "agency",
        subject: { kind: "pillar", id: "pillar-1" },
        supersedes: approved.id,
      },
    });
    expect(screen.queryByRole("region", { name: "Nuova decisione" })).not.toBeInTheDocument();
  });

  it("keeps what was typed and shows a core error under its field", async () => {
    mockCore([], (cmd) => {
      if (cmd === "create_decision") throw { kind: "invalid", code: "too_long", message: "", field: "options.1", params: { max: "500", len: "600" } };
      return null;
    });
    await renderWithProviders(<DecisionsScreen client={client} agency={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Nuova decisione" }));
    const form = screen.getByRole("region", { name: "Nuova decisione" });
    expect(within(form).getByRole("combobox", { name: "Proposta da" })).toHaveValue("business");
    await userEvent.type(within(form).getByRole("textbox", { name: "Titolo" }), "Orari");
    await userEvent.click(within(form).getByRole("button", { name: "Aggiungi un'opzione" }));
    await userEvent.type(within(form).getByRole("textbox", { name: "Opzione 2" }), "Lungo");
    await userEvent.click(within(form).getByRole("button", { name: "Registra la decisione" }));
    const second = within(form).getByRole("textbox", { name: "Opzione 2" });
    expect(await within(form).findByText("Troppo lungo: al massimo 500 caratteri (ora sono 600).")).toBeInTheDocument();
    expect(second).toHaveAccessibleDescription("Troppo lungo: al massimo 500 caratteri (ora sono 600).");
    expect(second).toHaveValue("Lungo");
    expect(within(form).getByRole("textbox", { name: "Titolo" })).toHaveValue("Orari");
  });

  it("records an approval given to the agency, with how and when", async () => {
    const proposed = decision({});
    const calls = mockCore([proposed], (cmd) => (cmd === "decide_decision" ? { ...proposed, status: "approved" } : null));
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    const card = await screen.findByRole("article", { name: proposed.title });
    await userEvent.click(within(card).getByRole("button", { name: "Approva" }));
    const panel = within(card).getByRole("form", { name: `Approvare «${proposed.title}»` });
    await userEvent.type(within(panel).getByRole("textbox", { name: "Chi approva" }), "Mario Rossi");
    await userEvent.selectOptions(within(panel).getByRole("combobox", { name: "Come ha risposto" }), "Per email");
    fireEvent.change(within(panel).getByLabelText("Quando"), { target: { value: "2026-11-20T15:30" } });
    await userEvent.click(within(panel).getByRole("button", { name: "Registra l'approvazione" }));

    expect(calls.find((c) => c.cmd === "decide_decision")?.args).toEqual({
      id: proposed.id,
      outcome: "approve",
      approval: { by: "Mario Rossi", via: "email", at: new Date("2026-11-20T15:30").toISOString() },
    });
  });

  it("shows the core's error next to the approval field it is about", async () => {
    const proposed = decision({});
    mockCore([proposed], (cmd) => {
      if (cmd === "decide_decision") throw { kind: "invalid", code: "required", field: "via", message: "", params: {} };
      return null;
    });
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    const card = await screen.findByRole("article", { name: proposed.title });
    await userEvent.click(within(card).getByRole("button", { name: "Respingi" }));
    const panel = within(card).getByRole("form", { name: `Respingere «${proposed.title}»` });
    await userEvent.type(within(panel).getByRole("textbox", { name: "Chi approva" }), "Mario Rossi");
    await userEvent.click(within(panel).getByRole("button", { name: "Registra il rifiuto" }));
    const via = within(panel).getByRole("combobox", { name: "Come ha risposto" });
    expect(await within(panel).findByText("Questo campo è obbligatorio.")).toBeInTheDocument();
    expect(via).toHaveAccessibleDescription("Questo campo è obbligatorio.");
    expect(via).toHaveAttribute("aria-invalid", "true");
    expect(within(panel).getByRole("textbox", { name: "Chi approva" })).toHaveValue("Mario Rossi");
  });

  it("in a business install approves with the name only", async () => {
    const proposed = decision({ proposedBy: "agency" });
    const calls = mockCore([proposed], (cmd) => (cmd === "decide_decision" ? { ...proposed, status: "approved" } : null));
    await renderWithProviders(<DecisionsScreen client={client} agency={false} />);
    const card = await screen.findByRole("article", { name: proposed.title });
    await userEvent.click(within(card).getByRole("button", { name: "Approva" }));
    const panel = within(card).getByRole("form", { name: `Approvare «${proposed.title}»` });
    expect(within(panel).queryByRole("combobox", { name: "Come ha risposto" })).not.toBeInTheDocument();
    await userEvent.type(within(panel).getByRole("textbox", { name: "Chi approva" }), "Mario Rossi");
    await userEvent.click(within(panel).getByRole("button", { name: "Approva" }));
    expect(calls.find((c) => c.cmd === "decide_decision")?.args).toEqual({
      id: proposed.id,
      outcome: "approve",
      approval: { by: "Mario Rossi", via: null, at: "" },
    });
  });

  it("shows who decided, how and when, the links between decisions, and no edit actions once decided", async () => {
    const old = { ...approved, status: "superseded" as const, supersededBy: "0190b3a2-0000-7000-8000-0000000000d2" };
    const newer = decision({ ...approved, id: "0190b3a2-0000-7000-8000-0000000000d2", title: "Quattro post a settimana", supersedes: old.id });
    mockCore([newer, old]);
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    const card = await screen.findByRole("article", { name: "Quattro post a settimana" });
    expect(within(card).getByText("Approvata")).toBeInTheDocument();
    expect(within(card).getByText(`Approvata il ${formatDateTime(approved.decidedAt!, "it")} da Mario Rossi (Per email)`)).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: `Sostituisce «${old.title}»` })).toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "Modifica" })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "Approva" })).not.toBeInTheDocument();
    const oldCard = screen.getByRole("article", { name: old.title });
    expect(within(oldCard).getByText("Superata")).toBeInTheDocument();
    await userEvent.click(within(oldCard).getByRole("button", { name: "Sostituita da «Quattro post a settimana»" }));
    expect(within(card).getByRole("heading", { name: "Quattro post a settimana" })).toHaveFocus();
  });

  it("filters and searches", async () => {
    const calls = mockCore([]);
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    expect(await screen.findByText("Nessuna decisione registrata per ora.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filtra per stato" }), "Approvata");
    await userEvent.type(screen.getByRole("searchbox", { name: "Cerca nelle decisioni" }), "reel");
    const queries = calls.filter((c) => c.cmd === "list_decisions").map((c) => c.args.query);
    expect(queries).toContainEqual({ status: "approved", subjectKind: null, proposedBy: null, search: "reel" });
    expect(await screen.findByText("Nessuna decisione corrisponde ai filtri.")).toBeInTheDocument();
  });

  it("deletes a proposed decision after a confirmation", async () => {
    const proposed = decision({});
    const calls = mockCore([proposed]);
    await renderWithProviders(<DecisionsScreen client={client} agency />);
    const card = await screen.findByRole("article", { name: proposed.title });
    await userEvent.click(within(card).getByRole("button", { name: "Elimina" }));
    expect(calls.some((c) => c.cmd === "delete_decision")).toBe(false);
    await userEvent.click(within(card).getByRole("button", { name: `Sì, elimina «${proposed.title}»` }));
    expect(calls.find((c) => c.cmd === "delete_decision")?.args).toEqual({ id: proposed.id });
  });
});
