import { useNavigate, type LinkOptions } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Goal, Measure, ProgressMap, ProgressMapArea, ReportingPeriod } from '@uppfoljning/contract'
import { useGoals } from '@/api/get-goals'
import { useMeasures } from '@/api/get-measures'
import { EmptyState } from '@/components/ui/EmptyState'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { Select } from '@/components/ui/Select'
import { formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useMap } from '../api/get-map'
import { Choropleth } from './Choropleth'
import { mapQuery, useMapState, type MapFigure, type MapState } from './map-address'
import { MapLegend } from './MapLegend'
import { MapTable } from './MapTable'
import '../coverage.css'

type Props = {
  period: ReportingPeriod
  strategyId: number
  organisationLink: (organisationId: number) => LinkOptions
}

const collator = new Intl.Collator('sv', { numeric: true })
const byCode = (a: { code: string }, b: { code: string }) => collator.compare(a.code, b.code)

/** The goal and its sub-goals at any depth. */
function subtree(goals: Goal[], goalId: number): Set<number> {
  const ids = new Set([goalId])
  for (let grew = true; grew; ) {
    grew = false
    for (const goal of goals)
      if (goal.parentId !== null && ids.has(goal.parentId) && !ids.has(goal.id)) {
        ids.add(goal.id)
        grew = true
      }
  }
  return ids
}

const figures: MapFigure[] = ['coverage', 'progress']

/**
 * Karta: the county's municipalities coloured by coverage or implementation progress for a goal, a measure or the
 * whole strategy (chosen in the address), with a legend, the source's attribution, and the same figures as a table.
 */
export function MapView({ period, strategyId, organisationLink }: Props) {
  const { t } = useTranslation('coverage')
  const { locale } = useLanguage()
  const [state, setState] = useMapState()
  const navigate = useNavigate()
  const goals = useGoals(strategyId)
  const measures = useMeasures(strategyId)
  const map = useMap(mapQuery(period.id, state))
  const [highlighted, setHighlighted] = useState<string | null>(null)

  const change = (patch: Partial<MapState>) => setState({ ...state, ...patch })

  const goalList = [...(goals.data?.items ?? [])].sort(byCode)
  const inGoal = state.goalId === null ? null : subtree(goalList, state.goalId)
  const measureList = [...(measures.data?.items ?? [])].filter((m: Measure) => inGoal === null || inGoal.has(m.goalId)).sort(byCode)

  const valueOf = (area: ProgressMapArea) => (state.show === 'coverage' ? area.coverage.coverage : area.progress.progress)
  const textOf = (area: ProgressMapArea | undefined) => {
    const value = area ? valueOf(area) : null
    return value === null ? t('map.missing') : formatPercent(value, locale)
  }
  const figureName = t(`map.figure.${state.show}`)

  const controls = (
    <section className="coverage-controls" aria-labelledby="map-choose-heading">
      <h2 id="map-choose-heading">{t('map.choose')}</h2>
      <div className="coverage-control-row">
        <Select
          id="map-goal"
          label={t('map.goal')}
          value={state.goalId === null ? '' : String(state.goalId)}
          disabled={!goals.data}
          onChange={(event) => change({ goalId: event.target.value ? Number(event.target.value) : null, measureId: null })}
          options={[{ value: '', label: t('map.allGoals') }, ...goalList.map((goal) => ({ value: String(goal.id), label: t('map.goalOption', { code: goal.code, title: goal.title }) }))]}
        />
        <Select
          id="map-measure"
          label={t('map.measure')}
          value={state.measureId === null ? '' : String(state.measureId)}
          disabled={!measures.data}
          onChange={(event) => change({ measureId: event.target.value ? Number(event.target.value) : null })}
          options={[
            { value: '', label: t(state.goalId === null ? 'map.allMeasuresCounty' : 'map.allMeasures') },
            ...measureList.map((measure) => ({ value: String(measure.id), label: t('map.measureOption', { code: measure.code, title: measure.title }) })),
          ]}
        />
      </div>
      <fieldset className="map-figure-choice">
        <legend>{t('map.show')}</legend>
        {figures.map((figure) => (
          <label key={figure}>
            <input type="radio" name="map-figure" value={figure} checked={state.show === figure} onChange={() => change({ show: figure })} /> {t(`map.figure.${figure}`)}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">{t(`map.explain.${state.show}`)}</p>
    </section>
  )

  // a plain function, not a component: the table below keeps its sort state across re-renders
  const figuresOf = (data: ProgressMap) => {
    const subject = data.subject.kind === 'county' ? t('map.subject.county') : t(`map.subject.${data.subject.kind}`, { code: data.subject.code, title: data.subject.title })
    const withValue = data.municipalities.filter((area) => valueOf(area) !== null).sort((a, b) => valueOf(b)! - valueOf(a)!)
    const named = (area: ProgressMapArea) => `${area.organisation.name} ${textOf(area)}`
    const extremes = withValue.length === 0 ? t('map.noFigures') : t('map.extremes', { highest: named(withValue[0]), lowest: named(withValue[withValue.length - 1]) })
    const notDrawn = data.municipalities.filter((area) => area.municipalityCode === null)
    return (
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t('map.heading', { figure: figureName })}</h2>
        <p className="map-subject" lang={CONTENT_LANGUAGE}>
          {subject}
        </p>
        <div className="map-layout">
          <figure className="map-figure">
            <Choropleth
              areas={data.municipalities}
              valueOf={valueOf}
              textOf={textOf}
              label={t('map.imgLabel', { figure: figureName.toLowerCase(), subject, period: data.period.name, extremes })}
              highlighted={highlighted}
              onOpen={(area) => void navigate(organisationLink(area.organisation.id))}
            />
            <figcaption className="map-attribution">{t('map.attribution')}</figcaption>
          </figure>
          <MapLegend title={figureName} />
        </div>
        {notDrawn.length > 0 && <p>{t('map.notDrawn', { names: notDrawn.map((area) => area.organisation.name).join(', ') })}</p>}
        <h2>{t('map.tableHeading')}</h2>
        <MapTable map={data} caption={t('map.caption', { subject, period: data.period.name })} organisationLink={organisationLink} onHighlight={setHighlighted} />
      </section>
    )
  }

  let body
  if (map.isPending) body = <LoadingState>{t('map.loading')}</LoadingState>
  else if (map.isError) body = <LoadError error={map.error} onRetry={() => void map.refetch()} />
  else if (map.data.municipalities.length === 0) body = <EmptyState>{t('map.noFigures')}</EmptyState>
  else body = figuresOf(map.data)


  return (
    <div className="coverage">
      <p className="coverage-intro">{t('map.intro')}</p>
      {controls}
      {body}
    </div>
  )
}
