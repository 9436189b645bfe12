import { type FactStatus, formatWithUnit, type Locale } from '@kz-trafficking/core';
import { dataset } from '@kz-trafficking/core/dataset';
import { messagesFor } from '@kz-trafficking/core/messages';
import { useState } from 'react';
import { DocTable, LocalePicker } from './shared.js';

const statusText: Record<FactStatus, string> = {
  reported: 'reported — stated by its source',
  derived: 'derived — computed from other facts',
  corrected: 'corrected — the article conflicts with the primary source',
  unknown: 'unknown — not published, never guessed',
  ambiguous: 'ambiguous — the wording allows several readings',
};

type AnyFact = (typeof dataset.facts)[string];

function factValueText(fact: AnyFact, locale: Locale): string {
  if (fact.value === null) return '—';
  const value = Array.isArray(fact.value) ? fact.value.join(', ') : (fact.value as number | string);
  return formatWithUnit(value, fact.unit, messagesFor(locale));
}

function SourceCell({ fact }: { fact: AnyFact }) {
  const source = dataset.sources[fact.source];
  const via = fact.via ? dataset.sources[fact.via] : undefined;
  if (!source) return <>{fact.source}</>;
  const name = `${source.publisher}, ${source.title} (${source.date})`;
  return (
    <>
      {source.url ? <a href={source.url}>{name}</a> : name}
      {via ? <>, via {via.url ? <a href={via.url}>{via.publisher}</a> : via.publisher}</> : null}
    </>
  );
}

/** What the methodology page says about a fact beyond its value. */
function detailsOf(fact: AnyFact, locale: Locale): string {
  const parts: string[] = [];
  if (fact.status === 'derived') parts.push(`Formula: ${fact.formula}`);
  if (fact.status === 'corrected') {
    const reported = formatWithUnit(
      fact.asReported.value as number | string,
      fact.asReported.unit,
      messagesFor(locale),
    );
    parts.push(`As reported: ${reported}. ${fact.reason}`);
  }
  if (fact.status === 'unknown') parts.push(fact.reason);
  if (fact.status === 'ambiguous') {
    parts.push(
      `Readings: ${fact.readings.map((reading) => `${reading.meaning} (${reading.fits ? 'fits' : 'does not fit'})`).join('; ')}`,
    );
  }
  if (fact.approximate) parts.push('Approximate.');
  if (fact.context) parts.push('Context only: a different measure, never charted with the main series.');
  if (fact.note) parts.push(fact.note);
  return parts.join(' ');
}

/** Every fact of the bundled dataset, read from `@kz-trafficking/core` when the page renders. */
export function DatasetFacts() {
  const [locale, setLocale] = useState<Locale>('en');
  const facts = Object.values(dataset.facts);
  const counts = facts.reduce<Partial<Record<FactStatus, number>>>((all, fact) => {
    all[fact.status] = (all[fact.status] ?? 0) + 1;
    return all;
  }, {});
  return (
    <div>
      <p>
        {facts.length} facts:{' '}
        {Object.entries(counts)
          .map(([status, count]) => `${count} ${status}`)
          .join(', ')}
        .
      </p>
      <ul>
        {Object.entries(statusText).map(([status, text]) => (
          <li key={status}>
            <strong>{text.split(' — ')[0]}</strong> — {text.split(' — ')[1]}
          </li>
        ))}
      </ul>
      <LocalePicker value={locale} onChange={setLocale} />
      <DocTable
        caption="Facts of the dataset"
        columns={['Id', 'Status', 'Value', 'Unit', 'Period', 'Source', 'Details']}
        rows={facts.map((fact) => [
          <code key="id">{fact.id}</code>,
          fact.status,
          factValueText(fact, locale),
          fact.unit,
          fact.period,
          <SourceCell key="source" fact={fact} />,
          detailsOf(fact, locale),
        ])}
      />
    </div>
  );
}
