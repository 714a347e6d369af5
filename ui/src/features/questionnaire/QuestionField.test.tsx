import { mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Question } from "../../bindings";
import { renderWithProviders } from "../../test/render";
import { QuestionField } from "./QuestionField";

const clientId = "0190b3a2-0000-7000-8000-000000000001";

function question(kind: Question["kind"], extra: Partial<Question> = {}): Question {
  return {
    id: "0190b3a2-0000-7000-8000-0000000000aa",
    section: "business",
    templateKey: "business.x",
    kind,
    audience: "business",
    prompt: { it: "Domanda di prova", en: "Test question" },
    help: null,
    options: [],
    scale: null,
    unit: null,
    answer: null,
    ...extra,
  };
}

describe("QuestionField", () => {
  it("saves a text answer as it is typed", async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "save_answer") return null;
      saved.push((args as { input: unknown }).input);
      const q = question("short_text");
      return { question: q, sectionCompletion: { answered: 1, total: 3, percent: 33 }, completion: { answered: 1, total: 50, percent: 2 } };
    });
    await renderWithProviders(<QuestionField clientId={clientId} question={question("short_text")} language="it" number={1} />);
    await userEvent.type(screen.getByRole("textbox", { name: "Domanda di prova" }), "Anna");
    expect(saved.at(-1)).toEqual({ kind: "text", value: "Anna" });
    expect(await screen.findByText("Salvato")).toBeInTheDocument();
  });

  it("shows a bad web address under the field once the user leaves it", async () => {
    mockIPC(() => {
      throw { kind: "invalid", code: "invalid_url", message: "bad", field: "value", params: { value: "forno" } };
    });
    await renderWithProviders(<QuestionField clientId={clientId} question={question("url")} language="it" number={1} />);
    const input = screen.getByRole("textbox", { name: "Domanda di prova" });
    await userEvent.type(input, "forno");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await userEvent.tab();
    expect(await screen.findByRole("alert")).toHaveTextContent("«forno» non è un indirizzo web valido");
    expect(input).toHaveValue("forno");
  });

  it("offers the options of a choice and a scale from 1 to 5", async () => {
    const saved: unknown[] = [];
    mockIPC((_cmd, args) => {
      saved.push((args as { input: unknown }).input);
      throw { kind: "internal", code: "internal", message: "not needed here", field: null, params: {} };
    });
    const options = [
      { key: "a", label: { it: "Stesso giorno", en: "Same day" } },
      { key: "b", label: { it: "Entro due giorni", en: "Within two days" } },
    ];
    await renderWithProviders(<QuestionField clientId={clientId} question={question("single_choice", { options })} language="it" number={1} />);
    await userEvent.click(screen.getByRole("radio", { name: "Entro due giorni" }));
    expect(saved).toEqual([{ kind: "choice", value: "b" }]);
    await renderWithProviders(
      <QuestionField
        clientId={clientId}
        question={question("scale", { id: "0190b3a2-0000-7000-8000-0000000000bb", scale: { low: { it: "Poco", en: "Little" }, high: { it: "Molto", en: "A lot" } } })}
        language="it"
        number={2}
      />,
    );
    expect(screen.getAllByRole("radio", { name: /^[1-5]$/ })).toHaveLength(5);
    await userEvent.click(screen.getByRole("radio", { name: "4" }));
    expect(saved.at(-1)).toEqual({ kind: "scale", value: 4 });
  });
});
