// The canvas's edits. Each returns the whole strategy, which replaces the
// cached one (see `useStrategyEdit`); each component owns its own mutation so
// an error shows next to the control that caused it.
import { commands, type CardInput, type ClientId, type Direction, type ItemRef, type SegmentInput, type SuggestionRef } from "../../../bindings";
import { useStrategyEdit } from "../queries";

export function useSetMission(clientId: ClientId) {
  return useStrategyEdit(clientId, (mission: string) => commands.setMission(clientId, mission));
}

export function useSaveSegment(clientId: ClientId) {
  return useStrategyEdit(clientId, (input: SegmentInput) => commands.saveSegment(clientId, input));
}

export function useSaveCard(clientId: ClientId) {
  return useStrategyEdit(clientId, (input: CardInput) => commands.saveCard(clientId, input));
}

export function useRemoveItem(clientId: ClientId) {
  return useStrategyEdit(clientId, (item: ItemRef) => commands.removeStrategyItem(item));
}

export function useMoveItem(clientId: ClientId) {
  return useStrategyEdit(clientId, ({ item, direction }: { item: ItemRef; direction: Direction }) => commands.moveStrategyItem(item, direction));
}

export function useAcceptSuggestion(clientId: ClientId) {
  return useStrategyEdit(clientId, (suggestion: SuggestionRef) => commands.acceptSuggestion(clientId, suggestion));
}

export function useDismissSuggestion(clientId: ClientId) {
  return useStrategyEdit(clientId, (suggestion: SuggestionRef) => commands.dismissSuggestion(clientId, suggestion));
}
