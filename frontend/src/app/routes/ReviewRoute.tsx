// Placeholder until the page lands (the web-app issue): replaced by its feature's page.
export function ReviewRoute() {
  return <h1>Review</h1>
}
