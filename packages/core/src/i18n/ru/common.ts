import { ruNames } from '../glossary/ru.js';
import type { CommonMessages } from '../messages.js';

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
    kpsisu: ruNames.committee,
    'gsi-2023': `Walk Free, ${ruNames.slaveryIndex} 2023`,
    'stat-gov-kz': ruNames.statisticsBureau,
    'interior-ministry': ruNames.interiorMinistry,
    'labour-ministry': ruNames.labourMinistry,
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
    embedPym: 'Страница с Pym.js',
    embedAmp: 'Страница AMP (первая строка — в <head> страницы)',
    showWholeChart: 'Показать график целиком',
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
    'invalid-update': 'Обновление данных не прошло проверку. Найдено ошибок: {value}.',
  },
};
