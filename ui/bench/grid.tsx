// The month grid benchmark: Regia's month view against FullCalendar's, with
// the same 2,000 items, in the same engine. Each sample mounts a calendar
// into a fresh container and times (a) the first render of December 2026 and
// (b) the switch to January 2027, each up to a forced layout. Regia and
// FullCalendar alternate, WARMUP rounds first. The results go to
// window.__gridBench and into a table on the page.
import type { Calendar, EventInput } from "@fullcalendar/core";

import "../src/styles.css";
import "../src/features/calendar/calendar.css";
import "./bench.css";

import type { CalendarEntry } from "../src/bindings";
import { monthGrid } from "../src/features/calendar/views/dates";
import { CELL_CHIPS } from "../src/features/calendar/views/model";
import { i18n } from "../src/lib/i18n";
import { countByDay, makeEntries, rangeRead } from "./data";
import { renderFullCalendar } from "./fullcalendar";
import { renderRegia, type Reads } from "./regia";

const WARMUP = 3;
const ROUNDS = 15;
const FIRST_MONTH = "2026-12-01";
const NEXT_MONTH = "2027-01-01";
/** Both calendars get a host this wide; FullCalendar gets Regia's grid height. */
const WIDTH = 1100;

interface Side {
  render: number[];
  next: number[];
  /** Elements in the calendar after the first render (December) and after the switch (January). */
  nodes: number;
  nodesNext: number;
  /** Work found after the clock stopped (the DOM changed during the pause after a sample). */
  deferred: string[];
}

interface Results {
  regia: Side & { chips: number; moreButtons: number };
  fullcalendar: Side & { events: number; eventsVisible: number; moreLinks: number };
  resolutionMs: number;
  rounds: number;
  warmup: number;
  items: number;
  fullcalendarHeight: number;
  userAgent: string;
  summary?: Record<string, Stats>;
}

interface Stats {
  median: number;
  mean: number;
  min: number;
  max: number;
}

declare global {
  interface Window {
    __gridBench?: Results | { error: string };
  }
}

class BenchError extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BenchError(message);
}

/** The smallest non-zero step of performance.now() seen in a tight loop. */
function timerResolution(budgetMs = 100): number {
  let smallest = Infinity;
  let last = performance.now();
  const end = last + budgetMs;
  while (last < end) {
    const now = performance.now();
    if (now > last && now - last < smallest) smallest = now - last;
    last = now;
  }
  return smallest;
}

/** Lets the engine paint, collect and run whatever a sample left pending. */
function pause(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function nodesIn(element: Element): number {
  return element.querySelectorAll("*").length;
}

function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  check(found !== null, `${selector} not found`);
  return found;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(middle)] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || NaN);
  return { median, mean, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

function page() {
  const main = element<HTMLElement>(document, "#bench");
  const heading = document.createElement("h1");
  heading.textContent = "Month grid: Regia vs FullCalendar";
  const status = document.createElement("p");
  status.className = "bench-notes";
  status.textContent = "Running…";
  const results = document.createElement("div");
  const section = (title: string) => {
    const box = document.createElement("section");
    box.className = "bench-section";
    const h2 = document.createElement("h2");
    h2.textContent = title;
    box.append(h2);
    return box;
  };
  const regia = section("Regia");
  const fullcalendar = section("FullCalendar");
  main.append(heading, status, results, regia, fullcalendar);
  return { status, results, regia, fullcalendar };
}

/** A fresh, empty host of the same width for each sample. */
function host(parent: HTMLElement): HTMLElement {
  const div = document.createElement("div");
  div.className = "bench-host";
  div.style.width = `${WIDTH}px`;
  parent.append(div);
  return div;
}

function cellDays(container: Element, selector: string, attribute: string): string[] {
  return Array.from(container.querySelectorAll(selector), (cell) => cell.getAttribute(attribute) ?? "");
}

interface Checks {
  reads: Reads;
  counts: Map<string, number>;
}

/** Regia's month: 42 days from the right Monday, each reporting its items, at most CELL_CHIPS chips each. */
function checkRegia(container: Element, month: string, { reads, counts }: Checks) {
  const days = monthGrid(month);
  const shown = cellDays(container, '[role="gridcell"]', "data-day");
  check(shown.length === 42, `Regia drew ${shown.length} day cells, not 42`);
  check(shown[0] === days[0] && shown[41] === days[41], `Regia drew ${shown[0]}…${shown[41]}, not ${days[0]}…${days[41]}`);
  const read = reads.get(days[0] ?? "") ?? [];
  let expectedChips = 0;
  for (const day of days) expectedChips += Math.min(CELL_CHIPS, counts.get(day) ?? 0);
  const chips = container.querySelectorAll(".item-chip").length;
  check(chips > 0 && chips === expectedChips, `Regia drew ${chips} chips, expected ${expectedChips} (${read.length} items in the read)`);
  for (const day of days) {
    if (day.slice(0, 7) !== month.slice(0, 7)) continue;
    const count = counts.get(day) ?? 0;
    const cell = element(container, `[data-day="${day}"]`);
    const label = cell.getAttribute("aria-label") ?? "";
    check(count === 0 ? label.includes("nessun contenuto") : label.includes(`${count} contenut`), `Regia's ${day} says "${label}", not ${count} items`);
    const more = cell.querySelector(".more-button")?.textContent ?? "";
    const hidden = count - CELL_CHIPS;
    check(hidden > 0 ? more === `+${hidden} altri` : more === "", `Regia's ${day} shows "${more}" for ${count} items`);
  }
  return { chips, moreButtons: container.querySelectorAll(".more-button").length };
}

/** FullCalendar's month: 42 day cells from the right Monday, some events drawn. */
function checkFullCalendar(container: Element, month: string) {
  const days = monthGrid(month);
  const shown = cellDays(container, "td.fc-daygrid-day", "data-date");
  check(shown.length === 42, `FullCalendar drew ${shown.length} .fc-daygrid-day cells, not 42`);
  check(shown[0] === days[0] && shown[41] === days[41], `FullCalendar drew ${shown[0]}…${shown[41]}, not ${days[0]}…${days[41]}`);
  const harnesses = Array.from(container.querySelectorAll<HTMLElement>(".fc-daygrid-event-harness"));
  const visible = harnesses.filter((h) => h.style.visibility !== "hidden" && h.querySelector(".fc-event"));
  const events = container.querySelectorAll(".fc-event").length;
  check(events > 0 && visible.length > 0, `FullCalendar drew ${events} events, ${visible.length} visible`);
  return { events, eventsVisible: visible.length, moreLinks: container.querySelectorAll(".fc-daygrid-more-link").length };
}

type View = ReturnType<typeof page>;

async function run(view: View): Promise<Results> {
  await i18n.changeLanguage("it");
  await pause(100);
  const resolutionMs = timerResolution();

  // Everything the calendars are given, prepared outside the clock: the
  // months' range reads for Regia (what the core would return), the event
  // inputs for FullCalendar (which takes them all and picks the month's).
  const entries = makeEntries();
  const reads = new Map<string, CalendarEntry[]>();
  for (const month of [FIRST_MONTH, NEXT_MONTH]) {
    const days = monthGrid(month);
    const from = days[0] ?? month;
    reads.set(from, rangeRead(entries, from, days[days.length - 1] ?? month));
  }
  const events: EventInput[] = entries.map((e) => ({ id: e.id, title: e.title, start: e.plannedLocal }));
  const checks: Checks = { reads, counts: countByDay(entries) };

  const results: Results = {
    regia: { render: [], next: [], nodes: 0, nodesNext: 0, chips: 0, moreButtons: 0, deferred: [] },
    fullcalendar: { render: [], next: [], nodes: 0, nodesNext: 0, events: 0, eventsVisible: 0, moreLinks: 0, deferred: [] },
    resolutionMs,
    rounds: ROUNDS,
    warmup: WARMUP,
    items: entries.length,
    fullcalendarHeight: 0,
    userAgent: navigator.userAgent,
  };

  // One sample: the first render of December up to a forced layout, a pause,
  // the switch to January up to a forced layout, a pause.
  async function sample<T>(
    side: Side,
    measured: boolean,
    parent: HTMLElement,
    mount: (container: HTMLElement) => T,
    grid: (container: HTMLElement) => HTMLElement,
    next: (mounted: T) => void,
    inspect: (container: HTMLElement, month: string) => void,
    destroy: (mounted: T) => void,
  ) {
    const container = host(parent);
    let start = performance.now();
    const mounted = mount(container);
    grid(container).getBoundingClientRect();
    const render = performance.now() - start;
    const nodes = nodesIn(container);
    inspect(container, FIRST_MONTH);
    await pause();
    if (nodesIn(container) !== nodes) side.deferred.push(`render: ${nodes} → ${nodesIn(container)} elements after the clock`);

    start = performance.now();
    next(mounted);
    grid(container).getBoundingClientRect();
    const switched = performance.now() - start;
    const nodesNext = nodesIn(container);
    inspect(container, NEXT_MONTH);
    await pause();
    if (nodesIn(container) !== nodesNext) side.deferred.push(`next: ${nodesNext} → ${nodesIn(container)} elements after the clock`);

    destroy(mounted);
    container.remove();
    if (measured) {
      side.render.push(render);
      side.next.push(switched);
      side.nodes = nodes;
      side.nodesNext = nodesNext;
    }
    await pause();
  }

  let height = 0;
  const regiaGrid = (container: HTMLElement) => element<HTMLElement>(container, ".month-grid");
  const fullcalendarGrid = (container: HTMLElement) => element<HTMLElement>(container, ".fc-scrollgrid");

  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    const measured = round >= WARMUP;
    view.status.textContent = `Running: ${measured ? `round ${round - WARMUP + 1} of ${ROUNDS}` : `warm-up ${round + 1} of ${WARMUP}`}…`;
    await sample(
      results.regia,
      measured,
      view.regia,
      (container) => renderRegia(container, reads, FIRST_MONTH),
      regiaGrid,
      (month) => month.step(1),
      (container, month) => {
        const drawn = checkRegia(container, month, checks);
        if (month === FIRST_MONTH) {
          Object.assign(results.regia, drawn);
          height ||= Math.round(regiaGrid(container).getBoundingClientRect().height);
        }
      },
      (month) => month.unmount(),
    );
    results.fullcalendarHeight = height;
    await sample<Calendar>(
      results.fullcalendar,
      measured,
      view.fullcalendar,
      (container) => renderFullCalendar(container, events, FIRST_MONTH, height),
      fullcalendarGrid,
      (calendar) => calendar.next(),
      (container, month) => {
        const drawn = checkFullCalendar(container, month);
        if (month === FIRST_MONTH) Object.assign(results.fullcalendar, drawn);
      },
      (calendar) => calendar.destroy(),
    );
  }

  results.summary = {
    "regia.render": stats(results.regia.render),
    "regia.next": stats(results.regia.next),
    "fullcalendar.render": stats(results.fullcalendar.render),
    "fullcalendar.next": stats(results.fullcalendar.next),
  };

  // For a screenshot: December of both, rendered once more outside the clock.
  renderRegia(host(view.regia), reads, FIRST_MONTH);
  renderFullCalendar(host(view.fullcalendar), events, FIRST_MONTH, height);
  return results;
}

function cell(row: HTMLTableRowElement, text: string, header = false) {
  const td = document.createElement(header ? "th" : "td");
  td.textContent = text;
  row.append(td);
}

function table(results: Results): HTMLTableElement {
  const ms = (v: number) => v.toFixed(2);
  const t = document.createElement("table");
  t.className = "bench-results";
  const head = t.createTHead().insertRow();
  for (const title of ["ms", "median", "mean", "min", "max", "elements", "items drawn"]) cell(head, title, true);
  const body = t.createTBody();
  const rows: [string, number[], number, string][] = [
    ["Regia: December", results.regia.render, results.regia.nodes, `${results.regia.chips} chips + ${results.regia.moreButtons} "+N"`],
    ["Regia: → January", results.regia.next, results.regia.nodesNext, ""],
    ["FullCalendar: December", results.fullcalendar.render, results.fullcalendar.nodes, `${results.fullcalendar.eventsVisible} visible of ${results.fullcalendar.events} + ${results.fullcalendar.moreLinks} "+N"`],
    ["FullCalendar: → January", results.fullcalendar.next, results.fullcalendar.nodesNext, ""],
  ];
  for (const [name, values, nodes, drawn] of rows) {
    const row = body.insertRow();
    const s = stats(values);
    cell(row, name, true);
    for (const v of [s.median, s.mean, s.min, s.max]) cell(row, ms(v));
    cell(row, String(nodes));
    cell(row, drawn);
  }
  return t;
}

async function main() {
  const view = page();
  const fail = (error: unknown) => {
    const message = error instanceof Error ? `${error.message}${error instanceof BenchError ? "" : `\n${error.stack ?? ""}`}` : String(error);
    window.__gridBench = { error: message };
    document.title = "grid bench error";
    const p = document.createElement("p");
    p.className = "bench-error";
    p.textContent = `Error: ${message}`;
    view.results.append(p);
  };
  window.addEventListener("error", (event) => fail(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => fail(event.reason));
  try {
    const results = await run(view);
    const deferred = results.regia.deferred.length + results.fullcalendar.deferred.length;
    const notes = [
      `${results.items} items; ${results.warmup} warm-up + ${results.rounds} measured rounds, Regia and FullCalendar alternating.`,
      `Timer resolution ${results.resolutionMs.toFixed(3)} ms; both ${WIDTH}px wide, FullCalendar ${results.fullcalendarHeight}px high (Regia's grid).`,
      deferred ? `Work after the clock: Regia ${results.regia.deferred.length}, FullCalendar ${results.fullcalendar.deferred.length} samples.` : "No work after the clock.",
    ].map((text) => {
      const p = document.createElement("p");
      p.className = "bench-notes";
      p.textContent = text;
      return p;
    });
    view.status.textContent = "Done.";
    view.results.append(table(results), ...notes);
    window.__gridBench = results;
    document.title = "grid bench done";
  } catch (error) {
    fail(error);
  }
}

void main();
