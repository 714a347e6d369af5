// The calendar's server state. Range reads are cached per query and view (a
// month, a week, a list, the overview); any change to an item invalidates every calendar key,
// because an item can appear in several cached ranges at once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import {
  commands,
  type ApprovalInput,
  type CalendarEntry,
  type CalendarQuery,
  type ClientId,
  type ItemId,
  type ItemInput,
  type ItemStatus,
  type OccasionId,
  type OccasionInput,
  type SlotId,
  type SlotInput,
} from "../../bindings";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";
import { CELL_CHIPS, COLUMN_CHIPS, gridDaysOf, type GridDay, type View } from "./views/model";

/** A range read as the view in use needs it (see CalendarBody). */
export interface CalendarRead {
  /** Month and week: the days that hold items, each with its count and the chips it draws. */
  days: GridDay[] | undefined;
  /** List: every item of the range. */
  entries: CalendarEntry[] | undefined;
  error: unknown;
  isFetching: boolean;
}

/**
 * The month and the week read per day only the chips a cell draws and the
 * day's count, so a month of thousands of items crosses IPC as about a
 * hundred chips; the list reads every item of its month or day.
 */
export function useCalendarRead(query: CalendarQuery, view: View): CalendarRead {
  const perDay = view === "month" ? CELL_CHIPS : view === "week" ? COLUMN_CHIPS : 0;
  const days = useQuery({
    queryKey: queryKeys.calendar.days(query, perDay),
    queryFn: async () => gridDaysOf(await call(commands.calendarDays(query, perDay)), query.clientId),
    enabled: perDay > 0,
    placeholderData: (previous) => previous,
  });
  const list = useQuery({
    queryKey: queryKeys.calendar.entries(query),
    queryFn: () => call(commands.listCalendar(query)),
    enabled: perDay === 0,
    placeholderData: (previous) => previous,
  });
  const active = perDay > 0 ? days : list;
  return {
    days: perDay > 0 ? days.data : undefined,
    entries: perDay > 0 ? undefined : list.data,
    error: active.error,
    isFetching: active.isFetching,
  };
}

export function useItem(id: ItemId | null) {
  return useQuery({
    queryKey: queryKeys.calendar.item(id ?? ("" as ItemId)),
    queryFn: () => call(commands.getItem(id!)),
    enabled: id !== null,
  });
}

export function useOccasions(clientId: ClientId, from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.calendar.occasions(clientId, from, to),
    queryFn: () => call(commands.listOccasions(clientId, from, to)),
    placeholderData: (previous) => previous,
  });
}

export function useOwnOccasions(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.calendar.ownOccasions(clientId), queryFn: () => call(commands.listOwnOccasions(clientId)) });
}

export function useSlots(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.calendar.slots(clientId), queryFn: () => call(commands.listSlots(clientId)) });
}

export function useCadence(clientId: ClientId, from: string, weeks: number) {
  return useQuery({
    queryKey: queryKeys.calendar.cadence(clientId, from, weeks),
    queryFn: () => call(commands.calendarCadence(clientId, from, weeks)),
  });
}

/** A mutation after which every calendar read is refetched. */
function useCalendarMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.calendar.all }),
  });
}

export const useCreateItems = (clientId: ClientId) =>
  useCalendarMutation((input: ItemInput) => call(commands.createItems(clientId, input)));
export const useUpdateItem = () =>
  useCalendarMutation(({ id, input }: { id: ItemId; input: ItemInput }) => call(commands.updateItem(id, input)));
export const useRescheduleItem = () =>
  useCalendarMutation(({ id, day, time }: { id: ItemId; day: string; time: string | null }) => call(commands.rescheduleItem(id, day, time)));
export const useDuplicateItem = () => useCalendarMutation((id: ItemId) => call(commands.duplicateItem(id)));
export const useAddVariant = () =>
  useCalendarMutation(({ id, channel }: { id: ItemId; channel: string }) => call(commands.addItemVariant(id, channel)));
export const useDeleteItem = () => useCalendarMutation((id: ItemId) => call(commands.deleteItem(id)));
export const useRestoreItem = () => useCalendarMutation((id: ItemId) => call(commands.restoreItem(id)));
export const useSetItemStatus = () =>
  useCalendarMutation(({ id, to, approval, comment }: { id: ItemId; to: ItemStatus; approval: ApprovalInput | null; comment: string }) =>
    call(commands.setItemStatus(id, to, approval, comment)),
  );
export const useAddComment = () =>
  useCalendarMutation(({ id, author, body }: { id: ItemId; author: string; body: string }) => call(commands.addItemComment(id, author, body)));
export const useSaveOccasion = (clientId: ClientId) =>
  useCalendarMutation(({ id, input }: { id: OccasionId | null; input: OccasionInput }) => call(commands.saveOccasion(clientId, id, input)));
export const useDeleteOccasion = () => useCalendarMutation((id: OccasionId) => call(commands.deleteOccasion(id)));
export const usePlanForOccasion = (clientId: ClientId) =>
  useCalendarMutation(({ reference, day, title, channel }: { reference: string; day: string; title: string; channel: string }) =>
    call(commands.planForOccasion(clientId, reference, day, title, channel)),
  );
export const useAddSlot = (clientId: ClientId) => useCalendarMutation((input: SlotInput) => call(commands.addSlot(clientId, input)));
export const useRemoveSlot = () => useCalendarMutation((id: SlotId) => call(commands.removeSlot(id)));
export const useFillSlots = (clientId: ClientId) =>
  useCalendarMutation(({ from, weeks }: { from: string; weeks: number }) => call(commands.fillSlots(clientId, from, weeks)));

export function useSuggestedOccasions(clientId: ClientId) {
  return useQuery({
    queryKey: [...queryKeys.calendar.ownOccasions(clientId), "suggested"],
    queryFn: () => call(commands.suggestOccasions(clientId)),
  });
}
