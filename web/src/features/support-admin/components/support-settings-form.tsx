import { useMutation } from '@apollo/client/react';
import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { SupportSettingsFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { UpdateSupportSettingsMutation } from '../api/support-admin-operations';
import {
  DAY_LABELS,
  fromTargetRows,
  PLAN_LABELS,
  PRIORITY_LABELS,
  targetRows,
  type TargetRow,
  type TargetUnit,
  WEEKDAY_ORDER,
  withinMonths,
} from './support-settings-model';

type Settings = SupportSettingsFieldsFragment;
type Day = { weekday: Settings['hours'][number]['weekday']; closed: boolean; opens: string; closes: string };

const FIELDS = [
  'timeZone',
  'hours',
  ...WEEKDAY_ORDER.map((d) => `hours.${d}`),
  'holidaySource',
  'extraHolidays',
  'removedHolidays',
  'targets',
  ...targetRows([]).map((r) => `targets.${r.plan}.${r.priority}`),
];

const HOLIDAY_SOURCE_OPTIONS = [
  { value: 'US_FEDERAL', label: 'US federal holidays (observed days)' },
  { value: 'NONE', label: 'None: only the holidays added below' },
];
const UNIT_OPTIONS = [
  { value: 'hours', label: 'hours' },
  { value: 'minutes', label: 'minutes' },
];
const CLOCK_OPTIONS = [
  { value: 'BUSINESS', label: 'Business hours' },
  { value: 'WALL', label: 'Around the clock' },
];

const dayFormat = (date: string) => DateTime.fromISO(date).toLocaleString({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The support calendar and SLA targets (admins edit; staff read, with every control disabled). The server checks it
 * all again and names the field it refuses (`hours.MONDAY`, `targets.ENTERPRISE.CRITICAL`, ...).
 */
export function SupportSettingsForm({ settings: initial, readOnly }: { settings: Settings; readOnly: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [hours, setHours] = useState<Day[]>(() =>
    initial.hours.map((d) => ({ weekday: d.weekday, closed: d.closed, opens: d.opens ?? '09:00', closes: d.closes ?? '18:00' })),
  );
  const [holidaySource, setHolidaySource] = useState<string>(initial.holidaySource);
  const [extraHolidays, setExtraHolidays] = useState(() => initial.extraHolidays.map((h) => ({ date: h.date, name: h.name })));
  const [removed, setRemoved] = useState(() => new Set(initial.removedHolidays));
  const [targets, setTargets] = useState<TargetRow[]>(() => targetRows(initial.targets));
  const [newDate, setNewDate] = useState('');
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [update] = useMutation(UpdateSupportSettingsMutation);

  function load(s: Settings) {
    setSaved(s);
    setTimeZone(s.timeZone);
    setHours(s.hours.map((d) => ({ weekday: d.weekday, closed: d.closed, opens: d.opens ?? '09:00', closes: d.closes ?? '18:00' })));
    setHolidaySource(s.holidaySource);
    setExtraHolidays(s.extraHolidays.map((h) => ({ date: h.date, name: h.name })));
    setRemoved(new Set(s.removedHolidays));
    setTargets(targetRows(s.targets));
  }

  const form = useFormSubmit({
    fields: FIELDS,
    validate: () => ({
      timeZone: timeZone.trim() ? undefined : 'Give an IANA time zone, e.g. America/New_York',
      hours: hours.every((d) => d.closed) ? 'Open support on at least one day' : undefined,
      ...Object.fromEntries(
        hours.map((d) => [
          `hours.${d.weekday}`,
          !d.closed && !(d.opens && d.closes && (d.closes === '24:00' || d.opens < d.closes)) ? 'Opening must be before closing' : undefined,
        ]),
      ),
      ...Object.fromEntries(
        targets.map((r) => [`targets.${r.plan}.${r.priority}`, r.offered && !(Number(r.amount) > 0) ? 'Give a target above zero' : undefined]),
      ),
    }),
    submit: async () => {
      const { data } = await update({
        variables: {
          input: {
            timeZone: timeZone.trim(),
            hours: hours.map((d) =>
              d.closed ? { weekday: d.weekday, closed: true } : { weekday: d.weekday, closed: false, opens: d.opens, closes: d.closes },
            ),
            holidaySource: holidaySource as Settings['holidaySource'],
            extraHolidays,
            // A worked day only means something on a source holiday.
            removedHolidays: holidaySource === 'NONE' ? [] : [...removed].sort(),
            targets: fromTargetRows(targets),
          },
        },
      });
      if (data) load(data.updateSupportSettings);
    },
  });

  const clear = (field: string) => {
    form.clearField(field);
    form.clearSaved();
  };
  const setDay = (weekday: string, change: Partial<Day>) => {
    setHours((days) => days.map((d) => (d.weekday === weekday ? { ...d, ...change } : d)));
    clear(`hours.${weekday}`);
    clear('hours');
  };
  const setTarget = (row: TargetRow, change: Partial<TargetRow>) => {
    setTargets((rows) => rows.map((r) => (r.plan === row.plan && r.priority === row.priority ? { ...r, ...change } : r)));
    clear(`targets.${row.plan}.${row.priority}`);
    clear('targets');
  };
  const toggleWorked = (date: string, worked: boolean) => {
    setRemoved((set) => {
      const next = new Set(set);
      if (worked) next.add(date);
      else next.delete(date);
      return next;
    });
    clear('removedHolidays');
  };
  const addHoliday = () => {
    const name = newName.trim();
    if (!DateTime.fromISO(newDate).isValid) return setAddError('Pick a date');
    if (!name) return setAddError('Name the holiday');
    if (extraHolidays.some((h) => h.date === newDate)) return setAddError('That date is already an extra holiday');
    setExtraHolidays((list) => [...list, { date: newDate, name }].sort((a, b) => a.date.localeCompare(b.date)));
    setNewDate('');
    setNewName('');
    setAddError(undefined);
    clear('extraHolidays');
  };

  // The next 12 months as they will be once saved: the saved source days (worked ones marked) and the extra days.
  const today = DateTime.now().setZone(saved.timeZone).toISODate()!;
  const sourceDays = holidaySource === 'NONE' || saved.holidaySource === 'NONE' ? [] : saved.upcomingHolidays.filter((h) => h.origin === 'SOURCE');
  const upcoming = [
    ...sourceDays.filter((h) => !extraHolidays.some((x) => x.date === h.date)).map((h) => ({ date: h.date, name: h.name, extra: false })),
    ...extraHolidays.filter((h) => withinMonths(h.date, today, 12)).map((h) => ({ date: h.date, name: h.name, extra: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const errors = form.errors.fieldErrors;

  return (
    <Form form={form} aria-label="Support hours, holidays and targets" alertFields={['hours', 'targets', 'holidaySource']}>
      <fieldset className="support-admin__fieldset" disabled={readOnly}>
        {readOnly && <p className="card__description">Only admins change these settings; you see them as they are in force.</p>}

        <section aria-labelledby="support-hours-title">
          <h2 id="support-hours-title" className="card__title">
            Business hours
          </h2>
          <TextField
            label="Time zone"
            name="timeZone"
            hint="An IANA time zone: hours and holidays are in its local time (America/New_York, Europe/Berlin)"
            value={timeZone}
            spellCheck={false}
            autoComplete="off"
            {...form.field('timeZone', (v) => {
              setTimeZone(v);
              form.clearSaved();
            })}
          />
          <div className="support-admin__scroll">
            <table className="support-admin__table">
              <caption className="visually-hidden">Opening hours per weekday</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Closed</th>
                  <th scope="col">Opens</th>
                  <th scope="col">Closes</th>
                </tr>
              </thead>
              <tbody>
                {hours.map((d) => (
                  <DayRow key={d.weekday} day={d} error={errors[`hours.${d.weekday}`]} onChange={(change) => setDay(d.weekday, change)} />
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="support-holidays-title">
          <h2 id="support-holidays-title" className="card__title">
            Holidays
          </h2>
          <SelectField
            label="Holiday source"
            value={holidaySource}
            options={HOLIDAY_SOURCE_OPTIONS}
            error={errors.holidaySource}
            onValueChange={(v) => {
              setHolidaySource(v);
              clear('holidaySource');
            }}
          />
          {holidaySource !== saved.holidaySource && holidaySource !== 'NONE' && <p className="field__hint">Save to see this source’s holidays here.</p>}
          <h3 className="support-admin__subtitle">Closed in the next 12 months</h3>
          {errors.removedHolidays && (
            <p className="field__error" role="alert">
              {errors.removedHolidays}
            </p>
          )}
          {upcoming.length === 0 ? (
            <p className="card__description">No holidays in the next 12 months.</p>
          ) : (
            <ul className="support-admin__holidays" aria-label="Holidays in the next 12 months">
              {upcoming.map((h) => {
                const worked = !h.extra && removed.has(h.date);
                return (
                  <li key={h.date} className={worked ? 'support-admin__holiday support-admin__holiday--worked' : 'support-admin__holiday'}>
                    <span className="support-admin__holiday-date">{dayFormat(h.date)}</span>
                    <span>
                      {h.name}{' '}
                      {h.extra ? <span className="support-admin__tag">added</span> : worked ? <span className="support-admin__tag">worked: open</span> : null}
                    </span>
                    {!h.extra && (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          aria-label={`Worked day: ${h.name}, ${h.date}`}
                          checked={worked}
                          onChange={(e) => toggleWorked(h.date, e.target.checked)}
                        />
                        Worked day
                      </label>
                    )}
                  </li>
                );
              })}
            </ul>
          )}

          <h3 className="support-admin__subtitle">Extra holidays</h3>
          {errors.extraHolidays && (
            <p className="field__error" role="alert">
              {errors.extraHolidays}
            </p>
          )}
          {extraHolidays.length > 0 && (
            <ul className="support-admin__holidays" aria-label="Extra holidays">
              {extraHolidays.map((h) => (
                <li key={h.date} className="support-admin__holiday">
                  <span className="support-admin__holiday-date">{dayFormat(h.date)}</span>
                  <span>{h.name}</span>
                  {!readOnly && (
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={`Remove ${h.name} (${h.date})`}
                      onClick={() => {
                        setExtraHolidays((list) => list.filter((x) => x.date !== h.date));
                        clear('extraHolidays');
                      }}
                    >
                      Remove
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!readOnly && (
            <div className="support-admin__add">
              <TextField label="Date" name="newHolidayDate" type="date" value={newDate} error={addError} onValueChange={setNewDate} />
              <TextField label="Name" name="newHolidayName" value={newName} maxLength={80} onValueChange={setNewName} />
              <Button variant="secondary" onClick={addHoliday}>
                Add holiday
              </Button>
            </div>
          )}
        </section>

        <section aria-labelledby="support-targets-title">
          <h2 id="support-targets-title" className="card__title">
            First-response targets
          </h2>
          <div className="support-admin__scroll">
            <table className="support-admin__table">
              <caption className="visually-hidden">First-response targets per plan and priority</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Offered</th>
                  <th scope="col">Target</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Clock</th>
                </tr>
              </thead>
              <tbody>
                {targets.map((r) => (
                  <TargetRowView key={`${r.plan}.${r.priority}`} row={r} error={errors[`targets.${r.plan}.${r.priority}`]} onChange={(c) => setTarget(r, c)} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </fieldset>
      {form.saved && <Alert tone="success">Saved. New tickets, previews and support status use these settings now.</Alert>}
      {!readOnly && (
        <div className="form__actions">
          <SubmitButton form={form}>Save support settings</SubmitButton>
        </div>
      )}
    </Form>
  );
}

function DayRow({ day, error, onChange }: { day: Day; error?: string; onChange: (change: Partial<Day>) => void }) {
  const id = useId();
  const label = DAY_LABELS[day.weekday];
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <label className="checkbox">
          <input type="checkbox" checked={day.closed} onChange={(e) => onChange({ closed: e.target.checked })} />
          <span className="visually-hidden">{label} closed</span>
        </label>
      </td>
      <td>
        <input
          className="input"
          type="time"
          aria-label={`${label} opens`}
          value={day.opens}
          disabled={day.closed || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ opens: e.target.value })}
        />
      </td>
      <td>
        <input
          className="input"
          type="time"
          aria-label={`${label} closes`}
          value={day.closes === '24:00' ? '23:59' : day.closes}
          disabled={day.closed || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ closes: e.target.value })}
        />
        {error && (
          <span className="field__error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}

function TargetRowView({ row, error, onChange }: { row: TargetRow; error?: string; onChange: (change: Partial<TargetRow>) => void }) {
  const id = useId();
  const what = `${PLAN_LABELS[row.plan]} ${PRIORITY_LABELS[row.priority]}`;
  const off = !row.offered;
  // The policy: emergency support is for the Enterprise plan only (the server refuses it elsewhere).
  const fixed = row.priority === 'EMERGENCY' && row.plan !== 'ENTERPRISE';
  if (fixed) {
    return (
      <tr>
        <th scope="row">{PLAN_LABELS[row.plan]}</th>
        <td>{PRIORITY_LABELS[row.priority]}</td>
        <td colSpan={4} className="card__description">
          Enterprise plan only
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{PLAN_LABELS[row.plan]}</th>
      <td>{PRIORITY_LABELS[row.priority]}</td>
      <td>
        <label className="checkbox">
          <input type="checkbox" checked={row.offered} onChange={(e) => onChange({ offered: e.target.checked })} />
          <span className="visually-hidden">{what} offered</span>
        </label>
      </td>
      <td>
        <input
          className="input support-admin__amount"
          type="number"
          min={1}
          step={row.unit === 'hours' ? 0.25 : 1}
          aria-label={`${what} target`}
          value={row.amount}
          disabled={off || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ amount: e.target.value })}
        />
        {error && (
          <span className="field__error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </td>
      <td>
        <select
          className="input select"
          aria-label={`${what} unit`}
          value={row.unit}
          disabled={off || undefined}
          onChange={(e) => onChange({ unit: e.target.value as TargetUnit })}
        >
          {UNIT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="input select"
          aria-label={`${what} clock`}
          value={row.clock}
          disabled={off || row.priority !== 'EMERGENCY' || undefined}
          onChange={(e) => onChange({ clock: e.target.value as TargetRow['clock'] })}
        >
          {CLOCK_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
