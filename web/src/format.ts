// Dates and numbers in the reader's locale; UI words in English.
const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;

export function formatDate(value: string | null, withTime = false): string {
  if (!value) return 'undated';
  const time = Date.parse(value.length === 7 ? `${value}-01` : value);
  if (Number.isNaN(time)) return value;
  const precise = withTime && value.length > 10;
  return new Intl.DateTimeFormat(locale, precise ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(time);
}

export const formatNumber = (value: number): string => new Intl.NumberFormat(locale).format(value);

export function formatRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return '?';
  if (max === null) return `${formatNumber(min as number)}+`;
  if (min === null || min === max) return formatNumber(max);
  return `${formatNumber(min)}–${formatNumber(max)}`;
}

const LANGUAGE_NAMES: Record<string, string> = { da: 'Danish', nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', sv: 'Swedish', en: 'English' };
export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;

export const FIGURE_LABELS: Record<string, string> = {
  killed: 'killed',
  injured: 'injured',
  arrested: 'arrested',
  hospitalized: 'in hospital',
  missing: 'missing',
  displaced: 'displaced',
  evacuated: 'evacuated',
  deployed: 'deployed',
  other: 'other',
};

/** Paths inside the UI; ids are encoded, so an id can never become markup or a scheme. */
export const paths = {
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  article: (id: string, mark?: { start: number; end: number }) => `/articles/${encodeURIComponent(id)}${mark ? `#at-${mark.start}-${mark.end}` : ''}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
};
