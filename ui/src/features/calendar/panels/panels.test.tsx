import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { Cadence, Occasion, Slot } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { CadencePanel } from "./CadencePanel";
import { OccasionsPanel } from "./OccasionsPanel";
import { SlotsPanel } from "./SlotsPanel";

const PILLAR = "0190b3a2-0000-7000-8000-0000000000c1";

describe("CadencePanel", () => {
  it("says in words which channels are below, above or outside the plan, and shows the pillar mix", async () => {
    const cadence: Cadence = {
      weeks: [
        {
          startsOn: "2026-03-02",
          channels: [
            { channel: "instagram", planned: 1, target: 3, pace: "gap" },
            { channel: "facebook", planned: 2, target: 2, pace: "on_track" },
            { channel: "tiktok", planned: 4, target: 2, pace: "over" },
            { channel: "x", planned: 1, target: null, pace: "unplanned" },
          ],
        },
        { startsOn: "2026-03-09", channels: [] },
      ],
      pillars: [{ pillarId: PILLAR, name: "Dietro le quinte", target: 40, planned: 3, actual: 60 }],
      withoutPillar: 2,
    };
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "calendar_cadence") {
        asked.push(args);
        return cadence;
      }
      return null;
    });
    await renderWithProviders(<CadencePanel client={CLIENT} weekStart="2026-03-02" />);
    const week = await screen.findByRole("table", { name: "Settimana dal 02/03/2026" });
    expect(within(within(week).getByRole("row", { name: /Instagram/ })).getByText("Sotto il piano")).toBeInTheDocument();
    expect(within(within(week).getByRole("row", { name: /TikTok/ })).getByText("Sopra il piano")).toBeInTheDocument();
    expect(within(within(week).getByRole("row", { name: /X \(Twitter\)/ })).getByText("Fuori dal piano")).toBeInTheDocument();
    expect(within(within(week).getByRole("row", { name: /Facebook/ })).getByText("In linea")).toBeInTheDocument();
    expect(screen.getByText(/Settimana dal 09\/03\/2026/)).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Dietro le quinte: 60% previsto, obiettivo 40%" })).toBeInTheDocument();
    expect(screen.getByText("Contenuti senza pilastro: 2")).toBeInTheDocument();
    expect(asked[0]).toMatchObject({ clientId: CLIENT.id, from: "2026-03-02", weeks: 4 });
  });
});

describe("SlotsPanel", () => {
  const slot: Slot = { id: "0190b3a2-0000-7000-8000-0000000000a1", channel: "instagram", title: "Piatto del venerdì", weekday: 5, time: "18:30", pillarId: null };

  it("adds a slot, shows a bad time next to Ora, and creates the ideas for the weeks asked", async () => {
    const sent: Record<string, unknown>[] = [];
    let slots: Slot[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_slots") return slots;
      if (cmd === "add_slot") {
        const input = (args as { input: { time: string } }).input;
        sent.push(args as Record<string, unknown>);
        if (input.time === "25:00") throw { kind: "invalid", code: "invalid_time", field: "time", message: "", params: { value: "25:00" } };
        slots = [slot];
        return slot;
      }
      if (cmd === "fill_slots") {
        sent.push(args as Record<string, unknown>);
        return 8;
      }
      return null;
    });
    await renderWithProviders(<SlotsPanel client={CLIENT} />);
    expect(await screen.findByText("Ancora nessun appuntamento fisso.")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Nuovo appuntamento fisso" });
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Canale" }), "Instagram");
    await userEvent.type(within(form).getByRole("textbox", { name: "Titolo" }), "Piatto del venerdì");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Giorno della settimana" }), "Venerdì");
    await userEvent.type(within(form).getByRole("textbox", { name: "Ora" }), "25:00");
    await userEvent.click(within(form).getByRole("button", { name: "Aggiungi l'appuntamento" }));
    expect(await within(form).findByText("«25:00» non è un orario: scrivilo come 18:30.")).toBeInTheDocument();
    expect(within(form).getByRole("textbox", { name: "Titolo" })).toHaveValue("Piatto del venerdì");
    const time = within(form).getByRole("textbox", { name: "Ora" });
    await userEvent.clear(time);
    await userEvent.type(time, "18:30");
    await userEvent.click(within(form).getByRole("button", { name: "Aggiungi l'appuntamento" }));
    expect(sent[1]).toMatchObject({ clientId: CLIENT.id, input: { channel: "instagram", title: "Piatto del venerdì", weekday: 5, time: "18:30", pillarId: null } });
    expect(await screen.findByText("Venerdì alle 18:30")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Togli «Piatto del venerdì»" })).toBeInTheDocument();

    const weeks = screen.getByRole("spinbutton", { name: "Settimane" });
    expect(weeks).toHaveValue(4);
    await userEvent.clear(weeks);
    await userEvent.type(weeks, "8");
    await userEvent.click(screen.getByRole("button", { name: "Crea le idee per le prossime settimane" }));
    expect(await screen.findByText("Create 8 idee nel calendario.")).toBeInTheDocument();
    expect(sent[2]).toMatchObject({ clientId: CLIENT.id, weeks: 8 });
    expect((sent[2] as { from: string }).from).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
});

describe("OccasionsPanel", () => {
  const own: Occasion = {
    id: "0190b3a2-0000-7000-8000-0000000000b7",
    clientId: CLIENT.id,
    name: "Anniversario della trattoria",
    startsOn: "2026-06-12",
    endsOn: "2026-06-12",
    yearly: true,
    sourceQuestionId: null,
  };

  it("adds a suggestion in one click and edits an occasion starting from its dates", async () => {
    const sent: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_own_occasions") return [own];
      if (cmd === "suggest_occasions") return [{ name: "Sagra del tortellino", startsOn: "2026-09-20", endsOn: "", yearly: true }];
      if (cmd === "save_occasion") {
        sent.push(args as Record<string, unknown>);
        return own;
      }
      return null;
    });
    await renderWithProviders(<OccasionsPanel client={CLIENT} />);
    expect(await screen.findByText("Anniversario della trattoria")).toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "Aggiungi «Sagra del tortellino»" }));
    expect(sent[0]).toMatchObject({ clientId: CLIENT.id, id: null, input: { name: "Sagra del tortellino", startsOn: "2026-09-20", endsOn: "", yearly: true } });

    await userEvent.click(screen.getByRole("button", { name: "Modifica «Anniversario della trattoria»" }));
    const form = screen.getByRole("form", { name: "Modifica «Anniversario della trattoria»" });
    expect(within(form).getByRole("textbox", { name: "Dal" })).toHaveValue("12/06/2026");
    expect(within(form).getByRole("textbox", { name: "Al (facoltativo)" })).toHaveValue("");
    expect(within(form).getByRole("checkbox", { name: "Ogni anno" })).toBeChecked();
    await userEvent.type(within(form).getByRole("textbox", { name: "Al (facoltativo)" }), "14/06/2026");
    await userEvent.click(within(form).getByRole("button", { name: "Salva" }));
    expect(sent[1]).toMatchObject({ id: own.id, input: { startsOn: "12/06/2026", endsOn: "14/06/2026", yearly: true } });
  });

  it("asks before deleting", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "list_own_occasions") return [own];
      if (cmd === "suggest_occasions") return [];
      return null;
    });
    await renderWithProviders(<OccasionsPanel client={CLIENT} />);
    await userEvent.click(await screen.findByRole("button", { name: "Elimina «Anniversario della trattoria»" }));
    expect(calls).not.toContain("delete_occasion");
    await userEvent.click(screen.getByRole("button", { name: "Sì, elimina «Anniversario della trattoria»" }));
    expect(calls).toContain("delete_occasion");
  });
});
