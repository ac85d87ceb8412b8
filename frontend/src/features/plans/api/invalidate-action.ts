import type { QueryClient } from '@tanstack/react-query'

/** After any change to an action: the plans (their action counts), the plan's actions and the action's history. */
export function invalidateAction(queryClient: QueryClient, actionId: number) {
  void queryClient.invalidateQueries({ queryKey: ['implementation-plans'] })
  void queryClient.invalidateQueries({ queryKey: ['plan-actions', actionId] })
}
