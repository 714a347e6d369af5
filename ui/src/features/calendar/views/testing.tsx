// Test helpers of the calendar views: entries as the core returns them, a
// stand-in editor that shows what it was opened with, and a drag's data.
import type { CalendarEntry, ItemStatus } from "../../../bindings";
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
