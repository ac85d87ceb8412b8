// Placeholder until "Min översikt" lands: the strategy page.
export { StrategyRoute as OverviewRoute } from './StrategyRoute'
