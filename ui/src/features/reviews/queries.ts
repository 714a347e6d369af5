// Review meetings of a client: the list (with when the next is due) and one
// review with its agenda. Applying an outcome changes the plan, so the
// strategy, calendar, split, monitoring and decision log are refreshed too.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import {
  commands,
  type ClientId,
  type IpcError,
  type OutcomeInput,
  type Review,
  type ReviewId,
  type ReviewItemId,
  type Reviews,
} from "../../bindings";
import { call, type Result } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useReviews(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.reviews.list(clientId), queryFn: () => call(commands.listReviews(clientId)) });
}

export function useReview(id: ReviewId | null) {
  return useQuery({
    queryKey: queryKeys.reviews.detail(id ?? ("" as ReviewId)),
    queryFn: () => call(commands.getReview(id!)),
    enabled: id !== null,
  });
}

/** A mutation whose command returns a review; everything it may have changed is refreshed. */
export function useReviewEdit<V>(clientId: ClientId, run: (variables: V) => Promise<Result<Review, IpcError>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(run(variables)),
    onSuccess: (review) => {
      queryClient.setQueryData(queryKeys.reviews.detail(review.id), review);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.strategy.detail(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.split.detail(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.monitoring.detail(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.calendar.all });
    },
  });
}

/** What an outcome would do to the plan; nothing is written, so nothing is cached. */
export function usePreviewOutcome() {
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: ReviewItemId; input: OutcomeInput }) => call(commands.previewReviewOutcome(itemId, input)),
  });
}

/** Deletes a review nothing was decided in. */
export function useDeleteReview(clientId: ClientId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: ReviewId) => call(commands.deleteReview(id)),
    onSuccess: (_, id) => {
      // Gone from the list at once, so nothing shows it while the list reloads.
      queryClient.setQueryData<Reviews>(queryKeys.reviews.list(clientId), (old) => old && { ...old, reviews: old.reviews.filter((r) => r.id !== id) });
      queryClient.removeQueries({ queryKey: queryKeys.reviews.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list(clientId) });
    },
  });
}
