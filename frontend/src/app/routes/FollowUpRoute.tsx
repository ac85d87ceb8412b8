// Placeholder until the page lands (the web-app issue): replaced by its feature's page.
export function FollowUpRoute() {
  return <h1>FollowUp</h1>
}
