import { WEEKDAYS, type Weekday } from '../../../../../src/shared/accounts.ts';
import { FieldError } from '../../../components/field.tsx';

const NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Seven toggle buttons (`aria-pressed`) for the days the user plans to learn. */
export function WeekdayToggles({
  value,
  error,
  onChange,
}: {
  value: Weekday[];
  error?: string | undefined;
  onChange: (days: Weekday[]) => void;
}) {
  function toggle(day: Weekday) {
    const next = value.includes(day) ? value.filter((d) => d !== day) : [...value, day];
    onChange(WEEKDAYS.filter((d) => next.includes(d)));
  }
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend className="field-label">Learning days</legend>
      <div className="toggle-row">
        {WEEKDAYS.map((day) => (
          <button
            key={day}
            type="button"
            className="toggle"
            aria-pressed={value.includes(day)}
            title={NAMES[day]}
            onClick={() => toggle(day)}
          >
            {NAMES[day].slice(0, 3)}
          </button>
        ))}
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}
