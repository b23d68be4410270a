import { Type, type Static } from '@sinclair/typebox';

/**
 * The outcome of one point of an assessment.
 *
 * @since 0.1.0
 */
export const assessmentOutcomes = ['met', 'not-met', 'not-applicable'] as const;

/**
 * One record of an assessment: the outcome of one point, with its evidence.
 *
 * @since 0.1.0
 */
export const assessmentRecordSchema = Type.Object(
  {
    /** Point number ("12"), criterion slug ("code-in-the-open") or requirement id ("1.3"). */
    point: Type.String({ description: 'Point number ("12"), criterion slug ("code-in-the-open") or requirement id ("1.3").' }),
    /** met, not-met or not-applicable. */
    outcome: Type.Union(assessmentOutcomes.map((outcome) => Type.Literal(outcome)), { description: 'met, not-met or not-applicable.' }),
    /** Links to the evidence. */
    evidence: Type.Optional(Type.Array(Type.String({ format: 'uri' }), { description: 'Links to the evidence.' })),
    /** Who assessed this point. */
    assessor: Type.Optional(Type.String({ description: 'Who assessed this point.' })),
    /** When this point was assessed. */
    date: Type.Optional(Type.String({ format: 'date', description: 'When this point was assessed.' })),
    /** Why, or what is missing. */
    notes: Type.Optional(Type.String({ description: 'Why, or what is missing.' })),
  },
  { additionalProperties: false },
);

/**
 * One assessment of a service or a codebase against a standard, as one TypeBox definition
 * (types, validator, `schemas/assessment.json`): a record per point, with evidence links, the
 * assessor and the date.
 *
 * @since 0.1.0
 */
export const assessmentSchema = Type.Object(
  {
    /** The standard assessed against. */
    standard: Type.Union([Type.Literal('service-standard'), Type.Literal('technology-code-of-practice'), Type.Literal('standard-for-public-code')], { description: 'The standard assessed against.' }),
    /** The service or codebase assessed. */
    subject: Type.String({ minLength: 1, description: 'The service or codebase assessed.' }),
    /** Who assessed, by default for every record. */
    assessor: Type.Optional(Type.String({ description: 'Who assessed, by default for every record.' })),
    /** Date of the assessment (YYYY-MM-DD). */
    date: Type.Optional(Type.String({ format: 'date', description: 'Date of the assessment (YYYY-MM-DD).' })),
    /** Point number ("12"), criterion slug ("code-in-the-open") or requirement id ("1.3"). */
    records: Type.Array(assessmentRecordSchema, { description: 'One record per point or requirement.' }),
  },
  { additionalProperties: false, $id: 'https://civicblocks.github.io/schemas/assessment.json', title: 'Assessment against a service or code standard' },
);

/**
 * An assessment.
 *
 * @since 0.1.0
 */
export type Assessment = Static<typeof assessmentSchema>;

/**
 * One record of an assessment.
 *
 * @since 0.1.0
 */
export type AssessmentRecord = Static<typeof assessmentRecordSchema>;
