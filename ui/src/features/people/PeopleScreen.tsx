// Who works on this client's social media, on both sides, with their time and skills.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Person, PersonId, Side } from "../../bindings";
import { useLanguage } from "../../lib/i18n";
import { formatNumber } from "../../lib/format";
import { emptyPerson, PersonForm, SKILLS } from "./PersonForm";
import { useCreatePerson, useDeletePerson, usePeople, useUpdatePerson } from "./queries";

export function PeopleScreen({ client }: { client: Client }) {
  const { t } = useTranslation();
  const people = usePeople(client.id);
  const create = useCreatePerson(client.id);
  const [adding, setAdding] = useState<Side | null>(null);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t("people.title", { name: client.name })}</h1>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding("business")}>
            {t("people.add")}
          </button>
        )}
      </header>
      {adding && (
        <section className="card" aria-labelledby="new-person-title">
          <h2 id="new-person-title">{t("people.add")}</h2>
          <PersonForm
            initial={emptyPerson(adding)}
            submitLabel={t("people.addSubmit")}
            error={create.error}
            pending={create.isPending}
            onCancel={() => {
              create.reset();
              setAdding(null);
            }}
            onSubmit={(input) => create.mutate(input, { onSuccess: () => setAdding(null) })}
          />
        </section>
      )}
      {(["business", "agency"] as const).map((side) => (
        <SideGroup key={side} client={client} side={side} people={(people.data ?? []).filter((p) => p.side === side)} />
      ))}
    </div>
  );
}

function SideGroup({ client, side, people }: { client: Client; side: Side; people: Person[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdatePerson(client.id);
  const remove = useDeletePerson(client.id);
  const [editing, setEditing] = useState<PersonId | null>(null);
  const [confirming, setConfirming] = useState<PersonId | null>(null);
  const titleId = `people-${side}`;
  const hours = people.reduce((sum, p) => sum + (p.weeklyHours ?? 0), 0);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t(`people.side_${side}`)} <small>{t("people.totalHours", { hours: formatNumber(hours, language) })}</small>
      </h2>
      {people.length === 0 && <p className="empty">{t("people.none")}</p>}
      <ul className="people">
        {people.map((person) =>
          editing === person.id ? (
            <li key={person.id}>
              <PersonForm
                initial={person}
                submitLabel={t("common.save")}
                error={update.error}
                pending={update.isPending}
                onCancel={() => {
                  update.reset();
                  setEditing(null);
                }}
                onSubmit={(input) => update.mutate({ id: person.id, input }, { onSuccess: () => setEditing(null) })}
              />
            </li>
          ) : (
            <li key={person.id} aria-label={person.name}>
              <div className="person-head">
                <strong>{person.name}</strong>
                {person.role && <span> · {person.role}</span>}
                <span className="muted"> · {t("people.hoursPerWeek", { hours: formatNumber(person.weeklyHours ?? 0, language) })}</span>
              </div>
              <ul className="skill-list" aria-label={t("people.skills")}>
                {SKILLS.map((skill) => (
                  <li key={skill} className={`level-${person.skills[skill]}`}>
                    {t(`skills.${skill}`)}: {person.skills[skill]}
                  </li>
                ))}
              </ul>
              <div className="actions">
                <button type="button" onClick={() => setEditing(person.id)} aria-label={t("people.editNamed", { name: person.name })}>
                  {t("common.edit")}
                </button>
                {confirming === person.id ? (
                  <>
                    <button type="button" className="danger" onClick={() => remove.mutate(person.id, { onSuccess: () => setConfirming(null) })}>
                      {t("people.confirmDelete", { name: person.name })}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t("common.cancel")}
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirming(person.id)} aria-label={t("people.deleteNamed", { name: person.name })}>
                    {t("common.delete")}
                  </button>
                )}
              </div>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
