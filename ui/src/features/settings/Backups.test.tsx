import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Backup } from "../../bindings";
import { mockCore } from "../../test/ipc";
import { renderWithProviders } from "../../test/render";
import { Backups } from "./Backups";

const DAILY: Backup = { name: "regia-20261123T090000Z-daily.db", at: "2026-11-23T09:00:00Z", reason: "daily", kilobytes: 412 };
const MIGRATION: Backup = { name: "regia-20261120T080000Z-migration.db", at: "2026-11-20T08:00:00Z", reason: "migration", kilobytes: 380 };
const SAVED: Backup = { name: "regia-20261124T100000Z-before-restore.db", at: "2026-11-24T10:00:00Z", reason: "before-restore", kilobytes: 420 };

describe("Backups", () => {
  it("lists the copies and restores one only after the confirmation", async () => {
    let listed = [DAILY, MIGRATION];
    const calls = mockCore((cmd) => {
      if (cmd === "list_backups") return listed;
      if (cmd === "restore_backup") {
        listed = [SAVED, DAILY, MIGRATION];
        return listed;
      }
      return null;
    });
    await renderWithProviders(<Backups />);
    const table = await screen.findByRole("table");
    expect(within(table).getByText("Copia del giorno")).toBeInTheDocument();
    expect(within(table).getByText("Prima di un aggiornamento")).toBeInTheDocument();
    const buttons = within(table).getAllByRole("button", { name: /^Ripristina la copia del / });
    expect(buttons).toHaveLength(2);

    await userEvent.click(buttons[1]!);
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Prima di ripristinare, Regia salva lo stato di adesso");
    await userEvent.click(within(dialog).getByRole("button", { name: "Annulla" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(calls.some((c) => c.cmd === "restore_backup")).toBe(false);

    await userEvent.click(buttons[1]!);
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Ripristina la copia" }));
    await waitFor(() => expect(calls.find((c) => c.cmd === "restore_backup")?.args).toEqual({ name: MIGRATION.name }));
    expect(await screen.findByRole("status")).toHaveTextContent("Copia ripristinata");
    expect(await screen.findByText("Prima di un ripristino")).toBeInTheDocument();
  });

  it("says when there is no copy yet", async () => {
    mockCore((cmd) => {
      if (cmd === "list_backups") return [];
      return null;
    });
    await renderWithProviders(<Backups />);
    expect(await screen.findByText("Ancora nessuna copia: la prima arriva entro oggi.")).toBeInTheDocument();
  });
});
