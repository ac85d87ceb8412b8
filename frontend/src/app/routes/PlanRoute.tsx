// Placeholder until the page lands (the web-app issue): replaced by its feature's page.
export function PlanRoute() {
  return <h1>Plan</h1>
}
