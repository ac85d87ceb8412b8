// The hand-drawn chart: an image with a text alternative, a gap where a figure is missing, series told apart by shape.
import { render, screen } from '@testing-library/react'
import '@/lib/i18n'
import { ChangeText } from './Figures'
import { LineChart } from './LineChart'

const percent = (value: number) => `${Math.round(value * 100)} %`

test('is an image named by its title and description', () => {
  render(
    <LineChart
      title="Genomförande per period"
      description="Siffrorna finns i tabellen."
      categories={['2021', '2022']}
      series={[{ label: 'Hela länet', values: [0.2, 0.4], variant: 'primary' }]}
      domain={[0, 1]}
      ticks={[0, 1]}
      formatTick={percent}
    />,
  )
  expect(screen.getByRole('img', { name: 'Genomförande per period Siffrorna finns i tabellen.' })).toBeInTheDocument()
})

test('a missing period breaks the line: two lines and a lone marker, no point at 0', () => {
  const { container } = render(
    <LineChart
      title="Genomförande"
      description="–"
      categories={['2021', '2022', '2023', '2024', '2025', '2026']}
      series={[
        { label: 'Hela länet', values: [0.2, 0.3, null, 0.5, 0.6, null], variant: 'primary' },
        { label: 'Nykvarn', values: [0.2, null, 0.4, null, null, null], variant: 'secondary' },
      ]}
      domain={[0, 1]}
      ticks={[0, 0.5, 1]}
      formatTick={percent}
    />,
  )
  const primary = container.querySelector('svg .results-line-primary')!
  expect(primary.querySelectorAll('path')).toHaveLength(2)
  expect(primary.querySelectorAll('circle')).toHaveLength(4)
  const secondary = container.querySelector('svg .results-line-secondary')!
  expect(secondary.querySelectorAll('path')).toHaveLength(0)
  expect(secondary.querySelectorAll('rect')).toHaveLength(2)
  // the legend names both series in text
  expect(screen.getByText('Nykvarn')).toBeInTheDocument()
})

test.each([
  [0.13, '▲ +13', 'ökning med 13 procentenheter'],
  [-0.01, '▼ −1', 'minskning med 1 procentenhet'],
  [0.001, '● 0', 'oförändrat'],
])('ChangeText(%p) shows %p and says %p', (change, shown, words) => {
  const { container } = render(<ChangeText change={change} />)
  expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent(shown)
  expect(screen.getByText(words)).toBeInTheDocument()
})

test('ChangeText of a missing change is "–", read as "uppgift saknas", never 0', () => {
  const { container } = render(<ChangeText change={null} />)
  expect(container).toHaveTextContent('–uppgift saknas')
  expect(container).not.toHaveTextContent('0')
})
