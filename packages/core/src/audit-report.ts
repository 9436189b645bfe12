import type { Finding } from './audit.js';
import { gsiRows } from './data/gsi.js';
import type { FactValue } from './dataset.js';
import { countryName, fill, formatNumber, formatWithUnit } from './i18n/format.js';
import type { AuditedFactId, EditionValue, Messages } from './i18n/messages.js';
import type { Unit } from './types.js';

/** One finding as text: the fact, what the source says, what checking it gives, the verdict. */
export interface FindingText {
  fact: string;
  reported: string;
  checked: string;
  finding: string;
}

const prevalenceByCode = new Map(gsiRows.map((row) => [row.iso2, row.prevalencePer1000]));

function isEdition(value: string, messages: Messages): value is EditionValue {
  return Object.hasOwn(messages.audit.editions, value);
}

// Countries in order, by name. The checked order (`ranked`) joins countries of the same prevalence
// with "=" and gives each group's value, so that ties show; the article's order is its list of names.
function countryOrderText(codes: readonly string[], messages: Messages, ranked: boolean): string {
  const { locale } = messages;
  const name = (code: string) => countryName(code, locale, code);
  const groups: string[][] = [];
  let previous: number | undefined;
  for (const code of codes) {
    const prevalence = prevalenceByCode.get(code);
    const last = groups[groups.length - 1];
    if (ranked && last && prevalence !== undefined && prevalence === previous) last.push(code);
    else groups.push([code]);
    previous = prevalence;
  }
  return groups
    .map((group) => {
      const prevalence = prevalenceByCode.get(group[0] ?? '');
      const names = group.map(name).join(' = ');
      return ranked && prevalence !== undefined ? `${names} (${formatNumber(prevalence, locale)})` : names;
    })
    .join(', ');
}

function valueText(value: FactValue, unit: Unit, messages: Messages): string {
  if (unit === 'country-order') {
    if (typeof value === 'string') return countryOrderText(value.split(/,\s*/), messages, false);
    return typeof value === 'number' ? String(value) : countryOrderText(value, messages, true);
  }
  if (unit === 'edition' && typeof value === 'string' && isEdition(value, messages)) {
    return messages.audit.editions[value];
  }
  return typeof value === 'number' || typeof value === 'string'
    ? formatWithUnit(value, unit, messages)
    : formatWithUnit(value.join(', '), unit, messages);
}

function checkedText(finding: Finding, messages: Messages): string {
  const t = messages.audit;
  const parts: string[] = [];
  if (finding.recomputed)
    parts.push(fill(t.recomputed, { value: valueText(finding.recomputed.value, finding.recomputed.unit, messages) }));
  if (finding.implied)
    parts.push(fill(t.implies, { value: valueText(finding.implied.value, finding.implied.unit, messages) }));
  if (finding.corrected)
    parts.push(fill(t.corrected, { value: valueText(finding.corrected.value, finding.corrected.unit, messages) }));
  if (finding.conflictsWith) {
    parts.push(
      fill(t.conflict, { value: valueText(finding.conflictsWith.value, finding.conflictsWith.unit, messages) }),
    );
  }
  for (const reading of finding.readings ?? []) {
    const name = t.readings[reading.id as keyof typeof t.readings] ?? reading.meaning;
    parts.push(
      reading.fits && reading.implied !== null
        ? fill(t.readingFits, { reading: name, value: valueText(reading.implied, reading.unit, messages) })
        : fill(t.readingFails, { reading: name }),
    );
  }
  return parts.join('; ');
}

/** The findings as texts in the catalogue's locale. */
export function findingTexts(findings: readonly Finding[], messages: Messages): FindingText[] {
  const t = messages.audit;
  return findings.map((finding) => ({
    fact: t.facts[finding.factId as AuditedFactId] ?? finding.factId,
    reported: valueText(finding.reported.value, finding.reported.unit, messages),
    checked: checkedText(finding, messages),
    finding: t.kinds[finding.kind],
  }));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Breaking spaces only: a no-break space (`16,5 %`, `ст. 128`) keeps its words on one line.
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** The findings as a plain-text table for a terminal, in the catalogue's locale. */
export function formatAuditTable(findings: readonly Finding[], messages: Messages): string {
  const t = messages.audit;
  const widths = [34, 26, 52, 18];
  const header = [t.fact, t.reported, t.checked, t.finding];
  const rows = findingTexts(findings, messages).map((text) => [text.fact, text.reported, text.checked, text.finding]);
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  const render = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, index) => wrap(cell, widths[index] ?? 20));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((lines, index) => (lines[line] ?? '').padEnd(widths[index] ?? 20))
        .join(' │ ')
        .trimEnd(),
    ).join('\n');
  };
  return [t.title, '', render(header), rule, ...rows.map(render).flatMap((row) => [row, rule])].join('\n');
}
