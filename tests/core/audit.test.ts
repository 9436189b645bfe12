import { describe, expect, it } from 'vitest';
import { dataset } from '../../packages/core/src/dataset.js';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import {
  audit,
  type Dataset,
  type Finding,
  findingTexts,
  formatAuditTable,
  locales,
} from '../../packages/core/src/index.js';

const findings = audit(dataset);
const byFact = (id: string): Finding | undefined => findings.find((finding) => finding.factId === id);

describe('audit(dataset)', () => {
  it('finds the −16.5 % fall of all offences consistent', () => {
    expect(byFact('crimes.total.change')).toMatchObject({ kind: 'consistent', reported: { value: -16.5 } });
    expect(byFact('crimes.total.change')?.recomputed?.value).toBeCloseTo(-16.53, 2);
  });

  it('finds that Art. 128’s −20 % implies 15 in 2024', () => {
    expect(byFact('crimes.art128.change')).toMatchObject({
      kind: 'consistent',
      implied: { factId: 'crimes.art128.2024', value: 15 },
    });
  });

  it('finds that the −7.6 % fall of victims implies 172 in 2024', () => {
    expect(byFact('victims.change')).toMatchObject({
      kind: 'consistent',
      implied: { factId: 'victims.2024', value: 172 },
    });
  });

  it('finds “tripled” inconsistent: Art. 135 rose ×3.44', () => {
    const finding = byFact('crimes.art135.tripled');
    expect(finding?.kind).toBe('inconsistent');
    expect(finding?.recomputed?.value).toBeCloseTo(3.44, 2);
  });

  it('keeps the women’s “+21.3 %” ambiguous: points do not fit, both relative readings do', () => {
    const finding = byFact('victims.women.change');
    expect(finding?.kind).toBe('ambiguous');
    expect(finding?.readings?.map((reading) => reading.fits)).toEqual([false, true, true]);
  });

  it('reports the GSI unit and Kazakhstan’s value as corrected, with both values', () => {
    expect(byFact('gsi.unit')).toMatchObject({
      kind: 'corrected',
      reported: { value: 'per-100000' },
      corrected: { value: 'per-1000' },
    });
    expect(byFact('gsi.prevalence.KZ')).toMatchObject({
      kind: 'corrected',
      reported: { value: 1.9, unit: 'per-100000' },
      corrected: { value: 11.1, unit: 'per-1000' },
    });
  });

  it('finds the forced-marriage count in conflict with the Interior Ministry’s', () => {
    expect(byFact('crimes.forcedMarriage.2025')).toMatchObject({
      kind: 'inconsistent',
      reported: { value: 5 },
      conflictsWith: { factId: 'crimes.forcedMarriage.interiorMinistry', value: 7 },
    });
  });

  it('finds the women’s 46.5 % share consistent with 74 of 159', () => {
    expect(byFact('victims.womenShare.2025')).toMatchObject({ kind: 'consistent', implied: { value: 74 } });
  });

  it('recomputes from the data it is given, not from the bundled figures', () => {
    const total2025 = dataset.facts['crimes.total.2025'];
    if (total2025?.status !== 'reported') throw new Error('crimes.total.2025 should be reported');
    const altered: Dataset = {
      ...dataset,
      facts: { ...dataset.facts, 'crimes.total.2025': { ...total2025, value: 300 } },
    };
    expect(audit(altered).find((finding) => finding.factId === 'crimes.total.change')?.kind).toBe('inconsistent');
  });

  it('skips a claim whose inputs are unknown', () => {
    const total2024 = dataset.facts['crimes.total.2024'];
    if (total2024?.status !== 'reported') throw new Error('crimes.total.2024 should be reported');
    const altered: Dataset = {
      ...dataset,
      facts: {
        ...dataset.facts,
        'crimes.total.2024': { ...total2024, status: 'unknown', value: null, reason: 'test' },
      },
    };
    expect(audit(altered).some((finding) => finding.factId === 'crimes.total.change')).toBe(false);
  });
});

describe('the audit in each locale', () => {
  it.each(locales)('labels every finding and every verdict in %s', (locale) => {
    const messages = catalogues[locale];
    const texts = findingTexts(findings, messages);
    expect(texts).toHaveLength(findings.length);
    for (const [index, text] of texts.entries()) {
      const finding = findings[index];
      expect(text.fact, finding?.factId).not.toBe(finding?.factId);
      expect(text.finding).toBe(messages.audit.kinds[finding?.kind ?? 'consistent']);
      expect(`${text.reported} ${text.checked}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('prints the expected findings as a table (ru)', () => {
    const table = formatAuditTable(findings, catalogues.ru);
    expect(table).toContain('Проверка фактов');
    expect(table).toContain('\u221216,5\u00a0%');
    expect(table).not.toMatch(/-\d/);
    expect(table).toContain('прежнее значение: 15');
    expect(table).toContain('прежнее значение: 172');
    expect(table).toContain('×3,44');
    expect(table).toContain('процентные пункты: не подходит');
    expect(table).toMatch(/1,9 на 100\u00a0тыс\. жителей\s+│ первоисточник: 11,1 на 1000 жителей/);
    // The edition in Russian, and the best countries by name with their ties.
    expect(table).toMatch(/«по итогам прошлого года»\s+│ первоисточник: Глобальный индекс рабства 2023/);
    expect(table).toMatch(/Норвегия, Финляндия,\s+│ первоисточник: Норвегия = Швейцария \(0,5\), Дания =/);
    expect(table).not.toContain('GSI 2023');
    expect(table).not.toMatch(/\b(NO|CH|DK|NL|FI|PT)\b/);
    expect(table).toContain('другой источник: 7');
  });

  it('prints the expected findings as a table (kk and en)', () => {
    const kk = formatAuditTable(findings, catalogues.kk);
    expect(kk).toContain('Фактілерді тексеру');
    expect(kk).toContain('бұрынғы мән: 172');
    expect(kk).toContain('екіұшты');
    expect(kk).toContain('Жаһандық құлдық индексі 2023');
    expect(kk).toMatch(/Норвегия = Швейцария \(0,5\), Дания\s/);
    expect(kk).not.toContain('GSI 2023');
    const en = formatAuditTable(findings, catalogues.en);
    expect(en).toContain('earlier value: 15');
    expect(en).toContain('×3.44');
    expect(en).toContain('1.9 per 100,000 population');
    expect(en).toMatch(/Norway = Switzerland \(0\.5\), Denmark\s/);
    expect(en).toContain('percentage points: does not fit');
  });
});
