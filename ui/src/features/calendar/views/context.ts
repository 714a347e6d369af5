// What every view of the calendar can do to an item or a day, given once by
// the screen (a client's calendar or the agency's overview) to all its views.
import { createContext, useContext } from "react";

import type { CalendarEntry, ClientId, Language } from "../../../bindings";
import type { NewItemDraft } from "../editor/ItemEditor";

export interface ClientMark {
  name: string;
  color: string;
}

export interface CalendarActions {
  language: Language;
  /** A channel's name (the plan names custom channels). */
  channelName: (channel: string) => string;
  openItem: (entry: CalendarEntry) => void;
  /** Null where there is no single client to create content for (the overview). */
  newItem: ((draft: NewItemDraft) => void) | null;
  /** Moves an item to another day, keeping its time; undoable. From the keyboard, the focus follows the item. */
  moveItem: (entry: CalendarEntry, day: string, byKeyboard?: boolean) => void;
  /** The entry a drop names, from the range read. */
  entryById: (id: string) => CalendarEntry | undefined;
  /** Opens the list of one day. */
  showDay: (day: string) => void;
  /** The client's name and colour, in the overview only. */
  clientMark: ((clientId: ClientId) => ClientMark | undefined) | null;
}

export const CalendarContext = createContext<CalendarActions | null>(null);

export function useCalendarActions(): CalendarActions {
  const actions = useContext(CalendarContext);
  if (!actions) throw new Error("calendar views need a CalendarContext");
  return actions;
}
