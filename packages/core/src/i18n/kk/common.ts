import { kkNames } from '../glossary/kk.js';
import type { CommonMessages } from '../messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

/** Kazakh (Cyrillic): the texts every chart uses. */
export const kkCommon: CommonMessages = {
  locale: 'kk',
  plural: {
    cases: { other: '{count} жағдай' },
    people: { other: '{count} адам' },
    countries: { other: '{count} ел' },
    victims: { other: '{count} жәбірленуші' },
  },
  ordinal: { other: '{count}-орын' },
  sources: {
    'ranking-kz-2026': 'ranking.kz, 15.01.2026',
    kpsisu: kkNames.committee,
    'gsi-2023': `Walk Free, ${kkNames.slaveryIndex} 2023`,
    'stat-gov-kz': kkNames.statisticsBureau,
    'interior-ministry': kkNames.interiorMinistry,
    'labour-ministry': kkNames.labourMinistry,
    'us-tip-report': 'АҚШ Мемлекеттік департаменті, адам саудасы туралы баяндама',
    geokz: 'Шекаралар: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap қатысушылары',
  },
  frame: {
    source: 'Дереккөз',
    via: '{source} ({via} арқылы)',
    notes: 'Ескертпелер',
    showTable: 'Кестені көрсету',
    hideTable: 'Кестені жасыру',
    downloadCsv: 'CSV жүктеп алу',
    downloadPng: 'PNG жүктеп алу',
    downloadSvg: 'SVG жүктеп алу',
    embed: 'Сайтқа ендіру',
    embedScript: 'Скрипт және элемент',
    embedIframe: 'Iframe',
    embedStatic: 'Скриптсіз сурет',
    embedNoStatic: 'Бұл баптауларға дайын сурет жоқ: SVG не PNG жүктеп алыңыз.',
    embedPym: 'Pym.js қосылған бет',
    embedAmp: 'AMP беті (бірінші жолы беттің <head> бөліміне)',
    showWholeChart: 'Графикті толық көрсету',
    copy: 'Көшіру',
    copied: 'Көшірілді',
    noData: 'деректер жоқ',
    derived: 'есептелген',
    errorTitle: 'Графикті көрсету мүмкін емес',
    errorHint: '«{what}» графигінің параметрлерін тексеріңіз.',
  },
  errors: {
    'unknown-country': 'Белгісіз ел коды {value}. Жарамды кодтар: {valid}.',
    'unknown-region': 'Белгісіз өңір коды {value}. Жарамды кодтар: {valid}.',
    'unknown-locale': 'Белгісіз тіл {value}. Жарамды мәндер: {valid}.',
    'unknown-series': 'Белгісіз қатар {value}. Жарамды мәндер: {valid}.',
    'unknown-breakdown': 'Белгісіз бөлініс {value}. Жарамды мәндер: {valid}.',
    'invalid-number': '«{what}» мәні нөлден кем емес шектеулі сан болуы керек, алынған мән: {value}.',
    'empty-data': 'График құруға деректер жоқ ({what}).',
    'duplicate-key': '{value} мәні екі рет кездеседі.',
    'above-total': 'Бөліктердің қосындысы ({value}) жалпы санға ({valid}) сәйкес келмейді.',
    'unknown-fact': '{value} идентификаторы бар көрсеткіш жоқ.',
    'invalid-update': 'Деректер жаңартуы тексеруден өтпеді. Табылған қате саны: {value}.',
  },
};
