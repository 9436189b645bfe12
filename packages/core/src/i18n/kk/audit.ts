import { kkNames } from '../glossary/kk.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; a no-break space (\u00a0) joins a number to «мың», «млн».

export const kkAudit: Messages['audit'] = {
  title: 'Фактілерді тексеру: мақалада не айтылған және қайта есептеу не береді',
  fact: 'Көрсеткіш',
  reported: 'Мақалада',
  checked: 'Тексеру',
  finding: 'Қорытынды',
  kinds: { consistent: 'сәйкес', inconsistent: 'сәйкес емес', ambiguous: 'екіұшты', corrected: 'түзетілді' },
  recomputed: 'қайта есептеу: {value}',
  implies: 'бұрынғы мән: {value}',
  corrected: 'бастапқы дереккөз: {value}',
  conflict: 'басқа дереккөз: {value}',
  readingFits: '{reading}: сәйкес ({value})',
  readingFails: '{reading}: сәйкес емес',
  readings: {
    'percentage-points': 'пайыздық тармақ',
    'relative-share': 'үлестің өсуі',
    'relative-count': 'санның өсуі',
  },
  editions: {
    'GSI 2023 (estimates for 2021)': `${kkNames.slaveryIndex} 2023 (2021 жылғы бағалаулар)`,
    '2025': '«өткен жылдың қорытындысы» (2025)',
  },
  facts: {
    'gsi.unit': 'Таралу бірлігі',
    'gsi.edition': 'Индекс шығарылымы',
    'gsi.rank.KZ': 'Қазақстанның орны',
    'gsi.bestOrder': 'Ең жақсы елдердің реті',
    'gsi.prevalence.KZ': 'Таралуы: Қазақстан',
    'gsi.prevalence.TM': 'Таралуы: Түрікменстан',
    'gsi.prevalence.RU': 'Таралуы: Ресей',
    'gsi.prevalence.TJ': 'Таралуы: Тәжікстан',
    'gsi.prevalence.NO': 'Таралуы: Норвегия',
    'crimes.total.change': 'Барлық қылмыстар, 2024→2025',
    'crimes.art128.change': '128-бап, 2024→2025',
    'crimes.art135.tripled': '135-бап: «үш есе өсті»',
    'crimes.forcedMarriage.2025': 'Некеге мәжбүрлеу, 2025',
    'victims.change': 'Жәбірленушілер, 2024→2025',
    'victims.womenShare.2025': 'Жәбірленушілер арасындағы әйелдер үлесі',
    'victims.women.change': 'Әйелдер: «+21,3%»',
  },
};
