// The updates the "Newsroom update" page offers. Every figure here is MADE UP to show the format:
// none of it is data, and the texts say so wherever a reader could see them.

/** A year's update as JSON (core's README, "Updating the figures"): made-up 2026 counts. */
export const madeUpJson = `${JSON.stringify(
  {
    sources: {
      'kpsisu-2027': {
        publisher: 'Committee on Legal Statistics and Special Accounts, Prosecutor General’s Office of Kazakhstan',
        title: 'Registered criminal offences related to human trafficking, 2026 (made-up example)',
        date: '2027-01-20',
        url: null,
        language: 'ru',
      },
    },
    facts: [
      {
        id: 'crimes.total.2026',
        status: 'reported',
        value: 310,
        unit: 'offences',
        period: '2026',
        source: 'kpsisu-2027',
        note: 'Made-up example figure, not data.',
      },
      {
        id: 'crimes.art135.2026',
        status: 'reported',
        value: 27,
        unit: 'offences',
        period: '2026',
        source: 'kpsisu-2027',
        note: 'Made-up example figure, not data.',
      },
      {
        id: 'crimes.art128.2026',
        status: 'unknown',
        value: null,
        unit: 'offences',
        period: '2026',
        source: 'kpsisu-2027',
        reason: 'Made-up example: not published in the committee’s January release.',
      },
    ],
  },
  null,
  2,
)}\n`;

/** The same kind of update as CSV, as a spreadsheet saves it (semicolons): made-up 2026 counts. */
export const madeUpCsv = [
  'id;status;value;unit;period;source;note;reason',
  'crimes.total.2026;reported;310;offences;2026;kpsisu;Made-up example figure, not data.;',
  'crimes.art128.2026;unknown;;offences;2026;kpsisu;;Made-up example: not published.',
  '',
].join('\n');

/**
 * An update with problems, some of them hostile (markup where a number belongs, an unknown source):
 * the page lists each problem as text, by fact id and field.
 */
export const withProblems = `${JSON.stringify(
  {
    facts: [
      {
        id: 'crimes.total.2026',
        status: 'reported',
        value: '<img src=x onerror=alert(1)>',
        unit: 'offences',
        period: '2026',
        source: 'kpsisu',
      },
      {
        id: 'crimes.art135.2026',
        status: 'reported',
        value: 27,
        unit: 'offences',
        period: '2026',
        source: '<script>alert(1)</script>',
      },
    ],
  },
  null,
  2,
)}\n`;
