// The questionnaire as a document to send to the client, in the client's
// language: printed, or saved as PDF from the system print dialog.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Language } from "../../bindings";
import { PrintToolbar } from "../../components/PrintToolbar";
import { formatDateTime } from "../../lib/format";
import { useNavigation } from "../app/navigation";
import { useClient } from "../clients/queries";
import { answerText } from "./answerText";
import { firstNumbers } from "./numbering";
import { useQuestionnaire } from "./queries";

export function PrintQuestionnaire({ clientId }: { clientId: ClientId }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const client = useClient(clientId).data;
  const questionnaire = useQuestionnaire(clientId).data;
  const [language, setLanguage] = useState<Language | null>(null);
  if (!client || !questionnaire) return <div className="splash" aria-busy="true" />;
  const docLanguage = language ?? client.language;
  const d = i18n.getFixedT(docLanguage);
  const firsts = firstNumbers(questionnaire.sections.map((s) => s.questions.length));

  return (
    <div className="print-page">
      <PrintToolbar
        backLabel={t("print.back")}
        onBack={() => navigate({ screen: "client", clientId, tab: "questionnaire" })}
        printLabel={t("print.print")}
        language={docLanguage}
        onLanguage={setLanguage}
      />
      <article className="document" lang={docLanguage} aria-label={d("print.documentTitle")}>
        <header>
          <p className="doc-kicker">Regia</p>
          <h1>{d("print.documentTitle")}</h1>
          <p className="doc-client">{client.name}</p>
          <p className="doc-meta">
            {d("print.generated", { date: formatDateTime(new Date().toISOString(), docLanguage) })} ·{" "}
            {d("questionnaire.answeredOf", { answered: questionnaire.completion.answered, total: questionnaire.completion.total })}
          </p>
          <p>{d("print.intro")}</p>
        </header>
        {questionnaire.sections.map((section, i) => (
          <section key={section.key}>
            <h2>{section.title[docLanguage]}</h2>
            <p className="doc-description">{section.description[docLanguage]}</p>
            <ol className="doc-questions" start={firsts[i]}>
              {section.questions.map((question) => {
                const answer = answerText(question, docLanguage);
                return (
                  <li key={question.id}>
                    <p className="doc-prompt">
                      {question.prompt[docLanguage]} <span className="doc-audience">({d(`audience.${question.audience}`)})</span>
                    </p>
                    {answer ? <p className="doc-answer">{answer}</p> : <p className="doc-blank">{d("print.toAnswer")}</p>}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </article>
    </div>
  );
}
