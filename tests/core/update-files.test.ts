import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../packages/core/src/cli/run.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { applyUpdate, maxUpdateBytes, parseUpdate, problemText } from '../../packages/core/src/update.js';
import { kztError } from '../helpers/errors.js';

/** The problems, in English, of reading `text` as an update file named `name`. */
const readProblems = (text: string, name?: string): string[] =>
  kztError(() => parseUpdate(text, name)).problems.map((problem) => problemText(problem, 'en'));

describe('parseUpdate', () => {
  it('reads CSV as a spreadsheet exports it: BOM, semicolons and decimal commas, quoted cells', () => {
    const csv =
      '\uFEFFid;status;value;unit;period;source;quote\r\n' +
      'crimes.total.2026;reported;310;offences;2026;kpsisu;"в 2026 году — 310; «много»"\r\n' +
      'gsi.prevalence.KZ;reported;10,5;per-1000;2025;gsi-2023;\r\n' +
      'crimes.art128.2026;unknown;;offences;2026;kpsisu;\r\n';
    expect(parseUpdate(csv, 'update.csv')).toEqual({
      facts: [
        {
          id: 'crimes.total.2026',
          status: 'reported',
          value: 310,
          unit: 'offences',
          period: '2026',
          source: 'kpsisu',
          quote: 'в 2026 году — 310; «много»',
        },
        {
          id: 'gsi.prevalence.KZ',
          status: 'reported',
          value: 10.5,
          unit: 'per-1000',
          period: '2025',
          source: 'gsi-2023',
        },
        {
          id: 'crimes.art128.2026',
          status: 'unknown',
          value: null,
          unit: 'offences',
          period: '2026',
          source: 'kpsisu',
        },
      ],
    });
    const comma =
      'id,status,value,unit,period,source,formula,inputs\nx.y,derived,1.5,ratio,2026,kpsisu,3 / 2,crimes.total.2024 crimes.total.2025\n';
    expect(parseUpdate(comma)).toEqual({
      facts: [
        {
          id: 'x.y',
          status: 'derived',
          value: 1.5,
          unit: 'ratio',
          period: '2026',
          source: 'kpsisu',
          formula: '3 / 2',
          inputs: ['crimes.total.2024', 'crimes.total.2025'],
        },
      ],
    });
  });

  it('keeps a formula-leading cell as the text it is', () => {
    const csv =
      'id,status,value,unit,period,source,note\nx.y,reported,=1+2,unit-name,2026,kpsisu,"=HYPERLINK(""https://evil.example"")"\n';
    expect(parseUpdate(csv, 'a.csv')).toEqual({
      facts: [
        {
          id: 'x.y',
          status: 'reported',
          value: '=1+2',
          unit: 'unit-name',
          period: '2026',
          source: 'kpsisu',
          note: '=HYPERLINK("https://evil.example")',
        },
      ],
    });
  });

  it('answers a file that is not an update with a problem of the file', () => {
    expect(readProblems('', 'a.json')).toEqual(['(file): empty']);
    expect(readProblems('\uFEFF  \n', 'a.csv')).toEqual(['(file): empty']);
    expect(readProblems('{"facts": [', 'a.json')[0]).toMatch(/^\(file\): the file cannot be read as JSON, got /);
    expect(readProblems('x'.repeat(maxUpdateBytes + 1), 'a.json')).toEqual([
      `(file): too large (limit: ${maxUpdateBytes} B)`,
    ]);
    expect(readProblems('name,colour\nA,red\n', 'a.csv')).toEqual([
      '(file) name: not a field of this kind of fact',
      '(file) colour: not a field of this kind of fact',
      '(file) id: missing',
    ]);
  });

  it('reads the JSON of a whole update, which applyUpdate then checks', () => {
    const json =
      '\uFEFF{"facts":[{"id":"crimes.total.2026","status":"reported","value":310,"unit":"offences","period":"2026","source":"kpsisu"}]}';
    expect(applyUpdate(dataset, parseUpdate(json)).facts['crimes.total.2026']?.value).toBe(310);
  });
});

/** The command with files held in memory. */
function cli(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    size: (path) => (path in files ? Buffer.byteLength(files[path] ?? '') : null),
    read: (path) => files[path] ?? '',
    write: (path, text) => {
      written[path] = text;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  const code = runCli(args, io);
  return { code, stdout: out.join(''), stderr: err.join(''), written };
}

describe('kz-charts', () => {
  const valid = JSON.stringify({
    facts: [
      { id: 'crimes.total.2026', status: 'reported', value: 310, unit: 'offences', period: '2026', source: 'kpsisu' },
    ],
  });

  it('check: prints the fact check of the updated dataset for a valid file (exit 0)', () => {
    const result = cli(['check', 'update.json', '--locale', 'en'], { 'update.json': valid });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The update is valid: 0 facts replaced, 1 added.');
    expect(result.stdout).toContain('Fact check: what the article says and what recomputing gives');
    expect(cli(['check', 'update.json'], { 'update.json': valid }).stdout).toContain('Обновление прошло проверку');
  });

  it('check: prints every problem as “<fact id> <field>: <problem>” (exit 1)', () => {
    const bad = JSON.stringify({
      facts: [{ id: 'crimes.total.2026', status: 'reported', value: 'a lot', unit: 'offences', period: '2026' }],
    });
    const result = cli(['check', 'bad.json', '--locale', 'en'], { 'bad.json': bad });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'crimes.total.2026 source: missing\ncrimes.total.2026 value: should be a finite number, got “a lot”\n',
    );
    const kk = cli(['check', 'bad.json', '--locale', 'kk'], { 'bad.json': bad });
    expect(kk.stdout).toBe(
      'crimes.total.2026 source: көрсетілмеген\ncrimes.total.2026 value: мынадай болуы керек: ақырлы сан, көрсетілгені «a lot»\n',
    );
  });

  it('check: answers any file with a message and an exit code, never a stack trace', () => {
    for (const content of ['', '\uFEFF', 'not json', '[]', 'null', '{"facts":"x"}', '\u0000\u0001', '{"facts":[{}]}']) {
      const result = cli(['check', 'f.json'], { 'f.json': content });
      expect(result.code, content).toBe(1);
      expect(result.stdout + result.stderr, content).not.toMatch(/\n\s+at /);
    }
    const huge = cli(['check', 'huge.json'], { 'huge.json': 'x'.repeat(10 * 1024 * 1024) });
    expect(huge).toMatchObject({ code: 1, stdout: `(файл): слишком велико (предел: ${maxUpdateBytes} B)\n` });
    expect(cli(['check', 'missing.json'])).toMatchObject({ code: 2, stderr: 'kz-charts: no file missing.json\n' });
    expect(cli(['check', 'f.json', '--locale', 'de'], { 'f.json': valid }).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli([]).stderr).toContain('Usage:');
  });

  it('template: writes the facts a chart reads as an update file to fill in', () => {
    const result = cli(['template', 'victim-gender-donut']);
    expect(result.code).toBe(0);
    const template = JSON.parse(result.stdout) as { $schema: string; facts: { id: string }[] };
    expect(template.$schema).toMatch(/dataset-update\.schema\.json$/);
    expect(template.facts.map((fact) => fact.id)).toContain('victims.2025');
    const written = cli(['template', 'regional-share', '--out', 'map.json']);
    expect(Object.keys(written.written)).toEqual(['map.json']);
    expect(cli(['template', 'pie-chart']).code).toBe(2);
  });
});

describe('the core README’s update examples', () => {
  const readme = readFileSync(new URL('../../packages/core/README.md', import.meta.url), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Updating the figures'),
    readme.indexOf('### The `kz-charts` command'),
  );
  const block = (language: string) => new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1] ?? '';

  it('apply as they are, JSON and CSV', () => {
    const json = applyUpdate(dataset, parseUpdate(block('json'), 'update.json'));
    expect(json.facts['crimes.total.2026']).toMatchObject({ value: 310, source: 'kpsisu-2027' });
    expect(json.facts['crimes.art128.2026']).toMatchObject({ status: 'unknown', value: null });
    const csv = applyUpdate(dataset, parseUpdate(block('csv'), 'update.csv'));
    expect(csv.facts['crimes.total.2026']?.value).toBe(310);
  });
});
