import { useTranslation } from 'react-i18next'
import { API_BASE } from '@/lib/api-client'

const formats = ['pdf', 'xlsx', 'csv'] as const

type Props = {
  /** the export's API path without the extension, e.g. `/progress/goals/export` or `/reports/3/export` */
  path: string
  query?: Record<string, string | number | undefined>
  /** what is downloaded, for the list's accessible name ("Ladda ner Måluppfyllelse 2025") */
  label: string
}

/** Plain download links to an export in PDF, Excel and CSV (the browser saves the file; no script needed). */
export function DownloadLinks({ path, query = {}, label }: Props) {
  const { t } = useTranslation('ui')
  const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])))
  const search = params.size > 0 ? `?${params}` : ''
  return (
    <ul className="downloads" aria-label={t('downloadLabel', { what: label })}>
      {formats.map((format) => (
        <li key={format}>
          <a href={`${API_BASE}${path}.${format}${search}`} download>
            {t(`download.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  )
}
