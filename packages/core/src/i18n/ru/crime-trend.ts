import { ruNames } from '../glossary/ru.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. A no-break space (\u00a0) joins a number to %, «тыс.», «млн» and «ст.» to its number.

export const ruCrimeTrend: Messages['crimeTrend'] = {
  title: 'Преступления, связанные с торговлей людьми',
  subtitle: 'Зарегистрированные уголовные правонарушения по годам, {years}',
  year: 'Год',
  series: {
    total: 'Все связанные с торговлей людьми (9 статей УК)',
    art128: `Ст.\u00a0128 «${ruNames.art128}»`,
    art135: `Ст.\u00a0135 «${ruNames.art135}»`,
  },
  seriesInText: {
    total: 'все связанные с торговлей людьми (9 статей УК)',
    art128: `ст.\u00a0128 «${ruNames.art128}»`,
    art135: `ст.\u00a0135 «${ruNames.art135}»`,
  },
  seriesShort: {
    total: 'Все связанные с торговлей людьми',
    art128: 'Ст.\u00a0128',
    art135: 'Ст.\u00a0135',
  },
  gap: 'не опубликовано',
  gapMinimum: 'не опубликовано; минимум периода, более 150',
  change: '{series}: {change} ({from}→{to})',
  multiple: '{series}: ×{multiple} ({from}→{to})',
  gapNote: 'Данные за {years} не опубликованы: на графике это разрыв, а не линия.',
  minimumNote: 'Известно лишь, что ежегодно регистрируется более 150 дел и что минимум пришёлся на 2022 год.',
  derivedNote:
    'Значение ст.\u00a0128 за 2024 год (15) вычислено, а не опубликовано: это единственное целое число, из которого снижение на 20\u00a0% даёт 12 случаев в 2025 году.',
  contextNote:
    'МВД сообщает о 164 таких преступлениях за 2025 год: это другой учёт, он не смешивается с данными Генеральной прокуратуры.',
  describeSummary: 'Линейный график: {series}, {from}–{to}.',
  describeSeries: '{series}: {values}.',
  describeGaps: 'Нет данных за {years}.',
};
