// Every version sent for approval, with who did what and when; a frozen
// version opens read only, and any two (or a version and the current draft)
// can be compared.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Block, Client, Strategy, VersionId, VersionRef, VersionSummary } from "../../bindings";
import { SelectField } from "../../components/fields";
import { formatDateTime } from "../../lib/format";
import { useLanguage } from "../../lib/i18n";
import { channelLabel } from "../../lib/i18n/channels";
import { DocumentView } from "./DocumentView";
import { useStrategyDiff, useStrategyVersion } from "./queries";

const DRAFT = "draft";

function toRef(value: string): VersionRef {
  return value === DRAFT ? { kind: "draft" } : { kind: "version", id: value as VersionId };
}

export function VersionsView({ client, strategy }: { client: Client; strategy: Strategy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<VersionId | null>(null);
  const versions = strategy.versions;
  const hasDraft = strategy.openVersion?.status === "draft";
  const [from, setFrom] = useState<string>(versions[1]?.id ?? versions[0]?.id ?? DRAFT);
  const [to, setTo] = useState<string>(hasDraft ? DRAFT : (versions[0]?.id ?? DRAFT));
  const date = (iso: string | null) => (iso ? formatDateTime(iso, language) : "");

  const describe = (v: VersionSummary) => {
    const lines = [];
    if (v.submittedAt) lines.push(t("strategy.versions.submittedOn", { date: date(v.submittedAt), by: v.submittedBy ?? "" }));
    if (v.decidedAt && v.decidedVia)
      lines.push(
        t("strategy.versions.decidedOn", {
          status: t(`strategy.versions.statuses.${v.status}`),
          date: date(v.decidedAt),
          by: v.decidedBy ?? "",
          via: t(`approval.vias.${v.decidedVia}`),
        }),
      );
    return lines;
  };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{t("strategy.versions.title")}</h2>
        {versions.length === 0 && <p className="empty">{t("strategy.versions.empty")}</p>}
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.id} className="version-item">
              <div>
                <strong>{t("strategy.versions.number", { number: v.number })}</strong>{" "}
                <span className={`badge version-${v.status}`}>{t(`strategy.versions.statuses.${v.status}`)}</span>
                {describe(v).map((line) => (
                  <p key={line} className="muted">
                    {line}
                  </p>
                ))}
                {v.comment && <p className="version-comment">{t("strategy.versions.comment", { comment: v.comment })}</p>}
              </div>
              <button type="button" onClick={() => setOpen(open === v.id ? null : v.id)} aria-expanded={open === v.id}>
                {t("strategy.versions.view", { number: v.number })}
              </button>
            </li>
          ))}
        </ol>
      </section>
      {open && <FrozenVersion id={open} onClose={() => setOpen(null)} />}
      {(versions.length > 1 || (versions.length > 0 && hasDraft)) && (
        <section className="card" aria-labelledby="compare-title">
          <h2 id="compare-title">{t("strategy.versions.compare")}</h2>
          <div className="form-grid">
            <SelectField label={t("strategy.versions.compareFrom")} value={from} onChange={(e) => setFrom(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t("strategy.versions.number", { number: v.number })} · {t(`strategy.versions.statuses.${v.status}`)}
                </option>
              ))}
              {hasDraft && <option value={DRAFT}>{t("strategy.versions.draftRef")}</option>}
            </SelectField>
            <SelectField label={t("strategy.versions.compareTo")} value={to} onChange={(e) => setTo(e.target.value)}>
              {hasDraft && <option value={DRAFT}>{t("strategy.versions.draftRef")}</option>}
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t("strategy.versions.number", { number: v.number })} · {t(`strategy.versions.statuses.${v.status}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <Changes client={client} from={toRef(from)} to={toRef(to)} />
        </section>
      )}
    </div>
  );
}

function FrozenVersion({ id, onClose }: { id: VersionId; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const version = useStrategyVersion(id).data;
  if (!version) return <div className="splash" aria-busy="true" />;
  const title = t("strategy.versions.frozen", { number: version.summary.number });
  return (
    <section className="card frozen" aria-label={title}>
      <div className="row-item">
        <h2 className="row-main">{title}</h2>
        <button type="button" onClick={onClose}>
          {t("strategy.versions.close")}
        </button>
      </div>
      <DocumentView document={version.document} t={t} language={language} />
    </section>
  );
}

function Changes({ client, from, to }: { client: Client; from: VersionRef; to: VersionRef }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = useStrategyDiff(client.id, from, to).data;
  if (!changes) return null;
  if (changes.length === 0) return <p className="empty">{t("strategy.versions.noChanges")}</p>;
  // A card's context ends with its block's key.
  const contextText = (area: string, context: string) => {
    if (area !== "card") return context;
    const parts = context.split(" · ");
    const block = parts.pop() as Block;
    return [...parts, t(`canvas.blocks.${block}`)].join(" · ");
  };
  const show = (field: string, value: string | null) => {
    if (value === null) return "";
    if (field === "channel" && value) return channelLabel(value, language);
    return value;
  };
  return (
    <table className="table diff" aria-label={t("strategy.versions.changes")}>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i} className={`diff-${c.kind}`}>
            <td>
              <span className="badge">{t(`strategy.versions.kinds.${c.kind}`)}</span>
            </td>
            <td>
              {t(`strategy.versions.areas.${c.area}`)}
              {c.context && <small className="muted"> · {contextText(c.area, c.context)}</small>}
            </td>
            <td>
              {c.kind === "changed" ? (
                <>
                  <del>{show(c.field, c.before)}</del> → <ins>{show(c.field, c.after)}</ins>
                </>
              ) : (
                (c.after ?? c.before)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
