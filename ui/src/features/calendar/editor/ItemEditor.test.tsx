import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { CalendarItem, ItemDetail, ItemStatus } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { activity, COMMUNITY, COPY, split } from "../../split/testing";
import { ItemEditor } from "./ItemEditor";

const ITEM_ID = "0190b3a2-0000-7000-8000-0000000000d1";

function item(overrides: Partial<CalendarItem> = {}): CalendarItem {
  return {
    id: ITEM_ID,
    clientId: CLIENT.id,
    groupId: "0190b3a2-0000-7000-8000-0000000000e1",
    channel: "instagram",
    title: "Menù di Pasqua",
    caption: "Il nostro menù",
    plannedAt: "2026-04-03T16:30:00Z",
    plannedLocal: "2026-04-03T18:30:00",
    status: "draft",
    pillarId: null,
    objectiveId: null,
    occasion: null,
    ownerId: null,
    slotId: null,
    activityId: null,
    notes: "",
    sequence: 1,
    decidedAt: null,
    decidedBy: null,
    decidedVia: null,
    captionOver: null,
    createdAt: "2026-03-01T10:00:00Z",
    updatedAt: "2026-03-01T10:00:00Z",
    ...overrides,
  };
}

function detail(overrides: Partial<CalendarItem> = {}): ItemDetail {
  return { item: item(overrides), variants: [], comments: [] };
}

const STATUS_BUTTONS = [
  "Passa a bozza",
  "Riporta a idea",
  "Riporta in bozza",
  "Invia in revisione",
  "Approva",
  "Chiedi modifiche",
  "Programma",
  "Togli dalla programmazione",
  "Segna come pubblicato",
  "Annulla il contenuto",
];

/** The status buttons offered for an item in `status`. */
async function offered(status: ItemStatus): Promise<string[]> {
  mockIPC((cmd) => (cmd === "get_item" ? detail({ status }) : null));
  const view = await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
  await screen.findByRole("dialog", { name: "Modifica «Menù di Pasqua»" });
  const names = STATUS_BUTTONS.filter((name) => screen.queryByRole("button", { name }) !== null);
  view.unmount();
  return names;
}

describe("ItemEditor", () => {
  it("creates the same content on every channel checked", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "create_items") {
        sent.push(args);
        return [];
      }
      return null;
    });
    const onClose = vi.fn();
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={null} draft={{ date: "2026-04-03" }} onClose={onClose} />);
    const dialog = screen.getByRole("dialog", { name: "Nuovo contenuto" });
    expect(within(dialog).getByRole("textbox", { name: "Data" })).toHaveValue("03/04/2026");
    await userEvent.click(screen.getByRole("checkbox", { name: "Instagram" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Facebook" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), "Menù di Pasqua");
    await userEvent.click(screen.getByRole("button", { name: "Crea" }));
    expect(sent[0]).toMatchObject({
      clientId: CLIENT.id,
      input: { channels: ["instagram", "facebook"], title: "Menù di Pasqua", date: "03/04/2026", status: "draft" },
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("shows a time that does not exist next to Ora and keeps what was typed", async () => {
    mockIPC((cmd) => {
      if (cmd === "create_items") {
        throw { kind: "invalid", code: "nonexistent_time", field: "time", message: "", params: { date: "2026-03-29", time: "02:30" } };
      }
      return null;
    });
    const onClose = vi.fn();
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={null} draft={{ date: "2026-03-29" }} onClose={onClose} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Instagram" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), "Cambio dell'ora");
    await userEvent.type(screen.getByRole("textbox", { name: "Ora" }), "02:30");
    await userEvent.click(screen.getByRole("button", { name: "Crea" }));
    expect(
      await screen.findByText("Le 02:30 del 29/03/2026 non esistono: quella notte gli orologi vanno avanti di un'ora. Scegli un altro orario."),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Ora" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Ora" })).toHaveValue("02:30");
    expect(screen.getByRole("textbox", { name: "Titolo" })).toHaveValue("Cambio dell'ora");
    expect(screen.getByRole("checkbox", { name: "Instagram" })).toBeChecked();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("counts the caption and warns over the Instagram limit", async () => {
    mockIPC(() => null);
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={null} onClose={() => {}} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Instagram" }));
    await userEvent.click(screen.getByRole("textbox", { name: "Testo" }));
    await userEvent.paste("a".repeat(2200));
    expect(screen.getByText("2200 caratteri su 2200 (Instagram)")).toBeInTheDocument();
    expect(screen.queryByText("Supera il limite di 2200 caratteri di Instagram")).not.toBeInTheDocument();
    await userEvent.paste("b");
    expect(screen.getByText("2201 caratteri su 2200 (Instagram)")).toBeInTheDocument();
    expect(screen.getByText("Supera il limite di 2200 caratteri di Instagram")).toBeInTheDocument();
  });

  it("records how and when the business approved an item in review, in an agency install", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_item") return detail({ status: "in_review" });
      if (cmd === "set_item_status") {
        sent.push(args as Record<string, unknown>);
        return detail({ status: "approved" });
      }
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
    await userEvent.click(await screen.findByRole("button", { name: "Approva" }));
    const form = screen.getByRole("form", { name: "Approvazione di «Menù di Pasqua»" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Chi approva" }), "Maria Rossi");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Come ha risposto" }), "Per telefono");
    await userEvent.click(within(form).getByRole("button", { name: "Conferma l'approvazione" }));
    expect(sent[0]).toMatchObject({ id: ITEM_ID, to: "approved", comment: "" });
    const approval = (sent[0] as { approval: { by: string; via: string; at: string } }).approval;
    expect(approval.by).toBe("Maria Rossi");
    expect(approval.via).toBe("phone");
    expect(approval.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("shows a missing comment next to the field when changes are requested", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_item") return detail({ status: "in_review" });
      if (cmd === "set_item_status") throw { kind: "invalid", code: "required", field: "comment", message: "", params: {} };
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency={false} itemId={ITEM_ID} onClose={() => {}} />);
    await userEvent.click(await screen.findByRole("button", { name: "Chiedi modifiche" }));
    const form = screen.getByRole("form", { name: "Modifiche richieste per «Menù di Pasqua»" });
    expect(within(form).queryByRole("combobox", { name: "Come ha risposto" })).not.toBeInTheDocument();
    await userEvent.type(within(form).getByRole("textbox", { name: "Chi approva" }), "Maria Rossi");
    await userEvent.click(within(form).getByRole("button", { name: "Invia la richiesta di modifiche" }));
    expect(await within(form).findByText("Questo campo è obbligatorio.")).toBeInTheDocument();
    expect(within(form).getByRole("textbox", { name: "Cosa cambiare" })).toHaveAttribute("aria-invalid", "true");
  });

  it("offers only the steps the workflow allows", async () => {
    expect(await offered("draft")).toEqual(["Riporta a idea", "Invia in revisione", "Annulla il contenuto"]);
    expect(await offered("in_review")).toEqual(["Riporta in bozza", "Approva", "Chiedi modifiche", "Annulla il contenuto"]);
    expect(await offered("approved")).toEqual(["Riporta in bozza", "Programma", "Segna come pubblicato", "Annulla il contenuto"]);
    expect(await offered("scheduled")).toEqual(["Togli dalla programmazione", "Segna come pubblicato", "Annulla il contenuto"]);
    expect(await offered("published")).toEqual([]);
    expect(await offered("cancelled")).toEqual(["Riporta a idea", "Riporta in bozza"]);
  });

  it("undoes a delete", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "get_item") return detail();
      if (cmd === "restore_item") return item();
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
    await userEvent.click(await screen.findByRole("button", { name: "Elimina" }));
    expect(await screen.findByText("Contenuto eliminato")).toBeInTheDocument();
    expect(calls).toContain("delete_item");
    await userEvent.click(screen.getByRole("button", { name: "Annulla" }));
    expect(calls).toContain("restore_item");
    expect(await screen.findByText("Contenuto ripristinato.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Titolo" })).toHaveValue("Menù di Pasqua");
  });

  it("closes on Escape and says what happens to approved words", async () => {
    mockIPC((cmd) => (cmd === "get_item" ? detail({ status: "approved" }) : null));
    const onClose = vi.fn();
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={onClose} />);
    const title = await screen.findByRole("textbox", { name: "Titolo" });
    expect(title).toHaveAccessibleDescription(/torna in bozza/);
    expect(screen.getByRole("textbox", { name: "Data" })).toHaveValue("03/04/2026");
    expect(screen.getByRole("textbox", { name: "Ora" })).toHaveValue("18:30");
    await userEvent.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
  });

  it("opens a variant in place and signs comments with the install's name", async () => {
    const VARIANT = "0190b3a2-0000-7000-8000-0000000000d2";
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      const id = (args as { id?: string } | undefined)?.id;
      if (cmd === "app_status") return { databasePath: "", storageError: null, profile: { name: "Studio Nord", kind: "agency" }, language: "it", languageChosen: true };
      if (cmd === "get_item" && id === VARIANT) return { item: item({ id: VARIANT, channel: "facebook", title: "Menù di Pasqua (Facebook)" }), variants: [item()], comments: [] };
      if (cmd === "get_item") return { ...detail(), variants: [item({ id: VARIANT, channel: "facebook" })] };
      if (cmd === "add_item_comment") {
        sent.push(args as Record<string, unknown>);
        return detail();
      }
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
    expect(await screen.findByDisplayValue("Studio Nord")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Aggiungi il commento" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Commento" }), "Foto in arrivo");
    await userEvent.click(within(form).getByRole("button", { name: "Aggiungi il commento" }));
    expect(sent[0]).toEqual({ id: ITEM_ID, author: "Studio Nord", body: "Foto in arrivo" });

    await userEvent.click(screen.getByRole("button", { name: "Facebook" }));
    expect(await screen.findByRole("dialog", { name: "Modifica «Menù di Pasqua (Facebook)»" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Instagram" })).toBeInTheDocument();
  });

  it("waits for unsaved words to be saved before a status change", async () => {
    mockIPC((cmd) => (cmd === "get_item" || cmd === "update_item" ? detail({ status: "draft" }) : null));
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
    const send = await screen.findByRole("button", { name: "Invia in revisione" });
    expect(send).toBeEnabled();
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), " e Pasquetta");
    expect(send).toBeDisabled();
    expect(screen.getByText("Salva le modifiche prima di cambiare lo stato.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Salva" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Invia in revisione" })).toBeEnabled());
  });

  it("links a new content to an active activity of the split", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_split") return split({ activities: [COPY, COMMUNITY, activity("act-old", "photo", { status: "closed" })] });
      if (cmd === "create_items") {
        sent.push(args as Record<string, unknown>);
        return [];
      }
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={null} onClose={() => {}} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Instagram" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), "Risposte ai commenti");
    const select = screen.getByRole("combobox", { name: "Attività" });
    await screen.findByRole("option", { name: "Gestione della community" });
    // Closed activities are not offered.
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["Nessuna", "Testi", "Gestione della community"]);
    expect(select).toHaveValue("");
    await userEvent.selectOptions(select, "Gestione della community");
    await userEvent.click(screen.getByRole("button", { name: "Crea" }));
    expect(sent[0]).toMatchObject({ input: { title: "Risposte ai commenti", activityId: COMMUNITY.id } });
  });

  it("saves the activity chosen for an item, and none", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_item") return detail({ activityId: COPY.id });
      if (cmd === "get_split") return split();
      if (cmd === "update_item") {
        sent.push(args as Record<string, unknown>);
        return detail();
      }
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={ITEM_ID} onClose={() => {}} />);
    const select = await screen.findByRole("combobox", { name: "Attività" });
    await waitFor(() => expect(within(select).getByRole("option", { name: "Testi" })).toHaveProperty("selected", true));
    await userEvent.selectOptions(select, "Gestione della community");
    await userEvent.click(screen.getByRole("button", { name: "Salva" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ id: ITEM_ID, input: { activityId: COMMUNITY.id } });
    await userEvent.selectOptions(select, "Nessuna");
    await userEvent.click(screen.getByRole("button", { name: "Salva" }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ input: { activityId: null } });
  });

  it("offers only Nessuna when the split cannot load", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_split") throw { kind: "storage", code: "storage", field: null, message: "", params: {} };
      if (cmd === "create_items") {
        sent.push(args as Record<string, unknown>);
        return [];
      }
      return null;
    });
    await renderWithProviders(<ItemEditor client={CLIENT} agency itemId={null} onClose={() => {}} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Instagram" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Titolo" }), "Idea");
    const select = screen.getByRole("combobox", { name: "Attività" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["Nessuna"]);
    await userEvent.click(screen.getByRole("button", { name: "Crea" }));
    expect(sent[0]).toMatchObject({ input: { activityId: null } });
  });
});
