/**
 * The pure parts of the class's reports: the server-drawn bar chart (labelled, escaped, the numbers
 * also in words for screen readers) and CSV times on the trainer's clock as Excel reads dates.
 */
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/server/services/bar-chart.ts';
import { excelDateTime, isTimeZone } from '../../src/server/services/csv.ts';

describe('bar chart', () => {
  const valueText = (n: number, share: number) => `${n} (${share} %)`;

  it('draws one labelled bar per entry, widths by share, and names every bar in its description', () => {
    const svg = barChartSvg(
      [
        { label: 'Zuhören', count: 3 },
        { label: 'Löschen', count: 1 },
        { label: 'Schweigen', count: 0 },
      ],
      { title: 'Entscheidung 1', valueText, idPrefix: 'd1' },
    );
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="d1-title d1-desc"/);
    expect(svg).toContain('<title id="d1-title">Entscheidung 1</title>');
    expect(svg).toContain('<desc id="d1-desc">Zuhören: 3 (75 %); Löschen: 1 (25 %); Schweigen: 0 (0 %)</desc>');
    const filled = [...svg.matchAll(/<rect x="0" y="\d+" width="(\d+)" height="\d+" fill="#1d4ed8"\/>/g)].map((m) => Number(m[1]));
    // 0 gets no filled bar; 3 is three times 1.
    expect(filled).toHaveLength(2);
    expect(Math.abs(filled[0]! - 3 * filled[1]!)).toBeLessThanOrEqual(2);
  });

  it('escapes every text: scenario texts are data, never markup', () => {
    const svg = barChartSvg([{ label: '<script>alert(1)</script> & "x"', count: 1 }], { title: 'A <b>', valueText, idPrefix: 'x' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('draws empty bars without dividing by zero when nobody passed the decision', () => {
    const svg = barChartSvg([{ label: 'A', count: 0 }], { title: 'T', valueText, idPrefix: 'z' });
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('A: 0 (0 %)');
  });
});

describe('CSV times', () => {
  it('writes Berlin wall-clock time, in winter and in summer, as German and English Excel read dates', () => {
    expect(excelDateTime('2026-12-03T16:10:05.123Z', 'de', 'Europe/Berlin')).toBe('03.12.2026 17:10:05');
    expect(excelDateTime('2026-07-03T16:10:05Z', 'de', 'Europe/Berlin')).toBe('03.07.2026 18:10:05');
    expect(excelDateTime('2026-12-31T23:30:00Z', 'en', 'Europe/Berlin')).toBe('2027-01-01 00:30:00');
    expect(excelDateTime('2026-12-03T16:10:05Z', 'en', 'America/New_York')).toBe('2026-12-03 11:10:05');
  });

  it('knows time zones and refuses anything else', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    for (const zone of ['Mars/Olympus', '', '../../etc', 'Europe/Berlin; DROP', 'x'.repeat(100)]) expect(isTimeZone(zone), zone).toBe(false);
  });
});

describe('worksheet tasks', () => {
  it('takes every Reflect question as plain text, and each simulator once', async () => {
    const { reflectQuestions, worksheetScenarios, plainText } = await import('../../src/lessons/worksheet-tasks.ts');
    const body = [
      'Intro with - a dash that is no task.',
      '<Reflect>',
      '',
      '- Was hat **den Streit** angeheizt?',
      '- Lies [die Lektion](/module/x/) und <Term id="batna">BATNA</Term> nach.',
      '</Reflect>',
      '<Simulator scenario="paket-verspaetet" />',
      '<Simulator scenario="schulfest-abgesagt" mode="test" />',
      '<Simulator scenario="paket-verspaetet" />',
    ].join('\n');
    expect(reflectQuestions(body)).toEqual(['Was hat den Streit angeheizt?', 'Lies die Lektion und BATNA nach.']);
    expect(worksheetScenarios(body)).toEqual(['paket-verspaetet', 'schulfest-abgesagt']);
    expect(plainText('  `code`  and   _x_ ')).toBe('code and x');
  });
});
