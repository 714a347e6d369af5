// One question with the control its kind needs. Every change is saved at once
// (see useAnswerSaver); a value that does not fit its kind is reported under
// the field and the last good answer stays saved.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { AnswerInput, ChannelEntry, ClientId, Language, Question } from "../../bindings";
import { FieldError } from "../../components/fields";
import { formatDate, formatNumber } from "../../lib/format";
import { channelKeys, channelLabel } from "../../lib/i18n/channels";
import { useAnswerSaver } from "./queries";

interface Props {
  clientId: ClientId;
  question: Question;
  language: Language;
  number: number;
  tools?: React.ReactNode;
}

/** Kinds whose half-typed values are not yet valid: their errors wait for blur. */
const TYPED_KINDS = new Set(["number", "date", "url"]);

export function QuestionField({ clientId, question, language, number, tools }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const promptId = `${id}-prompt`;
  const errorId = `${id}-error`;
  const { save, state } = useAnswerSaver(clientId, question.id);
  const [blurred, setBlurred] = useState(false);
  const error = state.status === "error" && (!TYPED_KINDS.has(question.kind) || blurred) ? state.error : undefined;
  const controlProps = {
    question,
    language,
    promptId,
    errorId: error ? errorId : undefined,
    onChange: (input: AnswerInput) => {
      setBlurred(false);
      save(input);
    },
    onBlur: () => setBlurred(true),
  };

  return (
    <article className={`question ${question.answer ? "answered" : "open"}`} aria-labelledby={promptId}>
      <div className="question-head">
        <span className="question-number" aria-hidden="true">
          {number}.
        </span>
        <span id={promptId} className="prompt">
          {question.prompt[language]}
        </span>
        <span className={`badge audience-${question.audience}`}>{t(`audience.${question.audience}`)}</span>
        {!question.templateKey && <span className="badge custom">{t("questionnaire.custom")}</span>}
      </div>
      {question.help && <p className="hint">{question.help[language]}</p>}
      <Control {...controlProps} />
      <FieldError id={errorId} error={error} />
      <div className="question-tools">
        <span className="save-state" aria-live="polite">
          {state.status === "saving" && t("questionnaire.saving")}
          {state.status === "saved" && t("common.saved")}
        </span>
        {tools}
      </div>
    </article>
  );
}

interface ControlProps {
  question: Question;
  language: Language;
  promptId: string;
  errorId: string | undefined;
  onChange: (input: AnswerInput) => void;
  onBlur: () => void;
}

function Control(props: ControlProps) {
  switch (props.question.kind) {
    case "short_text":
    case "long_text":
    case "number":
    case "date":
    case "url":
      return <TypedControl {...props} />;
    case "single_choice":
      return <SingleChoice {...props} />;
    case "multiple_choice":
      return <MultipleChoice {...props} />;
    case "scale":
      return <Scale {...props} />;
    case "channels":
      return <Channels {...props} />;
  }
}

/** What the input shows for the saved answer when the screen opens. */
function initialText(question: Question, language: Language): string {
  const value = question.answer?.value;
  if (!value) return "";
  if (value.kind === "number") return value.value === null ? "" : formatNumber(value.value, language);
  if (value.kind === "date") return formatDate(value.value, language);
  return value.kind === "text" || value.kind === "url" ? value.value : "";
}

function TypedControl({ question, language, promptId, errorId, onChange, onBlur }: ControlProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => initialText(question, language));
  const kind = question.kind;
  const input = (value: string): AnswerInput =>
    kind === "number" ? { kind: "number", value } : kind === "date" ? { kind: "date", value } : kind === "url" ? { kind: "url", value } : { kind: "text", value };
  const common = {
    value: text,
    "aria-labelledby": promptId,
    "aria-describedby": errorId,
    "aria-invalid": errorId ? true : undefined,
    onBlur,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setText(e.target.value);
      onChange(input(e.target.value));
    },
  };
  if (kind === "long_text") return <textarea rows={4} {...common} />;
  const extra =
    kind === "number"
      ? { inputMode: "decimal" as const, placeholder: question.unit?.[language] ?? "" }
      : kind === "date"
        ? { inputMode: "numeric" as const, placeholder: t("questionnaire.datePlaceholder") }
        : kind === "url"
          ? { inputMode: "url" as const, placeholder: "https://" }
          : {};
  return (
    <div className="typed">
      <input type="text" {...common} {...extra} />
      {kind === "number" && question.unit && <span className="unit">{question.unit[language]}</span>}
    </div>
  );
}

function SingleChoice({ question, language, promptId, onChange }: ControlProps) {
  const { t } = useTranslation();
  const name = useId();
  const saved = question.answer?.value.kind === "choice" ? question.answer.value.value : "";
  const [chosen, setChosen] = useState(saved);
  const choose = (key: string) => {
    setChosen(key);
    onChange({ kind: "choice", value: key });
  };
  return (
    <div role="radiogroup" aria-labelledby={promptId} className="choices">
      {question.options.map((option) => (
        <label key={option.key}>
          <input type="radio" name={name} checked={chosen === option.key} onChange={() => choose(option.key)} /> {option.label[language]}
        </label>
      ))}
      {chosen && (
        <button type="button" className="subtle" onClick={() => choose("")}>
          {t("questionnaire.clear")}
        </button>
      )}
    </div>
  );
}

function MultipleChoice({ question, language, promptId, onChange }: ControlProps) {
  const saved = question.answer?.value.kind === "choices" ? question.answer.value.value : [];
  const [chosen, setChosen] = useState<string[]>(saved);
  const toggle = (key: string, on: boolean) => {
    const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
    setChosen(next);
    onChange({ kind: "choices", value: next });
  };
  return (
    <div role="group" aria-labelledby={promptId} className="choices">
      {question.options.map((option) => (
        <label key={option.key}>
          <input type="checkbox" checked={chosen.includes(option.key)} onChange={(e) => toggle(option.key, e.target.checked)} /> {option.label[language]}
        </label>
      ))}
    </div>
  );
}

function Scale({ question, language, promptId, onChange }: ControlProps) {
  const { t } = useTranslation();
  const name = useId();
  const saved = question.answer?.value.kind === "scale" ? question.answer.value.value : 0;
  const [value, setValue] = useState(saved);
  const choose = (n: number) => {
    setValue(n);
    onChange({ kind: "scale", value: n });
  };
  return (
    <div className="scale">
      {question.scale && <span className="scale-end">{question.scale.low[language]}</span>}
      <div role="radiogroup" aria-labelledby={promptId} className="scale-points">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name={name} checked={value === n} onChange={() => choose(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {question.scale && <span className="scale-end">{question.scale.high[language]}</span>}
      {value > 0 && (
        <button type="button" className="subtle" onClick={() => choose(0)}>
          {t("questionnaire.clear")}
        </button>
      )}
    </div>
  );
}

function Channels({ question, language, promptId, errorId, onChange }: ControlProps) {
  const { t } = useTranslation();
  const saved = question.answer?.value.kind === "channels" ? question.answer.value.value : [];
  const [entries, setEntries] = useState<ChannelEntry[]>(saved);
  const update = (next: ChannelEntry[]) => {
    setEntries(next);
    onChange({ kind: "channels", value: next });
  };
  return (
    <div role="group" aria-labelledby={promptId} aria-describedby={errorId} className="channels">
      {channelKeys.map((channel) => {
        const entry = entries.find((e) => e.channel === channel);
        const label = channelLabel(channel, language);
        return (
          <div key={channel} className="channel">
            <label>
              <input
                type="checkbox"
                checked={Boolean(entry)}
                onChange={(e) => update(e.target.checked ? [...entries, { channel, handle: "" }] : entries.filter((x) => x.channel !== channel))}
              />{" "}
              {label}
            </label>
            {entry && (
              <input
                type="text"
                aria-label={t("questionnaire.channelHandle", { channel: label })}
                placeholder={t("questionnaire.channelHandlePlaceholder")}
                value={entry.handle}
                onChange={(e) => update(entries.map((x) => (x.channel === channel ? { ...x, handle: e.target.value } : x)))}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
