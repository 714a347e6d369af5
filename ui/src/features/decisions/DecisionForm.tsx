// A decision as proposed: what, why, the alternatives, and what it is about.
// Used both to record a new one and to edit one still proposed.
import { Fragment, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Decision, DecisionInput, Side, SubjectKind } from "../../bindings";
import { FieldError, FormActions, FormError, SelectField, TextArea, TextField } from "../../components/fields";
import { AppError, errorFor, formError } from "../../lib/ipc";
import { SUBJECT_KINDS, useSubjectItems, type SubjectItem } from "./subjects";

const SIDES: readonly Side[] = ["agency", "business"];
const FIELDS = ["title", "context", "options", "choice", "rationale", "proposedBy", "supersedes", "subject"];

export const emptyDecision = (proposedBy: Side): DecisionInput => ({
  title: "",
  context: "",
  options: [""],
  choice: "",
  rationale: "",
  proposedBy,
  subject: null,
  supersedes: null,
});

export const decisionInput = (d: Decision): DecisionInput => ({
  title: d.title,
  context: d.context,
  options: d.options.length > 0 ? d.options : [""],
  choice: d.choice,
  rationale: d.rationale,
  proposedBy: d.proposedBy,
  subject: d.subject,
  supersedes: d.supersedes,
});

interface Option {
  key: number;
  text: string;
}

interface Props {
  clientId: ClientId;
  initial: DecisionInput;
  /** How the initial subject read when recorded, in case it is gone from the strategy. */
  subjectLabel?: string;
  /** Decisions this one may supersede: the approved ones. */
  candidates: Decision[];
  submitLabel: string;
  error: unknown;
  pending: boolean;
  onSubmit: (input: DecisionInput) => void;
  onCancel: () => void;
}

export function DecisionForm({ clientId, initial, subjectLabel, candidates, submitLabel, error, pending, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const items = useSubjectItems(clientId);
  const optionsErrorId = useId();
  const [input, setInput] = useState(initial);
  const [options, setOptions] = useState<Option[]>(() => initial.options.map((text, key) => ({ key, text })));
  const [subjectKind, setSubjectKind] = useState<SubjectKind | "">(initial.subject?.kind ?? "");
  const [subjectId, setSubjectId] = useState(initial.subject?.id ?? "");
  const [subjectMissing, setSubjectMissing] = useState(false);

  // The options are sent as typed, empty ones too, so `options.N` from the core
  // points at the N-th input on screen (the core drops the empty ones).
  const fields = [...FIELDS, ...options.map((_, i) => `options.${i}`)];
  const subjectError = subjectMissing
    ? new AppError({ kind: "invalid", code: "required", message: "", field: "subject", params: {} })
    : errorFor(error, "subject");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (subjectKind !== "" && subjectId === "") {
      setSubjectMissing(true);
      return;
    }
    setSubjectMissing(false);
    onSubmit({
      ...input,
      options: options.map((o) => o.text),
      subject: subjectKind === "" ? null : { kind: subjectKind, id: subjectId },
    });
  };

  const setOption = (key: number, text: string) => setOptions(options.map((o) => (o.key === key ? { ...o, text } : o)));
  const addOption = () => setOptions([...options, { key: Math.max(-1, ...options.map((o) => o.key)) + 1, text: "" }]);
  const removeOption = (key: number) => setOptions(options.filter((o) => o.key !== key));

  const kindItems: SubjectItem[] = subjectKind === "" ? [] : items[subjectKind];
  const known = kindItems.some((item) => item.id === subjectId);
  const keptSubject = subjectId !== "" && !known && subjectKind === initial.subject?.kind && subjectId === initial.subject.id;

  return (
    <form className="decision-form" onSubmit={submit} noValidate>
      <TextField
        label={t("decisions.form.title")}
        hint={t("decisions.form.titleHint")}
        value={input.title}
        onChange={(e) => setInput({ ...input, title: e.target.value })}
        error={errorFor(error, "title")}
        autoFocus
      />
      <TextArea
        label={t("decisions.form.context")}
        hint={t("decisions.form.contextHint")}
        value={input.context}
        onChange={(e) => setInput({ ...input, context: e.target.value })}
        error={errorFor(error, "context")}
      />
      <fieldset className="decision-options" aria-describedby={errorFor(error, "options") ? optionsErrorId : undefined}>
        <legend>{t("decisions.form.options")}</legend>
        <p className="hint">{t("decisions.form.optionsHint")}</p>
        {options.map((option, i) => (
          <div key={option.key} className="decision-option">
            <TextField
              label={t("decisions.form.option", { number: i + 1 })}
              value={option.text}
              onChange={(e) => setOption(option.key, e.target.value)}
              error={errorFor(error, `options.${i}`)}
            />
            <button type="button" className="subtle" onClick={() => removeOption(option.key)} aria-label={t("decisions.form.removeOption", { number: i + 1 })}>
              {t("decisions.form.remove")}
            </button>
          </div>
        ))}
        <FieldError id={optionsErrorId} error={errorFor(error, "options")} />
        <button type="button" onClick={addOption}>
          {t("decisions.form.addOption")}
        </button>
      </fieldset>
      <TextArea
        label={t("decisions.form.choice")}
        hint={t("decisions.form.choiceHint")}
        rows={2}
        value={input.choice}
        onChange={(e) => setInput({ ...input, choice: e.target.value })}
        error={errorFor(error, "choice")}
      />
      <TextArea
        label={t("decisions.form.rationale")}
        hint={t("decisions.form.rationaleHint")}
        value={input.rationale}
        onChange={(e) => setInput({ ...input, rationale: e.target.value })}
        error={errorFor(error, "rationale")}
      />
      <div className="decision-form-row">
        <SelectField
          label={t("decisions.form.proposedBy")}
          value={input.proposedBy}
          onChange={(e) => setInput({ ...input, proposedBy: e.target.value as Side })}
          error={errorFor(error, "proposedBy")}
        >
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`sides.${side}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("decisions.form.supersedes")}
          hint={t("decisions.form.supersedesHint")}
          value={input.supersedes ?? ""}
          onChange={(e) => setInput({ ...input, supersedes: e.target.value === "" ? null : e.target.value })}
          error={errorFor(error, "supersedes")}
        >
          <option value="">{t("decisions.form.supersedesNone")}</option>
          {candidates.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="decision-form-row">
        <SelectField
          label={t("decisions.form.subjectKind")}
          value={subjectKind}
          onChange={(e) => {
            setSubjectKind(e.target.value as SubjectKind | "");
            setSubjectId("");
            setSubjectMissing(false);
          }}
        >
          <option value="">{t("decisions.form.subjectNone")}</option>
          {SUBJECT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`decisions.subjects.${kind}`)}
            </option>
          ))}
        </SelectField>
        {subjectKind !== "" && (
          <SelectField
            label={t("decisions.form.subjectItem")}
            value={subjectId}
            onChange={(e) => {
              setSubjectId(e.target.value);
              setSubjectMissing(false);
            }}
            error={subjectError}
          >
            <option value="">{t("decisions.form.choose")}</option>
            {keptSubject && <option value={subjectId}>{subjectLabel || subjectId}</option>}
            <SubjectOptions items={kindItems} />
          </SelectField>
        )}
      </div>
      <FormError error={formError(error, fields)} />
      <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
    </form>
  );
}

/** Items as options, inside an optgroup when they have a group (questionnaire sections). */
function SubjectOptions({ items }: { items: SubjectItem[] }) {
  const groups: { name: string | undefined; items: SubjectItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.name === item.group) last.items.push(item);
    else groups.push({ name: item.group, items: [item] });
  }
  return groups.map((group, i) => {
    const options = group.items.map((item) => (
      <option key={item.id} value={item.id}>
        {item.label}
      </option>
    ));
    return group.name === undefined ? (
      <Fragment key={i}>{options}</Fragment>
    ) : (
      <optgroup key={`${i}-${group.name}`} label={group.name}>
        {options}
      </optgroup>
    );
  });
}
