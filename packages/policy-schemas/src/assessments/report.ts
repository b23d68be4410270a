import type { Schema } from '@cfworker/json-schema';
import { isIsoDate } from '../checks/text-rules.js';
import type { Finding } from '../findings/finding.js';
import { jsonSchemaFindings } from '../internal/json-schema-findings.js';
import { toJsonSchema } from '../schemas/json-schemas.js';
import { assessmentSchema, type Assessment, type AssessmentRecord } from './assessment.js';
import { labelOf, type Standard, type StandardLanguage, type StandardPoint } from './standard.js';

/**
 * A point of the standard with what the assessment says about it.
 *
 * @since 0.1.0
 */
export interface ReportLine {
  /** The point. */
  readonly point: StandardPoint;
  /** Its record, undefined when the assessment has none. */
  readonly record: AssessmentRecord | undefined;
}

/**
 * What an assessment meets and what is missing.
 *
 * @since 0.1.0
 */
export interface AssessmentReport {
  /** The assessment. */
  readonly assessment: Assessment;
  /** The standard. */
  readonly standard: Standard;
  /** Points met. */
  readonly met: readonly ReportLine[];
  /** Points not met. */
  readonly notMet: readonly ReportLine[];
  /** Points that do not apply. */
  readonly notApplicable: readonly ReportLine[];
  /** Points with no record yet. */
  readonly unanswered: readonly ReportLine[];
  /** Whether every point is met or does not apply. */
  readonly passes: boolean;
  /** Problems with the assessment itself (unknown points, duplicates, bad dates). */
  readonly findings: readonly Finding[];
}

let schema: Schema | undefined;

function recordFor(point: StandardPoint, records: readonly AssessmentRecord[]): AssessmentRecord | undefined {
  const direct = records.find((record) => record.point === point.id);
  if (direct !== undefined || point.requirements.length === 0) return direct;
  // A criterion assessed requirement by requirement: met when every MUST is met.
  const parts = point.requirements.map((requirement) => ({ requirement, record: records.find((record) => record.point === requirement.id) }));
  if (parts.every((part) => part.record === undefined)) return undefined;
  const binding = parts.filter((part) => part.requirement.keyword.startsWith('MUST'));
  const outcome = binding.some((part) => part.record?.outcome === 'not-met' || part.record === undefined) ? 'not-met' : 'met';
  return { point: point.id, outcome, evidence: parts.flatMap((part) => part.record?.evidence ?? []) };
}

/**
 * Checks an assessment and sorts the standard's points into met, not met, not applicable and
 * unanswered.
 *
 * @example
 * ```ts
 * import { assessmentReport, readStandardTexts } from '@civicblocks/policy-schemas';
 *
 * const standard = readStandardTexts('service-standard', { en: '# Service Standard\n\n## 1. Understand users\n\n## 2. Solve a whole problem\n' });
 * const report = assessmentReport({ standard: 'service-standard', subject: 'Apply for a permit', records: [{ point: '1', outcome: 'met' }] }, standard);
 * report.unanswered.length; // 1
 * ```
 * @since 0.1.0
 */
export function assessmentReport(assessment: Assessment, standard: Standard): AssessmentReport {
  schema ??= toJsonSchema(assessmentSchema) as Schema;
  const findings: Finding[] = jsonSchemaFindings(undefined, assessment, schema, '2020-12');
  if (assessment.standard !== standard.id) findings.push({ type: 'error', key: 'standard', message: `the assessment is against ${assessment.standard}, the standard given is ${standard.id}`, line: 0, column: 0 });
  const known = new Set(standard.points.flatMap((point) => [point.id, ...point.requirements.map((requirement) => requirement.id)]));
  const seen = new Set<string>();
  for (const [index, record] of assessment.records.entries()) {
    if (!known.has(record.point)) findings.push({ type: 'error', key: `records[${index}].point`, message: `"${record.point}" is not a point of ${standard.id}`, line: 0, column: 0 });
    if (seen.has(record.point)) findings.push({ type: 'error', key: `records[${index}].point`, message: `"${record.point}" is assessed twice`, line: 0, column: 0 });
    seen.add(record.point);
    if (record.date !== undefined && !isIsoDate(record.date)) findings.push({ type: 'error', key: `records[${index}].date`, message: "date must be a date with format 'YYYY-MM-DD'", line: 0, column: 0 });
  }
  const lines = standard.points.map((point) => ({ point, record: recordFor(point, assessment.records) }));
  const by = (outcome: string | undefined): ReportLine[] => lines.filter((line) => line.record?.outcome === outcome);
  const unanswered = lines.filter((line) => line.record === undefined);
  const notMet = by('not-met');
  return { assessment, standard, met: by('met'), notMet, notApplicable: by('not-applicable'), unanswered, passes: notMet.length === 0 && unanswered.length === 0, findings };
}

const words: Record<StandardLanguage, Record<string, string>> = {
  en: { met: 'Met', 'not-met': 'Not met', 'not-applicable': 'Not applicable', unanswered: 'Not assessed', point: 'Point', outcome: 'Outcome', evidence: 'Evidence', assessor: 'Assessor', date: 'Date', missing: 'Missing', summary: 'Summary', assessment: 'Assessment of', against: 'against the', passes: 'Every point is met or does not apply.', fails: 'Not every point is met yet.' },
  es: { met: 'Cumple', 'not-met': 'No cumple', 'not-applicable': 'No aplica', unanswered: 'Sin evaluar', point: 'Punto', outcome: 'Resultado', evidence: 'Evidencia', assessor: 'Evaluador', date: 'Fecha', missing: 'Pendiente', summary: 'Resumen', assessment: 'Evaluación de', against: 'según el', passes: 'Se cumplen todos los puntos o no aplican.', fails: 'Todavía no se cumplen todos los puntos.' },
  id: { met: 'Terpenuhi', 'not-met': 'Tidak terpenuhi', 'not-applicable': 'Tidak berlaku', unanswered: 'Belum dinilai', point: 'Poin', outcome: 'Hasil', evidence: 'Bukti', assessor: 'Penilai', date: 'Tanggal', missing: 'Yang kurang', summary: 'Ringkasan', assessment: 'Penilaian', against: 'terhadap', passes: 'Semua poin terpenuhi atau tidak berlaku.', fails: 'Belum semua poin terpenuhi.' },
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Renders an assessment report as Markdown in English, Spanish or Bahasa Indonesia: a table of
 * every point (with the standard's own title in that language), then what is missing.
 *
 * @since 0.1.0
 */
export function renderAssessmentReport(report: AssessmentReport, language: StandardLanguage = 'en'): string {
  const t = words[language];
  const { assessment, standard } = report;
  const title = standard.title[language] ?? standard.title.en ?? standard.id;
  const lines = [`# ${t['assessment'] ?? ''} ${assessment.subject} ${t['against'] ?? ''} ${title}`, ''];
  if (assessment.assessor !== undefined || assessment.date !== undefined) lines.push([assessment.assessor, assessment.date].filter(Boolean).join(', '), '');
  lines.push(`${t['summary'] ?? ''}: ${report.met.length} ${t['met'] ?? ''}, ${report.notMet.length} ${t['not-met'] ?? ''}, ${report.notApplicable.length} ${t['not-applicable'] ?? ''}, ${report.unanswered.length} ${t['unanswered'] ?? ''}. ${report.passes ? t['passes'] : t['fails']}`, '');
  lines.push(`| ${t['point'] ?? ''} | ${t['outcome'] ?? ''} | ${t['evidence'] ?? ''} | ${t['assessor'] ?? ''} | ${t['date'] ?? ''} |`, '|---|---|---|---|---|');
  for (const point of standard.points) {
    const line = [...report.met, ...report.notMet, ...report.notApplicable, ...report.unanswered].find((candidate) => candidate.point === point);
    const record = line?.record;
    const outcome = record === undefined ? t['unanswered'] : t[record.outcome];
    const evidence = (record?.evidence ?? []).map((link, index) => `[${index + 1}](${link})`).join(' ');
    lines.push(`| ${point.number}. ${cell(labelOf(point, language).title)} | ${outcome ?? ''} | ${evidence} | ${cell(record?.assessor ?? assessment.assessor ?? '')} | ${record?.date ?? assessment.date ?? ''} |`);
  }
  const missing = [...report.notMet, ...report.unanswered];
  if (missing.length > 0) {
    lines.push('', `## ${t['missing'] ?? ''}`, '');
    for (const line of missing) {
      const label = labelOf(line.point, language);
      lines.push(`- **${line.point.number}. ${label.title}** (${line.record === undefined ? t['unanswered'] : t['not-met']})${line.record?.notes === undefined ? '' : `: ${line.record.notes}`}${label.summary === '' ? '' : `\n  ${label.summary}`}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
