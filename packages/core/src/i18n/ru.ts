import { named, term } from './glossary.js';
import type { CommonMessages, Messages, UnitMessages } from './messages.js';

// Typography: STYLE.md. A no-break space (\u00a0) joins a number to %, «тыс.», «млн» and «ст.» to its number.

/** Russian, the default locale: the texts every chart uses. */
export const ruCommon: CommonMessages = {
  locale: 'ru',
  plural: {
    cases: { one: '{count} случай', few: '{count} случая', many: '{count} случаев', other: '{count} случая' },
    people: { one: '{count} человек', few: '{count} человека', many: '{count} человек', other: '{count} человека' },
    countries: { one: '{count} страна', few: '{count} страны', many: '{count} стран', other: '{count} страны' },
    victims: {
      one: '{count} пострадавший',
      few: '{count} пострадавших',
      many: '{count} пострадавших',
      other: '{count} пострадавшего',
    },
  },
  ordinal: { other: '{count}-е место' },
  sources: {
    'ranking-kz-2026': 'ranking.kz, 15.01.2026',
    kpsisu: /* @__PURE__ */ term('committee', 'ru'),
    'gsi-2023': /* @__PURE__ */ named('Walk Free, {name} 2023', 'slaveryIndex', 'ru'),
    'stat-gov-kz': /* @__PURE__ */ term('statisticsBureau', 'ru'),
    'interior-ministry': /* @__PURE__ */ term('interiorMinistry', 'ru'),
    'labour-ministry': /* @__PURE__ */ term('labourMinistry', 'ru'),
    'us-tip-report': 'Госдепартамент США, доклад о торговле людьми',
    geokz: 'Границы: geokz (CC BY 4.0), OCHA/UNHCR, © участники OpenStreetMap',
  },
  frame: {
    source: 'Источник',
    via: '{source} (цит. по {via})',
    notes: 'Примечания',
    showTable: 'Показать таблицу',
    hideTable: 'Скрыть таблицу',
    downloadCsv: 'Скачать CSV',
    downloadPng: 'Скачать PNG',
    downloadSvg: 'Скачать SVG',
    embed: 'Встроить',
    embedScript: 'Скрипт и элемент',
    embedIframe: 'Iframe',
    embedStatic: 'Картинка без скриптов',
    embedNoStatic: 'Для этих настроек нет готовой картинки: скачайте SVG или PNG.',
    copy: 'Копировать',
    copied: 'Скопировано',
    noData: 'нет данных',
    derived: 'вычислено',
    errorTitle: 'График не может быть показан',
    errorHint: 'Проверьте параметры графика «{what}».',
  },
  errors: {
    'unknown-country': 'Неизвестный код страны {value}. Допустимые коды: {valid}.',
    'unknown-region': 'Неизвестный код региона {value}. Допустимые коды: {valid}.',
    'unknown-locale': 'Неизвестный язык {value}. Допустимые: {valid}.',
    'unknown-series': 'Неизвестный ряд {value}. Допустимые: {valid}.',
    'unknown-breakdown': 'Неизвестная разбивка {value}. Допустимые: {valid}.',
    'invalid-number': 'Значение «{what}» должно быть неотрицательным конечным числом, получено {value}.',
    'empty-data': 'Нет данных для графика ({what}).',
    'duplicate-key': 'Значение {value} встречается дважды.',
    'above-total': 'Сумма частей ({value}) не сходится с итогом ({valid}).',
    'unknown-fact': 'Нет показателя с идентификатором {value}.',
  },
};

/** How values are written with their units. */
export const ruUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': /* @__PURE__ */ named('{value} {name}', 'perThousand', 'ru'),
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
  unitNames: { 'per-1000': /* @__PURE__ */ term('perThousand', 'ru'), 'per-100000': 'на 100\u00a0тыс. жителей' },
};

export const ruSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Распространённость современного рабства',
  subtitle: 'Оценка числа людей в условиях современного рабства на 1000 жителей',
  period: /* @__PURE__ */ named('2021 год ({name} 2023)', 'slaveryIndex', 'ru'),
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

export const ruCrimeTrend: Messages['crimeTrend'] = {
  title: 'Преступления, связанные с торговлей людьми',
  subtitle: 'Зарегистрированные уголовные правонарушения по годам, {years}',
  year: 'Год',
  series: {
    total: 'Все связанные с торговлей людьми (9 статей УК)',
    art128: /* @__PURE__ */ named('Ст.\u00a0128 «{name}»', 'art128', 'ru'),
    art135: /* @__PURE__ */ named('Ст.\u00a0135 «{name}»', 'art135', 'ru'),
  },
  seriesInText: {
    total: 'все связанные с торговлей людьми (9 статей УК)',
    art128: /* @__PURE__ */ named('ст.\u00a0128 «{name}»', 'art128', 'ru'),
    art135: /* @__PURE__ */ named('ст.\u00a0135 «{name}»', 'art135', 'ru'),
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

export const ruVictimBreakdown: Messages['victimBreakdown'] = {
  titleSex: 'Пострадавшие от торговли людьми по полу',
  titleCitizenship: 'Пострадавшие от торговли людьми по гражданству',
  subtitle: 'Число пострадавших от преступлений, связанных с торговлей людьми',
  group: 'Группа',
  count: 'Человек',
  share: 'Доля',
  total: 'всего',
  slices: {
    women: 'Женщины',
    men: 'Мужчины',
    citizens: 'Граждане Казахстана',
    foreigners: 'Иностранцы и лица без гражданства',
  },
  womenChangeNote:
    '«На 21,3\u00a0% больше, чем годом ранее» допускает несколько прочтений: как процентные пункты это не сходится с другими цифрами, а как относительный рост подходит и доля (около 38,4\u00a0% в 2024 году), и число женщин (61 в 2024 году); оба значения вычислены, а не опубликованы. Поэтому 2024 год не показан.',
  sexDerivedNote: 'Число женщин (74) вычислено из доли 46,5\u00a0% от 159; число мужчин (85) — как разность.',
  citizenshipDerivedNote: 'Число иностранцев и лиц без гражданства (16) вычислено как разность: 159 − 143.',
  describe: 'Кольцевая диаграмма: всего {total}. {parts}.',
  describePart: '{label} — {count} ({share})',
};

export const ruRegionalShare: Messages['regionalShare'] = {
  title: 'Дела о торговле несовершеннолетними по регионам',
  subtitle: 'Доля дел, зарегистрированных по ст.\u00a0135 УК, в областях и городах республиканского значения',
  region: 'Регион',
  cases: 'Дел',
  share: 'Доля',
  remainder: 'Остальная страна, без разбивки',
  legend: 'Доля от всех дел',
  inset: 'Алматы и Алматинская область',
  noDataNote: 'Регионы без данных заштрихованы как «нет данных» — это не ноль.',
  remainderNote:
    'Остальные дела ({count}) зарегистрированы вне Алматы; разбивка по регионам не опубликована, поэтому они не распределены по карте.',
  describeSummary: 'Карта Казахстана: всего {total}.',
  describeRegion: '{region}: {count} ({share}).',
  describeRemainder: 'Остальные {count} — без разбивки по регионам.',
};

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
    'GSI 2023 (estimates for 2021)': /* @__PURE__ */ named('{name} 2023 (оценки за 2021 год)', 'slaveryIndex', 'ru'),
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
