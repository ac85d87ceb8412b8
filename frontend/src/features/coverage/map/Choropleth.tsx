import type { ProgressMapArea } from '@uppfoljning/contract'
import { CLASS_COLOURS, classOf } from './map-classes'
import { MAP_HEIGHT, MAP_WIDTH, municipalityShapes } from './municipality-shapes'

/** A label needs this much room (map units from the point to the nearest border) to fit "100 %". */
const LABEL_ROOM = 14

type Props = {
  areas: ProgressMapArea[]
  /** the figure drawn: a fraction 0–1 or null (missing) */
  valueOf: (area: ProgressMapArea) => number | null
  /** "52 %", or "Uppgift saknas" */
  textOf: (area: ProgressMapArea | undefined) => string
  /** the whole map's text alternative (it names the extremes and points to the table) */
  label: string
  /** the municipality whose row in the table has the pointer or the focus */
  highlighted: string | null
  onOpen: (area: ProgressMapArea) => void
}

/**
 * The county's municipalities as an SVG choropleth: five classes (map-classes.ts), missing data hatched. The
 * picture is one image for assistive technology (role="img" and its label); every figure, and the link to each
 * municipality, is in the table beside it. With a pointer, a municipality shows its name and figure (<title>),
 * lights up, and opens the organisation's page on a click; the table's rows light up their municipality too.
 */
export function Choropleth({ areas, valueOf, textOf, label, highlighted, onOpen }: Props) {
  const byCode = new Map(areas.flatMap((area) => (area.municipalityCode ? [[area.municipalityCode, area] as const] : [])))
  return (
    <svg className="map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={label}>
      <defs>
        <pattern id="map-missing" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#4a4857" strokeWidth="3" />
        </pattern>
      </defs>
      {/* the highlighted municipality last, so that its thick border is drawn over its neighbours' */}
      {[...municipalityShapes].sort((a, b) => Number(a.code === highlighted) - Number(b.code === highlighted)).map((shape) => {
        const area = byCode.get(shape.code)
        const value = area ? valueOf(area) : null
        const step = classOf(value)
        return (
          <path
            key={shape.code}
            d={shape.d}
            className={highlighted === shape.code ? 'map-area map-highlighted' : 'map-area'}
            fill={step === null ? 'url(#map-missing)' : CLASS_COLOURS[step]}
            data-code={shape.code}
            onClick={area ? () => onOpen(area) : undefined}
          >
            <title>{`${area?.organisation.name ?? shape.name}: ${textOf(area)}`}</title>
          </path>
        )
      })}
      {municipalityShapes
        .filter((shape) => shape.room >= LABEL_ROOM)
        .map((shape) => {
          const area = byCode.get(shape.code)
          const value = area ? valueOf(area) : null
          return value === null ? null : (
            <text key={shape.code} className="map-label" x={shape.label[0]} y={shape.label[1]} textAnchor="middle" dominantBaseline="central" aria-hidden="true">
              {textOf(area)}
            </text>
          )
        })}
    </svg>
  )
}
