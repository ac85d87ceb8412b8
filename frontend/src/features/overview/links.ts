import type { LinkOptions } from '@tanstack/react-router'

/** Where the overview links to; the page (app/routes) knows the addresses and passes them in. */
export type OverviewLinks = {
  plan: (planId: number) => LinkOptions
  followUp: (actionId: number, periodId: number) => LinkOptions
  review: LinkOptions
}
