/** Addresses the results views link to; the route builds them (features do not know the site's paths). */
export type ResultsLinks = {
  /** one organisation's results page, for the period shown */
  organisation: (organisationId: number) => string
}
