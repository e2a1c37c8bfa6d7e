/**
 * Tooltip rows in the text colour: Recharts paints them in the series colour, which fails
 * contrast for light series (e.g. the pale "Received" bars).
 */
export const TOOLTIP_ITEM = { color: '#101828' } as const;
