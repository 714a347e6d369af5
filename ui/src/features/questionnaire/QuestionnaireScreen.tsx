// The onboarding questionnaire of one client: sections with their progress,
// filters for open questions and for who must answer, custom questions.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Audience, Client, Question, QuestionId, Section } from "../../bindings";
import { Progress, FormError } from "../../components/fields";
import { useFirstScreenMark } from "../../lib/firstScreen";
import { useLanguage } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { useNavigation } from "../app/navigation";
import { AUDIENCES, CustomQuestionForm } from "./CustomQuestionForm";
import { firstNumbers } from "./numbering";
import { useMoveQuestion, useQuestionnaire, useRemoveCustomQuestion } from "./queries";
import { QuestionField } from "./QuestionField";

export function QuestionnaireScreen({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { navigate } = useNavigation();
  const questionnaire = useQuestionnaire(client.id);
  const [audience, setAudience] = useState<Audience | "all">("all");
  // While "open only" is on, the questions open when it was switched on stay
  // visible, so a question does not vanish under the cursor once answered.
  const [openOnly, setOpenOnly] = useState<Set<QuestionId> | null>(null);

  const data = questionnaire.data;
  useFirstScreenMark(data !== undefined);
  const visible = useMemo(() => {
    const keep = (q: Question) => (audience === "all" || q.audience === audience) && (!openOnly || openOnly.has(q.id) || !q.answer);
    return (data?.sections ?? []).map((section) => ({ section, questions: section.questions.filter(keep) }));
  }, [data, audience, openOnly]);

  if (questionnaire.isError) return <FormError error={toAppError(questionnaire.error)} />;
  if (!data) return <div className="splash" aria-busy="true" />;

  const toggleOpenOnly = (on: boolean) =>
    setOpenOnly(on ? new Set(data.sections.flatMap((s) => s.questions.filter((q) => !q.answer).map((q) => q.id))) : null);
  const firsts = firstNumbers(visible.map((v) => v.questions.length));
  const shown = visible.reduce((n, v) => n + v.questions.length, 0);

  return (
    <div className="screen questionnaire">
      <header className="screen-header">
        <h1>{t("questionnaire.title", { name: client.name })}</h1>
        <button type="button" onClick={() => navigate({ screen: "print", clientId: client.id })}>
          {t("questionnaire.print")}
        </button>
      </header>
      <div className="summary">
        <Progress label={t("questionnaire.overall")} percent={data.completion.percent} />
        <span>{t("questionnaire.answeredOf", { answered: data.completion.answered, total: data.completion.total })}</span>
      </div>
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={openOnly !== null} onChange={(e) => toggleOpenOnly(e.target.checked)} /> {t("questionnaire.openOnly")}
        </label>
        <label>
          {t("questionnaire.whoAnswers")}{" "}
          <select value={audience} onChange={(e) => setAudience(e.target.value as Audience | "all")}>
            <option value="all">{t("questionnaire.everyone")}</option>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`audience.${a}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="questionnaire-layout">
        <nav className="toc" aria-label={t("questionnaire.sections")}>
          <ol>
            {data.sections.map((section) => (
              <li key={section.key}>
                <button type="button" className="link" onClick={() => document.getElementById(`section-${section.key}`)?.scrollIntoView({ behavior: "smooth" })}>
                  {section.title[language]}
                </button>
                <span className={`pct ${section.completion.percent === 100 ? "done" : ""}`}>{section.completion.percent}%</span>
              </li>
            ))}
          </ol>
        </nav>
        <div className="sections">
          {shown === 0 && <p className="empty">{t("questionnaire.nothingOpen")}</p>}
          {visible.map(({ section, questions }, i) =>
            questions.length === 0 && openOnly ? null : (
              <SectionBlock key={section.key} client={client} section={section} questions={questions} firstNumber={firsts[i] ?? 1} />
            ),
          )}
        </div>
      </div>
    </div>
  );
}

function SectionBlock({ client, section, questions, firstNumber }: { client: Client; section: Section; questions: Question[]; firstNumber: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const move = useMoveQuestion(client.id);
  const remove = useRemoveCustomQuestion(client.id);
  const [confirming, setConfirming] = useState<QuestionId | null>(null);
  const titleId = `section-${section.key}-title`;
  const title = section.title[language];

  return (
    <section id={`section-${section.key}`} className="card section" aria-labelledby={titleId}>
      <header className="section-header">
        <h2 id={titleId}>{title}</h2>
        <Progress label={t("questionnaire.sectionCompletion", { section: title })} percent={section.completion.percent} />
      </header>
      <p className="hint">{section.description[language]}</p>
      {questions.map((question, index) => {
        const position = section.questions.findIndex((q) => q.id === question.id);
        const prompt = question.prompt[language];
        const tools = (
          <>
            <button
              type="button"
              className="subtle"
              disabled={position === 0 || move.isPending}
              onClick={() => move.mutate({ id: question.id, direction: "up" })}
              aria-label={t("questionnaire.moveUp", { prompt })}
            >
              ↑
            </button>
            <button
              type="button"
              className="subtle"
              disabled={position === section.questions.length - 1 || move.isPending}
              onClick={() => move.mutate({ id: question.id, direction: "down" })}
              aria-label={t("questionnaire.moveDown", { prompt })}
            >
              ↓
            </button>
            {!question.templateKey &&
              (confirming === question.id ? (
                <button type="button" className="danger" onClick={() => remove.mutate(question.id, { onSuccess: () => setConfirming(null) })}>
                  {t("questionnaire.confirmRemove")}
                </button>
              ) : (
                <button type="button" className="subtle" onClick={() => setConfirming(question.id)} aria-label={t("questionnaire.remove", { prompt })}>
                  {t("common.delete")}
                </button>
              ))}
          </>
        );
        return <QuestionField key={question.id} clientId={client.id} question={question} language={language} number={firstNumber + index} tools={tools} />;
      })}
      {adding ? (
        <CustomQuestionForm clientId={client.id} section={section.key} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="subtle add-question" onClick={() => setAdding(true)} aria-label={t("questionnaire.addTo", { section: title })}>
          + {t("questionnaire.addQuestion")}
        </button>
      )}
    </section>
  );
}
