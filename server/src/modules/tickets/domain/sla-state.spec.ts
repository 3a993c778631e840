import { defaultBusinessCalendar } from './business-calendar';
import { atRiskTarget, slaInstants, slaState, type SlaFacts } from './sla-state';

const calendar = defaultBusinessCalendar(2026, 2028);
const base: SlaFacts = {
  status: 'OPEN',
  hasTarget: true,
  firstResponseDueAt: new Date('2026-12-01T18:00:00Z'),
  firstResponseAtRiskAt: new Date('2026-12-01T17:00:00Z'),
  firstRespondedAt: null,
  firstResponseBreachedAt: null,
};

describe('slaState', () => {
  it('runs, then is at risk, then breached as time passes', () => {
    expect(slaState(base, new Date('2026-12-01T16:59:59Z'))).toBe('RUNNING');
    expect(slaState(base, new Date('2026-12-01T17:00:00Z'))).toBe('AT_RISK');
    expect(slaState(base, new Date('2026-12-01T18:00:00Z'))).toBe('BREACHED');
  });

  it('is met by a response in time, and breached by a late one', () => {
    expect(slaState({ ...base, firstRespondedAt: new Date('2026-12-01T17:59:00Z') }, new Date('2026-12-09T00:00:00Z'))).toBe('MET');
    expect(slaState({ ...base, firstRespondedAt: new Date('2026-12-01T18:01:00Z') }, new Date('2026-12-09T00:00:00Z'))).toBe('BREACHED');
  });

  it('stays breached once recorded, even when the due time later moves (a pause added back)', () => {
    const recorded = { ...base, firstResponseBreachedAt: new Date('2026-12-01T18:00:30Z'), firstResponseDueAt: new Date('2026-12-02T18:00:00Z') };
    expect(slaState(recorded, new Date('2026-12-01T19:00:00Z'))).toBe('BREACHED');
    expect(slaState({ ...recorded, firstRespondedAt: new Date('2026-12-01T19:00:00Z') }, new Date('2026-12-01T19:00:00Z'))).toBe('BREACHED');
  });

  it('is paused while waiting on the customer before a first response', () => {
    expect(slaState({ ...base, status: 'PENDING', firstResponseDueAt: null, firstResponseAtRiskAt: null }, new Date('2026-12-05T00:00:00Z'))).toBe('PAUSED');
  });

  it('has nothing to show without a promise, or once solved before any response was due', () => {
    expect(slaState({ ...base, hasTarget: false, firstResponseDueAt: null }, new Date('2026-12-01T12:00:00Z'))).toBe('NONE');
    expect(slaState({ ...base, status: 'SOLVED' }, new Date('2026-12-03T00:00:00Z'))).toBe('NONE');
  });
});

describe('slaInstants', () => {
  it('puts "at risk" at 75% of a business-hours target: STANDARD (9 h) opened Monday 09:00 ET', () => {
    const { dueAt, atRiskAt } = slaInstants(calendar, new Date('2026-11-30T14:00:00Z'), { minutes: 540, clock: 'BUSINESS' }, []);
    expect(dueAt).toEqual(new Date('2026-11-30T23:00:00Z')); // Monday 18:00 ET
    expect(atRiskAt).toEqual(new Date('2026-11-30T20:45:00Z')); // 6 h 45 min of business time later
  });

  it('has neither while a pause runs before the due time', () => {
    expect(
      slaInstants(calendar, new Date('2026-11-30T14:00:00Z'), { minutes: 240, clock: 'BUSINESS' }, [{ from: new Date('2026-11-30T15:00:00Z'), to: null }]),
    ).toEqual({ dueAt: null, atRiskAt: null });
  });

  it('rounds the at-risk share down to whole minutes, never below one', () => {
    expect(atRiskTarget({ minutes: 60, clock: 'WALL' })).toEqual({ minutes: 45, clock: 'WALL' });
    expect(atRiskTarget({ minutes: 1, clock: 'WALL' })).toEqual({ minutes: 1, clock: 'WALL' });
  });
});
