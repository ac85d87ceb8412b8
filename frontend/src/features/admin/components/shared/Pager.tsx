import { useTranslation } from 'react-i18next'

/** Previous and next page of a list, with where the reader is ("Sida 1 av 3"); nothing when all fits on one page. */
export function Pager({
  label,
  page,
  pageSize,
  total,
  onPage,
}: {
  label: string
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation('admin')
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages === 1) return null
  return (
    <nav className="admin-pager" aria-label={label}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </button>
      <span>{t('list.pageOf', { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </button>
    </nav>
  )
}
