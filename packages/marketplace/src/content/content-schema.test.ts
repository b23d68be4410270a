import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSchemaFor, contentSchemas } from './catalogue.js';
import { contentJsonSchema, moneyPattern, validateContent, wordLimitPattern } from './content-schema.js';
import { validateResponseContent } from './response-content.js';

const specialistService = contentSchemaFor('digital-outcomes-and-specialists', 'digital-specialists', 'service');
const specialistOpportunity = contentSchemaFor('digital-outcomes-and-specialists', 'digital-specialists', 'opportunity');
const specialistResponse = contentSchemaFor('digital-outcomes-and-specialists', 'digital-specialists', 'response');
if (specialistService === undefined || specialistOpportunity === undefined || specialistResponse === undefined) throw new Error('catalogue incomplete');
const codes = (findings: { path: string; code: string }[]) => findings.map((finding) => `${finding.path} ${finding.code}`);

const opportunityData = {
  specialistRole: 'developer',
  location: 'London',
  summary: 'Build a service to apply for a fishing licence.',
  essentialRequirements: ['Five years of TypeScript', 'Accessible front ends'],
  startDate: '2026-09-01',
  contractLength: '6 months',
  workingArrangements: 'Two days a week in the office.',
  technicalWeighting: 70,
  priceWeighting: 30,
};

describe('validateContent', () => {
  it('accepts a complete opportunity', () => {
    expect(validateContent(specialistOpportunity, opportunityData)).toEqual([]);
  });

  it('requires answers on submission but not in drafts', () => {
    expect(codes(validateContent(specialistOpportunity, { location: 'London' }))).toEqual([
      '$.specialistRole answer_required',
      '$.summary answer_required',
      '$.essentialRequirements answer_required',
      '$.startDate answer_required',
      '$.contractLength answer_required',
      '$.workingArrangements answer_required',
      '$.technicalWeighting answer_required',
      '$.priceWeighting answer_required',
    ]);
    expect(validateContent(specialistOpportunity, { location: 'London' }, { draft: true })).toEqual([]);
  });

  it('checks what a draft gives, page by page', () => {
    const data = { location: 'Mars', summary: Array.from({ length: 51 }, () => 'word').join(' ') };
    expect(codes(validateContent(specialistOpportunity, data, { draft: true }))).toEqual(['$.location not_in_options', '$.summary under_word_limit']);
    expect(codes(validateContent(specialistOpportunity, data, { draft: true, questions: ['summary'] }))).toEqual(['$.summary under_word_limit']);
  });

  it('limits list items and words per item', () => {
    const essentialRequirements = [...Array.from({ length: 21 }, (_, index) => `Skill ${index}`)];
    essentialRequirements[3] = Array.from({ length: 31 }, () => 'w').join(' ');
    expect(codes(validateContent(specialistOpportunity, { essentialRequirements }, { draft: true }))).toEqual(['$.essentialRequirements too_many_items', '$.essentialRequirements[3] under_word_limit']);
  });

  it('checks money format and ranges', () => {
    const base = { specialistRoles: ['developer'], locations: ['London', 'Wales'] };
    expect(validateContent(specialistService, { ...base, priceMin: '400', priceMax: '650.50' })).toEqual([]);
    expect(codes(validateContent(specialistService, { ...base, priceMin: '0400', priceMax: '650.5' }))).toEqual(['$.priceMin not_money_format', '$.priceMax not_money_format']);
    expect(codes(validateContent(specialistService, { ...base, priceMin: '900', priceMax: '899.99' }))).toEqual(['$.priceMax max_less_than_min']);
    expect(codes(validateContent(specialistService, { ...base, priceMin: 400, priceMax: '1000' }))).toEqual(['$.priceMin not_money_format']);
  });

  it('rejects unknown questions and wrong types', () => {
    expect(codes(validateContent(specialistService, { surprise: 1, locations: 'London' }, { draft: true }))).toEqual(['$.surprise unknown_question', '$.locations wrong_type']);
  });
});

describe('validateResponseContent', () => {
  const answer = { essentialRequirementsMet: true, essentialRequirements: ['Ten years', 'WCAG 2.2 audits'], availability: 'Next week', dayRate: '650', respondToEmailAddress: 'bids@example.com' };
  it('needs evidence for every essential requirement', () => {
    expect(validateResponseContent(specialistResponse, answer, opportunityData)).toEqual([]);
    expect(codes(validateResponseContent(specialistResponse, { ...answer, essentialRequirements: ['Ten years'] }, opportunityData))).toEqual(['$.essentialRequirements[1] answer_required']);
  });
});

describe('contentJsonSchema', () => {
  const ajv = new Ajv({ allErrors: true });
  it('publishes the UK patterns', () => {
    expect(moneyPattern).toBe('^[1-9](?:\\d{1,14})?(?:\\.\\d{2})?$');
    expect(wordLimitPattern(30)).toBe('^(?:\\S+\\s+){0,29}\\S+$');
  });
  it.each(contentSchemas.map((schema) => [`${schema.family}/${schema.lot}/${schema.kind}`, schema] as const))('%s compiles in draft and full forms', (_name, schema) => {
    expect(() => ajv.compile(contentJsonSchema(schema))).not.toThrow();
    expect(() => ajv.compile(contentJsonSchema(schema, { draft: true }))).not.toThrow();
  });
  it('agrees with validateContent on money answers (property)', () => {
    const check = ajv.compile(contentJsonSchema(specialistService, { draft: true }));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.]{1,8}$/), (amount) => {
        expect(check({ priceMin: amount })).toBe(validateContent(specialistService, { priceMin: amount }, { draft: true }).length === 0);
      }),
    );
  });
  it('agrees with validateContent on word limits (property)', () => {
    const check = ajv.compile(contentJsonSchema(specialistOpportunity, { draft: true }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bb', 'ccc'), { minLength: 1, maxLength: 60 }), (list) => {
        const summary = list.join(' ');
        expect(check({ summary })).toBe(validateContent(specialistOpportunity, { summary }, { draft: true }).length === 0);
      }),
    );
  });
});
