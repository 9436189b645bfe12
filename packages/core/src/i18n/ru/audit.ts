import { ruNames } from '../glossary/ru.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. A no-break space (\u00a0) joins a number to %, «тыс.», «млн» and «ст.» to its number.

export const ruAudit: Messages['audit'] = {
  title: 'Проверка фактов: что сказано в статье и что даёт пересчёт',
  fact: 'Показатель',
  reported: 'В статье',
  checked: 'Проверка',
  finding: 'Вывод',
  kinds: { consistent: 'сходится', inconsistent: 'не сходится', ambiguous: 'неоднозначно', corrected: 'исправлено' },
  recomputed: 'пересчёт: {value}',
  implies: 'прежнее значение: {value}',
  corrected: 'первоисточник: {value}',
  conflict: 'другой источник: {value}',
  readingFits: '{reading}: подходит ({value})',
  readingFails: '{reading}: не подходит',
  readings: {
    'percentage-points': 'процентные пункты',
    'relative-share': 'рост доли',
    'relative-count': 'рост числа',
  },
  editions: {
    'GSI 2023 (estimates for 2021)': `${ruNames.slaveryIndex} 2023 (оценки за 2021 год)`,
    '2025': '«по итогам прошлого года» (2025)',
  },
  facts: {
    'gsi.unit': 'Единица распространённости',
    'gsi.edition': 'Выпуск индекса',
    'gsi.rank.KZ': 'Место Казахстана',
    'gsi.bestOrder': 'Порядок лучших стран',
    'gsi.prevalence.KZ': 'Распространённость: Казахстан',
    'gsi.prevalence.TM': 'Распространённость: Туркменистан',
    'gsi.prevalence.RU': 'Распространённость: Россия',
    'gsi.prevalence.TJ': 'Распространённость: Таджикистан',
    'gsi.prevalence.NO': 'Распространённость: Норвегия',
    'crimes.total.change': 'Все преступления, 2024→2025',
    'crimes.art128.change': 'Ст.\u00a0128, 2024→2025',
    'crimes.art135.tripled': 'Ст.\u00a0135: «выросло втрое»',
    'crimes.forcedMarriage.2025': 'Принуждение к браку, 2025',
    'victims.change': 'Пострадавшие, 2024→2025',
    'victims.womenShare.2025': 'Доля женщин среди пострадавших',
    'victims.women.change': 'Женщины: «+21,3\u00a0%»',
  },
};
