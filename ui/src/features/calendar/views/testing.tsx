// Test helpers of the calendar views: entries and grid days as the core
// returns them, a stand-in editor that shows what it was opened with.
import type { CalendarDay, CalendarEntry, ClientId, ItemStatus } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";

let counter = 0;

export function entry(plannedLocal: string, overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  counter += 1;
  const id = `0190b3a2-0000-7000-8000-${String(counter).padStart(12, "0")}`;
  return {
    id,
    clientId: CLIENT.id,
    channel: "instagram",
    title: `Contenuto ${counter}`,
    plannedLocal,
    status: "draft" as ItemStatus,
    ...overrides,
  };
}

/** What the ItemEditor stub received, rendered so a test can read it. */
export function EditorProbe(props: { itemId: string | null; draft?: unknown; client: { name: string } }) {
  return (
    <div data-testid="editor" data-item={props.itemId ?? ""} data-client={props.client.name}>
      {JSON.stringify(props.draft ?? null)}
    </div>
  );
}

/**
 * What `calendar_days` answers for `entries` (already filtered to the range)
 * in a read of `clientId` (null: the overview): the days that hold items in
 * day order, each with its count and its first `perDay` items by time, then
 * id, as the core's read orders them, as chips (the client named only in
 * the overview).
 */
export function gridDays(entries: readonly CalendarEntry[], perDay: number, clientId: ClientId | null): CalendarDay[] {
  const sorted = [...entries].sort((a, b) => (a.plannedLocal < b.plannedLocal ? -1 : a.plannedLocal > b.plannedLocal ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const days: CalendarDay[] = [];
  for (const e of sorted) {
    const day = e.plannedLocal.slice(0, 10);
    const chip = { id: e.id, clientId: clientId === null ? e.clientId : null, channel: e.channel, title: e.title, time: e.plannedLocal.slice(11), status: e.status };
    const last = days[days.length - 1];
    if (last?.day === day) {
      last.count += 1;
      if (last.entries.length < perDay) last.entries.push(chip);
    } else days.push({ day, count: 1, entries: [chip] });
  }
  return days;
}
