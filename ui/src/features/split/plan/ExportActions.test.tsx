import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { mockCore, Where } from "../testing";
import { ExportActions } from "./ExportActions";

describe("ExportActions", () => {
  it("exports the RACI table to the path chosen in the save dialog", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "plugin:dialog|save") return "/home/anna/ripartizione.csv";
      if (cmd === "export_split_csv") return 14;
      return null;
    });
    await renderWithProviders(<ExportActions client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Esporta CSV" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Esportate 14 righe in /home/anna/ripartizione.csv");
    const dialog = calls.find((c) => c.cmd === "plugin:dialog|save")?.args.options as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(dialog.defaultPath).toBe("ripartizione-Trattoria da Mario.csv");
    expect(dialog.filters[0]?.extensions).toEqual(["csv"]);
    expect(calls.find((c) => c.cmd === "export_split_csv")?.args).toEqual({ clientId: CLIENT.id, path: "/home/anna/ripartizione.csv" });
  });

  it("says why the core refused the file", async () => {
    mockCore((cmd) => {
      if (cmd === "plugin:dialog|save") return "/home/anna/ripartizione.xlsx";
      if (cmd === "export_split_csv") throw { kind: "invalid", code: "not_a_spreadsheet_file", message: "", field: "path", params: { kind: "csv" } };
      return null;
    });
    await renderWithProviders(<ExportActions client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Esporta CSV" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Regia esporta la tabella solo come file csv");
  });

  it("does nothing when the dialog is cancelled", async () => {
    const calls = mockCore();
    await renderWithProviders(<ExportActions client={CLIENT} />);
    await userEvent.click(screen.getByRole("button", { name: "Esporta CSV" }));
    expect(calls.map((c) => c.cmd)).toEqual(["plugin:dialog|save"]);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("opens the printable RACI table", async () => {
    await renderWithProviders(
      <>
        <ExportActions client={CLIENT} />
        <Where />
      </>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Stampa la tabella RACI" }));
    expect(screen.getByRole("status", { name: "route" })).toHaveTextContent("print-split");
  });
});
