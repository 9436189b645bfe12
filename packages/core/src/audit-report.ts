import type { Finding } from './audit.js';
import type { FactValue } from './dataset.js';
import { fill, formatWithUnit } from './i18n/format.js';
import type { AuditedFactId, Messages } from './i18n/messages.js';
import type { Unit } from './types.js';

/** One finding as text: the fact, what the source says, what checking it gives, the verdict. */
export interface FindingText {
  fact: string;
  reported: string;
  checked: string;
  finding: string;
}

function valueText(value: FactValue, unit: Unit, messages: Messages): string {
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
  for (const word of text.split(/\s+/)) {
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
