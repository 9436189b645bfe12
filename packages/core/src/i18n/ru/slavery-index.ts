import { ruNames } from '../glossary/ru.js';
import type { Messages, UnitMessages } from '../messages.js';

// Typography: STYLE.md. A no-break space (\u00a0) joins a number to %, «тыс.», «млн» and «ст.» to its number.

/** How values are written with their units. */
export const ruUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': `{value} ${ruNames.perThousand}`,
    'per-100000': '{value} на 100\u00a0тыс. жителей',
    people: '{value}',
    offences: '{value}',
    cases: '{value}',
    proceedings: '{value}',
    percent: '{value}\u00a0%',
    'percentage-points': '{value}\u00a0п.\u00a0п.',
    ratio: '×{value}',
    tenge: '{value}',
    years: '{value}',
    rank: '{value}-е место',
    'score-0-100': '{value} из 100',
    tier: '{value}',
    'unit-name': '{value}',
    edition: '{value}',
    'country-order': '{value}',
  },
  unitNames: { 'per-1000': ruNames.perThousand, 'per-100000': 'на 100\u00a0тыс. жителей' },
};

export const ruSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Распространённость современного рабства',
  subtitle: 'Оценка числа людей в условиях современного рабства на 1000 жителей',
  period: `2021 год (${ruNames.slaveryIndex} 2023)`,
  periodEdition: '{year} год ({edition})',
  mixedEditionsNote: 'Оценки взяты из разных выпусков индекса и напрямую не сравниваются: {editions}.',
  country: 'Страна',
  prevalence: 'На 1000 жителей',
  people: 'Оценка числа людей',
  correctionNote:
    'Исправлено: в статье у Казахстана {asReported}. По данным Walk Free — {value}, это {rank} из 160 стран, если считать от самой высокой распространённости; 1,9 не совпадает со значением Казахстана ни в одной единице. Указанное в статье «{rankAsReported} из 157» проверить не удалось: такого места ни в одном выпуске индекса мы не нашли.',
  unitNote: 'Walk Free публикует оценки на 1000 жителей, а не на 100\u00a0тыс., как написано в статье.',
  describeSummary:
    'Горизонтальная столбчатая диаграмма: распространённость современного рабства, {count}, по данным Глобального индекса рабства 2023.',
  describeCustomSummary: 'Горизонтальная столбчатая диаграмма: распространённость современного рабства, {count}.',
  describeExtremes: 'Выше всего — {highest} ({highestValue} на 1000 жителей), ниже всего — {lowest} ({lowestValue}).',
  describeHighlight: '{country}: {value} на 1000 жителей, {position} из {count} по распространённости.',
};
