import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";
import { CLIENT } from "../../test/fixtures";
import { strategyOf, version } from "./fixtures";
import { SocialView } from "./SocialView";
import { VersionBar } from "./VersionBar";

const macro = {
  id: "0190b3a2-0000-7000-8000-0000000000b1",
  category: "awareness" as const,
  title: "Farsi conoscere",
  description: "",
  micros: [],
};

describe("SocialView", () => {
  it("shows a deadline before the period next to the deadline and keeps what was typed", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "save_objective") {
        sent.push((args as { input: unknown }).input);
        throw { kind: "invalid", code: "deadline_before_start", message: "", field: "deadline", params: { start: "2027-01-01" } };
      }
      return null;
    });
    await renderWithProviders(<SocialView client={CLIENT} strategy={strategyOf({ document: { ...strategyOf().document, objectives: [macro] } })} />);
    await userEvent.click(screen.getByRole("button", { name: "Aggiungi obiettivo micro a «Farsi conoscere»" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), "Più follower");
    await userEvent.type(screen.getByRole("textbox", { name: "Traguardo" }), "1.500");
    await userEvent.type(screen.getByRole("textbox", { name: "Inizio del periodo" }), "01/01/2027");
    await userEvent.type(screen.getByRole("textbox", { name: "Scadenza" }), "31/12/2026");
    await userEvent.click(screen.getByRole("button", { name: "Salva" }));
    const deadline = screen.getByRole("textbox", { name: "Scadenza" });
    expect(await screen.findByText("La scadenza viene prima dell'inizio del periodo (01/01/2027).")).toBeInTheDocument();
    expect(deadline).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Traguardo" })).toHaveValue("1.500");
    expect(sent[0]).toMatchObject({ parentId: macro.id, target: "1.500", periodStart: "01/01/2027", deadline: "31/12/2026" });
  });

  it("warns when the pillar mix does not make 100%", async () => {
    mockIPC(() => null);
    const pillars = [
      { id: "0190b3a2-0000-7000-8000-0000000000c1", name: "Dietro le quinte", description: "", share: 60 },
      { id: "0190b3a2-0000-7000-8000-0000000000c2", name: "Stagione", description: "", share: 30 },
    ];
    await renderWithProviders(<SocialView client={CLIENT} strategy={strategyOf({ mixTotal: 90, document: { ...strategyOf().document, pillars } })} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Totale: 90%: deve fare 100% per inviare la strategia.");
    expect(screen.getByRole("img", { name: /Mix dei contenuti: Dietro le quinte 60%, Stagione 30%/ })).toBeInTheDocument();
  });

  it("is read only while a version waits for approval", async () => {
    mockIPC(() => null);
    await renderWithProviders(<SocialView client={CLIENT} strategy={strategyOf({ editable: false, document: { ...strategyOf().document, objectives: [macro] } })} />);
    expect(screen.queryByRole("button", { name: "Aggiungi obiettivo macro" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Modifica/ })).not.toBeInTheDocument();
  });
});

describe("VersionBar", () => {
  it("records how and when the business approved, in an agency install", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "approve_strategy_version") {
        sent.push(args);
        return strategyOf();
      }
      return null;
    });
    await renderWithProviders(<VersionBar client={CLIENT} strategy={strategyOf({ openVersion: version(), editable: false })} agency />);
    await userEvent.click(screen.getByRole("button", { name: "Approva la versione 1" }));
    const form = screen.getByRole("form", { name: "Approvare la versione 1" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Chi approva" }), "Maria Rossi");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Come ha risposto" }), "In riunione");
    await userEvent.click(within(form).getByRole("button", { name: "Approva" }));
    const approval = (sent[0] as { approval: { by: string; via: string; at: string } }).approval;
    expect(approval.by).toBe("Maria Rossi");
    expect(approval.via).toBe("meeting");
    expect(approval.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("asks a business install only for the name", async () => {
    mockIPC(() => null);
    await renderWithProviders(<VersionBar client={CLIENT} strategy={strategyOf({ openVersion: version(), editable: false })} agency={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Approva la versione 1" }));
    expect(screen.queryByRole("combobox", { name: "Come ha risposto" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Chi approva" })).toBeInTheDocument();
  });
});
