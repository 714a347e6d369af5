import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { CalendarEntry, CalendarOccasion, CalendarQuery } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { CalendarScreen } from "../CalendarScreen";
import { entry, gridDays } from "./testing";

vi.mock("../editor/ItemEditor", async () => ({ ItemEditor: (await import("./testing")).EditorProbe }));
vi.mock("../panels/CadencePanel", () => ({ CadencePanel: () => <p>cadence panel</p> }));
vi.mock("../panels/OccasionsPanel", () => ({ OccasionsPanel: () => null }));
vi.mock("../panels/SlotsPanel", () => ({ SlotsPanel: () => null }));
vi.mock("../transfer/TransferPanel", () => ({ TransferPanel: () => null }));

interface Calls {
  queries: CalendarQuery[];
  /** Which read each query was: the grids' `calendar_days:<perDay>` or the list's `list_calendar`. */
  reads: string[];
  reschedules: { id: string; day: string; time: string | null }[];
}

/** A fake core: range reads over `initial`, and reschedules that really move the item. */
function serve(initial: CalendarEntry[], occasions: CalendarOccasion[] = []): Calls {
  const calls: Calls = { queries: [], reads: [], reschedules: [] };
  let entries = initial;
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    switch (cmd) {
      case "list_calendar":
      case "calendar_days": {
        const query = a.query as CalendarQuery;
        calls.queries.push(query);
        const inRange = entries.filter((e) => e.plannedLocal.slice(0, 10) >= query.from && e.plannedLocal.slice(0, 10) <= query.to);
        calls.reads.push(cmd === "calendar_days" ? `${cmd}:${String(a.perDay)}` : cmd);
        return cmd === "calendar_days" ? gridDays(inRange, a.perDay as number, query.clientId) : inRange;
      }
      case "list_occasions":
        return occasions;
      case "reschedule_item": {
        const move = a as Calls["reschedules"][number];
        calls.reschedules.push(move);
        entries = entries.map((e) => (e.id === move.id ? { ...e, plannedLocal: `${move.day}T${move.time ?? e.plannedLocal.slice(11)}` } : e));
        return null;
      }
      case "get_strategy":
        throw { kind: "not_found", code: "not_found", message: "", field: null, params: {} };
      default:
        return null;
    }
  });
  return calls;
}

const day = (name: string) => screen.getByRole("gridcell", { name: new RegExp(`^${name}`) });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 11, 15, 9, 0));
});
afterEach(() => vi.useRealTimers());

describe("CalendarScreen", () => {
  it("shows the month from Monday with each item on its day", async () => {
    const calls = serve([entry("2026-12-03T10:30:00", { title: "Menù delle feste", status: "in_review" }), entry("2026-12-15T18:00:00", { title: "Auguri" })]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    expect(screen.getByRole("heading", { name: "Calendario di Trattoria da Mario" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "dicembre 2026" })).toBeInTheDocument();
    const third = await screen.findByRole("gridcell", { name: "giovedì 3 dicembre 2026, 1 contenuto" });
    expect(within(third).getByRole("button", { name: "10:30, Instagram, Menù delle feste, In revisione, attende l'attività" })).toBeInTheDocument();
    expect(within(day("martedì 15 dicembre 2026")).getByRole("button", { name: /Auguri/ })).toBeInTheDocument();
    expect(screen.getAllByRole("gridcell")).toHaveLength(42);
    expect(calls.queries[0]).toMatchObject({ clientId: CLIENT.id, from: "2026-11-30", to: "2027-01-10", channels: [], statuses: [] });
  });

  it("draws at most three chips and '+N altri' on a crowded day, then lists the day", async () => {
    const crowd = Array.from({ length: 500 }, (_, i) => entry(`2026-12-10T${String(8 + (i % 12)).padStart(2, "0")}:00:00`));
    const calls = serve(crowd);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    const tenth = await screen.findByRole("gridcell", { name: "giovedì 10 dicembre 2026, 500 contenuti" });
    // The grid reads the day's count and its three chips, not the 500 items.
    expect(calls.reads).toEqual(["calendar_days:3"]);
    expect(tenth.querySelectorAll("[data-item]")).toHaveLength(3);
    expect(document.querySelectorAll(".month-grid [data-item]")).toHaveLength(3);
    const more = within(tenth).getByRole("button", { name: "+497 altri contenuti di giovedì 10 dicembre 2026" });
    expect(more).toHaveTextContent("+497 altri");
    await userEvent.click(more);
    const list = await screen.findByRole("table", { name: "Contenuti di giovedì 10 dicembre 2026" });
    expect(screen.getByRole("tab", { name: "Elenco" })).toHaveAttribute("aria-selected", "true");
    expect(calls.reads.at(-1)).toBe("list_calendar");
    expect(calls.queries.at(-1)).toMatchObject({ from: "2026-12-10", to: "2026-12-10" });
    // The list draws its first page of the day's 500 rows, in time order.
    const rows = within(list).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(200);
    expect(rows[0]).toHaveTextContent("08:00");
  });

  it("keeps a month of 2,000 items to a few hundred nodes", async () => {
    const month = Array.from({ length: 2000 }, (_, i) => entry(`2026-12-${String(1 + (i % 31)).padStart(2, "0")}T${String(8 + (i % 12)).padStart(2, "0")}:00:00`));
    serve(month);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    await screen.findByRole("gridcell", { name: /^martedì 1 dicembre 2026, 65 contenuti/ });
    const grid = screen.getByRole("grid");
    expect(grid.querySelectorAll("[data-item]")).toHaveLength(31 * 3);
    expect(grid.querySelectorAll("*").length).toBeLessThan(1200);
  });

  it("moves the focus between days with the arrows and turns the month at its edge", async () => {
    const calls = serve([]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    const today = day("martedì 15 dicembre 2026");
    expect(today).toHaveAttribute("tabindex", "0");
    today.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(day("mercoledì 16 dicembre 2026")).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(day("mercoledì 23 dicembre 2026")).toHaveFocus();
    await userEvent.keyboard("{Home}");
    expect(day("lunedì 21 dicembre 2026")).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(day("domenica 27 dicembre 2026")).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(day("domenica 10 gennaio 2027")).toHaveFocus();
    expect(screen.getByRole("heading", { name: "gennaio 2027" })).toBeInTheDocument();
    expect(calls.queries.at(-1)).toMatchObject({ from: "2026-12-28", to: "2027-02-07" });
    await userEvent.keyboard("{PageUp}");
    expect(day("giovedì 10 dicembre 2026")).toHaveFocus();
    expect(day("giovedì 10 dicembre 2026")).toHaveAttribute("tabindex", "0");
    expect(day("martedì 15 dicembre 2026")).toHaveAttribute("tabindex", "-1");
  });

  it("makes a folded tool (and its reads) only when it is first opened, then keeps it", async () => {
    serve([]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    await screen.findByRole("gridcell", { name: /^martedì 15 dicembre 2026/ });
    expect(screen.queryByText("cadence panel")).not.toBeInTheDocument();
    const summary = screen.getByText("Ritmo della settimana");
    await userEvent.click(summary);
    expect(await screen.findByText("cadence panel")).toBeInTheDocument();
    await userEvent.click(summary);
    expect(summary.closest("details")).not.toHaveAttribute("open");
    expect(screen.getByText("cadence panel")).toBeInTheDocument();
  });

  it("opens new content for the day on Enter, and an item on its chip", async () => {
    const item = entry("2026-12-16T09:00:00", { title: "Panettone" });
    serve([item]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    day("martedì 15 dicembre 2026").focus();
    await userEvent.keyboard("{ArrowRight}{Enter}");
    expect(await screen.findByTestId("editor")).toHaveTextContent('{"date":"2026-12-16"}');
    await userEvent.tab();
    expect(await screen.findByRole("button", { name: /Panettone/ })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByTestId("editor")).toHaveAttribute("data-item", item.id);
  });

  it("offers to plan content for an occasion", async () => {
    const christmas: CalendarOccasion = { reference: "fixed:christmas:2026", source: { kind: "fixed", key: "christmas", fixed: "public_holiday" }, from: "2026-12-25", to: "2026-12-25" };
    serve([], [christmas]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    const plan = await screen.findByRole("button", { name: "Pianifica contenuti per Natale" });
    expect(day("venerdì 25 dicembre 2026, nessun contenuto, Natale")).toContainElement(plan);
    await userEvent.click(plan);
    expect(JSON.parse((await screen.findByTestId("editor")).textContent!)).toEqual({ date: "2026-12-25", title: "Natale", occasion: "fixed:christmas:2026" });
  });

  it("reschedules a dropped item and takes it back with Annulla", async () => {
    const item = entry("2026-12-15T10:30:00", { title: "Tortellini" });
    const calls = serve([item]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    const chip = await screen.findByRole("button", { name: /Tortellini/ });
    const target = day("venerdì 18 dicembre 2026");
    fireEvent.pointerDown(chip, { button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(target, { clientX: 300, clientY: 40 });
    expect(target).toHaveClass("drop-target");
    fireEvent.pointerUp(target, { clientX: 300, clientY: 40 });
    // The click that ends the drag does not open the editor.
    fireEvent.click(chip);
    expect(screen.queryByTestId("editor")).not.toBeInTheDocument();
    expect(await screen.findByRole("status")).toHaveTextContent("Spostato al 18/12/2026");
    expect(calls.reschedules).toEqual([{ id: item.id, day: "2026-12-18", time: null }]);
    await userEvent.click(screen.getByRole("button", { name: "Annulla" }));
    expect(await screen.findByText("Riportato al 15/12/2026")).toBeInTheDocument();
    expect(calls.reschedules[1]).toEqual({ id: item.id, day: "2026-12-15", time: "10:30:00" });
  });

  it("moves a chip by a day with Alt + arrow, and refuses to move a published one", async () => {
    const item = entry("2026-12-15T10:30:00", { title: "Tortellini" });
    const published = entry("2026-12-15T12:00:00", { title: "Già uscito", status: "published" });
    const calls = serve([item, published]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    (await screen.findByRole("button", { name: /Tortellini/ })).focus();
    await userEvent.keyboard("{Alt>}{ArrowRight}{/Alt}");
    expect(await screen.findByText("Spostato al 16/12/2026")).toBeInTheDocument();
    expect(calls.reschedules).toEqual([{ id: item.id, day: "2026-12-16", time: null }]);
    // The focus follows the item to its new day.
    await waitFor(() => expect(within(day("mercoledì 16 dicembre 2026")).getByRole("button", { name: /Tortellini/ })).toHaveFocus());
    screen.getByRole("button", { name: /Già uscito/ }).focus();
    await userEvent.keyboard("{Alt>}{ArrowLeft}{/Alt}");
    expect(screen.getByRole("alert")).toHaveTextContent("Un contenuto pubblicato resta nel giorno in cui è stato pubblicato.");
    expect(calls.reschedules).toHaveLength(1);
  });

  it("gives the focus to the day when the moved chip lands in its '+N'", async () => {
    const item = entry("2026-12-15T10:30:00", { title: "Tortellini" });
    const full = ["08:00", "09:00", "10:00"].map((at) => entry(`2026-12-16T${at}:00`, { title: `Alle ${at}` }));
    serve([item, ...full]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    (await screen.findByRole("button", { name: /Tortellini/ })).focus();
    await userEvent.keyboard("{Alt>}{ArrowRight}{/Alt}");
    const sixteenth = await screen.findByRole("gridcell", { name: /^mercoledì 16 dicembre 2026, 4 contenuti/ });
    expect(within(sixteenth).queryByRole("button", { name: /Tortellini/ })).not.toBeInTheDocument();
    expect(within(sixteenth).getByRole("button", { name: "+1 altri contenuti di mercoledì 16 dicembre 2026" })).toBeInTheDocument();
    await waitFor(() => expect(sixteenth).toHaveFocus());
  });

  it("filters by status and shows the week and the list", async () => {
    const calls = serve([entry("2026-12-17T19:00:00", { title: "Sera" }), entry("2026-12-17T08:00:00", { title: "Mattina" })]);
    await renderWithProviders(<CalendarScreen client={CLIENT} agency />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Stato" }), "In revisione");
    expect(calls.queries.at(-1)).toMatchObject({ statuses: ["in_review"] });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Stato" }), "Tutti");
    await userEvent.click(screen.getByRole("tab", { name: "Settimana" }));
    expect(screen.getByRole("button", { name: "Settimana successiva" })).toBeInTheDocument();
    const thursday = await screen.findByRole("gridcell", { name: "giovedì 17 dicembre 2026, 2 contenuti" });
    const titles = within(thursday).getAllByRole("button").map((b) => b.textContent);
    expect(titles).toEqual([expect.stringContaining("Mattina"), expect.stringContaining("Sera")]);
    await userEvent.click(screen.getByRole("tab", { name: "Elenco" }));
    const rows = within(await screen.findByRole("table", { name: "Contenuti di dicembre 2026" })).getAllByRole("row");
    expect(rows).toHaveLength(3);
    await userEvent.click(within(rows[1]!).getByRole("button", { name: "Mattina" }));
    expect(screen.getByTestId("editor")).toBeInTheDocument();
  });
});
