// Adds a question to one client's questionnaire; the template stays as it is.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { Audience, ClientId, QuestionKind } from "../../bindings";
import { FormActions, FormError, SelectField, TextArea, TextField } from "../../components/fields";
import { errorFor, formError } from "../../lib/ipc";
import { useAddCustomQuestion } from "./queries";

export const KINDS: readonly QuestionKind[] = ["short_text", "long_text", "single_choice", "multiple_choice", "scale", "number", "date", "url", "channels"];
export const AUDIENCES: readonly Audience[] = ["business", "agency", "together"];
const FIELDS = ["prompt", "help", "options", "section"];

export function CustomQuestionForm({ clientId, section, onDone }: { clientId: ClientId; section: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddCustomQuestion(clientId);
  const [prompt, setPrompt] = useState("");
  const [help, setHelp] = useState("");
  const [kind, setKind] = useState<QuestionKind>("short_text");
  const [audience, setAudience] = useState<Audience>("business");
  const [options, setOptions] = useState("");
  const choice = kind === "single_choice" || kind === "multiple_choice";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ section, kind, audience, prompt, help, options: choice ? options.split("\n") : [] }, { onSuccess: onDone });
  };

  return (
    <form className="form-grid custom-question" onSubmit={submit} noValidate aria-label={t("questionnaire.addQuestion")}>
      <TextField label={t("questionnaire.prompt")} value={prompt} onChange={(e) => setPrompt(e.target.value)} error={errorFor(add.error, "prompt")} autoFocus />
      <SelectField label={t("questionnaire.kind")} value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("questionnaire.audience")} value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {t(`audience.${a}`)}
          </option>
        ))}
      </SelectField>
      {choice && (
        <TextArea
          label={t("questionnaire.options")}
          hint={t("questionnaire.optionsHint")}
          value={options}
          onChange={(e) => setOptions(e.target.value)}
          error={errorFor(add.error, "options")}
        />
      )}
      <TextField label={t("questionnaire.help")} value={help} onChange={(e) => setHelp(e.target.value)} error={errorFor(add.error, "help")} />
      <FormError error={formError(add.error, FIELDS)} />
      <FormActions submitLabel={t("questionnaire.addSubmit")} pending={add.isPending} onCancel={onDone} />
    </form>
  );
}
