// Placeholder until the page lands (the web-app issue): replaced by its feature's page.
export function PlansRoute() {
  return <h1>Plans</h1>
}
