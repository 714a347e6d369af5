// A strategy document, read only: a frozen version on screen, or the printed
// strategy for the business. Labels come from `t`, so a printout can be in
// the client's language whatever the UI speaks.
import type { TFunction } from "i18next";

import type { Block, Card, Language, StrategyDocument } from "../../bindings";
import { formatDate, formatNumber } from "../../lib/format";
import { microSummary } from "./social/ObjectivesSection";
import { planChannelName } from "./social/ObjectiveForm";

const CUSTOMER: Block[] = ["jobs", "pains", "gains"];
const OFFER: Block[] = ["products", "pain_relievers", "gain_creators"];
const BRAND: Block[] = ["values", "differentiators", "tone_adjectives", "tone_do", "tone_dont", "banned_topics", "key_messages"];

function CardList({ t, block, cards }: { t: TFunction; block: Block; cards: Card[] }) {
  const mine = cards.filter((c) => c.block === block);
  if (mine.length === 0) return null;
  return (
    <div className="doc-block">
      <h4>{t(`canvas.blocks.${block}`)}</h4>
      <ul>
        {mine.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function DocumentView({ document: doc, t, language }: { document: StrategyDocument; t: TFunction; language: Language }) {
  return (
    <div className="strategy-doc">
      {doc.mission && (
        <section>
          <h3>{t("strategy.print.mission")}</h3>
          <p className="doc-text">{doc.mission}</p>
        </section>
      )}
      {doc.segments.map((s) => (
        <section key={s.id}>
          <h3>{t("strategy.print.segment", { name: s.name })}</h3>
          {s.description && <p className="doc-text">{s.description}</p>}
          <div className="doc-columns">
            <div>
              <p className="doc-kicker">{t("strategy.print.customer")}</p>
              {CUSTOMER.map((b) => (
                <CardList key={b} t={t} block={b} cards={s.cards} />
              ))}
            </div>
            <div>
              <p className="doc-kicker">{t("strategy.print.offer")}</p>
              {OFFER.map((b) => (
                <CardList key={b} t={t} block={b} cards={s.cards} />
              ))}
            </div>
          </div>
        </section>
      ))}
      {doc.cards.length > 0 && (
        <section>
          <h3>{t("strategy.print.brand")}</h3>
          {BRAND.map((b) => (
            <CardList key={b} t={t} block={b} cards={doc.cards} />
          ))}
        </section>
      )}
      {doc.objectives.length > 0 && (
        <section>
          <h3>{t("strategy.objectives.title")}</h3>
          {doc.objectives.map((o) => (
            <div key={o.id} className="doc-block">
              <h4>
                {o.title} <small>({t(`strategy.categories.${o.category}`)})</small>
              </h4>
              {o.description && <p className="doc-text">{o.description}</p>}
              <ul>
                {o.micros.map((m) => (
                  <li key={m.id}>
                    <strong>{m.title}</strong>
                    {m.channel && ` — ${planChannelName(m.channel, doc.channels, language)}`}
                    {microSummary(m, t, language) && `: ${microSummary(m, t, language)}`}
                    {m.deadline && ` (${t("strategy.objectives.deadline")} ${formatDate(m.deadline, language)})`}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {doc.channels.length > 0 && (
        <section>
          <h3>{t("strategy.channels.title")}</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("strategy.channels.channel")}</th>
                <th scope="col">{t("strategy.channels.role")}</th>
                <th scope="col">{t("strategy.channels.audience")}</th>
                <th scope="col">{t("strategy.channels.importance")}</th>
                <th scope="col">{t("strategy.channels.postsPerWeek")}</th>
                <th scope="col">{t("strategy.channels.status")}</th>
              </tr>
            </thead>
            <tbody>
              {doc.channels.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{planChannelName(c.channel, doc.channels, language)}</th>
                  <td>{c.role}</td>
                  <td>{c.audience}</td>
                  <td>{c.importance} / 5</td>
                  <td>{formatNumber(c.postsPerWeek ?? 0, language)}</td>
                  <td>{t(`strategy.channels.statuses.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {doc.pillars.length > 0 && (
        <section>
          <h3>{t("strategy.pillars.title")}</h3>
          <ul>
            {doc.pillars.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> — {p.share}%{p.description && `: ${p.description}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
