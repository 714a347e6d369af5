import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { AppStatus, Conflict, ShareStatus } from "../../bindings";
import { CLIENT } from "../../test/fixtures";
import { mockCore } from "../../test/ipc";
import { renderWithProviders } from "../../test/render";
import { SharingScreen } from "./SharingScreen";

function appStatus(kind: "agency" | "business", name: string): AppStatus {
  return {
    databasePath: "/home/anna/.local/share/it.regia.desktop/regia.db",
    storageError: null,
    profile: {
      id: "0190b3a2-0000-7000-8000-0000000000a0",
      kind,
      name,
      ownClientId: kind === "business" ? CLIENT.id : null,
      createdAt: "2026-11-01T10:00:00.000Z",
      updatedAt: "2026-11-01T10:00:00.000Z",
    },
    language: "it",
    languageChosen: true,
  };
}

const CONFLICT: Conflict = {
  id: "0190b3a2-0000-7000-8000-0000000000c1",
  kind: "field",
  table: "clients",
  column: "sector",
  row: CLIENT.id,
  label: CLIENT.name,
  localValue: "Forno e pasticceria",
  remoteValue: "Panificio",
  localAt: "2026-11-24T09:00:00.000Z",
  remoteAt: "2026-11-24T09:30:00.000Z",
  remoteSide: "agency",
  suggested: "remote",
  sequence: 2,
  choice: null,
  resolvedBy: null,
  resolvedAt: null,
};

function shared(extra: Partial<ShareStatus> = {}): ShareStatus {
  return {
    clientId: CLIENT.id,
    side: "business",
    peerName: "Studio Nord",
    peerKnown: true,
    folder: "/home/anna/Sync/regia-trattoria",
    sentSequence: 1,
    lastSentAt: "2026-11-24T09:10:00.000Z",
    receivedSequence: 2,
    lastReceivedAt: "2026-11-24T09:40:00.000Z",
    waitingFor: null,
    pendingChanges: 3,
    conflicts: [CONFLICT],
    resolved: [],
    files: [
      {
        direction: "received",
        sequence: 2,
        bytes: 2048,
        changes: 4,
        at: "2026-11-24T09:40:00.000Z",
        arrivals: [],
      },
    ],
    ...extra,
  };
}

describe("SharingScreen", () => {
  it("lets an agency create the invitation through a save dialog and shows the exchange", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("agency", "Studio Nord");
      if (cmd === "get_share") return null;
      if (cmd === "plugin:dialog|save") return "/home/anna/Invito.regiax";
      if (cmd === "save_invitation") return shared({ side: "agency", peerName: CLIENT.name, peerKnown: false, conflicts: [], files: [] });
      return null;
    });
    await renderWithProviders(<SharingScreen client={CLIENT} />);
    await screen.findByRole("heading", { name: "Condividi questo cliente" });
    await userEvent.click(screen.getByRole("button", { name: "Crea l'invito…" }));
    await screen.findByRole("heading", { name: "Stato dello scambio" });
    const dialog = calls.find((c) => c.cmd === "plugin:dialog|save")?.args.options as { title: string; defaultPath: string };
    expect(dialog.title).toBe("Regia: salva l'invito");
    expect(dialog.defaultPath).toBe("Invito Regia - Trattoria da Mario.regiax");
    expect(calls.find((c) => c.cmd === "save_invitation")?.args).toEqual({ clientId: CLIENT.id, path: "/home/anna/Invito.regiax" });
    expect(screen.getByText("Condiviso con Trattoria da Mario")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Invito salvato: mandalo a Trattoria da Mario");
  });

  it("shows a business the invitation before accepting it, and nothing is accepted on cancel", async () => {
    const calls = mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("business", "Trattoria da Mario");
      if (cmd === "get_share") return null;
      if (cmd === "plugin:dialog|open") return "/home/anna/Invito.regiax";
      if (cmd === "preview_invitation")
        return { agency: "Studio Nord", clientName: "Trattoria da Mario", clientId: CLIENT.id, rows: 128, createdAt: "2026-11-24T09:00:00.000Z", replaces: "Trattoria" };
      if (cmd === "accept_invitation") return CLIENT.id;
      return null;
    });
    await renderWithProviders(<SharingScreen client={CLIENT} />);
    await userEvent.click(await screen.findByRole("button", { name: "Apri l'invito…" }));
    const preview = await screen.findByRole("region", { name: "Anteprima dell'invito" });
    expect(within(preview).getByRole("heading", { name: "Invito di Studio Nord" })).toBeInTheDocument();
    expect(preview).toHaveTextContent("Trattoria da Mario · 128 elementi del piano");
    expect(preview).toHaveTextContent("Sostituisce il piano di «Trattoria» in questa installazione.");
    await userEvent.click(within(preview).getByRole("button", { name: "Annulla" }));
    expect(screen.queryByRole("region", { name: "Anteprima dell'invito" })).toBeNull();
    expect(calls.some((c) => c.cmd === "accept_invitation")).toBe(false);

    await userEvent.click(screen.getByRole("button", { name: "Apri l'invito…" }));
    await userEvent.click(await screen.findByRole("button", { name: "Accetta l'invito" }));
    await waitFor(() => expect(calls.find((c) => c.cmd === "accept_invitation")?.args).toEqual({ path: "/home/anna/Invito.regiax" }));
  });

  it("shows both values of a conflict, who changed them and the owner's value, and sends the choice", async () => {
    let status = shared();
    const calls = mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("business", "Trattoria da Mario");
      if (cmd === "get_share") return status;
      if (cmd === "resolve_conflict") {
        status = shared({ conflicts: [], resolved: [{ ...CONFLICT, choice: "remote", resolvedBy: "Trattoria da Mario", resolvedAt: "2026-11-24T10:00:00.000Z" }] });
        return status;
      }
      return null;
    });
    await renderWithProviders(<SharingScreen client={CLIENT} />);
    const conflict = await screen.findByRole("group", { name: "Conflitto: Trattoria da Mario" });
    expect(conflict).toHaveTextContent("Cliente · Settore");
    expect(conflict).toHaveTextContent("Qui (Trattoria da Mario)");
    expect(conflict).toHaveTextContent("Forno e pasticceria");
    expect(conflict).toHaveTextContent("Panificio");
    expect(within(conflict).getAllByText("Consigliato")).toHaveLength(1);
    expect(conflict).toHaveTextContent("La strategia, i testi e il piano sono curati dall'agenzia.");
    await userEvent.click(within(conflict).getByRole("button", { name: "Tieni il valore di Studio Nord" }));
    await waitFor(() => expect(calls.find((c) => c.cmd === "resolve_conflict")?.args).toEqual({ id: CONFLICT.id, choice: "remote" }));
    expect(await screen.findByText("Nessun conflitto da risolvere.")).toBeInTheDocument();
    expect(screen.getByText(/Cliente · Settore di «Trattoria da Mario»: tenuto il valore di Studio Nord, deciso da Trattoria da Mario/)).toBeInTheDocument();
  });

  it("lists the approvals that arrived with who and when, and a missing file", async () => {
    mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("agency", "Studio Nord");
      if (cmd === "get_share")
        return shared({
          side: "agency",
          peerName: CLIENT.name,
          conflicts: [],
          waitingFor: 3,
          files: [
            {
              direction: "received",
              sequence: 2,
              bytes: 900,
              changes: 5,
              at: "2026-11-24T09:40:00.000Z",
              arrivals: [{ kind: "post", label: "Pane del sabato", status: "approved", by: "Giulia Rossi", at: "2026-11-24T09:35:00.000Z" }],
            },
          ],
        });
      return null;
    });
    await renderWithProviders(<SharingScreen client={CLIENT} />);
    expect(await screen.findByText(/Post «Pane del sabato» approvato da Giulia Rossi il/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Manca il file n. 3 dell'altra parte");
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "Direzione" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "Ricevuto" })).toBeInTheDocument();
  });

  it("shows a refused folder next to its button and a refused file after a sync", async () => {
    mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("business", "Trattoria da Mario");
      if (cmd === "get_share") return shared({ conflicts: [] });
      if (cmd === "plugin:dialog|open") return "/home/anna/.local/share";
      if (cmd === "set_share_folder")
        throw { kind: "invalid", code: "shared_folder_holds_database", message: "the folder holds Regia's database", field: "folder", params: { folder: "/home/anna/.local/share" } };
      if (cmd === "sync_share")
        return {
          clientId: CLIENT.id,
          sent: 2,
          received: [],
          refused: { file: "regia-abc-agency-000003.regiax", code: "exchange_tampered", message: "changed" },
          status: shared({ conflicts: [] }),
        };
      return null;
    });
    await renderWithProviders(<SharingScreen client={CLIENT} />);
    await userEvent.click(await screen.findByRole("button", { name: "Scegli la cartella…" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Questa cartella contiene l'archivio di Regia");
    await userEvent.click(screen.getByRole("button", { name: "Sincronizza ora" }));
    expect(await screen.findByText("Sincronizzato: inviato il file n. 2.")).toBeInTheDocument();
    expect(screen.getByText(/Il file regia-abc-agency-000003.regiax non è stato applicato: Il file di scambio è stato modificato/)).toBeInTheDocument();
  });

  it("renders the other side's words as text", async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    mockCore((cmd) => {
      if (cmd === "app_status") return appStatus("business", "Trattoria da Mario");
      if (cmd === "get_share") return shared({ conflicts: [{ ...CONFLICT, label: hostile, remoteValue: hostile }] });
      return null;
    });
    const { container } = await renderWithProviders(<SharingScreen client={CLIENT} />);
    await screen.findByRole("group", { name: `Conflitto: ${hostile}` });
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
  });
});
