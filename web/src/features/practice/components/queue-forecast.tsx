/** The next seven days of review cards as labelled bars (each bar carries its number). */
export function QueueForecast({ forecast, date }: { forecast: number[]; date: string }) {
  const max = Math.max(1, ...forecast);
  const start = new Date(`${date}T00:00:00Z`);
  return (
    <ol className="forecast" aria-label="Cards per day, next 7 days">
      {forecast.map((n, i) => {
        const day = new Date(start.getTime() + i * 86_400_000);
        const label =
          i === 0
            ? 'Today'
            : day.toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one entry per day, in order
          <li key={i} className="forecast-day">
            <span
              className="forecast-bar"
              style={{ height: `${(n / max) * 100}%` }}
              aria-hidden="true"
            />
            <span className="forecast-count">
              {n}
              <span className="visually-hidden"> cards</span>
            </span>
            <span className="forecast-label">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}
