import { useTranslation } from 'react-i18next'
import { classRanges } from './map-classes'

/** The five classes with their ranges, and the hatching of missing data. */
export function MapLegend({ title }: { title: string }) {
  const { t } = useTranslation('coverage')
  return (
    <div className="map-legend">
      <h3 id="map-legend-heading">{t('map.legend')}</h3>
      <p className="map-legend-figure">{title}</p>
      <ul aria-labelledby="map-legend-heading">
        {classRanges().map((range) => (
          <li key={range.from}>
            <span className="map-swatch" style={{ background: range.colour }} aria-hidden="true" />
            {t('map.range', { from: range.from, to: range.to })}
          </li>
        ))}
        <li>
          <span className="map-swatch map-swatch-missing" aria-hidden="true" />
          {t('map.missing')}
        </li>
      </ul>
    </div>
  )
}
