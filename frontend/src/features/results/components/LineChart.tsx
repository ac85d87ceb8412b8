import { useId } from 'react'
import { linePath, linearScale, segments, xPositions } from '../chart'

export type LineSeries = {
  label: string
  values: (number | null)[]
  /** the second series is dashed with square markers, so that the lines differ by more than colour */
  variant: 'primary' | 'secondary'
}

type Props = {
  /** the chart's text alternative: what it shows (the numbers are in the table beside it) */
  title: string
  description: string
  categories: string[]
  series: LineSeries[]
  domain: [number, number]
  ticks: number[]
  formatTick: (value: number) => string
  /** the small multiples of the indicators */
  compact?: boolean
  /** dotted horizontal lines with a label, e.g. an indicator's baseline and target */
  references?: { label: string; value: number }[]
}

const WIDTH = 480
const MARGIN = { top: 16, right: 16, bottom: 36, left: 60 }

/**
 * A line chart drawn as SVG (role="img" with a title and a description; the same numbers are in a table).
 * A missing figure breaks the line: a gap, never a drop to 0. Series differ by line style and marker shape too.
 */
export function LineChart({ title, description, categories, series, domain, ticks, formatTick, compact = false, references = [] }: Props) {
  const titleId = useId()
  const descId = useId()
  const height = compact ? 160 : 260
  const x = xPositions(categories.length, MARGIN.left + 12, WIDTH - MARGIN.right - 12)
  const y = linearScale(domain, [height - MARGIN.bottom, MARGIN.top])
  return (
    <figure className="results-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="results-chart-svg">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g className="results-chart-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {categories.map((category, index) => (
            <text key={category} x={x[index]} y={height - MARGIN.bottom + 22} textAnchor="middle">
              {category}
            </text>
          ))}
        </g>
        {references.map((reference) => (
          <g key={reference.label} className="results-reference" aria-hidden="true">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(reference.value)} y2={y(reference.value)} />
            <text x={WIDTH - MARGIN.right} y={y(reference.value) - 5} textAnchor="end">
              {reference.label}
            </text>
          </g>
        ))}
        {series.map((line) => (
          <g key={line.label} className={`results-line results-line-${line.variant}`} aria-hidden="true">
            {segments(line.values, x, y).map((run) => (
              <g key={run[0].index}>
                {run.length > 1 && <path d={linePath(run)} />}
                {run.map((point) =>
                  line.variant === 'primary' ? (
                    <circle key={point.index} cx={point.x} cy={point.y} r={5} />
                  ) : (
                    <rect key={point.index} x={point.x - 4.5} y={point.y - 4.5} width={9} height={9} />
                  ),
                )}
              </g>
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <figcaption className="results-legend">
          {series.map((line) => (
            <span key={line.label} className="results-legend-item">
              <svg width="36" height="12" className={`results-line results-line-${line.variant}`} aria-hidden="true">
                <path d="M2 6L34 6" />
                {line.variant === 'primary' ? <circle cx={18} cy={6} r={4} /> : <rect x={14} y={2} width={8} height={8} />}
              </svg>
              {line.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  )
}
