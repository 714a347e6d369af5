// A new or open transfer: whom (one of the business's own people), which
// skill, up to which level, in how many sessions, by when. What was typed
// stays in the form when the core refuses it, with the reason by the field.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Language, Person, Skill, Split, Transfer, TransferStatus } from "../../../bindings";
import { FormActions, FormError, SelectField, TextArea, TextField } from "../../../components/fields";
import { formatDate } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { formError } from "../../../lib/ipc";
import { useNavigation } from "../../app/navigation";
import { fieldError, invalid, type LocalErrors } from "./localErrors";
import { useSaveTransfer } from "./queries";
import { levelWord, parseWhole, SKILLS, toIsoDate } from "./words";

const TARGET_LEVELS = [1, 2, 3] as const;
const MAX_LEVEL = 3;
const EDITABLE_STATUSES: readonly TransferStatus[] = ["planned", "in_progress", "cancelled"];
const FIELDS = ["personId", "skill", "toLevel", "sessions", "dueDate", "status", "notes"];

interface Draft {
  personId: string;
  skill: Skill;
  toLevel: number;
  sessions: string;
  dueDate: string;
  status: TransferStatus;
  notes: string;
}

/** The level the transfer starts from: the one kept when planned, else the person's level now. */
function startLevel(draft: Draft, person: Person | undefined, transfer: Transfer | null): number | undefined {
  if (transfer && transfer.personId === draft.personId && transfer.skill === draft.skill) return transfer.fromLevel;
  return person?.skills[draft.skill];
}

function firstDraft(transfer: Transfer | null, people: readonly Person[], language: Language): Draft {
  if (transfer) {
    return {
      personId: transfer.personId,
      skill: transfer.skill,
      toLevel: transfer.toLevel,
      sessions: String(transfer.sessions),
      dueDate: formatDate(transfer.dueDate, language),
      status: transfer.status,
      notes: transfer.notes,
    };
  }
  const person = people[0];
  const skill: Skill = "strategy";
  return {
    personId: person?.id ?? "",
    skill,
    toLevel: Math.min(MAX_LEVEL, (person?.skills[skill] ?? 0) + 1),
    sessions: "",
    dueDate: "",
    status: "planned",
    notes: "",
  };
}

export function TransferForm({
  clientId,
  split,
  transfer,
  onSaved,
  onCancel,
}: {
  clientId: ClientId;
  split: Split;
  transfer: Transfer | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { navigate } = useNavigation();
  const save = useSaveTransfer(clientId);
  const people = split.people.filter((p) => p.side === "business");
  const [draft, setDraft] = useState<Draft>(() => firstDraft(transfer, people, language));
  const [local, setLocal] = useState<LocalErrors>({});
  const title = transfer ? t("splitPlan.transfers.edit") : t("splitPlan.transfers.new");
  const person = people.find((p) => p.id === draft.personId);
  const current = startLevel(draft, person, transfer);

  // A new person or skill moves the target above where they start, when it can.
  const choose = (next: Draft) => {
    const from = startLevel(next, people.find((p) => p.id === next.personId), transfer);
    const toLevel = from !== undefined && next.toLevel <= from && from < MAX_LEVEL ? from + 1 : next.toLevel;
    setDraft({ ...next, toLevel });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sessions = parseWhole(draft.sessions);
    const errors: LocalErrors = {};
    if (!draft.sessions.trim()) errors.sessions = invalid("sessions", "required");
    else if (sessions === null) errors.sessions = invalid("sessions", "invalid_number", { value: draft.sessions.trim() });
    if (!draft.dueDate.trim()) errors.dueDate = invalid("dueDate", "required");
    setLocal(errors);
    if (Object.keys(errors).length > 0 || sessions === null) {
      save.reset();
      return;
    }
    save.mutate(
      {
        id: transfer?.id ?? null,
        personId: draft.personId,
        skill: draft.skill,
        toLevel: draft.toLevel,
        sessions,
        dueDate: toIsoDate(draft.dueDate),
        status: draft.status,
        notes: draft.notes,
      },
      { onSuccess: onSaved },
    );
  };

  const cancel = () => {
    save.reset();
    onCancel();
  };

  return (
    <section className="card split-plan-form" aria-label={title}>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <>
          <p className="hint">{t("splitPlan.transfers.noPeople")}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => navigate({ screen: "client", clientId, tab: "people" })}>
              {t("splitPlan.transfers.goToPeople")}
            </button>
            <button type="button" onClick={cancel}>
              {t("common.cancel")}
            </button>
          </div>
        </>
      ) : (
        <form className="form-grid" onSubmit={submit} noValidate>
          <SelectField
            label={t("splitPlan.transfers.person")}
            value={draft.personId}
            onChange={(e) => choose({ ...draft, personId: e.target.value })}
            error={fieldError(local, save.error, "personId")}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("splitPlan.transfers.skill")}
            value={draft.skill}
            onChange={(e) => choose({ ...draft, skill: e.target.value as Skill })}
            error={fieldError(local, save.error, "skill")}
          >
            {SKILLS.map((skill) => (
              <option key={skill} value={skill}>
                {t(`skills.${skill}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("splitPlan.transfers.toLevel")}
            value={draft.toLevel}
            onChange={(e) => setDraft({ ...draft, toLevel: Number(e.target.value) })}
            hint={current === undefined ? undefined : t("splitPlan.transfers.currentLevel", { level: levelWord(t, current) })}
            error={fieldError(local, save.error, "toLevel")}
          >
            {TARGET_LEVELS.map((level) => (
              <option key={level} value={level}>
                {levelWord(t, level)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("splitPlan.transfers.sessions")}
            value={draft.sessions}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => setDraft({ ...draft, sessions: e.target.value })}
            hint={t("splitPlan.transfers.sessionsHint")}
            error={fieldError(local, save.error, "sessions")}
          />
          <TextField
            label={t("splitPlan.transfers.dueDate")}
            value={draft.dueDate}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t("splitPlan.transfers.datePlaceholder")}
            onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })}
            error={fieldError(local, save.error, "dueDate")}
          />
          <SelectField
            label={t("splitPlan.transfers.status")}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as TransferStatus })}
            error={fieldError(local, save.error, "status")}
          >
            {EDITABLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`splitPlan.transfers.statuses.${status}`)}
              </option>
            ))}
          </SelectField>
          <div className="wide">
            <TextArea
              label={t("splitPlan.transfers.notes")}
              value={draft.notes}
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
              error={fieldError(local, save.error, "notes")}
            />
          </div>
          <FormError error={formError(save.error, FIELDS)} />
          <FormActions submitLabel={t("common.save")} pending={save.isPending} onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
