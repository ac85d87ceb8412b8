/** The addresses the overview links to; the page (app/routes) knows them and passes them in. */
export type OverviewLinks = {
  plan: (planId: number) => string
  followUp: (actionId: number, periodId: number) => string
  review: string
}
