import { mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { ImportPreview } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { TransferPanel } from "./TransferPanel";

const good: ImportPreview = {
  items: [{ line: 2, channel: "instagram", title: "Buon Natale", caption: "Auguri!", date: "2026-12-24", time: "09:00:00", status: "draft", pillar: null, notes: "" }],
  errors: [],
  delimiter: ";",
  encoding: "UTF-8",
};

describe("TransferPanel", () => {
  it("previews an import, lists bad rows by number and writes nothing until the file is clean", async () => {
    const calls: string[] = [];
    let preview: ImportPreview = {
      ...good,
      errors: [{ line: 3, column: "Data", code: "invalid_date", value: "31/02/2026", message: "bad" }],
    };
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "plugin:dialog|open") return "/home/anna/calendario.csv";
      if (cmd === "preview_import") return preview;
      if (cmd === "apply_import") return 1;
      return null;
    });
    await renderWithProviders(<TransferPanel client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Importa da CSV…" }));
    expect(await screen.findByText("Riga 3 (Data): «31/02/2026» non è una data valida (scrivila come 31/12/2026).")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Importa 1 contenuto" })).toBeDisabled();
    expect(calls).not.toContain("apply_import");

    preview = good;
    await userEvent.click(screen.getByRole("button", { name: "Importa da CSV…" }));
    const confirm = await screen.findByRole("button", { name: "Importa 1 contenuto" });
    await screen.findByText("1 contenuto pronto da importare.");
    await userEvent.click(confirm);
    expect(await screen.findByText("Importato 1 contenuto.")).toBeInTheDocument();
    expect(calls.filter((c) => c === "apply_import")).toHaveLength(1);
  });

  it("exports to the path chosen in the save dialog", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "plugin:dialog|save") return "/home/anna/forno.ics";
      if (cmd === "export_calendar") {
        sent.push(args as Record<string, unknown>);
        return 12;
      }
      return null;
    });
    await renderWithProviders(<TransferPanel client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Esporta per il calendario (.ics)" }));
    expect(await screen.findByText("Esportati 12 contenuti in /home/anna/forno.ics.")).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ clientId: CLIENT.id, format: { kind: "ics" }, path: "/home/anna/forno.ics" });
  });

  it("does nothing when the dialog is cancelled", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return null;
    });
    await renderWithProviders(<TransferPanel client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Esporta tutto (.csv)" }));
    expect(calls).toEqual(["plugin:dialog|save"]);
  });
});
