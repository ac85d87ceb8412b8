import { useTranslation } from 'react-i18next'

/** "Så räknas siffrorna": the progress model (docs/progress.md) in five sentences, behind a disclosure. */
export function HowCounted() {
  const { t } = useTranslation('results')
  const items = t('howCounted.items', { returnObjects: true }) as string[]
  return (
    <details className="results-details results-how">
      <summary>{t('howCounted.heading')}</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t('howCounted.more')}</p>
    </details>
  )
}
