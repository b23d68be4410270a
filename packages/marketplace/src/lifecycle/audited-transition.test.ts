import { describe, expect, it } from 'vitest';
import { auditEventEntity } from '../entities/audit-event.js';
import { agreementMachine } from './agreement-lifecycle.js';
import { auditedTransition } from './audited-transition.js';

describe('auditedTransition', () => {
  const audit = { eventId: 'ev-1', object: { kind: 'agreement', id: 'agr-1' }, actorId: 'user-7', at: '2026-03-10T09:00:00Z', data: { note: 'checked' } } as const;
  it('returns the new status and a valid audit event', () => {
    const { to, event } = auditedTransition(agreementMachine, 'signed', 'approve', { applicationResult: 'pass' }, audit);
    expect(to).toBe('approved');
    expect(event).toEqual({ id: 'ev-1', at: '2026-03-10T09:00:00Z', actorId: 'user-7', action: 'agreement.approve', object: { kind: 'agreement', id: 'agr-1' }, fromStatus: 'signed', toStatus: 'approved', data: { note: 'checked' } });
    expect(auditEventEntity.findings(event)).toEqual([]);
  });
  it('produces nothing for an illegal transition', () => {
    expect(() => auditedTransition(agreementMachine, 'draft', 'countersign', { applicationResult: 'pass' }, audit)).toThrow(expect.objectContaining({ code: 'illegal_transition' }) as Error);
  });
});
