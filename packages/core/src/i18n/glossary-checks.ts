import type { Locale } from '../types.js';
import type { GlossaryId } from './glossary.js';

// Where and how far each name of glossary.ts was checked, per locale, and the variants no text may
// use. Not bundled with the charts: tests/core/copy-rules.test.ts reads it.

/** How far a name could be checked: against the primary text, a reprint or other source, or not at all. */
export type CheckLevel = 'primary' | 'secondary' | 'unverified';

/** Where and how one name was checked. */
export interface GlossaryCheck {
  level: CheckLevel;
  checked: string;
}

/** What a glossary name names, how each locale's name was checked, and variants no text may use. */
export type GlossaryChecks = Readonly<
  Record<
    GlossaryId,
    { what: string; avoid?: Readonly<Partial<Record<Locale, readonly string[]>>> } & Readonly<
      Record<Locale, GlossaryCheck>
    >
  >
>;

const codeChecked =
  'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V (adilet.zan.kz K1400000226); adilet.zan.kz was not reachable from this project, so the title was checked as follows:';

export const glossaryChecks: GlossaryChecks = {
  criminalCode: {
    what: 'The Criminal Code of the Republic of Kazakhstan (2014), abbreviated in the charts',
    ru: {
      level: 'secondary',
      checked:
        'Abbreviation of «Уголовный кодекс Республики Казахстан» as adilet.zan.kz writes it (Law No. 186-VII of 3 January 2023, Russian text, found through the search corpus).',
    },
    kk: {
      level: 'secondary',
      checked:
        'Abbreviation of «Қазақстан Республикасының Қылмыстық кодексі» (title of the Code on adilet.zan.kz, Kazakh text of the 1997 Code and amending laws, found through the search corpus).',
    },
    en: {
      level: 'secondary',
      checked:
        'adilet.zan.kz English pages (unofficial translations) and the Supreme Court’s resolution No. 7 of 29 December 2012 in English (cis-legislation.com).',
    },
  },
  art128: {
    what: 'Title of Art. 128 of the Criminal Code',
    ru: {
      level: 'secondary',
      checked: `${codeChecked} the source article quotes «по статье «Торговля людьми»»; the Supreme Court’s resolution No. 7 (2012, amended 2021) names Art. 128 and 135 as the trafficking offences; the Law «О противодействии торговле людьми» (5 July 2024 No. 110-VIII, adilet.zan.kz) uses the same term.`,
    },
    kk: {
      level: 'unverified',
      checked: `${codeChecked} no reprint of the Kazakh heading «128-бап. …» was found in the search corpus; «адам саудасы» is the term of Kazakh official usage (e.g. the Interior Ministry as quoted by ertistv.kz, «Адам саудасы бойынша 17 іс») and matches the Kazakh heading of Art. 135 («… саудасы»). Not verified against the primary text.`,
    },
    en: {
      level: 'unverified',
      checked:
        'No official English text of the Code exists; the term of the UN Palermo Protocol and of shared/data/FACTS.md. labirint.online renders the title as “Human trafficking”.',
    },
  },
  art135: {
    what: 'Title of Art. 135 of the Criminal Code',
    ru: {
      level: 'secondary',
      checked: `${codeChecked} the source article writes «по делам о торговле несовершеннолетними»; shared/data/FACTS.md gives the title; the Supreme Court’s resolution No. 7 names Art. 135 with Art. 128.`,
    },
    kk: {
      level: 'secondary',
      checked: `${codeChecked} a reprint of the Code’s Kazakh text (massaget.kz/qaarc/qa/19210, found through the search corpus) heads the article «135-бап. Кәмелетке толмағандар саудасы», with the body of the 2014 Code’s Art. 135 («мүлкі тәркіленіп, бес жылдан жеті жылға дейінгі…»). The form «Кәмелетке толмағандардың саудасы» was not found in any text we could reach. Not verified against adilet.zan.kz itself.`,
    },
    en: {
      level: 'unverified',
      checked:
        'No official English text exists; shared/data/FACTS.md; labirint.online renders it “Trafficking minors”.',
    },
    avoid: { kk: ['Кәмелетке толмағандарды сату'], en: ['child trafficking'] },
  },
  committee: {
    what: 'Committee on Legal Statistics and Special Accounts of the Prosecutor General’s Office (КПСиСУ)',
    ru: {
      level: 'primary',
      checked:
        'adilet.zan.kz/rus/docs/V2200026483 (Order of the Prosecutor General of 5 January 2022 No. 4) writes «Комитете по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан»; the legal text writes е for ё, the charts write ё as the source article does.',
    },
    kk: {
      level: 'primary',
      checked:
        'adilet.zan.kz/kaz/docs/V1200007490 (Order of the Prosecutor General of 2 March 2012 No. 19, Kazakh text), item 2.',
    },
    en: {
      level: 'secondary',
      checked:
        'No official English name; adilet.zan.kz/eng/docs/V1900018554 (unofficial translation) writes “The Committee for legal statistics and special accounts of the General Prosecutor’s office”. The charts keep the usual English rendering.',
    },
    avoid: { ru: ['Генпрокуратуры'] },
  },
  interiorMinistry: {
    what: 'Ministry of Internal Affairs',
    ru: {
      level: 'unverified',
      checked: 'Official name as commonly published; not checked against a primary text in this project.',
    },
    kk: {
      level: 'secondary',
      checked: 'ertistv.kz (news, found through the search corpus) writes «ҚР ІІМ»; the full form expands it.',
    },
    en: {
      level: 'unverified',
      checked: 'Usual English rendering; not checked against a primary text.',
    },
  },
  labourMinistry: {
    what: 'Ministry of Labour and Social Protection of the Population',
    ru: {
      level: 'unverified',
      checked: 'Official name as commonly published; not checked against a primary text in this project.',
    },
    kk: {
      level: 'unverified',
      checked: 'Official name as commonly published; not checked against a primary text in this project.',
    },
    en: {
      level: 'unverified',
      checked: 'Usual English rendering; not checked against a primary text.',
    },
  },
  statisticsBureau: {
    what: 'Bureau of National Statistics',
    ru: {
      level: 'unverified',
      checked:
        'Short form of «Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан» (stat.gov.kz, not reachable from this project).',
    },
    kk: {
      level: 'unverified',
      checked: 'Short form as on stat.gov.kz (not reachable from this project).',
    },
    en: {
      level: 'unverified',
      checked: 'Short form as on stat.gov.kz (not reachable from this project).',
    },
  },
  slaveryIndex: {
    what: 'Walk Free’s Global Slavery Index',
    ru: {
      level: 'secondary',
      checked:
        'Walk Free publishes in English only; the source article writes «в глобальном индексе рабства», capitalised here as a title.',
    },
    kk: {
      level: 'unverified',
      checked: 'No Kazakh edition exists; a calque of the English title, not checked against published usage.',
    },
    en: {
      level: 'primary',
      checked: 'walkfree.org/global-slavery-index (the publisher’s title, shared/data/FACTS.md).',
    },
  },
  perThousand: {
    what: 'The unit of prevalence: people per 1,000 population',
    ru: {
      level: 'primary',
      checked: 'Walk Free: “per 1,000 population”.',
    },
    kk: {
      level: 'primary',
      checked: 'Walk Free: “per 1,000 population”.',
    },
    en: {
      level: 'primary',
      checked: 'Walk Free: “per 1,000 population”.',
    },
    avoid: { ru: ['на 1000 человек'], kk: ['1000 адамға'], en: ['per 1,000 people'] },
  },
};
