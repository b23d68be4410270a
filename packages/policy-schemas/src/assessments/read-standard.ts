import type { PointRequirement, Standard, StandardId, StandardLanguage, StandardPoint } from './standard.js';

const plain = (text: string): string =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface ParsedText {
  readonly title: string;
  readonly points: { number: number; title: string; summary: string }[];
}

function parseMarkdown(markdown: string): ParsedText {
  const lines = markdown.split(/\r?\n/);
  let title = '';
  const points: { number: number; title: string; summary: string }[] = [];
  let current: { number: number; title: string; summary: string } | undefined;
  let paragraph: string[] = [];
  const closeParagraph = (): void => {
    if (current !== undefined && current.summary === '' && paragraph.length > 0) current.summary = plain(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading !== null) {
      closeParagraph();
      const level = heading[1]?.length ?? 0;
      const text = plain(heading[2] ?? '');
      const numbered = /^(\d+)\.\s*(.+)$/.exec(text);
      if (level === 1 && title === '') title = text;
      else if (level === 2 && numbered !== null) {
        current = { number: Number(numbered[1]), title: numbered[2]?.replace(/\.$/, '').trim() ?? '', summary: '' };
        points.push(current);
      } else {
        // The summary is the paragraph between a point's heading and its first sub-heading.
        current = undefined;
      }
      continue;
    }
    if (line.trim() === '' || /^\s*[-*]\s/.test(line)) closeParagraph();
    else if (!line.startsWith('---') && !/^permalink:/.test(line)) paragraph.push(line.trim());
  }
  closeParagraph();
  return { title, points };
}

/**
 * Reads a standard from its published Markdown texts, one per language: the Service Standard or
 * the Technology Code of Practice as translated for other governments. Each `## N. Title`
 * heading is a point; the paragraph under it is its summary.
 *
 * The package does not ship these texts: they are read from where the user keeps them (the
 * maintainers update them, and their licence asks for the notice to travel with copies).
 *
 * @example
 * ```ts
 * import { readStandardTexts } from '@civicblocks/policy-schemas';
 *
 * const standard = readStandardTexts('service-standard', { en: '# Service Standard\n\n## 1. Understand users and their needs\n\nDevelop a deep understanding.\n' });
 * standard.points[0]?.labels.en?.title; // 'Understand users and their needs'
 * ```
 * @since 0.1.0
 */
export function readStandardTexts(id: Exclude<StandardId, 'standard-for-public-code'>, texts: Partial<Record<StandardLanguage, string>>): Standard {
  const parsed = Object.entries(texts).map(([language, text]) => [language as StandardLanguage, parseMarkdown(text)] as const);
  const numbers = [...new Set(parsed.flatMap(([, text]) => text.points.map((point) => point.number)))].sort((a, b) => a - b);
  const points: StandardPoint[] = numbers.map((number) => ({
    id: String(number),
    number,
    labels: Object.fromEntries(
      parsed.flatMap(([language, text]) => {
        const point = text.points.find((candidate) => candidate.number === number);
        return point === undefined ? [] : [[language, { title: point.title, summary: point.summary }]];
      }),
    ),
    requirements: [],
  }));
  return { id, title: Object.fromEntries(parsed.map(([language, text]) => [language, text.title])), points };
}

/**
 * The shape of the Standard for Public Code's `criteria.json`.
 *
 * @since 0.1.0
 */
export interface PublicCodeCriteriaFile {
  /** The criteria in order. */
  readonly criteria: readonly PublicCodeCriterion[];
}

/**
 * One criterion as `criteria.json` lists it.
 *
 * @since 0.1.0
 */
export interface PublicCodeCriterion {
  /** Position, from 1. */
  readonly order: number;
  /** Stable identifier, such as `code-in-the-open`. */
  readonly slug: string;
  /** Title in English. */
  readonly title: string;
  /** Its requirements. */
  readonly requirements: readonly PointRequirement[];
  /** How to check it. */
  readonly how_to_test?: readonly string[];
}

/**
 * Reads the Standard for Public Code from its `criteria.json` (criteria and requirements, in
 * English).
 *
 * @since 0.1.0
 */
export function readPublicCodeCriteria(criteria: PublicCodeCriteriaFile): Standard {
  return {
    id: 'standard-for-public-code',
    title: { en: 'Standard for Public Code' },
    points: criteria.criteria.map((criterion) => ({
      id: criterion.slug,
      number: criterion.order,
      labels: { en: { title: criterion.title, summary: criterion.how_to_test?.[0] ?? '' } },
      requirements: criterion.requirements.map(({ id, keyword, text }) => ({ id, keyword, text })),
    })),
  };
}
