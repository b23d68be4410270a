import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { australiaGovernment, ukGovernment } from '../config/presets.js';
import { addBusinessDays, isBusinessDay } from './business-calendar.js';
import { chosenClosingMoment, closingMoment, localDate } from './closing-date.js';

describe('business days', () => {
  const calendar = { weekendDays: [6, 7], holidays: ['2026-12-25', '2026-12-28'] };
  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-12-24', calendar)).toBe(true);
    expect(isBusinessDay('2026-12-25', calendar)).toBe(false);
    expect(isBusinessDay('2026-12-26', calendar)).toBe(false);
    expect(addBusinessDays('2026-12-24', 1, calendar)).toBe('2026-12-29');
    expect(addBusinessDays('2026-12-26', 0, calendar)).toBe('2026-12-29');
  });
  it('honours other weekends (Friday and Saturday)', () => {
    expect(addBusinessDays('2026-06-04', 1, { weekendDays: [5, 6], holidays: [] })).toBe('2026-06-07');
  });
});

describe('closingMoment', () => {
  it('UK: two weeks after the local publication day, 23:59:59 London time (summer)', () => {
    expect(closingMoment('2026-06-01T18:30:00Z', 14, ukGovernment)).toBe('2026-06-15T22:59:59Z');
  });
  it('UK: across the change to summer time, and onto Good Friday since the UK rule does not roll', () => {
    expect(closingMoment('2026-03-20T12:00:00Z', 14, ukGovernment)).toBe('2026-04-03T22:59:59Z');
  });
  it('UK: winter time is UTC', () => {
    expect(closingMoment('2026-11-02T09:00:00Z', 7, ukGovernment)).toBe('2026-11-09T23:59:59Z');
  });
  it('UK: publication just after midnight BST counts the local day', () => {
    expect(localDate('2026-06-01T23:30:00Z', 'Europe/London')).toBe('2026-06-02');
    expect(closingMoment('2026-06-01T23:30:00Z', 7, ukGovernment)).toBe('2026-06-09T22:59:59Z');
  });
  it('rejects lengths outside the rule', () => {
    expect(() => closingMoment('2026-06-01T18:30:00Z', 6, ukGovernment)).toThrow(expect.objectContaining({ code: 'closing_date_out_of_range' }) as Error);
    expect(() => closingMoment('2026-06-01T18:30:00Z', 15, ukGovernment)).toThrow(expect.objectContaining({ code: 'closing_date_out_of_range' }) as Error);
  });
  it('a closing date on a holiday rolls to the next business day when the rule says so', () => {
    const rolling = { ...ukGovernment, closingRule: { ...ukGovernment.closingRule, closeOnBusinessDay: true } };
    // 11 December + 14 days is Christmas Day; the 26th and 27th are a weekend, the 28th the Boxing Day substitute.
    expect(closingMoment('2026-12-11T10:00:00Z', 14, rolling)).toBe('2026-12-29T23:59:59Z');
    expect(closingMoment('2026-12-11T10:00:00Z', 14, ukGovernment)).toBe('2026-12-25T23:59:59Z');
  });
  it('Australia: business days from the Canberra publication day, 18:00 local', () => {
    // 15:00 UTC on 1 June is 01:00 on Tuesday 2 June in Canberra: Wednesday 3, Thursday 4.
    expect(closingMoment('2026-06-01T15:00:00Z', 2, australiaGovernment)).toBe('2026-06-04T08:00:00Z');
  });
  it('Australia: skips the King’s Birthday holiday', () => {
    // Friday 5 June; Monday 8 June is a holiday: Tuesday 9, Wednesday 10.
    expect(closingMoment('2026-06-05T00:00:00Z', 2, australiaGovernment)).toBe('2026-06-10T08:00:00Z');
  });
  it('Australia: daylight saving (UTC+11) and Labour Day', () => {
    // Thursday 1 October; Friday 2; Monday 5 October is Labour Day; Tuesday 6, after summer time began on the 4th.
    expect(closingMoment('2026-10-01T00:00:00Z', 2, australiaGovernment)).toBe('2026-10-06T07:00:00Z');
  });
  it('rejects a bad time zone and a bad timestamp', () => {
    expect(() => closingMoment('2026-06-01T18:30:00Z', 7, { ...ukGovernment, timeZone: 'Mars/Olympus' })).toThrow(expect.objectContaining({ code: 'invalid_time_zone' }) as Error);
    expect(() => closingMoment('2026-06-01 18:30', 7, ukGovernment)).toThrow(expect.objectContaining({ code: 'invalid_date' }) as Error);
  });
});

describe('local dates agree with luxon’s zoned arithmetic', () => {
  const zones = ['Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'Asia/Kathmandu', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
  it('localDate of any moment from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (milliseconds, zone) => {
        const timestamp = `${new Date(milliseconds).toISOString().slice(0, 19)}Z`;
        expect(localDate(timestamp, zone)).toBe(DateTime.fromISO(timestamp, { zone: 'UTC' }).setZone(zone).toFormat('yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });
  it('calendar-day closing dates across months, leap days and years', () => {
    const config = { ...ukGovernment, closingRule: { ...ukGovernment.closingRule, minimumDays: 1, maximumDays: 400 } };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.integer({ min: 1, max: 400 }), (milliseconds, days) => {
        const timestamp = `${new Date(milliseconds).toISOString().slice(0, 19)}Z`;
        const day = DateTime.fromISO(timestamp, { zone: 'UTC' }).setZone(config.timeZone).startOf('day').setZone('UTC', { keepLocalTime: true }).plus({ days }).toISODate() ?? '';
        const expected = DateTime.fromISO(`${day}T23:59:59`, { zone: config.timeZone }).toUTC().toISO({ suppressMilliseconds: true });
        expect(closingMoment(timestamp, days, config)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('rejects an unknown time zone with invalid_time_zone', () => {
    expect(() => localDate('2026-06-01T12:00:00Z', 'Mars/Olympus_Mons')).toThrow(expect.objectContaining({ code: 'invalid_time_zone' }));
  });
});

describe('a closing date the buyer chooses (Australia: 2–364 days ahead, on Canberra business days, 18:00)', () => {
  // Canberra is UTC+10 in June (AEST) and UTC+11 from 4 October 2026 (AEDT).
  it.each([
    ['2026-06-01T01:00:00Z', '2026-06-12', '2026-06-12T08:00:00Z'],
    ['2026-06-01T01:00:00Z', '2026-06-03', '2026-06-03T08:00:00Z'],
    ['2026-06-01T01:00:00Z', '2027-05-31', '2027-05-31T08:00:00Z'],
    ['2026-10-01T00:00:00Z', '2026-10-07', '2026-10-07T07:00:00Z'],
  ])('published %s, closing %s → %s', (publishedAt, closingDate, expected) => {
    expect(chosenClosingMoment(publishedAt, closingDate, australiaGovernment)).toBe(expected);
  });
  it.each([
    ['one day ahead', '2026-06-01T01:00:00Z', '2026-06-02', 'closing_date_out_of_range'],
    ['365 days ahead', '2026-06-01T01:00:00Z', '2027-06-01', 'closing_date_out_of_range'],
    ['before publication', '2026-06-01T01:00:00Z', '2026-05-29', 'closing_date_out_of_range'],
    ['one local day ahead when UTC says two (published 01:00 on 2 June in Canberra)', '2026-06-01T15:00:00Z', '2026-06-03', 'closing_date_out_of_range'],
    ['a Saturday', '2026-06-01T01:00:00Z', '2026-06-13', 'closing_date_not_business_day'],
    ['the King’s Birthday holiday', '2026-06-01T01:00:00Z', '2026-06-08', 'closing_date_not_business_day'],
    ['Labour Day', '2026-10-01T00:00:00Z', '2026-10-05', 'closing_date_not_business_day'],
    ['not a date', '2026-06-01T01:00:00Z', '12 June', 'invalid_date'],
  ])('refuses %s', (_name, publishedAt, closingDate, code) => {
    expect(() => chosenClosingMoment(publishedAt, closingDate, australiaGovernment)).toThrow(expect.objectContaining({ code }));
  });
});
