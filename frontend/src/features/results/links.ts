import type { LinkOptions } from '@tanstack/react-router'

/** Where the results views link to; the route builds the links (features do not know the site's addresses). */
export type ResultsLinks = {
  /** one organisation's results page, for the period shown */
  organisation: (organisationId: number) => LinkOptions
}
