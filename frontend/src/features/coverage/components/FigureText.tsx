import { useTranslation } from 'react-i18next'
import { formatPercent } from '@/lib/format'
import { useLanguage } from '@/lib/i18n'
import type { Figure } from '../coverage-matrix'

/**
 * A coverage figure: "52 % (11 av 21)", or just "52 %" when `short`. Nothing expected is "–" with its reason for
 * screen readers (missing is never shown as 0 %).
 */
export function FigureText({ figure, short = false }: { figure: Figure; short?: boolean }) {
  const { t } = useTranslation('coverage')
  const { locale } = useLanguage()
  if (figure.coverage === null)
    return (
      <span className="coverage-figure" title={t('noFigureExplained')}>
        {t('noFigure')}
        <span className="visually-hidden"> ({t('noFigureExplained')})</span>
      </span>
    )
  const percent = formatPercent(figure.coverage, locale)
  return <span className="coverage-figure">{short ? percent : t('figure', { percent, covered: figure.covered, expected: figure.expected })}</span>
}
