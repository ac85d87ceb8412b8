import type { Organisation } from '@uppfoljning/contract'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Select } from '@/components/ui/Select'

const collator = new Intl.Collator('sv-SE')

type Props = { organisations: Organisation[]; current: number | null; onChoose: (organisationId: number) => void }

/**
 * Picks the organisation to show: a select and a button (choosing alone does not leave the page, WCAG 3.2.2).
 * Districts follow their municipality.
 */
export function OrganisationPicker({ organisations, current, onChoose }: Props) {
  const { t } = useTranslation('results')
  const [chosen, setChosen] = useState(current === null ? '' : String(current))
  const parents = organisations.filter((o) => o.parentId === null).sort((a, b) => collator.compare(a.name, b.name))
  const options = parents.flatMap((parent) => [
    { value: String(parent.id), label: parent.name },
    ...organisations
      .filter((o) => o.parentId === parent.id)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((district) => ({ value: String(district.id), label: `${parent.name} – ${district.name}` })),
  ])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen) onChoose(Number(chosen))
  }
  return (
    <form className="results-picker" onSubmit={submit}>
      <Select
        id="results-organisation"
        label={t('organisation.picker.label')}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        options={options}
      />
      <button type="submit" className="button button-secondary">
        {t('organisation.picker.submit')}
      </button>
    </form>
  )
}
