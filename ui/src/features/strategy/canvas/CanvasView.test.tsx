import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Strategy } from "../../../bindings";
import { CLIENT as client } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { CanvasView } from "./CanvasView";


const segmentId = "0190b3a2-0000-7000-8000-0000000000s1";
const questionId = "0190b3a2-0000-7000-8000-0000000000q1";

function strategy(extra: Partial<Strategy> = {}): Strategy {
  return {
    clientId: client.id,
    document: {
      mission: "Cucina di casa, fatta bene.",
      segments: [
        {
          id: segmentId,
          name: "Famiglie",
          description: "Genitori con bambini piccoli",
          cards: [
            { id: "c1", block: "pains", text: "Poco tempo", rank: 3, sourceQuestionId: null },
            { id: "c2", block: "pains", text: "Bambini difficili a tavola", rank: 0, sourceQuestionId: null },
          ],
        },
      ],
      cards: [{ id: "c3", block: "values", text: "Onestà", rank: 0, sourceQuestionId: null }],
      objectives: [],
      pillars: [],
      channels: [],
    },
    openVersion: null,
    editable: true,
    versions: [],
    mixTotal: 0,
    suggestions: [
      {
        questionId,
        questionPrompt: { it: "Cosa chiedono i clienti?", en: "What do customers ask?" },
        target: "gains",
        segmentId,
        value: "Menù per bambini",
        label: { it: "Menù per bambini", en: "Kids' menu" },
      },
    ],
    ...extra,
  };
}

/** Records every command with its arguments and answers with the strategy. */
function recordIpc() {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return strategy();
  });
  return calls;
}

const segment = () => screen.getByRole("region", { name: "Famiglie" });

describe("CanvasView", () => {
  it("adds a card to the block of the segment it is typed in", async () => {
    const calls = recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />);
    const pains = within(segment()).getByRole("region", { name: "Problemi" });
    expect(within(pains).getAllByRole("listitem")).toHaveLength(2);
    await userEvent.type(within(pains).getByRole("textbox", { name: "Nuova voce in Problemi" }), "Parcheggio lontano{Enter}");
    expect(calls).toEqual([
      { cmd: "save_card", args: { clientId: client.id, input: { id: null, segmentId, block: "pains", text: "Parcheggio lontano", rank: 0 } } },
    ]);

    const values = screen.getByRole("region", { name: "Valori" });
    await userEvent.type(within(values).getByRole("textbox", { name: "Nuova voce in Valori" }), "Cortesia");
    await userEvent.click(within(values).getByRole("button", { name: "Aggiungi a Valori" }));
    expect(calls.at(-1)).toEqual({ cmd: "save_card", args: { clientId: client.id, input: { id: null, segmentId: null, block: "values", text: "Cortesia", rank: 0 } } });
  });

  it("keeps what was typed and shows the error next to the field", async () => {
    mockIPC(() => {
      throw { kind: "invalid", code: "required", message: "required", field: "text", params: {} };
    });
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />);
    const field = within(screen.getByRole("region", { name: "Valori" })).getByRole("textbox", { name: "Nuova voce in Valori" });
    await userEvent.type(field, "  {Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Questo campo è obbligatorio.");
    expect(field).toHaveValue("  ");
    expect(field).toHaveAttribute("aria-invalid", "true");
  });

  it("edits, ranks and moves a card from the keyboard", async () => {
    const calls = recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />);
    const pains = within(segment()).getByRole("region", { name: "Problemi" });
    within(pains).getByRole("button", { name: "Modifica «Poco tempo»" }).focus();
    await userEvent.keyboard("{Enter}");
    const input = within(pains).getByRole("textbox", { name: "Testo di «Poco tempo»" });
    expect(input).toHaveFocus();
    await userEvent.clear(input);
    await userEvent.type(input, "Pochissimo tempo{Enter}");
    expect(calls.at(-1)).toEqual({
      cmd: "save_card",
      args: { clientId: client.id, input: { id: "c1", segmentId, block: "pains", text: "Pochissimo tempo", rank: 3 } },
    });

    await userEvent.selectOptions(within(pains).getByRole("combobox", { name: "Importanza di «Bambini difficili a tavola», da 0 a 3" }), "2");
    expect(calls.at(-1)).toEqual({
      cmd: "save_card",
      args: { clientId: client.id, input: { id: "c2", segmentId, block: "pains", text: "Bambini difficili a tavola", rank: 2 } },
    });

    within(pains).getByRole("button", { name: "Modifica «Poco tempo»" }).focus();
    await userEvent.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(calls.at(-1)).toEqual({ cmd: "move_strategy_item", args: { item: { kind: "card", id: "c1" }, direction: "down" } });
    await userEvent.click(within(pains).getByRole("button", { name: "Elimina «Bambini difficili a tavola»" }));
    expect(calls.at(-1)).toEqual({ cmd: "remove_strategy_item", args: { item: { kind: "card", id: "c2" } } });
  });

  it("accepts a suggestion of the questionnaire with one click", async () => {
    const calls = recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />);
    const gains = within(segment()).getByRole("region", { name: "Vantaggi attesi" });
    expect(within(gains).getByText("Dal questionario")).toHaveAttribute("title", "Cosa chiedono i clienti?");
    await userEvent.click(within(gains).getByRole("button", { name: "Aggiungi «Menù per bambini»" }));
    expect(calls).toEqual([
      { cmd: "accept_suggestion", args: { clientId: client.id, suggestion: { questionId, target: "gains", segmentId, value: "Menù per bambini" } } },
    ]);
  });

  it("adds, suggests and removes segments", async () => {
    const calls = recordIpc();
    const segmentSuggestion = {
      questionId,
      questionPrompt: { it: "A chi ti rivolgi?", en: "Who do you serve?" },
      target: "segment" as const,
      segmentId: null,
      value: "Turisti",
      label: { it: "Turisti", en: "Tourists" },
    };
    await renderWithProviders(<CanvasView client={client} strategy={strategy({ suggestions: [segmentSuggestion] })} />);
    await userEvent.type(screen.getByRole("textbox", { name: "Nome del nuovo segmento" }), "Studenti");
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi segmento" }));
    expect(calls.at(-1)).toEqual({ cmd: "save_segment", args: { clientId: client.id, input: { id: null, name: "Studenti", description: "" } } });
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi «Turisti»" }));
    expect(calls.at(-1)).toEqual({
      cmd: "accept_suggestion",
      args: { clientId: client.id, suggestion: { questionId, target: "segment", segmentId: null, value: "Turisti" } },
    });
    await userEvent.click(screen.getByRole("button", { name: "Elimina «Famiglie»" }));
    expect(calls.at(-1)?.cmd).toBe("accept_suggestion");
    await userEvent.click(screen.getByRole("button", { name: "Sì, elimina «Famiglie»" }));
    expect(calls.at(-1)).toEqual({ cmd: "remove_strategy_item", args: { item: { kind: "segment", id: segmentId } } });
  });

  it("saves the mission when the user leaves the field, only if it changed", async () => {
    const calls = recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />);
    const mission = screen.getByRole("textbox", { name: "Perché esiste l'attività, in una o due frasi" });
    await userEvent.click(mission);
    await userEvent.tab();
    expect(calls).toEqual([]);
    await userEvent.type(mission, " Da tre generazioni.");
    await userEvent.tab();
    expect(calls).toEqual([{ cmd: "set_mission", args: { clientId: client.id, mission: "Cucina di casa, fatta bene. Da tre generazioni." } }]);
  });

  it("speaks English", async () => {
    recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy()} />, { language: "en" });
    const gains = within(segment()).getByRole("region", { name: "Gains" });
    expect(within(gains).getByRole("button", { name: "Add “Kids' menu”" })).toBeInTheDocument();
    expect(within(gains).getByRole("button", { name: "Add to Gains" })).toBeInTheDocument();
  });

  it("is read-only while a version waits for approval", async () => {
    const calls = recordIpc();
    await renderWithProviders(<CanvasView client={client} strategy={strategy({ editable: false })} />);
    expect(screen.getByText("Cucina di casa, fatta bene.")).toBeInTheDocument();
    expect(within(segment()).getByRole("region", { name: "Problemi" })).toHaveTextContent("Poco tempo");
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(screen.queryAllByRole("textbox")).toEqual([]);
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    expect(screen.queryByText("Menù per bambini")).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
