import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessmentReport, renderAssessmentReport, type Assessment } from '../src/index.js';
import { loadStandards } from '../src/node.js';

// The texts are read from where the user keeps them: here, shared/data.
const standards = loadStandards(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/service-standards'));
const service = standards['service-standard'];
const tcop = standards['technology-code-of-practice'];
const publicCode = standards['standard-for-public-code'];

describe('standards read from their published texts', () => {
  it('the Service Standard has 14 points with labels in English, Spanish and Bahasa Indonesia', () => {
    expect(service?.points).toHaveLength(14);
    expect(service?.points[11]?.labels).toMatchObject({
      en: { title: 'Make new source code open' },
      es: { title: 'Hacer que los códigos fuente nuevos sean abiertos' },
      id: { title: 'Membuat kode sumber baru terbuka' },
    });
    expect(service?.points[0]?.labels.en?.summary).toMatch(/^Develop a deep understanding of your users/);
  });

  it('the Technology Code of Practice has 12 points in three languages', () => {
    expect(tcop?.points).toHaveLength(12);
    expect(tcop?.points[4]?.labels).toMatchObject({ en: { title: 'Use cloud first' }, es: { title: 'Use primero la nube' }, id: { title: 'Gunakan cloud terlebih dahulu' } });
  });

  it('the Standard for Public Code has 16 criteria and 112 requirements', () => {
    expect(publicCode?.points).toHaveLength(16);
    expect(publicCode?.points.reduce((sum, point) => sum + point.requirements.length, 0)).toBe(112);
  });
});

describe('assessments', () => {
  const assessment: Assessment = {
    standard: 'service-standard',
    subject: 'Apply for a building permit',
    assessor: 'Service assessment panel',
    date: '2026-11-02',
    records: [
      { point: '1', outcome: 'met', evidence: ['https://example.gov/research'] },
      { point: '5', outcome: 'not-met', notes: 'No accessibility audit yet.' },
      { point: '12', outcome: 'met', evidence: ['https://example.gov/code'], assessor: 'A. Lovelace', date: '2026-11-03' },
      { point: '14', outcome: 'not-applicable' },
    ],
  };

  it('sorts the points into met, not met, not applicable and not assessed', () => {
    if (service === undefined) throw new Error('no Service Standard');
    const report = assessmentReport(assessment, service);
    expect([report.met.length, report.notMet.length, report.notApplicable.length, report.unanswered.length, report.passes]).toEqual([2, 1, 1, 10, false]);
    expect(report.findings).toEqual([]);
  });

  it('reports unknown points, duplicates and bad dates', () => {
    if (service === undefined) throw new Error('no Service Standard');
    const report = assessmentReport({ ...assessment, records: [...assessment.records, { point: '15', outcome: 'met' }, { point: '1', outcome: 'met', date: '2026-13-01' }] }, service);
    expect(report.findings.map((finding) => [finding.key, finding.message])).toEqual(
      expect.arrayContaining([
        ['records[4].point', '"15" is not a point of service-standard'],
        ['records[5].point', '"1" is assessed twice'],
        ['records[5].date', "date must be a date with format 'YYYY-MM-DD'"],
      ]),
    );
  });

  it('renders the report in Spanish with the standard’s own titles', () => {
    if (service === undefined) throw new Error('no Service Standard');
    const markdown = renderAssessmentReport(assessmentReport(assessment, service), 'es');
    expect(markdown).toContain('# Evaluación de Apply for a building permit según el Estándar de servicio');
    expect(markdown).toContain('| 12. Hacer que los códigos fuente nuevos sean abiertos | Cumple | [1](https://example.gov/code) | A. Lovelace | 2026-11-03 |');
    expect(markdown).toContain('- **5. Asegúrese de que todos puedan usar el servicio** (No cumple): No accessibility audit yet.');
  });

  it('renders in Bahasa Indonesia', () => {
    if (service === undefined) throw new Error('no Service Standard');
    expect(renderAssessmentReport(assessmentReport(assessment, service), 'id')).toContain('| 1. Memahami pengguna dan kebutuhannya | Terpenuhi |');
  });

  it('a Standard for Public Code criterion assessed requirement by requirement is met when every MUST is', () => {
    if (publicCode === undefined) throw new Error('no Standard for Public Code');
    const records = ['1.1', '1.2', '1.3'].map((point) => ({ point, outcome: 'met' as const }));
    const report = assessmentReport({ standard: 'standard-for-public-code', subject: 'Medusa', records }, publicCode);
    expect(report.met.map((line) => line.point.id)).toEqual(['code-in-the-open']);
  });
});
