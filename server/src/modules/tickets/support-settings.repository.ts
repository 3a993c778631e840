import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WEEKDAYS } from './domain/business-calendar';
import type { SupportSettings } from './domain/support-settings';

export interface StoredSupportSettings extends SupportSettings {
  updatedAt: Date;
}

/** The support calendar and SLA targets admins edit: one settings row and its lists (the migration seeds them). */
@Injectable()
export class SupportSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(m: EntityManager | DataSource = this.db): Promise<StoredSupportSettings> {
    // One round trip: the row and its lists as JSON arrays.
    const [row] = await m.query(`
      SELECT s.time_zone AS "timeZone", s.holiday_source AS "holidaySource", s.updated_at AS "updatedAt",
        (SELECT coalesce(json_agg(json_build_object('weekday', weekday, 'opens', to_char(opens, 'HH24:MI'), 'closes', to_char(closes, 'HH24:MI'))
           ORDER BY weekday), '[]') FROM support_hours) AS hours,
        (SELECT coalesce(json_agg(json_build_object('date', to_char(date, 'YYYY-MM-DD'), 'name', name) ORDER BY date), '[]')
           FROM support_extra_holidays) AS "extraHolidays",
        (SELECT coalesce(json_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date), '[]') FROM support_worked_holidays) AS "removedHolidays",
        (SELECT coalesce(json_agg(json_build_object('plan', plan, 'priority', priority, 'firstResponseMinutes', first_response_minutes, 'clock', clock)), '[]')
           FROM sla_targets) AS targets
      FROM support_settings s`);
    const open = new Map<number, { opens: string; closes: string }>(
      (row.hours as Array<{ weekday: number; opens: string; closes: string }>).map((h) => [h.weekday, h]),
    );
    return {
      timeZone: row.timeZone,
      holidaySource: row.holidaySource,
      updatedAt: row.updatedAt,
      hours: WEEKDAYS.map((weekday, i) => {
        const day = open.get(i + 1);
        return { weekday, opens: day?.opens ?? null, closes: day?.closes ?? null };
      }),
      extraHolidays: row.extraHolidays,
      removedHolidays: row.removedHolidays,
      targets: row.targets,
    };
  }

  /** Replaces everything in one transaction (the settings are checked before: domain/support-settings.ts). */
  async save(settings: SupportSettings, userId: string): Promise<StoredSupportSettings> {
    return this.db.transaction(async (m) => {
      // Lock the row first: two admins saving at once write one after the other, not interleaved lists.
      await m.query(`UPDATE support_settings SET time_zone = $1, holiday_source = $2, updated_by = $3, updated_at = now()`, [
        settings.timeZone,
        settings.holidaySource,
        userId,
      ]);
      await m.query(`DELETE FROM support_hours`);
      const open = settings.hours.filter((d) => d.opens !== null && d.closes !== null);
      if (open.length > 0) {
        await m.query(`INSERT INTO support_hours (weekday, opens, closes) SELECT * FROM unnest($1::smallint[], $2::time[], $3::time[])`, [
          open.map((d) => WEEKDAYS.indexOf(d.weekday) + 1),
          open.map((d) => d.opens),
          open.map((d) => d.closes),
        ]);
      }
      await m.query(`DELETE FROM support_extra_holidays`);
      await m.query(`INSERT INTO support_extra_holidays (date, name) SELECT * FROM unnest($1::date[], $2::text[])`, [
        settings.extraHolidays.map((h) => h.date),
        settings.extraHolidays.map((h) => h.name),
      ]);
      await m.query(`DELETE FROM support_worked_holidays`);
      await m.query(`INSERT INTO support_worked_holidays (date) SELECT unnest($1::date[])`, [settings.removedHolidays]);
      await m.query(`DELETE FROM sla_targets`);
      await m.query(
        `INSERT INTO sla_targets (plan, priority, first_response_minutes, clock) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])`,
        [
          settings.targets.map((t) => t.plan),
          settings.targets.map((t) => t.priority),
          settings.targets.map((t) => t.firstResponseMinutes),
          settings.targets.map((t) => t.clock),
        ],
      );
      return this.get(m);
    });
  }
}
