// Who usually approves for the business: the questionnaire asks it
// (contacts.approver), and approval forms start from that name.
import type { ClientId } from "../../bindings";
import { useQuestionnaire } from "../questionnaire/queries";

export function useApproverName(clientId: ClientId): string {
  const questionnaire = useQuestionnaire(clientId).data;
  const question = questionnaire?.sections.flatMap((s) => s.questions).find((q) => q.templateKey === "contacts.approver");
  const value = question?.answer?.value;
  return value?.kind === "text" ? value.value : "";
}
