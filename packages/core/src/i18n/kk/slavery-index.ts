import { kkNames } from '../glossary/kk.js';
import type { Messages, UnitMessages } from '../messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

/** How values are written with their units. */
export const kkUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': `${kkNames.perThousand} {value}`,
    'per-100000': '100\u00a0мың тұрғынға {value}',
    people: '{value}',
    offences: '{value}',
    cases: '{value}',
    proceedings: '{value}',
    percent: '{value}%',
    'percentage-points': '{value}\u00a0пайыздық тармақ',
    ratio: '×{value}',
    tenge: '{value}',
    years: '{value}',
    rank: '{value}-орын',
    'score-0-100': '100-ден {value}',
    tier: '{value}',
    'unit-name': '{value}',
    edition: '{value}',
    'country-order': '{value}',
  },
  unitNames: { 'per-1000': '1000 тұрғынға шаққанда', 'per-100000': '100\u00a0мың тұрғынға шаққанда' },
};

export const kkSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Қазіргі заманғы құлдықтың таралуы',
  subtitle: 'Қазіргі заманғы құлдықтағы адамдардың 1000 тұрғынға шаққандағы бағалауы',
  period: `2021 жыл (${kkNames.slaveryIndex} 2023)`,
  periodEdition: '{year} жыл ({edition})',
  mixedEditionsNote:
    'Бағалаулар индекстің әртүрлі шығарылымдарынан алынған, оларды тікелей салыстыруға болмайды: {editions}.',
  country: 'Ел',
  prevalence: '1000 тұрғынға',
  people: 'Адамдар саны (бағалау)',
  correctionNote:
    'Түзетілді: мақалада Қазақстанның көрсеткіші {asReported} деп берілген. Walk Free деректері бойынша ол — {value}, бұл таралуы ең жоғары елден бастап санағанда 160 елдің ішінде {rank}; 1,9 Қазақстанның мәніне ешбір өлшем бірлігінде сәйкес келмейді. Мақаладағы «157 елдің ішінде {rankAsReported}» деген орынды тексеру мүмкін болмады: индекстің ешбір шығарылымынан мұндай орын таппадық.',
  unitNote:
    'Walk Free бағалауларды мақалада жазылғандай 100\u00a0мың тұрғынға емес, 1000 тұрғынға шаққанда жариялайды.',
  describeSummary:
    'Көлденең бағанды диаграмма: Жаһандық құлдық индексі 2023 бойынша қазіргі заманғы құлдықтың таралуы, {count}.',
  describeCustomSummary: 'Көлденең бағанды диаграмма: қазіргі заманғы құлдықтың таралуы, {count}.',
  describeExtremes: 'Ең жоғарысы — {highest} (1000 тұрғынға {highestValue}), ең төмені — {lowest} ({lowestValue}).',
  describeHighlight: '{country}: 1000 тұрғынға {value}, таралуы бойынша {count} елдің ішінде {position}.',
};
